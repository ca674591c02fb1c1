/**
 * Evaluations and objections whose party cannot sign in, through the API: the head of region (elected, no NIP, no
 * account) appraises the JPT and is the appraiser's superior of those the JPT appraise, so the agency's HR admin
 * records their part on their behalf, as planning does for the JPT's plan (see src/modules/evaluation/README.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoAgency } from '../src/modules/org/seed.js';
import { startTestServer, type TestServer } from './support/server.js';

let t: TestServer;
let admin: string;
let adminId: string;
let headId: string;
let agencyGoal: string;
let coreValues: string[];
let jpts: { id: string; nip: string }[];

const numericId = (globalId: string) => Number(atob(globalId).split(':')[1]);

async function call(query: string, variables: Record<string, unknown>, token: string): Promise<any> {
  const res = await t.request(query, variables, { token });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data;
}

const EVALUATION = 'id status appraiser { id } employee { id } finalisedBy { id } predikat';
const start = async (token: string, planId: string, periodKey: string) =>
  (
    await call(
      `mutation($p: ID!, $k: String!) { startEvaluation(input: { planId: $p, periodKey: $k }) { evaluation { ${EVALUATION} } userErrors { code message } } }`,
      { p: planId, k: periodKey },
      token,
    )
  ).startEvaluation;
const rate = async (token: string, input: Record<string, unknown>) =>
  (await call(`mutation($i: RateEvaluationInput!) { rateEvaluation(input: $i) { evaluation { ${EVALUATION} } userErrors { code message } } }`, { i: input }, token))
    .rateEvaluation;
const finalise = async (token: string, evaluationId: string) =>
  (
    await call(
      `mutation($e: ID!) { finaliseEvaluation(input: { evaluationId: $e, curveOverrideReason: "Sesuai capaian." }) { evaluation { ${EVALUATION} } userErrors { code message } } }`,
      { e: evaluationId },
      token,
    )
  ).finaliseEvaluation;
const OBJECTION = 'id status decider { id } decidedBy { id } employee { id } evaluation { id }';
const hear = async (token: string, objectionId: string) =>
  (
    await call(
      `mutation($o: ID!) { recordObjectionHearing(input: { objectionId: $o, employeeStatement: "Keterangan pegawai.", appraiserStatement: "Keterangan pejabat penilai." }) {
         objection { ${OBJECTION} } userErrors { code message } } }`,
      { o: objectionId },
      token,
    )
  ).recordObjectionHearing;
const decide = async (token: string, objectionId: string) =>
  (
    await call(
      `mutation($o: ID!) { decideObjection(input: { objectionId: $o, decision: UPHELD, reason: "Penilaian sesuai bukti dukung." }) { objection { ${OBJECTION} } userErrors { code message } } }`,
      { o: objectionId },
      token,
    )
  ).decideObjection;
const queue = async (token: string) => (await call(`{ objectionQueue { ${OBJECTION} } }`, {}, token)).objectionQueue as any[];
const audit = async (entityId: string) =>
  (await call(`query($id: ID) { auditLog(entityId: $id, first: 20) { nodes { action actor { id } after } } }`, { id: entityId }, admin)).auditLog.nodes
    .map((n: any) => [n.action, n.actor?.id ?? null, n.after?.onBehalfOfId ?? null])
    .reverse();

/** The current 2025 plan of an employee and its RHK (read by the admin). */
async function planOf(employeeId: string, year = 2025): Promise<{ id: string; workResults: { id: string }[] }> {
  return (await call(`query($id: ID!, $y: Int!) { employee(id: $id) { currentPlan(year: $y) { id workResults { id } } } }`, { id: employeeId, y: year }, admin)).employee
    .currentPlan;
}

/** Rates the overall ratings, every RHK of the plan and each BerAKHLAK value. */
async function rateEverything(token: string, evaluationId: string, plan: { workResults: { id: string }[] }) {
  const rated = await rate(token, {
    evaluationId,
    workResultsRating: 'AS_EXPECTED',
    behaviourRating: 'AS_EXPECTED',
    workResults: plan.workResults.map((w) => ({ workResultId: w.id, rating: 'AS_EXPECTED', note: 'Sesuai target.' })),
    behaviours: coreValues.map((code) => ({ coreValue: code, rating: 'AS_EXPECTED' })),
  });
  expect(rated.userErrors).toEqual([]);
  return rated.evaluation;
}

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.token(t.seed.adminNip, ['employee', 'admin']);
  const data = await call(
    `{ me { id } agencies { strategicGoal } coreValues { code }
       employees(first: 20, filter: { positionKind: JPT }) { nodes { id nip appraiser { id nip position { kind } } } } }`,
    {},
    admin,
  );
  adminId = data.me.id;
  agencyGoal = data.agencies[0].strategicGoal;
  coreValues = data.coreValues.map((c: any) => c.code);
  const appraisedByHead = data.employees.nodes.filter((e: any) => e.nip && e.id !== adminId && e.appraiser?.position.kind === 'HEAD_OF_REGION');
  jpts = appraisedByHead.map((e: any) => ({ id: e.id, nip: e.nip }));
  headId = appraisedByHead[0].appraiser.id;
  expect(appraisedByHead[0].appraiser.nip).toBeNull();
  expect(jpts.length).toBeGreaterThanOrEqual(4);
});
afterAll(() => t?.stop());

describe('a JPT’s evaluation, appraised by the head of region', () => {
  it('is started, rated in full and finalised by the agency’s HR admin on the appraiser’s behalf, and the record names both', async () => {
    const jpt = jpts[0]!;
    const plan = await planOf(jpt.id);
    // The approved plans to evaluate are in the head of region's queue, which the admin reads.
    const toEvaluate = await call(`query($id: ID!) { employee(id: $id) { plansToReview(status: [APPROVED], year: 2025, first: 50) { nodes { id } } } }`, { id: headId }, admin);
    expect(toEvaluate.employee.plansToReview.nodes.map((p: any) => p.id)).toContain(plan.id);
    const started = await start(admin, plan.id, '2025-Q3');
    expect(started.userErrors).toEqual([]);
    // The evaluation is the head of region's: the admin only records it.
    expect(started.evaluation).toMatchObject({ status: 'DRAFT', appraiser: { id: headId }, employee: { id: jpt.id }, finalisedBy: null });
    const evaluationId = started.evaluation.id;
    // The admin finds it among the evaluations they act on as appraiser.
    const todo = await call(`{ evaluations(asAppraiser: true, status: [DRAFT], limit: 200) { id } }`, {}, admin);
    expect(todo.evaluations.map((e: any) => e.id)).toContain(evaluationId);

    // Overall ratings alone do not finalise: every RHK and each value.
    expect((await rate(admin, { evaluationId, workResultsRating: 'AS_EXPECTED', behaviourRating: 'AS_EXPECTED' })).userErrors).toEqual([]);
    expect((await finalise(admin, evaluationId)).userErrors).toEqual([expect.objectContaining({ code: 'NOT_RATED' })]);
    await rateEverything(admin, evaluationId, plan);
    const finalised = await finalise(admin, evaluationId);
    expect(finalised.userErrors).toEqual([]);
    expect(finalised.evaluation).toMatchObject({ status: 'FINALISED', predikat: 'BAIK', appraiser: { id: headId }, finalisedBy: { id: adminId } });

    // The audit log names the admin as actor and the head of region as the one acted for.
    const head = numericId(headId);
    expect(await audit(evaluationId)).toEqual([
      ['evaluation.start', adminId, head],
      ['evaluation.rate', adminId, head],
      ['evaluation.rate', adminId, head],
      ['evaluation.finalise', adminId, head],
    ]);
    // The JPT reads the same.
    const own = await call(`query($id: ID!) { node(id: $id) { ... on Evaluation { ${EVALUATION} mayStillObject } } }`, { id: evaluationId }, await t.token(jpt.nip));
    expect(own.node).toMatchObject({ appraiser: { id: headId }, finalisedBy: { id: adminId } });
    // Nobody is above the head of region to decide an objection, so none is offered (fileObjection refuses it).
    expect(own.node.mayStillObject).toBe(false);
  });

  it('refuses a plain employee and an admin of another agency, at each step the HR admin may take', async () => {
    const jpt = jpts[1]!;
    const plan = await planOf(jpt.id);
    const other = await seedDemoAgency(t.database.db, { employees: 20, seed: 2 });
    const foreignAdmin = await t.token(other.adminNip, ['employee', 'admin']);
    const employee = await t.token(jpt.nip);
    const colleague = await t.token(jpts[2]!.nip);

    expect((await start(employee, plan.id, '2025-Q3')).userErrors).toEqual([expect.objectContaining({ code: 'NOT_APPRAISER' })]);
    expect((await start(colleague, plan.id, '2025-Q3')).userErrors).toEqual([expect.objectContaining({ code: 'NOT_APPRAISER' })]);
    expect((await start(foreignAdmin, plan.id, '2025-Q3')).userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    const started = await start(admin, plan.id, '2025-Q3');
    expect(started.userErrors).toEqual([]);
    const evaluationId = started.evaluation.id;

    const ratings = { evaluationId, workResultsRating: 'ABOVE', behaviourRating: 'ABOVE' };
    expect((await rate(employee, ratings)).userErrors).toEqual([expect.objectContaining({ code: 'NOT_APPRAISER' })]);
    expect((await rate(foreignAdmin, ratings)).userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    await rateEverything(admin, evaluationId, plan);
    expect((await finalise(employee, evaluationId)).userErrors).toEqual([expect.objectContaining({ code: 'NOT_APPRAISER' })]);
    expect((await finalise(foreignAdmin, evaluationId)).userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    expect((await finalise(admin, evaluationId)).evaluation).toMatchObject({ status: 'FINALISED', finalisedBy: { id: adminId } });
  });

  it('refuses an admin their own evaluation, which another admin of the agency records', async () => {
    const jpt = jpts[2]!;
    const plan = await planOf(jpt.id);
    const jptAdmin = await t.token(jpt.nip, ['employee', 'admin']);
    const own = await start(jptAdmin, plan.id, '2025-Q3');
    expect(own.userErrors).toEqual([{ code: 'NOT_APPRAISER', message: expect.stringMatching(/never their own evaluation/) }]);
    const started = await start(admin, plan.id, '2025-Q3');
    expect(started.userErrors).toEqual([]);
    const evaluationId = started.evaluation.id;
    expect((await rate(jptAdmin, { evaluationId, workResultsRating: 'ABOVE' })).userErrors).toEqual([
      { code: 'NOT_APPRAISER', message: expect.stringMatching(/never their own evaluation/) },
    ]);
    expect((await finalise(jptAdmin, evaluationId)).userErrors).toEqual([expect.objectContaining({ code: 'NOT_APPRAISER' })]);
    // Their own evaluation is not on their list to do, though the admin's.
    const theirs = await call(`{ evaluations(asAppraiser: true, status: [DRAFT], limit: 200) { id } }`, {}, jptAdmin);
    expect(theirs.evaluations.map((e: any) => e.id)).not.toContain(evaluationId);
    await rateEverything(admin, evaluationId, plan);
    expect((await finalise(admin, evaluationId)).userErrors).toEqual([]);
  });
});

describe('an objection whose appraiser’s superior is the head of region', () => {
  it('is in the HR admin’s queue, heard and decided by the admin on the superior’s behalf, never by the appraiser', async () => {
    const waiting = (await queue(admin)).find((o) => o.status === 'FILED' && o.decider.id === headId);
    expect(waiting, 'the seed leaves an objection to the head of region in the queue').toBeDefined();
    const objectionId = waiting.id;
    const parties = await call(
      `query($id: ID!) { node(id: $id) { ... on Objection { employee { nip } evaluation { appraiser { id nip } } } } }`,
      { id: objectionId },
      admin,
    );
    const appraiser = parties.node.evaluation.appraiser;
    // Neither the employee, nor the appraiser (who decided the evaluation), even as an admin.
    expect((await hear(await t.token(parties.node.employee.nip), objectionId)).userErrors).toEqual([expect.objectContaining({ code: 'NOT_APPRAISER_SUPERIOR' })]);
    const appraiserAdmin = await t.token(appraiser.nip, ['employee', 'admin']);
    expect((await queue(appraiserAdmin)).map((o) => o.id)).not.toContain(objectionId);
    expect((await hear(appraiserAdmin, objectionId)).userErrors).toEqual([
      { code: 'NOT_APPRAISER_SUPERIOR', message: expect.stringMatching(/You decided the evaluation/) },
    ]);

    const heard = await hear(admin, objectionId);
    expect(heard.userErrors).toEqual([]);
    expect(heard.objection).toMatchObject({ status: 'HEARD', decider: { id: headId }, decidedBy: null });
    const decided = await decide(admin, objectionId);
    expect(decided.userErrors).toEqual([]);
    expect(decided.objection).toMatchObject({ status: 'DECIDED', decider: { id: headId }, decidedBy: { id: adminId } });
    const head = numericId(headId);
    expect(await audit(objectionId)).toEqual([
      ['objection.hear', adminId, head],
      ['objection.decide', adminId, head],
    ]);
    expect((await audit(decided.objection.evaluation.id)).at(-1)).toEqual(['evaluation.objectionDecided', adminId, head]);
    expect((await queue(admin)).map((o) => o.id)).not.toContain(objectionId);
  });

  it('is never the HR admin’s own: another admin hears and decides it', async () => {
    // The admin (an administrator) is appraised by a JPT, who signs in; the head of region is the superior.
    const me = await call(`{ me { appraiser { id nip } } }`, {}, admin);
    const plan = await planOf(adminId);
    const appraiser = await t.token(me.me.appraiser.nip);
    const started = await start(appraiser, plan.id, '2025-Q3');
    expect(started.userErrors).toEqual([]);
    await rateEverything(appraiser, started.evaluation.id, plan);
    expect((await finalise(appraiser, started.evaluation.id)).userErrors).toEqual([]);
    const filed = await call(
      `mutation($e: ID!) { fileObjection(input: { evaluationId: $e, reasons: "Bukti dukung belum dipertimbangkan." }) { objection { ${OBJECTION} } userErrors { code } } }`,
      { e: started.evaluation.id },
      admin,
    );
    expect(filed.fileObjection.objection).toMatchObject({ status: 'FILED', decider: { id: headId } });
    const objectionId = filed.fileObjection.objection.id;

    expect((await queue(admin)).map((o) => o.id)).not.toContain(objectionId);
    expect((await hear(admin, objectionId)).userErrors).toEqual([{ code: 'NOT_APPRAISER_SUPERIOR', message: expect.stringMatching(/never for their own objection/) }]);
    const otherAdmin = await t.token(jpts[3]!.nip, ['employee', 'admin']);
    expect((await queue(otherAdmin)).map((o) => o.id)).toContain(objectionId);
    expect((await hear(otherAdmin, objectionId)).userErrors).toEqual([]);
    expect((await decide(admin, objectionId)).userErrors).toEqual([expect.objectContaining({ code: 'NOT_APPRAISER_SUPERIOR' })]);
    expect((await decide(otherAdmin, objectionId)).objection).toMatchObject({ status: 'DECIDED', decider: { id: headId }, decidedBy: { id: jpts[3]!.id } });
  });

  it('is not heard by the admin who recorded the evaluation on the appraiser’s behalf, but by another admin', async () => {
    // A JPT whose appraiser (the head of region) and appraiser's superior (the governor) are both elected: the
    // governor is the head of region's supervisor from now on, so the JPT's 2026 plan keeps both.
    const head = await call(`query($id: ID!) { employee(id: $id) { unit { id } position { id } } }`, { id: headId }, admin);
    const created = await call(
      `mutation($u: ID!, $p: ID!) { createEmployee(input: { employmentType: ELECTED_OFFICIAL, name: "H. Rahmat Hidayat, S.H., M.H.", unitId: $u, positionId: $p }) {
         employee { id nip } userErrors { code message } } }`,
      { u: head.employee.unit.id, p: head.employee.position.id },
      admin,
    );
    expect(created.createEmployee.userErrors).toEqual([]);
    const governorId = created.createEmployee.employee.id;
    const moved = await call(`mutation($id: ID!, $s: ID!) { transferEmployee(input: { id: $id, supervisorId: $s }) { userErrors { code message } } }`, { id: headId, s: governorId }, admin);
    expect(moved.transferEmployee.userErrors).toEqual([]);
    const opened = await call(`mutation { openPerformancePeriod(input: { year: 2026 }) { period { id } userErrors { code message } } }`, {}, admin);
    expect(opened.openPerformancePeriod.userErrors).toEqual([]);
    const set = await call(
      `mutation($p: ID!) { setOrganisationPredikat(input: { periodId: $p, predikat: BAIK }) { userErrors { code message } } }`,
      { p: opened.openPerformancePeriod.period.id },
      admin,
    );
    expect(set.setOrganisationPredikat.userErrors).toEqual([]);

    const jpt = jpts[3]!;
    const token = await t.token(jpt.nip);
    const created2026 = await call(`mutation { createPlan(input: { year: 2026 }) { plan { id appraiser { id } } userErrors { code message } } }`, {}, token);
    expect(created2026.createPlan.userErrors).toEqual([]);
    const planId = created2026.createPlan.plan.id;
    const rhk = await call(
      `mutation($i: AddWorkResultInput!) { addWorkResult(input: $i) { userErrors { code message } } }`,
      {
        i: {
          planId,
          statement: 'Meningkatnya kualitas pelayanan publik dinas',
          strategicGoal: agencyGoal,
          indicators: [{ aspect: 'QUANTITY', statement: 'Jumlah program prioritas yang terlaksana', target: { kind: 'NUMBER', value: 5, unit: 'program' } }],
        },
      },
      token,
    );
    expect(rhk.addWorkResult.userErrors).toEqual([]);
    expect((await call(`mutation($id: ID!) { submitPlan(input: { planId: $id }) { userErrors { code message } } }`, { id: planId }, token)).submitPlan.userErrors).toEqual([]);
    expect((await call(`mutation($id: ID!) { approvePlan(input: { planId: $id }) { userErrors { code message } } }`, { id: planId }, admin)).approvePlan.userErrors).toEqual([]);

    const plan = await planOf(jpt.id, 2026);
    const started = await start(admin, plan.id, '2026-Q1');
    expect(started.userErrors).toEqual([]);
    await rateEverything(admin, started.evaluation.id, plan);
    expect((await finalise(admin, started.evaluation.id)).userErrors).toEqual([]);
    const filed = await call(
      `mutation($e: ID!) { fileObjection(input: { evaluationId: $e, reasons: "Capaian program prioritas belum dipertimbangkan." }) { objection { ${OBJECTION} } userErrors { code message } } }`,
      { e: started.evaluation.id },
      token,
    );
    expect(filed.fileObjection.userErrors).toEqual([]);
    expect(filed.fileObjection.objection).toMatchObject({ status: 'FILED', decider: { id: governorId } });
    const objectionId = filed.fileObjection.objection.id;

    // The admin who decided the evaluation for the head of region does not decide the objection for the governor.
    expect((await queue(admin)).map((o) => o.id)).not.toContain(objectionId);
    expect((await hear(admin, objectionId)).userErrors).toEqual([
      { code: 'NOT_APPRAISER_SUPERIOR', message: expect.stringMatching(/You decided the evaluation objected to/) },
    ]);
    const otherAdmin = await t.token(jpts[0]!.nip, ['employee', 'admin']);
    expect((await queue(otherAdmin)).map((o) => o.id)).toContain(objectionId);
    expect((await hear(otherAdmin, objectionId)).userErrors).toEqual([]);
    expect((await decide(admin, objectionId)).userErrors).toEqual([expect.objectContaining({ code: 'NOT_APPRAISER_SUPERIOR' })]);
    const decided = await decide(otherAdmin, objectionId);
    expect(decided.userErrors).toEqual([]);
    expect(decided.objection).toMatchObject({ status: 'DECIDED', decider: { id: governorId }, decidedBy: { id: jpts[0]!.id } });
    expect(await audit(objectionId)).toEqual([
      ['objection.file', jpt.id, null],
      ['objection.hear', jpts[0]!.id, numericId(governorId)],
      ['objection.decide', jpts[0]!.id, numericId(governorId)],
    ]);
  });
});
