/**
 * Who may read and write competency development, as data: every training operation and sensitive field, for the
 * public, the employee, their supervisor (also their appraiser in the seed), another employee, an admin and a
 * partner service. Outcomes as in the foundation's matrix: ok, hidden (null), denied (UNAUTHENTICATED/FORBIDDEN),
 * refused (past authorization, input refused as userErrors).
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/db/index.js';
import { seedDemoAgency } from '../src/modules/org/seed.js';
import { graphql } from './gql/index.js';
import { startTestServer, type TestServer } from './support/server.js';

const ROLES = ['public', 'employee', 'supervisor', 'otherEmployee', 'admin', 'partner'] as const;
type Role = (typeof ROLES)[number];
type Outcome = 'ok' | 'hidden' | 'denied' | 'refused';

interface Fixture {
  employeeId: string;
  unitId: string;
  enrolmentId: string;
  programmeId: string;
  sessionId: string;
}

interface Row {
  name: string;
  query: string;
  variables?: (f: Fixture) => Record<string, unknown>;
  path: string;
  expect: Record<Role, Outcome>;
}

const all = (outcome: Outcome, overrides: Partial<Record<Role, Outcome>> = {}) =>
  Object.fromEntries(ROLES.map((r) => [r, overrides[r] ?? outcome])) as Record<Role, Outcome>;
const signedIn = (outcome: Outcome, overrides: Partial<Record<Role, Outcome>> = {}) => all(outcome, { public: 'denied', ...overrides });
/** The employee's own training data: the employee, the supervisor/appraiser and admins. */
const personal = signedIn('hidden', { employee: 'ok', supervisor: 'ok', admin: 'ok' });

const MATRIX: Row[] = [
  { name: 'Query.trainingProgrammes', query: '{ trainingProgrammes(first: 1) { totalCount } }', path: 'trainingProgrammes.totalCount', expect: signedIn('ok') },
  { name: 'Query.trainingSessions', query: '{ trainingSessions(first: 1) { totalCount } }', path: 'trainingSessions.totalCount', expect: signedIn('ok') },
  {
    name: 'TrainingProgramme.ratingSummary',
    query: 'query($id: ID!) { node(id: $id) { ... on TrainingProgramme { ratingSummary { count } } } }',
    variables: (f) => ({ id: f.programmeId }),
    path: 'node.ratingSummary.count',
    expect: signedIn('ok'),
  },
  {
    name: 'TrainingProgramme.outcomes',
    query: 'query($id: ID!) { node(id: $id) { ... on TrainingProgramme { outcomes { withheld } } } }',
    variables: (f) => ({ id: f.programmeId }),
    path: 'node.outcomes.withheld',
    expect: signedIn('denied', { admin: 'ok' }),
  },
  {
    name: 'TrainingSession.enrolments',
    query: 'query($id: ID!) { node(id: $id) { ... on TrainingSession { enrolments(first: 5) { totalCount } } } }',
    variables: (f) => ({ id: f.sessionId }),
    path: 'node.enrolments.totalCount',
    // Null for others, so that a list of sessions asking for it keeps its other fields.
    expect: signedIn('hidden', { admin: 'ok' }),
  },
  {
    name: 'Employee.competencyHours',
    query: 'query($id: ID!) { employee(id: $id) { competencyHours(year: 2025) { total } } }',
    variables: (f) => ({ id: f.employeeId }),
    path: 'employee.competencyHours.total',
    expect: personal,
  },
  {
    name: 'Employee.trainingRecommendations',
    query: 'query($id: ID!) { employee(id: $id) { trainingRecommendations(year: 2030) { programme { id } } } }',
    variables: (f) => ({ id: f.employeeId }),
    path: 'employee.trainingRecommendations',
    expect: personal,
  },
  {
    name: 'Employee.enrolments',
    query: 'query($id: ID!) { employee(id: $id) { enrolments(first: 5) { totalCount } } }',
    variables: (f) => ({ id: f.employeeId }),
    path: 'employee.enrolments.totalCount',
    expect: personal,
  },
  {
    name: 'Employee.externalTrainings',
    query: 'query($id: ID!) { employee(id: $id) { externalTrainings(first: 5) { totalCount } } }',
    variables: (f) => ({ id: f.employeeId }),
    path: 'employee.externalTrainings.totalCount',
    expect: personal,
  },
  {
    name: 'node(Enrolment)',
    query: 'query($id: ID!) { node(id: $id) { ... on Enrolment { status } } }',
    variables: (f) => ({ id: f.enrolmentId }),
    path: 'node.status',
    expect: signedIn('denied', { employee: 'ok', supervisor: 'ok', admin: 'ok' }),
  },
  {
    name: 'Query.unitCompetencyReport',
    query: 'query($u: ID!) { unitCompetencyReport(unitId: $u, year: 2025) { employeeCount } }',
    variables: (f) => ({ u: f.unitId }),
    path: 'unitCompetencyReport.employeeCount',
    expect: signedIn('denied', { supervisor: 'ok', admin: 'ok' }),
  },
  {
    name: 'Query.externalTrainingsToVerify',
    query: '{ externalTrainingsToVerify(first: 1) { totalCount } }',
    path: 'externalTrainingsToVerify.totalCount',
    expect: signedIn('denied', { admin: 'ok' }),
  },
  ...(
    [
      ['createTrainingProgramme', '{ title: "", area: TECHNICAL, kind: BIMTEK, jpHours: 0, provider: "" }'],
      ['updateTrainingProgramme', '{ id: "bad" }'],
      ['createTrainingSession', '{ programmeId: "bad", startsOn: "2026-01-02", endsOn: "2026-01-01", capacity: 0 }'],
      ['updateTrainingSession', '{ id: "bad" }'],
      ['cancelTrainingSession', '{ id: "bad", reason: "x" }'],
      ['recordTrainingCompletion', '{ enrolmentId: "bad", attendancePercent: 100, passed: true }'],
      ['verifyExternalTraining', '{ id: "bad" }'],
      ['rejectExternalTraining', '{ id: "bad", reason: "x" }'],
    ] as const
  ).map(
    ([mutation, literal]): Row => ({
      name: `Mutation.${mutation}`,
      query: `mutation { ${mutation}(input: ${literal}) { userErrors { code } } }`,
      path: `${mutation}.userErrors`,
      expect: signedIn('denied', { admin: 'refused' }),
    }),
  ),
  ...(
    [
      ['nominateForSession', '{ sessionId: "bad", employeeId: "bad" }'],
      ['decideEnrolment', '{ enrolmentId: "bad", decision: APPROVE }'],
      ['requestEnrolment', '{ sessionId: "bad" }'],
      ['cancelEnrolment', '{ enrolmentId: "bad" }'],
      ['submitExternalTraining', '{ title: "", provider: "", area: TECHNICAL, kind: SEMINAR, jpHours: 0, startsOn: "2025-01-01", endsOn: "2025-01-01", evidenceUrl: "" }'],
      ['rateSession', '{ enrolmentId: "bad", content: 0, trainer: 0, usefulness: 0 }'],
    ] as const
  ).map(
    ([mutation, literal]): Row => ({
      name: `Mutation.${mutation}`,
      query: `mutation { ${mutation}(input: ${literal}) { userErrors { code } } }`,
      path: `${mutation}.userErrors`,
      expect: all('refused', { public: 'denied', partner: 'denied' }),
    }),
  ),
];

const AuthzPeople = graphql(`
  query AuthzPeople {
    employees(first: 100, filter: { employmentType: PNS, positionKind: PELAKSANA }) {
      nodes { id nip unit { id } supervisor { id nip } appraiser { id } directReports(first: 1) { totalCount } }
    }
  }
`);

const AuthzEnrolment = graphql(`
  query AuthzEnrolment($id: ID!) {
    employee(id: $id) { enrolments(first: 1) { nodes { id session { id programme { id } } } } }
  }
`);

function at(data: unknown, path: string): unknown {
  return path.split('.').reduce<any>((value, key) => (value == null ? undefined : value[key]), data);
}

let t: TestServer;
let fixture: Fixture;
const tokens = {} as Record<Role, string | undefined>;

beforeAll(async () => {
  t = await startTestServer();
  const admin = await t.token(t.seed.adminNip, ['employee', 'admin']);
  const people = (await t.request(AuthzPeople, {}, { token: admin })).data!.employees.nodes;
  // A pelaksana whose direct supervisor is also the appraiser, with a seeded enrolment.
  let subject: (typeof people)[number] | undefined;
  let enrolment: { id: string; session: { id: string; programme: { id: string } } } | undefined;
  for (const candidate of people) {
    if (!candidate.supervisor?.nip || candidate.supervisor.id !== candidate.appraiser?.id || candidate.nip === t.seed.adminNip) continue;
    const res = await t.request(AuthzEnrolment, { id: candidate.id }, { token: admin });
    enrolment = res.data!.employee!.enrolments!.nodes[0];
    if (enrolment) {
      subject = candidate;
      break;
    }
  }
  const other = people.find((p) => p.id !== subject!.id && p.supervisor?.id !== subject!.supervisor!.id && p.directReports.totalCount === 0 && p.nip !== t.seed.adminNip)!;
  fixture = {
    employeeId: subject!.id,
    unitId: subject!.unit.id,
    enrolmentId: enrolment!.id,
    sessionId: enrolment!.session.id,
    programmeId: enrolment!.session.programme.id,
  };
  tokens.public = undefined;
  tokens.employee = await t.token(subject!.nip!);
  tokens.supervisor = await t.token(subject!.supervisor!.nip!);
  tokens.otherEmployee = await t.token(other.nip!);
  tokens.admin = admin;
  tokens.partner = await t.token('payroll-service', ['partner']);
});
afterAll(() => t?.stop());

async function outcomeOf(row: Row, role: Role): Promise<Outcome | string> {
  const res = await t.request(row.query, row.variables?.(fixture) ?? {}, { token: tokens[role] });
  const code = res.errors?.[0]?.extensions?.code;
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') return 'denied';
  if (res.errors?.length) return `error ${code}: ${res.errors[0]!.message}`;
  const value = at(res.data, row.path);
  if (Array.isArray(value) && row.path.endsWith('userErrors')) return value.length > 0 ? 'refused' : 'ok';
  return value == null ? 'hidden' : 'ok';
}

describe('training authorization matrix', () => {
  it('gives every role exactly the expected outcome for every training operation and sensitive field', async () => {
    const differences: string[] = [];
    let checked = 0;
    for (const row of MATRIX) {
      for (const role of ROLES) {
        const actual = await outcomeOf(row, role);
        checked += 1;
        if (actual !== row.expect[role]) differences.push(`${row.name} as ${role}: expected ${row.expect[role]}, got ${actual}`);
      }
    }
    console.log(`training authorization matrix: ${checked} checks over ${MATRIX.length} operations and ${ROLES.length} roles, ${differences.length} differences`);
    expect(differences).toEqual([]);
  });
});

describe('another agency', () => {
  const programmeQuery = `query($id: ID!) { node(id: $id) { ... on TrainingProgramme {
    title ratingSummary { count comments } outcomes { available participants } sessions(first: 5) { totalCount } } } }`;
  const sessionQuery = `query($id: ID!) { node(id: $id) { ... on TrainingSession {
    location onlineUrl status placesTaken ratingSummary { count comments } enrolments(first: 5) { totalCount } } } }`;
  const listQuery = 'query($ids: [ID!]!) { nodes(ids: $ids) { ... on TrainingProgramme { title } ... on TrainingSession { onlineUrl } } }';

  it('gives an admin and an employee of a second agency nothing of this agency’s programmes and sessions through node', async () => {
    const other = await seedDemoAgency(t.database.db, { employees: 20, seed: 2 });
    const [employee] = rowsOf<{ nip: string }>(
      await t.database.db.execute(sql`select nip from employees where agency_id = ${other.agencyId} and nip is not null and nip <> ${other.adminNip} limit 1`),
    );
    const visitors = {
      admin: await t.token(other.adminNip, ['employee', 'admin']),
      employee: await t.token(employee!.nip),
    };
    // Their own agency's admin reads it all (the rating comments too), so the ids are real.
    const home: any = await t.request(programmeQuery, { id: fixture.programmeId }, { token: tokens.admin });
    expect(home.errors).toBeUndefined();
    expect(home.data.node.ratingSummary.comments.length).toBeGreaterThan(0);
    expect((await t.request(sessionQuery, { id: fixture.sessionId }, { token: tokens.admin })).errors).toBeUndefined();

    for (const [who, token] of Object.entries(visitors)) {
      for (const [query, id] of [[programmeQuery, fixture.programmeId], [sessionQuery, fixture.sessionId]] as const) {
        const res: any = await t.request(query, { id }, { token });
        expect(res.data?.node ?? null, `${who}: ${id}`).toBeNull();
        for (const error of res.errors ?? []) expect(error.extensions.code, `${who}: ${id}`).toBe('FORBIDDEN');
      }
      const many: any = await t.request(listQuery, { ids: [fixture.programmeId, fixture.sessionId] }, { token });
      expect(many.data.nodes, who).toEqual([null, null]);
      // Their own catalogue holds nothing of this agency's.
      const listed: any = await t.request('{ trainingProgrammes(first: 100) { nodes { id } } trainingSessions(first: 100) { nodes { id } } }', {}, { token });
      expect(listed.data.trainingProgrammes.nodes.map((n: any) => n.id), who).not.toContain(fixture.programmeId);
      expect(listed.data.trainingSessions.nodes.map((n: any) => n.id), who).not.toContain(fixture.sessionId);
    }
  });
});
