/** Citizens' rows of the authorization matrix: see `src/modules/public/README.md`, "Who sees what". */
import { all, employees, mutation, only, signedIn, str, type MatrixContext, type Row } from '../authorization.js';

export const THIS_YEAR = String(new Date(Date.now() + 7 * 3600_000).getUTCFullYear());

/**
 * Setup (writes, as a partner service relaying citizens, which is not rate limited): item C on the subject's own unit
 * naming the subject by NIP, pending, with contact details; item A on the subject's own
 * unit with contact details; item B on the parent unit naming the subject by NIP, published by an admin; five IKM
 * questionnaires with a suggestion on the subject's unit (so that suggestions are published); a forum of the
 * subject's unit with a commitment owned by the subject.
 */
export async function preparePublic(ctx: MatrixContext): Promise<void> {
  const { t, fixture: f, tokens } = ctx;
  const step = async (token: string | undefined, document: string, variables: Record<string, unknown>) => {
    const res: any = await t.request(document, variables, { token });
    const payload: any = Object.values(res.data ?? {})[0];
    if (!payload || payload.userErrors.length) throw new Error(`${document}: ${JSON.stringify(res.errors ?? payload.userErrors)}`);
    return payload;
  };
  const unit: any = await t.request('query($u: ID!) { orgUnit(id: $u) { parent { id } } }', { u: f.subject.unitId }, { token: tokens.admin });
  const parentUnitId = unit.data.orgUnit.parent.id;
  const submit =
    'mutation($i: SubmitPublicFeedbackInput!) { submitPublicFeedback(input: $i) { trackingCode userErrors { code message } } }';
  // Before A: the queue rows read the unit's newest item, A.
  const c = await step(tokens.partner, submit, {
    i: { unitId: f.subject.unitId, rating: 1, comment: 'Matrix: tentang petugas', employee: f.subject.nip, contact: { name: 'Warga C', email: 'c@example.org' } },
  });
  const newest = 'query($u: ID!) { unitFeedback(unitId: $u, first: 1) { nodes { id comment } } }';
  const idC = ((await t.request(newest, { u: f.subject.unitId }, { token: tokens.admin })) as any).data.unitFeedback.nodes[0].id;
  const a = await step(tokens.partner, submit, {
    i: { unitId: f.subject.unitId, rating: 2, comment: 'Matrix: antrian lama', contact: { name: 'Warga A', email: 'a@example.org', phone: '081234567890' } },
  });
  const b = await step(tokens.partner, submit, {
    i: { unitId: parentUnitId, rating: 5, comment: 'Matrix: pelayanan ramah', employee: f.subject.nip, contact: { name: 'Warga B', email: 'b@example.org' } },
  });
  const idA = ((await t.request(newest, { u: f.subject.unitId }, { token: tokens.admin })) as any).data.unitFeedback.nodes[0].id;
  const idB = ((await t.request(newest, { u: parentUnitId }, { token: tokens.admin })) as any).data.unitFeedback.nodes[0].id;
  await step(
    tokens.admin,
    'mutation($id: ID!) { moderatePublicFeedback(input: { id: $id, decision: PUBLISHED }) { userErrors { code message } } }',
    { id: idB },
  );
  const scores = { requirements: 3, procedure: 3, serviceTime: 3, cost: 4, product: 3, competence: 3, behaviour: 4, complaintHandling: 3, facilities: 3 };
  for (let i = 0; i < 5; i++) {
    await step(
      tokens.partner,
      'mutation($i: SubmitIkmSurveyInput!) { submitIkmSurvey(input: $i) { accepted userErrors { code message } } }',
      { i: { unitId: f.subject.unitId, scores, comment: `Matrix: saran ${i}` } },
    );
  }
  const forum = await step(
    tokens.admin,
    `mutation($i: CreateForumInput!) { createForum(input: $i) { forum { id commitments { id } } userErrors { code message } } }`,
    {
      i: {
        unitId: f.subject.unitId,
        heldOn: '2025-06-01',
        participants: 12,
        topic: 'Matrix: forum',
        summary: 'Matrix: ringkasan',
        commitments: [{ description: 'Matrix: komitmen', owner: 'Kepala seksi', ownerEmployeeId: f.subject.id }],
      },
    },
  );
  Object.assign(f.ids, {
    parentUnit: parentUnitId,
    feedbackA: idA,
    trackingA: a.trackingCode,
    feedbackB: idB,
    trackingB: b.trackingCode,
    feedbackC: idC,
    trackingC: c.trackingCode,
    forum: forum.forum.id,
    commitment: forum.forum.commitments[0].id,
  });
}

/**
 * The unit's staff: employees placed in the subject's unit (the subject, two colleagues and, in the seed, the
 * appraiser: the kepala seksi is placed in the seksi), and admins. The appraiser's superior is placed in the parent
 * unit: staff of item B's unit.
 */
const staff = ['employee', 'appraiser', 'peer', 'unitStaff', 'admin'] as const;
/** Who reads item B (published, naming the subject): the subject, the subject's appraiser, admins, and the parent unit's staff. */
const namedReaders = ['employee', 'appraiser', 'appraiserSuperior', 'admin'] as const;

const tooLong = 'x'.repeat(2001);
/** On the unit's items: others are refused as "not found, or you may not handle it"; an admin of another agency too. */
const staffMutation = { real: true, foreign: 'denied' } as const;

export const publicRows: Row[] = [
  {
    name: 'Query.feedbackStatus',
    query: 'query($c: String!) { feedbackStatus(trackingCode: $c) { status } }',
    variables: (f) => ({ c: f.ids.trackingA }),
    path: 'feedbackStatus.status',
    expect: all('ok'),
  },
  {
    name: 'Query.publishedFeedback',
    query: 'query($u: ID!) { publishedFeedback(unitId: $u, first: 5) { nodes { comment rating } } }',
    variables: (f) => ({ u: f.ids.parentUnit }),
    path: 'publishedFeedback.nodes.0.comment',
    expect: all('ok'),
  },
  {
    name: 'Query.unitFeedback (contact details)',
    covers: ['Query.unitFeedback'],
    query: 'query($u: ID!) { unitFeedback(unitId: $u, first: 1) { nodes { contactEmail contactPhone trackingCode } } }',
    variables: (f) => ({ u: f.subject.unitId }),
    path: 'unitFeedback.nodes.0.contactEmail',
    expect: only('ok', [...staff]),
    foreign: 'denied',
  },
  {
    name: 'node(PublicFeedback) of the unit: contact details and history',
    query: 'query($id: ID!) { node(id: $id) { ... on PublicFeedback { contactEmail history { note } } } }',
    variables: (f) => ({ id: f.ids.feedbackA }),
    path: 'node.contactEmail',
    expect: only('ok', [...staff]),
    foreign: 'denied',
  },
  {
    name: 'node(PublicFeedback) published, naming the subject',
    query: 'query($id: ID!) { node(id: $id) { ... on PublicFeedback { comment rating } } }',
    variables: (f) => ({ id: f.ids.feedbackB }),
    path: 'node.comment',
    expect: only('ok', [...namedReaders]),
  },
  {
    name: 'PublicFeedback.contactEmail, trackingCode, employeeReference (published, naming the subject)',
    query: 'query($id: ID!) { node(id: $id) { ... on PublicFeedback { contactEmail trackingCode employeeReference } } }',
    variables: (f) => ({ id: f.ids.feedbackB }),
    path: 'node.contactEmail',
    // The employee named and their appraiser read the item, never who sent it; the parent unit's staff do.
    expect: only('ok', ['admin', 'appraiserSuperior'], { employee: 'hidden', appraiser: 'hidden' }),
  },
  {
    name: 'Employee.publicFeedback',
    query: 'query($id: ID!) { employee(id: $id) { publicFeedback(first: 5) { nodes { comment contactEmail } } } }',
    variables: (f) => ({ id: f.subject.id }),
    path: 'employee.publicFeedback.nodes.0.comment',
    expect: signedIn('hidden', { employee: 'ok', appraiser: 'ok', admin: 'ok' }),
  },
  {
    name: 'Employee.publicFeedback contact details',
    query: 'query($id: ID!) { employee(id: $id) { publicFeedback(first: 5) { nodes { contactEmail } } } }',
    variables: (f) => ({ id: f.subject.id }),
    path: 'employee.publicFeedback.nodes.0.contactEmail',
    expect: signedIn('hidden', { admin: 'ok' }),
  },
  {
    name: 'Employee.publicVoice',
    query: `query($id: ID!) { employee(id: $id) { publicVoice(period: "${THIS_YEAR}") { items } } }`,
    variables: (f) => ({ id: f.subject.id }),
    path: 'employee.publicVoice.items',
    expect: signedIn('hidden', { employee: 'ok', appraiser: 'ok', admin: 'ok' }),
  },
  {
    name: 'Query.appraiseesPublicFeedback',
    query: '{ appraiseesPublicFeedback(first: 50) { nodes { id comment } } }',
    path: 'appraiseesPublicFeedback',
    value: (data, f) => data?.appraiseesPublicFeedback?.nodes?.find((n: any) => n.id === f.ids.feedbackB)?.comment,
    // The subject's appraiser (and whoever appraises above: not the appraiser's superior) reads item B.
    expect: employees('hidden', { appraiser: 'ok' }),
  },
  {
    name: 'Query.ikm',
    query: `query($u: ID!) { ikm(unitId: $u, period: "${THIS_YEAR}") { respondents score } }`,
    variables: (f) => ({ u: f.subject.unitId }),
    path: 'ikm.score',
    expect: all('ok'),
  },
  {
    name: 'IkmResult.suggestions',
    query: `query($u: ID!) { ikm(unitId: $u, period: "${THIS_YEAR}") { suggestions } }`,
    variables: (f) => ({ u: f.subject.unitId }),
    path: 'ikm.suggestions',
    expect: all('hidden', Object.fromEntries(staff.map((r) => [r, 'ok']))),
    foreign: 'hidden',
  },
  {
    name: 'Query.ikmTrend',
    query: `query($u: ID!) { ikmTrend(unitId: $u, from: "${Number(THIS_YEAR) - 1}", to: "${THIS_YEAR}") { respondents } }`,
    variables: (f) => ({ u: f.subject.unitId }),
    path: 'ikmTrend',
    expect: all('ok'),
  },
  {
    name: 'Query.transparency',
    query: `query($u: ID!) { transparency(unitId: $u, period: "${THIS_YEAR}") { feedback { received } ikm { withheld } } }`,
    variables: (f) => ({ u: f.subject.unitId }),
    path: 'transparency.ikm',
    expect: all('ok'),
  },
  {
    name: 'Query.forums',
    query: 'query($u: ID!) { forums(unitId: $u, first: 5) { nodes { topic commitments { description } } } }',
    variables: (f) => ({ u: f.subject.unitId }),
    path: 'forums.nodes.0.topic',
    expect: all('ok'),
  },
  {
    name: 'ForumCommitment.ownerEmployee',
    query: 'query($id: ID!) { node(id: $id) { ... on ForumCommitment { description ownerEmployee { id } } } }',
    variables: (f) => ({ id: f.ids.commitment }),
    path: 'node.ownerEmployee.id',
    expect: all('ok', { public: 'hidden' }),
  },
  // Anyone may submit; an unknown unit is refused (NOT_FOUND: units are public).
  {
    ...mutation('submitPublicFeedback', () => '{ unitId: "T3JnVW5pdDo5OTk5OTk=", rating: 3 }', all('refused')),
    query: 'mutation { submitPublicFeedback(input: { unitId: "T3JnVW5pdDo5OTk5OTk=", rating: 3 }) { userErrors { code message } } }',
  },
  mutation(
    'submitIkmSurvey',
    () =>
      '{ unitId: "T3JnVW5pdDo5OTk5OTk=", scores: { requirements: 1, procedure: 1, serviceTime: 1, cost: 1, product: 1, competence: 1, behaviour: 1, complaintHandling: 1, facilities: 1 } }',
    all('refused'),
  ),
  // The unit's staff handle its items (others: NOT_FOUND "or you may not handle it").
  mutation('answerPublicFeedback', (f) => `{ id: ${str(f.ids.feedbackA!)}, publicAnswer: "" }`, only('refused', [...staff]), staffMutation),
  mutation('updatePublicFeedbackStatus', (f) => `{ id: ${str(f.ids.feedbackA!)}, status: RESOLVED }`, only('refused', [...staff]), staffMutation),
  mutation('moderatePublicFeedback', (f) => `{ id: ${str(f.ids.feedbackA!)}, decision: PENDING }`, only('refused', [...staff]), staffMutation),
  // Item C names the subject, who is staff of its unit: the other staff handle it, the subject is refused
  // (NOT_UNIT_STAFF) and reads it without who sent it.
  {
    name: 'PublicFeedback.contactEmail, trackingCode, employeeReference (pending, naming the subject, of the subject’s unit)',
    query: 'query($id: ID!) { node(id: $id) { ... on PublicFeedback { contactEmail trackingCode employeeReference } } }',
    variables: (f) => ({ id: f.ids.feedbackC }),
    path: 'node.contactEmail',
    expect: only('ok', [...staff], { employee: 'hidden' }),
    foreign: 'denied',
  },
  ...(
    [
      ['answerPublicFeedback', (f: { ids: Record<string, string> }) => `{ id: ${str(f.ids.feedbackC!)}, publicAnswer: "" }`],
      ['updatePublicFeedbackStatus', (f: { ids: Record<string, string> }) => `{ id: ${str(f.ids.feedbackC!)}, status: RESOLVED }`],
      ['moderatePublicFeedback', (f: { ids: Record<string, string> }) => `{ id: ${str(f.ids.feedbackC!)}, decision: PENDING }`],
    ] as const
  ).map(([name, input]) => ({
    ...mutation(name, input, only('refused', [...staff], { employee: 'denied' }), staffMutation),
    name: `Mutation.${name} (an item naming the subject)`,
  })),
  mutation(
    'createForum',
    (f) => `{ unitId: ${str(f.subject.unitId)}, heldOn: "2025-06-01", participants: 1, topic: "", summary: "" }`,
    only('refused', [...staff]),
    staffMutation,
  ),
  mutation('addForumCommitment', (f) => `{ forumId: ${str(f.ids.forum!)}, description: "", owner: "" }`, only('refused', [...staff]), staffMutation),
  mutation(
    'updateForumCommitmentStatus',
    (f) => `{ id: ${str(f.ids.commitment!)}, status: DONE, note: "${tooLong}" }`,
    only('refused', [...staff]),
    staffMutation,
  ),
  {
    name: 'Subscription.feedbackReceived',
    query: 'subscription($u: ID!) { feedbackReceived(unitId: $u) { comment contactEmail } }',
    variables: (f) => ({ u: f.subject.unitId }),
    path: 'feedbackReceived',
    expect: only('ok', [...staff]),
    foreign: 'denied',
  },
  {
    name: 'Subscription.feedbackStatusChanged',
    query: 'subscription($c: String!) { feedbackStatusChanged(trackingCode: $c) { status publicAnswer } }',
    variables: (f) => ({ c: f.ids.trackingA }),
    path: 'feedbackStatusChanged',
    expect: all('ok'),
  },
];
