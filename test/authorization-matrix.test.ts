/**
 * The authorization matrix as data: for every operation and sensitive field, and for every role, the expected
 * outcome. One test runs the whole matrix through the API and reports every difference at once.
 *
 * Outcomes: `ok` (answered without error, the checked path is present), `hidden` (answered, the checked path is
 * null: personal data), `denied` (an UNAUTHENTICATED or FORBIDDEN error), `refused` (a mutation that got past
 * authorization and refused its input with userErrors: a safe way to prove write access without writing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, subscribe, type TestServer } from './support/server.js';

export const ROLES = ['public', 'employee', 'appraiser', 'appraiserSuperior', 'peer', 'unitStaff', 'admin', 'partner'] as const;
export type Role = (typeof ROLES)[number];
export type Outcome = 'ok' | 'hidden' | 'denied' | 'refused';

/** The people the matrix is about, found in the seeded agency. */
export interface Fixture {
  /** The subject: a pelaksana whose data is read. */
  subject: { id: string; nip: string; unitId: string };
  ids: Record<string, string>;
}

interface Row {
  name: string;
  query: string;
  variables?: (f: Fixture) => Record<string, unknown>;
  /** Dotted path in `data` whose presence decides ok/hidden, e.g. "employee.email". */
  path: string;
  expect: Record<Role, Outcome>;
}

const all = (outcome: Outcome, overrides: Partial<Record<Role, Outcome>> = {}) =>
  Object.fromEntries(ROLES.map((r) => [r, overrides[r] ?? outcome])) as Record<Role, Outcome>;
const signedIn = (outcome: Outcome, overrides: Partial<Record<Role, Outcome>> = {}) => all(outcome, { public: 'denied', ...overrides });

const MATRIX: Row[] = [
  { name: 'Query.orgUnits', query: '{ orgUnits { id name } }', path: 'orgUnits', expect: all('ok') },
  { name: 'Query.agencies', query: '{ agencies { id name } }', path: 'agencies', expect: all('ok') },
  { name: 'Query.me', query: '{ me { id } }', path: 'me', expect: all('ok', { public: 'hidden', partner: 'hidden' }) },
  {
    name: 'Query.employees',
    query: '{ employees(first: 1) { totalCount } }',
    path: 'employees.totalCount',
    expect: signedIn('ok'),
  },
  {
    name: 'Employee (directory fields)',
    query: 'query($id: ID!) { employee(id: $id) { name unit { name } position { title } supervisor { name } } }',
    variables: (f) => ({ id: f.subject.id }),
    path: 'employee.name',
    expect: signedIn('ok'),
  },
  {
    name: 'Employee.email',
    query: 'query($id: ID!) { employee(id: $id) { email } }',
    variables: (f) => ({ id: f.subject.id }),
    path: 'employee.email',
    // The direct supervisor is the subject's appraiser in the seed (a kepala seksi or the like).
    expect: signedIn('hidden', { employee: 'ok', appraiser: 'ok', admin: 'ok' }),
  },
  {
    name: 'Employee.birthDate',
    query: 'query($id: ID!) { employee(id: $id) { birthDate gender } }',
    variables: (f) => ({ id: f.subject.id }),
    path: 'employee.birthDate',
    expect: signedIn('hidden', { employee: 'ok', appraiser: 'ok', admin: 'ok' }),
  },
  {
    name: 'node(Employee)',
    query: 'query($id: ID!) { node(id: $id) { ... on Employee { name } } }',
    variables: (f) => ({ id: f.subject.id }),
    path: 'node.name',
    expect: signedIn('ok'),
  },
  {
    name: '_entities(Employee)',
    query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Employee { name } } }',
    variables: (f) => ({ r: [{ __typename: 'Employee', nip: f.subject.nip }] }),
    path: '_entities.0.name',
    expect: signedIn('ok', { public: 'hidden' }),
  },
  { name: 'Query.positions', query: '{ positions { id } }', path: 'positions', expect: signedIn('ok') },
  { name: 'Query.auditLog', query: '{ auditLog(first: 1) { nodes { id } } }', path: 'auditLog', expect: signedIn('denied', { admin: 'ok' }) },
  ...(
    [
      ['createEmployee', 'CreateEmployeeInput', '{ nip: "1", name: "x", unitId: "bad", positionId: "bad" }'],
      ['updateEmployee', 'UpdateEmployeeInput', '{ id: "bad" }'],
      ['transferEmployee', 'TransferEmployeeInput', '{ id: "bad" }'],
      ['createOrgUnit', 'CreateOrgUnitInput', '{ code: "", name: "" }'],
      ['updateOrgUnit', 'UpdateOrgUnitInput', '{ id: "bad" }'],
      ['moveOrgUnit', 'MoveOrgUnitInput', '{ id: "bad" }'],
    ] as const
  ).map(
    ([mutation, _input, literal]): Row => ({
      name: `Mutation.${mutation}`,
      query: `mutation { ${mutation}(input: ${literal}) { userErrors { code } } }`,
      path: `${mutation}.userErrors`,
      expect: signedIn('denied', { admin: 'refused' }),
    }),
  ),
];

function at(data: any, path: string): unknown {
  return path.split('.').reduce((value, key) => (value == null ? undefined : value[key]), data);
}

let t: TestServer;
let fixture: Fixture;
const tokens = {} as Record<Role, string | undefined>;

beforeAll(async () => {
  t = await startTestServer();
  const admin = await t.token(t.seed.adminNip, ['employee', 'admin']);
  const people: any = await t.request(
    `{ employees(first: 100, filter: { positionKind: PELAKSANA, employmentType: PNS }) {
        nodes { id nip unit { id } supervisor { id nip } appraiser { id nip } appraiserSuperior { id nip } } } }`,
    {},
    { token: admin },
  );
  // A pelaksana whose direct supervisor is the appraiser, with a peer in the same unit.
  const subject = people.data.employees.nodes.find((n: any) => n.supervisor?.id === n.appraiser?.id && n.appraiserSuperior);
  const unit: any = await t.request(
    'query($u: ID!) { employees(first: 100, filter: { unitId: $u }) { nodes { id nip } } }',
    { u: subject.unit.id },
    { token: admin },
  );
  const others = unit.data.employees.nodes.filter(
    (n: any) => n.nip && ![subject.id, subject.appraiser.id, subject.appraiserSuperior.id].includes(n.id) && n.nip !== t.seed.adminNip,
  );
  fixture = { subject: { id: subject.id, nip: subject.nip, unitId: subject.unit.id }, ids: {} };
  tokens.public = undefined;
  tokens.employee = await t.token(subject.nip);
  tokens.appraiser = await t.token(subject.appraiser.nip);
  tokens.appraiserSuperior = await t.token(subject.appraiserSuperior.nip);
  tokens.peer = await t.token(others[0].nip);
  tokens.unitStaff = await t.token((others[1] ?? others[0]).nip);
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

describe('authorization matrix', () => {
  it('gives every role exactly the expected outcome for every operation and sensitive field', async () => {
    const differences: string[] = [];
    let checked = 0;
    for (const row of MATRIX) {
      for (const role of ROLES) {
        const actual = await outcomeOf(row, role);
        checked += 1;
        if (actual !== row.expect[role]) differences.push(`${row.name} as ${role}: expected ${row.expect[role]}, got ${actual}`);
      }
    }
    console.log(`authorization matrix: ${checked} checks over ${MATRIX.length} operations and ${ROLES.length} roles, ${differences.length} differences`);
    expect(differences).toEqual([]);
  });

  it('checks subscriptions at subscribe time', async () => {
    const query = 'subscription($u: ID!) { employeeUpdated(unitId: $u) { id } }';
    const anonymous = subscribe(t.ws(), query, { u: fixture.subject.unitId });
    const [denied] = await anonymous.next(1, 3000);
    expect(denied!.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});
