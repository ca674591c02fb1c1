/**
 * JP through the API: completion credits the programme's JP, external training counts once verified, ratings after
 * completion, an employee's competencyHours, the unit report of who is below 20 JP, and recommendations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { startTestServer, type TestServer } from './support/server.js';

const HrsPeople = graphql(`
  query HrsPeople {
    employees(first: 100, filter: { employmentType: PNS, positionKind: PELAKSANA }) {
      nodes { id nip unit { id } supervisor { id nip } appraiser { id nip } }
    }
  }
`);

const HrsProgramme = graphql(`
  mutation HrsProgramme($input: CreateTrainingProgrammeInput!) {
    createTrainingProgramme(input: $input) { programme { id } userErrors { code message } }
  }
`);

const HrsUpdateProgramme = graphql(`
  mutation HrsUpdateProgramme($input: UpdateTrainingProgrammeInput!) {
    updateTrainingProgramme(input: $input) { programme { id jpHours } userErrors { code } }
  }
`);

const HrsSession = graphql(`
  mutation HrsSession($input: CreateTrainingSessionInput!) {
    createTrainingSession(input: $input) { session { id } userErrors { code message } }
  }
`);

const HrsSessionStatus = graphql(`
  mutation HrsSessionStatus($input: UpdateTrainingSessionInput!) {
    updateTrainingSession(input: $input) { session { id status } userErrors { code message } }
  }
`);

const HrsNominate = graphql(`
  mutation HrsNominate($input: NominateForSessionInput!) {
    nominateForSession(input: $input) { enrolment { id status } userErrors { code message } }
  }
`);

const HrsComplete = graphql(`
  mutation HrsComplete($input: RecordTrainingCompletionInput!) {
    recordTrainingCompletion(input: $input) {
      enrolment { id status attendancePercent result certificateNumber completedOn jpCredited }
      userErrors { field code message }
    }
  }
`);

const HrsSubmit = graphql(`
  mutation HrsSubmit($input: SubmitExternalTrainingInput!) {
    submitExternalTraining(input: $input) { externalTraining { id status form jpHours employee { id } } userErrors { field code message } }
  }
`);

const HrsVerify = graphql(`
  mutation HrsVerify($input: VerifyExternalTrainingInput!) {
    verifyExternalTraining(input: $input) { externalTraining { id status verifiedBy { id } verifiedAt } userErrors { code message } }
  }
`);

const HrsReject = graphql(`
  mutation HrsReject($input: RejectExternalTrainingInput!) {
    rejectExternalTraining(input: $input) { externalTraining { id status rejectionReason } userErrors { field code message } }
  }
`);

const HrsQueue = graphql(`
  query HrsQueue { externalTrainingsToVerify(first: 100) { totalCount nodes { id title employee { id } } } }
`);

const HrsRate = graphql(`
  mutation HrsRate($input: RateSessionInput!) {
    rateSession(input: $input) { rating { content trainer usefulness comment } enrolment { id rating { content } } userErrors { field code message } }
  }
`);

const HrsHours = graphql(`
  query HrsHours($id: ID!, $year: Int!) {
    employee(id: $id) {
      id
      competencyHours(year: $year) {
        year total target shortfall
        byArea { area jp }
        byForm { form jp }
        entries { source title area form kind jp date certificateNumber enrolment { id } externalTraining { id } }
      }
    }
  }
`);

const HrsReport = graphql(`
  query HrsReport($unitId: ID!, $year: Int!, $includeSubunits: Boolean) {
    unitCompetencyReport(unitId: $unitId, year: $year, includeSubunits: $includeSubunits) {
      unit { id } year employeeCount belowTargetCount totalJp averageJp
      belowTarget(first: 100) { pageInfo { hasNextPage } nodes { jp target shortfall employee { id name } } }
    }
  }
`);

const HrsRecommend = graphql(`
  query HrsRecommend($id: ID!, $year: Int!) {
    employee(id: $id) {
      position { kind }
      trainingRecommendations(year: $year, limit: 5) {
        programme { id title jpHours positionKinds }
        reasons { kind detail }
      }
      enrolments(first: 100, status: [COMPLETED]) { nodes { completedOn session { programme { id } } } }
    }
  }
`);

const HrsDirectory = graphql(`
  query HrsDirectory {
    employees(first: 60) { nodes { id competencyHours(year: 2025) { total shortfall byArea { jp } entries { title jp } } } }
  }
`);

const HrsTopUnits = graphql(`
  query HrsTopUnits { orgUnits { id children { id name } } }
`);

let t: TestServer;
let adminToken: string;
let subject: { id: string; nip: string; unit: { id: string }; supervisor: { id: string; nip: string }; appraiser: { id: string; nip: string } };
let peer: { id: string; nip: string };
/** Staff the tests below put through sessions of their own, apart from the subject and the peer. */
let others: { id: string; nip: string }[];
let tokens: { subject: string; supervisor: string; peer: string; partner: string };
let session: string;
let enrolment: string;

beforeAll(async () => {
  t = await startTestServer();
  adminToken = await t.token(t.seed.adminNip, ['employee', 'admin']);
  const people = (await t.request(HrsPeople, {}, { token: adminToken })).data!.employees.nodes as (typeof subject)[];
  subject = people.find((p) => p.supervisor?.nip && p.appraiser?.nip && p.nip !== t.seed.adminNip)!;
  peer = people.find((p) => p.id !== subject.id && p.supervisor?.id !== subject.id && p.id !== subject.supervisor.id && p.nip !== t.seed.adminNip)!;
  others = people.filter((p) => ![subject.id, peer.id, subject.supervisor.id].includes(p.id) && p.nip !== t.seed.adminNip).slice(0, 8);
  tokens = {
    subject: await t.token(subject.nip),
    supervisor: await t.token(subject.supervisor.nip),
    peer: await t.token(peer.nip),
    partner: await t.token('payroll-service', ['partner']),
  };
  const programme = await t.request(
    HrsProgramme,
    { input: { title: 'Bimtek Uji JP', area: 'TECHNICAL', kind: 'BIMTEK', jpHours: 16, provider: 'BKPSDM' } },
    { token: adminToken },
  );
  const created = await t.request(
    HrsSession,
    { input: { programmeId: programme.data!.createTrainingProgramme.programme!.id, startsOn: '2026-02-02', endsOn: '2026-02-03', location: 'Aula', capacity: 5, status: 'OPEN' } },
    { token: adminToken },
  );
  session = created.data!.createTrainingSession.session!.id;
  const nominated = await t.request(HrsNominate, { input: { sessionId: session, employeeId: subject.id } }, { token: tokens.supervisor });
  expect(nominated.data!.nominateForSession.userErrors).toEqual([]);
  enrolment = nominated.data!.nominateForSession.enrolment!.id;
});
afterAll(() => t?.stop());

async function hours(year: number, token = adminToken, id = subject.id) {
  const res = await t.request(HrsHours, { id, year }, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.employee!.competencyHours;
}

describe('completion', () => {
  it('records attendance and result once the session runs, and a pass credits the programme’s JP to the year', async () => {
    expect(await hours(2026)).toMatchObject({ year: 2026, total: 0, target: 20, shortfall: 20, entries: [] });
    const early = await t.request(HrsComplete, { input: { enrolmentId: enrolment, attendancePercent: 100, passed: true } }, { token: adminToken });
    expect(early.data!.recordTrainingCompletion.userErrors[0]).toMatchObject({ code: 'SESSION_STATUS' });
    await t.request(HrsSessionStatus, { input: { id: session, status: 'ONGOING' } }, { token: adminToken });

    const noCertificateWithoutPass = await t.request(
      HrsComplete,
      { input: { enrolmentId: enrolment, attendancePercent: 40, passed: false, certificateNumber: 'X/1' } },
      { token: adminToken },
    );
    expect(noCertificateWithoutPass.data!.recordTrainingCompletion.userErrors[0]).toMatchObject({ field: ['input', 'certificateNumber'], code: 'INVALID' });
    const badAttendance = await t.request(HrsComplete, { input: { enrolmentId: enrolment, attendancePercent: 101, passed: true } }, { token: adminToken });
    expect(badAttendance.data!.recordTrainingCompletion.userErrors[0]!.field).toEqual(['input', 'attendancePercent']);
    const bySupervisor = await t.request(HrsComplete, { input: { enrolmentId: enrolment, attendancePercent: 100, passed: true } }, { token: tokens.supervisor });
    expect(bySupervisor.errors![0]!.extensions!.code).toBe('FORBIDDEN');

    const failed = await t.request(HrsComplete, { input: { enrolmentId: enrolment, attendancePercent: 50, passed: false, result: 'Tidak lulus' } }, { token: adminToken });
    expect(failed.data!.recordTrainingCompletion.enrolment).toMatchObject({ status: 'NOT_COMPLETED', jpCredited: null, completedOn: '2026-02-03' });
    expect((await hours(2026))!.total).toBe(0);

    const passed = await t.request(
      HrsComplete,
      { input: { enrolmentId: enrolment, attendancePercent: 95, passed: true, result: 'Lulus, Sangat Memuaskan', certificateNumber: '800/0001/BKPSDM-TPI/2026' } },
      { token: adminToken },
    );
    expect(passed.data!.recordTrainingCompletion).toMatchObject({
      enrolment: { status: 'COMPLETED', attendancePercent: 95, jpCredited: 16, completedOn: '2026-02-03', certificateNumber: '800/0001/BKPSDM-TPI/2026' },
      userErrors: [],
    });
    const after = await hours(2026);
    expect(after).toMatchObject({ total: 16, shortfall: 4 });
    expect(after!.byArea).toEqual([{ area: 'TECHNICAL', jp: 16 }, { area: 'MANAGERIAL', jp: 0 }, { area: 'SOCIO_CULTURAL', jp: 0 }]);
    expect(after!.byForm).toEqual([{ form: 'CLASSICAL', jp: 16 }, { form: 'NON_CLASSICAL', jp: 0 }]);
    expect(after!.entries).toEqual([
      {
        source: 'ENROLMENT', title: 'Bimtek Uji JP', area: 'TECHNICAL', form: 'CLASSICAL', kind: 'BIMTEK', jp: 16, date: '2026-02-03',
        certificateNumber: '800/0001/BKPSDM-TPI/2026', enrolment: { id: enrolment }, externalTraining: null,
      },
    ]);
  });

  it('keeps JP already credited when the programme’s JP change later', async () => {
    const programmeId = (await t.request('query($id: ID!) { node(id: $id) { ... on TrainingSession { programme { id } } } }', { id: session }, { token: adminToken }) as any).data.node.programme.id;
    const edited = await t.request(HrsUpdateProgramme, { input: { id: programmeId, jpHours: 24 } }, { token: adminToken });
    expect(edited.data!.updateTrainingProgramme.programme!.jpHours).toBe(24);
    expect((await hours(2026))!.total).toBe(16);
  });

  it('refuses to cancel a session once results are recorded, so that no JP stay credited for a cancelled session', async () => {
    const cancel = 'mutation($input: CancelTrainingSessionInput!) { cancelTrainingSession(input: $input) { session { status } userErrors { field code message } } }';
    const refused: any = await t.request(cancel, { input: { id: session, reason: 'Narasumber berhalangan.' } }, { token: adminToken });
    expect(refused.errors).toBeUndefined();
    expect(refused.data.cancelTrainingSession.session).toBeNull();
    expect(refused.data.cancelTrainingSession.userErrors).toEqual([
      {
        field: ['input', 'id'],
        code: 'SESSION_STATUS',
        message: 'Results are recorded for 1 participant: finish the session (status COMPLETED) instead of cancelling it.',
      },
    ]);
    expect((await hours(2026))!.total).toBe(16);

    // An ONGOING session without results may still be cancelled.
    const programmeId = (await t.request('query($id: ID!) { node(id: $id) { ... on TrainingSession { programme { id } } } }', { id: session }, { token: adminToken }) as any).data.node.programme.id;
    const other = await t.request(HrsSession, { input: { programmeId, startsOn: '2026-03-02', endsOn: '2026-03-03', location: 'Aula', capacity: 5, status: 'OPEN' } }, { token: adminToken });
    const otherId = other.data!.createTrainingSession.session!.id;
    await t.request(HrsNominate, { input: { sessionId: otherId, employeeId: peer.id } }, { token: adminToken });
    await t.request(HrsSessionStatus, { input: { id: otherId, status: 'ONGOING' } }, { token: adminToken });
    const cancelled: any = await t.request(cancel, { input: { id: otherId, reason: 'Narasumber berhalangan.' } }, { token: adminToken });
    expect(cancelled.data.cancelTrainingSession).toEqual({ session: { status: 'CANCELLED' }, userErrors: [] });
  });

  it('refuses a completion date in the future, given or by default, so that no JP are credited to a year not reached', async () => {
    // Two days on in UTC is after today in WIB too.
    const future = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const given = await t.request(HrsComplete, { input: { enrolmentId: enrolment, attendancePercent: 95, passed: true, completedOn: future } }, { token: adminToken });
    expect(given.data!.recordTrainingCompletion).toEqual({
      enrolment: null,
      userErrors: [{ field: ['input', 'completedOn'], code: 'INVALID', message: 'The completion date is in the future: only training already taken can be recorded.' }],
    });
    const nextYear = await t.request(HrsComplete, { input: { enrolmentId: enrolment, attendancePercent: 95, passed: true, completedOn: '2099-06-30' } }, { token: adminToken });
    expect(nextYear.data!.recordTrainingCompletion.userErrors[0]).toMatchObject({ field: ['input', 'completedOn'], code: 'INVALID' });
    expect((await hours(2099))!.total).toBe(0);
    expect((await hours(2026))!.total).toBe(16);

    // A session still running past today has no end date to default to yet.
    const programme = await t.request(HrsProgramme, { input: { title: 'Coaching Uji Tanggal', area: 'MANAGERIAL', kind: 'COACHING', jpHours: 10, provider: 'BKPSDM' } }, { token: adminToken });
    const created = await t.request(
      HrsSession,
      { input: { programmeId: programme.data!.createTrainingProgramme.programme!.id, startsOn: '2026-03-02', endsOn: '2099-12-31', onlineUrl: 'https://zoom.example.go.id/coaching', capacity: 5, status: 'OPEN' } },
      { token: adminToken },
    );
    const running = created.data!.createTrainingSession.session!.id;
    const placed = await t.request(HrsNominate, { input: { sessionId: running, employeeId: others[0]!.id } }, { token: adminToken });
    await t.request(HrsSessionStatus, { input: { id: running, status: 'ONGOING' } }, { token: adminToken });
    const place = placed.data!.nominateForSession.enrolment!.id;
    const byDefault = await t.request(HrsComplete, { input: { enrolmentId: place, attendancePercent: 100, passed: true } }, { token: adminToken });
    expect(byDefault.data!.recordTrainingCompletion).toEqual({
      enrolment: null,
      userErrors: [{ field: ['input', 'completedOn'], code: 'INVALID', message: 'The session ends on 2099-12-31, after today: give the completion date (today or earlier).' }],
    });
    const past = await t.request(HrsComplete, { input: { enrolmentId: place, attendancePercent: 100, passed: true, completedOn: '2026-06-30' } }, { token: adminToken });
    expect(past.data!.recordTrainingCompletion.enrolment).toMatchObject({ status: 'COMPLETED', completedOn: '2026-06-30', jpCredited: 10 });
  });
});

describe('external training', () => {
  const input = {
    title: 'Kursus Daring Analisis Data',
    provider: 'Coursera',
    area: 'TECHNICAL' as const,
    kind: 'E_LEARNING' as const,
    jpHours: 6,
    startsOn: '2026-01-05',
    endsOn: '2026-01-20',
    evidenceUrl: 'https://dokumen.example.go.id/sertifikat/123.pdf',
  };

  it('counts only once an admin verified the evidence; a rejection carries the reason', async () => {
    const refusals: [Record<string, unknown>, string][] = [
      [{ endsOn: '2099-01-01' }, 'input.endsOn'],
      [{ evidenceUrl: 'not a link' }, 'input.evidenceUrl'],
      [{ form: 'CLASSICAL' }, 'input.form'],
      [{ jpHours: 0 }, 'input.jpHours'],
    ];
    for (const [override, field] of refusals) {
      const res = await t.request(HrsSubmit, { input: { ...input, ...override } }, { token: tokens.subject });
      expect(res.data!.submitExternalTraining.userErrors[0], JSON.stringify(override)).toMatchObject({ field: field.split('.'), code: 'INVALID' });
    }
    const submitted = await t.request(HrsSubmit, { input }, { token: tokens.subject });
    expect(submitted.data!.submitExternalTraining.externalTraining).toMatchObject({ status: 'SUBMITTED', form: 'NON_CLASSICAL', employee: { id: subject.id } });
    const id = submitted.data!.submitExternalTraining.externalTraining!.id;
    expect((await hours(2026))!.total).toBe(16);

    const queue = await t.request(HrsQueue, {}, { token: adminToken });
    expect(queue.data!.externalTrainingsToVerify.nodes.map((n) => n.id)).toContain(id);
    expect((await t.request(HrsQueue, {}, { token: tokens.subject })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await t.request(HrsVerify, { input: { id } }, { token: tokens.supervisor })).errors![0]!.extensions!.code).toBe('FORBIDDEN');

    const verified = await t.request(HrsVerify, { input: { id } }, { token: adminToken });
    expect(verified.data!.verifyExternalTraining.externalTraining).toMatchObject({ status: 'VERIFIED', verifiedBy: { id: expect.any(String) } });
    const again = await t.request(HrsVerify, { input: { id } }, { token: adminToken });
    expect(again.data!.verifyExternalTraining.userErrors[0]!.code).toBe('ALREADY_DECIDED');
    const counted = await hours(2026);
    expect(counted).toMatchObject({ total: 22, shortfall: 0 });
    expect(counted!.byForm).toEqual([{ form: 'CLASSICAL', jp: 16 }, { form: 'NON_CLASSICAL', jp: 6 }]);
    expect(counted!.entries.map((e) => [e.source, e.date])).toEqual([['EXTERNAL_TRAINING', '2026-01-20'], ['ENROLMENT', '2026-02-03']]);

    const other = await t.request(HrsSubmit, { input: { ...input, title: 'Seminar tanpa JP', kind: 'SEMINAR' } }, { token: tokens.subject });
    const otherId = other.data!.submitExternalTraining.externalTraining!.id;
    const noReason = await t.request(HrsReject, { input: { id: otherId, reason: '' } }, { token: adminToken });
    expect(noReason.data!.rejectExternalTraining.userErrors[0]!.field).toEqual(['input', 'reason']);
    const rejected = await t.request(HrsReject, { input: { id: otherId, reason: 'Sertifikat tanpa jumlah JP.' } }, { token: adminToken });
    expect(rejected.data!.rejectExternalTraining.externalTraining).toMatchObject({ status: 'REJECTED', rejectionReason: 'Sertifikat tanpa jumlah JP.' });
    expect((await hours(2026))!.total).toBe(22);
  });

  it('never lets an admin verify or reject their own claim; another admin decides it', async () => {
    const admin = (await t.request('{ me { id } }', {}, { token: adminToken }) as any).data.me.id as string;
    const submitted = await t.request(HrsSubmit, { input: { ...input, title: 'Kursus Daring Milik Admin' } }, { token: adminToken });
    const id = submitted.data!.submitExternalTraining.externalTraining!.id;
    expect(submitted.data!.submitExternalTraining.externalTraining!.employee.id).toBe(admin);
    const own = 'Your own external training is verified or rejected by another admin.';
    const verified = await t.request(HrsVerify, { input: { id } }, { token: adminToken });
    expect(verified.data!.verifyExternalTraining).toEqual({ externalTraining: null, userErrors: [{ code: 'NOT_SUPERVISOR', message: own }] });
    const rejected = await t.request(HrsReject, { input: { id, reason: 'Tidak relevan.' } }, { token: adminToken });
    expect(rejected.data!.rejectExternalTraining.userErrors).toEqual([{ field: ['input', 'id'], code: 'NOT_SUPERVISOR', message: own }]);
    expect((await hours(2026, adminToken, admin))!.total).toBe(0);

    const otherAdmin = await t.token(subject.supervisor.nip, ['employee', 'admin']);
    const byOther = await t.request(HrsVerify, { input: { id } }, { token: otherAdmin });
    expect(byOther.data!.verifyExternalTraining.externalTraining).toMatchObject({ status: 'VERIFIED', verifiedBy: { id: subject.supervisor.id } });
    expect((await hours(2026, adminToken, admin))!.total).toBe(6);
  });

  it('never lets an admin record their own session result; another admin does', async () => {
    const admin = (await t.request('{ me { id } }', {}, { token: adminToken }) as any).data.me.id as string;
    const otherAdmin = await t.token(subject.supervisor.nip, ['employee', 'admin']);
    const programme = await t.request(HrsProgramme, { input: { title: 'Bimtek Uji Hasil Sendiri', area: 'TECHNICAL', kind: 'BIMTEK', jpHours: 8, provider: 'BKPSDM' } }, { token: adminToken });
    const created = await t.request(
      HrsSession,
      { input: { programmeId: programme.data!.createTrainingProgramme.programme!.id, startsOn: '2026-03-02', endsOn: '2026-03-02', location: 'Aula', capacity: 5, status: 'OPEN' } },
      { token: adminToken },
    );
    const session = created.data!.createTrainingSession.session!.id;
    const placed = await t.request(HrsNominate, { input: { sessionId: session, employeeId: admin } }, { token: otherAdmin });
    const enrolmentId = placed.data!.nominateForSession.enrolment!.id;
    await t.request(HrsSessionStatus, { input: { id: session, status: 'ONGOING' } }, { token: adminToken });
    const before = (await hours(2026, adminToken, admin))!.total;
    const own = await t.request(HrsComplete, { input: { enrolmentId, attendancePercent: 100, passed: true } }, { token: adminToken });
    expect(own.data!.recordTrainingCompletion).toEqual({
      enrolment: null,
      userErrors: [{ field: ['input', 'enrolmentId'], code: 'NOT_SUPERVISOR', message: 'Your own result is recorded by another admin.' }],
    });
    expect((await hours(2026, adminToken, admin))!.total).toBe(before);
    const byOther = await t.request(HrsComplete, { input: { enrolmentId, attendancePercent: 100, passed: true } }, { token: otherAdmin });
    expect(byOther.data!.recordTrainingCompletion.enrolment).toMatchObject({ status: 'COMPLETED', jpCredited: 8 });
    expect((await hours(2026, adminToken, admin))!.total).toBe(before + 8);
  });
});

describe('ratings', () => {
  it('takes one rating per completed enrolment, from the participant only', async () => {
    const rating = { enrolmentId: enrolment, content: 5, trainer: 4, usefulness: 5, comment: 'Sangat bermanfaat.' };
    const outOfRange = await t.request(HrsRate, { input: { ...rating, trainer: 6 } }, { token: tokens.subject });
    expect(outOfRange.data!.rateSession.userErrors[0]).toMatchObject({ field: ['input', 'trainer'], code: 'INVALID' });
    const byOther = await t.request(HrsRate, { input: rating }, { token: tokens.peer });
    expect(byOther.data!.rateSession.userErrors[0]!.code).toBe('NOT_FOUND');
    const res = await t.request(HrsRate, { input: rating }, { token: tokens.subject });
    expect(res.data!.rateSession).toMatchObject({
      rating: { content: 5, trainer: 4, usefulness: 5, comment: 'Sangat bermanfaat.' },
      enrolment: { id: enrolment, rating: { content: 5 } },
      userErrors: [],
    });
    const twice = await t.request(HrsRate, { input: rating }, { token: tokens.subject });
    expect(twice.data!.rateSession.userErrors[0]!.code).toBe('ALREADY_RATED');

    // Not before taking part: a fresh place in an open session cannot be rated.
    const programme = await t.request(HrsProgramme, { input: { title: 'Seminar Uji Rating', area: 'SOCIO_CULTURAL', kind: 'SEMINAR', jpHours: 4, provider: 'BKPSDM' } }, { token: adminToken });
    const s = await t.request(HrsSession, { input: { programmeId: programme.data!.createTrainingProgramme.programme!.id, startsOn: '2026-09-01', endsOn: '2026-09-01', location: 'Aula', capacity: 5, status: 'OPEN' } }, { token: adminToken });
    const placed = await t.request(HrsNominate, { input: { sessionId: s.data!.createTrainingSession.session!.id, employeeId: subject.id } }, { token: adminToken });
    const early = await t.request(HrsRate, { input: { ...rating, enrolmentId: placed.data!.nominateForSession.enrolment!.id } }, { token: tokens.subject });
    expect(early.data!.rateSession.userErrors[0]!.code).toBe('ENROLMENT_STATUS');
  });

  it('takes no rating from a participant who did not complete the session', async () => {
    const programme = await t.request(HrsProgramme, { input: { title: 'Seminar Uji Tidak Selesai', area: 'SOCIO_CULTURAL', kind: 'SEMINAR', jpHours: 4, provider: 'BKPSDM' } }, { token: adminToken });
    const s = await t.request(HrsSession, { input: { programmeId: programme.data!.createTrainingProgramme.programme!.id, startsOn: '2026-04-01', endsOn: '2026-04-01', location: 'Aula', capacity: 5, status: 'OPEN' } }, { token: adminToken });
    const sessionId = s.data!.createTrainingSession.session!.id;
    const placed = await t.request(HrsNominate, { input: { sessionId, employeeId: subject.id } }, { token: adminToken });
    const enrolmentId = placed.data!.nominateForSession.enrolment!.id;
    await t.request(HrsSessionStatus, { input: { id: sessionId, status: 'ONGOING' } }, { token: adminToken });
    const absent = await t.request(HrsComplete, { input: { enrolmentId, attendancePercent: 0, passed: false, result: 'Tidak hadir' } }, { token: adminToken });
    expect(absent.data!.recordTrainingCompletion.enrolment).toMatchObject({ status: 'NOT_COMPLETED' });

    const res = await t.request(HrsRate, { input: { enrolmentId, content: 1, trainer: 1, usefulness: 1 } }, { token: tokens.subject });
    expect(res.data!.rateSession).toMatchObject({
      rating: null,
      userErrors: [{ field: ['input', 'enrolmentId'], code: 'ENROLMENT_STATUS', message: 'Only a participant who completed the session rates it; this enrolment is NOT_COMPLETED.' }],
    });
    const summary: any = await t.request('query($id: ID!) { node(id: $id) { ... on TrainingSession { ratingSummary { count } } } }', { id: sessionId }, { token: adminToken });
    expect(summary.data.node.ratingSummary.count).toBe(0);
  });

  it('withholds a programme’s averages while, with its sessions’ published ones, they would give away a withheld session’s', async () => {
    const programme = await t.request(HrsProgramme, { input: { title: 'Seminar Uji Subtraksi', area: 'SOCIO_CULTURAL', kind: 'SEMINAR', jpHours: 2, provider: 'BKPSDM' } }, { token: adminToken });
    const programmeId = programme.data!.createTrainingProgramme.programme!.id;
    const people = others.slice(1, 7);
    expect(people).toHaveLength(6);
    const enrolmentsOf = new Map<string, string>();
    const sessionIds: string[] = [];
    for (const [index, group] of [people.slice(0, 3), people.slice(3)].entries()) {
      const day = `2026-05-0${index + 4}`;
      const s = await t.request(HrsSession, { input: { programmeId, startsOn: day, endsOn: day, location: 'Aula', capacity: 3, status: 'OPEN' } }, { token: adminToken });
      const sessionId = s.data!.createTrainingSession.session!.id;
      sessionIds.push(sessionId);
      for (const person of group) {
        const placed = await t.request(HrsNominate, { input: { sessionId, employeeId: person.id } }, { token: adminToken });
        enrolmentsOf.set(person.id, placed.data!.nominateForSession.enrolment!.id);
      }
      await t.request(HrsSessionStatus, { input: { id: sessionId, status: 'ONGOING' } }, { token: adminToken });
      for (const person of group) {
        const done = await t.request(HrsComplete, { input: { enrolmentId: enrolmentsOf.get(person.id)!, attendancePercent: 100, passed: true } }, { token: adminToken });
        expect(done.data!.recordTrainingCompletion.userErrors).toEqual([]);
      }
    }
    const rate = async (person: { id: string; nip: string }, score: number) => {
      const res = await t.request(HrsRate, { input: { enrolmentId: enrolmentsOf.get(person.id)!, content: score, trainer: score, usefulness: score } }, { token: await t.token(person.nip) });
      expect(res.data!.rateSession.userErrors).toEqual([]);
    };
    // Session A: three 4s (shown). Session B: one 1 (withheld). The programme's 4 ratings minus A's would be B's.
    for (const person of people.slice(0, 3)) await rate(person, 4);
    await rate(people[3]!, 1);

    const read = async () => {
      const res: any = await t.request(
        `query($id: ID!) { node(id: $id) { ... on TrainingProgramme {
          ratingSummary { count withheld withheldReason overall content }
          sessions(first: 5) { nodes { ratingSummary { count withheld overall } } } } } }`,
        { id: programmeId },
        { token: tokens.peer },
      );
      expect(res.errors).toBeUndefined();
      return res.data.node;
    };
    const withheld = await read();
    expect(withheld.sessions.nodes.map((n: any) => n.ratingSummary)).toEqual([
      { count: 3, withheld: false, overall: 4 },
      { count: 1, withheld: true, overall: null },
    ]);
    expect(withheld.ratingSummary).toEqual({
      count: 4,
      withheld: true,
      withheldReason: 'Withheld: with the published figures of its sessions it would reveal the ratings of sessions withheld for having fewer than 3.',
      overall: null,
      content: null,
    });

    // Once session B has three ratings of its own, nothing is left to give away.
    await rate(people[4]!, 3);
    await rate(people[5]!, 2);
    const shown = await read();
    expect(shown.sessions.nodes.map((n: any) => n.ratingSummary.withheld)).toEqual([false, false]);
    expect(shown.ratingSummary).toEqual({ count: 6, withheld: false, withheldReason: null, overall: 3, content: 3 });
  });
});

describe('competencyHours visibility', () => {
  it('shows an employee’s JP to the employee, the supervisor, the appraiser and admins only', async () => {
    expect((await hours(2026, tokens.subject))!.total).toBe(22);
    expect((await hours(2026, tokens.supervisor))!.total).toBe(22);
    expect((await hours(2026, await t.token(subject.appraiser.nip)))!.total).toBe(22);
    expect(await hours(2026, tokens.peer)).toBeNull();
    const partner = await t.request(HrsHours, { id: subject.id, year: 2026 }, { token: tokens.partner });
    expect(partner.data!.employee!.competencyHours).toBeNull();
    const anonymous = await t.request(HrsHours, { id: subject.id, year: 2026 });
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const badYear = await t.request(HrsHours, { id: subject.id, year: 1999 }, { token: adminToken });
    expect(badYear.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('reads the JP of a page of employees in a bounded number of statements', async () => {
    const res = await t.request(HrsDirectory, {}, { token: adminToken });
    expect(res.errors).toBeUndefined();
    const rows = res.data!.employees.nodes;
    expect(rows.filter((r) => r.competencyHours!.entries.length > 0).length).toBeGreaterThan(20);
    for (const r of rows) expect(r.competencyHours!.total).toBe(r.competencyHours!.entries.reduce((n, e) => n + e.jp, 0));
    console.log(`competencyHours of ${rows.length} employees: ${res.extensions!.sqlStatements} SQL statements`);
    expect(res.extensions!.sqlStatements).toBeLessThanOrEqual(4);
  });
});

describe('unit report', () => {
  it('pages the list below 20 JP by its own cursors only, and an empty page points nowhere', async () => {
    const top = (await t.request(HrsTopUnits, {}, { token: adminToken })).data!.orgUnits[0]!;
    const page = (variables: Record<string, unknown>) =>
      t.request(
        `query HrsPage($u: ID!, $first: Int, $last: Int, $after: String, $before: String) {
           unitCompetencyReport(unitId: $u, year: 2025) {
             belowTarget(first: $first, last: $last, after: $after, before: $before) {
               pageInfo { startCursor endCursor hasNextPage hasPreviousPage } nodes { employee { id } }
             }
           }
         }`,
        { u: top.id, ...variables },
        { token: adminToken },
      ) as Promise<any>;
    const first = await page({ first: 2 });
    const next = await page({ first: 2, after: first.data.unitCompetencyReport.belowTarget.pageInfo.endCursor });
    expect(next.data.unitCompetencyReport.belowTarget.pageInfo.hasPreviousPage).toBe(true);
    expect(next.data.unitCompetencyReport.belowTarget.nodes).toHaveLength(2);
    const forged = (text: string) => Buffer.from(text).toString('base64');
    for (const variables of [
      { first: 2, after: forged('OffsetConnection:abc') },
      { first: 2, after: forged('OffsetConnection:-5') },
      { last: 2, before: forged('DC:N:3') },
      { first: 2, last: 5 },
    ]) {
      const res = await page(variables);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
    const empty = await page({ first: 0 });
    expect(empty.data.unitCompetencyReport.belowTarget.pageInfo).toMatchObject({ startCursor: null, endCursor: null });
  });

  it('lists for admins everyone below 20 JP in the unit and below it, most missing first, matching each one’s hours', async () => {
    const top = (await t.request(HrsTopUnits, {}, { token: adminToken })).data!.orgUnits[0]!;
    const res = await t.request(HrsReport, { unitId: top.id, year: 2025, includeSubunits: true }, { token: adminToken });
    expect(res.errors).toBeUndefined();
    const report = res.data!.unitCompetencyReport!;
    const below = report.belowTarget.nodes;
    expect(report.employeeCount).toBeGreaterThan(250);
    // A page of the most missing; the rest follows on the next pages.
    expect(below).toHaveLength(Math.min(100, report.belowTargetCount));
    expect(report.belowTarget.pageInfo.hasNextPage).toBe(report.belowTargetCount > 100);
    expect(report.belowTargetCount).toBeGreaterThan(50);
    expect(report.employeeCount - report.belowTargetCount).toBeGreaterThan(50); // and plenty reached 20 JP
    for (const row of below) expect(row).toMatchObject({ target: 20, shortfall: 20 - row.jp });
    expect(below.map((r) => r.shortfall)).toEqual([...below.map((r) => r.shortfall)].sort((a, b) => b - a));
    for (const row of [below[0]!, below[below.length - 1]!]) {
      expect((await hours(2025, adminToken, row.employee.id))!.total).toBe(row.jp);
    }
    console.log(`unit report 2025: ${report.employeeCount} employees, ${report.belowTargetCount} below 20 JP, average ${report.averageJp} JP, ${res.extensions!.sqlStatements} SQL statements`);

    const own = await t.request(HrsReport, { unitId: top.id, year: 2025, includeSubunits: false }, { token: adminToken });
    expect(own.data!.unitCompetencyReport!.employeeCount).toBeLessThan(report.employeeCount);
  });

  it('gives a supervisor only their own reports, and refuses staff without reports and the public', async () => {
    const top = (await t.request(HrsTopUnits, {}, { token: adminToken })).data!.orgUnits[0]!;
    const res = await t.request(HrsReport, { unitId: top.id, year: 2027 }, { token: tokens.supervisor });
    expect(res.errors).toBeUndefined();
    const report = res.data!.unitCompetencyReport!;
    expect(report.employeeCount).toBeGreaterThan(0);
    expect(report.belowTargetCount).toBe(report.employeeCount); // nobody has JP in 2027
    expect(report.belowTarget.nodes.map((n) => n.employee.id)).toContain(subject.id);
    const admins = await t.request(HrsReport, { unitId: top.id, year: 2027 }, { token: adminToken });
    expect(report.employeeCount).toBeLessThan(admins.data!.unitCompetencyReport!.employeeCount);

    expect((await t.request(HrsReport, { unitId: top.id, year: 2025 }, { token: tokens.peer })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await t.request(HrsReport, { unitId: top.id, year: 2025 }, { token: tokens.partner })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await t.request(HrsReport, { unitId: top.id, year: 2025 })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('recommendations', () => {
  it('recommends, for missing JP, programmes meant for the position and not yet taken this year, saying why', async () => {
    const report = await t.request(HrsReport, { unitId: subject.unit.id, year: 2025, includeSubunits: true }, { token: adminToken });
    const short = report.data!.unitCompetencyReport!.belowTarget.nodes[0]!;
    const res = await t.request(HrsRecommend, { id: short.employee.id, year: 2025 }, { token: adminToken });
    expect(res.errors).toBeUndefined();
    const employee = res.data!.employee!;
    const recs = employee.trainingRecommendations!;
    expect(recs.length).toBeGreaterThan(0);
    expect(recs.length).toBeLessThanOrEqual(5);
    const taken2025 = new Set(employee.enrolments!.nodes.filter((n) => n.completedOn!.startsWith('2025')).map((n) => n.session.programme.id));
    for (const rec of recs) {
      expect(rec.programme.positionKinds.length === 0 || rec.programme.positionKinds.includes(employee.position.kind)).toBe(true);
      expect(taken2025.has(rec.programme.id)).toBe(false);
      expect(rec.reasons).toEqual([
        { kind: 'MISSING_JP', detail: `${short.jp} of 20 JP completed in 2025: ${short.shortfall} JP missing; this programme gives ${rec.programme.jpHours} JP.` },
      ]);
    }
  });

  it('recommends nothing once the right is reached, and hides recommendations from other employees', async () => {
    const res = await t.request(HrsRecommend, { id: subject.id, year: 2026 }, { token: tokens.subject });
    expect(res.data!.employee!.trainingRecommendations).toEqual([]);
    const other = await t.request(HrsRecommend, { id: subject.id, year: 2025 }, { token: tokens.peer });
    expect(other.data!.employee!.trainingRecommendations).toBeNull();
    expect(other.data!.employee!.enrolments).toBeNull();
  });
});
