/**
 * The authorization matrix as data, shared by the `authorization-matrix*.test.ts` files: for every operation and
 * sensitive field, and for every role, the expected outcome, run through the real API.
 *
 * Outcomes: `ok` (answered without error, the checked path is present; a subscription was accepted), `hidden`
 * (answered, the checked path is null: personal data), `denied` (an UNAUTHENTICATED or FORBIDDEN error, or a
 * mutation that refused the viewer with a "not yours" user error: NOT_APPRAISER, NOT_PLAN_OWNER, ...; or NOT_FOUND
 * for a row that names a real object the viewer may not see), `refused` (a mutation that got past authorization and
 * refused its input with userErrors: a safe way to prove write access without writing).
 */
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoAgency } from '../../src/modules/org/seed.js';
import { startTestServer, subscribe, type TestServer } from './server.js';

export const ROLES = ['public', 'employee', 'appraiser', 'appraiserSuperior', 'peer', 'unitStaff', 'admin', 'partner'] as const;
export type Role = (typeof ROLES)[number];
export type Outcome = 'ok' | 'hidden' | 'denied' | 'refused';

export interface Person {
  id: string;
  nip: string;
}

/** The people the matrix is about, found in the seeded agency. */
export interface Fixture {
  /** The subject: a pelaksana whose data is read. */
  subject: { id: string; nip: string; unitId: string };
  people: Partial<Record<Role, Person>>;
  ids: Record<string, string>;
}

export interface Row {
  name: string;
  /** Root fields this row covers besides the one named by `name` (`Query.x`, `Mutation.x`, `Subscription.x`). */
  covers?: string[];
  query: string | ((f: Fixture) => string);
  variables?: (f: Fixture) => Record<string, unknown>;
  /** Dotted path in `data` whose presence decides ok/hidden, e.g. "employee.email"; for mutations `x.userErrors`. */
  path: string;
  expect: Record<Role, Outcome>;
  /** Picks the checked value from `data` instead of `path` (e.g. one item of a list). */
  value?: (data: any, f: Fixture) => unknown;
  /**
   * The outcome for an admin of another agency (see `runForeignAdmin`): by default a peer's (an unrelated employee),
   * or `refused` for an admin mutation given unknown ids.
   */
  foreign?: Outcome;
  /** The row names a real object: NOT_FOUND ("or you may not see it") means the viewer was denied. */
  real?: boolean;
}

export const all = (outcome: Outcome, overrides: Partial<Record<Role, Outcome>> = {}) =>
  Object.fromEntries(ROLES.map((r) => [r, overrides[r] ?? outcome])) as Record<Role, Outcome>;
/** Anyone with a token. */
export const signedIn = (outcome: Outcome, overrides: Partial<Record<Role, Outcome>> = {}) => all(outcome, { public: 'denied', ...overrides });
/** Employees (admins are employees too); the public and partner services are denied. */
export const employees = (outcome: Outcome, overrides: Partial<Record<Role, Outcome>> = {}) =>
  all(outcome, { public: 'denied', partner: 'denied', ...overrides });
/** Only the named roles get `outcome`, everybody else is denied. */
export const only = (outcome: Outcome, roles: Role[], overrides: Partial<Record<Role, Outcome>> = {}) =>
  all('denied', { ...Object.fromEntries(roles.map((r) => [r, outcome])), ...overrides });

/** User error codes that say "not you", whatever the input. */
export const DENIAL_CODES = new Set([
  'NOT_APPRAISER',
  'NOT_APPRAISER_SUPERIOR',
  'NOT_EVALUATED_EMPLOYEE',
  'NOT_PLAN_OWNER',
  'NOT_SUPERVISOR',
  'NOT_UNIT_STAFF',
]);

/** The root fields a row covers. */
export function rootFieldsOf(row: Row): string[] {
  const own = /^(Query|Mutation|Subscription)\.(\w+)$/.exec(row.name);
  return [...(own ? [row.name] : []), ...(row.covers ?? [])];
}

export function at(data: any, path: string): unknown {
  return path.split('.').reduce((value, key) => (value == null ? undefined : value[key]), data);
}

export interface MatrixContext {
  t: TestServer;
  fixture: Fixture;
  tokens: Record<Role, string | undefined>;
}

/**
 * Signs in the roles around a subject. By default the subject is a PNS pelaksana whose direct supervisor is their
 * appraiser, with an appraiser's superior and at least two colleagues in the unit; `pick` chooses another subject
 * (given the candidates with their chain), e.g. the employee of a seeded objection.
 */
export async function prepareRoles(t: TestServer, pick?: (candidates: any[]) => any): Promise<MatrixContext> {
  const admin = await t.token(t.seed.adminNip, ['employee', 'admin']);
  const nodes: any[] = [];
  for (let after: string | null = null; ; ) {
    const page: any = await t.request(
      `query($after: String) { employees(first: 100, after: $after) {
          nodes { id nip employmentType position { kind } unit { id } supervisor { id nip } appraiser { id nip } appraiserSuperior { id nip } }
          pageInfo { hasNextPage endCursor } } }`,
      { after },
      { token: admin },
    );
    if (!page.data) throw new Error(JSON.stringify(page.errors));
    nodes.push(...page.data.employees.nodes);
    if (!page.data.employees.pageInfo.hasNextPage) break;
    after = page.data.employees.pageInfo.endCursor;
  }
  const fallback = (n: any) =>
    n.position?.kind === 'PELAKSANA' && n.employmentType === 'PNS' && n.supervisor?.id === n.appraiser?.id && n.appraiserSuperior;
  const subject = pick?.(nodes) ?? nodes.find(fallback);
  if (!subject) throw new Error('no subject found in the seed');
  if (!subject.appraiser?.nip || !subject.appraiserSuperior?.nip) throw new Error(`the subject's appraisers cannot sign in: ${JSON.stringify(subject)}`);
  const unit: any = await t.request(
    'query($u: ID!) { employees(first: 100, filter: { unitId: $u }) { nodes { id nip } } }',
    { u: subject.unit.id },
    { token: admin },
  );
  const excluded = [subject.id, subject.appraiser?.id, subject.appraiserSuperior?.id, subject.supervisor?.id];
  const others = unit.data.employees.nodes.filter((n: any) => n.nip && !excluded.includes(n.id) && n.nip !== t.seed.adminNip);
  if (others.length < 2) throw new Error(`the subject's unit has ${others.length} colleagues, 2 are needed`);
  const adminPerson = nodes.find((n) => n.nip === t.seed.adminNip);
  const fixture: Fixture = {
    subject: { id: subject.id, nip: subject.nip, unitId: subject.unit.id },
    people: {
      employee: { id: subject.id, nip: subject.nip },
      appraiser: subject.appraiser,
      appraiserSuperior: subject.appraiserSuperior,
      peer: others[0],
      unitStaff: others[1],
      admin: adminPerson ? { id: adminPerson.id, nip: adminPerson.nip } : undefined,
    },
    ids: {},
  };
  const tokens: Record<Role, string | undefined> = {
    public: undefined,
    employee: await t.token(subject.nip),
    appraiser: await t.token(subject.appraiser.nip),
    appraiserSuperior: await t.token(subject.appraiserSuperior.nip),
    peer: await t.token(others[0].nip),
    unitStaff: await t.token(others[1].nip),
    admin,
    partner: await t.token('payroll-service', ['partner']),
  };
  return { t, fixture, tokens };
}

const clients = new WeakMap<MatrixContext, Partial<Record<Role, Client>>>();
function clientOf(ctx: MatrixContext, role: Role): Client {
  const mine = clients.get(ctx) ?? {};
  clients.set(ctx, mine);
  return (mine[role] ??= ctx.t.ws(ctx.tokens[role]));
}

function classifyErrors(errors: readonly { message: string; extensions?: Record<string, unknown> }[]): Outcome | string {
  const code = errors[0]?.extensions?.code;
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') return 'denied';
  // "No such unit in your agency": another agency's object is as unknown as a missing one (an argument naming no row
  // of the viewer's agency is BAD_USER_INPUT with its argumentName: docs/conventions.md).
  if (code === 'NOT_FOUND') return 'denied';
  if (code === 'BAD_USER_INPUT' && errors[0]?.extensions?.argumentName) return 'denied';
  return `error ${String(code)}: ${errors[0]?.message}`;
}

/**
 * A subscription is `ok` once the server registered it with the pub/sub (its authorization passed), `denied` when
 * it answers UNAUTHENTICATED or FORBIDDEN.
 */
async function subscriptionOutcome(ctx: MatrixContext, row: Row, role: Role): Promise<Outcome | string> {
  const pubsub = ctx.t.server.pubsub;
  const before = pubsub.subscriberCount;
  const sub = subscribe(clientOf(ctx, role), queryOf(row, ctx.fixture), row.variables?.(ctx.fixture) ?? {});
  try {
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      if (sub.error) {
        const e = sub.error as any;
        return Array.isArray(e) ? classifyErrors(e) : `error: ${e?.message ?? JSON.stringify(e)}`;
      }
      const first = sub.received[0];
      if (first) return first.errors?.length ? classifyErrors(first.errors) : 'ok';
      if (pubsub.subscriberCount > before) return 'ok';
      await new Promise((r) => setTimeout(r, 5));
    }
    return 'timeout';
  } finally {
    sub.dispose();
    const deadline = Date.now() + 2000;
    while (pubsub.subscriberCount > before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  }
}

export function queryOf(row: Row, f: Fixture): string {
  return typeof row.query === 'function' ? row.query(f) : row.query;
}

export async function outcomeOf(ctx: MatrixContext, row: Row, role: Role): Promise<Outcome | string> {
  const query = queryOf(row, ctx.fixture);
  if (query.trimStart().startsWith('subscription')) return subscriptionOutcome(ctx, row, role);
  const res = await ctx.t.request(query, row.variables?.(ctx.fixture) ?? {}, { token: ctx.tokens[role] });
  if (res.errors?.length) return classifyErrors(res.errors);
  const value = row.value ? row.value(res.data, ctx.fixture) : at(res.data, row.path);
  if (Array.isArray(value) && row.path.endsWith('userErrors')) {
    if (value.length === 0) return 'ok';
    const codes: string[] = value.map((e: any) => e.code);
    if (process.env.MATRIX_DEBUG) console.log(`${row.name} as ${role}: ${value.map((e: any) => `${e.code} ${e.message}`).join('; ')}`);
    if (codes.some((c) => DENIAL_CODES.has(c))) return 'denied';
    if (row.real && codes.includes('NOT_FOUND')) return 'denied';
    return 'refused';
  }
  return value == null ? 'hidden' : 'ok';
}

/** Runs every row for every role; returns the differences and prints one summary line. */
export async function runMatrix(ctx: MatrixContext, label: string, rows: Row[]): Promise<string[]> {
  const differences: string[] = [];
  let checked = 0;
  for (const row of rows) {
    for (const role of ROLES) {
      const actual = await outcomeOf(ctx, row, role);
      checked += 1;
      if (actual !== row.expect[role]) differences.push(`${row.name} as ${role}: expected ${row.expect[role]}, got ${actual}`);
    }
  }
  console.log(
    `authorization matrix (${label}): ${checked} checks over ${rows.length} operations and ${ROLES.length} roles, ${differences.length} differences`,
  );
  return differences;
}

/** What an admin of another agency should get: see `Row.foreign`. */
export function foreignOutcome(row: Row): Outcome {
  if (row.foreign) return row.foreign;
  if (row.path.endsWith('userErrors') && row.expect.admin === 'refused' && !row.real) return 'refused';
  return row.expect.peer;
}

const foreignTokens = new WeakMap<TestServer, Promise<string>>();

/**
 * Runs every row as an admin of a second agency seeded on the same database: whatever their role at home, they are
 * nobody here. Returns the differences and prints one summary line.
 */
export async function runForeignAdmin(ctx: MatrixContext, label: string, rows: Row[]): Promise<string[]> {
  const { t } = ctx;
  if (!foreignTokens.has(t)) {
    foreignTokens.set(
      t,
      seedDemoAgency(t.database.db, { employees: 20, seed: 2 }).then((other) => t.token(other.adminNip, ['employee', 'admin'])),
    );
  }
  const token = await foreignTokens.get(t)!;
  const foreign: MatrixContext = { ...ctx, tokens: { ...ctx.tokens, admin: token } };
  const differences: string[] = [];
  for (const row of rows) {
    const actual = await outcomeOf(foreign, row, 'admin');
    if (actual !== foreignOutcome(row)) differences.push(`${row.name} as an admin of another agency: expected ${foreignOutcome(row)}, got ${actual}`);
  }
  console.log(`authorization matrix (${label}): ${rows.length} checks as an admin of another agency, ${differences.length} differences`);
  return differences;
}

/** A mutation row: `input` is a GraphQL literal built from the fixture. */
export function mutation(
  name: string,
  input: (f: Fixture) => string,
  expect: Record<Role, Outcome>,
  options: { real?: boolean; foreign?: Outcome } = {},
): Row {
  return {
    name: `Mutation.${name}`,
    query: (f) => `mutation { ${name}(input: ${input(f)}) { userErrors { code message } } }`,
    path: `${name}.userErrors`,
    expect,
    ...options,
  };
}

/** A JSON string as a GraphQL string literal. */
export const str = (value: string) => JSON.stringify(value);

/** Stops subscriptions and waits until the server has let them go (so that the next count starts clean). */
export async function disposeAll(t: TestServer, subscriptions: { dispose: () => void }[], count = 0): Promise<void> {
  for (const s of subscriptions) s.dispose();
  const deadline = Date.now() + 5000;
  while (t.server.pubsub.subscriberCount > count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
}

/** The server and the prepared roles of a matrix file, for its own tests (set before they run). */
export interface MatrixSuite {
  t: TestServer;
  ctx: MatrixContext;
}

/**
 * A module's matrix file: one server with the roles and the module's fixtures (`prepare`), its rows run as the
 * matrix and again as an admin of another agency; `more` adds the file's own tests (its events) to the same suite.
 */
export function describeMatrix(
  label: string,
  rows: Row[],
  prepare: (t: TestServer) => Promise<MatrixContext>,
  more: (suite: MatrixSuite) => void = () => {},
): void {
  const suite = {} as MatrixSuite;
  beforeAll(async () => {
    suite.t = await startTestServer();
    suite.ctx = await prepare(suite.t);
  });
  afterAll(() => suite.t?.stop());

  describe(`authorization matrix (${label})`, () => {
    it('gives every role exactly the expected outcome for every operation and sensitive field', async () => {
      expect(await runMatrix(suite.ctx, label, rows)).toEqual([]);
    });

    it('gives an admin of another agency nothing of this agency', async () => {
      expect(await runForeignAdmin(suite.ctx, label, rows)).toEqual([]);
    });

    more(suite);
  });
}
