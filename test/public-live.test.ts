/**
 * Live feedback over graphql-ws: `feedbackReceived(unitId)` for the unit's dashboard (staff and admins, checked when
 * subscribing and for every item) and `feedbackStatusChanged(trackingCode)` for the citizen; after commit; across
 * two server instances on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { PubSubmit, publicFixtures, type Fixtures } from './public-fixtures.js';
import { onPostgres, startTestServer, subscribe, waitForSubscribers, type TestServer } from './support/server.js';

const PubReceived = graphql(`
  subscription PubReceived($unitId: ID!) {
    feedbackReceived(unitId: $unitId) { id comment rating contactEmail status unit { id } }
  }
`);

const PubStatusChanged = graphql(`
  subscription PubStatusChanged($code: String!) {
    feedbackStatusChanged(trackingCode: $code) { trackingCode status publicAnswer statusChangedAt resolvedAt }
  }
`);

const PubLiveQueue = graphql(`
  query PubLiveQueue($unitId: ID!) { unitFeedback(unitId: $unitId, first: 5) { nodes { id trackingCode } } }
`);

const PubLiveStatus = graphql(`
  mutation PubLiveStatus($input: UpdatePublicFeedbackStatusInput!) {
    updatePublicFeedbackStatus(input: $input) { feedback { id status } userErrors { code message } }
  }
`);

const PubLiveTransfer = graphql(`
  mutation PubLiveTransfer($input: TransferEmployeeInput!) {
    transferEmployee(input: $input) { employee { id unit { id } } userErrors { code message } }
  }
`);

let t: TestServer;
let f: Fixtures;
const UNIT = 'DISDUKCAPIL';

beforeAll(async () => {
  t = await startTestServer({ env: { PUBLIC_SUBMISSIONS_PER_MINUTE: '1000' } });
  f = await publicFixtures(t);
});
afterAll(() => t?.stop());

async function submit(server: TestServer, comment: string, unit = UNIT) {
  const res = await server.request(PubSubmit, {
    input: { unitId: f.unit(unit), rating: 2, comment, contact: { email: 'live@contoh.id' } },
  });
  expect(res.data!.submitPublicFeedback.userErrors).toEqual([]);
  return res.data!.submitPublicFeedback.trackingCode!;
}

async function feedbackId(code: string, token: string, unit = UNIT) {
  const res = await t.request(PubLiveQueue, { unitId: f.unit(unit) }, { token });
  return res.data!.unitFeedback.nodes.find((n) => n.trackingCode === code)!.id;
}

describe('feedbackReceived', () => {
  it('delivers new feedback to the unit’s staff after commit, and nothing for other units or refused input', async () => {
    const staff = (await f.staffOf(UNIT))[0]!;
    const base = t.server.pubsub.subscriberCount;
    const client = t.ws(await f.tokenOf(staff));
    const mine = subscribe(client, PubReceived, { unitId: f.unit(UNIT) });
    const admin = subscribe(t.ws(f.adminToken), PubReceived, { unitId: f.unit(UNIT) });
    const elsewhere = subscribe(t.ws(f.adminToken), PubReceived, { unitId: f.unit('DINKES-PKM-01') });
    await waitForSubscribers(t.server, base + 3);

    const refused = await t.request(PubSubmit, { input: { unitId: f.unit(UNIT), rating: 7 } });
    expect(refused.data!.submitPublicFeedback.userErrors[0]!.code).toBe('INVALID');
    await submit(t, 'Live: antrean penuh.');
    const [event] = await mine.next(1);
    expect(event!.data!.feedbackReceived).toMatchObject({ comment: 'Live: antrean penuh.', rating: 2, contactEmail: 'live@contoh.id', status: 'RECEIVED', unit: { id: f.unit(UNIT) } });
    await admin.next(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(mine.received).toHaveLength(1);
    expect(elsewhere.received).toHaveLength(0);
  });

  it('refuses the public and employees of other units when subscribing', async () => {
    const anonymous = subscribe(t.ws(), PubReceived, { unitId: f.unit(UNIT) });
    const [denied] = await anonymous.next(1, 3000);
    expect(denied!.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const outsider = (await f.staffOf('DINKES-PKM-01'))[0]!;
    const other = subscribe(t.ws(await f.tokenOf(outsider)), PubReceived, { unitId: f.unit(UNIT) });
    const [forbidden] = await other.next(1, 3000);
    expect(forbidden!.data ?? null).toBeNull();
    expect(forbidden!.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('checks every item again: a staff member moved out of the unit gets no more feedback', async () => {
    const people = await f.staffOf('DISDUKCAPIL-DAFDUK-01');
    const mover = people[people.length - 1]!;
    const base = t.server.pubsub.subscriberCount;
    const socket = t.ws(await f.tokenOf(mover));
    const sub = subscribe(socket, PubReceived, { unitId: f.unit('DISDUKCAPIL-DAFDUK-01') });
    await waitForSubscribers(t.server, base + 1);
    await submit(t, 'Sebelum mutasi.', 'DISDUKCAPIL-DAFDUK-01');
    const [before] = await sub.next(1);
    expect(before!.data!.feedbackReceived.comment).toBe('Sebelum mutasi.');
    const [queue] = await subscribe(socket, PubLiveQueue, { unitId: f.unit('DISDUKCAPIL-DAFDUK-01') }).next(1);
    expect(queue!.data!.unitFeedback.nodes.length).toBeGreaterThan(0);

    const moved = await t.request(PubLiveTransfer, { input: { id: mover.id, unitId: f.unit('DINKES-PKM-01') } }, { token: f.adminToken });
    expect(moved.data!.transferEmployee.userErrors).toEqual([]);
    await submit(t, 'Sesudah mutasi: rahasia unit.', 'DISDUKCAPIL-DAFDUK-01');
    const [, after] = await sub.next(2);
    expect(after!.data?.feedbackReceived ?? null).toBeNull();
    expect(after!.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(JSON.stringify(after)).not.toContain('rahasia');

    // The same socket, later operations: no answer from what the first ones read before the transfer.
    const [queueAfter] = await subscribe(socket, PubLiveQueue, { unitId: f.unit('DISDUKCAPIL-DAFDUK-01') }).next(1);
    expect(queueAfter!.data?.unitFeedback ?? null).toBeNull();
    expect(queueAfter!.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const [again] = await subscribe(socket, PubReceived, { unitId: f.unit('DISDUKCAPIL-DAFDUK-01') }).next(1, 3000);
    expect(again!.data ?? null).toBeNull();
    expect(again!.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('feedbackStatusChanged', () => {
  it('tells the citizen holding the code, after commit, what feedbackStatus shows and nothing else', async () => {
    const staffToken = await f.tokenOf((await f.staffOf(UNIT))[0]!);
    const code = await submit(t, 'Live: status saya?');
    const id = await feedbackId(code, staffToken);
    const otherCode = await submit(t, 'Yang lain.');
    const base = t.server.pubsub.subscriberCount;
    const citizen = subscribe(t.ws(), PubStatusChanged, { code: code.toLowerCase() });
    const other = subscribe(t.ws(), PubStatusChanged, { code: otherCode });
    await waitForSubscribers(t.server, base + 2);

    const refused = await t.request(PubLiveStatus, { input: { id, status: 'RESOLVED' } }, { token: staffToken });
    expect(refused.data!.updatePublicFeedbackStatus.userErrors[0]!.code).toBe('INVALID');
    await t.request(PubLiveStatus, { input: { id, status: 'IN_PROGRESS', note: 'catatan internal' } }, { token: staffToken });
    await t.request(PubLiveStatus, { input: { id, status: 'RESOLVED', publicAnswer: 'Sudah selesai.' } }, { token: staffToken });
    const [first, second] = await citizen.next(2);
    expect(first!.data!.feedbackStatusChanged).toMatchObject({ trackingCode: code, status: 'IN_PROGRESS', publicAnswer: null, resolvedAt: null });
    expect(second!.data!.feedbackStatusChanged).toMatchObject({ status: 'RESOLVED', publicAnswer: 'Sudah selesai.', resolvedAt: expect.any(String) });
    expect(Object.keys(second!.data!.feedbackStatusChanged).sort()).toEqual(['publicAnswer', 'resolvedAt', 'status', 'statusChangedAt', 'trackingCode']);
    expect(JSON.stringify(citizen.received)).not.toContain('catatan internal');
    await new Promise((r) => setTimeout(r, 200));
    expect(citizen.received).toHaveLength(2);
    expect(other.received).toHaveLength(0);
  });

  it('refuses an unknown code', async () => {
    const sub = subscribe(t.ws(), PubStatusChanged, { code: 'ZZZZZ-ZZZZZ' });
    const [result] = await sub.next(1, 3000);
    expect(result!.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it.runIf(onPostgres)('reaches subscribers on another server instance through LISTEN/NOTIFY', async () => {
    const peer = await t.startPeer();
    const staffToken = await f.tokenOf((await f.staffOf(UNIT))[0]!);
    const dashboard = subscribe(peer.ws(staffToken), PubReceived, { unitId: f.unit(UNIT) });
    await waitForSubscribers(peer.server, 1);
    const code = await submit(t, 'Live: lewat server lain.');
    const [event] = await dashboard.next(1);
    expect(event!.data!.feedbackReceived.comment).toBe('Live: lewat server lain.');

    const citizen = subscribe(peer.ws(), PubStatusChanged, { code });
    await waitForSubscribers(peer.server, 2);
    const id = await feedbackId(code, staffToken);
    await t.request(PubLiveStatus, { input: { id, status: 'IN_PROGRESS' } }, { token: staffToken });
    const [changed] = await citizen.next(1);
    expect(changed!.data!.feedbackStatusChanged).toMatchObject({ trackingCode: code, status: 'IN_PROGRESS' });
  });
});
