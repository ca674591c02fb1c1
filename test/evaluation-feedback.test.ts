/**
 * Continuous feedback threads and peer feedback through the API, including the proof that nothing the employee can
 * ask (queries, fields, errors) reveals which peer said what, and that the aggregate waits for 3 answers.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/db/index.js';
import { graphql } from './gql/index.js';
import { startTestServer, type TestServer } from './support/server.js';
import { CORE_VALUE_CODES } from '../src/modules/training/tables.js';

const Post = graphql(`
  mutation FeedbackPost($input: PostFeedbackInput!) {
    postFeedback(input: $input) {
      thread { id subjectType subjectId messages { body author { id } } }
      userErrors { code field message }
    }
  }
`);

const Thread = graphql(`
  query FeedbackThread($subjectId: ID!) { feedbackThread(subjectId: $subjectId) { id messages { body } } }
`);

const RequestPeers = graphql(`
  mutation PeerRequest($input: RequestPeerFeedbackInput!) {
    requestPeerFeedback(input: $input) { request { id invitedCount answeredCount } userErrors { code field message } }
  }
`);

const Answer = graphql(`
  mutation PeerAnswer($input: AnswerPeerFeedbackInput!) {
    answerPeerFeedback(input: $input) { answered userErrors { code field message } }
  }
`);

const EmployeeView = graphql(`
  query PeerEmployeeView($id: ID!) {
    node(id: $id) {
      ... on PeerFeedbackRequest {
        id periodKey invitedCount answeredCount employee { id }
        aggregate { answers comments values { coreValue coreValueName above asExpected below } }
      }
    }
    peerFeedbackRequests { id answeredCount aggregate { answers } }
    myPeerFeedbackInvitations { requestId employeeName answered }
  }
`);

const AnswersView = graphql(`
  query PeerAnswersView($id: ID!) {
    node(id: $id) { ... on PeerFeedbackRequest { id answers { peer { id name nip } answeredAt ratings { coreValue rating comment } } } }
  }
`);

let t: TestServer;
let f: { employeeNip: string; employeeId: number; appraiserNip: string; reportId: number };
let peers: { id: number; nip: string; name: string }[];
let outsiderNip: string;
const tokens: Record<string, string> = {};
const token = async (nip: string) => (tokens[nip] ??= await t.token(nip));
const gid = encodeGlobalID;
const sql = async <T>(text: string) => rowsOf<T>(await t.database.db.execute(text));
const CODES = CORE_VALUE_CODES;
const ratings = (rating: 'ABOVE' | 'AS_EXPECTED' | 'BELOW', comment: string) => CODES.map((coreValue) => ({ coreValue, rating, comment }));

beforeAll(async () => {
  t = await startTestServer();
  const [row] = await sql<any>(`
    select e.nip as employee_nip, e.id as employee_id, a.nip as appraiser_nip, r.id as report_id
      from monthly_reports r join employees e on e.id = r.employee_id join employees a on a.id = r.appraiser_id
     where e.nip is not null and a.nip is not null and e.nip <> '${t.seed.adminNip}' and a.nip <> '${t.seed.adminNip}'
       and not exists (select 1 from feedback_threads th where th.subject_type = 'MONTHLY_REPORT' and th.subject_id = r.id)
     order by r.id limit 1`);
  f = { employeeNip: row.employee_nip, employeeId: Number(row.employee_id), appraiserNip: row.appraiser_nip, reportId: Number(row.report_id) };
  const others = await sql<any>(
    `select id, nip, name from employees where nip is not null and nip not in ('${f.employeeNip}', '${f.appraiserNip}', '${t.seed.adminNip}') order by id desc limit 5`,
  );
  peers = others.slice(0, 4).map((p) => ({ id: Number(p.id), nip: p.nip, name: p.name }));
  outsiderNip = others[4].nip;
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

describe('continuous feedback', () => {
  const subjectId = () => gid('MonthlyReport', f.reportId);

  it('opens a thread with the appraiser’s comment; the employee replies; others are refused', async () => {
    const early = await t.request(Post, { input: { subjectId: subjectId(), body: 'Pertanyaan' } }, { token: await token(f.employeeNip) });
    expect(early.data?.postFeedback.userErrors[0]?.code).toBe('NOT_APPRAISER');
    const outsider = await t.request(Post, { input: { subjectId: subjectId(), body: 'Halo' } }, { token: await token(outsiderNip) });
    expect(outsider.data?.postFeedback.userErrors[0]?.code).toBe('NOT_FOUND');
    const wrongType = await t.request(Post, { input: { subjectId: gid('Employee', f.employeeId), body: 'x' } }, { token: await token(f.appraiserNip) });
    expect(wrongType.data?.postFeedback.userErrors[0]?.code).toBe('INVALID_ID');
    // Beyond PostgreSQL's integer no row can exist: an input error, not a failed statement.
    const huge = await t.request(Post, { input: { subjectId: gid('MonthlyReport', 2 ** 40), body: 'x' } }, { token: await token(f.appraiserNip) });
    expect(huge.errors).toBeUndefined();
    expect(huge.data?.postFeedback.userErrors[0]?.code).toBe('INVALID_ID');
    const hugePeerRequest = await t.request(
      RequestPeers,
      { input: { employeeId: gid('Employee', 2 ** 40), periodKey: '2025-Q3', peerIds: [gid('Employee', f.employeeId)] } },
      { token: await token(f.appraiserNip) },
    );
    expect(hugePeerRequest.errors).toBeUndefined();
    expect(hugePeerRequest.data?.requestPeerFeedback.userErrors[0]?.code).toBe('INVALID_ID');
    const empty = await t.request(Post, { input: { subjectId: subjectId(), body: ' ' } }, { token: await token(f.appraiserNip) });
    expect(empty.data?.postFeedback.userErrors[0]?.code).toBe('INVALID');
    const opened = await t.request(Post, { input: { subjectId: subjectId(), body: 'Lengkapi bukti dukung.' } }, { token: await token(f.appraiserNip) });
    expect(opened.data?.postFeedback.thread).toMatchObject({ subjectType: 'MONTHLY_REPORT', subjectId: subjectId(), messages: [{ body: 'Lengkapi bukti dukung.' }] });
    const reply = await t.request(Post, { input: { subjectId: subjectId(), body: 'Sudah diunggah.' } }, { token: await token(f.employeeNip) });
    expect(reply.data?.postFeedback.thread?.messages.map((m) => m.body)).toEqual(['Lengkapi bukti dukung.', 'Sudah diunggah.']);
    expect((await t.request(Thread, { subjectId: subjectId() }, { token: await token(f.employeeNip) })).data?.feedbackThread?.messages).toHaveLength(2);
    expect((await t.request(Thread, { subjectId: subjectId() }, { token: await token(outsiderNip) })).data?.feedbackThread).toBeNull();
  });
});

describe('peer feedback', () => {
  let requestId: string;
  let appraisersRequestId: string;

  it('lets the employee or the appraiser ask named peers, no one else', async () => {
    const input = { employeeId: gid('Employee', f.employeeId), periodKey: '2025-Q3', peerIds: peers.map((p) => gid('Employee', p.id)) };
    const outsider = await t.request(RequestPeers, { input }, { token: await token(outsiderNip) });
    expect(outsider.data?.requestPeerFeedback.userErrors[0]?.code).toBe('NOT_APPRAISER');
    const self = await t.request(RequestPeers, { input: { ...input, peerIds: [gid('Employee', f.employeeId)] } }, { token: await token(f.employeeNip) });
    expect(self.data?.requestPeerFeedback.userErrors[0]?.code).toBe('INVALID');
    const byAppraiser = await t.request(RequestPeers, { input: { ...input, periodKey: '2025-Q4' } }, { token: await token(f.appraiserNip) });
    expect(byAppraiser.data?.requestPeerFeedback.userErrors).toEqual([]);
    appraisersRequestId = byAppraiser.data!.requestPeerFeedback.request!.id;
    const res = await t.request(RequestPeers, { input }, { token: await token(f.employeeNip) });
    expect(res.data?.requestPeerFeedback.request).toMatchObject({ invitedCount: 4, answeredCount: 0 });
    requestId = res.data!.requestPeerFeedback.request!.id;
  });

  it('takes each invited peer’s answer once, on all seven values', async () => {
    const outsider = await t.request(Answer, { input: { requestId, ratings: ratings('ABOVE', 'x') } }, { token: await token(outsiderNip) });
    expect(outsider.data?.answerPeerFeedback.userErrors[0]?.code).toBe('NOT_FOUND');
    const partial = await t.request(Answer, { input: { requestId, ratings: ratings('ABOVE', 'x').slice(0, 3) } }, { token: await token(peers[0]!.nip) });
    expect(partial.data?.answerPeerFeedback.userErrors[0]?.code).toBe('INVALID');
    const one = await t.request(Answer, { input: { requestId, ratings: ratings('ABOVE', 'Komentar rekan A') } }, { token: await token(peers[0]!.nip) });
    expect(one.data?.answerPeerFeedback).toEqual({ answered: true, userErrors: [] });
    const twice = await t.request(Answer, { input: { requestId, ratings: ratings('BELOW', 'lagi') } }, { token: await token(peers[0]!.nip) });
    expect(twice.data?.answerPeerFeedback.userErrors[0]?.code).toBe('ALREADY_RATED');
    await t.request(Answer, { input: { requestId, ratings: ratings('BELOW', 'Komentar rekan B') } }, { token: await token(peers[1]!.nip) });
  });

  it('withholds the aggregate below 3 answers and shows counts from 3 on', async () => {
    const before = await t.request(EmployeeView, { id: requestId }, { token: await token(f.employeeNip) });
    expect(before.data?.node).toMatchObject({ answeredCount: 2, aggregate: null });
    await t.request(Answer, { input: { requestId, ratings: ratings('AS_EXPECTED', 'Komentar rekan C') } }, { token: await token(peers[2]!.nip) });
    const after = await t.request(EmployeeView, { id: requestId }, { token: await token(f.employeeNip) });
    const node = after.data!.node as any;
    expect(node.aggregate.answers).toBe(3);
    for (const v of node.aggregate.values) expect(v.above + v.asExpected + v.below).toBe(3);
    expect(node.aggregate.comments).toEqual([...node.aggregate.comments].sort());
  });

  it('never reveals to the employee who said what: no query, field or error names a peer', async () => {
    const employee = await token(f.employeeNip);
    const view = await t.request(EmployeeView, { id: requestId }, { token: employee });
    const answers = await t.request(AnswersView, { id: requestId }, { token: employee });
    // Refused as the field's null (not an error that would null the whole request).
    expect(answers.errors).toBeUndefined();
    expect((answers.data?.node as any).answers).toBeNull();
    const refusedAnswer = await t.request(Answer, { input: { requestId, ratings: ratings('ABOVE', 'x') } }, { token: employee });
    expect(refusedAnswer.data?.answerPeerFeedback.userErrors[0]?.code).toBe('NOT_FOUND');
    const everything = JSON.stringify([view, answers, refusedAnswer]);
    for (const peer of peers) {
      expect(everything).not.toContain(gid('Employee', peer.id));
      expect(everything).not.toContain(peer.nip);
      expect(everything).not.toContain(peer.name);
    }
    // A peer sees only the request they were asked to answer, not the request itself or the other answers.
    const asPeer = await t.request(AnswersView, { id: requestId }, { token: await token(peers[0]!.nip) });
    expect(asPeer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const peerInbox = await t.request(EmployeeView, { id: requestId }, { token: await token(peers[3]!.nip) });
    expect(peerInbox.data?.myPeerFeedbackInvitations).toContainEqual(expect.objectContaining({ requestId, answered: false }));
  });

  it('grows the employee’s aggregate by whole groups of three, so that one more answer is never its difference', async () => {
    const employee = await token(f.employeeNip);
    const before = (await t.request(EmployeeView, { id: requestId }, { token: employee })).data!.node as any;
    const fourth = await t.request(Answer, { input: { requestId, ratings: ratings('ABOVE', 'Komentar rekan D') } }, { token: await token(peers[3]!.nip) });
    expect(fourth.data?.answerPeerFeedback.userErrors).toEqual([]);
    const after = (await t.request(EmployeeView, { id: requestId }, { token: employee })).data!.node as any;
    expect(after.answeredCount).toBe(4);
    expect(after.aggregate).toEqual(before.aggregate);
    expect(after.aggregate.answers).toBe(3);
    expect(after.aggregate.comments).not.toContain('Komentar rekan D');
  });

  it('shows each answer, with the peer, to the appraiser and admins', async () => {
    for (const tk of [await token(f.appraiserNip), await t.token(t.seed.adminNip, ['employee', 'admin'])]) {
      const res = await t.request(AnswersView, { id: requestId }, { token: tk });
      const node = res.data!.node as any;
      expect(node.answers).toHaveLength(4);
      expect(node.answers.filter((a: any) => a.answeredAt).length).toBe(4);
      expect(node.answers.map((a: any) => a.peer.id)).toContain(gid('Employee', peers[0]!.id));
    }
  });

  it('reads the aggregates of many requests in the same number of statements as one', async () => {
    const List = graphql(`
      query PeerAggregates { peerFeedbackRequests { id periodKey aggregate { answers comments values { coreValue above asExpected below } } } }
    `);
    const employee = await token(f.employeeNip);
    const one = await t.request(List, {}, { token: employee });
    expect(one.data?.peerFeedbackRequests.filter((r) => r.aggregate)).toHaveLength(1);
    for (const peer of peers.slice(0, 3)) {
      const res = await t.request(Answer, { input: { requestId: appraisersRequestId, ratings: ratings('BELOW', `Q4 ${peer.name}`) } }, { token: await token(peer.nip) });
      expect(res.data?.answerPeerFeedback.userErrors).toEqual([]);
    }
    const two = await t.request(List, {}, { token: employee });
    const aggregates = two.data!.peerFeedbackRequests.filter((r) => r.aggregate);
    expect(aggregates).toHaveLength(2);
    // Each request keeps its own answers: the batch does not mix them.
    const q4 = aggregates.find((r) => r.id === appraisersRequestId)!.aggregate!;
    expect(q4.values.every((v) => v.below === 3 && v.above === 0 && v.asExpected === 0)).toBe(true);
    expect(q4.comments.every((c) => c.startsWith('Q4 '))).toBe(true);
    const q3 = aggregates.find((r) => r.id === requestId)!.aggregate!;
    expect(q3.comments.some((c) => c.startsWith('Q4 '))).toBe(false);
    expect(two.extensions!.sqlStatements).toBe(one.extensions!.sqlStatements);
  });
});
