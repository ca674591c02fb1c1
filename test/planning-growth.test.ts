/**
 * Reads of planning rewritten for a large agency keep their answers: the alignment edges are compared with the
 * statement they replaced, kept here verbatim as the reference; where the tree is cut, the levels above the cut are the
 * same and the cut level has as many RHK, any of that level.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf, type Queryable } from '../src/db/index.js';
import { alignmentEdges, type AlignmentEdge } from '../src/modules/planning/queries.js';
import { startTestServer, type TestServer } from './support/server.js';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.stop();
});

/** `alignmentEdges` as it was before the rewrite (one statement, the whole tree sorted). */
async function referenceEdges(
  db: Queryable,
  options: { periodId: number; unitPath: string | null; maxDepth: number | null; limit: number },
): Promise<AlignmentEdge[]> {
  const inUnit = (alias: string) =>
    sql`${sql.raw(alias)}.unit_id in (select u.id from org_units u where u.path like ${`${options.unitPath ?? ''}%`})`;
  const root = options.unitPath === null
    ? sql`w.parent_work_result_id is null`
    : sql`${inUnit('p')} and not exists (
        select 1 from work_results pw join performance_plans pp on pp.id = pw.plan_id
         where pw.id = w.parent_work_result_id and ${inUnit('pp')})`;
  const depth = Math.min(options.maxDepth ?? 32, 32);
  const result = await db.execute(sql`
    with recursive live as (
      select id, unit_id, employee_id from performance_plans where period_id = ${options.periodId} and status <> 'SUPERSEDED'
    ), tree(id, parent_id, depth, unlinked) as (
      select w.id, null::int, 0, (w.parent_work_result_id is null and w.strategic_goal is null)
        from work_results w join live p on p.id = w.plan_id where ${root}
      union all
      select w.id, w.parent_work_result_id, t.depth + 1, t.unlinked
        from tree t join work_results w on w.parent_work_result_id = t.id join live p on p.id = w.plan_id
       where t.depth < ${depth}
    )
    select id, parent_id, depth, unlinked from tree order by depth, id limit ${options.limit + 1}`);
  return rowsOf<{ id: number; parent_id: number | null; depth: number; unlinked: boolean }>(result).map((r) => ({
    id: Number(r.id),
    parentId: r.parent_id === null ? null : Number(r.parent_id),
    depth: Number(r.depth),
    unlinked: r.unlinked === true,
  }));
}

describe('alignment edges', () => {
  it('are those of the former statement, for the agency and every unit, at every depth and cut', async () => {
    const db = t.database.db;
    const admin = await t.token(t.seed.adminNip, ['employee', 'admin']);
    const call = async (query: string, variables: Record<string, unknown>, token: string): Promise<any> => {
      const res = await t.request(query, variables, { token });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return res.data;
    };
    // A year with RHK not linked yet (a branch flagged unlinked) beside one citing the strategic goal.
    const people = await call(
      `{ agencies { strategicGoal }
         jpt: employees(first: 1, filter: { positionKind: JPT }) { nodes { nip } }
         staff: employees(first: 2, filter: { positionKind: PELAKSANA, employmentType: PNS }) { nodes { nip } } }`,
      {},
      admin,
    );
    await call(`mutation { openPerformancePeriod(input: { year: 2026 }) { userErrors { code } } }`, {}, admin);
    const draft = async (nip: string, statements: Record<string, unknown>[]) => {
      const token = await t.token(nip);
      const plan = await call(`mutation { createPlan(input: { year: 2026 }) { plan { id } userErrors { code } } }`, {}, token);
      for (const input of statements) {
        const added = await call(
          `mutation($i: AddWorkResultInput!) { addWorkResult(input: $i) { userErrors { code } } }`,
          { i: { planId: plan.createPlan.plan.id, ...input } },
          token,
        );
        expect(added.addWorkResult.userErrors).toEqual([]);
      }
    };
    await draft(people.jpt.nodes[0].nip, [{ statement: 'Meningkatnya kinerja perangkat daerah', strategicGoal: people.agencies[0].strategicGoal }]);
    for (const staff of people.staff.nodes) await draft(staff.nip, [{ statement: 'Tersusunnya laporan kegiatan' }, { statement: 'Terlaksananya rapat' }]);

    const periods = rowsOf<{ id: number; year: number }>(await db.execute(sql`select id, year from performance_periods order by year`));
    // The agency's unit, the units below it, and a sample of the deeper ones.
    const units = rowsOf<{ path: string }>(await db.execute(sql`select path from org_units order by path`))
      .map((u) => u.path)
      .filter((path, i) => path.split('/').length <= 4 || i % 7 === 0);
    expect(periods.map((p) => p.year)).toEqual([2024, 2025, 2026]);
    let compared = 0;
    let cut = 0;
    for (const period of periods) {
      for (const unitPath of [null, ...units]) {
        for (const maxDepth of unitPath === null ? [null, 0, 1, 2] : [null, 1]) {
          const options = { periodId: Number(period.id), unitPath, maxDepth };
          const whole = await referenceEdges(db, { ...options, limit: 5000 });
          // Cuts at the first row, inside the roots, inside each level, at each level's end, and none.
          const depths = [...new Set(whole.map((e) => e.depth))];
          const ends = depths.map((d) => whole.findLastIndex((e) => e.depth === d) + 1);
          const limits = new Set([5000, 1, ...ends, ...ends.map((n) => n - 1), ...ends.map((n) => n + 1), ...ends.map((n) => n - 13)]);
          for (const limit of limits) {
            if (limit < 1) continue;
            const expected = await referenceEdges(db, { ...options, limit });
            const actual = await alignmentEdges(db, { ...options, limit });
            const label = JSON.stringify({ ...options, limit });
            compared++;
            if (expected.length <= limit) {
              expect(actual, label).toEqual(expected);
              continue;
            }
            // Cut: every level above the cut level is whole; of the cut level, as many RHK as before, each one of
            // that level in the whole tree (any of them: the lowest ids would need the whole level read).
            cut++;
            const cutDepth = expected[expected.length - 1]!.depth;
            expect(actual.filter((e) => e.depth < cutDepth), label).toEqual(expected.filter((e) => e.depth < cutDepth));
            const level = actual.filter((e) => e.depth === cutDepth);
            expect(level.length, label).toBe(expected.filter((e) => e.depth === cutDepth).length);
            expect(actual.length, label).toBe(expected.length);
            const wholeLevel = new Map(whole.filter((e) => e.depth === cutDepth).map((e) => [e.id, e]));
            for (const edge of level) expect(wholeLevel.get(edge.id), label).toEqual(edge);
          }
        }
      }
    }
    console.log(`alignment edges: ${compared} cases compared (${units.length} units), ${cut} of them cut`);
    expect(cut).toBeGreaterThan(100);
  }, 300_000);
});
