import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, rowsOf, type Database, type DatabaseHandle } from '../../src/db/index.js';
import { seedDemoAgency } from '../../src/modules/org/seed.js';
import { seedPlanning } from '../../src/modules/planning/seed.js';

let first: DatabaseHandle;
let second: DatabaseHandle;
let planningMs = 0;

async function openMigrated(): Promise<DatabaseHandle> {
  const handle = await openDatabase({ pgliteDir: 'memory://' });
  await handle.migrate();
  return handle;
}

async function rows<T>(db: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await db.execute(query));
}

/** Everything the planning seed wrote, by NIP and text rather than ids, in a stable order. */
async function snapshot(db: Database) {
  return {
    plans: await rows(db, sql`
      select e.nip, pe.year, p.version, p.status, p.is_current, p.starts_on::text, p.ends_on::text, a.nip as appraiser,
             p.revision_reason, p.returned_reason, p.approved_at::text
        from performance_plans p join employees e on e.id = p.employee_id join performance_periods pe on pe.id = p.period_id
        left join employees a on a.id = p.appraiser_id
       order by e.nip, pe.year, p.starts_on, p.version`),
    workResults: await rows(db, sql`
      select e.nip, pe.year, p.version, w.position, w.kind, w.statement, w.strategic_goal is not null as cites_goal,
             pw.statement as parent, pe2.nip as parent_owner
        from work_results w join performance_plans p on p.id = w.plan_id join employees e on e.id = p.employee_id
        join performance_periods pe on pe.id = p.period_id
        left join work_results pw on pw.id = w.parent_work_result_id
        left join performance_plans pp on pp.id = pw.plan_id left join employees pe2 on pe2.id = pp.employee_id
       order by e.nip, pe.year, p.starts_on, p.version, w.position`),
    indicators: await rows(db, sql`select aspect, statement, target_kind, target_value, target_min, target_max, unit, target_statement from indicators order by id`),
    transitions: await rows(db, sql`select action, from_status, to_status, at::text, reason from plan_transitions order by plan_id, at, id`),
    expectations: await rows(db, sql`select plan_id, core_value_id, expectation from behaviour_expectations order by plan_id, core_value_id`),
  };
}

beforeAll(async () => {
  [first, second] = await Promise.all([openMigrated(), openMigrated()]);
  for (const handle of [first, second]) {
    const summary = await seedDemoAgency(handle.db, { employees: 300, seed: 1 });
    const started = Date.now();
    await seedPlanning(handle.db, summary, { employees: 300, seed: 1 });
    planningMs = Date.now() - started;
  }
});
afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
});

describe('seedPlanning', () => {
  it('is deterministic for a seed and size, and quick', async () => {
    const a = await snapshot(first.db);
    expect(a.plans.length).toBeGreaterThan(550);
    expect(await snapshot(second.db)).toEqual(a);
    console.log(`planning seed for 300 employees: ${planningMs} ms`);
    expect(planningMs).toBeLessThan(5000);
  });

  it('gives the core values in every environment, from the migration', async () => {
    const values = await rows<{ code: string; guides: number }>(first.db, sql`select code, cardinality(behaviour_guides) as guides from core_values order by position`);
    expect(values.map((v) => v.code)).toEqual(['SERVICE', 'ACCOUNTABLE', 'COMPETENT', 'HARMONIOUS', 'LOYAL', 'ADAPTIVE', 'COLLABORATIVE']);
    expect(values.every((v) => Number(v.guides) === 3)).toBe(true);
  });

  it('has plans in every state for 2025 and an approved 2024 plan for everyone appraised', async () => {
    const states = await rows<{ status: string; count: number }>(first.db, sql`
      select p.status, count(*)::int as count from performance_plans p join performance_periods pe on pe.id = p.period_id
       where pe.year = 2025 group by p.status order by p.status`);
    expect(states.map((s) => s.status)).toEqual(['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'SUPERSEDED']);
    const [counts] = await rows<{ appraised: number; planned2024: number; current2025: number; ended: number }>(first.db, sql`
      select (select count(*)::int from employees where employment_type <> 'ELECTED_OFFICIAL') as appraised,
             (select count(*)::int from performance_plans p join performance_periods pe on pe.id = p.period_id
               where pe.year = 2024 and p.status = 'APPROVED') as "planned2024",
             (select count(*)::int from performance_plans p join performance_periods pe on pe.id = p.period_id
               where pe.year = 2025 and p.is_current) as "current2025",
             (select count(*)::int from plan_transitions where action = 'END') as ended`);
    expect(counts!.planned2024).toBe(counts!.appraised);
    expect(counts!.current2025).toBe(counts!.appraised);
    expect(counts!.ended).toBeGreaterThanOrEqual(1);
  });

  it('cascades every RHK from an RHK of the plan’s appraiser, up to the JPT citing the strategic goal', async () => {
    const broken = await rows(first.db, sql`
      select w.id, w.statement, p.position_kind from work_results w join performance_plans p on p.id = w.plan_id
        left join work_results pw on pw.id = w.parent_work_result_id
        left join performance_plans pp on pp.id = pw.plan_id
       where case when p.position_kind = 'JPT' then w.strategic_goal is null
                  else pp.id is null or pp.employee_id <> p.appraiser_id or pp.period_id <> p.period_id or pp.status = 'SUPERSEDED' end`);
    expect(broken).toEqual([]);
    const [cover] = await rows<{ reached: number; total: number }>(first.db, sql`
      with recursive tree(id) as (
        select w.id from work_results w join performance_plans p on p.id = w.plan_id join performance_periods pe on pe.id = p.period_id
         where pe.year = 2025 and w.parent_work_result_id is null and p.status <> 'SUPERSEDED'
        union all
        select w.id from tree t join work_results w on w.parent_work_result_id = t.id
          join performance_plans p on p.id = w.plan_id where p.status <> 'SUPERSEDED'
      )
      select (select count(*)::int from tree) as reached,
             (select count(*)::int from work_results w join performance_plans p on p.id = w.plan_id join performance_periods pe on pe.id = p.period_id
               where pe.year = 2025 and p.status <> 'SUPERSEDED') as total`);
    expect(cover!.reached).toBe(cover!.total);
  });

  it('keeps submitted and approved plans consistent with their history', async () => {
    const mismatched = await rows(first.db, sql`
      select p.id from performance_plans p
       where p.status <> (select t.to_status from plan_transitions t where t.plan_id = p.id and t.action <> 'END' order by t.at desc, t.id desc limit 1)`);
    expect(mismatched).toEqual([]);
  });
});
