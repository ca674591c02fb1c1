import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { startTestServer, subscribe, waitForSubscribers, type TestServer } from './support/server.js';

const TopUnit = graphql(`
  query TopUnit {
    orgUnits { id }
  }
`);

const UnitEmployeeUpdated = graphql(`
  subscription UnitEmployeeUpdated($unitId: ID!) {
    employeeUpdated(unitId: $unitId) { id name }
  }
`);

const StaffOfUnit = graphql(`
  query StaffOfUnit($unitId: ID!) {
    orgUnit(id: $unitId) { employees(first: 1) { nodes { id } } }
  }
`);

const INTERNALS = /stacktrace|\.ts:\d+|node_modules|Failed query|select |params:|out of range/i;

/**
 * An event another server instance published with an employee id beyond PostgreSQL's integer: reading the row for
 * the subscribers fails inside the database, the kind of unexpected error a bug would raise.
 */
async function publishUnreadableEvent(t: TestServer): Promise<void> {
  const top = await t.database.db.query.orgUnits.findFirst({ where: { parentId: { isNull: true } }, columns: { agencyId: true, path: true } });
  await t.server.pubsub.publish(t.database.db, 'employee.updated', { employeeId: 2 ** 40, agencyId: top!.agencyId, unitPaths: [top!.path] });
}

async function topUnitId(t: TestServer, token: string): Promise<string> {
  return (await t.request(TopUnit, {}, { token })).data!.orgUnits[0]!.id;
}

async function subscribedToTopUnit(t: TestServer) {
  const token = await t.token(t.seed.adminNip, ['employee', 'admin']);
  const subscription = subscribe(t.ws(token), UnitEmployeeUpdated, { unitId: await topUnitId(t, token) });
  await waitForSubscribers(t.server, 1);
  return subscription;
}

async function subscriptionError(t: TestServer, query: string): Promise<string> {
  const subscription = subscribe(t.ws(await t.token(t.seed.adminNip)), query);
  const error = await subscription.next(1).then(() => 'no error', (e: Error) => e.message);
  subscription.dispose();
  return error;
}

describe('errors in production (NODE_ENV=production)', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ employees: 30, env: { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-that-is-long-enough-1234' } });
  });
  afterAll(() => t?.stop());

  it('reach a subscriber over graphql-ws as they reach HTTP clients: a code, and nothing of the internals', async () => {
    const subscription = await subscribedToTopUnit(t);
    await publishUnreadableEvent(t);
    const [event] = await subscription.next(1);
    expect(event!.errors).toEqual([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' }, path: ['employeeUpdated'] }]);
    expect(JSON.stringify(event)).not.toMatch(INTERNALS);
    subscription.dispose();
  });

  it('name no fields to strangers over graphql-ws either: a validation error has its code and no suggestion', async () => {
    const error = await subscriptionError(t, 'subscription { employeeUpdated(unitId: "T3JnVW5pdDox") { nam } }');
    expect(error).toMatch(/Cannot query field/);
    expect(error).toMatch(/"code":"GRAPHQL_VALIDATION_FAILED"/);
    expect(error).not.toMatch(/Did you mean/);
    expect(await subscriptionError(t, 'subscription {')).toMatch(/"code":"GRAPHQL_PARSE_FAILED"/);
  });

  it('answer a bad variable value over graphql-ws as over HTTP: BAD_USER_INPUT with its message, and no hint', async () => {
    const token = await t.token(t.seed.adminNip);
    const client = t.ws(token);
    const cases: [string, Record<string, unknown>][] = [
      ['subscription ($unitId: ID!) { employeeUpdated(unitId: $unitId) { id } }', { unitId: { nested: true } }],
      ['query ($unitId: ID!) { orgUnit(id: $unitId) { id } }', { unitId: { nested: true } }],
      ['query ($filter: EmployeeFilter) { employees(first: 1, filter: $filter) { totalCount } }', { filter: { positionKind: 'JP' } }],
    ];
    for (const [query, variables] of cases) {
      const overHttp = await t.request(query, variables, { token });
      expect(overHttp.errors!.map((e) => e.extensions!.code)).toEqual(['BAD_USER_INPUT']);
      const sub = subscribe(client, query, variables);
      const [overWs] = await sub.next(1);
      expect(overWs!.errors, query).toEqual(overHttp.errors);
      expect(JSON.stringify(overWs)).not.toMatch(/Did you mean|Internal server error/);
    }
  });
});

describe('errors in development (NODE_ENV=development, what `npm start` runs)', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ employees: 30, env: { NODE_ENV: 'development' } });
  });
  afterAll(() => t?.stop());

  it('carry a code and no stack trace, over HTTP', async () => {
    const unitId = await topUnitId(t, await t.token(t.seed.adminNip, ['employee', 'admin']));
    const anonymous = await t.request(StaffOfUnit, { unitId });
    expect(anonymous.errors![0]!.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    const badId = await t.request(StaffOfUnit, { unitId: 'not-a-global-id' }, { token: await t.token(t.seed.adminNip) });
    expect(badId.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const badQuery = await t.request('{ orgUnits { nam } }');
    expect(badQuery.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    for (const response of [anonymous, badId, badQuery]) expect(JSON.stringify(response)).not.toMatch(/stacktrace|\.ts:\d+|node_modules/);
  });

  it('node and nodes: an id of a missing row or of no node type is null, a malformed row id BAD_USER_INPUT, and neither reaches the database', async () => {
    const token = await t.token(t.seed.adminNip, ['employee', 'admin']);
    const id = (raw: string) => Buffer.from(raw).toString('base64');
    const node = (raw: string) => t.request('query ($id: ID!) { node(id: $id) { id } }', { id: id(raw) }, { token });
    for (const raw of ['OrgUnit:424242', 'Employee:999999']) {
      const res = await node(raw);
      expect(res.errors, raw).toBeUndefined();
      expect(res.data, raw).toEqual({ node: null });
    }
    for (const raw of ['Nope:1', 'UserError:1']) {
      const res = await node(raw);
      expect(res.data, raw).toEqual({ node: null });
      expect(res.errors, raw).toMatchObject([{ message: 'Argument "id": not the ID of a node.', path: ['node'], extensions: { code: 'BAD_USER_INPUT', argumentName: 'id' } }]);
      expect(res.extensions!.sqlStatements, raw).toBe(0);
    }
    for (const raw of ['Employee:abc', 'Employee:1.5', 'Employee:99999999999', 'Employee:-1', 'OrgUnit:0']) {
      const res = await node(raw);
      expect(res.data, raw).toEqual({ node: null });
      expect(res.errors, raw).toMatchObject([
        { message: `Argument "id": not a well-formed ${raw.split(':')[0]} ID.`, path: ['node'], extensions: { code: 'BAD_USER_INPUT', argumentName: 'id' } },
      ]);
      expect(res.extensions!.sqlStatements, raw).toBe(0);
    }

    // One id that names nothing takes nothing from the others.
    const unit = await topUnitId(t, token);
    const nodes = await t.request(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      { ids: [unit, id('Employee:999999'), id('Nope:1'), id('Employee:abc'), unit] },
      { token },
    );
    expect(nodes.data).toEqual({ nodes: [{ id: unit }, null, null, null, { id: unit }] });
    expect(nodes.errors).toMatchObject([
      { message: 'Argument "ids": not the ID of a node.', path: ['nodes', 2], extensions: { code: 'BAD_USER_INPUT', argumentName: 'ids' } },
      { message: 'Argument "ids": not a well-formed Employee ID.', path: ['nodes', 3], extensions: { code: 'BAD_USER_INPUT', argumentName: 'ids' } },
    ]);
  });

  it('carry a code and no stack trace, over graphql-ws, and an unexpected error keeps its message for the developer', async () => {
    const subscription = await subscribedToTopUnit(t);
    await publishUnreadableEvent(t);
    const [event] = await subscription.next(1);
    expect(event!.errors![0]!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(event!.errors![0]!.message).toMatch(/Failed query/);
    expect(JSON.stringify(event)).not.toMatch(/stacktrace|\.ts:\d+|node_modules/);
    subscription.dispose();
  });
});
