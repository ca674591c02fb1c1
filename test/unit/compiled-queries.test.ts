import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { templateOf } from '../../src/db/compiled-queries.js';

const shape = (config: unknown) => JSON.stringify(templateOf(config)?.config);

describe('templateOf (the shape a relational query is compiled for)', () => {
  it('gives the same shape to the same query with other values, and keeps the values by placeholder', () => {
    const dashboard = (unitId: number, year: number, first: number) => ({
      where: { id: unitId },
      with: {
        employees: {
          orderBy: { name: 'asc', id: 'asc' },
          limit: first,
          with: { plans: { where: { isCurrent: true, period: { year } }, limit: 1 } },
        },
      },
      extras: {},
    });
    expect(shape(dashboard(14, 2026, 51))).toBe(shape(dashboard(99, 2025, 11)));
    expect(templateOf(dashboard(14, 2026, 51))!.values).toEqual({ p0: 14, p1: 51, p2: 2026, p3: 1 });
  });

  it('keeps booleans, nulls, orders and lists as part of the shape', () => {
    expect(shape({ where: { parentId: { isNull: true } } })).not.toBe(shape({ where: { parentId: { isNull: false } } }));
    expect(shape({ where: { status: { in: ['DRAFT'] } } })).not.toBe(shape({ where: { status: { in: ['APPROVED'] } } }));
    expect(shape({ orderBy: { name: 'asc' } })).not.toBe(shape({ orderBy: { name: 'desc' } }));
    expect(shape({ where: { OR: [{ agencyId: 1 }, { employeeId: 2 }] } })).toBe(shape({ where: { OR: [{ agencyId: 3 }, { employeeId: 4 }] } }));
    expect(shape({ where: { OR: [{ agencyId: 1 }, { employeeId: 2 }] } })).not.toBe(shape({ where: { OR: [{ employeeId: 2 }] } }));
  });

  it('refuses what is not plain data: RAW filters, SQL extras, order functions, dates', () => {
    expect(templateOf({ where: { RAW: () => sql`true` } })).toBeNull();
    expect(templateOf({ extras: { total: sql`count(*)` } })).toBeNull();
    expect(templateOf({ orderBy: () => [] })).toBeNull();
    expect(templateOf({ where: { startsOn: new Date() } })).toBeNull();
    expect(templateOf({ where: { id: 1 }, with: { unit: { where: { RAW: () => sql`true` } } } })).toBeNull();
  });
});
