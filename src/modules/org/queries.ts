import DataLoader from 'dataloader';
import { and, eq, ilike, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/index.js';
import { rowsOf } from '../../db/index.js';
import { type LoaderFactory, byIdLoader } from '../../graphql/context.js';
import { resolveAppraisal, type ChainLink } from './rules.js';
import { employees, orgUnits, positions, type EmployeeRow, type OrgUnitRow, type PositionKind } from './tables.js';

export const employeeById = byIdLoader<EmployeeRow>((ctx, ids) =>
  ctx.db.select().from(employees).where(inArray(employees.id, [...ids])),
);

export const employeeByNip: LoaderFactory<string, EmployeeRow | null> = (ctx) =>
  new DataLoader(async (nips) => {
    const rows = await ctx.db.select().from(employees).where(inArray(employees.nip, [...nips]));
    const byNip = new Map(rows.map((row) => [row.nip, row]));
    return nips.map((nip) => byNip.get(nip) ?? null);
  });

export const orgUnitById = byIdLoader<OrgUnitRow>((ctx, ids) =>
  ctx.db.select().from(orgUnits).where(inArray(orgUnits.id, [...ids])),
);

/** At most this many ids per statement: PostgreSQL takes at most 65,535 parameters. */
const CHAIN_BATCH = 10_000;

/**
 * Supervisor chains of many employees, nearest supervisor first: one recursive statement (one per 10,000 employees,
 * for the seeders of a whole agency).
 */
export async function supervisorChains(db: Queryable, employeeIds: readonly number[]): Promise<Map<number, ChainLink[]>> {
  if (employeeIds.length > CHAIN_BATCH) {
    const chains = new Map<number, ChainLink[]>();
    for (let i = 0; i < employeeIds.length; i += CHAIN_BATCH) {
      for (const [id, chain] of await supervisorChains(db, employeeIds.slice(i, i + CHAIN_BATCH))) chains.set(id, chain);
    }
    return chains;
  }
  const result = await db.execute<{ start_id: number; id: number; kind: PositionKind; level: number }>(sql`
    with recursive chain(start_id, id, level) as (
      select e.id, e.supervisor_id, 1 from employees e
       where e.id in (${sql.join(employeeIds.map((id) => sql`${id}`), sql`, `)}) and e.supervisor_id is not null
      union all
      select c.start_id, s.supervisor_id, c.level + 1 from chain c join employees s on s.id = c.id
       where s.supervisor_id is not null and c.level < 64
    )
    select c.start_id, c.id, p.kind, c.level
      from chain c join employees e on e.id = c.id join positions p on p.id = e.position_id
     order by c.start_id, c.level`);
  const chains = new Map<number, ChainLink[]>(employeeIds.map((id) => [id, []]));
  for (const row of rowsOf<{ start_id: number; id: number; kind: PositionKind }>(result)) {
    chains.get(Number(row.start_id))?.push({ id: Number(row.id), positionKind: row.kind });
  }
  return chains;
}

/** The appraiser (pejabat penilai) and the appraiser's superior of each employee, batched per request. */
export const appraisalOf: LoaderFactory<number, { appraiserId: number | null; appraiserSuperiorId: number | null }> = (
  ctx,
) =>
  new DataLoader(async (ids) => {
    const chains = await supervisorChains(ctx.db, ids);
    return ids.map((id) => resolveAppraisal(chains.get(id) ?? []));
  });

/** Ids of the candidate and all its supervisors upward: what a new supervisor link must not contain. */
export async function chainUpward(db: Queryable, employeeId: number): Promise<number[]> {
  const chains = await supervisorChains(db, [employeeId]);
  return [employeeId, ...(chains.get(employeeId) ?? []).map((link) => link.id)];
}

/**
 * Employee counts per unit, including every unit below it, for a batch of units in one statement. The subunits are
 * a range on the path (served by org_units_path_idx, a LIKE joined on another row's path is not); each subunit's
 * employees are counted once and added to every requested unit in its path. Units without employees stay absent (0).
 */
export const employeeCountWithSubunits: LoaderFactory<number, number> = (ctx) =>
  new DataLoader(async (unitIds) => {
    const result = await ctx.db.execute<{ id: number; count: number }>(sql`
      with wanted as (select id, path from org_units where id in (${sql.join(unitIds.map((id) => sql`${id}`), sql`, `)})),
      sub as (
        select distinct d.id, d.path from wanted u join org_units d on d.path ~>=~ u.path and d.path ~<~ (u.path || '~')
      ),
      direct as (select e.unit_id, count(*)::int as n from employees e where e.unit_id in (select id from sub) group by e.unit_id)
      select a.id, sum(c.n)::int as count
        from direct c join sub d on d.id = c.unit_id
        cross join lateral unnest(string_to_array(trim(both '/' from d.path), '/')::int[]) as a(id)
       where a.id in (select id from wanted)
       group by a.id`);
    const counts = new Map(rowsOf<{ id: number; count: number }>(result).map((r) => [Number(r.id), Number(r.count)]));
    return unitIds.map((id) => counts.get(id) ?? 0);
  });

/** Ids of the positions of a kind (a small catalogue), read once per request. */
export const positionIdsOfKind: LoaderFactory<PositionKind, number[]> = (ctx) =>
  new DataLoader(async (kinds) => {
    const rows = await ctx.db.select({ id: positions.id, kind: positions.kind }).from(positions).where(inArray(positions.kind, [...kinds]));
    return kinds.map((kind) => rows.filter((row) => row.kind === kind).map((row) => row.id));
  });

export interface EmployeeFilter {
  unitId?: number | null;
  includeSubunits?: boolean | null;
  search?: string | null;
  /**
   * The ids of the positions of the kind asked for (`positionIdsOfKind`), given as constants: the planner then
   * estimates the rows from employees.position_id's statistics (12 JPT of 100,000, not thousands) and plans by them.
   */
  positionIds?: readonly number[] | null;
  employmentType?: 'PNS' | 'PPPK' | 'ELECTED_OFFICIAL' | null;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The filter of the employee directory as SQL over a given alias of the table: relational queries alias it,
 * counts use the table itself, and both must agree.
 */
export function employeeFilterSql(filter: EmployeeFilter, table: typeof employees = employees): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filter.unitId != null) {
    conditions.push(
      filter.includeSubunits
        ? sql`${table.unitId} in (select d.id from org_units d where d.path like (select u.path from org_units u where u.id = ${filter.unitId}) || '%')`
        : eq(table.unitId, filter.unitId),
    );
  }
  const search = filter.search?.trim();
  if (search) {
    const pattern = escapeLike(search);
    conditions.push(or(ilike(table.name, `%${pattern}%`), like(table.nip, `${pattern.replace(/\s+/g, '')}%`)));
  }
  if (filter.positionIds) {
    // Literals, not parameters: a prepared statement's generic plan would estimate a parameter list by its length only.
    const ids = filter.positionIds.filter((id) => Number.isSafeInteger(id)).map((id) => sql.raw(String(id)));
    conditions.push(ids.length ? sql`${table.positionId} in (${sql.join(ids, sql`, `)})` : sql`false`);
  }
  if (filter.employmentType) conditions.push(eq(table.employmentType, filter.employmentType));
  return conditions.length ? and(...conditions) : undefined;
}
