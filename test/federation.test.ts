/**
 * Federation, for real: kinerja's own SDL (fetched from `_service` over HTTP) composes with a partner subgraph
 * (the payroll agency, BPKAD) into a supergraph, and a real Apollo Gateway answers queries that cross both
 * subgraphs in both directions: kinerja -> payroll through the `nip` key, and payroll -> kinerja through
 * kinerja's `_entities` with `{ nip }` representations. The `id` key and the `_entities` authorization are
 * checked directly against kinerja.
 */
import { composeServices } from '@apollo/composition';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  Kind,
  parse,
  print,
  type ConstDirectiveNode,
  type DocumentNode,
  type ObjectTypeDefinitionNode,
  type StringValueNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type GraphQLResponse, type TestServer } from './support/server.js';

// ---------------------------------------------------------------------------------------------------------------
// The partner subgraph: BPKAD (Badan Pengelolaan Keuangan dan Aset Daerah) pays the allowance (TPP).
// ---------------------------------------------------------------------------------------------------------------

const PERIOD = '2026-11';
const CURRENCY = 'IDR';

const partnerTypeDefs = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])

  "Tambahan penghasilan pegawai (TPP) for one payroll period."
  type Allowance {
    amount: Int!
    currency: String!
    period: String!
  }

  type Employee @key(fields: "nip") {
    nip: String!
    "Computed by BPKAD from the NIP; null for someone without a NIP."
    allowance: Allowance
  }

  type PayrollEntry {
    "Only the NIP is known here: name, unit and position come from kinerja."
    employee: Employee
    amount: Int!
  }

  type PayrollRun {
    period: String!
    entries: [PayrollEntry!]!
  }

  type Query {
    payrollRun(period: String!): PayrollRun
  }
`);

/** A deterministic allowance from the NIP: a base, plus years since TMT (digits 9-12), plus the sequence number. */
function allowanceFor(nip: string, period = PERIOD): { amount: number; currency: string; period: string } {
  const tmtYear = Number(nip.slice(8, 12));
  const sequence = Number(nip.slice(15, 18));
  const years = Math.max(0, Number(period.slice(0, 4)) - tmtYear);
  return { amount: 2_500_000 + years * 50_000 + sequence * 100, currency: CURRENCY, period };
}

function partnerSchema(payrollNips: () => string[]) {
  return buildSubgraphSchema({
    typeDefs: partnerTypeDefs,
    resolvers: {
      Query: {
        payrollRun: (_root: unknown, args: { period: string }) => ({
          period: args.period,
          entries: payrollNips().map((nip) => ({
            employee: { __typename: 'Employee', nip },
            amount: allowanceFor(nip, args.period).amount,
          })),
        }),
      },
      Employee: {
        // The gateway sends `{ __typename, nip }`; nip is null for the elected head of region.
        __resolveReference: (ref: { nip?: string | null }) => ({ nip: ref.nip ?? null }),
        allowance: (employee: { nip: string | null }) => (employee.nip ? allowanceFor(employee.nip) : null),
      },
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Plumbing
// ---------------------------------------------------------------------------------------------------------------

async function post<T = any>(url: string, query: string, variables?: Record<string, unknown>, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as GraphQLResponse<T>) };
}

function directive(node: ObjectTypeDefinitionNode, name: string): ConstDirectiveNode[] {
  return (node.directives ?? []).filter((d) => d.name.value === name);
}

function argument(d: ConstDirectiveNode, name: string): string | undefined {
  const arg = d.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  return arg.value.kind === Kind.ENUM ? arg.value.value : (arg.value as StringValueNode).value;
}

function objectType(document: DocumentNode, name: string): ObjectTypeDefinitionNode {
  const found = document.definitions.find(
    (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === name,
  );
  if (!found) throw new Error(`no type ${name} in the document`);
  return found;
}

/** What each subgraph was asked by the gateway, so the tests can prove which key crossed the boundary. */
interface SubgraphCall {
  subgraph: string;
  query: string;
  representations: Record<string, unknown>[] | undefined;
  authorization: string | null;
}

const UNKNOWN_NIP_CANDIDATES = ['198001012005011999', '198102022006022998', '198203032007011997'];

let t: TestServer;
let partnerToken: string;
let adminToken: string;
let kinerjaSdl: string;
let directoryNips: string[];
let unknownNip: string;
let partner: { server: ApolloServer; url: string };
let supergraphSdl: string;
let compositionHints: string[];
let gateway: { server: ApolloServer; url: string };
const calls: SubgraphCall[] = [];

beforeAll(async () => {
  t = await startTestServer();
  partnerToken = await t.token('payroll-service', ['partner']);
  adminToken = await t.token(t.seed.adminNip, ['employee', 'admin']);

  const service = await post<{ _service: { sdl: string } }>(t.url, '{ _service { sdl } }', undefined, partnerToken);
  expect(service.errors).toBeUndefined();
  kinerjaSdl = service.data!._service.sdl;

  const page = await post<{ employees: { nodes: { nip: string | null }[] } }>(
    t.url,
    'query { employees(first: 5) { nodes { nip } } }',
    undefined,
    adminToken,
  );
  expect(page.errors).toBeUndefined();
  directoryNips = page.data!.employees.nodes.map((n) => n.nip).filter((nip): nip is string => nip !== null);
  expect(directoryNips.length).toBeGreaterThan(0);

  // A well-formed NIP that nobody in the seeded agency holds.
  const candidates = [];
  for (const nip of UNKNOWN_NIP_CANDIDATES) {
    const res = await post<{ employee: { id: string } | null }>(
      t.url,
      'query ($nip: String!) { employee(nip: $nip) { id } }',
      { nip },
      adminToken,
    );
    if (!res.errors && res.data?.employee === null) candidates.push(nip);
  }
  expect(candidates.length, 'a free, valid NIP for the "unknown employee" payroll entry').toBeGreaterThan(0);
  unknownNip = candidates[0]!;

  const partnerServer = new ApolloServer({
    schema: partnerSchema(() => [...directoryNips, unknownNip]),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const partnerListening = await startStandaloneServer(partnerServer, { listen: { port: 0, host: '127.0.0.1' } });
  partner = { server: partnerServer, url: partnerListening.url };

  const composed = composeServices([
    { name: 'kinerja', url: t.url, typeDefs: parse(kinerjaSdl) },
    { name: 'payroll', url: partner.url, typeDefs: partnerTypeDefs },
  ]);
  if (composed.errors) throw new Error(`composition failed:\n${composed.errors.map((e) => e.message).join('\n')}`);
  supergraphSdl = composed.supergraphSdl;
  compositionHints = composed.hints.map((h) => `${h.definition.code}: ${h.message}`);

  const gatewayImpl = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new (class extends RemoteGraphQLDataSource {
        override willSendRequest({ request }: GraphQLDataSourceProcessOptions) {
          // The gateway is the payroll agency's: it calls kinerja as the partner service.
          if (name === 'kinerja') request.http!.headers.set('authorization', `Bearer ${partnerToken}`);
          calls.push({
            subgraph: name,
            query: request.query ?? '',
            representations: request.variables?.representations as Record<string, unknown>[] | undefined,
            authorization: request.http!.headers.get('authorization'),
          });
        }
      })({ url }),
  });
  const gatewayServer = new ApolloServer({ gateway: gatewayImpl });
  const gatewayListening = await startStandaloneServer(gatewayServer, { listen: { port: 0, host: '127.0.0.1' } });
  gateway = { server: gatewayServer, url: gatewayListening.url };
});

afterAll(async () => {
  await gateway?.server.stop();
  await partner?.server.stop();
  await t?.stop();
});

function callsSince(mark: number, subgraph: string): SubgraphCall[] {
  return calls.slice(mark).filter((c) => c.subgraph === subgraph);
}

// ---------------------------------------------------------------------------------------------------------------

describe('composition', () => {
  it("serves kinerja's subgraph SDL with both Employee keys and the OrgUnit key", () => {
    const sdl = parse(kinerjaSdl);
    const employeeKeys = directive(objectType(sdl, 'Employee'), 'key').map((d) => argument(d, 'fields'));
    expect(employeeKeys.sort()).toEqual(['id', 'nip']);
    expect(directive(objectType(sdl, 'OrgUnit'), 'key').map((d) => argument(d, 'fields'))).toEqual(['id']);
    expect(kinerjaSdl).toMatch(/@link\(\s*url:\s*"https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+"/);
  });

  it('composes kinerja and the payroll subgraph into a supergraph with Employee keyed by id and nip', () => {
    const supergraph = parse(supergraphSdl);
    const employee = objectType(supergraph, 'Employee');
    const joins = directive(employee, 'join__type').map((d) => `${argument(d, 'graph')}:${argument(d, 'key')}`);
    expect(joins.sort()).toEqual(['KINERJA:id', 'KINERJA:nip', 'PAYROLL:nip']);

    const allowance = employee.fields!.find((f) => f.name.value === 'allowance');
    expect(allowance, 'Employee.allowance in the supergraph').toBeDefined();
    expect(print(allowance!.type)).toBe('Allowance');
    const owner = allowance!.directives!.filter((d) => d.name.value === 'join__field').map((d) => argument(d, 'graph'));
    expect(owner).toEqual(['PAYROLL']);
    // kinerja's own fields stay kinerja's.
    const name = employee.fields!.find((f) => f.name.value === 'name')!;
    expect(name.directives!.filter((d) => d.name.value === 'join__field').map((d) => argument(d, 'graph'))).toEqual(['KINERJA']);

    const orgUnit = objectType(supergraph, 'OrgUnit');
    expect(directive(orgUnit, 'join__type').map((d) => `${argument(d, 'graph')}:${argument(d, 'key')}`)).toEqual([
      'KINERJA:id',
    ]);
    const query = objectType(supergraph, 'Query').fields!.map((f) => f.name.value);
    expect(query).toEqual(expect.arrayContaining(['employee', 'employees', 'orgUnits', 'me', 'node', 'payrollRun']));
    // No errors (beforeAll throws on any); the one expected hint: nip is String in kinerja (null for the elected
    // head of region) and String! at BPKAD, which composes to String.
    for (const hint of compositionHints) expect(hint).toMatch(/^INCONSISTENT_BUT_COMPATIBLE_FIELD_TYPE: .*"Employee\.nip"/);
  });
});

describe('composition with a partner that has its own Relay connections', () => {
  it('composes: PageInfo is a shareable value type', () => {
    const hr = parse(/* GraphQL */ `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@shareable"])

      type PageInfo @shareable {
        hasNextPage: Boolean!
        hasPreviousPage: Boolean!
        startCursor: String
        endCursor: String
      }

      type Employee @key(fields: "nip") {
        nip: String!
        leaveBalance: Int
      }

      type LeaveRequestEdge { cursor: String! node: LeaveRequest! }
      type LeaveRequestConnection { edges: [LeaveRequestEdge!]! pageInfo: PageInfo! }
      type LeaveRequest { id: ID! employee: Employee! days: Int! }
      type RequestLeavePayload { leaveRequest: LeaveRequest }

      type Query { leaveRequests(first: Int, after: String): LeaveRequestConnection! }
      type Mutation { requestLeave(nip: String!, days: Int!): RequestLeavePayload! }
    `);
    const composed = composeServices([
      { name: 'kinerja', url: t.url, typeDefs: parse(kinerjaSdl) },
      { name: 'hr', url: 'http://hr.invalid/graphql', typeDefs: hr },
    ]);
    expect(composed.errors?.map((e) => e.message) ?? []).toEqual([]);
  });
});

describe('through the gateway', () => {
  it('kinerja -> payroll: every employee with a NIP gets the allowance BPKAD computes from it', async () => {
    const mark = calls.length;
    const res = await post<{
      employees: { nodes: { id: string; nip: string | null; name: string; email: string | null; allowance: { amount: number; currency: string; period: string } | null }[] };
    }>(gateway.url, 'query { employees(first: 5) { nodes { id nip name email allowance { amount currency period } } } }');
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.employees.nodes;
    expect(nodes.length).toBe(5);
    for (const node of nodes) {
      expect(node.name).toEqual(expect.any(String));
      // The gateway reads kinerja as a partner: the directory, never personal data.
      expect(node.email).toBeNull();
      if (node.nip) expect(node.allowance).toEqual(allowanceFor(node.nip));
      else expect(node.allowance).toBeNull();
    }
    expect(nodes.filter((n) => n.nip).map((n) => n.nip)).toEqual(directoryNips);

    // One call to kinerja (with the partner token), then one batched _entities call to payroll keyed by nip.
    const toKinerja = callsSince(mark, 'kinerja');
    expect(toKinerja).toHaveLength(1);
    expect(toKinerja[0]!.authorization).toBe(`Bearer ${partnerToken}`);
    const toPayroll = callsSince(mark, 'payroll');
    expect(toPayroll).toHaveLength(1);
    expect(toPayroll[0]!.query).toContain('_entities');
    expect(toPayroll[0]!.representations!.map((r) => Object.keys(r).sort())).toEqual(
      nodes.map(() => ['__typename', 'nip']),
    );
  });

  it('kinerja -> payroll: the elected head of region (no NIP) gets a null allowance, not an error', async () => {
    const mark = calls.length;
    const res = await post<{ employees: { nodes: { nip: string | null; name: string; position: { kind: string }; allowance: unknown }[] } }>(
      gateway.url,
      'query { employees(filter: { positionKind: HEAD_OF_REGION }, first: 1) { nodes { nip name position { kind } allowance { amount } } } }',
    );
    expect(res.errors).toBeUndefined();
    const [head] = res.data!.employees.nodes;
    expect(head).toMatchObject({ nip: null, position: { kind: 'HEAD_OF_REGION' }, allowance: null });
    expect(head!.name.length).toBeGreaterThan(0);
    // The gateway still asked BPKAD, with a null nip; BPKAD answered null for the allowance.
    expect(callsSince(mark, 'payroll').flatMap((c) => c.representations ?? [])).toEqual([{ __typename: 'Employee', nip: null }]);
  });

  it('payroll -> kinerja: payroll entries known only by NIP get names, units and positions from kinerja', async () => {
    const mark = calls.length;
    const res = await post<{
      payrollRun: {
        period: string;
        entries: {
          amount: number;
          employee: { nip: string; name: string; allowance: { amount: number } | null; unit: { name: string }; position: { kind: string } } | null;
        }[];
      } | null;
    }>(
      gateway.url,
      `query ($period: String!) {
        payrollRun(period: $period) {
          period
          entries { amount employee { nip name allowance { amount } unit { name } position { kind } } }
        }
      }`,
      { period: PERIOD },
    );
    expect(res.errors).toBeUndefined();
    const run = res.data!.payrollRun!;
    expect(run.period).toBe(PERIOD);
    expect(run.entries).toHaveLength(directoryNips.length + 1);

    // The directory answers the same questions directly: the gateway's data must match it.
    const direct = await post<{ employees: { nodes: { nip: string | null; name: string; unit: { name: string }; position: { kind: string } }[] } }>(
      t.url,
      'query { employees(first: 5) { nodes { nip name unit { name } position { kind } } } }',
      undefined,
      partnerToken,
    );
    const byNip = new Map(direct.data!.employees.nodes.filter((n) => n.nip).map((n) => [n.nip!, n]));
    directoryNips.forEach((nip, i) => {
      const entry = run.entries[i]!;
      expect(entry.amount).toBe(allowanceFor(nip).amount);
      expect(entry.employee).toEqual({
        nip,
        name: byNip.get(nip)!.name,
        unit: byNip.get(nip)!.unit,
        position: byNip.get(nip)!.position,
        allowance: { amount: allowanceFor(nip).amount },
      });
      expect(entry.employee!.name.length).toBeGreaterThan(0);
    });

    // kinerja was asked through _entities with { nip } representations only: the nip key resolved them.
    const toKinerja = callsSince(mark, 'kinerja').filter((c) => c.query.includes('_entities'));
    expect(toKinerja).toHaveLength(1);
    expect(toKinerja[0]!.authorization).toBe(`Bearer ${partnerToken}`);
    expect(toKinerja[0]!.representations).toEqual(
      [...directoryNips, unknownNip].map((nip) => ({ __typename: 'Employee', nip })),
    );

    // The NIP kinerja does not know: kinerja answers null for it, and the gateway nulls the entry's employee
    // (Employee.name is non-null) instead of inventing a name; the other entries are unharmed.
    const unknown = run.entries[directoryNips.length]!;
    expect(unknown.amount).toBe(allowanceFor(unknownNip).amount);
    expect(unknown.employee).toBeNull();
    // The gateway reports why under extensions.valueCompletion (not as an error of the operation).
    const completion = (res.extensions as { valueCompletion?: { path: (string | number)[] }[] } | undefined)?.valueCompletion;
    expect(completion?.map((c) => c.path)).toEqual([['payrollRun', 'entries', directoryNips.length, 'employee', 'name']]);
  });
});

describe("kinerja's _entities", () => {
  const EntitiesQuery = `
    query ($representations: [_Any!]!) {
      _entities(representations: $representations) {
        __typename
        ... on Employee { id nip name email unit { id name } }
        ... on OrgUnit { id name }
      }
    }
  `;

  async function someEmployee() {
    const res = await post<{ employees: { nodes: { id: string; nip: string | null; name: string; unit: { id: string; name: string } }[] } }>(
      t.url,
      'query { employees(first: 5) { nodes { id nip name unit { id name } } } }',
      undefined,
      adminToken,
    );
    return res.data!.employees.nodes.find((n) => n.nip)!;
  }

  it('resolves Employee and OrgUnit by their id key for a partner token', async () => {
    const employee = await someEmployee();
    const res = await post<{ _entities: unknown[] }>(
      t.url,
      EntitiesQuery,
      {
        representations: [
          { __typename: 'Employee', id: employee.id },
          { __typename: 'OrgUnit', id: employee.unit.id },
          { __typename: 'Employee', nip: employee.nip },
        ],
      },
      partnerToken,
    );
    expect(res.errors).toBeUndefined();
    const expected = { __typename: 'Employee', id: employee.id, nip: employee.nip, name: employee.name, email: null, unit: employee.unit };
    expect(res.data!._entities).toEqual([expected, { __typename: 'OrgUnit', ...employee.unit }, expected]);
  });

  it('refuses a representation of no entity type as the caller’s mistake (BAD_USER_INPUT), resolving none of the batch', async () => {
    const employee = await someEmployee();
    for (const bad of [{ __typename: 'Nope' }, { __typename: 'Position', id: employee.id }, { id: employee.id }, 'Employee']) {
      const res = await post<{ _entities: unknown[] }>(t.url, EntitiesQuery, { representations: [{ __typename: 'Employee', id: employee.id }, bad] }, partnerToken);
      expect(res.data ?? null, JSON.stringify(bad)).toBeNull();
      expect(res.errors, JSON.stringify(bad)).toEqual([
        {
          message: expect.stringMatching(/^Representation 1: /),
          locations: expect.any(Array),
          path: ['_entities'],
          extensions: { code: 'BAD_USER_INPUT', argumentName: 'representations' },
        },
      ]);
    }
  });

  it('gives the public no employee data through _entities, and no more of a unit than the public API does', async () => {
    const employee = await someEmployee();
    const anonymous = await post<{ _entities: unknown[] }>(t.url, EntitiesQuery, {
      representations: [
        { __typename: 'Employee', id: employee.id },
        { __typename: 'Employee', nip: employee.nip },
      ],
    });
    // Either null entities or an UNAUTHENTICATED refusal: never the employee.
    if (anonymous.errors) {
      expect(anonymous.errors.map((e) => e.extensions?.code)).toEqual(anonymous.errors.map(() => 'UNAUTHENTICATED'));
    }
    for (const entity of anonymous.data?._entities ?? []) expect(entity).toBeNull();
    const leaked = JSON.stringify(anonymous);
    expect(leaked).not.toContain(employee.name);
    expect(leaked).not.toContain(employee.nip!);

    // The unit tree is public (orgUnit/orgUnits need no token), so _entities may show a unit's name to the public,
    // but exactly what `orgUnit(id:)` shows, and the signed-in-only fields stay refused.
    const publicUnit = await post<{ orgUnit: { id: string; name: string } | null }>(
      t.url,
      'query ($id: ID!) { orgUnit(id: $id) { id name } }',
      { id: employee.unit.id },
    );
    expect(publicUnit.errors).toBeUndefined();
    const unitEntity = await post<{ _entities: unknown[] }>(
      t.url,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { id name } } }',
      { r: [{ __typename: 'OrgUnit', id: employee.unit.id }] },
    );
    expect(unitEntity.errors).toBeUndefined();
    expect(unitEntity.data!._entities).toEqual([publicUnit.data!.orgUnit]);

    const guarded = await post<{ _entities: ({ employees: unknown } | null)[] }>(
      t.url,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on OrgUnit { employees(first: 5) { nodes { name } } } } }',
      { r: [{ __typename: 'OrgUnit', id: employee.unit.id }] },
    );
    expect(guarded.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(guarded.data?._entities ?? [null]).toEqual([null]);
    expect(JSON.stringify(guarded)).not.toContain(employee.name);
  });
});
