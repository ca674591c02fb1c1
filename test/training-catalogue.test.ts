/**
 * The training catalogue through the API: programmes and sessions kept by the admin, catalogue filters and
 * pagination, ratings aggregated, outcomes withheld, audit, and a bounded number of SQL statements.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluationOutcomeSource } from '../src/modules/evaluation/training-source.js';
import { NO_EVALUATIONS, currentEvaluationSource, setEvaluationSource, type EvaluationSource, type OutcomeParticipant } from '../src/modules/training/queries.js';
import { graphql } from './gql/index.js';
import { startTestServer, type TestServer } from './support/server.js';

const CatCreateProgramme = graphql(`
  mutation CatCreateProgramme($input: CreateTrainingProgrammeInput!) {
    createTrainingProgramme(input: $input) {
      programme { id title area form kind jpHours provider description coreValues positionKinds active }
      userErrors { field code message }
    }
  }
`);

const CatUpdateProgramme = graphql(`
  mutation CatUpdateProgramme($input: UpdateTrainingProgrammeInput!) {
    updateTrainingProgramme(input: $input) { programme { id title kind form jpHours active description } userErrors { field code message } }
  }
`);

const CatCreateSession = graphql(`
  mutation CatCreateSession($input: CreateTrainingSessionInput!) {
    createTrainingSession(input: $input) {
      session { id status capacity startsOn endsOn location onlineUrl placesLeft programme { id } }
      userErrors { field code message }
    }
  }
`);

const CatUpdateSession = graphql(`
  mutation CatUpdateSession($input: UpdateTrainingSessionInput!) {
    updateTrainingSession(input: $input) { session { id status startsOn endsOn capacity } userErrors { field code message } }
  }
`);

const CatCancelSession = graphql(`
  mutation CatCancelSession($input: CancelTrainingSessionInput!) {
    cancelTrainingSession(input: $input) { session { id status cancellationReason } userErrors { field code message } }
  }
`);

const CatNominate = graphql(`
  mutation CatNominate($input: NominateForSessionInput!) {
    nominateForSession(input: $input) { enrolment { id status } userErrors { code } }
  }
`);

const Catalogue = graphql(`
  query Catalogue($filter: TrainingProgrammeFilter, $first: Int, $after: String) {
    trainingProgrammes(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id title area form kind jpHours coreValues positionKinds }
    }
  }
`);

const CatalogueDeep = graphql(`
  query CatalogueDeep {
    trainingProgrammes(first: 50) {
      nodes {
        id title
        ratingSummary { count withheld overall }
        sessions(first: 20) { totalCount nodes { id status capacity placesTaken placesLeft waitlistLength ratingSummary { count overall } } }
      }
    }
  }
`);

const CatSessions = graphql(`
  query CatSessions($filter: TrainingSessionFilter) {
    trainingSessions(first: 100, filter: $filter) { totalCount nodes { id status startsOn programme { title } } }
  }
`);

const CatRatings = graphql(`
  query CatRatings($id: ID!) {
    node(id: $id) {
      ... on TrainingProgramme {
        title
        ratingSummary { count withheld content trainer usefulness overall comments }
        outcomes { available participants minimumGroupSize withheld before { predikat count } improved }
      }
    }
  }
`);

const CatAudit = graphql(`
  query CatAudit($entityId: ID) { auditLog(entityId: $entityId, first: 10) { nodes { action entityType actor { id } } } }
`);

const CatPeople = graphql(`
  query CatPeople { employees(first: 5, filter: { employmentType: PNS, positionKind: PELAKSANA }) { nodes { id nip } } }
`);

let t: TestServer;
let adminToken: string;
let employeeToken: string;
let people: { id: string; nip: string }[];

const base = {
  title: 'Bimtek Penyusunan Standar Pelayanan',
  area: 'TECHNICAL' as const,
  kind: 'BIMTEK' as const,
  jpHours: 24,
  provider: 'Bagian Organisasi Setda',
  description: 'Menyusun standar pelayanan sesuai PermenPANRB 15/2014.',
  coreValues: ['SERVICE', 'ACCOUNTABLE', 'SERVICE'] as ('SERVICE' | 'ACCOUNTABLE')[],
  positionKinds: ['PELAKSANA', 'FUNGSIONAL'] as ('PELAKSANA' | 'FUNGSIONAL')[],
};

beforeAll(async () => {
  t = await startTestServer();
  adminToken = await t.token(t.seed.adminNip, ['employee', 'admin']);
  people = (await t.request(CatPeople, {}, { token: adminToken })).data!.employees.nodes as { id: string; nip: string }[];
  employeeToken = await t.token(people[0]!.nip);
});
afterAll(() => t?.stop());

describe('programmes', () => {
  it('lets the admin add a programme, deriving the form from the kind and refusing bad input as userErrors', async () => {
    const res = await t.request(CatCreateProgramme, { input: base }, { token: adminToken });
    expect(res.data!.createTrainingProgramme.userErrors).toEqual([]);
    expect(res.data!.createTrainingProgramme.programme).toMatchObject({
      title: base.title,
      form: 'CLASSICAL',
      kind: 'BIMTEK',
      coreValues: ['SERVICE', 'ACCOUNTABLE'],
      positionKinds: ['PELAKSANA', 'FUNGSIONAL'],
      active: true,
    });

    const cases: [Record<string, unknown>, string, string][] = [
      [{ kind: 'COACHING', form: 'CLASSICAL' }, 'input.form', 'INVALID'],
      [{ jpHours: 0 }, 'input.jpHours', 'INVALID'],
      [{ jpHours: 1001 }, 'input.jpHours', 'INVALID'],
      [{ title: '   ' }, 'input.title', 'INVALID'],
      [{ title: 'a\u0000b' }, 'input.title', 'INVALID'],
      [{ title: 'x'.repeat(201) }, 'input.title', 'TOO_LONG'],
      [{ title: base.title }, 'input.title', 'DUPLICATE'],
    ];
    for (const [override, field, code] of cases) {
      const refused = await t.request(CatCreateProgramme, { input: { ...base, ...override } }, { token: adminToken });
      expect(refused.errors, JSON.stringify(override)).toBeUndefined();
      expect(refused.data!.createTrainingProgramme.programme).toBeNull();
      expect(refused.data!.createTrainingProgramme.userErrors[0], JSON.stringify(override)).toMatchObject({ field: field.split('.'), code });
    }
    const bad = await t.request(CatCreateProgramme, { input: { ...base, title: 'Lain', kind: 'SELF_STUDY', form: 'CLASSICAL' } }, { token: adminToken });
    expect(bad.data!.createTrainingProgramme.userErrors[0]!.message).toMatch(/SELF_STUDY is nonklasikal/);
  });

  it('refuses programme writes to employees and the public', async () => {
    const anonymous = await t.request(CatCreateProgramme, { input: { ...base, title: 'Anon' } });
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const employee = await t.request(CatCreateProgramme, { input: { ...base, title: 'Pegawai' } }, { token: employeeToken });
    expect(employee.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const read = await t.request(Catalogue, { filter: { search: 'Anon' } }, { token: adminToken });
    expect(read.data!.trainingProgrammes.totalCount).toBe(0);
  });

  it('edits a programme, keeping the form in step with the kind, retires it, and audits every change', async () => {
    const created = await t.request(CatCreateProgramme, { input: { ...base, title: 'Workshop Uji Edit', kind: 'WORKSHOP' } }, { token: adminToken });
    const id = created.data!.createTrainingProgramme.programme!.id;
    const edited = await t.request(CatUpdateProgramme, { input: { id, kind: 'E_LEARNING', jpHours: 8, description: null } }, { token: adminToken });
    expect(edited.data!.updateTrainingProgramme).toMatchObject({
      programme: { kind: 'E_LEARNING', form: 'NON_CLASSICAL', jpHours: 8, description: null },
      userErrors: [],
    });
    const mismatch = await t.request(CatUpdateProgramme, { input: { id, form: 'CLASSICAL' } }, { token: adminToken });
    expect(mismatch.data!.updateTrainingProgramme.userErrors[0]).toMatchObject({ field: ['input', 'form'], code: 'INVALID' });
    const retired = await t.request(CatUpdateProgramme, { input: { id, active: false } }, { token: adminToken });
    expect(retired.data!.updateTrainingProgramme.programme!.active).toBe(false);
    const inCatalogue = await t.request(Catalogue, { filter: { search: 'Workshop Uji Edit' } }, { token: employeeToken });
    expect(inCatalogue.data!.trainingProgrammes.totalCount).toBe(0);
    const withRetired = await t.request(Catalogue, { filter: { search: 'Workshop Uji Edit', includeRetired: true } }, { token: employeeToken });
    expect(withRetired.data!.trainingProgrammes.totalCount).toBe(1);
    const session = await t.request(
      CatCreateSession,
      { input: { programmeId: id, startsOn: '2026-05-04', endsOn: '2026-05-04', onlineUrl: 'https://zoom.example.go.id/x', capacity: 10 } },
      { token: adminToken },
    );
    expect(session.data!.createTrainingSession.userErrors[0]).toMatchObject({ field: ['input', 'programmeId'], code: 'INVALID' });

    const audit = await t.request(CatAudit, { entityId: id }, { token: adminToken });
    expect(audit.data!.auditLog.nodes.map((n) => n.action)).toEqual(['trainingProgramme.update', 'trainingProgramme.update', 'trainingProgramme.create']);
  });
});

describe('the catalogue', () => {
  it('filters by area, form, kind, core value, position kind and text, and pages as a connection', async () => {
    const all = await t.request(Catalogue, { first: 100 }, { token: employeeToken });
    const programmes = all.data!.trainingProgrammes.nodes;
    expect(all.data!.trainingProgrammes.totalCount).toBe(programmes.length);
    expect(programmes.length).toBeGreaterThanOrEqual(15);
    expect(programmes.map((p) => p.title)).toContain('Pelatihan Kepemimpinan Pengawas (PKP)');

    const check = async (filter: Record<string, unknown>, predicate: (p: (typeof programmes)[number]) => boolean) => {
      const res = await t.request(Catalogue, { filter, first: 100 }, { token: employeeToken });
      expect(res.errors).toBeUndefined();
      const expected = programmes.filter(predicate).map((p) => p.id).sort();
      expect(res.data!.trainingProgrammes.nodes.map((p) => p.id).sort(), JSON.stringify(filter)).toEqual(expected);
      expect(res.data!.trainingProgrammes.totalCount).toBe(expected.length);
      expect(expected.length).toBeGreaterThan(0);
    };
    await check({ area: 'MANAGERIAL' }, (p) => p.area === 'MANAGERIAL');
    await check({ form: 'NON_CLASSICAL' }, (p) => p.form === 'NON_CLASSICAL');
    await check({ kind: 'E_LEARNING' }, (p) => p.kind === 'E_LEARNING');
    await check({ coreValue: 'SERVICE' }, (p) => p.coreValues.includes('SERVICE'));
    await check({ positionKind: 'PENGAWAS' }, (p) => p.positionKinds.length === 0 || p.positionKinds.includes('PENGAWAS'));
    await check({ form: 'CLASSICAL', coreValue: 'ACCOUNTABLE', positionKind: 'PELAKSANA' }, (p) =>
      p.form === 'CLASSICAL' && p.coreValues.includes('ACCOUNTABLE') && (p.positionKinds.length === 0 || p.positionKinds.includes('PELAKSANA')));
    await check({ search: 'bimtek' }, (p) => /bimtek/i.test(p.title));

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await t.request(Catalogue, { first: 4, after }, { token: employeeToken });
      seen.push(...page.data.trainingProgrammes.nodes.map((p: { id: string }) => p.id));
      after = page.data.trainingProgrammes.pageInfo.hasNextPage ? page.data.trainingProgrammes.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(programmes.map((p) => p.id));
  });

  it('is closed to the public', async () => {
    const res = await t.request(Catalogue, {});
    expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('lists sessions by status and date, with places, ratings and sessions in a bounded number of statements', async () => {
    const open = await t.request(CatSessions, { filter: { status: ['OPEN'] } }, { token: employeeToken });
    expect(open.data!.trainingSessions.totalCount).toBeGreaterThan(0);
    expect(open.data!.trainingSessions.nodes.every((s) => s.status === 'OPEN')).toBe(true);
    const h1 = await t.request(CatSessions, { filter: { startsFrom: '2025-01-01', startsBefore: '2025-02-01' } }, { token: employeeToken });
    expect(h1.data!.trainingSessions.nodes.every((s) => s.startsOn >= '2025-01-01' && s.startsOn < '2025-02-01')).toBe(true);

    const deep = await t.request(CatalogueDeep, {}, { token: employeeToken });
    expect(deep.errors).toBeUndefined();
    const sessions = deep.data!.trainingProgrammes.nodes.flatMap((p) => p.sessions.nodes);
    expect(sessions.length).toBeGreaterThan(50);
    for (const s of sessions) expect(s.placesTaken + s.placesLeft).toBe(s.capacity);
    expect(sessions.some((s) => s.waitlistLength > 0)).toBe(true);
    console.log(`catalogue with ${deep.data!.trainingProgrammes.nodes.length} programmes and ${sessions.length} sessions: ${deep.extensions!.sqlStatements} SQL statements`);
    expect(deep.extensions!.sqlStatements).toBeLessThanOrEqual(8);
  });
});

describe('sessions', () => {
  it('validates dates, place and capacity, moves through its statuses and cancels live enrolments with the session', async () => {
    const programme = (await t.request(CatCreateProgramme, { input: { ...base, title: 'Bimtek Uji Sesi', positionKinds: [] } }, { token: adminToken }))
      .data!.createTrainingProgramme.programme!.id;
    const input = { programmeId: programme, startsOn: '2026-06-01', endsOn: '2026-06-03', location: 'Aula BKPSDM', capacity: 2, status: 'OPEN' as const };
    const refusals: [Record<string, unknown>, string][] = [
      [{ endsOn: '2026-05-31' }, 'input.endsOn'],
      [{ location: null }, 'input.location'],
      [{ onlineUrl: 'javascript:alert(1)' }, 'input.onlineUrl'],
      [{ capacity: 0 }, 'input.capacity'],
      [{ status: 'COMPLETED' }, 'input.status'],
    ];
    for (const [override, field] of refusals) {
      const res = await t.request(CatCreateSession, { input: { ...input, ...override } }, { token: adminToken });
      expect(res.data!.createTrainingSession.userErrors[0], JSON.stringify(override)).toMatchObject({ field: field.split('.') });
    }
    const created = await t.request(CatCreateSession, { input }, { token: adminToken });
    const session = created.data!.createTrainingSession.session!;
    expect(session).toMatchObject({ status: 'OPEN', capacity: 2, placesLeft: 2, programme: { id: programme } });

    const moved = await t.request(CatUpdateSession, { input: { id: session.id, startsOn: '2026-06-08', endsOn: '2026-06-10' } }, { token: adminToken });
    expect(moved.data!.updateTrainingSession.session).toMatchObject({ startsOn: '2026-06-08', endsOn: '2026-06-10' });
    const back = await t.request(CatUpdateSession, { input: { id: session.id, status: 'PLANNED' } }, { token: adminToken });
    expect(back.data!.updateTrainingSession.userErrors[0]).toMatchObject({ code: 'SESSION_STATUS' });

    const nominated = await Promise.all(
      people.slice(0, 3).map((p) => t.request(CatNominate, { input: { sessionId: session.id, employeeId: p.id } }, { token: adminToken })),
    );
    expect(nominated.map((n) => n.data!.nominateForSession.enrolment!.status).sort()).toEqual(['APPROVED', 'APPROVED', 'WAITLISTED']);

    const byEmployee = await t.request(CatCancelSession, { input: { id: session.id, reason: 'x' } }, { token: employeeToken });
    expect(byEmployee.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const noReason = await t.request(CatCancelSession, { input: { id: session.id, reason: ' ' } }, { token: adminToken });
    expect(noReason.data!.cancelTrainingSession.userErrors[0]).toMatchObject({ field: ['input', 'reason'] });
    const cancelled = await t.request(CatCancelSession, { input: { id: session.id, reason: 'Narasumber berhalangan.' } }, { token: adminToken });
    expect(cancelled.data!.cancelTrainingSession.session).toMatchObject({ status: 'CANCELLED', cancellationReason: 'Narasumber berhalangan.' });
    const state: any = await t.request(
      'query($id: ID!) { node(id: $id) { ... on TrainingSession { placesTaken waitlistLength enrolments(first: 10) { nodes { status decisionNote } } } } }',
      { id: session.id },
      { token: adminToken },
    );
    expect(state.data.node.enrolments.nodes.map((n: any) => n.status)).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED']);
    expect(state.data.node.enrolments.nodes[0].decisionNote).toBe('Session cancelled: Narasumber berhalangan.');
    const twice = await t.request(CatCancelSession, { input: { id: session.id, reason: 'lagi' } }, { token: adminToken });
    expect(twice.data!.cancelTrainingSession.userErrors[0]!.code).toBe('SESSION_STATUS');
  });

  it('needs a location or an online link: a blank location or an explicit null is none, refused as a userError', async () => {
    const programme = (await t.request(CatCreateProgramme, { input: { ...base, title: 'Bimtek Uji Tempat', positionKinds: [] } }, { token: adminToken }))
      .data!.createTrainingProgramme.programme!.id;
    const input = { programmeId: programme, startsOn: '2026-07-01', endsOn: '2026-07-01', capacity: 5 };
    const noPlace = { field: ['input', 'location'], code: 'INVALID', message: 'A session needs a location or an online link (or both).' };
    for (const place of [{ location: '   ' }, { location: ' \t ', onlineUrl: null }, { location: '', onlineUrl: '  ' }]) {
      const blank = await t.request(CatCreateSession, { input: { ...input, ...place } }, { token: adminToken });
      expect(blank.errors, JSON.stringify(place)).toBeUndefined();
      expect(blank.data!.createTrainingSession.session).toBeNull();
      expect(blank.data!.createTrainingSession.userErrors, JSON.stringify(place)).toEqual([noPlace]);
    }

    const created = await t.request(CatCreateSession, { input: { ...input, location: 'Aula BKPSDM' } }, { token: adminToken });
    const id = created.data!.createTrainingSession.session!.id;
    for (const change of [{ location: null }, { location: '  ' }, { location: null, onlineUrl: null }]) {
      const cleared = await t.request(CatUpdateSession, { input: { id, ...change } }, { token: adminToken });
      expect(cleared.errors, JSON.stringify(change)).toBeUndefined();
      expect(cleared.data!.updateTrainingSession.userErrors, JSON.stringify(change)).toEqual([noPlace]);
    }
    const place = async () =>
      ((await t.request('query($id: ID!) { node(id: $id) { ... on TrainingSession { location onlineUrl } } }', { id }, { token: adminToken })) as any).data.node;
    expect(await place()).toEqual({ location: 'Aula BKPSDM', onlineUrl: null });
    // Clearing the location is fine once the session goes online.
    const online = await t.request(CatUpdateSession, { input: { id, location: null, onlineUrl: 'https://zoom.example.go.id/uji' } }, { token: adminToken });
    expect(online.data!.updateTrainingSession.userErrors).toEqual([]);
    expect(await place()).toEqual({ location: null, onlineUrl: 'https://zoom.example.go.id/uji' });
    const cleared = await t.request(CatUpdateSession, { input: { id, onlineUrl: null } }, { token: adminToken });
    expect(cleared.data!.updateTrainingSession.userErrors).toEqual([noPlace]);
  });
});

describe('ratings and outcomes', () => {
  it('aggregates the seeded ratings per programme, with comments for admins only and no rater named', async () => {
    const all = await t.request(Catalogue, { filter: { search: 'Workshop Penyusunan SKP' } }, { token: employeeToken });
    const id = all.data!.trainingProgrammes.nodes[0]!.id;
    const asEmployee = await t.request(CatRatings, { id }, { token: employeeToken });
    const summary = (asEmployee.data!.node as any).ratingSummary;
    expect(summary.count).toBeGreaterThanOrEqual(3);
    expect(summary.withheld).toBe(false);
    for (const key of ['content', 'trainer', 'usefulness', 'overall']) {
      expect(summary[key]).toBeGreaterThanOrEqual(1);
      expect(summary[key]).toBeLessThanOrEqual(5);
    }
    expect(summary.comments).toEqual([]);
    expect((asEmployee.errors ?? []).map((e) => e.extensions!.code)).toEqual(['FORBIDDEN']); // outcomes are for admins
    const asAdmin = await t.request(CatRatings, { id }, { token: adminToken });
    expect((asAdmin.data!.node as any).ratingSummary.comments.length).toBeGreaterThan(0);
  });

  it('aggregates outcomes from an evaluation source once one is plugged in, withholding groups under five', async () => {
    // Stands in for the evaluation module: participants with an even id improved from Butuh Perbaikan to Baik,
    // the others stayed Baik. It sees exactly the completions of the programme, with the session dates.
    const asked: OutcomeParticipant[][] = [];
    const fake: EvaluationSource = {
      available: true,
      outcomePairs: async (_db, participants) => {
        asked.push([...participants]);
        // Tagged with their programme, as a source answers for a page of programmes at once.
        return participants.map((p) => ({
          programmeId: p.programmeId!,
          employeeId: p.employeeId,
          before: p.employeeId % 2 === 0 ? 'BUTUH_PERBAIKAN' : 'BAIK',
          after: 'BAIK',
        }));
      },
      needGaps: async () => [],
    };
    setEvaluationSource(fake);
    try {
      const catalogue = await t.request(Catalogue, { first: 100 }, { token: adminToken });
      const ids = Object.fromEntries(catalogue.data!.trainingProgrammes.nodes.map((p) => [p.title, p.id]));
      const big = await t.request(CatRatings, { id: ids['Workshop Penyusunan SKP dan Dialog Kinerja']! }, { token: adminToken });
      const outcome = (big.data!.node as any).outcomes;
      expect(outcome.available).toBe(true);
      expect(outcome.withheld).toBe(false);
      expect(outcome.participants).toBeGreaterThanOrEqual(5);
      expect(outcome.participants).toBe(new Set(asked[0]!.map((p) => p.employeeId)).size);
      expect(asked[0]!.every((p) => p.startsOn <= p.endsOn && p.endsOn < '2025-07-01')).toBe(true);
      const count = (list: { predikat: string; count: number }[]) => Object.fromEntries(list.map((c) => [c.predikat, c.count]));
      expect(count(outcome.before).BUTUH_PERBAIKAN).toBe(outcome.improved);
      expect(count(outcome.before).BAIK + outcome.improved).toBe(outcome.participants);

      // A new programme with no completions: withheld, counted as zero.
      const fresh = await t.request(CatCreateProgramme, { input: { ...base, title: 'Program Tanpa Peserta' } }, { token: adminToken });
      const none = await t.request(CatRatings, { id: fresh.data!.createTrainingProgramme.programme!.id }, { token: adminToken });
      expect((none.data!.node as any).outcomes).toEqual({ available: true, participants: 0, minimumGroupSize: 5, withheld: true, before: null, improved: null });
    } finally {
      setEvaluationSource(NO_EVALUATIONS);
    }
  });

  it('reads the outcomes of a page of programmes in a number of statements that does not grow with the page', async () => {
    const previous = currentEvaluationSource();
    setEvaluationSource(evaluationOutcomeSource);
    try {
      const counts: number[] = [];
      for (const first of [1, 10, 17]) {
        const res: any = await t.request(
          'query($first: Int) { trainingProgrammes(first: $first) { nodes { id outcomes { available participants } } } }',
          { first },
          { token: adminToken },
        );
        expect(res.errors).toBeUndefined();
        expect(res.data.trainingProgrammes.nodes).toHaveLength(first);
        expect(res.data.trainingProgrammes.nodes.every((n: any) => n.outcomes.available)).toBe(true);
        counts.push(res.extensions.sqlStatements);
      }
      console.log(`outcomes of 1, 10 and 17 programmes: ${counts.join(', ')} SQL statements`);
      // The page, the completions of all its programmes, and one question to the evaluation source.
      expect(counts).toEqual([counts[0], counts[0], counts[0]]);
      expect(counts[0]).toBeLessThanOrEqual(3);
    } finally {
      setEvaluationSource(previous);
    }
  });

  it('shows outcomes as unavailable and withheld until evaluations exist', async () => {
    const all = await t.request(Catalogue, { filter: { search: 'Pelayanan Prima' } }, { token: adminToken });
    const res = await t.request(CatRatings, { id: all.data!.trainingProgrammes.nodes[0]!.id }, { token: adminToken });
    expect(res.errors).toBeUndefined();
    expect((res.data!.node as any).outcomes).toEqual({ available: false, participants: 0, minimumGroupSize: 5, withheld: true, before: null, improved: null });
  });
});
