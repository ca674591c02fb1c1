/** Training rows of the authorization matrix: see `src/modules/training/README.md`. */
import { employees, mutation, only, signedIn, str, type MatrixContext, type Row } from '../authorization.js';

/**
 * Fixture ids: an enrolment of the subject that is COMPLETED and rated (no rating, decision or cancellation is possible any more), a
 * COMPLETED session (no nomination or request is possible), and an OPEN or PLANNED session for the event test.
 */
export async function prepareTraining(ctx: MatrixContext): Promise<void> {
  const { t, fixture: f, tokens } = ctx;
  const res: any = await t.request(
    `query($id: ID!) {
       employee(id: $id) { enrolments(first: 50) { nodes { id status rating { content } } } }
       completed: trainingSessions(first: 1, filter: { status: [COMPLETED] }) { nodes { id } }
       open: trainingSessions(first: 50, filter: { status: [OPEN, PLANNED] }) { nodes { id } }
     }`,
    { id: f.subject.id },
    { token: tokens.admin },
  );
  const completed = res.data.employee.enrolments.nodes.find((e: any) => e.status === 'COMPLETED' && e.rating);
  if (!completed) throw new Error('the subject has no completed and rated enrolment');
  Object.assign(f.ids, {
    enrolment: completed.id,
    completedSession: res.data.completed.nodes[0].id,
    openSessions: res.data.open.nodes.map((n: any) => n.id).join(','),
  });
}

/** The employee, the direct supervisor (the subject's appraiser in the matrix), the appraiser, admins. */
const trainingReaders = ['employee', 'appraiser', 'admin'] as const;
const readersOk = signedIn('hidden', Object.fromEntries(trainingReaders.map((r) => [r, 'ok'])));

export const trainingRows: Row[] = [
  { name: 'Query.trainingProgrammes', query: '{ trainingProgrammes(first: 1) { totalCount } }', path: 'trainingProgrammes.totalCount', expect: signedIn('ok') },
  { name: 'Query.trainingSessions', query: '{ trainingSessions(first: 1) { totalCount } }', path: 'trainingSessions.totalCount', expect: signedIn('ok') },
  {
    name: 'TrainingProgramme.outcomes',
    query: '{ trainingProgrammes(first: 1) { nodes { outcomes { available } } } }',
    path: 'trainingProgrammes.nodes.0.outcomes',
    expect: only('ok', ['admin']),
    // Programmes are listed for the viewer's own agency (none in the other one).
    foreign: 'hidden',
  },
  {
    name: 'TrainingProgramme.ratingSummary.comments',
    query: '{ trainingProgrammes(first: 50) { nodes { ratingSummary { comments } } } }',
    path: 'trainingProgrammes',
    value: (data) => (data?.trainingProgrammes?.nodes?.some((n: any) => n.ratingSummary?.comments?.length) ? true : null),
    // Admins only (an empty list for others).
    expect: signedIn('hidden', { admin: 'ok' }),
  },
  {
    name: 'Query.externalTrainingsToVerify',
    query: '{ externalTrainingsToVerify(first: 1) { totalCount } }',
    path: 'externalTrainingsToVerify.totalCount',
    expect: only('ok', ['admin']),
    // Their own agency's queue.
    foreign: 'ok',
  },
  {
    name: 'Query.unitCompetencyReport',
    query: 'query($u: ID!) { unitCompetencyReport(unitId: $u, year: 2025) { unit { id } } }',
    variables: (f) => ({ u: f.subject.unitId }),
    path: 'unitCompetencyReport',
    // Admins, and supervisors (for their direct and indirect reports).
    expect: only('ok', ['appraiser', 'appraiserSuperior', 'admin']),
    // A unit of another agency names no unit of the viewer's agency: BAD_USER_INPUT (unitId).
    foreign: 'denied',
  },
  {
    name: 'Employee.competencyHours',
    query: 'query($id: ID!) { employee(id: $id) { competencyHours(year: 2025) { total } } }',
    variables: (f) => ({ id: f.subject.id }),
    path: 'employee.competencyHours',
    expect: readersOk,
  },
  {
    name: 'Employee.trainingRecommendations',
    query: 'query($id: ID!) { employee(id: $id) { trainingRecommendations(year: 2025) { programme { id } } } }',
    variables: (f) => ({ id: f.subject.id }),
    path: 'employee.trainingRecommendations',
    expect: readersOk,
  },
  {
    name: 'Employee.enrolments',
    query: 'query($id: ID!) { employee(id: $id) { enrolments(first: 5) { nodes { status result } } } }',
    variables: (f) => ({ id: f.subject.id }),
    path: 'employee.enrolments',
    expect: readersOk,
  },
  {
    name: 'Employee.externalTrainings',
    query: 'query($id: ID!) { employee(id: $id) { externalTrainings(first: 5) { nodes { title } } } }',
    variables: (f) => ({ id: f.subject.id }),
    path: 'employee.externalTrainings',
    expect: readersOk,
  },
  {
    name: 'node(Enrolment)',
    query: 'query($id: ID!) { node(id: $id) { ... on Enrolment { status attendancePercent certificateNumber } } }',
    variables: (f) => ({ id: f.ids.enrolment }),
    path: 'node.status',
    expect: only('ok', [...trainingReaders]),
  },
  {
    name: 'Enrolment.rating (the participant’s own)',
    query: 'query($id: ID!) { node(id: $id) { ... on Enrolment { status rating { content } } } }',
    variables: (f) => ({ id: f.ids.enrolment }),
    path: 'node.status',
    value: (data) => (data?.node ? (data.node.rating === null ? 'hidden' : 'ok') : null),
    expect: only('ok', ['employee', 'admin', 'appraiser']),
  },
  // Admin: unknown ids and empty titles are refused.
  mutation(
    'createTrainingProgramme',
    () => '{ title: "", provider: "", area: TECHNICAL, kind: DIKLAT, jpHours: 0 }',
    only('refused', ['admin']),
  ),
  mutation('updateTrainingProgramme', () => '{ id: "bad" }', only('refused', ['admin'])),
  mutation('createTrainingSession', () => '{ programmeId: "bad", startsOn: "2025-01-02", endsOn: "2025-01-01", capacity: 0 }', only('refused', ['admin'])),
  mutation('updateTrainingSession', () => '{ id: "bad" }', only('refused', ['admin'])),
  mutation('cancelTrainingSession', () => '{ id: "bad", reason: "Matrix" }', only('refused', ['admin'])),
  mutation('recordTrainingCompletion', (f) => `{ enrolmentId: ${str(f.ids.enrolment!)}, attendancePercent: 200, passed: true }`, only('refused', ['admin'])),
  mutation('verifyExternalTraining', () => '{ id: "bad" }', only('refused', ['admin'])),
  mutation('rejectExternalTraining', () => '{ id: "bad", reason: "Matrix" }', only('refused', ['admin'])),
  // Employees for themselves: the session is over, the submission incomplete.
  mutation('requestEnrolment', (f) => `{ sessionId: ${str(f.ids.completedSession!)} }`, employees('refused')),
  mutation(
    'submitExternalTraining',
    () => '{ title: "", provider: "", area: TECHNICAL, kind: SEMINAR, jpHours: 0, startsOn: "2025-01-02", endsOn: "2025-01-01", evidenceUrl: "" }',
    employees('refused'),
  ),
  // The direct supervisor (the subject's appraiser) or an admin, for the subject: the session is over.
  mutation(
    'nominateForSession',
    (f) => `{ employeeId: ${str(f.subject.id)}, sessionId: ${str(f.ids.completedSession!)} }`,
    employees('denied', { appraiser: 'refused', admin: 'refused' }),
  ),
  mutation(
    'decideEnrolment',
    (f) => `{ enrolmentId: ${str(f.ids.enrolment!)}, decision: APPROVE }`,
    employees('denied', { appraiser: 'refused', admin: 'refused' }),
  ),
  // The employee, the supervisor or an admin cancel (others: NOT_FOUND); the enrolment is completed.
  mutation('cancelEnrolment', (f) => `{ enrolmentId: ${str(f.ids.enrolment!)} }`, only('refused', ['employee', 'appraiser', 'admin']), { real: true }),
  // Only the participant rates (the enrolment was rated: ALREADY_RATED). Scores are checked before the enrolment.
  mutation(
    'rateSession',
    (f) => `{ enrolmentId: ${str(f.ids.enrolment!)}, content: 5, trainer: 5, usefulness: 5 }`,
    only('refused', ['employee']),
    { real: true },
  ),
  {
    name: 'Subscription.enrolmentStatusChanged',
    query: 'subscription($e: ID!) { enrolmentStatusChanged(employeeId: $e) { status } }',
    variables: (f) => ({ e: f.subject.id }),
    path: 'enrolmentStatusChanged',
    expect: only('ok', [...trainingReaders]),
  },
];
