/**
 * Performance plans (SKP) through the API: opening a year, drafting with cascaded RHK and indicators, the checks,
 * submission, return, approval, revision, concurrent approvals, proposals to reports, starting from last year and
 * after a transfer. Each scenario works with its own team of the seeded agency.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/db/index.js';
import { graphql } from './gql/index.js';
import { startTestServer, type TestServer } from './support/server.js';

// ---------------------------------------------------------------------------------------------------------------
// Operations

const Teams = graphql(`
  query PlanTeams {
    employees(first: 100, filter: { positionKind: PENGAWAS }) {
      nodes {
        id nip name unit { id }
        appraiser { id nip }
        directReports(first: 60) { nodes { id nip name unit { id } position { kind } appraiser { id } } }
        plansToReview(first: 5, year: 2025) { nodes { id } }
      }
    }
  }
`);

const OpenPeriod = graphql(`
  mutation PlanOpenPeriod($input: OpenPerformancePeriodInput!) {
    openPerformancePeriod(input: $input) { period { id year cadence status openedBy { id } } userErrors { field code message } }
  }
`);

const ClosePeriod = graphql(`
  mutation PlanClosePeriod($input: ClosePerformancePeriodInput!) {
    closePerformancePeriod(input: $input) { period { id status closedAt } userErrors { field code message } }
  }
`);

const PlanFields = graphql(`
  fragment PlanFields on PerformancePlan {
    id year version status isCurrent lockVersion startsOn endsOn revisionReason returnedReason
    employee { id } appraiser { id } appraiserSuperior { id } approvedBy { id } position { id } unit { id }
    previousVersion { id status }
    workResults { id kind statement strategicGoal parent { id } proposedBy { id } indicators { id aspect statement targetKind target } }
  }
`);

const CreatePlan = graphql(`
  mutation PlanCreate($input: CreatePlanInput!) {
    createPlan(input: $input) { plan { ...PlanFields history { action fromStatus toStatus actor { id } reason } } userErrors { field code message } }
  }
`);

const AddWorkResult = graphql(`
  mutation PlanAddWorkResult($input: AddWorkResultInput!) {
    addWorkResult(input: $input) { workResult { id kind statement parent { id } indicators { target } } plan { id lockVersion } userErrors { field code message } }
  }
`);

const UpdateWorkResult = graphql(`
  mutation PlanUpdateWorkResult($input: UpdateWorkResultInput!) {
    updateWorkResult(input: $input) { workResult { id statement parent { id } } plan { id lockVersion } userErrors { field code message } }
  }
`);

const RemoveWorkResult = graphql(`
  mutation PlanRemoveWorkResult($input: RemoveWorkResultInput!) {
    removeWorkResult(input: $input) { removedId plan { id } userErrors { field code message } }
  }
`);

const AddIndicator = graphql(`
  mutation PlanAddIndicator($input: AddIndicatorInput!) {
    addIndicator(input: $input) { indicator { id aspect target } plan { id lockVersion } userErrors { field code message } }
  }
`);

const UpdateIndicator = graphql(`
  mutation PlanUpdateIndicator($input: UpdateIndicatorInput!) {
    updateIndicator(input: $input) { indicator { id target } userErrors { field code message } }
  }
`);

const RemoveIndicator = graphql(`
  mutation PlanRemoveIndicator($input: RemoveIndicatorInput!) {
    removeIndicator(input: $input) { removedId userErrors { field code message } }
  }
`);

const SetExpectation = graphql(`
  mutation PlanSetExpectation($input: SetBehaviourExpectationInput!) {
    setBehaviourExpectation(input: $input) {
      plan { id behaviourExpectations { coreValue { code } expectation setBy { id } } }
      userErrors { field code message }
    }
  }
`);

const Submit = graphql(`
  mutation PlanSubmit($input: SubmitPlanInput!) {
    submitPlan(input: $input) { plan { id status submittedAt lockVersion } userErrors { field code message } }
  }
`);

const Approve = graphql(`
  mutation PlanApprove($input: ApprovePlanInput!) {
    approvePlan(input: $input) { plan { id status approvedAt approvedBy { id } } userErrors { field code message } }
  }
`);

const Return = graphql(`
  mutation PlanReturn($input: ReturnPlanInput!) {
    returnPlan(input: $input) { plan { id status returnedReason } userErrors { field code message } }
  }
`);

const Revise = graphql(`
  mutation PlanRevise($input: RevisePlanInput!) {
    revisePlan(input: $input) {
      plan { ...PlanFields behaviourExpectations { coreValue { code } expectation } }
      previousVersion { id status isCurrent }
      userErrors { field code message }
    }
  }
`);

const Propose = graphql(`
  mutation PlanPropose($input: ProposeWorkResultsToReportsInput!) {
    proposeWorkResultsToReports(input: $input) {
      plans { id status employee { id } appraiser { id } workResults { statement parent { id } proposedBy { id } indicators { target } } history { action reason } }
      proposedCount
      skipped { employee { id } reason }
      userErrors { field code message }
    }
  }
`);

const FromPrevious = graphql(`
  mutation PlanFromPrevious($input: StartPlanFromPreviousInput!) {
    startPlanFromPrevious(input: $input) { plan { ...PlanFields } userErrors { field code message } }
  }
`);

const AfterTransfer = graphql(`
  mutation PlanAfterTransfer($input: StartPlanAfterTransferInput!) {
    startPlanAfterTransfer(input: $input) {
      plan { ...PlanFields placementChanged }
      previousPlan { id status isCurrent endsOn placementChanged history { action fromStatus toStatus reason } }
      userErrors { field code message }
    }
  }
`);

const Transfer = graphql(`
  mutation PlanTransferEmployee($input: TransferEmployeeInput!) {
    transferEmployee(input: $input) { employee { id } userErrors { code message } }
  }
`);

const CurrentPlan = graphql(`
  query PlanCurrent($id: ID!, $year: Int!) {
    employee(id: $id) { currentPlan(year: $year) { ...PlanFields placementChanged history { action fromStatus toStatus actor { id } reason } } }
  }
`);

const PlanNode = graphql(`
  query PlanNodeRead($id: ID!) {
    node(id: $id) {
      ... on PerformancePlan {
        id status viewerAccess
        versions { id version status }
        workResults { id statement children { id plan { id employee { id } } } }
        behaviourExpectations { coreValue { code } expectation }
        history { action }
      }
    }
  }
`);

const PlansOf = graphql(`
  query PlansOf($id: ID!, $year: Int, $all: Boolean) {
    employee(id: $id) { plans(year: $year, includeSuperseded: $all) { id version status } }
  }
`);

const NodeOf = graphql(`
  query PlanAnyNode($id: ID!) {
    node(id: $id) { id ... on WorkResult { statement } ... on PerformanceIndicator { target } }
  }
`);

const Queue = graphql(`
  query PlanQueue($id: ID!, $status: [PlanStatus!]) {
    employee(id: $id) { plansToReview(first: 50, status: $status, year: 2025) { totalCount nodes { id status employee { id } } } }
  }
`);

const MyQueue = graphql(`
  query PlanMyQueue {
    me { plansToReview(first: 50) { totalCount nodes { id status appraiser { id } } } }
  }
`);

// ---------------------------------------------------------------------------------------------------------------
// Fixtures

interface Person {
  id: string;
  nip: string;
}
interface Team {
  appraiser: Person;
  unitId: string;
  superior: Person;
  staff: Person[];
  queue: string[];
}

let t: TestServer;
let admin: string;
let teams: Team[];
const tokens = new Map<string, string>();
const as = async (person: Person | string) => {
  const nip = typeof person === 'string' ? person : person.nip;
  if (!tokens.has(nip)) tokens.set(nip, await t.token(nip));
  return tokens.get(nip)!;
};

const NUMBER = { kind: 'NUMBER', value: 12, unit: 'laporan' } as const;
const indicator = (aspect: 'QUANTITY' | 'QUALITY' | 'TIME' | 'COST' = 'QUANTITY') => ({ aspect, statement: 'Jumlah laporan yang disusun', target: NUMBER });

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.token(t.seed.adminNip, ['employee', 'admin']);
  const res = await t.request(Teams, {}, { token: admin });
  expect(res.errors).toBeUndefined();
  teams = [];
  for (const p of res.data!.employees.nodes) {
    if (!p.nip || !p.appraiser?.nip) continue;
    const staff = p.directReports.nodes
      .filter((r) => r.nip && r.appraiser?.id === p.id && (r.position.kind === 'PELAKSANA' || r.position.kind === 'FUNGSIONAL'))
      .map((r) => ({ id: r.id, nip: r.nip! }));
    if (staff.length >= 3) teams.push({ appraiser: { id: p.id, nip: p.nip }, unitId: p.unit.id, superior: { id: p.appraiser.id, nip: p.appraiser.nip }, staff, queue: p.plansToReview!.nodes.map((n) => n.id) });
  }
  expect(teams.length).toBeGreaterThanOrEqual(6);
  const opened = await t.request(OpenPeriod, { input: { year: 2026, cadence: 'MONTHLY' } }, { token: admin });
  expect(opened.data!.openPerformancePeriod.userErrors).toEqual([]);
});
afterAll(() => t?.stop());

const codes = (errors: { code: string }[]) => errors.map((e) => e.code);

// ---------------------------------------------------------------------------------------------------------------

describe('performance years', () => {
  it('are opened by admins only, once per year, and a closed year takes no plans', async () => {
    const staff = teams[0]!.staff[0]!;
    const denied = await t.request(OpenPeriod, { input: { year: 2027 } }, { token: await as(staff) });
    expect(denied.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const again = await t.request(OpenPeriod, { input: { year: 2026 } }, { token: admin });
    expect(again.data!.openPerformancePeriod.userErrors).toEqual([expect.objectContaining({ field: ['input', 'year'], code: 'DUPLICATE' })]);
    const bad = await t.request(OpenPeriod, { input: { year: -5 } }, { token: admin });
    expect(codes(bad.data!.openPerformancePeriod.userErrors)).toEqual(['INVALID']);

    const opened = await t.request(OpenPeriod, { input: { year: 2027 } }, { token: admin });
    expect(opened.data!.openPerformancePeriod.period).toMatchObject({ year: 2027, cadence: 'QUARTERLY', status: 'OPEN' });
    const closed = await t.request(ClosePeriod, { input: { year: 2027 } }, { token: admin });
    expect(closed.data!.closePerformancePeriod.period).toMatchObject({ status: 'CLOSED', closedAt: expect.any(String) });
    const late = await t.request(CreatePlan, { input: { year: 2027 } }, { token: await as(staff) });
    expect(late.data!.createPlan.userErrors).toEqual([expect.objectContaining({ code: 'PERIOD_NOT_OPEN' })]);
    const never = await t.request(CreatePlan, { input: { year: 2031 } }, { token: await as(staff) });
    expect(never.data!.createPlan.userErrors[0]!.message).toMatch(/has not been opened/);
  });
});

describe('drafting, submitting, returning, approving and revising a plan', () => {
  let team: Team;
  let staff: Person;
  let peer: Person;
  let planId: string;
  let ownRhk: string;
  let appraiserRhk: string;

  beforeAll(() => {
    team = teams[0]!;
    [staff, peer] = team.staff as [Person, Person];
  });

  it('creates a DRAFT with the appraiser from the supervisor chain, once', async () => {
    const res = await t.request(CreatePlan, { input: { year: 2026 } }, { token: await as(staff) });
    expect(res.data!.createPlan.userErrors).toEqual([]);
    const plan = res.data!.createPlan.plan!;
    expect(plan).toMatchObject({
      year: 2026, version: 1, status: 'DRAFT', isCurrent: true, startsOn: '2026-01-01', endsOn: '2026-12-31',
      employee: { id: staff.id }, appraiser: { id: team.appraiser.id }, appraiserSuperior: { id: team.superior.id }, workResults: [],
    });
    expect(plan.history).toEqual([{ action: 'CREATE', fromStatus: null, toStatus: 'DRAFT', actor: { id: staff.id }, reason: null }]);
    planId = plan.id;
    const twice = await t.request(CreatePlan, { input: { year: 2026 } }, { token: await as(staff) });
    expect(twice.data!.createPlan.userErrors).toEqual([expect.objectContaining({ code: 'DUPLICATE' })]);
  });

  it('refuses to submit without a main RHK with an indicator, a cascade, and the appraiser’s plan', async () => {
    const added = await t.request(AddWorkResult, { input: { planId, statement: 'Tersusunnya laporan keuangan bulanan' } }, { token: await as(staff) });
    expect(added.data!.addWorkResult.userErrors).toEqual([]);
    ownRhk = added.data!.addWorkResult.workResult!.id;
    const res = await t.request(Submit, { input: { planId } }, { token: await as(staff) });
    expect(res.data!.submitPlan.plan).toBeNull();
    expect(codes(res.data!.submitPlan.userErrors).sort()).toEqual(['APPRAISER_PLAN_MISSING', 'INCOMPLETE_PLAN', 'INCOMPLETE_PLAN', 'INVALID_CASCADE']);
    expect(res.data!.submitPlan.userErrors.find((e) => e.code === 'APPRAISER_PLAN_MISSING')!.message).toMatch(/appraiser has no SKP/);
  });

  it('cascades only from an RHK of the appraiser’s current plan of the same year', async () => {
    const own = await t.request(CreatePlan, { input: { year: 2026 } }, { token: await as(team.appraiser) });
    const appraiserPlan = own.data!.createPlan.plan!.id;
    const rhk = await t.request(
      AddWorkResult,
      { input: { planId: appraiserPlan, statement: 'Tersusunnya dokumen perencanaan dan laporan subbagian', indicators: [indicator()] } },
      { token: await as(team.appraiser) },
    );
    appraiserRhk = rhk.data!.addWorkResult.workResult!.id;

    // The appraiser's RHK of 2025 (another year), and a JPT-only citation, are refused.
    const last = await t.request(CurrentPlan, { id: team.appraiser.id, year: 2025 }, { token: await as(staff) });
    const oldRhk = last.data!.employee!.currentPlan!.workResults[0]!.id;
    const wrongYear = await t.request(UpdateWorkResult, { input: { id: ownRhk, parentWorkResultId: oldRhk } }, { token: await as(staff) });
    expect(wrongYear.data!.updateWorkResult.userErrors).toEqual([expect.objectContaining({ field: ['input', 'parentWorkResultId'], code: 'INVALID_CASCADE' })]);
    const ownAsParent = await t.request(UpdateWorkResult, { input: { id: ownRhk, parentWorkResultId: ownRhk } }, { token: await as(staff) });
    expect(codes(ownAsParent.data!.updateWorkResult.userErrors)).toEqual(['INVALID_CASCADE']);
    const citation = await t.request(UpdateWorkResult, { input: { id: ownRhk, strategicGoal: 'Renstra' } }, { token: await as(staff) });
    expect(codes(citation.data!.updateWorkResult.userErrors)).toEqual(['INVALID_CASCADE']);

    const linked = await t.request(UpdateWorkResult, { input: { id: ownRhk, parentWorkResultId: appraiserRhk } }, { token: await as(staff) });
    expect(linked.data!.updateWorkResult.workResult).toMatchObject({ id: ownRhk, parent: { id: appraiserRhk } });
  });

  it('validates targets field by field, then submits', async () => {
    const badRange = await t.request(
      AddIndicator,
      { input: { workResultId: ownRhk, aspect: 'QUALITY', statement: 'Persentase laporan tanpa revisi', target: { kind: 'RANGE', min: 100, max: 90, unit: '%' } } },
      { token: await as(staff) },
    );
    expect(badRange.data!.addIndicator.userErrors).toEqual([expect.objectContaining({ field: ['input', 'target', 'max'], code: 'INVALID' })]);
    const noUnit = await t.request(
      AddIndicator,
      { input: { workResultId: ownRhk, aspect: 'QUANTITY', statement: 'Jumlah laporan', target: { kind: 'NUMBER', value: 12 } } },
      { token: await as(staff) },
    );
    expect(noUnit.data!.addIndicator.userErrors).toEqual([expect.objectContaining({ field: ['input', 'target', 'unit'] })]);
    const control = await t.request(
      AddIndicator,
      { input: { workResultId: ownRhk, aspect: 'QUANTITY', statement: 'Jumlah laporan', target: { kind: 'NUMBER', value: 12, unit: 'lap\u0000oran' } } },
      { token: await as(staff) },
    );
    expect(control.data!.addIndicator.userErrors).toEqual([expect.objectContaining({ field: ['input', 'target', 'unit'], code: 'INVALID' })]);
    const notOwner = await t.request(AddIndicator, { input: { workResultId: ownRhk, ...indicator() } }, { token: await as(team.appraiser) });
    expect(codes(notOwner.data!.addIndicator.userErrors)).toEqual(['NOT_PLAN_OWNER']);
    const stranger = await t.request(AddIndicator, { input: { workResultId: ownRhk, ...indicator() } }, { token: await as(peer) });
    expect(codes(stranger.data!.addIndicator.userErrors)).toEqual(['NOT_FOUND']);

    const good = await t.request(
      AddIndicator,
      { input: { workResultId: ownRhk, aspect: 'QUALITY', statement: 'Persentase laporan tanpa revisi', target: { kind: 'RANGE', min: 90, max: 100, unit: '%' } } },
      { token: await as(staff) },
    );
    expect(good.data!.addIndicator.indicator).toMatchObject({ aspect: 'QUALITY', target: '90-100%' });
    const res = await t.request(Submit, { input: { planId } }, { token: await as(staff) });
    expect(res.data!.submitPlan.userErrors).toEqual([]);
    expect(res.data!.submitPlan.plan).toMatchObject({ status: 'SUBMITTED', submittedAt: expect.any(String) });
    const edit = await t.request(UpdateWorkResult, { input: { id: ownRhk, statement: 'Diubah' } }, { token: await as(staff) });
    expect(edit.data!.updateWorkResult.userErrors).toEqual([expect.objectContaining({ code: 'PLAN_STATUS', message: expect.stringMatching(/returns it/) })]);
  });

  it('is approved or returned by the plan’s appraiser only', async () => {
    const attempts = [
      [peer, 'NOT_FOUND'],
      [staff, 'NOT_APPRAISER'],
      [team.superior, 'NOT_APPRAISER'],
      [t.seed.adminNip, 'NOT_APPRAISER'],
    ] as const;
    for (const [who, code] of attempts) {
      const res = await t.request(Approve, { input: { planId } }, { token: typeof who === 'string' ? admin : await as(who) });
      expect(res.data!.approvePlan.userErrors, String(code)).toEqual([expect.objectContaining({ code })]);
    }
    const noReason = await t.request(Return, { input: { planId, reason: '  ' } }, { token: await as(team.appraiser) });
    expect(noReason.data!.returnPlan.userErrors).toEqual([expect.objectContaining({ field: ['input', 'reason'], code: 'INVALID' })]);
    const expectation = await t.request(
      SetExpectation,
      { input: { planId, coreValue: 'SERVICE', expectation: 'Menuntaskan setiap laporan sebelum tanggal 5' } },
      { token: await as(team.appraiser) },
    );
    expect(expectation.data!.setBehaviourExpectation.plan!.behaviourExpectations![0]).toEqual({
      coreValue: { code: 'SERVICE' },
      expectation: 'Menuntaskan setiap laporan sebelum tanggal 5',
      setBy: { id: team.appraiser.id },
    });
    expect(expectation.data!.setBehaviourExpectation.plan!.behaviourExpectations).toHaveLength(7);
    const byOwner = await t.request(SetExpectation, { input: { planId, coreValue: 'LOYAL', expectation: 'x' } }, { token: await as(staff) });
    expect(codes(byOwner.data!.setBehaviourExpectation.userErrors)).toEqual(['NOT_APPRAISER']);

    const returned = await t.request(Return, { input: { planId, reason: 'Tambahkan indikator waktu.' } }, { token: await as(team.appraiser) });
    expect(returned.data!.returnPlan.plan).toMatchObject({ status: 'RETURNED', returnedReason: 'Tambahkan indikator waktu.' });
  });

  it('takes changes again once returned, checks the lock version, and is approved', async () => {
    const added = await t.request(AddIndicator, { input: { workResultId: ownRhk, ...indicator('TIME') } }, { token: await as(staff) });
    const lockVersion = added.data!.addIndicator.plan!.lockVersion;
    const stale = await t.request(Submit, { input: { planId, expectedLockVersion: lockVersion - 1 } }, { token: await as(staff) });
    expect(stale.data!.submitPlan.userErrors).toEqual([expect.objectContaining({ field: ['input', 'expectedLockVersion'], code: 'CONFLICT' })]);
    const submitted = await t.request(Submit, { input: { planId, expectedLockVersion: lockVersion } }, { token: await as(staff) });
    expect(submitted.data!.submitPlan.plan!.status).toBe('SUBMITTED');

    const approved = await t.request(Approve, { input: { planId } }, { token: await as(team.appraiser) });
    expect(approved.data!.approvePlan.userErrors).toEqual([]);
    expect(approved.data!.approvePlan.plan).toMatchObject({ status: 'APPROVED', approvedBy: { id: team.appraiser.id } });
    const again = await t.request(Approve, { input: { planId } }, { token: await as(team.appraiser) });
    expect(again.data!.approvePlan.userErrors).toEqual([expect.objectContaining({ code: 'PLAN_STATUS' })]);

    const read = await t.request(CurrentPlan, { id: staff.id, year: 2026 }, { token: await as(staff) });
    expect(read.data!.employee!.currentPlan!.history!.map((h) => [h.action, h.fromStatus, h.toStatus, h.actor?.id])).toEqual([
      ['CREATE', null, 'DRAFT', staff.id],
      ['SUBMIT', 'DRAFT', 'SUBMITTED', staff.id],
      ['RETURN', 'SUBMITTED', 'RETURNED', team.appraiser.id],
      ['SUBMIT', 'RETURNED', 'SUBMITTED', staff.id],
      ['APPROVE', 'SUBMITTED', 'APPROVED', team.appraiser.id],
    ]);
    expect(read.data!.employee!.currentPlan!.history![2]!.reason).toBe('Tambahkan indikator waktu.');
  });

  it('changes an approved plan only through a revision, keeping the old version readable', async () => {
    const edit = await t.request(AddWorkResult, { input: { planId, statement: 'Baru', parentWorkResultId: appraiserRhk } }, { token: await as(staff) });
    expect(edit.data!.addWorkResult.userErrors).toEqual([expect.objectContaining({ code: 'PLAN_STATUS', message: expect.stringMatching(/revisePlan/) })]);
    const late = await t.request(SetExpectation, { input: { planId, coreValue: 'LOYAL', expectation: 'x' } }, { token: await as(team.appraiser) });
    expect(codes(late.data!.setBehaviourExpectation.userErrors)).toEqual(['PLAN_STATUS']);
    const byAppraiser = await t.request(Revise, { input: { planId, reason: 'x' } }, { token: await as(team.appraiser) });
    expect(codes(byAppraiser.data!.revisePlan.userErrors)).toEqual(['NOT_PLAN_OWNER']);

    const res = await t.request(Revise, { input: { planId, reason: 'Penambahan tugas dari pimpinan' } }, { token: await as(staff) });
    expect(res.data!.revisePlan.userErrors).toEqual([]);
    const v2 = res.data!.revisePlan.plan!;
    expect(res.data!.revisePlan.previousVersion).toEqual({ id: planId, status: 'SUPERSEDED', isCurrent: false });
    expect(v2).toMatchObject({ version: 2, status: 'DRAFT', isCurrent: true, revisionReason: 'Penambahan tugas dari pimpinan', previousVersion: { id: planId, status: 'SUPERSEDED' } });
    expect(v2.workResults.map((w) => [w.statement, w.parent?.id, w.indicators.length])).toEqual([['Tersusunnya laporan keuangan bulanan', appraiserRhk, 2]]);
    expect(v2.behaviourExpectations!.find((e) => e.coreValue.code === 'SERVICE')!.expectation).toMatch(/tanggal 5/);

    const old = await t.request(PlanNode, { id: planId }, { token: await as(staff) });
    expect(old.data!.node).toMatchObject({ status: 'SUPERSEDED', versions: [{ version: 1, status: 'SUPERSEDED' }, { version: 2, status: 'DRAFT' }] });
    const listed = await t.request(PlansOf, { id: staff.id, year: 2026 }, { token: await as(staff) });
    expect(listed.data!.employee!.plans).toEqual([{ id: v2.id, version: 2, status: 'DRAFT' }]);
    const all = await t.request(PlansOf, { id: staff.id, year: 2026, all: true }, { token: await as(staff) });
    expect(all.data!.employee!.plans!.map((p) => p.version)).toEqual([2, 1]);
    const twice = await t.request(Revise, { input: { planId, reason: 'lagi' } }, { token: await as(staff) });
    expect(codes(twice.data!.revisePlan.userErrors)).toEqual(['PLAN_STATUS']);

    const audit = await t.request(`query($id: ID) { auditLog(entityId: $id, first: 5) { nodes { action actor { id } } } }`, { id: v2.id }, { token: admin });
    expect((audit.data as any).auditLog.nodes.map((n: any) => n.action)).toContain('plan.revise');
  });

  it('edits and removes indicators and RHK of a draft, but not an RHK others cascade from', async () => {
    const current = await t.request(CurrentPlan, { id: staff.id, year: 2026 }, { token: await as(staff) });
    const rhk = current.data!.employee!.currentPlan!.workResults[0]!;
    const [first, second] = rhk.indicators;
    const updated = await t.request(UpdateIndicator, { input: { id: first!.id, target: { kind: 'QUALITATIVE', statement: 'Tanpa revisi' } } }, { token: await as(staff) });
    expect(updated.data!.updateIndicator.indicator).toEqual({ id: first!.id, target: 'Tanpa revisi' });
    const removed = await t.request(RemoveIndicator, { input: { id: second!.id } }, { token: await as(staff) });
    expect(removed.data!.removeIndicator).toEqual({ removedId: second!.id, userErrors: [] });
    const gone = await t.request(NodeOf, { id: second!.id }, { token: await as(staff) });
    expect(gone.data!.node).toBeNull();

    // The appraiser's RHK carries the staff's cascade: it stays.
    const inUse = await t.request(RemoveWorkResult, { input: { id: appraiserRhk } }, { token: await as(team.appraiser) });
    expect(codes(inUse.data!.removeWorkResult.userErrors)).toEqual(['CASCADED']);
    const own = await t.request(RemoveWorkResult, { input: { id: rhk.id } }, { token: await as(staff) });
    expect(own.data!.removeWorkResult.userErrors).toEqual([]);
  });
});

describe('who reads a plan', () => {
  it('lets the employee, the appraiser, those above and admins read it; those below read the RHK; peers nothing', async () => {
    const team = teams[1]!;
    const [staff, peer] = team.staff as [Person, Person];
    const own = await t.request(CurrentPlan, { id: staff.id, year: 2025 }, { token: await as(staff) });
    const plan = own.data!.employee!.currentPlan!;
    const workResultId = plan.workResults[0]!.id;
    const indicatorId = plan.workResults[0]!.indicators[0]!.id;

    for (const [who, token] of [
      ['employee', await as(staff)],
      ['appraiser', await as(team.appraiser)],
      ['appraiser superior', await as(team.superior)],
      ['admin', admin],
    ] as const) {
      const res = await t.request(PlanNode, { id: plan.id }, { token });
      expect(res.errors, who).toBeUndefined();
      expect(res.data!.node, who).toMatchObject({ id: plan.id, viewerAccess: 'FULL', history: expect.any(Array), behaviourExpectations: expect.any(Array) });
    }

    const byPeer = await t.request(PlanNode, { id: plan.id }, { token: await as(peer) });
    expect(byPeer.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    for (const id of [workResultId, indicatorId]) {
      const res = await t.request(NodeOf, { id }, { token: await as(peer) });
      expect(res.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    }
    const anonymous = await t.request(PlanNode, { id: plan.id });
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const list = await t.request(PlansOf, { id: staff.id }, { token: await as(peer) });
    expect(list.errors).toBeUndefined();
    expect(list.data!.employee!.plans).toBeNull();
    const current = await t.request(CurrentPlan, { id: staff.id, year: 2025 }, { token: await as(peer) });
    expect(current.data!.employee!.currentPlan).toBeNull();

    // The staff read their appraiser's plan to cascade from it: its RHK, not its expectations or history, and of
    // the RHK cascaded from it only their own.
    const upward = await t.request(CurrentPlan, { id: team.appraiser.id, year: 2025 }, { token: await as(staff) });
    const appraiserPlan = upward.data!.employee!.currentPlan!;
    const below = await t.request(PlanNode, { id: appraiserPlan.id }, { token: await as(staff) });
    const node = below.data!.node as any;
    expect(node).toMatchObject({ viewerAccess: 'CASCADE', history: null, behaviourExpectations: null });
    const childrenSeen = node.workResults.flatMap((w: any) => w.children.map((c: any) => c.plan.employee.id));
    expect(new Set(childrenSeen)).toEqual(new Set([staff.id]));
    const byAppraiser = await t.request(PlanNode, { id: appraiserPlan.id }, { token: await as(team.appraiser) });
    const everyone = (byAppraiser.data!.node as any).workResults.flatMap((w: any) => w.children.map((c: any) => c.plan.employee.id));
    expect(new Set(everyone).size).toBeGreaterThan(1);
  });

  it('shows the appraiser’s queue to the appraiser and admins only', async () => {
    const team = teams.find((x) => x.queue.length > 0)!;
    expect(team).toBeDefined();
    const mine = await t.request(Queue, { id: team.appraiser.id }, { token: await as(team.appraiser) });
    expect(mine.data!.employee!.plansToReview!.totalCount).toBe(team.queue.length);
    expect(mine.data!.employee!.plansToReview!.nodes.every((n) => n.status === 'SUBMITTED')).toBe(true);
    const me = await t.request(MyQueue, {}, { token: await as(team.appraiser) });
    expect(me.data!.me!.plansToReview!.nodes.every((n) => n.appraiser!.id === team.appraiser.id)).toBe(true);
    const approvedToo = await t.request(Queue, { id: team.appraiser.id, status: ['SUBMITTED', 'APPROVED'] }, { token: admin });
    expect(approvedToo.data!.employee!.plansToReview!.totalCount).toBeGreaterThan(team.queue.length);
    // Null for others, not FORBIDDEN: an error on the field would null the whole answer.
    const bySuperior = await t.request(Queue, { id: team.appraiser.id }, { token: await as(team.superior) });
    expect(bySuperior.errors).toBeUndefined();
    expect(bySuperior.data!.employee!.plansToReview).toBeNull();
  });

  it('leaves the rest of a list of employees intact for a viewer who may not read their queues', async () => {
    const team = teams[1]!;
    const res: any = await t.request(
      `{ employees(first: 3) { nodes { id name plansToReview { totalCount } } } me { id plansToReview { totalCount } } }`,
      {},
      { token: await as(team.staff[1]!) },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.employees.nodes).toHaveLength(3);
    for (const node of res.data.employees.nodes) {
      expect(node.name).toEqual(expect.any(String));
      expect(node.plansToReview).toBeNull();
    }
    expect(res.data.me).toEqual({ id: team.staff[1]!.id, plansToReview: { totalCount: 0 } });
  });
});

describe('concurrent approvals', () => {
  it('let exactly one of eight succeed, with one APPROVE in the history', async () => {
    const team = teams.find((x) => x.queue.length > 0 && x !== teams[0] && x !== teams[1])!;
    const planId = team.queue[0]!;
    const token = await as(team.appraiser);
    const results = await Promise.all(Array.from({ length: 8 }, () => t.request(Approve, { input: { planId } }, { token })));
    const winners = results.filter((r) => r.data?.approvePlan.plan);
    expect(winners).toHaveLength(1);
    for (const loser of results.filter((r) => !r.data?.approvePlan.plan)) {
      expect(loser.errors).toBeUndefined();
      expect(['PLAN_STATUS', 'CONFLICT']).toContain(loser.data!.approvePlan.userErrors[0]!.code);
    }
    const history = await t.request(`query($id: ID!) { node(id: $id) { ... on PerformancePlan { status history { action } } } }`, { id: planId }, { token });
    const node = (history.data as any).node;
    expect(node.status).toBe('APPROVED');
    expect(node.history.filter((h: any) => h.action === 'APPROVE')).toHaveLength(1);
  });
});

describe('bulk help', () => {
  it('proposes RHK of the appraiser’s plan to every report at once, idempotently', async () => {
    const team = teams[2]!;
    const [first, ...others] = team.staff as [Person, ...Person[]];
    const own = await t.request(CreatePlan, { input: { year: 2026 } }, { token: await as(team.appraiser) });
    const appraiserPlan = own.data!.createPlan.plan!.id;
    const rhk: string[] = [];
    for (const statement of ['Terlaksananya pelayanan administrasi kependudukan', 'Tersusunnya laporan kinerja seksi']) {
      const res = await t.request(
        AddWorkResult,
        { input: { planId: appraiserPlan, statement, indicators: [indicator(), { aspect: 'QUALITY', statement: 'Tanpa revisi', target: { kind: 'QUALITATIVE', statement: 'Diterima tanpa revisi' } }] } },
        { token: await as(team.appraiser) },
      );
      rhk.push(res.data!.addWorkResult.workResult!.id);
    }
    // One report already submitted a plan: it is left alone.
    const early = await t.request(CreatePlan, { input: { year: 2026 } }, { token: await as(first) });
    const earlyPlan = early.data!.createPlan.plan!.id;
    await t.request(AddWorkResult, { input: { planId: earlyPlan, statement: 'Sendiri', parentWorkResultId: rhk[0], indicators: [indicator()] } }, { token: await as(first) });
    const submitted = await t.request(Submit, { input: { planId: earlyPlan } }, { token: await as(first) });
    expect(submitted.data!.submitPlan.userErrors).toEqual([]);

    const foreign = await t.request(Propose, { input: { workResultIds: [rhk[0]!, earlyPlan] } }, { token: await as(team.appraiser) });
    expect(codes(foreign.data!.proposeWorkResultsToReports.userErrors)).toEqual(['INVALID_ID']);
    const notMine = await t.request(Propose, { input: { workResultIds: rhk } }, { token: await as(first) });
    expect(codes(notMine.data!.proposeWorkResultsToReports.userErrors)).toEqual(['INVALID_CASCADE']);

    const res = await t.request(Propose, { input: { workResultIds: rhk } }, { token: await as(team.appraiser) });
    const payload = res.data!.proposeWorkResultsToReports;
    expect(payload.userErrors).toEqual([]);
    expect(payload.skipped).toContainEqual({ employee: { id: first.id }, reason: expect.stringMatching(/submitted/) });
    const got = new Map(payload.plans.map((p) => [p.employee.id, p]));
    for (const other of others) {
      const plan = got.get(other.id)!;
      expect(plan).toMatchObject({ status: 'DRAFT', appraiser: { id: team.appraiser.id }, history: [{ action: 'CREATE', reason: expect.any(String) }] });
      expect(plan.workResults.map((w) => w.parent!.id)).toEqual(rhk);
      expect(plan.workResults.every((w) => w.proposedBy!.id === team.appraiser.id && w.indicators.length === 2)).toBe(true);
    }
    expect(payload.proposedCount).toBe(payload.plans.length * 2);

    const again = await t.request(Propose, { input: { workResultIds: rhk } }, { token: await as(team.appraiser) });
    expect(again.data!.proposeWorkResultsToReports.proposedCount).toBe(0);
    expect(again.data!.proposeWorkResultsToReports.skipped.filter((s) => /already cascaded/.test(s.reason)).length).toBe(payload.plans.length);

    // A proposed draft is complete enough to submit as it is.
    const draft = got.get(others[0]!.id)!;
    const submit = await t.request(Submit, { input: { planId: draft.id } }, { token: await as(others[0]!) });
    expect(submit.data!.submitPlan.userErrors).toEqual([]);
  });

  it('starts from last year’s plan, re-linking the cascade to what the appraiser carried over', async () => {
    const team = teams[3]!;
    const staff = team.staff[0]!;
    const foreign = await t.request(CurrentPlan, { id: team.appraiser.id, year: 2025 }, { token: await as(team.appraiser) });
    const notMine = await t.request(FromPrevious, { input: { year: 2026, fromPlanId: foreign.data!.employee!.currentPlan!.id } }, { token: await as(staff) });
    expect(codes(notMine.data!.startPlanFromPrevious.userErrors)).toEqual(['NOT_FOUND']);

    const bossPlan = await t.request(FromPrevious, { input: { year: 2026 } }, { token: await as(team.appraiser) });
    expect(bossPlan.data!.startPlanFromPrevious.userErrors).toEqual([]);
    const boss = bossPlan.data!.startPlanFromPrevious.plan!;
    const lastYear = foreign.data!.employee!.currentPlan!;
    expect(boss.workResults.map((w) => w.statement)).toEqual(lastYear.workResults.map((w) => w.statement));
    expect(boss.workResults[0]!.indicators.map((i) => i.target)).toEqual(lastYear.workResults[0]!.indicators.map((i) => i.target));

    const res = await t.request(FromPrevious, { input: { year: 2026 } }, { token: await as(staff) });
    expect(res.data!.startPlanFromPrevious.userErrors).toEqual([]);
    const plan = res.data!.startPlanFromPrevious.plan!;
    const bossRhk = new Set(boss.workResults.map((w) => w.id));
    expect(plan.workResults.length).toBeGreaterThan(0);
    expect(plan.workResults.every((w) => w.parent && bossRhk.has(w.parent.id))).toBe(true);
    const twice = await t.request(FromPrevious, { input: { year: 2026 } }, { token: await as(staff) });
    expect(codes(twice.data!.startPlanFromPrevious.userErrors)).toEqual(['DUPLICATE']);
  });
});

describe('revision of an appraiser’s plan', () => {
  it('moves the cascade of the staff’s plans to the new version', async () => {
    const team = teams[4]!;
    const before = await t.request(CurrentPlan, { id: team.appraiser.id, year: 2025 }, { token: await as(team.appraiser) });
    const old = before.data!.employee!.currentPlan!;
    expect(old.status).toBe('APPROVED');
    const oldNode = await t.request(PlanNode, { id: old.id }, { token: await as(team.appraiser) });
    const childrenBefore = (oldNode.data!.node as any).workResults.map((w: any) => w.children.map((c: any) => c.id).sort());
    expect(childrenBefore.flat().length).toBeGreaterThan(0);

    const res = await t.request(Revise, { input: { planId: old.id, reason: 'Perubahan struktur kegiatan' } }, { token: await as(team.appraiser) });
    expect(res.data!.revisePlan.userErrors).toEqual([]);
    const fresh = await t.request(PlanNode, { id: res.data!.revisePlan.plan!.id }, { token: await as(team.appraiser) });
    expect((fresh.data!.node as any).workResults.map((w: any) => w.children.map((c: any) => c.id).sort())).toEqual(childrenBefore);
    const stale = await t.request(PlanNode, { id: old.id }, { token: await as(team.appraiser) });
    expect((stale.data!.node as any).workResults.flatMap((w: any) => w.children)).toEqual([]);
  });
});

describe('a transfer mid-year', () => {
  const from = () => teams[5]!;
  const staff = () => from().staff[2]!;
  let previousId: string;
  let newId: string;

  it('ends the plan in force and starts a new one with the new appraiser for the rest of the year', async () => {
    const from = teams[5]!;
    const to = teams[0]!;
    const staff = from.staff[2]!;
    const notMoved = await t.request(AfterTransfer, { input: { year: 2025, startsOn: '2025-07-01' } }, { token: await as(staff) });
    expect(codes(notMoved.data!.startPlanAfterTransfer.userErrors)).toEqual(['NOT_TRANSFERRED']);

    const moved = await t.request(Transfer, { input: { id: staff.id, unitId: to.unitId, supervisorId: to.appraiser.id } }, { token: admin });
    expect(moved.data!.transferEmployee.userErrors).toEqual([]);
    const flagged = await t.request(CurrentPlan, { id: staff.id, year: 2025 }, { token: await as(staff) });
    const previous = flagged.data!.employee!.currentPlan!;
    expect(previous.placementChanged).toBe(true);
    // Still in force and still naming the former appraiser, who reads it as through node(id:).
    const stillTheirs = await t.request(CurrentPlan, { id: staff.id, year: 2025 }, { token: await as(from.appraiser) });
    expect(stillTheirs.errors).toBeUndefined();
    expect(stillTheirs.data!.employee!.currentPlan).toMatchObject({ id: previous.id, appraiser: { id: from.appraiser.id } });

    const early = await t.request(AfterTransfer, { input: { year: 2025, startsOn: '2024-12-01' } }, { token: await as(staff) });
    expect(early.data!.startPlanAfterTransfer.userErrors).toEqual([expect.objectContaining({ field: ['input', 'startsOn'], code: 'INVALID' })]);
    const res = await t.request(AfterTransfer, { input: { year: 2025, startsOn: '2025-07-01', copyWorkResults: true } }, { token: await as(staff) });
    const payload = res.data!.startPlanAfterTransfer;
    expect(payload.userErrors).toEqual([]);
    expect(payload.previousPlan).toMatchObject({ id: previous.id, status: previous.status, isCurrent: false, endsOn: '2025-06-30', placementChanged: false });
    expect(payload.previousPlan!.history!.at(-1)).toMatchObject({ action: 'END', fromStatus: previous.status, toStatus: previous.status, reason: expect.stringMatching(/^Mutasi/) });
    expect(payload.plan).toMatchObject({ status: 'DRAFT', isCurrent: true, startsOn: '2025-07-01', endsOn: '2025-12-31', appraiser: { id: to.appraiser.id }, placementChanged: false });
    expect(payload.plan!.workResults.map((w) => w.statement)).toEqual(previous.workResults.map((w) => w.statement));
    expect(payload.plan!.workResults.every((w) => w.parent === null)).toBe(true);

    const again = await t.request(AfterTransfer, { input: { year: 2025, startsOn: '2025-08-01' } }, { token: await as(staff) });
    expect(codes(again.data!.startPlanAfterTransfer.userErrors)).toEqual(['NOT_TRANSFERRED']);
    // Both plans of the year stay listed; the old appraiser still reads the ended one.
    const listed = await t.request(PlansOf, { id: staff.id, year: 2025 }, { token: await as(staff) });
    expect(listed.data!.employee!.plans!.map((p) => p.id)).toEqual([payload.plan!.id, previous.id]);
    const oldAppraiser = await t.request(PlanNode, { id: previous.id }, { token: await as(from.appraiser) });
    expect((oldAppraiser.data!.node as any).viewerAccess).toBe('FULL');
    previousId = previous.id;
    newId = payload.plan!.id;
  });

  it('lists to the former appraiser the plans they may read through node(id:), and only those', async () => {
    const token = await as(from().appraiser);
    const thisYear = await t.request(PlansOf, { id: staff().id, year: 2025 }, { token });
    expect(thisYear.errors).toBeUndefined();
    expect(thisYear.data!.employee!.plans!.map((p) => p.id)).toEqual([previousId]);
    // Every year: the plans they appraised (2024's too), each readable through node(id:); never the new one.
    const everyYear = await t.request(PlansOf, { id: staff().id, all: true }, { token });
    const listed = everyYear.data!.employee!.plans!.map((p) => p.id);
    expect(listed).toContain(previousId);
    expect(listed).not.toContain(newId);
    for (const id of listed) {
      const node = await t.request(PlanNode, { id }, { token });
      expect((node.data!.node as any).viewerAccess).toBe('FULL');
    }
    const newNode = await t.request(PlanNode, { id: newId }, { token });
    expect(newNode.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const current = await t.request(CurrentPlan, { id: staff().id, year: 2025 }, { token });
    expect(current.errors).toBeUndefined();
    expect(current.data!.employee!.currentPlan).toBeNull();
  });
});

describe('proposals from someone who reports to nobody’s appraisal', () => {
  it('propose only to the employees the viewer appraises by the supervisor-chain rule', async () => {
    const team = teams[6]!;
    const [, leader, member] = team.staff as [Person, Person, Person];
    // A tim kerja: the member now reports to a colleague below pengawas level, whose appraiser stays the pengawas.
    const moved = await t.request(Transfer, { input: { id: member.id, supervisorId: leader.id } }, { token: admin });
    expect(moved.data!.transferEmployee.userErrors).toEqual([]);

    const own = await t.request(CreatePlan, { input: { year: 2026 } }, { token: await as(leader) });
    expect(own.data!.createPlan.plan!.appraiser).toEqual({ id: team.appraiser.id });
    const rhk = await t.request(
      AddWorkResult,
      { input: { planId: own.data!.createPlan.plan!.id, statement: 'Terkoordinasinya tim kerja pelayanan', indicators: [indicator()] } },
      { token: await as(leader) },
    );
    const leaderRhk = rhk.data!.addWorkResult.workResult!.id;
    for (const employeeIds of [undefined, [member.id]]) {
      const res = await t.request(Propose, { input: { workResultIds: [leaderRhk], ...(employeeIds ? { employeeIds } : {}) } }, { token: await as(leader) });
      const payload = res.data!.proposeWorkResultsToReports;
      expect(payload.userErrors).toEqual([]);
      expect(payload).toMatchObject({ plans: [], proposedCount: 0 });
      expect(payload.skipped).toEqual([{ employee: { id: member.id }, reason: expect.stringMatching(/not this employee’s appraiser/) }]);
    }
    const none = await t.request(CurrentPlan, { id: member.id, year: 2026 }, { token: admin });
    expect(none.data!.employee!.currentPlan).toBeNull();

    // The pengawas appraises the member through the leader, and the new draft names them and their superior.
    const bossPlan = await t.request(CreatePlan, { input: { year: 2026 } }, { token: await as(team.appraiser) });
    const bossRhk = await t.request(
      AddWorkResult,
      { input: { planId: bossPlan.data!.createPlan.plan!.id, statement: 'Terlaksananya pelayanan seksi', indicators: [indicator()] } },
      { token: await as(team.appraiser) },
    );
    const res = await t.request(
      Propose,
      { input: { workResultIds: [bossRhk.data!.addWorkResult.workResult!.id], employeeIds: [member.id] } },
      { token: await as(team.appraiser) },
    );
    expect(res.data!.proposeWorkResultsToReports.userErrors).toEqual([]);
    expect(res.data!.proposeWorkResultsToReports.plans.map((p) => p.employee.id)).toEqual([member.id]);
    const created = await t.request(CurrentPlan, { id: member.id, year: 2026 }, { token: admin });
    expect(created.data!.employee!.currentPlan).toMatchObject({ appraiser: { id: team.appraiser.id }, appraiserSuperior: { id: team.superior.id } });
  });
});

const QueuePage = `
  query PlanQueuePage($first: Int, $after: String, $last: Int, $before: String) {
    me {
      plansToReview(first: $first, after: $after, last: $last, before: $before, year: 2026, status: [SUBMITTED, DRAFT]) {
        totalCount
        edges { node { id status } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }
`;

describe('the appraiser’s queue with drafts', () => {
  it('pages through every plan, the submitted ones first, forwards and backwards', async () => {
    const team = teams[7]!;
    const reports = team.staff.slice(0, 4);
    expect(reports).toHaveLength(4);
    const own = await t.request(CreatePlan, { input: { year: 2026 } }, { token: await as(team.appraiser) });
    const rhk = await t.request(
      AddWorkResult,
      { input: { planId: own.data!.createPlan.plan!.id, statement: 'Terlaksananya pengelolaan arsip', indicators: [indicator()] } },
      { token: await as(team.appraiser) },
    );
    const proposed = await t.request(
      Propose,
      { input: { workResultIds: [rhk.data!.addWorkResult.workResult!.id], employeeIds: reports.map((r) => r.id) } },
      { token: await as(team.appraiser) },
    );
    const plans = proposed.data!.proposeWorkResultsToReports.plans;
    expect(plans).toHaveLength(4);
    // The last report submits; the others stay drafts, never submitted (submittedAt null).
    const submitter = plans.at(-1)!;
    const submitted = await t.request(Submit, { input: { planId: submitter.id } }, { token: await as(reports.find((r) => r.id === submitter.employee.id)!) });
    expect(submitted.data!.submitPlan.userErrors).toEqual([]);
    const drafts = plans.slice(0, -1).map((p) => p.id).sort((a, b) => Number(atob(a).split(':')[1]) - Number(atob(b).split(':')[1]));

    const token = await as(team.appraiser);
    const forward: { id: string; status: string }[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: any = await t.request(QueuePage, { first: 1, after }, { token });
      expect(res.errors).toBeUndefined();
      const connection = res.data.me.plansToReview;
      expect(connection.totalCount).toBe(4);
      forward.push(...connection.edges.map((e: any) => e.node));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(forward).toEqual([{ id: submitter.id, status: 'SUBMITTED' }, ...drafts.map((id) => ({ id, status: 'DRAFT' }))]);

    const backward: { id: string; status: string }[] = [];
    let before: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: any = await t.request(QueuePage, { last: 1, before }, { token });
      expect(res.errors).toBeUndefined();
      const connection = res.data.me.plansToReview;
      backward.unshift(...connection.edges.map((e: any) => e.node));
      if (!connection.pageInfo.hasPreviousPage) break;
      before = connection.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
  });
});

const PlanReasons = `
  query PlanReasons($id: ID!) {
    node(id: $id) { ... on PerformancePlan { id status viewerAccess revisionReason returnedAt returnedReason history { action } } }
  }
`;

describe('a cascade across years and revisions', () => {
  let team: Team;
  let v1: string;
  let v2: string;

  it('re-links a plan started from last year to the appraiser’s revised plan', async () => {
    team = teams[8]!;
    const [s1, s2] = team.staff as [Person, Person];
    const boss = await t.request(FromPrevious, { input: { year: 2026 } }, { token: await as(team.superior) });
    expect(boss.data!.startPlanFromPrevious.userErrors).toEqual([]);
    const bossRhk = new Set(boss.data!.startPlanFromPrevious.plan!.workResults.map((w) => w.id));
    const started = await t.request(FromPrevious, { input: { year: 2026 } }, { token: await as(team.appraiser) });
    const plan = started.data!.startPlanFromPrevious.plan!;
    expect(plan.workResults.every((w) => w.parent && bossRhk.has(w.parent.id))).toBe(true);
    v1 = plan.id;
    const first = await t.request(FromPrevious, { input: { year: 2026 } }, { token: await as(s1) });
    const v1Rhk = new Set(plan.workResults.map((w) => w.id));
    expect(first.data!.startPlanFromPrevious.plan!.workResults.every((w) => w.parent && v1Rhk.has(w.parent.id))).toBe(true);

    // The appraiser's plan is returned once, approved, then revised.
    expect((await t.request(Submit, { input: { planId: v1 } }, { token: await as(team.appraiser) })).data!.submitPlan.userErrors).toEqual([]);
    const returned = await t.request(Return, { input: { planId: v1, reason: 'Sesuaikan target triwulan.' } }, { token: await as(team.superior) });
    expect(returned.data!.returnPlan.userErrors).toEqual([]);
    expect((await t.request(Submit, { input: { planId: v1 } }, { token: await as(team.appraiser) })).data!.submitPlan.userErrors).toEqual([]);
    expect((await t.request(Approve, { input: { planId: v1 } }, { token: await as(team.superior) })).data!.approvePlan.userErrors).toEqual([]);
    const revised = await t.request(Revise, { input: { planId: v1, reason: 'Penambahan kegiatan prioritas' } }, { token: await as(team.appraiser) });
    expect(revised.data!.revisePlan.userErrors).toEqual([]);
    const v2Plan = revised.data!.revisePlan.plan!;
    v2 = v2Plan.id;
    const v2Statement = new Map(v2Plan.workResults.map((w) => [w.id, w.statement]));

    // The second report starts from last year after the revision: each RHK finds the copy of its old parent in
    // version 2, two copies away from last year's RHK.
    const lastYear = await t.request(CurrentPlan, { id: s2.id, year: 2025 }, { token: await as(s2) });
    const appraiserLastYear = await t.request(CurrentPlan, { id: team.appraiser.id, year: 2025 }, { token: await as(team.appraiser) });
    const oldStatement = new Map(appraiserLastYear.data!.employee!.currentPlan!.workResults.map((w) => [w.id, w.statement]));
    const oldParents = lastYear.data!.employee!.currentPlan!.workResults.map((w) => oldStatement.get(w.parent!.id));
    expect(oldParents.length).toBeGreaterThan(0);
    const second = await t.request(FromPrevious, { input: { year: 2026 } }, { token: await as(s2) });
    expect(second.data!.startPlanFromPrevious.userErrors).toEqual([]);
    const parents = second.data!.startPlanFromPrevious.plan!.workResults.map((w) => (w.parent ? v2Statement.get(w.parent.id) : null));
    expect(parents).toEqual(oldParents);
  });

  it('hides why the appraiser’s plan was returned or revised from the staff below, with its history', async () => {
    const s1 = team.staff[0]!;
    for (const [id, reasons] of [
      [v1, { returnedReason: 'Sesuaikan target triwulan.', returnedAt: expect.any(String), revisionReason: null }],
      [v2, { returnedReason: null, returnedAt: null, revisionReason: 'Penambahan kegiatan prioritas' }],
    ] as const) {
      for (const who of [team.appraiser, team.superior]) {
        const res: any = await t.request(PlanReasons, { id }, { token: await as(who) });
        expect(res.data.node).toMatchObject({ viewerAccess: 'FULL', ...reasons, history: expect.any(Array) });
      }
      const below: any = await t.request(PlanReasons, { id }, { token: await as(s1) });
      expect(below.errors).toBeUndefined();
      expect(below.data.node).toMatchObject({ id, viewerAccess: 'CASCADE', revisionReason: null, returnedAt: null, returnedReason: null, history: null });
    }
  });
});

const PositionsToMove = `
  query PlanPositionsToMove($id: ID!) { employee(id: $id) { position { id } } positions(kind: PENGAWAS) { id } }
`;

describe('submission after the appraiser’s plan ended', () => {
  it('names each RHK still cascading from the ended plan and the copy to re-link it to, then submits once re-linked', async () => {
    expect(teams.length).toBeGreaterThan(9); // a team no other scenario uses
    const team = teams[9]!;
    const staff = team.staff[0]!;
    const own = await t.request(CreatePlan, { input: { year: 2026 } }, { token: await as(team.appraiser) });
    const parent = await t.request(
      AddWorkResult,
      { input: { planId: own.data!.createPlan.plan!.id, statement: 'Terlaksananya verifikasi dokumen kepegawaian', indicators: [indicator()] } },
      { token: await as(team.appraiser) },
    );
    const parentId = parent.data!.addWorkResult.workResult!.id;
    const mine = await t.request(CreatePlan, { input: { year: 2026 } }, { token: await as(staff) });
    const planId = mine.data!.createPlan.plan!.id;
    const child = await t.request(
      AddWorkResult,
      { input: { planId, statement: 'Terverifikasinya berkas usul kenaikan pangkat', parentWorkResultId: parentId, indicators: [indicator()] } },
      { token: await as(staff) },
    );
    expect(child.data!.addWorkResult.userErrors).toEqual([]);
    const childId = child.data!.addWorkResult.workResult!.id;

    // The appraiser moves to another pengawas position (still appraising the staff) and starts a new plan with
    // copies of their RHK: the plan the staff's RHK cascades from ends.
    const where: any = await t.request(PositionsToMove, { id: team.appraiser.id }, { token: admin });
    const position = where.data.positions.find((p: { id: string }) => p.id !== where.data.employee.position.id).id;
    const moved = await t.request(Transfer, { input: { id: team.appraiser.id, positionId: position } }, { token: admin });
    expect(moved.data!.transferEmployee.userErrors).toEqual([]);
    const restarted = await t.request(AfterTransfer, { input: { year: 2026, startsOn: '2026-07-01', copyWorkResults: true } }, { token: await as(team.appraiser) });
    expect(restarted.data!.startPlanAfterTransfer.userErrors).toEqual([]);
    const copy = restarted.data!.startPlanAfterTransfer.plan!.workResults[0]!;
    const renamed = await t.request(UpdateWorkResult, { input: { id: copy.id, statement: 'Terlaksananya verifikasi dokumen kepegawaian jabatan baru' } }, { token: await as(team.appraiser) });
    expect(renamed.data!.updateWorkResult.userErrors).toEqual([]);

    const refused = await t.request(Submit, { input: { planId } }, { token: await as(staff) });
    expect(refused.data!.submitPlan.plan).toBeNull();
    expect(refused.data!.submitPlan.userErrors).toEqual([
      {
        field: ['input', 'planId'],
        code: 'INVALID_CASCADE',
        message: expect.stringMatching(/^RHK "Terverifikasinya berkas usul kenaikan pangkat" cascades from an RHK that is no longer in your appraiser's plan in force.*re-link it to "Terlaksananya verifikasi dokumen kepegawaian jabatan baru"/),
      },
    ]);

    const relinked = await t.request(UpdateWorkResult, { input: { id: childId, parentWorkResultId: copy.id } }, { token: await as(staff) });
    expect(relinked.data!.updateWorkResult.userErrors).toEqual([]);
    const submitted = await t.request(Submit, { input: { planId } }, { token: await as(staff) });
    expect(submitted.data!.submitPlan.userErrors).toEqual([]);
    const approved = await t.request(Approve, { input: { planId } }, { token: await as(team.appraiser) });
    expect(approved.data!.approvePlan.plan).toMatchObject({ status: 'APPROVED' });
  });
});

describe('a transfer dated before periods already evaluated', () => {
  // Runs on the real clock: 2025's evaluations, the annual one included, are open from 2025-12-01 on.
  const START_EVALUATION = `mutation($input: StartEvaluationInput!) { startEvaluation(input: $input) { evaluation { id } userErrors { code message } } }`;
  const AFTER_TRANSFER = `mutation($input: StartPlanAfterTransferInput!) {
    startPlanAfterTransfer(input: $input) { plan { id startsOn } previousPlan { id endsOn } userErrors { field code message } } }`;
  const CURRENT = `query($id: ID!) { employee(id: $id) { currentPlan(year: 2025) { id endsOn } } }`;

  /** Approved 2025 plans in force since 1 January, of staff appraised by someone who signs in, evaluated up to June. */
  async function evaluatedStaff(periodKeys: string[][]) {
    const rows = rowsOf<{ plan_id: number; employee_id: number; nip: string; appraiser_nip: string; unit_id: number; appraiser_id: number }>(
      await t.database.db.execute(`
        select p.id as plan_id, e.id as employee_id, e.nip, a.nip as appraiser_nip, e.unit_id, p.appraiser_id
          from performance_plans p join employees e on e.id = p.employee_id join employees a on a.id = p.appraiser_id
         where p.is_current and p.status = 'APPROVED' and p.version = 1 and p.position_kind in ('PELAKSANA', 'FUNGSIONAL')
           and p.starts_on = '2025-01-01' and p.period_id in (select id from performance_periods where year = 2025)
           and e.nip is not null and a.nip is not null and e.nip <> '${t.seed.adminNip}' and a.nip <> '${t.seed.adminNip}'
           and not exists (select 1 from evaluations v where v.plan_id = p.id and v.period_key in ('2025-Q3', '2025-Q4', '2025'))
         order by p.id desc limit ${periodKeys.length}`),
    );
    expect(rows).toHaveLength(periodKeys.length);
    const [to] = rowsOf<{ id: number; unit_id: number }>(
      await t.database.db.execute(`
        select y.id, y.unit_id from employees y join positions ps on ps.id = y.position_id
         where ps.kind = 'PENGAWAS' and y.nip is not null and y.unit_id not in (${rows.map((r) => Number(r.unit_id)).join(', ')})
         order by y.id limit 1`),
    );
    return Promise.all(
      rows.map(async (row, i) => {
        const planId = encodeGlobalID('PerformancePlan', Number(row.plan_id));
        const appraiser = await t.token(row.appraiser_nip);
        for (const periodKey of periodKeys[i]!) {
          const started: any = await t.request(START_EVALUATION, { input: { planId, periodKey } }, { token: appraiser });
          expect(started.data.startEvaluation.userErrors).toEqual([]);
        }
        const id = encodeGlobalID('Employee', Number(row.employee_id));
        const input = { id, unitId: encodeGlobalID('OrgUnit', to!.unit_id), supervisorId: encodeGlobalID('Employee', to!.id) };
        const moved = await t.request(Transfer, { input }, { token: admin });
        expect(moved.data!.transferEmployee.userErrors).toEqual([]);
        return { id, planId, token: await t.token(row.nip) };
      }),
    );
  }

  it('is refused on or before the last day of each period evaluated on the plan in force, the annual one included', async () => {
    const [yearDone, thirdQuarterDone] = await evaluatedStaff([['2025-Q3', '2025'], ['2025-Q3']]);
    const startOn = async (who: { token: string }, startsOn: string): Promise<any> =>
      ((await t.request(AFTER_TRANSFER, { input: { year: 2025, startsOn } }, { token: who.token })) as any).data.startPlanAfterTransfer;

    for (const startsOn of ['2025-07-01', '2025-10-01']) {
      const refused = await startOn(yearDone!, startsOn);
      expect(refused.previousPlan).toBeNull();
      expect(refused.userErrors).toEqual([
        { field: ['input', 'startsOn'], code: 'INVALID', message: expect.stringMatching(/evaluation for 2025, which ends on 2025-12-31/) },
      ]);
    }
    const kept: any = await t.request(CURRENT, { id: yearDone!.id }, { token: yearDone!.token });
    expect(kept.data.employee.currentPlan).toEqual({ id: yearDone!.planId, endsOn: '2025-12-31' });

    const early = await startOn(thirdQuarterDone!, '2025-09-30');
    expect(early.userErrors).toEqual([
      { field: ['input', 'startsOn'], code: 'INVALID', message: expect.stringMatching(/evaluation for 2025-Q3, which ends on 2025-09-30/) },
    ]);
    const after = await startOn(thirdQuarterDone!, '2025-10-01');
    expect(after.userErrors).toEqual([]);
    expect(after.previousPlan).toEqual({ id: thirdQuarterDone!.planId, endsOn: '2025-09-30' });
    expect(after.plan.startsOn).toBe('2025-10-01');
  });
});
