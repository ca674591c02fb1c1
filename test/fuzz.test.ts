/**
 * Bad input to every mutation, found by introspection so that new mutations are covered as they are added:
 * missing and wrong-typed fields, unknown and malformed IDs, oversized and control-character strings, invalid NIPs,
 * malformed queries and invalid UTF-8. Every answer must be a GraphQL error or a userError: never a 500, never a
 * stack trace.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.js';

let t: TestServer;
let token: string;

interface TypeRef { kind: string; name: string | null; ofType: TypeRef | null }
interface InputField { name: string; type: TypeRef }
interface Introspection {
  mutations: { name: string; args: InputField[] }[];
  inputs: Map<string, InputField[]>;
  enums: Map<string, string[]>;
}

const INTROSPECT = `{
  __schema {
    mutationType { fields { name args { name type { ...T } } } }
    types { kind name inputFields { name type { ...T } } enumValues { name } }
  }
}
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

let schema: Introspection;

beforeAll(async () => {
  t = await startTestServer({ employees: 40, env: { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-that-is-long-enough-1234', INTROSPECTION: 'all' } });
  token = await t.token(t.seed.adminNip, ['employee', 'admin']);
  const res: any = await t.request(INTROSPECT, {});
  schema = {
    mutations: res.data.__schema.mutationType.fields,
    inputs: new Map(res.data.__schema.types.filter((x: any) => x.kind === 'INPUT_OBJECT').map((x: any) => [x.name, x.inputFields])),
    enums: new Map(res.data.__schema.types.filter((x: any) => x.kind === 'ENUM').map((x: any) => [x.name, x.enumValues.map((v: any) => v.name)])),
  };
});
afterAll(() => t?.stop());

type Strategy = 'plausible' | 'badIds' | 'oversized' | 'control' | 'badNumbers';

function valueFor(type: TypeRef, fieldName: string, strategy: Strategy, depth = 0): unknown {
  if (type.kind === 'NON_NULL') return valueFor(type.ofType!, fieldName, strategy, depth);
  if (type.kind === 'LIST') return [valueFor(type.ofType!, fieldName, strategy, depth + 1)];
  if (type.kind === 'ENUM') return schema.enums.get(type.name!)![0];
  if (type.kind === 'INPUT_OBJECT') {
    if (depth > 4) return null;
    const fields = schema.inputs.get(type.name!) ?? [];
    return Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, f.name, strategy, depth + 1)]));
  }
  switch (type.name) {
    case 'ID':
      return strategy === 'badIds' ? 'RW1wbG95ZWU6OTk5OTk5OQ==' : strategy === 'plausible' ? 'bm90LWFuLWlk' : '\u0000\u0001';
    case 'Int':
      return strategy === 'badNumbers' ? -2147483648 : 1;
    case 'Float':
      return strategy === 'badNumbers' ? -1e300 : 1.5;
    case 'Boolean':
      return true;
    case 'Date':
      return strategy === 'badNumbers' ? '2025-02-30' : '2025-06-30';
    case 'DateTime':
      return '2025-06-30T08:00:00Z';
    case 'JSON':
      return { a: 1 };
    default:
      if (/nip/i.test(fieldName)) return strategy === 'plausible' ? '19990231 202013 3 000' : 'x'.repeat(strategy === 'oversized' ? 50_000 : 5);
      if (strategy === 'oversized') return 'Ω'.repeat(60_000);
      if (strategy === 'control') return 'a\u0000b\u202Ec\uD800';
      return strategy === 'badNumbers' ? '' : 'x';
  }
}

function assertSafe(label: string, status: number, body: any) {
  const text = JSON.stringify(body);
  expect(status, `${label}: HTTP ${status} ${text.slice(0, 300)}`).toBeLessThan(500);
  expect(text, label).not.toMatch(/stacktrace|\.ts:\d+|node_modules|Failed query|at async/);
  const errors = body.errors ?? [];
  for (const error of errors) expect(error.extensions?.code, `${label}: ${error.message}`).not.toBe('INTERNAL_SERVER_ERROR');
}

async function send(label: string, mutation: { name: string; args: InputField[] }, strategy: Strategy) {
  const variables = Object.fromEntries(mutation.args.map((a) => [a.name, valueFor(a.type, a.name, strategy)]));
  const declarations = mutation.args.map((a) => `$${a.name}: ${printType(a.type)}`).join(', ');
  const call = mutation.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  // Payload types differ; __typename is the one selection every payload has.
  const query = `mutation Fuzz${declarations ? `(${declarations})` : ''} { ${mutation.name}${call ? `(${call})` : ''} { __typename } }`;
  const res = await t.request(query, variables, { token });
  assertSafe(`${label} ${mutation.name}`, res.status, res);
  return res;
}

function printType(type: TypeRef): string {
  if (type.kind === 'NON_NULL') return `${printType(type.ofType!)}!`;
  if (type.kind === 'LIST') return `[${printType(type.ofType!)}]`;
  return type.name!;
}

describe('fuzzing every mutation', () => {
  it('finds the mutations to fuzz', () => {
    expect(schema.mutations.length).toBeGreaterThanOrEqual(6);
  });

  for (const strategy of ['plausible', 'badIds', 'oversized', 'control', 'badNumbers'] as Strategy[]) {
    it(`answers ${strategy} input with errors or userErrors, never a 500`, async () => {
      for (const mutation of schema.mutations) await send(strategy, mutation, strategy);
    });
  }

  it('answers missing and wrongly typed arguments with validation errors', async () => {
    for (const mutation of schema.mutations) {
      const missing = await t.request(`mutation { ${mutation.name} { __typename } }`, {}, { token });
      assertSafe(`missing ${mutation.name}`, missing.status, missing);
      if (mutation.args.length > 0) {
        expect(missing.errors?.length, mutation.name).toBeGreaterThan(0);
        const wrong = await t.request(`mutation { ${mutation.name}(${mutation.args[0]!.name}: 42) { __typename } }`, {}, { token });
        assertSafe(`wrong type ${mutation.name}`, wrong.status, wrong);
        expect(wrong.errors?.length, mutation.name).toBeGreaterThan(0);
      }
    }
  });

  it('answers ids of non-node types and malformed cursors as bad input', async () => {
    for (const id of [Buffer.from('UserError:1').toString('base64'), Buffer.from('EmployeeConnection:1').toString('base64')]) {
      const res = await t.request('query($id: ID!) { node(id: $id) { id } }', { id }, { token });
      assertSafe(`node ${id}`, res.status, res);
      expect(res.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    }
    const cursor = await t.request('{ employees(first: 2, after: "not-a-cursor") { nodes { id } } }', {}, { token });
    assertSafe('cursor', cursor.status, cursor);
    expect(cursor.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('answers a NUL character in a query’s arguments or variables as bad input, never a database error', async () => {
    const partner = await t.token('payroll-service', ['partner']);
    const cases: [string, Record<string, unknown>, string][] = [
      ['query($s: String) { employees(first: 2, filter: { search: $s }) { nodes { id } } }', { s: 'abc\u0000' }, token],
      ['{ employees(first: 2, filter: { search: "abc\\u0000" }) { nodes { id } } }', {}, token],
      ['query($n: String) { employee(nip: $n) { id } }', { n: '19810405\u0000' }, token],
      [
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Employee { id } } }',
        { r: [{ __typename: 'Employee', nip: '198104052008071001' }, { __typename: 'Employee', nip: 'abc\u0000' }] },
        partner,
      ],
    ];
    for (const [query, variables, as] of cases) {
      const res = await t.request(query, variables, { token: as });
      assertSafe(`NUL ${query}`, res.status, res);
      expect(res.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
    }
  });

  it('answers a well-formed cursor holding a value its ordering cannot take as bad input, signed in or not', async () => {
    const units: any = await t.request('{ orgUnits { id } }', {}, { token });
    const unitId = units.data.orgUnits[0].id;
    const forged = (text: string) => Buffer.from(text).toString('base64');
    const cases: [string, Record<string, unknown>, string | undefined][] = [
      // Ordered by id (an int4): a string, a number beyond int4, a fraction, an empty tuple.
      ['query($u: ID!, $c: String) { publishedFeedback(unitId: $u, first: 2, after: $c) { edges { cursor } } }', { u: unitId, c: forged('DC:S:x') }, undefined],
      ['query($u: ID!, $c: String) { publishedFeedback(unitId: $u, first: 2, after: $c) { edges { cursor } } }', { u: unitId, c: forged('DC:N:99999999999') }, undefined],
      ['query($c: String) { auditLog(first: 2, after: $c) { edges { cursor } } }', { c: forged('DC:N:1.5') }, token],
      ['query($c: String) { auditLog(first: 2, after: $c) { edges { cursor } } }', { c: forged('DC:S:x') }, token],
      // Ordered by a date, and by a name: a number from another connection's cursor.
      ['query($c: String) { forums(first: 2, after: $c) { edges { cursor } } }', { c: forged('DC:N:5') }, undefined],
      ['query($c: String) { employees(first: 2, after: $c) { nodes { id } } }', { c: forged('DC:N:1') }, token],
    ];
    for (const [query, variables, as] of cases) {
      const res = await t.request(query, variables, as ? { token: as } : {});
      assertSafe(`cursor ${JSON.stringify(variables)}`, res.status, res);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
  });

  it('answers malformed documents and bodies with 400s', async () => {
    const documents = ['', '{', 'mutation {', '{ me { id } } }', 'query { me(id: ) }', '\u0000', 'subscription', '{ __typename @skip }', 'fragment F on Employee { ...F } { me { ...F } }'];
    for (const query of documents) {
      const res = await t.request(query, {}, { token });
      assertSafe(`document ${JSON.stringify(query)}`, res.status, res);
      expect(res.errors?.length).toBeGreaterThan(0);
    }
    const raw = async (body: Buffer | string, contentType = 'application/json') => {
      const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${token}` }, body });
      const text = await res.text();
      expect(res.status, text).toBeGreaterThanOrEqual(400);
      expect(res.status, text).toBeLessThan(500);
      expect(text).not.toMatch(/stacktrace|\.ts:\d+|node_modules/);
    };
    await raw(Buffer.from([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xfd, 0x22, 0x7d]));
    await raw('{"query": "{ me { id } }", "variables": [1,2]');
    await raw('not json at all');
    await raw('{"query": 42}');
    await raw('{"query": "{ me { id } }"}', 'text/plain');
  });
});
