import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { graphql } from './gql/index.js';
import { startTestServer, subscribe, waitForSubscribers, type TestServer } from './support/server.js';

const Page = graphql(`
  query Page($first: Int) { employees(first: $first) { nodes { id } } }
`);

let t: TestServer;
let prod: TestServer;
let token: string;

beforeAll(async () => {
  [t, prod] = await Promise.all([
    startTestServer({ employees: 60, env: { GRAPHQL_MAX_COST: '20000', MAX_REQUEST_BYTES: '20000', MAX_SUBSCRIPTIONS_PER_SOCKET: '3' } }),
    startTestServer({ employees: 40, env: { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-that-is-long-enough-1234' } }),
  ]);
  token = await t.token(t.seed.adminNip);
});
afterAll(async () => {
  await Promise.all([t?.stop(), prod?.stop()]);
});

const nested = (depth: number) => {
  let selection = '{ id }';
  for (let i = 0; i < depth; i++) selection = `{ id supervisor ${selection} }`;
  return `query Deep { me ${selection} }`;
};

describe('operation limits', () => {
  it('caps page sizes with a clear error', async () => {
    const ok = await t.request(Page, { first: 100 }, { token });
    expect(ok.errors).toBeUndefined();
    const tooBig = await t.request(Page, { first: 101 }, { token });
    expect(tooBig.status).toBe(400);
    expect(tooBig.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', maxPageSize: 100 } });
    expect(tooBig.errors![0]!.message).toMatch(/between 0 and 100/);
    const negative = await t.request(Page, { first: -1 }, { token });
    expect(negative.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('weighs nodes(ids:) and _entities(representations:) by how many they are given, and caps the ids at a page', async () => {
    const ids = (count: number) => Array.from({ length: count }, (_, i) => Buffer.from(`Employee:${i + 1}`).toString('base64'));
    const byIds = 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }';
    expect((await t.request(byIds, { ids: ids(100) }, { token })).errors).toBeUndefined();
    const tooMany = await t.request(byIds, { ids: ids(101) }, { token });
    expect(tooMany.status).toBe(400);
    expect(tooMany.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', maxPageSize: 100 } });
    expect(tooMany.errors![0]!.message).toMatch(/nodes: at most 100 ids \(got 101\)/);
    // Written in the document rather than a variable, the ids count the same.
    const literal = `{ nodes(ids: [${ids(101).map((id) => `"${id}"`).join(', ')}]) { id } }`;
    expect((await t.request(literal, {}, { token })).errors![0]!.extensions).toMatchObject({ maxPageSize: 100 });

    // Each id costs its object and what is selected beneath it: 1 + 100 x (1 + 201) exceeds this server's 20,000.
    const reports = '... on Employee { directReports(first: 100) { nodes { name } } }';
    const wide = await t.request(`query ($ids: [ID!]!) { nodes(ids: $ids) { ${reports} } }`, { ids: ids(100) }, { token });
    expect(wide.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', cost: 20_201, maxCost: 20_000 } });
    const narrow = await t.request(`query ($ids: [ID!]!) { nodes(ids: $ids) { ${reports} } }`, { ids: ids(50) }, { token });
    expect(narrow.errors).toBeUndefined();

    // A router batches every entity of a fetch into one _entities call: no page cap, but each representation is weighed.
    const partner = await t.token('payroll-service', ['partner']);
    const representations = (count: number) => ids(count).map((id) => ({ __typename: 'Employee', id }));
    const entities = `query ($r: [_Any!]!) { _entities(representations: $r) { ${reports} } }`;
    const manyEntities = await t.request(entities, { r: representations(100) }, { token: partner });
    expect(manyEntities.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', cost: 20_201, maxCost: 20_000 } });
    expect((await t.request(entities, { r: representations(50) }, { token: partner })).errors).toBeUndefined();
  });

  it('refuses operations nested deeper than the limit', async () => {
    expect((await t.request(nested(10), {}, { token })).errors).toBeUndefined();
    const deep = await t.request(nested(20), {}, { token });
    expect(deep.data).toBeUndefined();
    expect(deep.errors![0]!.message).toMatch(/depth/i);
  });

  it('weighs cost by list sizes', async () => {
    const wide = `{ employees(first: 100) { nodes { directReports(first: 100) { nodes { directReports(first: 100) { nodes { id } } } } } } }`;
    const res = await t.request(wide, {}, { token });
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', maxCost: 20000 } });
    const narrow = `{ employees(first: 10) { nodes { directReports(first: 10) { nodes { directReports(first: 10) { nodes { id } } } } } } }`;
    expect((await t.request(narrow, {}, { token })).errors).toBeUndefined();
  });

  it('limits aliases and tokens, and the request body size', async () => {
    const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect((await t.request(aliases, {}, { token })).errors![0]!.message).toMatch(/alias/i);
    const tokens = `{ me { ${Array.from({ length: 6000 }, () => 'id').join(' ')} } }`;
    expect((await t.request(tokens, {}, { token })).errors![0]!.message).toMatch(/token/i);
    const huge = await t.request(Page, { first: 1, padding: 'x'.repeat(30_000) } as any, { token });
    expect(huge.status).toBe(413);
    expect(huge.errors![0]!.message).toMatch(/too large/);
  });

  it('applies the same limits to subscriptions over WebSocket', async () => {
    const client = t.ws(token);
    let deep = 'id';
    for (let i = 0; i < 20; i++) deep = `id supervisor { ${deep} }`;
    const sub = subscribe(client, `subscription { employeeUpdated(unitId: "T3JnVW5pdDox") { ${deep} } }`);
    await expect(sub.next(1, 3000)).rejects.toBeTruthy();
  });

  it('caps the operations one WebSocket has open: one more is refused with a code, and the socket stays usable', async () => {
    const employeeUpdated = 'subscription ($unitId: ID!) { employeeUpdated(unitId: $unitId) { id } }';
    const unit = { unitId: 'T3JnVW5pdDox' };
    const before = t.server.pubsub.subscriberCount;
    const client = t.ws(token);
    const open = [subscribe(client, employeeUpdated, unit), subscribe(client, employeeUpdated, unit), subscribe(client, employeeUpdated, unit)];
    await waitForSubscribers(t.server, before + 3);

    const refused = subscribe(client, employeeUpdated, unit);
    const error = await refused.next(1, 3000).then(() => 'no error', (e: Error) => e.message);
    expect(JSON.parse(error)).toEqual([
      { message: expect.stringMatching(/already has 3 operations open/), extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', maxSubscriptions: 3 } },
    ]);
    expect(t.server.pubsub.subscriberCount).toBe(before + 3);

    // Another connection has its own allowance, and a completed subscription frees its place.
    const elsewhere = subscribe(t.ws(token), employeeUpdated, unit);
    await waitForSubscribers(t.server, before + 4);
    open[0]!.dispose();
    while (t.server.pubsub.subscriberCount > before + 3) await new Promise((r) => setTimeout(r, 10));
    const again = subscribe(client, employeeUpdated, unit);
    await waitForSubscribers(t.server, before + 4);
    expect(again.error).toBeUndefined();
    for (const sub of [...open, elsewhere, again]) sub.dispose();
  });

  it('bounds a WebSocket message like a request body: a larger one closes the socket with 1009', async () => {
    // The client's mistake: nothing for the operator's console (graphql-ws writes socket errors there).
    const consoleErrors = vi.spyOn(console, 'error');
    const socket = new WebSocket(t.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    const padding = ' '.repeat(t.config.maxRequestBytes);
    socket.send(JSON.stringify({ type: 'connection_init', payload: { padding } }));
    expect(await closed).toBe(1009);
    expect(consoleErrors).not.toHaveBeenCalled();
    consoleErrors.mockRestore();
  });

  it('in production: no field suggestions; the schema only for partners and admins', async () => {
    const typo = await prod.request('{ orgUnits { nam } }', {});
    expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
    const introspection = '{ __schema { queryType { name } } }';
    expect((await prod.request(introspection, {})).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const employee = await prod.token(prod.seed.adminNip);
    expect((await prod.request('{ _service { sdl } }', {}, { token: employee })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const partner = await prod.token('payroll-service', ['partner']);
    expect((await prod.request(introspection, {}, { token: partner })).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect(((await prod.request('{ _service { sdl } }', {}, { token: partner })).data as any)._service.sdl).toMatch(/@key/);
    // Nor in the errors of variable values (Apollo's BAD_USER_INPUT): an input field or an enum value.
    const createUnit = 'mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { userErrors { code } } }';
    const unitTypo = await prod.request(createUnit, { input: { cod: 'DINKES-X', name: 'Seksi X' } });
    expect(unitTypo.errors!.map((e) => e.extensions!.code)).toEqual(unitTypo.errors!.map(() => 'BAD_USER_INPUT'));
    expect(unitTypo.errors!.map((e) => e.message)).toContainEqual(expect.stringMatching(/Field "cod" is not defined by type "CreateOrgUnitInput"\.$/));
    const filter = 'query ($filter: EmployeeFilter) { employees(first: 1, filter: $filter) { totalCount } }';
    const enumTypo = await prod.request(filter, { filter: { positionKind: 'JP' } });
    expect(enumTypo.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(enumTypo.errors![0]!.message).toMatch(/Value "JP" does not exist in "PositionKind" enum\.$/);
    for (const response of [unitTypo, enumTypo]) expect(JSON.stringify(response.errors)).not.toMatch(/Did you mean/);
    expect((await t.request(filter, { filter: { positionKind: 'JP' } })).errors![0]!.message).toMatch(/Did you mean the enum value "JPT"\?/);
    // Development keeps Sandbox and introspection open.
    expect((await t.request(introspection, {})).errors).toBeUndefined();
  });
});
