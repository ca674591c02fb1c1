/**
 * Evaluations through the API: ratings -> predikat, finalise (curve override, follow-ups), acknowledge, objections,
 * the distribution against the curve, and `evaluationStatusChanged`, with every refused transition and who may
 * read and write what (employee, appraiser, appraiser's superior, another employee, admin).
 */
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/db/index.js';
import { evaluationOutcomeSource } from '../src/modules/evaluation/training-source.js';
import { serviceToday } from '../src/modules/org/rules.js';
import { graphql } from './gql/index.js';
import { annualEvaluationFixture } from './support/evaluation-fixtures.js';
import { onPostgres, startTestServer, subscribe, waitForSubscribers, type TestServer } from './support/server.js';
import { CORE_VALUE_CODES } from '../src/modules/training/tables.js';

const Start = graphql(`
  mutation EvalStart($input: StartEvaluationInput!) {
    startEvaluation(input: $input) {
      evaluation { id status periodKey kind predikat }
      userErrors { code field message }
    }
  }
`);

const Rate = graphql(`
  mutation EvalRate($input: RateEvaluationInput!) {
    rateEvaluation(input: $input) {
      evaluation {
        id status ratedPredikat predikat
        workResultRatings { workResultId rating note }
        behaviourRatings { coreValue rating }
      }
      userErrors { code field message }
    }
  }
`);

const Finalise = graphql(`
  mutation EvalFinalise($input: FinaliseEvaluationInput!) {
    finaliseEvaluation(input: $input) {
      evaluation {
        id status predikat followUp rewardEligible angkaKreditPercent curveOverrideReason curveBrokenBounds
        improvementPlan { actions dueOn status owner { id } }
        mayStillObject objectionDeadline
      }
      userErrors { code field message }
    }
  }
`);

const Acknowledge = graphql(`
  mutation EvalAcknowledge($input: AcknowledgeEvaluationInput!) {
    acknowledgeEvaluation(input: $input) {
      evaluation { id status acknowledgedAt }
      userErrors { code message }
    }
  }
`);

const FileObjection = graphql(`
  mutation EvalObject($input: FileObjectionInput!) {
    fileObjection(input: $input) {
      objection { id status originalPredikat }
      userErrors { code message }
    }
  }
`);

const Hear = graphql(`
  mutation EvalHear($input: RecordObjectionHearingInput!) {
    recordObjectionHearing(input: $input) {
      objection { id status heardAt }
      userErrors { code message }
    }
  }
`);

const Decide = graphql(`
  mutation EvalDecide($input: DecideObjectionInput!) {
    decideObjection(input: $input) {
      objection {
        id status decision originalPredikat decidedPredikat decisionReason
        evaluation { id predikat ratedPredikat rewardEligible }
      }
      userErrors { code message }
    }
  }
`);

const Queue = graphql(`
  query EvalQueue {
    objectionQueue { id status reasons employee { id } }
  }
`);

const ReadEvaluation = graphql(`
  query EvalRead($id: ID!) {
    node(id: $id) { ... on Evaluation { id status predikat employee { id } objection { originalPredikat decidedPredikat } } }
  }
`);

const Distribution = graphql(`
  query EvalDistribution($unitId: ID!, $periodId: ID!, $periodKey: String!) {
    evaluationDistribution(unitId: $unitId, periodId: $periodId, periodKey: $periodKey) {
      organisationPredikat curveUnitId total
      shares { predikat count share }
      brokenBounds { message count share }
    }
  }
`);

const SetOrgPredikat = graphql(`
  mutation EvalSetOrg($input: SetOrganisationPredikatInput!) {
    setOrganisationPredikat(input: $input) { predikat userErrors { code message } }
  }
`);

const SetCurve = graphql(`
  mutation EvalSetCurve($input: SetDistributionCurveInput!) {
    setDistributionCurve(input: $input) { curve { organisationPredikat bounds { predikats max min atLeastOne } } userErrors { code message } }
  }
`);

const Curves = graphql(`
  query EvalCurves { distributionCurves { organisationPredikat bounds { predikats max } } }
`);

const Lists = graphql(`
  query EvalLists($periodId: ID!) {
    rewardEligibleEmployees(periodId: $periodId) { periodKey employee { id } }
    improvementPlans { id status }
  }
`);

const Changed = graphql(`
  subscription EvalChanged($employeeId: ID, $appraiserId: ID, $unitId: ID) {
    evaluationStatusChanged(employeeId: $employeeId, appraiserId: $appraiserId, unitId: $unitId) {
      change status evaluation { id predikat }
    }
  }
`);

interface PlanFixture {
  planId: number;
  employeeId: number;
  employeeNip: string;
  appraiserNip: string;
  superiorNip: string;
  unitId: number;
  positionKind: string;
  workResultIds: number[];
}

let t: TestServer;
let main: PlanFixture;
let second: PlanFixture;
let periodId: number;
let outsiderNip: string;
let adminToken: string;
const tokens: Record<string, string> = {};
const token = async (nip: string) => (tokens[nip] ??= await t.token(nip));
const gid = encodeGlobalID;
const VALUES = CORE_VALUE_CODES;
/** Every RHK and each BerAKHLAK value rated, as finalising requires. */
const fullRatings = (f: PlanFixture, rating: 'ABOVE' | 'AS_EXPECTED' | 'BELOW') => ({
  workResults: f.workResultIds.map((id) => ({ workResultId: gid('WorkResult', id), rating })),
  behaviours: VALUES.map((coreValue) => ({ coreValue, rating })),
});
// Due dates of improvement plans are not before today (the service's clock, not the seed's 2025).
const dueIn = (days: number) => serviceToday(new Date(Date.now() + days * 86_400_000));
const DUE = dueIn(60);

async function sql<T>(text: string): Promise<T[]> {
  return rowsOf<T>(await t.database.db.execute(text));
}

async function planFixtures(): Promise<PlanFixture[]> {
  const rows = await sql<any>(`
    select p.id as plan_id, p.employee_id, e.nip as employee_nip, a.nip as appraiser_nip, s.nip as superior_nip, p.unit_id,
           p.position_kind, array(select w.id from work_results w where w.plan_id = p.id order by w.id) as work_result_ids
      from performance_plans p
      join employees e on e.id = p.employee_id join employees a on a.id = p.appraiser_id join employees s on s.id = p.appraiser_superior_id
     where p.is_current and p.status = 'APPROVED' and p.period_id in (select id from performance_periods where year = 2025) and e.nip is not null and a.nip is not null and s.nip is not null
       and e.nip <> '${t.seed.adminNip}' and a.nip <> '${t.seed.adminNip}' and s.nip <> '${t.seed.adminNip}'
     order by (p.position_kind = 'FUNGSIONAL') desc, p.id`);
  return rows.map((r) => ({
    planId: Number(r.plan_id),
    employeeId: Number(r.employee_id),
    employeeNip: r.employee_nip,
    appraiserNip: r.appraiser_nip,
    superiorNip: r.superior_nip,
    unitId: Number(r.unit_id),
    positionKind: r.position_kind,
    workResultIds: (typeof r.work_result_ids === 'string' ? r.work_result_ids.replace(/[{}]/g, '').split(',') : r.work_result_ids).map(Number),
  }));
}

beforeAll(async () => {
  t = await startTestServer();
  const plans = await planFixtures();
  main = plans[0]!;
  second = plans.find((p) => p.employeeId !== main.employeeId && p.appraiserNip !== main.employeeNip && p.employeeNip !== main.appraiserNip)!;
  const [period] = await sql<{ period_id: number }>(`select period_id from performance_plans where id = ${main.planId}`);
  periodId = Number(period!.period_id);
  const [outsider] = await sql<{ nip: string }>(
    `select nip from employees where nip is not null and nip not in ('${main.employeeNip}', '${main.appraiserNip}', '${main.superiorNip}', '${t.seed.adminNip}') order by id desc limit 1`,
  );
  outsiderNip = outsider!.nip;
  adminToken = await t.token(t.seed.adminNip, ['employee', 'admin']);
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

describe('evaluation workflow', () => {
  let evaluationId: string;
  let objectionId: string;
  let events: { next(count?: number): Promise<{ data?: any }[]> };

  it('refuses a subscription to someone else’s evaluations', async () => {
    const sub = subscribe(t.ws(await token(outsiderNip)), Changed, { employeeId: gid('Employee', main.employeeId) });
    const [result] = await sub.next(1);
    expect(result?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const adminSub = subscribe(t.ws(await token(main.appraiserNip)), Changed, { unitId: gid('OrgUnit', main.unitId) });
    const [adminOnly] = await adminSub.next(1);
    expect(adminOnly?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets only the appraiser start an evaluation of an approved plan, once per period', async () => {
    events = subscribe(t.ws(await token(main.employeeNip)), Changed, { employeeId: gid('Employee', main.employeeId) });
    await waitForSubscribers(t.server, 1);
    const input = { planId: gid('PerformancePlan', main.planId), periodKey: '2025-Q3' };
    const byEmployee = await t.request(Start, { input }, { token: await token(main.employeeNip) });
    expect(byEmployee.data?.startEvaluation.userErrors[0]?.code).toBe('NOT_APPRAISER');
    const badKey = await t.request(Start, { input: { ...input, periodKey: '2025-Q5' } }, { token: await token(main.appraiserNip) });
    expect(badKey.data?.startEvaluation.userErrors[0]?.code).toBe('INVALID');
    const res = await t.request(Start, { input }, { token: await token(main.appraiserNip) });
    expect(res.data?.startEvaluation.userErrors).toEqual([]);
    expect(res.data?.startEvaluation.evaluation).toMatchObject({ status: 'DRAFT', periodKey: '2025-Q3', kind: 'PERIODIC', predikat: null });
    evaluationId = res.data!.startEvaluation.evaluation!.id;
    const again = await t.request(Start, { input }, { token: await token(main.appraiserNip) });
    expect(again.data?.startEvaluation.userErrors[0]?.code).toBe('DUPLICATE');
    const anon = await t.request(Start, { input });
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rates per RHK and per value; the predikat follows the matrix', async () => {
    const input = {
      evaluationId,
      workResultsRating: 'ABOVE' as const,
      behaviourRating: 'ABOVE' as const,
      workResultsNote: 'Semua target terlampaui.',
      workResults: main.workResultIds.map((id) => ({ workResultId: gid('WorkResult', id), rating: 'ABOVE' as const, note: 'Melampaui target' })),
      behaviours: VALUES.map((coreValue) => ({ coreValue, rating: coreValue === 'COLLABORATIVE' ? ('AS_EXPECTED' as const) : ('ABOVE' as const) })),
    };
    const byEmployee = await t.request(Rate, { input }, { token: await token(main.employeeNip) });
    expect(byEmployee.data?.rateEvaluation.userErrors[0]?.code).toBe('NOT_APPRAISER');
    const bySuperior = await t.request(Rate, { input }, { token: await token(main.superiorNip) });
    expect(bySuperior.data?.rateEvaluation.userErrors[0]?.code).toBe('NOT_APPRAISER');
    const byOutsider = await t.request(Rate, { input }, { token: await token(outsiderNip) });
    expect(byOutsider.data?.rateEvaluation.userErrors[0]?.code).toBe('NOT_FOUND');
    const foreignRhk = await t.request(
      Rate,
      { input: { evaluationId, workResults: [{ workResultId: gid('WorkResult', second.workResultIds[0]!), rating: 'BELOW' as const }] } },
      { token: await token(main.appraiserNip) },
    );
    expect(foreignRhk.data?.rateEvaluation.userErrors[0]?.code).toBe('NOT_FOUND');
    const half = await t.request(Rate, { input: { evaluationId, workResultsRating: 'BELOW' as const } }, { token: await token(main.appraiserNip) });
    expect(half.data?.rateEvaluation.evaluation?.ratedPredikat).toBeNull();
    const notRated = await t.request(Finalise, { input: { evaluationId } }, { token: await token(main.appraiserNip) });
    expect(notRated.data?.finaliseEvaluation.userErrors[0]?.code).toBe('NOT_RATED');
    const res = await t.request(Rate, { input }, { token: await token(main.appraiserNip) });
    expect(res.data?.rateEvaluation.userErrors).toEqual([]);
    const evaluation = res.data!.rateEvaluation.evaluation!;
    expect(evaluation.ratedPredikat).toBe('SANGAT_BAIK');
    expect(evaluation.workResultRatings).toHaveLength(main.workResultIds.length);
    expect(evaluation.behaviourRatings.map((b) => b.coreValue).sort()).toEqual([...VALUES].sort());
  });

  it('refuses to finalise past a broken curve without a reason, then records the override and the follow-up', async () => {
    const plain = await t.request(Finalise, { input: { evaluationId } }, { token: await token(main.appraiserNip) });
    const error = plain.data?.finaliseEvaluation.userErrors[0];
    expect(error?.code).toBe('CURVE_BROKEN');
    expect(error?.message).toMatch(/at least one Butuh Perbaikan or Kurang\/Misconduct/);
    const reason = 'Unit melampaui target strategis triwulan ini.';
    const res = await t.request(Finalise, { input: { evaluationId, curveOverrideReason: reason } }, { token: await token(main.appraiserNip) });
    expect(res.data?.finaliseEvaluation.userErrors).toEqual([]);
    const evaluation = res.data!.finaliseEvaluation.evaluation!;
    expect(evaluation).toMatchObject({ status: 'FINALISED', predikat: 'SANGAT_BAIK', followUp: 'REWARD_ELIGIBLE', rewardEligible: true, curveOverrideReason: reason, mayStillObject: true });
    expect(evaluation.curveBrokenBounds!.length).toBeGreaterThan(0);
    expect(evaluation.angkaKreditPercent).toBe(main.positionKind === 'FUNGSIONAL' ? 150 : null);
    const locked = await t.request(Rate, { input: { evaluationId, behaviourRating: 'BELOW' as const } }, { token: await token(main.appraiserNip) });
    expect(locked.data?.rateEvaluation.userErrors[0]?.code).toBe('EVALUATION_STATUS');
    const twice = await t.request(Finalise, { input: { evaluationId, curveOverrideReason: reason } }, { token: await token(main.appraiserNip) });
    expect(twice.data?.finaliseEvaluation.userErrors[0]?.code).toBe('EVALUATION_STATUS');
    const lists = await t.request(Lists, { periodId: gid('PerformancePeriod', periodId) }, { token: adminToken });
    expect(lists.data?.rewardEligibleEmployees.some((r) => r.employee.id === gid('Employee', main.employeeId) && r.periodKey === '2025-Q3')).toBe(true);
    const notAdmin = await t.request(Lists, { periodId: gid('PerformancePeriod', periodId) }, { token: await token(main.appraiserNip) });
    expect(notAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets only the employee acknowledge, once', async () => {
    const byAppraiser = await t.request(Acknowledge, { input: { evaluationId } }, { token: await token(main.appraiserNip) });
    expect(byAppraiser.data?.acknowledgeEvaluation.userErrors[0]?.code).toBe('NOT_EVALUATED_EMPLOYEE');
    const res = await t.request(Acknowledge, { input: { evaluationId } }, { token: await token(main.employeeNip) });
    expect(res.data?.acknowledgeEvaluation.evaluation?.status).toBe('ACKNOWLEDGED');
    const again = await t.request(Acknowledge, { input: { evaluationId } }, { token: await token(main.employeeNip) });
    expect(again.data?.acknowledgeEvaluation.userErrors[0]?.code).toBe('EVALUATION_STATUS');
  });

  it('shows the evaluation to its parties and admins only', async () => {
    for (const nip of [main.employeeNip, main.appraiserNip, main.superiorNip]) {
      const res = await t.request(ReadEvaluation, { id: evaluationId }, { token: await token(nip) });
      expect(res.data?.node).toMatchObject({ id: evaluationId });
    }
    expect((await t.request(ReadEvaluation, { id: evaluationId }, { token: adminToken })).data?.node).toMatchObject({ id: evaluationId });
    const outsider = await t.request(ReadEvaluation, { id: evaluationId }, { token: await token(outsiderNip) });
    expect(outsider.data?.node ?? null).toBeNull();
    expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('pushes every change to the employee’s subscription, after commit', async () => {
    const received = await events.next(5);
    expect(received.map((r) => r.data?.evaluationStatusChanged.change)).toEqual(['STARTED', 'RATED', 'RATED', 'FINALISED', 'ACKNOWLEDGED']);
    expect(received.at(-1)?.data?.evaluationStatusChanged).toMatchObject({ status: 'ACKNOWLEDGED', evaluation: { id: evaluationId, predikat: 'SANGAT_BAIK' } });
  });

  it('takes an objection to the appraiser’s superior, who hears both sides and decides; the history keeps both predikat', async () => {
    const byOther = await t.request(FileObjection, { input: { evaluationId, reasons: 'x' } }, { token: await token(main.appraiserNip) });
    expect(byOther.data?.fileObjection.userErrors[0]?.code).toBe('NOT_EVALUATED_EMPLOYEE');
    const empty = await t.request(FileObjection, { input: { evaluationId, reasons: '  ' } }, { token: await token(main.employeeNip) });
    expect(empty.data?.fileObjection.userErrors[0]?.code).toBe('INVALID');
    const filed = await t.request(FileObjection, { input: { evaluationId, reasons: 'Catatan perilaku tidak sesuai bukti.' } }, { token: await token(main.employeeNip) });
    expect(filed.data?.fileObjection.objection).toMatchObject({ status: 'FILED', originalPredikat: 'SANGAT_BAIK' });
    objectionId = filed.data!.fileObjection.objection!.id;
    const twice = await t.request(FileObjection, { input: { evaluationId, reasons: 'lagi' } }, { token: await token(main.employeeNip) });
    expect(twice.data?.fileObjection.userErrors[0]?.code).toBe('ALREADY_OBJECTED');

    const queue = await t.request(Queue, {}, { token: await token(main.superiorNip) });
    expect(queue.data?.objectionQueue.map((o) => o.id)).toContain(objectionId);
    const otherQueue = await t.request(Queue, {}, { token: await token(main.appraiserNip) });
    expect(otherQueue.data?.objectionQueue.map((o) => o.id)).not.toContain(objectionId);

    const early = await t.request(Decide, { input: { objectionId, decision: 'UPHELD' as const, reason: 'r' } }, { token: await token(main.superiorNip) });
    expect(early.data?.decideObjection.userErrors[0]?.code).toBe('OBJECTION_STATUS');
    const hearing = { objectionId, employeeStatement: 'Bukti dukung terlampir.', appraiserStatement: 'Penilaian sesuai catatan.' };
    const byAppraiser = await t.request(Hear, { input: hearing }, { token: await token(main.appraiserNip) });
    expect(byAppraiser.data?.recordObjectionHearing.userErrors[0]?.code).toBe('NOT_APPRAISER_SUPERIOR');
    const byOutsider = await t.request(Hear, { input: hearing }, { token: await token(outsiderNip) });
    expect(byOutsider.data?.recordObjectionHearing.userErrors[0]?.code).toBe('NOT_FOUND');
    const heard = await t.request(Hear, { input: hearing }, { token: await token(main.superiorNip) });
    expect(heard.data?.recordObjectionHearing.objection?.status).toBe('HEARD');

    const noPredikat = await t.request(Decide, { input: { objectionId, decision: 'CHANGED' as const, reason: 'r' } }, { token: await token(main.superiorNip) });
    expect(noPredikat.data?.decideObjection.userErrors[0]?.code).toBe('INVALID');
    const decided = await t.request(
      Decide,
      { input: { objectionId, decision: 'CHANGED' as const, newPredikat: 'BAIK' as const, reason: 'Perilaku kolaboratif sesuai ekspektasi.' } },
      { token: await token(main.superiorNip) },
    );
    expect(decided.data?.decideObjection.userErrors).toEqual([]);
    expect(decided.data?.decideObjection.objection).toMatchObject({
      status: 'DECIDED',
      decision: 'CHANGED',
      originalPredikat: 'SANGAT_BAIK',
      decidedPredikat: 'BAIK',
      evaluation: { predikat: 'BAIK', ratedPredikat: 'SANGAT_BAIK', rewardEligible: false },
    });
    const final = await t.request(Decide, { input: { objectionId, decision: 'UPHELD' as const, reason: 'r' } }, { token: await token(main.superiorNip) });
    expect(final.data?.decideObjection.userErrors[0]?.code).toBe('OBJECTION_STATUS');
    const history = await t.request(ReadEvaluation, { id: evaluationId }, { token: await token(main.employeeNip) });
    expect(history.data?.node).toMatchObject({ predikat: 'BAIK', objection: { originalPredikat: 'SANGAT_BAIK', decidedPredikat: 'BAIK' } });
  });

  it('refuses an objection after the 14 days', async () => {
    const [old] = await sql<{ id: number }>(
      `select e.id from evaluations e where e.employee_id = ${main.employeeId} and e.period_key = '2025-Q1' and e.status <> 'DRAFT'
         and not exists (select 1 from objections o where o.evaluation_id = e.id)`,
    );
    const res = await t.request(FileObjection, { input: { evaluationId: gid('Evaluation', old!.id), reasons: 'Terlambat' } }, { token: await token(main.employeeNip) });
    expect(res.data?.fileObjection.userErrors[0]?.code).toBe('OBJECTION_WINDOW_CLOSED');
    expect(res.data?.fileObjection.userErrors[0]?.message).toMatch(/14 days/);
  });

  it('requires an improvement plan for a weak predikat, owned by the appraiser', async () => {
    const token2 = await token(second.appraiserNip);
    const started = await t.request(Start, { input: { planId: gid('PerformancePlan', second.planId), periodKey: '2025-Q3' } }, { token: token2 });
    const id = started.data!.startEvaluation.evaluation!.id;
    await t.request(Rate, { input: { evaluationId: id, workResultsRating: 'BELOW' as const, behaviourRating: 'AS_EXPECTED' as const, ...fullRatings(second, 'AS_EXPECTED') } }, { token: token2 });
    const reason = 'Override for the test.';
    const due = DUE;
    const missing = await t.request(Finalise, { input: { evaluationId: id, curveOverrideReason: reason } }, { token: token2 });
    expect(missing.data?.finaliseEvaluation.userErrors[0]?.code).toBe('IMPROVEMENT_PLAN_REQUIRED');
    const noActions = await t.request(Finalise, { input: { evaluationId: id, curveOverrideReason: reason, improvementPlan: { actions: [' '], dueOn: due } } }, { token: token2 });
    expect(noActions.data?.finaliseEvaluation.userErrors[0]?.code).toBe('INVALID');
    // A pembinaan due before it starts is no plan: the due date is not before today.
    const past = await t.request(Finalise, { input: { evaluationId: id, curveOverrideReason: reason, improvementPlan: { actions: ['Coaching mingguan'], dueOn: '2020-01-01' } } }, { token: token2 });
    expect(past.data?.finaliseEvaluation.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'improvementPlan', 'dueOn'], message: expect.stringMatching(/not be before today/) }),
    ]);
    expect(past.data?.finaliseEvaluation.evaluation).toBeNull();
    const res = await t.request(
      Finalise,
      { input: { evaluationId: id, curveOverrideReason: reason, improvementPlan: { actions: ['Coaching mingguan', 'Bimtek SAKIP'], dueOn: due } } },
      { token: token2 },
    );
    expect(res.data?.finaliseEvaluation.userErrors).toEqual([]);
    expect(res.data?.finaliseEvaluation.evaluation).toMatchObject({
      predikat: 'BUTUH_PERBAIKAN',
      followUp: 'IMPROVEMENT_PLAN',
      rewardEligible: false,
      improvementPlan: { actions: ['Coaching mingguan', 'Bimtek SAKIP'], dueOn: due, status: 'OPEN' },
    });
  });

  it('moves the follow-up with a predikat changed on objection: a written plan stands, a raised predikat drops it', async () => {
    const FollowUp = graphql(`
      query EvalFollowUp($id: ID!) {
        node(id: $id) { ... on Evaluation { predikat followUp rewardEligible improvementPlan { actions dueOn status } } }
      }
    `);
    const appraiser = await token(second.appraiserNip);
    const objectAndDecide = async (evaluationId: string, newPredikat: 'KURANG' | 'BAIK') => {
      const filed = await t.request(FileObjection, { input: { evaluationId, reasons: 'Bukti belum dipertimbangkan.' } }, { token: await token(second.employeeNip) });
      const objectionId = filed.data!.fileObjection.objection!.id;
      const hearing = { objectionId, employeeStatement: 'Bukti terlampir.', appraiserStatement: 'Sesuai catatan.' };
      expect((await t.request(Hear, { input: hearing }, { token: await token(second.superiorNip) })).data?.recordObjectionHearing.userErrors).toEqual([]);
      const decided = await t.request(Decide, { input: { objectionId, decision: 'CHANGED' as const, newPredikat, reason: 'Sebagian bukti diterima.' } }, { token: await token(second.superiorNip) });
      expect(decided.data?.decideObjection.userErrors).toEqual([]);
      return (await t.request(FollowUp, { id: evaluationId }, { token: appraiser })).data!.node as any;
    };

    // One weak predikat changed to another: the appraiser's plan is kept as written.
    const [q3] = await sql<{ id: number }>(`select id from evaluations where plan_id = ${second.planId} and period_key = '2025-Q3'`);
    const weaker = await objectAndDecide(gid('Evaluation', q3!.id), 'KURANG');
    expect(weaker).toMatchObject({
      predikat: 'KURANG',
      followUp: 'IMPROVEMENT_PLAN',
      improvementPlan: { actions: ['Coaching mingguan', 'Bimtek SAKIP'], dueOn: DUE, status: 'OPEN' },
    });

    // Raised to BAIK: no pembinaan is due any more. (The annual evaluation: 2025-Q4 is left to the peer delivery test.)
    const started = await t.request(Start, { input: { planId: gid('PerformancePlan', second.planId), periodKey: '2025' } }, { token: appraiser });
    expect(started.data?.startEvaluation.userErrors).toEqual([]);
    const annual = started.data!.startEvaluation.evaluation!.id;
    await t.request(Rate, { input: { evaluationId: annual, workResultsRating: 'BELOW' as const, behaviourRating: 'AS_EXPECTED' as const, ...fullRatings(second, 'AS_EXPECTED') } }, { token: appraiser });
    const finalised = await t.request(
      Finalise,
      { input: { evaluationId: annual, curveOverrideReason: 'Override for the test.', improvementPlan: { actions: ['Coaching mingguan'], dueOn: dueIn(120) } } },
      { token: appraiser },
    );
    expect(finalised.data?.finaliseEvaluation.evaluation?.followUp).toBe('IMPROVEMENT_PLAN');
    const raised = await objectAndDecide(annual, 'BAIK');
    expect(raised).toMatchObject({ predikat: 'BAIK', followUp: 'NONE', rewardEligible: false, improvementPlan: null });
    const [left] = await sql<{ n: number }>(`select count(*)::int as n from improvement_plans where evaluation_id = ${decodeGlobalID(annual).id}`);
    expect(Number(left!.n)).toBe(0);
  });

  it('finalises only when every RHK and each BerAKHLAK value is rated, naming what is missing', async () => {
    const appraiser = await token(main.appraiserNip);
    const started = await t.request(Start, { input: { planId: gid('PerformancePlan', main.planId), periodKey: '2025-Q4' } }, { token: appraiser });
    expect(started.data?.startEvaluation.userErrors).toEqual([]);
    const evaluationId = started.data!.startEvaluation.evaluation!.id;
    const rhk = await sql<{ statement: string }>(`select statement from work_results where plan_id = ${main.planId} order by kind, position, id`);
    const values = (await sql<{ name: string }>(`select name from core_values order by position`)).map((v) => v.name);
    expect(values).toHaveLength(7);
    const finalise = () => t.request(Finalise, { input: { evaluationId, curveOverrideReason: 'Override for the test.' } }, { token: appraiser });
    const named = (statement: string) => (statement.length > 80 ? `"${statement.slice(0, 79)}` : `"${statement}"`);
    const overall = { evaluationId, workResultsRating: 'AS_EXPECTED' as const, behaviourRating: 'AS_EXPECTED' as const };

    // The two overall ratings alone: the per-RHK and per-value ratings are part of the evaluation (issue 5).
    const bare = await t.request(Rate, { input: { ...overall, workResults: [], behaviours: [] } }, { token: appraiser });
    expect(bare.data?.rateEvaluation.evaluation?.ratedPredikat).toBe('BAIK');
    const refused = await finalise();
    expect(refused.data?.finaliseEvaluation.userErrors).toEqual([expect.objectContaining({ code: 'NOT_RATED', field: ['input', 'evaluationId'] })]);
    const message = refused.data!.finaliseEvaluation.userErrors[0]!.message;
    for (const w of rhk) expect(message).toContain(named(w.statement));
    expect(message).toContain(values.join(', '));

    // All but the last RHK and the last value: those two are named, and only those.
    const all = fullRatings(main, 'AS_EXPECTED');
    await t.request(Rate, { input: { ...overall, workResults: all.workResults.slice(0, -1), behaviours: all.behaviours.slice(0, -1) } }, { token: appraiser });
    const partial = (await finalise()).data!.finaliseEvaluation;
    expect(partial.userErrors.map((e) => e.code)).toEqual(['NOT_RATED']);
    const [unrated] = await sql<{ statement: string }>(`select statement from work_results where id = ${main.workResultIds.at(-1)}`);
    const rated = await sql<{ statement: string }>(`select statement from work_results where plan_id = ${main.planId} and id <> ${main.workResultIds.at(-1)}`);
    expect(partial.userErrors[0]!.message).toContain(named(unrated!.statement));
    for (const w of rated) expect(partial.userErrors[0]!.message).not.toContain(named(w.statement));
    expect(partial.userErrors[0]!.message).toContain(values.at(-1)!);
    expect(partial.userErrors[0]!.message).not.toContain(values[0]!);
    expect(partial.evaluation).toBeNull();
    const [draft] = await sql<{ status: string }>(`select status from evaluations where id = ${decodeGlobalID(evaluationId).id}`);
    expect(draft!.status).toBe('DRAFT');

    await t.request(Rate, { input: { ...overall, ...all } }, { token: appraiser });
    const done = await finalise();
    expect(done.data?.finaliseEvaluation.userErrors).toEqual([]);
    expect(done.data?.finaliseEvaluation.evaluation).toMatchObject({ status: 'FINALISED', predikat: 'BAIK' });
  });
});

describe('distribution curve', () => {
  it('shows count and share of each predikat against the curve, naming broken bounds (admins)', async () => {
    const [root] = await sql<{ id: number }>(`select id from org_units where parent_id is null order by id limit 1`);
    const vars = { unitId: gid('OrgUnit', root!.id), periodId: gid('PerformancePeriod', periodId), periodKey: '2025-Q1' };
    const res = await t.request(Distribution, vars, { token: adminToken });
    const d = res.data!.evaluationDistribution;
    expect(d.organisationPredikat).toBe('BAIK');
    expect(d.total).toBeGreaterThan(0);
    expect(d.shares.reduce((s, x) => s + x.count, 0)).toBe(d.total);
    for (const b of d.brokenBounds) expect(b.message).toMatch(/must be|required|allowed/);
    const outsider = await t.request(Distribution, vars, { token: await token(outsiderNip) });
    expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows an appraiser the distribution of their own unit, not of the units above it', async () => {
    // An appraiser placed below the root who appraises someone in their own unit's subtree (2025-Q1 is seeded).
    const [appraiser] = await sql<{ nip: string; unit_id: number; parent_id: number }>(`
      select a.nip, u.id as unit_id, u.parent_id from employees a join org_units u on u.id = a.unit_id
       where a.nip is not null and a.nip <> '${t.seed.adminNip}' and u.parent_id is not null
         and exists (select 1 from evaluations e join org_units eu on eu.id = e.unit_id
                      where e.appraiser_id = a.id and e.period_key = '2025-Q1' and eu.path like u.path || '%')
       order by u.path desc limit 1`);
    const own = await t.request(
      Distribution,
      { unitId: gid('OrgUnit', appraiser!.unit_id), periodId: gid('PerformancePeriod', periodId), periodKey: '2025-Q1' },
      { token: await token(appraiser!.nip) },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.evaluationDistribution.total).toBeGreaterThan(0);
    const above = await t.request(
      Distribution,
      { unitId: gid('OrgUnit', appraiser!.parent_id), periodId: gid('PerformancePeriod', periodId), periodKey: '2025-Q1' },
      { token: await token(appraiser!.nip) },
    );
    expect(above.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('finalises nothing before the organisation’s predikat is set: it selects the curve', async () => {
    const [draft] = await sql<{ id: number; nip: string; period_id: number; agency_id: number }>(`
      select e.id, a.nip, e.period_id, e.agency_id from evaluations e join employees a on a.id = e.appraiser_id
       where e.status = 'DRAFT' and a.nip is not null order by e.id limit 1`);
    const id = gid('Evaluation', draft!.id);
    const appraiser = await token(draft!.nip);
    await t.request(Rate, { input: { evaluationId: id, workResultsRating: 'AS_EXPECTED' as const, behaviourRating: 'AS_EXPECTED' as const } }, { token: appraiser });
    const saved = await sql<Record<string, unknown>>(`select * from organisation_predikats where agency_id = ${draft!.agency_id} and period_id = ${draft!.period_id}`);
    expect(saved.length).toBeGreaterThan(0);
    await sql(`delete from organisation_predikats where agency_id = ${draft!.agency_id} and period_id = ${draft!.period_id}`);
    try {
      const res = await t.request(Finalise, { input: { evaluationId: id, curveOverrideReason: 'Override for the test.' } }, { token: appraiser });
      expect(res.data?.finaliseEvaluation.userErrors[0]?.code).toBe('ORGANISATION_PREDIKAT_REQUIRED');
      const [after] = await sql<{ status: string }>(`select status from evaluations where id = ${draft!.id}`);
      expect(after!.status).toBe('DRAFT');
    } finally {
      for (const row of saved) {
        const columns = Object.keys(row);
        const values = columns.map((c) => (row[c] === null ? 'null' : row[c] instanceof Date ? `'${(row[c] as Date).toISOString()}'` : `'${String(row[c]).replace(/'/g, "''")}'`));
        await sql(`insert into organisation_predikats (${columns.join(', ')}) overriding system value values (${values.join(', ')})`);
      }
    }
  });

  it('lets only admins set a unit’s predikat and change a curve; the unit’s curve then applies', async () => {
    const input = { periodId: gid('PerformancePeriod', periodId), unitId: gid('OrgUnit', main.unitId), predikat: 'ISTIMEWA' as const };
    const refused = await t.request(SetOrgPredikat, { input }, { token: await token(main.appraiserNip) });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const res = await t.request(SetOrgPredikat, { input }, { token: adminToken });
    expect(res.data?.setOrganisationPredikat.predikat).toBe('ISTIMEWA');
    const d = await t.request(Distribution, { unitId: input.unitId, periodId: input.periodId, periodKey: '2025-Q3' }, { token: adminToken });
    expect(d.data?.evaluationDistribution).toMatchObject({ organisationPredikat: 'ISTIMEWA', curveUnitId: input.unitId });

    const bad = await t.request(SetCurve, { input: { organisationPredikat: 'BAIK' as const, bounds: [{ predikats: ['BAIK' as const], max: 1.5 }] } }, { token: adminToken });
    expect(bad.data?.setDistributionCurve.userErrors[0]?.code).toBe('INVALID');
    const curve = await t.request(SetCurve, { input: { organisationPredikat: 'BAIK' as const, bounds: [{ predikats: ['BAIK' as const], max: 0.8 }] } }, { token: adminToken });
    expect(curve.data?.setDistributionCurve.curve?.bounds).toEqual([{ predikats: ['BAIK'], max: 0.8, min: null, atLeastOne: false }]);
    const notAdmin = await t.request(SetCurve, { input: { organisationPredikat: 'BAIK' as const, bounds: [] } }, { token: await token(main.appraiserNip) });
    expect(notAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const curves = await t.request(Curves, {}, { token: adminToken });
    expect(curves.data?.distributionCurves.find((c) => c.organisationPredikat === 'BAIK')?.bounds).toEqual([{ predikats: ['BAIK'], max: 0.8 }]);
  });

  it.runIf(onPostgres)('delivers evaluationStatusChanged across server instances', async () => {
    const peer = await t.startPeer();
    const sub = subscribe(peer.ws(await token(second.appraiserNip)), Changed, { appraiserId: gid('Employee', (await sql<{ appraiser_id: number }>(`select appraiser_id from performance_plans where id = ${second.planId}`))[0]!.appraiser_id) });
    await waitForSubscribers(peer.server, 1);
    const [plan] = await sql<{ id: number }>(`select id from evaluations where plan_id = ${second.planId} and period_key = '2025-Q2' and status = 'DRAFT'`);
    if (!plan) {
      const started = await t.request(Start, { input: { planId: gid('PerformancePlan', second.planId), periodKey: '2025-Q4' } }, { token: await token(second.appraiserNip) });
      expect(started.data?.startEvaluation.userErrors).toEqual([]);
    } else {
      await t.request(Rate, { input: { evaluationId: gid('Evaluation', plan.id), behaviourNote: 'Peer delivery' } }, { token: await token(second.appraiserNip) });
    }
    const [event] = await sub.next(1, 10_000);
    expect(event?.data?.evaluationStatusChanged.change).toMatch(/STARTED|RATED/);
  });

  it('feeds training outcomes: the annual predikat before and after a session, as in force', async () => {
    const f = await annualEvaluationFixture(t);
    await f.finaliseAnnual(f.plan2024, '2024', 'BUTUH_PERBAIKAN', '2025-01-15T00:00:00Z');
    await f.finaliseAnnual(f.plan2025, '2025', 'BAIK', '2026-01-15T00:00:00Z');
    // The source the module plugs into training (setEvaluationSource at load; other test files may swap it).
    const source = evaluationOutcomeSource;
    expect(source.available).toBe(true);
    const employeeId = f.employeeId;
    const pairs = await source.outcomePairs(t.database.db, [
      { employeeId, startsOn: '2025-03-01', endsOn: '2025-03-05' },
      { employeeId, startsOn: '2024-03-01', endsOn: '2024-03-05' },
    ]);
    expect(pairs).toEqual([{ employeeId, before: 'BUTUH_PERBAIKAN', after: 'BAIK' }]);
  });
});
