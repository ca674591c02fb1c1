/** Planning (SKP) rows of the authorization matrix: see `src/modules/planning/README.md`, "Reading (planAccess)". */
import { all, employees, mutation, only, signedIn, str, type MatrixContext, type Row } from '../authorization.js';

/**
 * Plan ids of the subject: the plan in force for 2025 (read rows) and the approved 2024 plan with an RHK and an
 * indicator (write rows: 2024 is closed, so a viewer who passes the who-check is refused with PERIOD_NOT_OPEN and
 * nothing is written).
 */
export async function preparePlanning(ctx: MatrixContext): Promise<void> {
  const res: any = await ctx.t.request(
    `query($id: ID!) { employee(id: $id) {
        currentPlan(year: 2025) { id status workResults { id } }
        plans(year: 2024) { id status workResults { id indicators { id } } }
      } performancePeriod(year: 2025) { id } }`,
    { id: ctx.fixture.subject.id },
    { token: ctx.tokens.admin },
  );
  const employee = res.data.employee;
  const old = employee.plans.find((p: any) => p.status === 'APPROVED' && p.workResults.some((w: any) => w.indicators.length));
  const rhk = old.workResults.find((w: any) => w.indicators.length);
  Object.assign(ctx.fixture.ids, {
    plan2025: employee.currentPlan.id,
    plan2024: old.id,
    workResult2024: rhk.id,
    indicator2024: rhk.indicators[0].id,
    period2025: res.data.performancePeriod.id,
  });
}

/** Who may read the subject's plans: the employee, the appraiser, the appraiser's superior (also above in the chain) and admins. */
const planReaders = ['employee', 'appraiser', 'appraiserSuperior', 'admin'] as const;
/** On a plan of the subject: the employee passes the who-check, everybody else is refused as "not yours" (peers: NOT_FOUND). */
const ownerCommand = only('refused', ['employee']);
const appraiserCommand = only('refused', ['appraiser']);

export const planningRows: Row[] = [
  { name: 'Query.coreValues', query: '{ coreValues { code } }', path: 'coreValues', expect: all('ok') },
  { name: 'Query.performancePeriods', query: '{ performancePeriods { id } }', path: 'performancePeriods', expect: employees('ok') },
  // Of the viewer's own agency (another agency has not opened 2025).
  { name: 'Query.performancePeriod', query: '{ performancePeriod(year: 2025) { id } }', path: 'performancePeriod.id', expect: employees('ok'), foreign: 'hidden' },
  {
    name: 'Query.planAlignment',
    query: '{ planAlignment(year: 2025, maxDepth: 1) { count } }',
    path: 'planAlignment.count',
    expect: employees('ok'),
    foreign: 'hidden',
  },
  {
    name: 'Employee.currentPlan',
    query: 'query($id: ID!) { employee(id: $id) { currentPlan(year: 2025) { id status } } }',
    variables: (f) => ({ id: f.subject.id }),
    path: 'employee.currentPlan.id',
    expect: signedIn('hidden', Object.fromEntries(planReaders.map((r) => [r, 'ok']))),
  },
  {
    name: 'Employee.plans',
    query: 'query($id: ID!) { employee(id: $id) { plans(year: 2024) { id } } }',
    variables: (f) => ({ id: f.subject.id }),
    path: 'employee.plans',
    expect: signedIn('hidden', Object.fromEntries(planReaders.map((r) => [r, 'ok']))),
  },
  {
    name: 'Employee.plansToReview (the appraiser’s queue)',
    query: 'query($id: ID!) { employee(id: $id) { plansToReview(first: 1) { totalCount } } }',
    variables: (f) => ({ id: f.people.appraiser!.id }),
    path: 'employee.plansToReview.totalCount',
    // Null for others (not an error), so that a list of employees survives it.
    expect: employees('hidden', { appraiser: 'ok', admin: 'ok', partner: 'hidden' }),
  },
  {
    name: 'node(PerformancePlan) contents',
    query: 'query($id: ID!) { node(id: $id) { ... on PerformancePlan { status workResults { statement indicators { target } } } } }',
    variables: (f) => ({ id: f.ids.plan2025 }),
    path: 'node.workResults',
    expect: only('ok', [...planReaders]),
  },
  {
    name: 'PerformancePlan.behaviourExpectations and history',
    query: 'query($id: ID!) { node(id: $id) { ... on PerformancePlan { behaviourExpectations { expectation } history { action } } } }',
    variables: (f) => ({ id: f.ids.plan2025 }),
    path: 'node.history',
    expect: only('ok', [...planReaders]),
  },
  {
    name: 'node(WorkResult)',
    query: 'query($id: ID!) { node(id: $id) { ... on WorkResult { statement } } }',
    variables: (f) => ({ id: f.ids.workResult2024 }),
    path: 'node.statement',
    expect: only('ok', [...planReaders]),
  },
  {
    name: 'node(PerformanceIndicator)',
    query: 'query($id: ID!) { node(id: $id) { ... on PerformanceIndicator { statement } } }',
    variables: (f) => ({ id: f.ids.indicator2024 }),
    path: 'node.statement',
    expect: only('ok', [...planReaders]),
  },
  // Admin: years before 2000 are refused.
  mutation('openPerformancePeriod', () => '{ year: 1999 }', only('refused', ['admin'])),
  mutation('closePerformancePeriod', () => '{ year: 1999 }', only('refused', ['admin'])),
  // Any employee for themself: 2024 is closed.
  mutation('createPlan', () => '{ year: 2024 }', employees('refused')),
  mutation('startPlanFromPrevious', () => '{ year: 2024 }', employees('refused')),
  mutation('startPlanAfterTransfer', () => '{ year: 2024 }', employees('refused')),
  mutation('proposeWorkResultsToReports', () => '{ workResultIds: [] }', employees('refused')),
  // The owner's commands on the subject's plan.
  mutation('addWorkResult', (f) => `{ planId: ${str(f.ids.plan2024!)}, statement: "Matrix RHK" }`, ownerCommand, { real: true }),
  mutation('updateWorkResult', (f) => `{ id: ${str(f.ids.workResult2024!)}, statement: "Matrix RHK" }`, ownerCommand, { real: true }),
  mutation('removeWorkResult', (f) => `{ id: ${str(f.ids.workResult2024!)} }`, ownerCommand, { real: true }),
  mutation(
    'addIndicator',
    (f) => `{ workResultId: ${str(f.ids.workResult2024!)}, aspect: QUANTITY, statement: "Matrix", target: { kind: NUMBER, value: 1, unit: "dokumen" } }`,
    ownerCommand,
    { real: true },
  ),
  mutation('updateIndicator', (f) => `{ id: ${str(f.ids.indicator2024!)}, statement: "Matrix" }`, ownerCommand, { real: true }),
  mutation('removeIndicator', (f) => `{ id: ${str(f.ids.indicator2024!)} }`, ownerCommand, { real: true }),
  mutation('submitPlan', (f) => `{ planId: ${str(f.ids.plan2024!)} }`, ownerCommand, { real: true }),
  mutation('revisePlan', (f) => `{ planId: ${str(f.ids.plan2024!)}, reason: "Matrix" }`, ownerCommand, { real: true }),
  // The appraiser's commands on the subject's plan.
  mutation('approvePlan', (f) => `{ planId: ${str(f.ids.plan2024!)} }`, appraiserCommand, { real: true }),
  mutation('returnPlan', (f) => `{ planId: ${str(f.ids.plan2024!)}, reason: "Matrix" }`, appraiserCommand, { real: true }),
  mutation(
    'setBehaviourExpectation',
    (f) => `{ planId: ${str(f.ids.plan2024!)}, coreValue: SERVICE, expectation: "Matrix" }`,
    appraiserCommand,
    { real: true },
  ),
  // Subscribe-time: any one filter the viewer may follow; per event, only plans the viewer may read (see the test).
  {
    name: 'Subscription.planStatusChanged (employeeId)',
    covers: ['Subscription.planStatusChanged'],
    query: 'subscription($e: ID!) { planStatusChanged(employeeId: $e) { status } }',
    variables: (f) => ({ e: f.subject.id }),
    path: 'planStatusChanged',
    expect: only('ok', [...planReaders]),
  },
  {
    name: 'Subscription.planStatusChanged (appraiserId)',
    query: 'subscription($a: ID!) { planStatusChanged(appraiserId: $a) { status } }',
    variables: (f) => ({ a: f.people.appraiser!.id }),
    path: 'planStatusChanged',
    // The appraiser, whoever is above them in the chain, and admins.
    expect: only('ok', ['appraiser', 'appraiserSuperior', 'admin']),
    // Events are of the viewer's agency only, so another agency's appraiser is refused rather than never firing.
    foreign: 'denied',
  },
  {
    name: 'Subscription.planStatusChanged (unitId)',
    query: 'subscription($u: ID!) { planStatusChanged(unitId: $u) { status } }',
    variables: (f) => ({ u: f.subject.unitId }),
    path: 'planStatusChanged',
    // Any employee of the unit's agency: events are filtered per plan (checked by the event test).
    expect: employees('ok'),
    foreign: 'denied',
  },
];
