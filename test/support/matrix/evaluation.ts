/** Evaluation rows of the authorization matrix: see `src/modules/evaluation/README.md`. */
import { employees, mutation, only, prepareRoles, signedIn, str, type MatrixContext, type Row } from '../authorization.js';
import type { TestServer } from '../server.js';
import { CORE_VALUE_CODES } from '../../../src/modules/training/tables.js';

/**
 * The subject is the default pelaksana. The seeded objections are decided by the head of region (who cannot sign
 * in), so the setup writes one: the appraiser evaluates 2025-Q3 (BAIK) and finalises it, and the employee objects
 * within the 14 days. Fixture ids: that evaluation and its objection, an evaluation of the subject that is not
 * FINALISED (acknowledging it is refused), the plan in force with an RHK, monthly reports (one reviewed, one with a
 * feedback thread), an activity log, and a peer feedback request inviting the matrix's peer.
 */
export async function prepareEvaluation(t: TestServer): Promise<MatrixContext> {
  const admin = await t.token(t.seed.adminNip, ['employee', 'admin']);
  const ctx = await prepareRoles(t);
  const step = async (token: string | undefined, document: string, variables: Record<string, unknown>) => {
    const res: any = await t.request(document, variables, { token });
    const payload: any = Object.values(res.data ?? {})[0];
    if (!payload || payload.userErrors.length) throw new Error(`${document}: ${JSON.stringify(res.errors ?? payload.userErrors)}`);
    return payload;
  };
  const plan: any = await t.request('query($id: ID!) { employee(id: $id) { currentPlan(year: 2025) { id workResults { id } } } }', { id: ctx.fixture.subject.id }, { token: admin });
  const planId = plan.data.employee.currentPlan.id;
  // Finalising needs every RHK and each BerAKHLAK value rated, not only the two overall ratings.
  const workResults = plan.data.employee.currentPlan.workResults.map((w: { id: string }) => ({ workResultId: w.id, rating: 'AS_EXPECTED' }));
  const behaviours = CORE_VALUE_CODES.map((coreValue) => ({ coreValue, rating: 'AS_EXPECTED' }));
  const started = await step(
    ctx.tokens.appraiser,
    'mutation($p: ID!) { startEvaluation(input: { planId: $p, periodKey: "2025-Q3" }) { evaluation { id } userErrors { code message } } }',
    { p: planId },
  );
  const evaluationId = started.evaluation.id;
  await step(
    ctx.tokens.appraiser,
    `mutation($e: ID!, $w: [WorkResultRatingInput!], $b: [BehaviourRatingInput!]) {
       rateEvaluation(input: { evaluationId: $e, workResultsRating: AS_EXPECTED, behaviourRating: AS_EXPECTED, workResults: $w, behaviours: $b }) { userErrors { code message } }
     }`,
    { e: evaluationId, w: workResults, b: behaviours },
  );
  await step(
    ctx.tokens.appraiser,
    'mutation($e: ID!) { finaliseEvaluation(input: { evaluationId: $e, curveOverrideReason: "Matrix setup" }) { userErrors { code message } } }',
    { e: evaluationId },
  );
  const filed = await step(
    ctx.tokens.employee,
    'mutation($e: ID!) { fileObjection(input: { evaluationId: $e, reasons: "Matrix setup: the objection" }) { objection { id } userErrors { code message } } }',
    { e: evaluationId },
  );
  const waiting = { id: evaluationId, objection: { id: filed.objection.id } };
  const f = ctx.fixture;
  const res: any = await t.request(
    `query($id: ID!) {
       employee(id: $id) { currentPlan(year: 2025) { id workResults { id } } }
       evaluations(employeeId: $id) { id status }
       monthlyReports(employeeId: $id) { id status }
       performancePeriod(year: 2025) { id }
     }`,
    { id: f.subject.id },
    { token: admin },
  );
  const reports = res.data.monthlyReports;
  const reviewed = reports.find((r: any) => r.status === 'REVIEWED');
  let threadSubject: string | null = null;
  for (const r of reports) {
    const thread: any = await t.request('query($s: ID!) { feedbackThread(subjectId: $s) { id } }', { s: r.id }, { token: admin });
    if (thread.data.feedbackThread) {
      threadSubject = r.id;
      break;
    }
  }
  if (!threadSubject) {
    // The appraiser opens the feedback on a report (setup: the matrix needs a thread to read).
    threadSubject = reports[0].id;
    const opened: any = await t.request(
      'mutation($s: ID!) { postFeedback(input: { subjectId: $s, body: "Matrix: opening the feedback" }) { userErrors { code } } }',
      { s: threadSubject },
      { token: ctx.tokens.appraiser },
    );
    if (opened.data.postFeedback.userErrors.length) throw new Error(JSON.stringify(opened.data.postFeedback.userErrors));
  }
  const logs: any = await t.request('{ teamActivityLogs(from: "2025-06-23", days: 5) { id employee { id } } }', {}, { token: ctx.tokens.appraiser });
  const log = logs.data.teamActivityLogs.find((l: any) => l.employee.id === f.subject.id);
  // Setup: the appraiser asks the matrix's peer for feedback on the subject.
  const request: any = await t.request(
    'mutation($e: ID!, $p: [ID!]!) { requestPeerFeedback(input: { employeeId: $e, peerIds: $p, periodKey: "2025-Q2" }) { request { id } userErrors { code message } } }',
    { e: f.subject.id, p: [f.people.peer!.id] },
    { token: ctx.tokens.appraiser },
  );
  if (!request.data.requestPeerFeedback.request) throw new Error(JSON.stringify(request.data.requestPeerFeedback.userErrors));
  // An improvement plan (pembinaan) of someone unrelated to every role of the matrix: only admins read it.
  const plans: any = await t.request('{ improvementPlans(limit: 200) { id employee { id } owner { id } } }', {}, { token: admin });
  const related = new Set(Object.values(f.people).map((p) => p?.id));
  const improvementPlan = plans.data.improvementPlans.find((p: any) => !related.has(p.employee.id) && !related.has(p.owner.id));
  if (!improvementPlan) throw new Error('no improvement plan in the seed');
  const notFinalised = res.data.evaluations.find((e: any) => e.status !== 'FINALISED');
  if (!notFinalised) throw new Error('the subject has no evaluation other than FINALISED ones');
  Object.assign(f.ids, {
    evaluation: waiting.id,
    objection: waiting.objection.id,
    evaluationNotFinalised: notFinalised.id,
    plan2025: res.data.employee.currentPlan.id,
    workResult2025: res.data.employee.currentPlan.workResults[0].id,
    period2025: res.data.performancePeriod.id,
    reviewedReport: reviewed.id,
    threadSubject,
    activityLog: log?.id,
    peerRequest: request.data.requestPeerFeedback.request.id,
    improvementPlan: improvementPlan.id,
  });
  return ctx;
}

/** Who may read the subject's evaluations: the employee, the appraiser, the appraiser's superior and admins. */
const evaluationReaders = ['employee', 'appraiser', 'appraiserSuperior', 'admin'] as const;
const readersOk = (hiddenFor: 'hidden' | 'denied') =>
  signedIn(hiddenFor, { partner: hiddenFor, ...Object.fromEntries(evaluationReaders.map((r) => [r, 'ok'])) });

export const evaluationRows: Row[] = [
  {
    name: 'Query.evaluations (predikat of one employee)',
    covers: ['Query.evaluations'],
    query: 'query($id: ID!) { evaluations(employeeId: $id, periodKey: "2025-Q1") { predikat } }',
    variables: (f) => ({ id: f.subject.id }),
    path: 'evaluations.0.predikat',
    expect: employees('hidden', Object.fromEntries(evaluationReaders.map((r) => [r, 'ok']))),
  },
  {
    name: 'node(Evaluation) ratings, notes and predikat',
    query: 'query($id: ID!) { node(id: $id) { ... on Evaluation { predikat ratedPredikat workResultsRating behaviourNote workResultsNote } } }',
    variables: (f) => ({ id: f.ids.evaluation }),
    path: 'node.predikat',
    expect: only('ok', [...evaluationReaders]),
  },
  {
    name: 'Evaluation.objection and improvementPlan',
    query: 'query($id: ID!) { node(id: $id) { ... on Evaluation { objection { reasons status } improvementPlan { actions } } } }',
    variables: (f) => ({ id: f.ids.evaluation }),
    path: 'node.objection.reasons',
    expect: only('ok', [...evaluationReaders]),
  },
  {
    name: 'Employee.latestEvaluation',
    query: 'query($id: ID!) { employee(id: $id) { latestEvaluation { predikat } } }',
    variables: (f) => ({ id: f.subject.id }),
    path: 'employee.latestEvaluation.predikat',
    expect: readersOk('hidden'),
  },
  {
    name: 'node(Objection)',
    query: 'query($id: ID!) { node(id: $id) { ... on Objection { reasons employeeStatement } } }',
    variables: (f) => ({ id: f.ids.objection }),
    path: 'node.reasons',
    expect: only('ok', [...evaluationReaders]),
  },
  {
    name: 'Query.objectionQueue (the decider’s)',
    covers: ['Query.objectionQueue'],
    query: '{ objectionQueue { reasons evaluation { id } } }',
    path: 'objectionQueue',
    value: (data, f) => data?.objectionQueue?.find((o: any) => o.evaluation.id === f.ids.evaluation)?.reasons,
    // Everyone reads their own queue; only the subject's appraiser's superior decides this objection.
    expect: employees('hidden', { appraiserSuperior: 'ok' }),
  },
  {
    name: 'node(ImprovementPlan)',
    query: 'query($id: ID!) { node(id: $id) { ... on ImprovementPlan { actions dueOn } } }',
    variables: (f) => ({ id: f.ids.improvementPlan }),
    path: 'node.actions',
    // The employee, the appraiser who owns it (neither is a role here), and admins of the agency.
    expect: only('ok', ['admin']),
  },
  {
    name: 'Query.improvementPlans',
    query: '{ improvementPlans { actions } }',
    path: 'improvementPlans',
    expect: employees('ok'),
  },
  {
    name: 'Query.rewardEligibleEmployees',
    query: 'query($p: ID!) { rewardEligibleEmployees(periodId: $p) { employee { id } } }',
    variables: (f) => ({ p: f.ids.period2025 }),
    path: 'rewardEligibleEmployees',
    value: (data) => (data?.rewardEligibleEmployees?.length ? data.rewardEligibleEmployees : null),
    expect: only('ok', ['admin']),
    // Their own agency's list: empty.
    foreign: 'hidden',
  },
  { name: 'Query.distributionCurves', query: '{ distributionCurves { organisationPredikat } }', path: 'distributionCurves', expect: employees('ok') },
  {
    name: 'Query.evaluationDistribution',
    query: 'query($u: ID!, $p: ID!) { evaluationDistribution(unitId: $u, periodId: $p, periodKey: "2025-Q1") { total } }',
    variables: (f) => ({ u: f.subject.unitId, p: f.ids.period2025 }),
    path: 'evaluationDistribution.total',
    // Admins and the unit's appraisers (an employee placed in the unit with direct reports: the subject's appraiser).
    expect: only('ok', ['admin', 'appraiser']),
  },
  // Daily logs (laporan kegiatan harian): the employee, the appraiser at the time, admins.
  {
    name: 'node(ActivityLog)',
    query: 'query($id: ID!) { node(id: $id) { ... on ActivityLog { output minutes } } }',
    variables: (f) => ({ id: f.ids.activityLog }),
    path: 'node.output',
    expect: only('ok', ['employee', 'appraiser', 'admin']),
  },
  {
    name: 'Query.teamActivityLogs (the subject’s logs in the team)',
    covers: ['Query.teamActivityLogs'],
    query: '{ teamActivityLogs(from: "2025-06-23", days: 5) { output employee { id } } }',
    path: 'teamActivityLogs',
    value: (data, f) => data?.teamActivityLogs?.find((l: any) => l.employee.id === f.subject.id)?.output,
    // Everyone may ask for their own team (admins too: it is not an agency-wide list); only the appraiser's has the subject's logs.
    expect: employees('hidden', { appraiser: 'ok' }),
  },
  {
    name: 'Query.myActivityLogs',
    query: '{ myActivityLogs(from: "2025-06-23", days: 5) { output } }',
    path: 'myActivityLogs',
    expect: employees('ok'),
  },
  // Monthly reports: the employee, the appraiser, admins.
  {
    name: 'Query.monthlyReports (of one employee)',
    covers: ['Query.monthlyReports'],
    query: 'query($id: ID!) { monthlyReports(employeeId: $id) { achievements obstacles } }',
    variables: (f) => ({ id: f.subject.id }),
    path: 'monthlyReports.0.achievements',
    expect: employees('hidden', { employee: 'ok', appraiser: 'ok', admin: 'ok' }),
  },
  {
    name: 'node(MonthlyReport)',
    query: 'query($id: ID!) { node(id: $id) { ... on MonthlyReport { achievements } } }',
    variables: (f) => ({ id: f.ids.reviewedReport }),
    path: 'node.achievements',
    expect: only('ok', ['employee', 'appraiser', 'admin']),
  },
  // Continuous feedback: the employee and the appraiser of the subject, and admins.
  {
    name: 'Query.feedbackThread',
    query: 'query($s: ID!) { feedbackThread(subjectId: $s) { messages { body } } }',
    variables: (f) => ({ s: f.ids.threadSubject }),
    path: 'feedbackThread.messages',
    expect: employees('hidden', { employee: 'ok', appraiser: 'ok', admin: 'ok' }),
  },
  { name: 'Query.feedbackThreads', query: '{ feedbackThreads { id } }', path: 'feedbackThreads', expect: employees('ok') },
  // Peer feedback (rekan kerja): requests for the employee, the appraiser, admins; each answer with its peer only
  // for the appraiser and admins, never for the employee (anonymity).
  {
    name: 'Query.peerFeedbackRequests',
    query: 'query($id: ID!) { peerFeedbackRequests(employeeId: $id) { periodKey invitedCount } }',
    variables: (f) => ({ id: f.subject.id }),
    path: 'peerFeedbackRequests',
    value: (data) => (data?.peerFeedbackRequests?.length ? data.peerFeedbackRequests : null),
    expect: only('ok', ['employee', 'appraiser', 'admin']),
    // Admins pass the check, but read their own agency's requests only: none.
    foreign: 'hidden',
  },
  {
    name: 'PeerFeedbackRequest.answers (who answered)',
    query: 'query($id: ID!) { node(id: $id) { ... on PeerFeedbackRequest { answers { peer { id } answeredAt } } } }',
    variables: (f) => ({ id: f.ids.peerRequest }),
    path: 'node.answers',
    // The employee reads the request (its aggregate) but not who answered: null, not an error nulling the request.
    expect: only('ok', ['appraiser', 'admin'], { employee: 'hidden' }),
  },
  {
    name: 'PeerFeedbackRequest.aggregate',
    query: 'query($id: ID!) { node(id: $id) { ... on PeerFeedbackRequest { answeredCount } } }',
    variables: (f) => ({ id: f.ids.peerRequest }),
    path: 'node.answeredCount',
    expect: only('ok', ['employee', 'appraiser', 'admin']),
  },
  { name: 'Query.myPeerFeedbackInvitations', query: '{ myPeerFeedbackInvitations { requestId } }', path: 'myPeerFeedbackInvitations', expect: employees('ok') },
  // Mutations on the subject's evaluation: the appraiser rates and finalises (Q1 is final: EVALUATION_STATUS).
  mutation('startEvaluation', (f) => `{ planId: ${str(f.ids.plan2025!)}, periodKey: "2025-Q3" }`, only('refused', ['appraiser']), { real: true }),
  mutation('rateEvaluation', (f) => `{ evaluationId: ${str(f.ids.evaluation!)}, workResultsRating: ABOVE }`, only('refused', ['appraiser']), { real: true }),
  mutation('finaliseEvaluation', (f) => `{ evaluationId: ${str(f.ids.evaluation!)} }`, only('refused', ['appraiser']), { real: true }),
  mutation('acknowledgeEvaluation', (f) => `{ evaluationId: ${str(f.ids.evaluationNotFinalised!)} }`, only('refused', ['employee']), { real: true }),
  // The employee objects (already objected); the appraiser's superior hears (statements missing) and decides (not heard yet).
  mutation('fileObjection', (f) => `{ evaluationId: ${str(f.ids.evaluation!)}, reasons: "Matrix" }`, only('refused', ['employee']), { real: true }),
  mutation(
    'recordObjectionHearing',
    (f) => `{ objectionId: ${str(f.ids.objection!)}, employeeStatement: "", appraiserStatement: "" }`,
    only('refused', ['appraiserSuperior']),
    { real: true },
  ),
  mutation('decideObjection', (f) => `{ objectionId: ${str(f.ids.objection!)}, decision: UPHELD, reason: "Matrix" }`, only('refused', ['appraiserSuperior']), {
    real: true,
  }),
  mutation('setOrganisationPredikat', () => '{ periodId: "bad", predikat: BAIK }', only('refused', ['admin'])),
  mutation('setDistributionCurve', () => '{ organisationPredikat: BAIK, bounds: [{ predikats: [], min: 2 }] }', only('refused', ['admin'])),
  // Daily log on an RHK of the subject's plan, for a future day: only the owner gets past "your approved plan".
  mutation(
    'logActivity',
    (f) => `{ workResultId: ${str(f.ids.workResult2025!)}, loggedOn: "2999-01-01", minutes: 30, description: "Matrix", output: "Matrix" }`,
    only('refused', ['employee']),
    { real: true },
  ),
  mutation('submitMonthlyReport', (f) => `{ planId: ${str(f.ids.plan2025!)}, month: 1, achievements: "Matrix" }`, only('refused', ['employee']), { real: true }),
  mutation('reviewMonthlyReport', (f) => `{ reportId: ${str(f.ids.reviewedReport!)}, response: "Matrix" }`, only('refused', ['appraiser']), { real: true }),
  // Writes a message: the subject's employee and appraiser post on its thread (no input is refused after the check).
  mutation('postFeedback', (f) => `{ subjectId: ${str(f.ids.threadSubject!)}, body: "Matrix: a message" }`, only('ok', ['employee', 'appraiser']), { real: true }),
  mutation(
    'requestPeerFeedback',
    (f) => `{ employeeId: ${str(f.subject.id)}, peerIds: [], periodKey: "2025-Q2" }`,
    only('refused', ['employee', 'appraiser']),
    { real: true },
  ),
  // Only the invited peer gets past "you were asked" (no ratings: refused).
  {
    ...mutation('answerPeerFeedback', (f) => `{ requestId: ${str(f.ids.peerRequest!)}, ratings: [] }`, only('refused', ['peer']), { real: true }),
    foreign: 'denied',
  },
  {
    name: 'Subscription.evaluationStatusChanged (employeeId)',
    covers: ['Subscription.evaluationStatusChanged'],
    query: 'subscription($e: ID!) { evaluationStatusChanged(employeeId: $e) { change } }',
    variables: (f) => ({ e: f.subject.id }),
    path: 'evaluationStatusChanged',
    expect: only('ok', ['employee', 'admin']),
  },
  {
    name: 'Subscription.evaluationStatusChanged (appraiserId)',
    query: 'subscription($a: ID!) { evaluationStatusChanged(appraiserId: $a) { change } }',
    variables: (f) => ({ a: f.people.appraiser!.id }),
    path: 'evaluationStatusChanged',
    expect: only('ok', ['appraiser', 'admin']),
  },
  {
    name: 'Subscription.evaluationStatusChanged (unitId)',
    query: 'subscription($u: ID!) { evaluationStatusChanged(unitId: $u) { change } }',
    variables: (f) => ({ u: f.subject.unitId }),
    path: 'evaluationStatusChanged',
    expect: only('ok', ['admin']),
  },
  {
    name: 'Subscription.activityLogged',
    query: 'subscription($a: ID!) { activityLogged(appraiserId: $a) { output } }',
    variables: (f) => ({ a: f.people.appraiser!.id }),
    path: 'activityLogged',
    expect: only('ok', ['appraiser', 'admin']),
  },
];
