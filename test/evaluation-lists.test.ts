/**
 * The evaluation module's lists through the API: a size out of range is refused naming the bounds (never a silent
 * clamp), a refused peer answer list is that field's null (the rest of the request survives), the children of
 * what a viewer reads are readable too, and the rewritten reads (indexes, predikatCounts) answer as the SQL says on
 * the demo data.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/db/index.js';
import { predikatCounts } from '../src/modules/evaluation/queries.js';
import { startTestServer, type TestServer } from './support/server.js';

let t: TestServer;
let admin: string;
const gid = encodeGlobalID;
const sql = async <T>(text: string) => rowsOf<T>(await t.database.db.execute(text));
const tokens: Record<string, string> = {};
const token = async (nip: string) => (tokens[nip] ??= await t.token(nip));
let periodId: number;

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.token(t.seed.adminNip, ['employee', 'admin']);
  const [period] = await sql<{ period_id: number }>(`select period_id from evaluations where period_key = '2025-Q1' limit 1`);
  periodId = period!.period_id;
});

afterAll(async () => {
  await t?.stop();
});

const refusal = (res: { errors?: readonly any[] }) => res.errors?.[0]?.extensions;

describe('limits', () => {
  it('refuses a limit out of range, naming the bounds, on every list that takes one', async () => {
    const period = gid('PerformancePeriod', periodId);
    const cases: [string, number, number][] = [
      [`{ evaluations(limit: 100000) { id } }`, 1, 200],
      [`{ evaluations(limit: -5) { id } }`, 1, 200],
      [`{ evaluations(limit: 0) { id } }`, 1, 200],
      [`{ improvementPlans(limit: 100000) { id } }`, 1, 200],
      [`{ improvementPlans(limit: 0) { id } }`, 1, 200],
      [`{ rewardEligibleEmployees(periodId: "${period}", limit: 1001) { periodKey } }`, 1, 1000],
      [`{ rewardEligibleEmployees(periodId: "${period}", limit: 0) { periodKey } }`, 1, 1000],
      [`{ feedbackThreads(limit: 0) { id } }`, 1, 200],
      [`{ feedbackThreads(limit: 201) { id } }`, 1, 200],
    ];
    for (const [doc, min, max] of cases) {
      const res = await t.request(doc, {}, { token: admin });
      expect(refusal(res), doc).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'limit', min, max });
      expect(res.errors![0]!.message).toContain(`between ${min} and ${max}`);
    }
  });

  it('answers within the bounds: the edges and the defaults', async () => {
    const [{ n }] = (await sql<{ n: number }>(`select count(*)::int as n from evaluations`)) as [{ n: number }];
    const max = await t.request(`{ evaluations(limit: 200) { id } }`, {}, { token: admin });
    expect(max.errors).toBeUndefined();
    expect((max.data as any).evaluations).toHaveLength(Math.min(200, n));
    const one = await t.request(`{ evaluations(limit: 1) { id } feedbackThreads(limit: 1) { id } improvementPlans(limit: 1) { id } }`, {}, { token: admin });
    expect(one.errors).toBeUndefined();
    expect((one.data as any).evaluations).toHaveLength(1);
    const defaults = await t.request(`{ evaluations { id } improvementPlans { id } }`, {}, { token: admin });
    expect(defaults.errors).toBeUndefined();
    expect((defaults.data as any).evaluations).toHaveLength(Math.min(50, n));
  });
});

describe('peer answers', () => {
  it('gives the employee null answers on their own requests, keeping the rest of the list', async () => {
    const [row] = await sql<{ nip: string; request_id: number; answered: number; appraiser_nip: string | null }>(`
      select e.nip, r.id as request_id, a.nip as appraiser_nip,
             (select count(*)::int from peer_feedback_invitations i where i.request_id = r.id and i.answered_at is not null) as answered
        from peer_feedback_requests r join employees e on e.id = r.employee_id left join employees a on a.id = e.supervisor_id
       where e.nip is not null order by answered desc, r.id limit 1`);
    const doc = `{ peerFeedbackRequests { id answeredCount answers { answeredAt } } }`;
    const own = await t.request(doc, {}, { token: await token(row!.nip) });
    expect(own.errors).toBeUndefined();
    const mine = (own.data as any).peerFeedbackRequests.find((r: any) => r.id === gid('PeerFeedbackRequest', row!.request_id));
    expect(mine).toMatchObject({ answeredCount: row!.answered, answers: null });
    // Whoever may see them still does.
    const byAdmin = await t.request(`query($id: ID!) { peerFeedbackRequests(employeeId: $id) { id answers { answeredAt } } }`, {
      id: gid('Employee', (await sql<{ id: number }>(`select employee_id as id from peer_feedback_requests where id = ${row!.request_id}`))[0]!.id),
    }, { token: admin });
    expect(byAdmin.errors).toBeUndefined();
    const seen = (byAdmin.data as any).peerFeedbackRequests.find((r: any) => r.id === gid('PeerFeedbackRequest', row!.request_id));
    expect(seen.answers.filter((a: any) => a.answeredAt)).toHaveLength(row!.answered);
  });
});

describe('children of what a viewer reads', () => {
  // Objection, ImprovementPlan and the reward list point at a non-null Evaluation, and Evaluation at a non-null
  // PerformancePlan, each with its own type rule: a refused child would null its parent's whole list.
  it('lets every party that reads an objection, improvement plan or evaluation read its evaluation and plan', async () => {
    const parties = await sql<{ nip: string }>(`
      select distinct p.nip from (
        select e.employee_id as id from evaluations e join objections o on o.evaluation_id = e.id
        union select e.appraiser_id from evaluations e join objections o on o.evaluation_id = e.id
        union select o.decider_id from objections o
        union (select owner_id from improvement_plans order by id limit 5)
        union (select employee_id from improvement_plans order by id limit 5)
      ) x join employees p on p.id = x.id where p.nip is not null`);
    expect(parties.length).toBeGreaterThan(2);
    const doc = `{
      evaluations(limit: 200) { id plan { id } }
      objectionQueue(includeDecided: true) { id evaluation { id plan { id } } }
      improvementPlans(limit: 200) { id evaluation { id plan { id } } }
    }`;
    let seen = 0;
    for (const { nip } of parties) {
      const res = await t.request(doc, {}, { token: await token(nip) });
      expect(res.errors, nip).toBeUndefined();
      const d = res.data as any;
      seen += d.evaluations.length + d.objectionQueue.length + d.improvementPlans.length;
    }
    expect(seen).toBeGreaterThan(0);
    const byAdmin = await t.request(`query($p: ID!) { ${doc.slice(1, -1)} rewardEligibleEmployees(periodId: $p, limit: 1000) { evaluation { id plan { id } } } }`, {
      p: gid('PerformancePeriod', periodId),
    }, { token: admin });
    expect(byAdmin.errors).toBeUndefined();
    expect((byAdmin.data as any).rewardEligibleEmployees.length).toBeGreaterThan(0);
  });
});

describe('answers pinned to the SQL', () => {
  it('lists evaluations newest period first, then by id, as each viewer may read them', async () => {
    const [head] = await sql<{ id: number; nip: string }>(`
      select p.id, p.nip from evaluations e join employees p on p.id = e.appraiser_superior_id
       where p.nip is not null group by p.id, p.nip order by count(*) desc, p.id limit 1`);
    const expected = await sql<{ id: number }>(`
      select id from evaluations where employee_id = ${head!.id} or appraiser_id = ${head!.id} or appraiser_superior_id = ${head!.id}
       order by ends_on desc, id asc limit 50`);
    const res = await t.request(`{ evaluations(limit: 50) { id } }`, {}, { token: await token(head!.nip) });
    expect((res.data as any).evaluations.map((e: any) => e.id)).toEqual(expected.map((e) => gid('Evaluation', e.id)));
    const all = await sql<{ id: number }>(`select id from evaluations order by ends_on desc, id asc limit 200`);
    const byAdmin = await t.request(`{ evaluations(limit: 200) { id } }`, {}, { token: admin });
    expect((byAdmin.data as any).evaluations.map((e: any) => e.id)).toEqual(all.map((e) => gid('Evaluation', e.id)));
  });

  it('lists the agency’s improvement plans by due date for an admin', async () => {
    const expected = await sql<{ due_on: string }>(`select due_on::text from improvement_plans order by due_on limit 200`);
    const res = await t.request(`{ improvementPlans(limit: 200) { dueOn } }`, {}, { token: admin });
    expect((res.data as any).improvementPlans.map((p: any) => p.dueOn)).toEqual(expected.map((p) => p.due_on));
  });

  it('lists an employee’s monthly reports', async () => {
    const [who] = await sql<{ id: number; nip: string }>(`
      select e.id, e.nip from monthly_reports r join employees e on e.id = r.employee_id where e.nip is not null
       group by e.id, e.nip order by count(*) desc, e.id limit 1`);
    const expected = await sql<{ id: number }>(`select id from monthly_reports where employee_id = ${who!.id} order by year desc, month desc, id`);
    const res = await t.request(`{ monthlyReports { id } }`, {}, { token: await token(who!.nip) });
    expect(res.errors).toBeUndefined();
    expect((res.data as any).monthlyReports.map((r: any) => r.id)).toEqual(expected.map((r) => gid('MonthlyReport', r.id)));
  });

  it('counts the predikat of a unit subtree and of the whole agency as the SQL does', async () => {
    const [root] = await sql<{ id: number; agency_id: number }>(`select id, agency_id from org_units where parent_id is null order by id limit 1`);
    const [sub] = await sql<{ id: number; path: string }>(`
      select u.id, u.path from org_units u where u.parent_id is not null
         and exists (select 1 from evaluations e join org_units eu on eu.id = e.unit_id where e.period_key = '2025-Q1' and eu.path like u.path || '%')
       order by u.path limit 1`);
    const counted = async (where: string) =>
      Object.fromEntries(
        (await sql<{ p: string; n: number }>(`
          select coalesce(e.final_predikat, e.predikat) as p, count(*)::int as n from evaluations e join org_units u on u.id = e.unit_id
           where e.agency_id = ${root!.agency_id} and e.period_id = ${periodId} and e.period_key = '2025-Q1'
             and coalesce(e.final_predikat, e.predikat) is not null and ${where} group by 1`)).map((r) => [r.p, r.n]),
      );
    const whole = await counted('true');
    expect(Object.values(whole).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    // The whole agency (the organisation's curve, as finaliseEvaluation reads it) has no unit join.
    expect(await predikatCounts(t.database.db, root!.agency_id, periodId, '2025-Q1', '')).toEqual(whole);
    const [one] = await sql<{ id: number; p: string }>(`
      select id, coalesce(final_predikat, predikat) as p from evaluations where period_key = '2025-Q1' and coalesce(final_predikat, predikat) is not null order by id limit 1`);
    const less = { ...whole, [one!.p]: whole[one!.p]! - 1 };
    expect(await predikatCounts(t.database.db, root!.agency_id, periodId, '2025-Q1', '', { excludeEvaluationId: one!.id, predikat: 'BAIK' })).toEqual({
      ...less,
      BAIK: (less.BAIK ?? 0) + 1,
    });
    const doc = `query($u: ID!, $p: ID!) { evaluationDistribution(unitId: $u, periodId: $p, periodKey: "2025-Q1") { total shares { predikat count } } }`;
    for (const [unitId, where] of [[root!.id, `u.path like (select path from org_units where id = ${root!.id}) || '%'`], [sub!.id, `u.path like '${sub!.path}%'`]] as const) {
      const expected = await counted(where);
      const res = await t.request(doc, { u: gid('OrgUnit', unitId), p: gid('PerformancePeriod', periodId) }, { token: admin });
      expect(res.errors).toBeUndefined();
      const d = (res.data as any).evaluationDistribution;
      expect(d.total).toBe(Object.values(expected).reduce((a, b) => a + b, 0));
      for (const s of d.shares) expect(s.count).toBe(expected[s.predikat] ?? 0);
    }
  });
});
