/**
 * Enrolment through the API: requests and the supervisor's decision, nominations, the waitlist and its order,
 * capacity under concurrent enrolment, and the enrolmentStatusChanged subscription (also across two servers).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { onPostgres, startTestServer, subscribe, waitForSubscribers, type TestServer } from './support/server.js';

const TrPeople = graphql(`
  query TrPeople {
    employees(first: 100, filter: { employmentType: PNS, positionKind: PELAKSANA }) {
      nodes { id nip name supervisor { id nip position { kind } } appraiser { id nip } }
    }
    more: employees(first: 100, filter: { employmentType: PNS }) { nodes { id nip } }
  }
`);

const TrCreateProgramme = graphql(`
  mutation TrCreateProgramme($input: CreateTrainingProgrammeInput!) {
    createTrainingProgramme(input: $input) { programme { id title form positionKinds } userErrors { field code message } }
  }
`);

const TrCreateSession = graphql(`
  mutation TrCreateSession($input: CreateTrainingSessionInput!) {
    createTrainingSession(input: $input) { session { id status capacity } userErrors { field code message } }
  }
`);

const TrUpdateSession = graphql(`
  mutation TrUpdateSession($input: UpdateTrainingSessionInput!) {
    updateTrainingSession(input: $input) { session { id status capacity placesTaken waitlistLength } userErrors { field code message } }
  }
`);

const TrRequest = graphql(`
  mutation TrRequest($input: RequestEnrolmentInput!) {
    requestEnrolment(input: $input) { enrolment { id status origin employee { id } } userErrors { field code message } }
  }
`);

const TrDecide = graphql(`
  mutation TrDecide($input: DecideEnrolmentInput!) {
    decideEnrolment(input: $input) {
      enrolment { id status waitlistPosition queuedAt decidedBy { id } decisionNote }
      userErrors { field code message }
    }
  }
`);

const TrNominate = graphql(`
  mutation TrNominate($input: NominateForSessionInput!) {
    nominateForSession(input: $input) {
      enrolment { id status origin waitlistPosition nominatedBy { id } employee { id } }
      userErrors { field code message }
    }
  }
`);

const TrCancel = graphql(`
  mutation TrCancel($input: CancelEnrolmentInput!) {
    cancelEnrolment(input: $input) { enrolment { id status decisionNote } userErrors { field code message } }
  }
`);

const TrSession = graphql(`
  query TrSession($id: ID!) {
    node(id: $id) {
      ... on TrainingSession {
        id status capacity placesTaken placesLeft waitlistLength pendingRequests
        enrolments(first: 100) { totalCount nodes { id status waitlistPosition queuedAt employee { id } } }
      }
    }
  }
`);

const TrMyEnrolment = graphql(`
  query TrMyEnrolment($id: ID!) {
    node(id: $id) { ... on TrainingSession { myEnrolment { id status waitlistPosition } } }
  }
`);

const TrStatusChanged = graphql(`
  subscription TrStatusChanged($employeeId: ID!) {
    enrolmentStatusChanged(employeeId: $employeeId) {
      status previousStatus promotedFromWaitlist
      enrolment { id status waitlistPosition employee { id } session { id } }
    }
  }
`);

let t: TestServer;
let adminToken: string;
interface Person { id: string; nip: string; supervisor: { id: string; nip: string } }
/** PNS pelaksana whose direct supervisor has a NIP (can sign in). */
let staff: Person[];
/** More PNS employees, for the crowd in the concurrency test. */
let crowd: { id: string; nip: string }[];
let programmeId: string;
const tokens = new Map<string, string>();

async function tokenOf(nip: string): Promise<string> {
  if (!tokens.has(nip)) tokens.set(nip, await t.token(nip));
  return tokens.get(nip)!;
}

async function newSession(capacity: number, status: 'OPEN' | 'PLANNED' = 'OPEN'): Promise<string> {
  const res = await t.request(
    TrCreateSession,
    { input: { programmeId, startsOn: '2026-03-02', endsOn: '2026-03-04', location: 'Aula BKPSDM', capacity, status } },
    { token: adminToken },
  );
  expect(res.data!.createTrainingSession.userErrors).toEqual([]);
  return res.data!.createTrainingSession.session!.id;
}

interface SessionView {
  status: string;
  placesTaken: number;
  waitlistLength: number;
  pendingRequests: number;
  enrolments: { totalCount: number; nodes: { id: string; status: string; waitlistPosition: number | null; queuedAt: string | null; employee: { id: string } }[] };
}

async function sessionState(id: string): Promise<SessionView> {
  const res = await t.request(TrSession, { id }, { token: adminToken });
  expect(res.errors).toBeUndefined();
  return res.data!.node as unknown as SessionView;
}

async function request(person: { id: string; nip: string }, sessionId: string) {
  const res = await t.request(TrRequest, { input: { sessionId, note: 'Untuk mendukung tugas pelayanan.' } }, { token: await tokenOf(person.nip) });
  expect(res.errors).toBeUndefined();
  return res.data!.requestEnrolment;
}

beforeAll(async () => {
  t = await startTestServer();
  adminToken = await t.token(t.seed.adminNip, ['employee', 'admin']);
  const people = await t.request(TrPeople, {}, { token: adminToken });
  staff = people.data!.employees.nodes.filter((n) => n.supervisor?.nip && n.nip !== t.seed.adminNip) as Person[];
  crowd = people.data!.more.nodes.filter((n) => n.nip && n.nip !== t.seed.adminNip) as { id: string; nip: string }[];
  const created = await t.request(
    TrCreateProgramme,
    { input: { title: 'Uji Pelatihan Antrean', area: 'TECHNICAL', kind: 'BIMTEK', jpHours: 16, provider: 'BKPSDM' } },
    { token: adminToken },
  );
  expect(created.data!.createTrainingProgramme.userErrors).toEqual([]);
  programmeId = created.data!.createTrainingProgramme.programme!.id;
});
afterAll(() => t?.stop());

describe('requests and the supervisor’s decision', () => {
  it('lets an employee request a place and the direct supervisor approve or decline it', async () => {
    const session = await newSession(3);
    const [a, b] = staff;
    const requested = await request(a!, session);
    expect(requested.userErrors).toEqual([]);
    expect(requested.enrolment).toMatchObject({ status: 'REQUESTED', origin: 'REQUEST', employee: { id: a!.id } });
    expect((await sessionState(session)).pendingRequests).toBe(1);

    // Asking twice is refused; so is a decision by someone who is not the direct supervisor.
    expect((await request(a!, session)).userErrors[0]).toMatchObject({ code: 'ALREADY_ENROLLED', field: ['input', 'sessionId'] });
    const byPeer = await t.request(TrDecide, { input: { enrolmentId: requested.enrolment!.id, decision: 'APPROVE' } }, { token: await tokenOf(b!.nip) });
    expect(byPeer.data!.decideEnrolment.userErrors[0]!.code).toBe('NOT_SUPERVISOR');

    const approved = await t.request(
      TrDecide,
      { input: { enrolmentId: requested.enrolment!.id, decision: 'APPROVE', note: 'Disetujui.' } },
      { token: await tokenOf(a!.supervisor.nip) },
    );
    expect(approved.data!.decideEnrolment.userErrors).toEqual([]);
    expect(approved.data!.decideEnrolment.enrolment).toMatchObject({ status: 'APPROVED', waitlistPosition: null, decidedBy: { id: a!.supervisor.id }, decisionNote: 'Disetujui.' });
    expect(approved.data!.decideEnrolment.enrolment!.queuedAt).toBeTruthy();
    const again = await t.request(TrDecide, { input: { enrolmentId: requested.enrolment!.id, decision: 'DECLINE' } }, { token: await tokenOf(a!.supervisor.nip) });
    expect(again.data!.decideEnrolment.userErrors[0]!.code).toBe('ENROLMENT_STATUS');

    const other = await request(b!, session);
    const declined = await t.request(
      TrDecide,
      { input: { enrolmentId: other.enrolment!.id, decision: 'DECLINE', note: 'Beban kerja bulan ini tinggi.' } },
      { token: await tokenOf(b!.supervisor.nip) },
    );
    expect(declined.data!.decideEnrolment.enrolment).toMatchObject({ status: 'DECLINED', decisionNote: 'Beban kerja bulan ini tinggi.' });
    // After a decline the employee may ask again.
    expect((await request(b!, session)).enrolment!.status).toBe('REQUESTED');

    // Nobody decides their own request, not even an admin.
    const own = await t.request(TrRequest, { input: { sessionId: session } }, { token: adminToken });
    const selfApproval = await t.request(TrDecide, { input: { enrolmentId: own.data!.requestEnrolment.enrolment!.id, decision: 'APPROVE' } }, { token: adminToken });
    expect(selfApproval.data!.decideEnrolment.userErrors[0]).toMatchObject({ code: 'NOT_SUPERVISOR', message: expect.stringMatching(/own request/) });

    const mine = await t.request(TrMyEnrolment, { id: session }, { token: await tokenOf(a!.nip) });
    expect(mine.data!.node).toEqual({ myEnrolment: { id: requested.enrolment!.id, status: 'APPROVED', waitlistPosition: null } });
  });

  it('refuses requests to a session that is not open and to a programme not meant for the position', async () => {
    const session = await newSession(3);
    await t.request(TrUpdateSession, { input: { id: session, status: 'ONGOING' } }, { token: adminToken });
    expect((await request(staff[0]!, session)).userErrors[0]).toMatchObject({ code: 'SESSION_STATUS' });

    const leadership = await t.request(
      TrCreateProgramme,
      { input: { title: 'Uji Kepemimpinan Pengawas', area: 'MANAGERIAL', kind: 'DIKLAT', jpHours: 120, provider: 'BPSDM', positionKinds: ['PENGAWAS'] } },
      { token: adminToken },
    );
    const pkp = await t.request(
      TrCreateSession,
      { input: { programmeId: leadership.data!.createTrainingProgramme.programme!.id, startsOn: '2026-04-01', endsOn: '2026-04-20', location: 'BPSDM', capacity: 30, status: 'OPEN' } },
      { token: adminToken },
    );
    const refused = await request(staff[0]!, pkp.data!.createTrainingSession.session!.id);
    expect(refused.userErrors[0]).toMatchObject({ code: 'NOT_ELIGIBLE', message: expect.stringMatching(/PENGAWAS/) });
  });
});

const TrStatusOnly = `
  subscription TrStatusOnly($employeeId: ID!) {
    enrolmentStatusChanged(employeeId: $employeeId) { status previousStatus promotedFromWaitlist }
  }
`;

const TrMove = `
  mutation TrMove($input: TransferEmployeeInput!) { transferEmployee(input: $input) { userErrors { code message } } }
`;

/** A position of another kind than the one a PELAKSANA-only programme is meant for. */
async function fungsionalPosition(): Promise<string> {
  const res: any = await t.request('query TrPositions { positions(kind: FUNGSIONAL) { id } }', {}, { token: adminToken });
  return res.data.positions[0].id;
}

describe('a request approved after a change of position', () => {
  it('is refused when the employee is no longer eligible, with the userError the request would get now', async () => {
    const created = await t.request(
      TrCreateProgramme,
      { input: { title: 'Uji Bimtek Pelaksana Administrasi', area: 'TECHNICAL', kind: 'BIMTEK', jpHours: 12, provider: 'BKPSDM', positionKinds: ['PELAKSANA'] } },
      { token: adminToken },
    );
    const onlyPelaksana = created.data!.createTrainingProgramme.programme!.id;
    const sessionOf = async () => {
      const res = await t.request(
        TrCreateSession,
        { input: { programmeId: onlyPelaksana, startsOn: '2026-05-04', endsOn: '2026-05-06', location: 'Aula BKPSDM', capacity: 5, status: 'OPEN' } },
        { token: adminToken },
      );
      return res.data!.createTrainingSession.session!.id;
    };
    const session = await sessionOf();
    const person = staff.at(-1)!;
    const asked = await request(person, session);
    expect(asked.enrolment).toMatchObject({ status: 'REQUESTED' });

    // Mutasi to a fungsional position, same supervisor: the programme is no longer meant for them.
    const moved: any = await t.request(TrMove, { input: { id: person.id, positionId: await fungsionalPosition() } }, { token: adminToken });
    expect(moved.data.transferEmployee.userErrors).toEqual([]);
    const now = await request(person, await sessionOf());
    expect(now.userErrors).toEqual([expect.objectContaining({ code: 'NOT_ELIGIBLE', message: expect.stringMatching(/PELAKSANA positions; .* FUNGSIONAL position/) })]);

    const approved = await t.request(TrDecide, { input: { enrolmentId: asked.enrolment!.id, decision: 'APPROVE' } }, { token: await tokenOf(person.supervisor.nip) });
    expect(approved.data!.decideEnrolment).toEqual({
      enrolment: null,
      userErrors: [{ field: ['input', 'enrolmentId'], code: 'NOT_ELIGIBLE', message: now.userErrors[0]!.message }],
    });
    const state = await sessionState(session);
    expect(state.enrolments.nodes.map((n) => n.status)).toEqual(['REQUESTED']);
    expect(state.placesTaken).toBe(0);
    // Declining it stays possible.
    const declined = await t.request(TrDecide, { input: { enrolmentId: asked.enrolment!.id, decision: 'DECLINE' } }, { token: await tokenOf(person.supervisor.nip) });
    expect(declined.data!.decideEnrolment.enrolment).toMatchObject({ status: 'DECLINED' });
  });
});

describe('nominations and the waitlist', () => {
  it('nominates direct reports into free places, then the waitlist, and promotes the first in line when one cancels', async () => {
    const session = await newSession(2);
    // Three reports of the same supervisor if there are, else the admin nominates.
    const bySupervisor = new Map<string, Person[]>();
    for (const p of staff) bySupervisor.set(p.supervisor.id, [...(bySupervisor.get(p.supervisor.id) ?? []), p]);
    const team = [...bySupervisor.values()].sort((x, y) => y.length - x.length)[0]!;
    expect(team.length).toBeGreaterThanOrEqual(3);
    const boss = await tokenOf(team[0]!.supervisor.nip);

    const results = [];
    for (const member of team.slice(0, 4)) {
      const res = await t.request(TrNominate, { input: { sessionId: session, employeeId: member.id, note: 'Penugasan.' } }, { token: boss });
      expect(res.data!.nominateForSession.userErrors).toEqual([]);
      results.push(res.data!.nominateForSession.enrolment!);
    }
    expect(results.map((r) => [r.status, r.waitlistPosition, r.origin])).toEqual([
      ['APPROVED', null, 'NOMINATION'],
      ['APPROVED', null, 'NOMINATION'],
      ['WAITLISTED', 1, 'NOMINATION'],
      ...(team.length > 3 ? [['WAITLISTED', 2, 'NOMINATION']] : []),
    ]);
    expect(results[0]!.nominatedBy!.id).toBe(team[0]!.supervisor.id);

    // Someone else's report is not theirs to nominate; nominating twice is refused.
    const stranger = staff.find((p) => p.supervisor.id !== team[0]!.supervisor.id)!;
    const notMine = await t.request(TrNominate, { input: { sessionId: session, employeeId: stranger.id } }, { token: boss });
    expect(notMine.data!.nominateForSession.userErrors[0]).toMatchObject({ code: 'NOT_SUPERVISOR', field: ['input', 'employeeId'] });
    const twice = await t.request(TrNominate, { input: { sessionId: session, employeeId: team[0]!.id } }, { token: boss });
    expect(twice.data!.nominateForSession.userErrors[0]!.code).toBe('ALREADY_ENROLLED');

    // The first participant withdraws: the first on the waitlist takes the place, the next moves up.
    const cancelled = await t.request(TrCancel, { input: { enrolmentId: results[0]!.id, reason: 'Sakit.' } }, { token: await tokenOf(team[0]!.nip) });
    expect(cancelled.data!.cancelEnrolment.enrolment).toMatchObject({ status: 'CANCELLED', decisionNote: 'Sakit.' });
    const state = await sessionState(session);
    const statusOf = (id: string) => state.enrolments.nodes.find((n) => n.id === id)!;
    expect(statusOf(results[2]!.id)).toMatchObject({ status: 'APPROVED', waitlistPosition: null });
    if (team.length > 3) expect(statusOf(results[3]!.id)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    expect(state.placesTaken).toBe(2);

    // Another employee cannot cancel it; cancelling twice is refused.
    const byOther = await t.request(TrCancel, { input: { enrolmentId: results[1]!.id } }, { token: await tokenOf(stranger.nip) });
    expect(byOther.data!.cancelEnrolment.userErrors[0]!.code).toBe('NOT_FOUND');
    const again = await t.request(TrCancel, { input: { enrolmentId: results[0]!.id } }, { token: await tokenOf(team[0]!.nip) });
    expect(again.data!.cancelEnrolment.userErrors[0]!.code).toBe('ENROLMENT_STATUS');
  });

  it('holds nominations of a planned session and places them in nomination order when it opens', async () => {
    const session = await newSession(2, 'PLANNED');
    const people = crowd.slice(0, 4);
    for (const person of people) {
      const res = await t.request(TrNominate, { input: { sessionId: session, employeeId: person.id } }, { token: adminToken });
      expect(res.data!.nominateForSession.enrolment!.status).toBe('NOMINATED');
    }
    const opened = await t.request(TrUpdateSession, { input: { id: session, status: 'OPEN' } }, { token: adminToken });
    expect(opened.data!.updateTrainingSession).toMatchObject({ session: { status: 'OPEN', placesTaken: 2, waitlistLength: 2 }, userErrors: [] });
    const state = await sessionState(session);
    const byEmployee = new Map(state.enrolments.nodes.map((n) => [n.employee.id, n]));
    expect(people.map((p) => [byEmployee.get(p.id)!.status, byEmployee.get(p.id)!.waitlistPosition])).toEqual([
      ['APPROVED', null],
      ['APPROVED', null],
      ['WAITLISTED', 1],
      ['WAITLISTED', 2],
    ]);

    // More places move the waitlist up; fewer than the places taken are refused.
    const smaller = await t.request(TrUpdateSession, { input: { id: session, capacity: 1 } }, { token: adminToken });
    expect(smaller.data!.updateTrainingSession.userErrors[0]).toMatchObject({ field: ['input', 'capacity'], code: 'CAPACITY_TOO_SMALL' });
    const larger = await t.request(TrUpdateSession, { input: { id: session, capacity: 3 } }, { token: adminToken });
    expect(larger.data!.updateTrainingSession.session).toMatchObject({ placesTaken: 3, waitlistLength: 1 });

    // When it starts, whoever still waits is released.
    const started = await t.request(TrUpdateSession, { input: { id: session, status: 'ONGOING' } }, { token: adminToken });
    expect(started.data!.updateTrainingSession.session).toMatchObject({ status: 'ONGOING', placesTaken: 3, waitlistLength: 0 });
    expect((await sessionState(session)).enrolments.nodes.find((n) => n.employee.id === people[3]!.id)!.status).toBe('CANCELLED');
    const skip = await t.request(TrUpdateSession, { input: { id: session, status: 'OPEN' } }, { token: adminToken });
    expect(skip.data!.updateTrainingSession.userErrors[0]).toMatchObject({ code: 'SESSION_STATUS' });
  });
});

describe('capacity under concurrent enrolment', () => {
  it('gives exactly the capacity to 20 concurrent approvals, the rest waits in the order served, and a cancellation promotes the first', async () => {
    const session = await newSession(5);
    const people = crowd.slice(10, 30);
    expect(people).toHaveLength(20);
    const requests = await Promise.all(people.map((p) => request(p, session)));
    expect(requests.every((r) => r.enrolment?.status === 'REQUESTED')).toBe(true);

    const started = Date.now();
    const decisions = await Promise.all(
      requests.map((r) => t.request(TrDecide, { input: { enrolmentId: r.enrolment!.id, decision: 'APPROVE' } }, { token: adminToken })),
    );
    const elapsed = Date.now() - started;
    for (const d of decisions) expect(d.data!.decideEnrolment.userErrors).toEqual([]);
    const state = await sessionState(session);
    const approved = state.enrolments.nodes.filter((n) => n.status === 'APPROVED');
    const waitlisted = state.enrolments.nodes.filter((n) => n.status === 'WAITLISTED');
    expect(approved).toHaveLength(5);
    expect(waitlisted).toHaveLength(15);
    expect(state.placesTaken).toBe(5);
    // Served one after the other: every place went before anyone waited, and the waitlist follows the same order.
    const time = (n: { queuedAt: string | null }) => Date.parse(n.queuedAt!);
    expect(Math.max(...approved.map(time))).toBeLessThanOrEqual(Math.min(...waitlisted.map(time)));
    const inLine = [...waitlisted].sort((a, b) => a.waitlistPosition! - b.waitlistPosition!);
    expect(inLine.map((n) => n.waitlistPosition)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(inLine.map(time)).toEqual([...inLine.map(time)].sort((a, b) => a - b));
    console.log(`20 concurrent approvals into 5 places: ${elapsed} ms`);

    const cancelled = await t.request(TrCancel, { input: { enrolmentId: approved[0]!.id } }, { token: adminToken });
    expect(cancelled.data!.cancelEnrolment.userErrors).toEqual([]);
    const after = await sessionState(session);
    expect(after.enrolments.nodes.find((n) => n.id === inLine[0]!.id)).toMatchObject({ status: 'APPROVED', waitlistPosition: null });
    expect(after.enrolments.nodes.find((n) => n.id === inLine[1]!.id)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    expect(after.placesTaken).toBe(5);
  });

  it('gives exactly the capacity to 20 concurrent nominations, and concurrent cancellations promote in order without overfilling', async () => {
    const session = await newSession(5);
    const people = crowd.slice(40, 60);
    const results = await Promise.all(
      people.map((p) => t.request(TrNominate, { input: { sessionId: session, employeeId: p.id } }, { token: adminToken })),
    );
    for (const r of results) expect(r.data!.nominateForSession.userErrors).toEqual([]);
    const statuses = results.map((r) => r.data!.nominateForSession.enrolment!.status);
    expect(statuses.filter((s) => s === 'APPROVED')).toHaveLength(5);
    expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(15);

    const before = await sessionState(session);
    const line = before.enrolments.nodes.filter((n) => n.status === 'WAITLISTED').sort((a, b) => a.waitlistPosition! - b.waitlistPosition!);
    const holders = before.enrolments.nodes.filter((n) => n.status === 'APPROVED');
    await Promise.all(holders.slice(0, 3).map((h) => t.request(TrCancel, { input: { enrolmentId: h.id } }, { token: adminToken })));
    const after = await sessionState(session);
    expect(after.placesTaken).toBe(5);
    const nowApproved = new Set(after.enrolments.nodes.filter((n) => n.status === 'APPROVED').map((n) => n.id));
    expect(line.slice(0, 3).every((n) => nowApproved.has(n.id))).toBe(true);
    expect(after.enrolments.nodes.find((n) => n.id === line[3]!.id)!.waitlistPosition).toBe(1);
  });
});

describe('enrolmentStatusChanged', () => {
  it('pushes approval and promotion from the waitlist to the employee, the supervisor and admins, after commit', async () => {
    const session = await newSession(1);
    const [first, second] = staff.filter((p) => p.supervisor.id === staff[0]!.supervisor.id).length >= 2
      ? staff.filter((p) => p.supervisor.id === staff[0]!.supervisor.id)
      : [staff[0]!, staff[1]!];
    const own = subscribe(t.ws(await tokenOf(second!.nip)), TrStatusChanged, { employeeId: second!.id });
    const boss = subscribe(t.ws(await tokenOf(second!.supervisor.nip)), TrStatusChanged, { employeeId: second!.id });
    const admin = subscribe(t.ws(adminToken), TrStatusChanged, { employeeId: second!.id });
    const others = subscribe(t.ws(await tokenOf(first!.nip)), TrStatusChanged, { employeeId: first!.id });
    await waitForSubscribers(t.server, 4);

    const a = await t.request(TrNominate, { input: { sessionId: session, employeeId: first!.id } }, { token: adminToken });
    const b = await t.request(TrNominate, { input: { sessionId: session, employeeId: second!.id } }, { token: adminToken });
    expect(b.data!.nominateForSession.enrolment!.status).toBe('WAITLISTED');
    await t.request(TrCancel, { input: { enrolmentId: a.data!.nominateForSession.enrolment!.id } }, { token: adminToken });

    for (const sub of [own, boss, admin]) {
      const events = await sub.next(2);
      expect(events.map((e) => e.errors)).toEqual([undefined, undefined]);
      expect(events.map((e) => e.data!.enrolmentStatusChanged)).toEqual([
        {
          status: 'WAITLISTED',
          previousStatus: null,
          promotedFromWaitlist: false,
          enrolment: expect.objectContaining({ id: b.data!.nominateForSession.enrolment!.id, employee: { id: second!.id } }),
        },
        {
          status: 'APPROVED',
          previousStatus: 'WAITLISTED',
          promotedFromWaitlist: true,
          enrolment: expect.objectContaining({ status: 'APPROVED', waitlistPosition: null, session: { id: session } }),
        },
      ]);
    }
    const mine = await others.next(2);
    expect(mine.map((e) => e.data!.enrolmentStatusChanged.status)).toEqual(['APPROVED', 'CANCELLED']);
    await new Promise((r) => setTimeout(r, 200));
    expect(own.received).toHaveLength(2);
    for (const sub of [own, boss, admin, others]) sub.dispose();
  });

  it('sends nothing for a refused mutation, and refuses other employees and the public', async () => {
    const session = await newSession(1);
    const person = staff[2]!;
    const sub = subscribe(t.ws(await tokenOf(person.nip)), TrStatusChanged, { employeeId: person.id });
    await waitForSubscribers(t.server, 1);
    const refused = await t.request(TrNominate, { input: { sessionId: session, employeeId: person.id } }, { token: await tokenOf(staff[3]!.nip) });
    expect(refused.data!.nominateForSession.userErrors[0]!.code).toBe('NOT_SUPERVISOR');
    await new Promise((r) => setTimeout(r, 300));
    expect(sub.received).toHaveLength(0);
    sub.dispose();

    const stranger = staff.find((p) => p.supervisor.id !== person.supervisor.id && p.id !== person.id)!;
    const denied = subscribe(t.ws(await tokenOf(stranger.nip)), TrStatusChanged, { employeeId: person.id });
    const [result] = await denied.next(1, 3000);
    expect(result!.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const anonymous = subscribe(t.ws(), TrStatusChanged, { employeeId: person.id });
    const [anon] = await anonymous.next(1, 3000);
    expect(anon!.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('checks access again for every change: a supervisor moved off gets FORBIDDEN, not the status', async () => {
    const session = await newSession(3);
    type Supervised = Person & { supervisor: { position: { kind: string } } };
    const people = staff as Supervised[];
    const person = people.slice(5).find((p) => p.supervisor.nip !== t.seed.adminNip)!;
    const newBoss = people.find((p) => p.supervisor.id !== person.supervisor.id && p.supervisor.nip !== t.seed.adminNip && p.supervisor.position.kind !== 'PELAKSANA')!.supervisor;
    const before = t.server.pubsub.subscriberCount;
    const own = subscribe(t.ws(await tokenOf(person.nip)), TrStatusChanged, { employeeId: person.id });
    // Without `enrolment` (whose own rules would null the event): only the re-check keeps the status from them.
    const boss = subscribe(t.ws(await tokenOf(person.supervisor.nip)), TrStatusOnly, { employeeId: person.id });
    await waitForSubscribers(t.server, before + 2);

    const nominated = await t.request(TrNominate, { input: { sessionId: session, employeeId: person.id } }, { token: adminToken });
    expect(nominated.data!.nominateForSession.enrolment!.status).toBe('APPROVED');
    const [first] = await boss.next(1);
    expect(first!.data!.enrolmentStatusChanged).toMatchObject({ status: 'APPROVED', previousStatus: null });

    // Mutasi: the employee now reports to another supervisor, who is also their appraiser.
    const moved: any = await t.request(TrMove, { input: { id: person.id, supervisorId: newBoss.id } }, { token: adminToken });
    expect(moved.data.transferEmployee.userErrors).toEqual([]);
    const cancelled = await t.request(TrCancel, { input: { enrolmentId: nominated.data!.nominateForSession.enrolment!.id } }, { token: adminToken });
    expect(cancelled.data!.cancelEnrolment.userErrors).toEqual([]);

    const [, mine] = await own.next(2);
    expect(mine!.data!.enrolmentStatusChanged).toMatchObject({ status: 'CANCELLED', previousStatus: 'APPROVED', promotedFromWaitlist: false });
    const [, theirs] = await boss.next(2);
    expect(theirs!.data).toBeNull();
    expect(theirs!.errors!.map((e) => e.extensions!.code)).toEqual(['FORBIDDEN']);
    own.dispose();
    boss.dispose();
  });

  it.runIf(onPostgres)('reaches a subscriber on another server instance through LISTEN/NOTIFY', async () => {
    const peer = await t.startPeer();
    const session = await newSession(3);
    const person = staff[4]!;
    const sub = subscribe(peer.ws(await peer.token(person.nip)), TrStatusChanged, { employeeId: person.id });
    await waitForSubscribers(peer.server, 1);
    const res = await t.request(TrNominate, { input: { sessionId: session, employeeId: person.id } }, { token: adminToken });
    expect(res.data!.nominateForSession.userErrors).toEqual([]);
    const [event] = await sub.next(1);
    expect(event!.data!.enrolmentStatusChanged).toMatchObject({ status: 'APPROVED', enrolment: { employee: { id: person.id } } });
  });
});

describe('a place reached after a change of position', () => {
  it('goes past nominees and waitlisted employees no longer eligible, who are released with the reason', async () => {
    const created = await t.request(
      TrCreateProgramme,
      { input: { title: 'Uji Diklat Pelaksana Arsip', area: 'TECHNICAL', kind: 'BIMTEK', jpHours: 8, provider: 'BKPSDM', positionKinds: ['PELAKSANA'] } },
      { token: adminToken },
    );
    const planned = await t.request(
      TrCreateSession,
      {
        input: {
          programmeId: created.data!.createTrainingProgramme.programme!.id,
          startsOn: '2026-06-01',
          endsOn: '2026-06-03',
          location: 'Aula BKPSDM',
          capacity: 1,
          status: 'PLANNED',
        },
      },
      { token: adminToken },
    );
    const session = planned.data!.createTrainingSession.session!.id;
    const [first, second, third, fourth] = staff.slice(-5, -1) as [Person, Person, Person, Person];
    const enrolmentOf = new Map<string, string>();
    for (const person of [first, second, third, fourth]) {
      const res = await t.request(TrNominate, { input: { sessionId: session, employeeId: person.id } }, { token: adminToken });
      expect(res.data!.nominateForSession.enrolment!.status).toBe('NOMINATED');
      enrolmentOf.set(person.id, res.data!.nominateForSession.enrolment!.id);
    }
    const moveToFungsional = async (person: Person) => {
      const moved: any = await t.request(TrMove, { input: { id: person.id, positionId: await fungsionalPosition() } }, { token: adminToken });
      expect(moved.data.transferEmployee.userErrors).toEqual([]);
    };
    const statusOf = async () => {
      const state = await sessionState(session);
      const byEmployee = new Map(state.enrolments.nodes.map((n) => [n.employee.id, n]));
      return { state, of: (p: Person) => [byEmployee.get(p.id)!.status, byEmployee.get(p.id)!.waitlistPosition] };
    };

    // The first nominee moved to a fungsional position before the session opened: the place goes to the second.
    await moveToFungsional(first);
    const opened = await t.request(TrUpdateSession, { input: { id: session, status: 'OPEN' } }, { token: adminToken });
    expect(opened.data!.updateTrainingSession).toMatchObject({ session: { status: 'OPEN', placesTaken: 1, waitlistLength: 2 }, userErrors: [] });
    let now = await statusOf();
    expect([first, second, third, fourth].map(now.of)).toEqual([
      ['CANCELLED', null],
      ['APPROVED', null],
      ['WAITLISTED', 1],
      ['WAITLISTED', 2],
    ]);
    const released = await t.request(TrMyEnrolment, { id: session }, { token: await tokenOf(first.nip) });
    expect(released.data!.node).toMatchObject({ myEnrolment: { status: 'CANCELLED' } });

    // The first in line moved too: the freed place goes past them to the next.
    await moveToFungsional(third);
    const cancelled = await t.request(TrCancel, { input: { enrolmentId: enrolmentOf.get(second.id)!, reason: 'Tugas luar.' } }, { token: adminToken });
    expect(cancelled.data!.cancelEnrolment.userErrors).toEqual([]);
    now = await statusOf();
    expect([first, second, third, fourth].map(now.of)).toEqual([
      ['CANCELLED', null],
      ['CANCELLED', null],
      ['CANCELLED', null],
      ['APPROVED', null],
    ]);
    expect(now.state.placesTaken).toBe(1);
    const notes: any = await t.request(
      `query TrNotes($id: ID!) { node(id: $id) { ... on Enrolment { status decisionNote } } }`,
      { id: enrolmentOf.get(third.id)! },
      { token: adminToken },
    );
    expect(notes.data.node).toEqual({ status: 'CANCELLED', decisionNote: expect.stringMatching(/^No longer eligible: .*PELAKSANA positions; .* FUNGSIONAL position/) });
  });
});
