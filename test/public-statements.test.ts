/**
 * Statements per read of the citizens' fields that sit under a list: `Employee.publicVoice` on a page of employees and
 * `IkmResult.suggestions` on every period of an `ikmTrend` go through per-request loaders, so the statements of a
 * request do not grow with its rows (counted as test/sql-statements.test.ts counts them).
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/db/index.js';
import { parsePeriod } from '../src/modules/public/rules.js';
import { publicFixtures, type Fixtures } from './public-fixtures.js';
import { startTestServer, type TestServer } from './support/server.js';

let t: TestServer;
let f: Fixtures;

beforeAll(async () => {
  t = await startTestServer();
  f = await publicFixtures(t);
});
afterAll(() => t?.stop());

/** Statements of one request, after a first one with the same token (the viewer's lookup is cached across requests). */
async function statementsFor(query: string, variables: Record<string, unknown>, token: string) {
  await t.request('query { __typename }', {}, { token });
  const res: any = await t.request(query, variables, { token });
  expect(res.errors).toBeUndefined();
  return { statements: res.extensions!.sqlStatements as number, data: res.data };
}

const PERIOD = '2025';

describe('Employee.publicVoice', () => {
  const page = `query($first: Int!, $unitId: ID!, $period: String!) {
    employees(first: $first, filter: { unitId: $unitId, includeSubunits: true }) { nodes { id nip publicVoice(period: $period) { items averageRating withheld } } }
  }`;
  const pageWithout = `query($first: Int!, $unitId: ID!) {
    employees(first: $first, filter: { unitId: $unitId, includeSubunits: true }) { nodes { id nip } }
  }`;

  it('reads the voices of a page of employees in one statement, however long the page', async () => {
    // The unit whose employees are named most in published feedback of the period.
    const p = parsePeriod(PERIOD)!;
    const named = rowsOf<{ nip: string; items: number; rating_sum: number; code: string }>(
      await t.database.db.execute(sql`
        select e.nip, count(*)::int as items, sum(f.rating)::int as rating_sum, top.code
          from public_feedback f join employees e on e.id = f.employee_id join org_units u on u.id = e.unit_id
          join org_units top on u.path like top.path || '%' and top.path ~ '^/[0-9]+/[0-9]+/$'
         where f.moderation = 'PUBLISHED' and f.created_at >= ${p.start}::timestamptz and f.created_at < ${p.end}::timestamptz
         group by e.nip, top.code`),
    );
    expect(named.length).toBeGreaterThan(0);
    const code = named.sort((a, b) => b.items - a.items)[0]!.code;
    const unitId = f.unit(code);

    const few = await statementsFor(page, { first: 5, unitId, period: PERIOD }, f.adminToken);
    const many = await statementsFor(page, { first: 50, unitId, period: PERIOD }, f.adminToken);
    const without = await statementsFor(pageWithout, { first: 50, unitId }, f.adminToken);
    const employees: any[] = many.data.employees.nodes;
    expect(employees.length).toBeGreaterThan(few.data.employees.nodes.length * 2);
    console.log(`employees->publicVoice: ${few.statements} statements for 5 employees, ${many.statements} for ${employees.length}, ${without.statements} without the field`);
    expect(many.statements).toBe(few.statements);
    // The viewer's rule (the employees' agencies, one batch) and the voices (one statement).
    expect(many.statements).toBeLessThanOrEqual(without.statements + 2);

    // The same figures as counted row by row.
    const byNip = new Map(named.map((r) => [r.nip, r]));
    const voiced = employees.filter((e) => e.publicVoice.items > 0);
    expect(voiced.length).toBeGreaterThan(0);
    for (const e of employees) {
      const expected = byNip.get(e.nip);
      expect(e.publicVoice.items, e.nip).toBe(expected ? Number(expected.items) : 0);
      const items = Number(expected?.items ?? 0);
      expect(e.publicVoice.averageRating, e.nip).toBe(items >= 5 ? Math.round((Number(expected!.rating_sum) / items) * 100) / 100 : null);
    }
  });
});

describe('IkmResult.suggestions in ikmTrend', () => {
  const trend = `query($unitId: ID!, $from: String!, $to: String!) {
    ikmTrend(unitId: $unitId, from: $from, to: $to) { period respondents withheld suggestions }
  }`;

  it('reads the suggestions of every period in one statement, however many periods', async () => {
    const staff = (await f.staffOf('DISDUKCAPIL'))[0]!;
    const token = await f.tokenOf(staff);
    const unitId = f.unit('DISDUKCAPIL');
    const two = await statementsFor(trend, { unitId, from: '2024-07', to: '2024-08' }, token);
    const twelve = await statementsFor(trend, { unitId, from: '2024-07', to: '2025-06' }, token);
    const periods: any[] = twelve.data.ikmTrend;
    const published = periods.filter((r) => !r.withheld);
    expect(published.length).toBeGreaterThanOrEqual(6);
    expect(published.filter((r) => r.suggestions.length > 0).length).toBeGreaterThanOrEqual(6);
    console.log(`ikmTrend->suggestions: ${two.statements} statements for 2 months, ${twelve.statements} for 12 (${published.length} published)`);
    expect(twelve.statements).toBe(two.statements);

    // Each period's own suggestions, newest first, withheld periods none.
    for (const r of periods) {
      if (r.withheld) {
        expect(r.suggestions).toBeNull();
        continue;
      }
      const p = parsePeriod(r.period)!;
      const rows = rowsOf<{ comment: string }>(
        await t.database.db.execute(sql`
          select r.comment from ikm_responses r join org_units u on u.id = r.unit_id
           where u.code = 'DISDUKCAPIL' and r.comment is not null and r.created_at >= ${p.start}::timestamptz and r.created_at < ${p.end}::timestamptz
           order by r.created_at desc, r.id desc limit 50`),
      );
      expect(r.suggestions, r.period).toEqual(rows.map((row) => row.comment));
    }
  });
});
