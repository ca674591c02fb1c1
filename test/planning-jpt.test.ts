/**
 * Plans at the top and at the edge of the workflow, through the API: a JPT's plan, appraised by the head of region
 * (elected, no NIP, no account), decided by the HR admin on the appraiser's behalf; a JPT's RHK citing only the
 * agency's strategic goal; what `viewerCan` offers on a plan ended by a transfer.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.js';

let t: TestServer;
let admin: string;
let adminId: string;
let agencyGoal: string;
let jpts: { id: string; nip: string; appraiserId: string }[];

async function call(query: string, variables: Record<string, unknown>, token: string): Promise<any> {
  const res = await t.request(query, variables, { token });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data;
}

const indicator = { aspect: 'QUANTITY', statement: 'Jumlah program prioritas yang terlaksana', target: { kind: 'NUMBER', value: 5, unit: 'program' } };
const PLAN = 'id status lockVersion approvedBy { id } viewerCan { approve return revise } history { action actor { id } onBehalfOf { id } reason }';

const createPlan = async (token: string, year: number) =>
  (await call(`mutation($y: Int!) { createPlan(input: { year: $y }) { plan { id } userErrors { code message } } }`, { y: year }, token)).createPlan;
const addWorkResult = async (token: string, input: Record<string, unknown>) =>
  (await call(`mutation($i: AddWorkResultInput!) { addWorkResult(input: $i) { workResult { id strategicGoal } userErrors { field code message } } }`, { i: input }, token))
    .addWorkResult;
const submit = async (token: string, planId: string) =>
  (await call(`mutation($id: ID!) { submitPlan(input: { planId: $id }) { plan { id status } userErrors { field code message } } }`, { id: planId }, token)).submitPlan;
const approve = async (token: string, planId: string) =>
  (await call(`mutation($id: ID!) { approvePlan(input: { planId: $id }) { plan { ${PLAN} } userErrors { code message } } }`, { id: planId }, token)).approvePlan;
const returnPlan = async (token: string, planId: string, reason: string) =>
  (await call(`mutation($id: ID!, $r: String!) { returnPlan(input: { planId: $id, reason: $r }) { plan { ${PLAN} returnedReason } userErrors { code message } } }`, { id: planId, r: reason }, token))
    .returnPlan;
const readPlan = async (token: string, planId: string) => (await call(`query($id: ID!) { node(id: $id) { ... on PerformancePlan { ${PLAN} } } }`, { id: planId }, token)).node;

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.token(t.seed.adminNip, ['employee', 'admin']);
  const data = await call(
    `{ me { id } agencies { strategicGoal }
       employees(first: 20, filter: { positionKind: JPT }) { nodes { id nip appraiser { id nip position { kind } } } } }`,
    {},
    admin,
  );
  adminId = data.me.id;
  agencyGoal = data.agencies[0].strategicGoal;
  expect(agencyGoal).toMatch(/Tanjungpinang/);
  jpts = data.employees.nodes
    .filter((e: any) => e.nip && e.id !== adminId && e.appraiser?.position.kind === 'HEAD_OF_REGION')
    .map((e: any) => ({ id: e.id, nip: e.nip, appraiserId: e.appraiser.id }));
  // The head of region has no NIP: nobody can sign in as the JPT's appraiser.
  expect(data.employees.nodes.every((e: any) => e.appraiser === null || e.appraiser.position.kind !== 'HEAD_OF_REGION' || e.appraiser.nip === null)).toBe(true);
  expect(jpts.length).toBeGreaterThanOrEqual(2);
  const opened = await call(`mutation { openPerformancePeriod(input: { year: 2026 }) { userErrors { code } } }`, {}, admin);
  expect(opened.openPerformancePeriod.userErrors).toEqual([]);
});
afterAll(() => t?.stop());

describe('a JPT’s plan, appraised by the head of region', () => {
  it('is returned and approved by the agency’s HR admin on the appraiser’s behalf, as the history says', async () => {
    const jpt = jpts[0]!;
    const token = await t.token(jpt.nip);
    const planId = (await createPlan(token, 2026)).plan.id;
    const rhk = await addWorkResult(token, { planId, statement: 'Meningkatnya kualitas pelayanan publik dinas', strategicGoal: agencyGoal, indicators: [indicator] });
    expect(rhk.userErrors).toEqual([]);
    expect((await submit(token, planId)).userErrors).toEqual([]);
    expect((await readPlan(admin, planId)).viewerCan).toEqual({ approve: true, return: true, revise: false });
    // The JPT may not decide their own plan, not even when they are an admin too.
    const own = await t.token(jpt.nip, ['employee', 'admin']);
    expect((await approve(own, planId)).userErrors).toEqual([expect.objectContaining({ code: 'NOT_APPRAISER' })]);

    const returned = await returnPlan(admin, planId, 'Tambahkan indikator kualitas.');
    expect(returned.userErrors).toEqual([]);
    expect(returned.plan).toMatchObject({ status: 'RETURNED', returnedReason: 'Tambahkan indikator kualitas.' });
    expect(returned.plan.history.at(-1)).toEqual({
      action: 'RETURN',
      actor: { id: adminId },
      onBehalfOf: { id: jpt.appraiserId },
      reason: expect.stringMatching(/^Tambahkan indikator kualitas\. \(Dicatat oleh admin kepegawaian atas nama pejabat penilai .+\)$/),
    });

    expect((await submit(token, planId)).userErrors).toEqual([]);
    const approved = await approve(admin, planId);
    expect(approved.userErrors).toEqual([]);
    expect(approved.plan).toMatchObject({ status: 'APPROVED', approvedBy: { id: jpt.appraiserId } });
    expect(approved.plan.history.map((h: any) => [h.action, h.actor?.id, h.onBehalfOf?.id ?? null])).toEqual([
      ['CREATE', jpt.id, null],
      ['SUBMIT', jpt.id, null],
      ['RETURN', adminId, jpt.appraiserId],
      ['SUBMIT', jpt.id, null],
      ['APPROVE', adminId, jpt.appraiserId],
    ]);
    expect(approved.plan.history.at(-1).reason).toMatch(/atas nama pejabat penilai/);
    // The employee reads the same history.
    expect((await readPlan(token, planId)).history.at(-1)).toMatchObject({ action: 'APPROVE', onBehalfOf: { id: jpt.appraiserId } });
    expect((await approve(admin, planId)).userErrors).toEqual([expect.objectContaining({ code: 'PLAN_STATUS' })]);
  });
});

describe('a JPT’s RHK citing the strategic goal', () => {
  it('must cite the agency’s strategic goal, in its wording, and a plan citing anything else is not submitted', async () => {
    const jpt = jpts[1]!;
    const token = await t.token(jpt.nip);
    const planId = (await createPlan(token, 2026)).plan.id;
    const made = { planId, statement: 'Terwujudnya tata kelola keuangan yang akuntabel', indicators: [indicator] };
    const any = await addWorkResult(token, { ...made, strategicGoal: 'any text' });
    expect(any.workResult).toBeNull();
    expect(any.userErrors).toEqual([
      { field: ['input', 'strategicGoal'], code: 'INVALID_CASCADE', message: expect.stringMatching(/agency's strategic goal/) },
    ]);
    // The same words with other spaces and case are the agency's goal, stored as the agency words it.
    const cited = await addWorkResult(token, { ...made, strategicGoal: `  ${agencyGoal.toUpperCase().replace(/ /g, '  ')} ` });
    expect(cited.userErrors).toEqual([]);
    expect(cited.workResult.strategicGoal).toBe(agencyGoal);
    const changed = await call(
      `mutation($i: UpdateWorkResultInput!) { updateWorkResult(input: $i) { userErrors { field code } } }`,
      { i: { id: cited.workResult.id, strategicGoal: 'Renstra' } },
      token,
    );
    expect(changed.updateWorkResult.userErrors).toEqual([{ field: ['input', 'strategicGoal'], code: 'INVALID_CASCADE' }]);

    // An RHK written before the check (or before the agency changed its goal) keeps the plan from submission.
    const [, id] = atob(cited.workResult.id).split(':');
    await t.database.db.execute(sql`update work_results set strategic_goal = 'any text' where id = ${Number(id)}`);
    const refused = await submit(token, planId);
    expect(refused.plan).toBeNull();
    expect(refused.userErrors).toEqual([
      { field: ['input', 'planId'], code: 'INVALID_CASCADE', message: expect.stringMatching(/cites "any text".*agency's strategic goal/) },
    ]);
  });
});

describe('what an employee may do with a plan ended by a transfer', () => {
  it('offers no revision, as revisePlan refuses it', async () => {
    let ended: { nip: string; planId: string } | undefined;
    let after: string | null = null;
    for (let page = 0; page < 10 && !ended; page++) {
      const data: any = await call(
        `query($after: String) { employees(first: 100, after: $after) {
           nodes { nip plans(year: 2025) { id status isCurrent } } pageInfo { hasNextPage endCursor } } }`,
        { after },
        admin,
      );
      for (const e of data.employees.nodes) {
        const plan = e.nip && e.plans?.find((p: any) => p.status === 'APPROVED' && !p.isCurrent);
        if (plan && !ended) ended = { nip: e.nip, planId: plan.id };
      }
      if (!data.employees.pageInfo.hasNextPage) break;
      after = data.employees.pageInfo.endCursor;
    }
    expect(ended, 'the seed transfers a few employees on 1 April').toBeDefined();
    const token = await t.token(ended!.nip);
    expect((await readPlan(token, ended!.planId)).viewerCan).toEqual({ approve: false, return: false, revise: false });
    const revised = await call(
      `mutation($id: ID!) { revisePlan(input: { planId: $id, reason: "Perubahan" }) { userErrors { code message } } }`,
      { id: ended!.planId },
      token,
    );
    expect(revised.revisePlan.userErrors).toEqual([expect.objectContaining({ code: 'PLAN_STATUS', message: expect.stringMatching(/ended with a transfer/) })]);
  });
});
