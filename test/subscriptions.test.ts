import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import type { EmployeeEmailUpdatedSubscription } from './gql/graphql.js';
import { subscriptionExecutionsSoFar } from '../src/graphql/subscribe.js';
import { signToken } from '../src/auth/token.js';
import WebSocket from 'ws';
import { sql } from 'drizzle-orm';
import { createClient } from 'graphql-ws';
import { openDatabase, rowsOf, statementsRunSoFar } from '../src/db/index.js';
import { createPubSub } from '../src/events/pubsub.js';
import { onPostgres, startTestServer, subscribe, waitForSubscribers, type TestServer } from './support/server.js';

const EmployeeUpdated = graphql(`
  subscription EmployeeUpdated($unitId: ID!) {
    employeeUpdated(unitId: $unitId) { id name unit { id } }
  }
`);

const EmployeeEmailUpdated = graphql(`
  subscription EmployeeEmailUpdated($unitId: ID!) {
    employeeUpdated(unitId: $unitId) { id email }
  }
`);

const Rename = graphql(`
  mutation Rename($input: UpdateEmployeeInput!) {
    updateEmployee(input: $input) { employee { id name } userErrors { code message } }
  }
`);

const UnitStaff = graphql(`
  query UnitStaff {
    orgUnits { id children { id employees(first: 3) { nodes { id nip name email unit { id } supervisor { nip } } } } }
  }
`);

let t: TestServer;
let adminToken: string;
let target: { id: string; nip: string; supervisorNip: string; name: string; email: string | null; unitId: string; topUnitId: string };
let peerNip: string;
/** A unit beside the target's, neither it nor above it. */
let siblingUnitId: string;

beforeAll(async () => {
  t = await startTestServer();
  adminToken = await t.token(t.seed.adminNip, ['employee', 'admin']);
  const res = await t.request(UnitStaff, {}, { token: adminToken });
  const top = res.data!.orgUnits[0]!;
  const unit = top.children.find((c) => c.employees.nodes.some((e) => e.nip && e.supervisor?.nip))!;
  const e = unit.employees.nodes.find((e) => e.nip && e.supervisor?.nip)!;
  target = { id: e.id, nip: e.nip!, supervisorNip: e.supervisor!.nip!, name: e.name, email: e.email ?? null, unitId: unit.id, topUnitId: top.id };
  // Someone of a sibling unit: neither the employee nor their supervisor, so not allowed their personal data.
  const sibling = top.children.find((c) => c.id !== unit.id && c.employees.nodes.length > 0)!;
  peerNip = sibling.employees.nodes[0]!.nip!;
  siblingUnitId = sibling.id;
});
afterAll(() => t?.stop());

describe('employeeUpdated over graphql-ws', () => {
  it('delivers a committed change to subscribers of the unit and of units above it, not to others', async () => {
    const token = await t.token(t.seed.adminNip);
    const client = t.ws(token);
    const ofUnit = subscribe(client, EmployeeUpdated, { unitId: target.unitId });
    const ofTop = subscribe(client, EmployeeUpdated, { unitId: target.topUnitId });
    const elsewhere = subscribe(client, EmployeeUpdated, { unitId: siblingUnitId });
    await waitForSubscribers(t.server, 3);

    const res = await t.request(Rename, { input: { id: target.id, name: `${target.name} (ws)` } }, { token: adminToken });
    expect(res.data!.updateEmployee.userErrors).toEqual([]);
    const [event] = await ofUnit.next(1);
    expect(event!.data).toEqual({ employeeUpdated: { id: target.id, name: `${target.name} (ws)`, unit: { id: target.unitId } } });
    await ofTop.next(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(elsewhere.received).toHaveLength(0);
    for (const sub of [ofUnit, ofTop, elsewhere]) sub.dispose();
    while (t.server.pubsub.subscriberCount > 0) await new Promise((r) => setTimeout(r, 10));
  });

  it('reads the changed row once per event, however many subscribers with the same selection it reaches', async () => {
    // Statements from the mutation to the last delivery, with `count` subscribers (half of them another viewer).
    const statementsFor = async (count: number, round: number) => {
      const before = t.server.pubsub.subscriberCount;
      const viewers = [t.ws(await t.token(t.seed.adminNip)), t.ws(adminToken)];
      const subs = Array.from({ length: count }, (_, i) => subscribe(viewers[i % 2]!, EmployeeUpdated, { unitId: target.unitId }));
      await waitForSubscribers(t.server, before + count);
      const start = statementsRunSoFar();
      const res = await t.request(Rename, { input: { id: target.id, name: `${target.name} (${round})` } }, { token: adminToken });
      expect(res.data!.updateEmployee.userErrors).toEqual([]);
      for (const sub of subs) await sub.next(1);
      const statements = statementsRunSoFar() - start;
      for (const sub of subs) sub.dispose();
      while (t.server.pubsub.subscriberCount > before) await new Promise((r) => setTimeout(r, 10));
      return statements;
    };
    const one = await statementsFor(1, 1);
    const twenty = await statementsFor(20, 2);
    expect(twenty).toBe(one);
  });

  it('executes an event once for the admin’s six subscriptions and once for the peer’s three, each with its own field rules', async () => {
    expect(target.email).not.toBeNull();
    const before = t.server.pubsub.subscriberCount;
    const adminConnections = [t.ws(adminToken), t.ws(adminToken)];
    const peer = t.ws(await t.token(peerNip));
    const ofAdmin = Array.from({ length: 6 }, (_, i) => subscribe(adminConnections[i % 2]!, EmployeeEmailUpdated, { unitId: target.unitId }));
    const ofPeer = Array.from({ length: 3 }, () => subscribe(peer, EmployeeEmailUpdated, { unitId: target.unitId }));
    await waitForSubscribers(t.server, before + 9);
    const executions = subscriptionExecutionsSoFar();

    const res = await t.request(Rename, { input: { id: target.id, name: `${target.name} (shared)` } }, { token: adminToken });
    expect(res.data!.updateEmployee.userErrors).toEqual([]);
    for (const sub of ofAdmin) expect((await sub.next(1))[0]!.data).toEqual({ employeeUpdated: { id: target.id, email: target.email } });
    for (const sub of ofPeer) expect((await sub.next(1))[0]!.data).toEqual({ employeeUpdated: { id: target.id, email: null } });
    expect(subscriptionExecutionsSoFar() - executions).toBe(2); // one for the admin's six, one for the peer's three
    for (const sub of [...ofAdmin, ...ofPeer]) sub.dispose();
    while (t.server.pubsub.subscriberCount > before) await new Promise((r) => setTimeout(r, 10));
  });

  it('shares one execution among different viewers whose rules the selection does not tell apart', async () => {
    const before = t.server.pubsub.subscriberCount;
    // Three different employees, none an admin: the directory fields only ask whether the viewer is signed in.
    const viewers = await Promise.all([target.nip, target.supervisorNip, peerNip].map(async (nip) => t.ws(await t.token(nip))));
    const subs = viewers.map((client) => subscribe(client, EmployeeUpdated, { unitId: target.unitId }));
    await waitForSubscribers(t.server, before + subs.length);
    const executions = subscriptionExecutionsSoFar();

    const res = await t.request(Rename, { input: { id: target.id, name: `${target.name} (everyone)` } }, { token: adminToken });
    expect(res.data!.updateEmployee.userErrors).toEqual([]);
    for (const sub of subs) {
      expect((await sub.next(1))[0]!.data).toEqual({ employeeUpdated: { id: target.id, name: `${target.name} (everyone)`, unit: { id: target.unitId } } });
    }
    expect(subscriptionExecutionsSoFar() - executions).toBe(1);
    for (const sub of subs) sub.dispose();
    while (t.server.pubsub.subscriberCount > before) await new Promise((r) => setTimeout(r, 10));
  });

  it('executes apart for viewers a rule tells apart, whichever execution they would have joined', async () => {
    expect(target.email).not.toBeNull();
    const before = t.server.pubsub.subscriberCount;
    const [admin, peer, self, supervisor] = await Promise.all([
      t.ws(adminToken),
      ...[peerNip, target.nip, target.supervisorNip].map(async (nip) => t.ws(await t.token(nip))),
    ]);
    // Subscribed one after the other, so the event reaches them in this order. The admin's execution goes first and
    // reads the viewer's roles and agency: the three employees have the same there, so each looks up the peer's
    // execution, whose rule went on to read the viewer's id: the employee and their supervisor must not take its
    // answer.
    const subs: [ReturnType<typeof subscribe<EmployeeEmailUpdatedSubscription>>, string | null][] = [];
    for (const [client, email] of [[admin, target.email], [peer, null], [peer, null], [self, target.email], [supervisor, target.email]] as const) {
      subs.push([subscribe(client!, EmployeeEmailUpdated, { unitId: target.unitId }), email]);
      await waitForSubscribers(t.server, before + subs.length);
    }
    const executions = subscriptionExecutionsSoFar();

    const res = await t.request(Rename, { input: { id: target.id, name: `${target.name} (apart)` } }, { token: adminToken });
    expect(res.data!.updateEmployee.userErrors).toEqual([]);
    for (const [sub, email] of subs) expect((await sub.next(1))[0]!.data).toEqual({ employeeUpdated: { id: target.id, email } });
    expect(subscriptionExecutionsSoFar() - executions).toBe(4); // the peer's two subscriptions share theirs
    for (const [sub] of subs) sub.dispose();
    while (t.server.pubsub.subscriberCount > before) await new Promise((r) => setTimeout(r, 10));
  });

  it('tells the units a moved unit leaves and joins of every employee it takes along, and follows the moved unit', async () => {
    const tree = await t.request(`query { orgUnits { id children { id children { id } } } }`, {}, { token: adminToken });
    const top = (tree.data as any).orgUnits[0] as { id: string; children: { id: string; children: { id: string }[] }[] };
    // A unit below a unit below the top, with its subtree's employees (a handful, not a page's worth).
    const staffOf = async (unitId: string) => {
      const res = await t.request(
        'query ($unitId: ID!) { employees(first: 100, filter: { unitId: $unitId, includeSubunits: true }) { totalCount nodes { id } } }',
        { unitId },
        { token: adminToken },
      );
      return (res.data as any).employees as { totalCount: number; nodes: { id: string }[] };
    };
    let from: (typeof top.children)[number] | undefined;
    let moving: { id: string } | undefined;
    let movedIds: string[] = [];
    for (const child of top.children) {
      for (const grandchild of child.children) {
        const staff = await staffOf(grandchild.id);
        if (!moving && staff.totalCount >= 2 && staff.totalCount <= 100) [from, moving, movedIds] = [child, grandchild, staff.nodes.map((n) => n.id).sort()];
      }
    }
    expect(moving).toBeDefined();
    const to = top.children.find((c) => c.id !== from!.id)!;
    const elsewhere = top.children.find((c) => c.id !== from!.id && c.id !== to.id)!;

    const before = t.server.pubsub.subscriberCount;
    const client = t.ws(adminToken);
    const subscribeTo = (unit: { id: string }) => subscribe(client, EmployeeUpdated, { unitId: unit.id });
    const [ofOldParent, ofNewParent, ofMoved, ofOther] = [subscribeTo(from!), subscribeTo(to), subscribeTo(moving!), subscribeTo(elsewhere)];
    await waitForSubscribers(t.server, before + 4);

    const move = `mutation ($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { userErrors { code } } }`;
    expect((await t.request(move, { input: { id: moving!.id, parentId: to.id } }, { token: adminToken })).data).toEqual({ moveOrgUnit: { userErrors: [] } });
    for (const sub of [ofOldParent, ofNewParent]) {
      const events = await sub.next(movedIds.length);
      expect(events.map((e) => e.data!.employeeUpdated.id).sort()).toEqual(movedIds);
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(ofOldParent.received).toHaveLength(movedIds.length);
    expect(ofOther.received).toHaveLength(0);
    expect(ofMoved.received).toHaveLength(0); // nobody left or joined the moved unit itself

    // A subscriber of the moved unit still hears of its employees, under their new paths.
    const renamed = await t.request(Rename, { input: { id: movedIds[0]!, name: 'Pegawai Unit Pindahan' } }, { token: adminToken });
    expect(renamed.data!.updateEmployee.userErrors).toEqual([]);
    expect((await ofMoved.next(1))[0]!.data!.employeeUpdated).toMatchObject({ id: movedIds[0], name: 'Pegawai Unit Pindahan', unit: { id: expect.any(String) } });

    for (const sub of [ofOldParent, ofNewParent, ofMoved, ofOther]) sub.dispose();
    while (t.server.pubsub.subscriberCount > before) await new Promise((r) => setTimeout(r, 10));
    expect((await t.request(move, { input: { id: moving!.id, parentId: from!.id } }, { token: adminToken })).data).toEqual({ moveOrgUnit: { userErrors: [] } });
  });

  it('sends nothing for a mutation that was refused (nothing committed)', async () => {
    const client = t.ws(await t.token(t.seed.adminNip));
    const sub = subscribe(client, EmployeeUpdated, { unitId: target.unitId });
    await waitForSubscribers(t.server, 1);
    const res = await t.request(Rename, { input: { id: target.id, name: '   ' } }, { token: adminToken });
    expect(res.data!.updateEmployee.userErrors[0]!.code).toBe('INVALID');
    await new Promise((r) => setTimeout(r, 300));
    expect(sub.received).toHaveLength(0);
  });

  it('refuses a NUL character in an operation’s variables over the socket as bad input, as over HTTP', async () => {
    const refused = await subscribe(t.ws(adminToken), 'query($s: String) { employees(first: 2, filter: { search: $s }) { nodes { id } } }', {
      s: 'abc\u0000',
    })
      .next(1, 3000)
      .then(
        () => null,
        (error: Error) => JSON.parse(error.message),
      );
    // graphql-ws answers a refused operation with an Error message: the errors, nothing of the database.
    expect(refused).toEqual([expect.objectContaining({ message: expect.stringMatching(/NUL character/), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
  });

  it('refuses a unit that does not exist rather than never firing', async () => {
    const client = t.ws(adminToken);
    const [refused] = await subscribe(client, 'subscription { employeeUpdated(unitId: "T3JnVW5pdDo5OTk5OTk=") { id } }').next(1, 3000);
    expect(refused!.data ?? null).toBeNull();
    expect(refused!.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'unitId' });
  });

  it('refuses a connection with a bad token and a subscription without one', async () => {
    const bad = t.ws('garbage');
    const refused = subscribe(bad, EmployeeUpdated, { unitId: target.unitId });
    await expect(refused.next(1, 3000)).rejects.toBeTruthy();

    const anonymous = t.ws();
    const denied = subscribe(anonymous, EmployeeUpdated, { unitId: target.unitId });
    const [result] = await denied.next(1, 3000);
    expect(result!.data ?? null).toBeNull();
    expect(result!.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  /** A raw graphql-transport-ws connection with `token`: what it received, and when and how it closed. */
  async function connectWith(token: string) {
    const socket = new WebSocket(t.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    const messages: string[] = [];
    socket.on('message', (data) => messages.push(String(data)));
    const closed = new Promise<{ code: number; reason: string; at: number }>((resolve) =>
      socket.once('close', (code, reason) => resolve({ code, reason: String(reason), at: Date.now() })),
    );
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
    return { socket, messages, closed };
  }

  it('closes a socket when the token it connected with expires (4403), as HTTP refuses that token from then on', async () => {
    const token = await signToken(t.config.jwt, { subject: t.seed.adminNip, roles: ['employee'] }, '2s');
    const { messages, closed } = await connectWith(token);
    const { exp } = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { exp: number };
    const { code, reason, at } = await closed;
    expect(messages[0]).toContain('connection_ack');
    expect({ code, reason }).toEqual({ code: 4403, reason: 'Token expired' });
    expect(at).toBeGreaterThanOrEqual(exp * 1000 - 50);
    expect((await t.request(Rename, { input: { id: target.id, name: target.name } }, { token })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('keeps the socket of a token valid for longer than a timer can wait (a partner token of 30 days)', async () => {
    const token = await signToken(t.config.jwt, { subject: 'reporting-service', roles: ['partner'] }, '30d');
    const { socket, messages, closed } = await connectWith(token);
    const outcome = await Promise.race([closed.then(({ code }) => `closed with ${code}`), new Promise((r) => setTimeout(r, 500, 'open'))]);
    expect(outcome).toBe('open');
    expect(messages[0]).toContain('connection_ack');
    socket.close();
  });

  it.runIf(onPostgres)('reaches a subscriber on another server instance through LISTEN/NOTIFY', async () => {
    const peer = await t.startPeer();
    const client = peer.ws(await peer.token(t.seed.adminNip));
    const sub = subscribe(client, EmployeeUpdated, { unitId: target.unitId });
    await waitForSubscribers(peer.server, 1);
    const res = await t.request(Rename, { input: { id: target.id, name: `${target.name} (peer)` } }, { token: adminToken });
    expect(res.data!.updateEmployee.userErrors).toEqual([]);
    const [event] = await sub.next(1);
    expect(event!.data!.employeeUpdated.name).toBe(`${target.name} (peer)`);
  });
});

describe('the LISTEN connection', () => {
  it.runIf(onPostgres)('reports being listened to again after the connection was lost, and delivers from then on', async () => {
    const listening = async () =>
      new Set(rowsOf<{ pid: number }>(await t.database.db.execute(sql`select pid from pg_stat_activity where query ilike 'listen %'`)).map((r) => r.pid));
    const database = await openDatabase({ databaseUrl: t.databaseUrl });
    let relistened = 0;
    const pubsub = createPubSub(database, { onRelisten: () => relistened++ });
    try {
      const others = await listening();
      await pubsub.start();
      const events = pubsub.subscribe('employee.updated');
      const ours = [...(await listening())].filter((pid) => !others.has(pid));
      expect(ours).toHaveLength(1);
      expect(relistened).toBe(0);
      // As a failover or a network cut would: the server ends this pub/sub's LISTEN connection.
      await t.database.db.execute(sql`select pg_terminate_backend(${ours[0]!})`);
      for (const started = Date.now(); relistened === 0 && Date.now() - started < 5000; ) await new Promise((r) => setTimeout(r, 20));
      expect(relistened).toBe(1);
      await pubsub.publish(t.database.db, 'employee.updated', { employeeId: 1, agencyId: 1, unitPaths: ['/1/'] });
      expect((await events.next()).value).toMatchObject({ employeeId: 1 });
    } finally {
      await pubsub.close();
      await database.close();
    }
  });
});

describe('shutdown', () => {
  it('refuses an operation it cannot pick out as bad input, and does not wait for it at shutdown', async () => {
    const s = await startTestServer({ employees: 30 });
    try {
      const client = s.ws(await s.token(s.seed.adminNip, ['employee', 'admin']));
      const unnamed = subscribe(client, 'query A { __typename } query B { __typename }', {});
      const error = await unnamed.next(1, 3000).then(() => 'no error', (e: Error) => e.message);
      expect(JSON.parse(error)).toEqual([{ message: expect.stringMatching(/several operations/), extensions: { code: 'BAD_USER_INPUT' } }]);
      const started = Date.now();
      await s.server.stop();
      // Half the grace period (5 s) had it been left waiting for an answer that never comes.
      expect(Date.now() - started).toBeLessThan(2500);
    } finally {
      await s.stop();
    }
  });

  it('answers a mutation still running over a WebSocket, then closes the socket with 1001', async () => {
    const s = await startTestServer({ employees: 30 });
    let release: (() => void) | undefined;
    try {
      const admin = await s.token(s.seed.adminNip, ['employee', 'admin']);
      const topId = ((await s.request('{ orgUnits { id } }', {}, { token: admin })).data as any).orgUnits[0].id as string;
      const { agencyId } = (await s.database.db.query.orgUnits.findFirst({ where: { parentId: { isNull: true } }, columns: { agencyId: true } }))!;
      let closedWith: number | undefined;
      let connected!: () => void;
      const ready = new Promise<void>((resolve) => (connected = resolve));
      const client = createClient({
        url: s.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${admin}` },
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => {},
        on: { connected: () => connected(), closed: (event: any) => (closedWith = event.code) },
      });
      await ready;

      // Holds the agency's structure lock (on PGlite, the one connection): the mutation waits for it.
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const blocker = s.database.db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(815418, ${agencyId})`);
        locked();
        await new Promise<void>((resolve) => (release = resolve));
      });
      await isLocked;
      const created = subscribe(
        client,
        'mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { orgUnit { code } userErrors { code } } }',
        { input: { parentId: topId, code: 'DRAIN-1', name: 'Unit Uji Penghentian' } },
      );
      await new Promise((r) => setTimeout(r, 300));
      const stopped = s.server.stop();
      await new Promise((r) => setTimeout(r, 200));
      expect(closedWith).toBeUndefined();
      release!();
      await blocker;

      expect((await created.next(1))[0]!.data).toEqual({ createOrgUnit: { orgUnit: { code: 'DRAIN-1' }, userErrors: [] } });
      await stopped;
      for (const started = Date.now(); closedWith === undefined && Date.now() - started < 2000; ) await new Promise((r) => setTimeout(r, 20));
      expect(closedWith).toBe(1001);
      expect(await s.database.db.query.orgUnits.findFirst({ where: { code: 'DRAIN-1' }, columns: { id: true } })).toBeDefined();
      await client.dispose();
    } finally {
      release?.();
      await s.stop();
    }
  });
});
