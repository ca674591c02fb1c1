/**
 * Public feedback through the API: a citizen submits without an account and gets a tracking code and nothing else;
 * anyone with the code sees the status and the public answer; the unit's staff handle the queue (answer, status,
 * moderation); published feedback naming an employee reaches the employee and their appraiser, never with contact
 * details.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/db/index.js';
import { graphql } from './gql/index.js';
import { PubSubmit, publicFixtures, type Fixtures, type Person } from './public-fixtures.js';
import { startTestServer, type TestServer } from './support/server.js';

const PubTrack = graphql(`
  query PubTrack($code: String!) {
    feedbackStatus(trackingCode: $code) { trackingCode status publicAnswer receivedAt statusChangedAt answeredAt resolvedAt }
  }
`);

const PubQueue = graphql(`
  query PubQueue($unitId: ID!, $status: [PublicFeedbackStatus!], $moderation: [PublicFeedbackModeration!], $first: Int) {
    unitFeedback(unitId: $unitId, status: $status, moderation: $moderation, first: $first) {
      totalCount
      nodes {
        id trackingCode rating comment serviceName channel counter status moderation moderationReason moderationNote
        contactName contactEmail contactPhone employeeReference employee { id nip } publicAnswer answeredBy { id }
        resolvedAt receivedAt history { status previousStatus note changedBy { id } }
      }
    }
  }
`);

const PubSetStatus = graphql(`
  mutation PubSetStatus($input: UpdatePublicFeedbackStatusInput!) {
    updatePublicFeedbackStatus(input: $input) { feedback { id status publicAnswer resolvedAt } userErrors { field code message } }
  }
`);

const PubAnswer = graphql(`
  mutation PubAnswer($input: AnswerPublicFeedbackInput!) {
    answerPublicFeedback(input: $input) { feedback { id publicAnswer answeredBy { id } } userErrors { field code message } }
  }
`);

const PubModerate = graphql(`
  mutation PubModerate($input: ModeratePublicFeedbackInput!) {
    moderatePublicFeedback(input: $input) { feedback { id moderation moderationReason } userErrors { field code message } }
  }
`);

const PubPublished = graphql(`
  query PubPublished($unitId: ID!) {
    publishedFeedback(unitId: $unitId, first: 100) { totalCount nodes { serviceName rating comment channel status publicAnswer receivedAt unit { id } } }
  }
`);

const PubEmployeeVoice = graphql(`
  query PubEmployeeVoice($id: ID!, $period: String!) {
    employee(id: $id) {
      id
      publicFeedback(first: 50) { totalCount nodes { id comment rating contactName contactEmail contactPhone trackingCode employeeReference history { status } } }
      publicVoice(period: $period) { items averageRating withheld }
    }
  }
`);

const PubTeamFeedback = graphql(`
  query PubTeamFeedback {
    appraiseesPublicFeedback(first: 100) { totalCount nodes { id employee { id } contactName } }
  }
`);

const PubNode = graphql(`
  query PubNode($id: ID!) { node(id: $id) { id ... on PublicFeedback { comment contactEmail } } }
`);

const PubPayloadFields = graphql(`
  query PubPayloadFields { __type(name: "SubmitPublicFeedbackPayload") { fields { name } } }
`);

let t: TestServer;
let f: Fixtures;
let staff: Person;
let staffToken: string;
let otherStaffToken: string;
let named: Person;
const UNIT = 'DISDUKCAPIL-DAFDUK-01';
const CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/;

beforeAll(async () => {
  t = await startTestServer({ env: { PUBLIC_SUBMISSIONS_PER_MINUTE: '1000' } });
  f = await publicFixtures(t);
  const people = await f.staffOf(UNIT);
  staff = people.find((p) => p.kind === 'PENGAWAS') ?? people[0]!;
  staffToken = await f.tokenOf(staff);
  otherStaffToken = await f.tokenOf((await f.staffOf('DINKES-PKM-01'))[0]!);
  // A member of the unit whose appraiser is someone else (the kepala seksi).
  named = people.find((p) => p.kind !== 'PENGAWAS' && p.appraiser)!;
});
afterAll(() => t?.stop());

async function submit(input: Record<string, unknown>, unit = UNIT) {
  const res = await t.request(PubSubmit, { input: { unitId: f.unit(unit), rating: 4, ...input } as never });
  expect(res.errors).toBeUndefined();
  return res.data!.submitPublicFeedback;
}

async function queueItem(code: string, token = staffToken, unit = UNIT) {
  const res = await t.request(PubQueue, { unitId: f.unit(unit), first: 100 }, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.unitFeedback.nodes.find((n) => n.trackingCode === code)!;
}

describe('a citizen submits feedback', () => {
  it('answers a tracking code and nothing else about the system', async () => {
    const fields = await t.request(PubPayloadFields, {});
    expect(fields.data!.__type!.fields!.map((x) => x.name).sort()).toEqual(['retryAfterSeconds', 'trackingCode', 'userErrors']);
    const res = await submit({
      comment: 'Antrean KTP-el lama sekali.',
      serviceName: 'Perekaman KTP-el',
      channel: 'WEB',
      counter: 'Loket 2',
      contact: { name: 'Warga Uji', email: 'warga.uji@contoh.id', phone: '+62 812-1111-2222' },
    });
    expect(res).toEqual({ trackingCode: expect.stringMatching(CODE_PATTERN), retryAfterSeconds: null, userErrors: [] });
  });

  it('leaves the counter, phone and forum channels to staff: anyone else is refused on the channel, nothing stored', async () => {
    const partnerToken = await t.token('portal', ['partner']);
    const storedWith = async (comment: string) =>
      rowsOf<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from public_feedback where comment = ${comment}`))[0]!.n;
    for (const channel of ['COUNTER', 'PHONE', 'FORUM'] as const) {
      for (const [who, token] of [['anonymous', undefined], ['partner', partnerToken]] as const) {
        const comment = `Channel ${channel} by ${who}`;
        const res = await t.request(PubSubmit, { input: { unitId: f.unit(UNIT), rating: 2, comment, channel } }, token ? { token } : {});
        expect(res.errors).toBeUndefined();
        expect(res.data!.submitPublicFeedback, `${channel} by ${who}`).toEqual({
          trackingCode: null,
          retryAfterSeconds: null,
          userErrors: [{ field: ['input', 'channel'], code: 'INVALID', message: expect.stringContaining('staff') }],
        });
        expect(Number(await storedWith(comment))).toBe(0);
      }
      // Staff typing in what reached them by phone, at the counter or at a forum.
      const comment = `Channel ${channel} by staff`;
      const byStaff = await t.request(PubSubmit, { input: { unitId: f.unit(UNIT), rating: 2, comment, channel } }, { token: staffToken });
      expect(byStaff.data!.submitPublicFeedback.userErrors).toEqual([]);
      expect((await queueItem(byStaff.data!.submitPublicFeedback.trackingCode!)).channel).toBe(channel);
    }
    // The web is anyone's, with or without saying so.
    expect((await submit({ comment: 'Channel WEB by anonymous', channel: 'WEB' })).userErrors).toEqual([]);
    const byPartner = await t.request(PubSubmit, { input: { unitId: f.unit(UNIT), rating: 2, comment: 'Channel WEB by partner' } }, { token: partnerToken });
    expect(byPartner.data!.submitPublicFeedback.userErrors).toEqual([]);
  });

  it('shows the status by tracking code, however it is typed, and nothing for an unknown code', async () => {
    const { trackingCode } = await submit({ comment: 'Mohon info jadwal layanan Sabtu.' });
    const code = trackingCode!;
    const sloppy = ` ${code.toLowerCase().replace('-', ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `;
    for (const typed of [code, code.replace('-', ''), sloppy]) {
      const res = await t.request(PubTrack, { code: typed });
      expect(res.errors).toBeUndefined();
      expect(res.data!.feedbackStatus).toMatchObject({ trackingCode: code, status: 'RECEIVED', publicAnswer: null, answeredAt: null, resolvedAt: null });
    }
    for (const unknown of ['ZZZZZ-ZZZZZ', 'nope', '', 'U'.repeat(10), 'x'.repeat(500)]) {
      const res = await t.request(PubTrack, { code: unknown });
      expect(res.errors).toBeUndefined();
      expect(res.data!.feedbackStatus).toBeNull();
    }
  });
});

describe('the unit’s staff handle the queue', () => {
  it('lets only the unit’s staff and admins read the queue, with contact details', async () => {
    const { trackingCode } = await submit({ comment: 'Petugas ramah.', contact: { name: 'Rina Uji', email: 'rina.uji@contoh.id' } });
    const item = await queueItem(trackingCode!);
    expect(item).toMatchObject({ contactName: 'Rina Uji', contactEmail: 'rina.uji@contoh.id', contactPhone: null, status: 'RECEIVED', moderation: 'PENDING' });
    expect(item.history).toEqual([{ status: 'RECEIVED', previousStatus: null, note: null, changedBy: null }]);
    expect((await queueItem(trackingCode!, f.adminToken)).contactEmail).toBe('rina.uji@contoh.id');

    const other = await t.request(PubQueue, { unitId: f.unit(UNIT) }, { token: otherStaffToken });
    expect(other.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const anonymous = await t.request(PubQueue, { unitId: f.unit(UNIT) });
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const partner = await t.request(PubQueue, { unitId: f.unit(UNIT) }, { token: await t.token('portal', ['partner']) });
    expect(partner.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('filters the queue by status and moderation and counts across pages', async () => {
    const all = await t.request(PubQueue, { unitId: f.unit(UNIT), first: 5 }, { token: staffToken });
    const received = await t.request(PubQueue, { unitId: f.unit(UNIT), status: ['RECEIVED'], first: 100 }, { token: staffToken });
    expect(all.data!.unitFeedback.nodes).toHaveLength(5);
    expect(all.data!.unitFeedback.totalCount).toBeGreaterThan(40);
    expect(received.data!.unitFeedback.nodes.every((n) => n.status === 'RECEIVED')).toBe(true);
    expect(received.data!.unitFeedback.totalCount).toBe(received.data!.unitFeedback.nodes.length);
    const pending = await t.request(PubQueue, { unitId: f.unit(UNIT), moderation: ['PENDING'], first: 100 }, { token: staffToken });
    expect(pending.data!.unitFeedback.nodes.every((n) => n.moderation === 'PENDING')).toBe(true);
  });

  it('reads the queue in the same number of statements whatever the page size', async () => {
    const few = await t.request(PubQueue, { unitId: f.unit('DISDUKCAPIL'), first: 5 }, { token: f.adminToken });
    const many = await t.request(PubQueue, { unitId: f.unit('DISDUKCAPIL'), first: 80 }, { token: f.adminToken });
    expect(many.data!.unitFeedback.nodes.length).toBeGreaterThan(60);
    expect(many.extensions!.sqlStatements).toBe(few.extensions!.sqlStatements);
    console.log(`unitFeedback with employee, answeredBy and history: ${many.extensions!.sqlStatements} statements for ${many.data!.unitFeedback.nodes.length} items`);
  });

  it('moves an item along its workflow; the public sees the status and answer, never the internal note', async () => {
    const { trackingCode } = await submit({ comment: 'Berkas saya belum selesai.' });
    const item = await queueItem(trackingCode!);
    const set = (input: Record<string, unknown>, token = staffToken) =>
      t.request(PubSetStatus, { input: { id: item.id, ...input } as never }, { token });

    const noAnswer = await set({ status: 'RESOLVED' });
    expect(noAnswer.data!.updatePublicFeedbackStatus.userErrors).toEqual([{ field: ['input', 'publicAnswer'], code: 'INVALID', message: expect.any(String) }]);
    const outsider = await set({ status: 'IN_PROGRESS' }, otherStaffToken);
    expect(outsider.data!.updatePublicFeedbackStatus.userErrors[0]!.code).toBe('NOT_FOUND');
    const anonymous = await set({ status: 'IN_PROGRESS' }, '');
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');

    const progress = await set({ status: 'IN_PROGRESS', note: 'Diteruskan ke operator SIAK (internal).' });
    expect(progress.data!.updatePublicFeedbackStatus.feedback).toMatchObject({ status: 'IN_PROGRESS', resolvedAt: null });
    const resolved = await set({ status: 'RESOLVED', publicAnswer: 'Dokumen sudah selesai dan dapat diambil di loket 3.' });
    expect(resolved.data!.updatePublicFeedbackStatus.feedback).toMatchObject({ status: 'RESOLVED', resolvedAt: expect.any(String) });
    const skip = await set({ status: 'REJECTED' });
    expect(skip.data!.updatePublicFeedbackStatus.userErrors[0]).toMatchObject({ field: ['input', 'status'], code: 'FEEDBACK_STATUS' });

    const seen = await t.request(PubTrack, { code: trackingCode! });
    expect(seen.data!.feedbackStatus).toMatchObject({
      status: 'RESOLVED',
      publicAnswer: 'Dokumen sudah selesai dan dapat diambil di loket 3.',
      answeredAt: expect.any(String),
      resolvedAt: expect.any(String),
    });
    expect(JSON.stringify(seen.data)).not.toContain('SIAK');

    const reopened = await set({ status: 'IN_PROGRESS', note: 'Warga kembali: KK salah cetak.' });
    expect(reopened.data!.updatePublicFeedbackStatus.feedback).toMatchObject({ status: 'IN_PROGRESS', resolvedAt: null });
    const answered = await t.request(PubAnswer, { input: { id: item.id, publicAnswer: 'Sedang dicetak ulang.' } }, { token: staffToken });
    expect(answered.data!.answerPublicFeedback.feedback).toMatchObject({ publicAnswer: 'Sedang dicetak ulang.', answeredBy: { id: staff.id } });

    const history = (await queueItem(trackingCode!)).history!;
    expect(history.map((h) => [h.previousStatus, h.status])).toEqual([
      [null, 'RECEIVED'],
      ['RECEIVED', 'IN_PROGRESS'],
      ['IN_PROGRESS', 'RESOLVED'],
      ['RESOLVED', 'IN_PROGRESS'],
    ]);
    expect(history[1]).toMatchObject({ note: 'Diteruskan ke operator SIAK (internal).', changedBy: { id: staff.id } });
  });

  it('moderates: rejects with a reason, publishes without contact details or the named employee', async () => {
    const spam = await submit({ comment: 'Promo pinjaman online tanpa agunan!!!', contact: { email: 'spam@contoh.id' } });
    const good = await submit({
      comment: 'Pelayanan perekaman cepat, terima kasih.',
      serviceName: 'Perekaman KTP-el',
      employee: named.nip,
      contact: { name: 'Ahmad Penulis', email: 'ahmad.penulis@contoh.id', phone: '081299998888' },
    });
    const spamItem = await queueItem(spam.trackingCode!);
    const goodItem = await queueItem(good.trackingCode!);
    const moderate = (input: Record<string, unknown>) => t.request(PubModerate, { input: input as never }, { token: staffToken });

    const noReason = await moderate({ id: spamItem.id, decision: 'REJECTED' });
    expect(noReason.data!.moderatePublicFeedback.userErrors[0]).toMatchObject({ field: ['input', 'reason'], code: 'INVALID' });
    const pending = await moderate({ id: spamItem.id, decision: 'PENDING' });
    expect(pending.data!.moderatePublicFeedback.userErrors[0]!.code).toBe('INVALID');
    const otherNoNote = await moderate({ id: spamItem.id, decision: 'REJECTED', reason: 'OTHER' });
    expect(otherNoNote.data!.moderatePublicFeedback.userErrors[0]).toMatchObject({ field: ['input', 'note'] });
    const rejected = await moderate({ id: spamItem.id, decision: 'REJECTED', reason: 'SPAM', note: 'Iklan.' });
    expect(rejected.data!.moderatePublicFeedback.feedback).toMatchObject({ moderation: 'REJECTED', moderationReason: 'SPAM' });
    const published = await moderate({ id: goodItem.id, decision: 'PUBLISHED' });
    expect(published.data!.moderatePublicFeedback.feedback).toMatchObject({ moderation: 'PUBLISHED', moderationReason: null });

    const list = await t.request(PubPublished, { unitId: f.unit(UNIT) });
    expect(list.errors).toBeUndefined();
    const text = JSON.stringify(list.data);
    expect(text).toContain('Pelayanan perekaman cepat, terima kasih.');
    expect(text).not.toContain('Promo pinjaman');
    for (const secret of ['Ahmad Penulis', 'ahmad.penulis@contoh.id', '081299998888', named.nip, named.name]) expect(text).not.toContain(secret);
    expect(list.data!.publishedFeedback.totalCount).toBe(list.data!.publishedFeedback.nodes.length);
  });
});

describe('feedback naming an employee', () => {
  it('resolves a NIP or the name shown at the counter quietly, and keeps what was typed for staff', async () => {
    const bare = named.name.split(',')[0]!.replace(/^(dr|drg)\.\s+/i, '');
    const cases = [
      { employee: named.nip.replace(/^(\d{8})(\d{6})(\d)(\d{3})$/, '$1 $2 $3 $4'), expected: named.id },
      { employee: `  ${bare.toUpperCase()}  `, expected: named.id },
      { employee: '199001012015011001', expected: null },
      { employee: 'Bapak berkacamata di loket 4', expected: null },
    ];
    for (const c of cases) {
      const res = await submit({ comment: 'Tentang petugas.', employee: c.employee });
      expect(res.userErrors).toEqual([]);
      const item = await queueItem(res.trackingCode!);
      expect(item.employee?.id ?? null).toBe(c.expected);
      expect(item.employeeReference).toBe(c.employee.trim());
    }
  });

  it('reaches the employee and their appraiser once published, never with contact details', async () => {
    // Sent to the dinas, naming someone of its seksi: the dinas's staff handle it; the seksi head appraises them.
    const dinasStaffToken = await f.tokenOf((await f.staffOf('DISDUKCAPIL'))[0]!);
    const res = await submit(
      {
        comment: 'Bapak/Ibu petugas ini sangat membantu lansia.',
        rating: 5,
        employee: named.nip,
        contact: { name: 'Siti Pelapor', email: 'siti.pelapor@contoh.id', phone: '+6281377776666' },
      },
      'DISDUKCAPIL',
    );
    const item = await queueItem(res.trackingCode!, dinasStaffToken, 'DISDUKCAPIL');
    expect(item.employee!.id).toBe(named.id);
    const employeeToken = await f.tokenOf(named);
    const appraiserToken = await t.token(named.appraiser!.nip);
    const peer = (await f.staffOf('DINKES-PKM-01')).find((p) => p.kind !== 'PENGAWAS')!;
    const peerToken = await f.tokenOf(peer);
    const period = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 4);

    const voice = async (token: string) => {
      const r = await t.request(PubEmployeeVoice, { id: named.id, period }, { token });
      expect(r.errors).toBeUndefined();
      return r.data!.employee!;
    };
    // Pending: not yet for the employee or the appraiser.
    expect((await voice(employeeToken)).publicFeedback!.nodes.map((n) => n.id)).not.toContain(item.id);
    expect((await t.request(PubNode, { id: item.id }, { token: employeeToken })).errors![0]!.extensions!.code).toBe('FORBIDDEN');

    await t.request(PubModerate, { input: { id: item.id, decision: 'PUBLISHED' } }, { token: dinasStaffToken });
    for (const token of [employeeToken, appraiserToken, f.adminToken]) {
      const seen = await voice(token);
      const node = seen.publicFeedback!.nodes.find((n) => n.id === item.id)!;
      expect(node).toMatchObject({ comment: 'Bapak/Ibu petugas ini sangat membantu lansia.', rating: 5 });
      if (token !== f.adminToken) {
        expect(node).toMatchObject({ contactName: null, contactEmail: null, contactPhone: null, trackingCode: null, employeeReference: null, history: null });
      }
      expect(seen.publicVoice!.items).toBeGreaterThanOrEqual(1);
    }
    const team = await t.request(PubTeamFeedback, {}, { token: appraiserToken });
    expect(team.errors).toBeUndefined();
    const mine = team.data!.appraiseesPublicFeedback.nodes.find((n) => n.id === item.id)!;
    expect(mine).toMatchObject({ employee: { id: named.id }, contactName: null });
    expect(team.data!.appraiseesPublicFeedback.nodes.every((n) => n.employee !== null)).toBe(true);

    const asPeer = await voice(peerToken);
    expect(asPeer.publicFeedback).toBeNull();
    expect(asPeer.publicVoice).toBeNull();
    expect((await t.request(PubTeamFeedback, {}, { token: peerToken })).data!.appraiseesPublicFeedback.nodes.map((n) => n.id)).not.toContain(item.id);
    const anonymousNode = await t.request(PubNode, { id: item.id });
    expect(anonymousNode.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('feedback naming a member of its own unit', () => {
  it('is handled by their colleagues: the employee named may not bury it and does not learn who sent it', async () => {
    // A puskesmas pelaksana is staff of their puskesmas: the complaint about them lands in their own unit's queue.
    const PKM = 'DINKES-PKM-01';
    const people = await f.staffOf(PKM);
    const subject = people.find((p) => p.kind === 'PELAKSANA' && p.appraiser)!;
    const colleague = people.find((p) => p.id !== subject.id)!;
    const subjectToken = await f.tokenOf(subject);
    const colleagueToken = await f.tokenOf(colleague);
    const comment = 'Petugas meminta uang tambahan untuk mempercepat layanan.';
    const contact = { name: 'Budi Pelapor', email: 'budi.pelapor@contoh.id', phone: '081355554444' };
    const res = await submit({ comment, rating: 1, employee: subject.nip, contact }, PKM);
    expect(res.userErrors).toEqual([]);
    const handled = await queueItem(res.trackingCode!, colleagueToken, PKM);
    expect(handled).toMatchObject({ employee: { id: subject.id }, contactEmail: contact.email, contactPhone: contact.phone, employeeReference: subject.nip });

    // The employee named sees the item in their unit's queue, as the named employee: never who sent it.
    const queue = await t.request(PubQueue, { unitId: f.unit(PKM), first: 100 }, { token: subjectToken });
    expect(queue.errors).toBeUndefined();
    expect(queue.data!.unitFeedback.nodes.find((n) => n.id === handled.id)).toMatchObject({
      comment,
      contactName: null,
      contactEmail: null,
      contactPhone: null,
      trackingCode: null,
      employeeReference: null,
      moderationNote: null,
      history: null,
    });
    const node = await t.request(PubNode, { id: handled.id }, { token: subjectToken });
    expect(node.errors).toBeUndefined();
    expect(node.data!.node).toMatchObject({ comment, contactEmail: null });
    for (const secret of [contact.name, contact.email, contact.phone]) expect(JSON.stringify([queue.data, node.data])).not.toContain(secret);

    // Nor reject it as abuse, close it or answer it.
    const refused = [{ field: ['input', 'id'], code: 'NOT_UNIT_STAFF', message: expect.stringContaining('names you') }];
    const moderated = await t.request(PubModerate, { input: { id: handled.id, decision: 'REJECTED', reason: 'ABUSE' } }, { token: subjectToken });
    expect(moderated.data!.moderatePublicFeedback).toEqual({ feedback: null, userErrors: refused });
    const closed = await t.request(
      PubSetStatus,
      { input: { id: handled.id, status: 'REJECTED', publicAnswer: 'Laporan tidak dapat ditindaklanjuti.' } },
      { token: subjectToken },
    );
    expect(closed.data!.updatePublicFeedbackStatus).toEqual({ feedback: null, userErrors: refused });
    const answered = await t.request(PubAnswer, { input: { id: handled.id, publicAnswer: 'Tidak benar.' } }, { token: subjectToken });
    expect(answered.data!.answerPublicFeedback).toEqual({ feedback: null, userErrors: refused });
    expect(await queueItem(res.trackingCode!, colleagueToken, PKM)).toMatchObject({ status: 'RECEIVED', moderation: 'PENDING', publicAnswer: null });

    // A colleague publishes it: it reaches the appraiser.
    const published = await t.request(PubModerate, { input: { id: handled.id, decision: 'PUBLISHED' } }, { token: colleagueToken });
    expect(published.data!.moderatePublicFeedback.userErrors).toEqual([]);
    const team = await t.request(PubTeamFeedback, {}, { token: await t.token(subject.appraiser!.nip) });
    expect(team.data!.appraiseesPublicFeedback.nodes.map((n) => n.id)).toContain(handled.id);
  });
});
