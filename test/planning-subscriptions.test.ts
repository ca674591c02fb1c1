/**
 * planStatusChanged over graphql-ws: the employee sees approval, the appraiser's dashboard sees submissions, a unit
 * subscription sees the unit's plans, each only after commit and only for plans the subscriber may read; across two
 * server instances on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../src/db/index.js';
import { encodeGlobalID } from '../src/graphql/ids.js';
import { seedDemoAgency } from '../src/modules/org/seed.js';
import { graphql } from './gql/index.js';
import { onPostgres, startTestServer, subscribe, waitForSubscribers, type TestServer } from './support/server.js';

const Changed = graphql(`
  subscription PlanStatusChanged($employeeId: ID, $appraiserId: ID, $unitId: ID) {
    planStatusChanged(employeeId: $employeeId, appraiserId: $appraiserId, unitId: $unitId) {
      status
      previousStatus
      plan { id status employee { id } appraiser { id } lockVersion }
    }
  }
`);

const Team = graphql(`
  query PlanSubTeam {
    employees(first: 100, filter: { positionKind: PENGAWAS }) {
      nodes {
        id nip unit { id }
        directReports(first: 60) { nodes { id nip unit { id } position { kind } appraiser { id } } }
      }
    }
  }
`);

const Create = graphql(`
  mutation PlanSubCreate($input: CreatePlanInput!) { createPlan(input: $input) { plan { id } userErrors { code } } }
`);
const AddRhk = graphql(`
  mutation PlanSubAdd($input: AddWorkResultInput!) { addWorkResult(input: $input) { workResult { id } userErrors { code message } } }
`);
const Submit = graphql(`
  mutation PlanSubSubmit($input: SubmitPlanInput!) { submitPlan(input: $input) { plan { id status } userErrors { code message } } }
`);
const Approve = graphql(`
  mutation PlanSubApprove($input: ApprovePlanInput!) { approvePlan(input: $input) { plan { id status } userErrors { code message } } }
`);
const Open = graphql(`
  mutation PlanSubOpen($input: OpenPerformancePeriodInput!) { openPerformancePeriod(input: $input) { userErrors { code } } }
`);

interface Member {
  id: string;
  nip: string;
  unitId: string;
}

let t: TestServer;
let admin: string;
let teams: { appraiser: Member; staff: Member[] }[];

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.token(t.seed.adminNip, ['employee', 'admin']);
  const res = await t.request(Team, {}, { token: admin });
  teams = res.data!.employees.nodes
    .filter((p) => p.nip)
    .map((p) => ({
      appraiser: { id: p.id, nip: p.nip!, unitId: p.unit.id },
      staff: p.directReports.nodes
        .filter((r) => r.nip && r.appraiser?.id === p.id && (r.position.kind === 'PELAKSANA' || r.position.kind === 'FUNGSIONAL'))
        .map((r) => ({ id: r.id, nip: r.nip!, unitId: r.unit.id })),
    }))
    .filter((team) => team.staff.length >= 2);
  expect(teams.length).toBeGreaterThanOrEqual(3);
  await t.request(Open, { input: { year: 2026 } }, { token: admin });
});
afterAll(() => t?.stop());

async function waitForNoSubscribers() {
  const deadline = Date.now() + 3000;
  while (t.server.pubsub.subscriberCount > 0) {
    if (Date.now() > deadline) throw new Error(`${t.server.pubsub.subscriberCount} subscribers left`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A 2026 plan of `staff` with one cascaded RHK, ready to submit (the appraiser's 2026 plan is made first). */
async function readyPlan(team: { appraiser: Member; staff: Member[] }, staff: Member): Promise<string> {
  const boss = await t.token(team.appraiser.nip);
  const own = await t.request(Create, { input: { year: 2026 } }, { token: boss });
  let bossPlan = own.data!.createPlan.plan?.id;
  if (!bossPlan) {
    const res = await t.request(`query($id: ID!) { employee(id: $id) { currentPlan(year: 2026) { id workResults { id } } } }`, { id: team.appraiser.id }, { token: boss });
    bossPlan = (res.data as any).employee.currentPlan.id;
  }
  const indicators = [{ aspect: 'QUANTITY' as const, statement: 'Jumlah laporan', target: { kind: 'NUMBER' as const, value: 12, unit: 'laporan' } }];
  const bossRhk = await t.request(AddRhk, { input: { planId: bossPlan!, statement: 'Tersusunnya laporan seksi', indicators } }, { token: boss });
  const token = await t.token(staff.nip);
  const plan = await t.request(Create, { input: { year: 2026 } }, { token });
  const planId = plan.data!.createPlan.plan!.id;
  const rhk = await t.request(AddRhk, { input: { planId, statement: 'Tersusunnya laporan bulanan', parentWorkResultId: bossRhk.data!.addWorkResult.workResult!.id, indicators } }, { token });
  expect(rhk.data!.addWorkResult.userErrors).toEqual([]);
  return planId;
}

describe('planStatusChanged', () => {
  it('tells the appraiser of a submission and the employee of the approval, after commit', async () => {
    const team = teams[0]!;
    const staff = team.staff[0]!;
    const planId = await readyPlan(team, staff);
    const boss = await t.token(team.appraiser.nip);
    const me = await t.token(staff.nip);
    const dashboard = subscribe(t.ws(boss), Changed, { appraiserId: team.appraiser.id });
    const mine = subscribe(t.ws(me), Changed, { employeeId: staff.id });
    await waitForSubscribers(t.server, 2);

    // A refused submission (stale lock version) commits nothing and sends nothing.
    const refused = await t.request(Submit, { input: { planId, expectedLockVersion: -1 } }, { token: me });
    expect(refused.data!.submitPlan.userErrors[0]!.code).toBe('CONFLICT');
    const submitted = await t.request(Submit, { input: { planId } }, { token: me });
    expect(submitted.data!.submitPlan.userErrors).toEqual([]);
    const [seen] = await dashboard.next(1);
    expect(seen!.data!.planStatusChanged).toMatchObject({ status: 'SUBMITTED', previousStatus: 'DRAFT', plan: { id: planId, status: 'SUBMITTED', employee: { id: staff.id } } });

    const approved = await t.request(Approve, { input: { planId } }, { token: boss });
    expect(approved.data!.approvePlan.userErrors).toEqual([]);
    const events = await mine.next(2);
    expect(events.map((e) => e.data!.planStatusChanged.status)).toEqual(['SUBMITTED', 'APPROVED']);
    expect(events[1]!.data!.planStatusChanged.plan).toMatchObject({ status: 'APPROVED', appraiser: { id: team.appraiser.id } });
    await dashboard.next(2);
    expect(dashboard.received).toHaveLength(2);

    // Unsubscribing releases the server's listeners at once.
    dashboard.dispose();
    mine.dispose();
    await waitForNoSubscribers();
  });

  it('sends a unit’s changes only to subscribers who may read the plan', async () => {
    const team = teams[1]!;
    const [staff, peer] = team.staff as [Member, Member];
    const planId = await readyPlan(team, staff);
    const bossSub = subscribe(t.ws(await t.token(team.appraiser.nip)), Changed, { unitId: staff.unitId });
    const peerSub = subscribe(t.ws(await t.token(peer.nip)), Changed, { unitId: staff.unitId });
    const adminSub = subscribe(t.ws(admin), Changed, { unitId: staff.unitId });
    await waitForSubscribers(t.server, 3);
    const submitted = await t.request(Submit, { input: { planId } }, { token: await t.token(staff.nip) });
    expect(submitted.data!.submitPlan.userErrors).toEqual([]);
    const [event] = await bossSub.next(1);
    expect(event!.data!.planStatusChanged.plan.id).toBe(planId);
    await adminSub.next(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(peerSub.received).toHaveLength(0);
    for (const sub of [bossSub, peerSub, adminSub]) sub.dispose();
    await waitForNoSubscribers();
  });

  it('keeps following a unit after it moves in the tree', async () => {
    const team = teams[1]!;
    const peer = team.staff[1]!;
    const planId = await readyPlan(team, peer);
    const sub = subscribe(t.ws(admin), Changed, { unitId: peer.unitId });
    await waitForSubscribers(t.server, 1);
    // Up under its grandparent, or, when its parent is at the top, down under a sibling: its path changes either way.
    const place = await t.request(`query($id: ID!) { orgUnit(id: $id) { parent { id parent { id } children { id } } } }`, { id: peer.unitId }, { token: admin });
    const parent = (place.data as any).orgUnit.parent as { id: string; parent: { id: string } | null; children: { id: string }[] };
    const target = parent.parent?.id ?? parent.children.find((c) => c.id !== peer.unitId)!.id;
    const moved = await t.request(`mutation($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { userErrors { code message } } }`, { input: { id: peer.unitId, parentId: target } }, { token: admin });
    expect((moved.data as any).moveOrgUnit.userErrors).toEqual([]);
    const submitted = await t.request(Submit, { input: { planId } }, { token: await t.token(peer.nip) });
    expect(submitted.data!.submitPlan.userErrors).toEqual([]);
    const [event] = await sub.next(1, 5000);
    expect(event!.data!.planStatusChanged.plan.id).toBe(planId);
    sub.dispose();
    await waitForNoSubscribers();
  });

  it('refuses unfiltered subscriptions and someone else’s plans or queue', async () => {
    const team = teams[2]!;
    const [staff, peer] = team.staff as [Member, Member];
    const client = t.ws(await t.token(peer.nip));
    const none = subscribe(client, Changed, {});
    const [noFilter] = await none.next(1, 3000);
    expect(noFilter!.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const other = subscribe(client, Changed, { employeeId: staff.id });
    const [forbidden] = await other.next(1, 3000);
    expect(forbidden!.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const queue = subscribe(client, Changed, { appraiserId: team.appraiser.id });
    const [notYours] = await queue.next(1, 3000);
    expect(notYours!.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const anonymous = subscribe(t.ws(), Changed, { employeeId: staff.id });
    const [denied] = await anonymous.next(1, 3000);
    expect(denied!.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an appraiser or a unit it would never hear of: unknown, or of another agency', async () => {
    const other = await seedDemoAgency(t.database.db, { employees: 20, seed: 3 });
    const [foreign] = rowsOf<{ employee_id: number; unit_id: number }>(
      await t.database.db.execute(sql`select id as employee_id, unit_id from employees where agency_id = ${other.agencyId} limit 1`),
    );
    const admin = t.ws(await t.token(t.seed.adminNip, ['employee', 'admin']));
    const staff = t.ws(await t.token(teams[2]!.staff[0]!.nip));
    const cases = [
      [admin, { appraiserId: encodeGlobalID('Employee', 999_999) }, 'FORBIDDEN'],
      [admin, { appraiserId: encodeGlobalID('Employee', foreign!.employee_id) }, 'FORBIDDEN'],
      [admin, { unitId: encodeGlobalID('OrgUnit', 999_999) }, 'BAD_USER_INPUT'],
      [admin, { unitId: encodeGlobalID('OrgUnit', foreign!.unit_id) }, 'BAD_USER_INPUT'],
      [staff, { unitId: encodeGlobalID('OrgUnit', foreign!.unit_id) }, 'BAD_USER_INPUT'],
    ] as const;
    for (const [client, variables, code] of cases) {
      const [refused] = await subscribe(client, Changed, variables).next(1, 3000);
      expect(refused!.data ?? null, JSON.stringify(variables)).toBeNull();
      expect(refused!.errors![0]!.extensions!.code, JSON.stringify(variables)).toBe(code);
    }
  });

  it.runIf(onPostgres)('reaches a subscriber on another server instance', async () => {
    const peer = await t.startPeer();
    const team = teams[2]!;
    const staff = team.staff[0]!;
    const planId = await readyPlan(team, staff);
    const sub = subscribe(peer.ws(await peer.token(staff.nip)), Changed, { employeeId: staff.id });
    await waitForSubscribers(peer.server, 1);
    const submitted = await t.request(Submit, { input: { planId } }, { token: await t.token(staff.nip) });
    expect(submitted.data!.submitPlan.userErrors).toEqual([]);
    const [event] = await sub.next(1);
    expect(event!.data!.planStatusChanged).toMatchObject({ status: 'SUBMITTED', plan: { id: planId } });
  });
});
