/**
 * Community forums (forum diskusi) through the API: public reading with commitments and their follow-up; recording
 * forums, adding commitments and following them up by the unit's staff and admins only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { publicFixtures, type Fixtures } from './public-fixtures.js';
import { startTestServer, type TestServer } from './support/server.js';

const PubForums = graphql(`
  query PubForums($unitId: ID, $period: String) {
    forums(unitId: $unitId, period: $period, first: 20) {
      totalCount
      nodes {
        id heldOn topic location participants summary unit { id name }
        commitments { id description owner ownerEmployee { id name } dueOn status note }
      }
    }
  }
`);

const PubCreateForum = graphql(`
  mutation PubCreateForum($input: CreateForumInput!) {
    createForum(input: $input) { forum { id topic participants commitments { id owner status ownerEmployee { id } } } userErrors { field code message } }
  }
`);

const PubAddCommitment = graphql(`
  mutation PubAddCommitment($input: AddForumCommitmentInput!) {
    addForumCommitment(input: $input) { commitment { id description owner dueOn status forum { id } } userErrors { field code message } }
  }
`);

const PubFollowUp = graphql(`
  mutation PubFollowUp($input: UpdateForumCommitmentStatusInput!) {
    updateForumCommitmentStatus(input: $input) { commitment { id status note statusChangedAt } userErrors { field code message } }
  }
`);

const PubForumNode = graphql(`
  query PubForumNode($id: ID!) { node(id: $id) { id ... on Forum { topic commitments { status } } } }
`);

let t: TestServer;
let f: Fixtures;
const UNIT = 'DINKES-PKM-02';

beforeAll(async () => {
  t = await startTestServer();
  f = await publicFixtures(t);
});
afterAll(() => t?.stop());

describe('forums, read by anyone', () => {
  it('lists the seeded forums with their commitments, owners as published and follow-up', async () => {
    const res = await t.request(PubForums, {});
    expect(res.errors).toBeUndefined();
    const forums = res.data!.forums;
    expect(forums.totalCount).toBe(3);
    expect(forums.nodes.map((n) => n.heldOn)).toEqual([...forums.nodes.map((n) => n.heldOn)].sort().reverse());
    const dukcapil = forums.nodes.find((n) => n.unit.id === f.unit('DISDUKCAPIL'))!;
    expect(dukcapil.commitments.map((c) => c.status)).toEqual(['DONE', 'IN_PROGRESS', 'DONE']);
    expect(dukcapil.commitments[0]).toMatchObject({ owner: 'Kepala Dinas Kependudukan dan Pencatatan Sipil', ownerEmployee: null, dueOn: '2024-12-31' });

    // Signed in, the employee behind a commitment is visible.
    const signedIn = await t.request(PubForums, { unitId: f.unit('DISDUKCAPIL') }, { token: await t.token(t.seed.adminNip) });
    expect(signedIn.data!.forums.nodes[0]!.commitments[0]!.ownerEmployee).toMatchObject({ id: expect.any(String), name: expect.any(String) });

    const inPeriod = await t.request(PubForums, { period: '2025-S1' });
    expect(inPeriod.data!.forums.totalCount).toBe(2);
    const node = await t.request(PubForumNode, { id: dukcapil.id });
    expect(node.data!.node).toMatchObject({ id: dukcapil.id, topic: dukcapil.topic });
  });
});

describe('forums, recorded by the unit’s staff', () => {
  it('records a forum with commitments and follows them up', async () => {
    const staff = (await f.staffOf(UNIT))[0]!;
    const token = await f.tokenOf(staff);
    const input = {
      unitId: f.unit(UNIT),
      heldOn: '2025-06-10',
      topic: 'Forum diskusi jam layanan sore',
      location: 'Aula Puskesmas',
      participants: 27,
      summary: 'Warga meminta layanan poli umum sampai pukul 17.00.',
      commitments: [
        { description: 'Uji coba layanan sore setiap Kamis.', owner: 'Kepala UPTD Puskesmas Kampung Bugis', ownerEmployeeId: staff.id, dueOn: '2025-08-31' },
        { description: 'Mengumumkan jadwal di media sosial.', owner: 'Petugas promosi kesehatan' },
      ],
    };
    const created = await t.request(PubCreateForum, { input }, { token });
    expect(created.data!.createForum.userErrors).toEqual([]);
    const forum = created.data!.createForum.forum!;
    expect(forum.commitments.map((c) => [c.owner, c.status, c.ownerEmployee?.id ?? null])).toEqual([
      ['Kepala UPTD Puskesmas Kampung Bugis', 'OPEN', staff.id],
      ['Petugas promosi kesehatan', 'OPEN', null],
    ]);

    const added = await t.request(PubAddCommitment, { input: { forumId: forum.id, description: 'Menambah kursi ruang tunggu.', owner: 'Kepala UPTD', dueOn: '2025-09-30' } }, { token });
    expect(added.data!.addForumCommitment.commitment).toMatchObject({ status: 'OPEN', dueOn: '2025-09-30', forum: { id: forum.id } });
    const followed = await t.request(PubFollowUp, { input: { id: forum.commitments[0]!.id, status: 'DONE', note: 'Berjalan sejak Juli.' } }, { token });
    expect(followed.data!.updateForumCommitmentStatus.commitment).toMatchObject({ status: 'DONE', note: 'Berjalan sejak Juli.' });

    const seen = await t.request(PubForums, { unitId: f.unit(UNIT) });
    const listed = seen.data!.forums.nodes.find((n) => n.id === forum.id)!;
    expect(listed.commitments.map((c) => c.status)).toEqual(['DONE', 'OPEN', 'OPEN']);
    expect(listed.commitments[0]!.ownerEmployee).toBeNull();
  });

  it('refuses outsiders and bad input', async () => {
    const outsider = await f.tokenOf((await f.staffOf('DISDUKCAPIL'))[0]!);
    const staffToken = await f.tokenOf((await f.staffOf(UNIT))[0]!);
    const base = { unitId: f.unit(UNIT), heldOn: '2025-06-01', topic: 'Topik', participants: 10, summary: 'Ringkasan.' };
    const anonymous = await t.request(PubCreateForum, { input: base });
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const other = await t.request(PubCreateForum, { input: base }, { token: outsider });
    expect(other.data!.createForum.userErrors[0]).toMatchObject({ field: ['input', 'unitId'], code: 'NOT_UNIT_STAFF' });
    const admin = await t.request(PubCreateForum, { input: { ...base, topic: 'Oleh admin' } }, { token: f.adminToken });
    expect(admin.data!.createForum.userErrors).toEqual([]);

    const bad = await t.request(
      PubCreateForum,
      { input: { ...base, heldOn: '2999-01-01', topic: ' ', participants: -1, summary: 'x'.repeat(5001), commitments: [{ description: '', owner: 'o' }] } },
      { token: staffToken },
    );
    expect(bad.data!.createForum.userErrors.map((e) => `${e.field.join('.')}:${e.code}`).sort()).toEqual([
      'input.commitments.0.description:INVALID',
      'input.heldOn:INVALID',
      'input.participants:INVALID',
      'input.summary:TOO_LONG',
      'input.topic:INVALID',
    ]);
    const unknownOwner = await t.request(
      PubCreateForum,
      { input: { ...base, commitments: [{ description: 'd', owner: 'o', ownerEmployeeId: 'RW1wbG95ZWU6OTk5OTk5' }] } },
      { token: staffToken },
    );
    expect(unknownOwner.data!.createForum.userErrors[0]).toMatchObject({ field: ['input', 'commitments', '0', 'ownerEmployeeId'], code: 'NOT_FOUND' });

    const anyForum = (await t.request(PubForums, { unitId: f.unit('DISDUKCAPIL') })).data!.forums.nodes[0]!;
    const foreign = await t.request(PubAddCommitment, { input: { forumId: anyForum.id, description: 'd', owner: 'o' } }, { token: staffToken });
    expect(foreign.data!.addForumCommitment.userErrors[0]!.code).toBe('NOT_UNIT_STAFF');
    const foreignFollow = await t.request(PubFollowUp, { input: { id: anyForum.commitments[0]!.id, status: 'OPEN' } }, { token: staffToken });
    expect(foreignFollow.data!.updateForumCommitmentStatus.userErrors[0]!.code).toBe('NOT_UNIT_STAFF');
    const after = await t.request(PubForums, { unitId: f.unit('DISDUKCAPIL') });
    expect(after.data!.forums.nodes[0]!.commitments[0]!.status).toBe(anyForum.commitments[0]!.status);
  });
});
