/**
 * Umpan balik berkelanjutan (continuous feedback threads, one per subject) and peer feedback (rekan kerja) with the
 * aggregate rule: the appraiser sees each answer; the employee sees only the aggregate, and only from
 * PEER_AGGREGATE_MINIMUM answers, never who said what (comments are unattributed and sorted by text).
 */
import { decodeGlobalID } from '@pothos/plugin-relay';
import DataLoader from 'dataloader';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { hasRole, isAdminOf, viewerEmployeeId, type Viewer } from '../../auth/viewer.js';
import { rowsOf, type Transaction } from '../../db/index.js';
import { builder } from '../../graphql/builder.js';
import { loader, type Context, type LoaderFactory } from '../../graphql/context.js';
import { UserError, refuse, refuseIfAny, runMutation, userError, type UserErrorShape, USER_ERRORS } from '../../graphql/errors.js';
import { argumentId, encodeGlobalID, inputId, rowIdOf } from '../../graphql/ids.js';
import { argumentInRange } from '../../graphql/limits.js';
import { checkText } from '../../graphql/text.js';
import { recordAudit } from '../audit/audit.js';
import { appraisalOf, supervisorChains } from '../org/queries.js';
import { resolveAppraisal } from '../org/rules.js';
import { CoreValueCodeEnum } from '../planning/schema.js';
import { coreValues } from '../planning/tables.js';
import { PEER_AGGREGATE_MINIMUM, periodKeyProblem, releasedPeerAnswers, type Rating } from './rules.js';
import { RatingEnum } from './schema.js';
import {
  feedbackMessages,
  feedbackThreads,
  peerFeedbackInvitations,
  peerFeedbackRatings,
  peerFeedbackRequests,
  type FeedbackThreadRow,
  type PeerFeedbackRequestRow,
} from './tables.js';

const MAX_BODY = 4000;
const MAX_PEERS = 20;
/** Page sizes of the feedback lists (stated in their descriptions). */
const MAX_THREADS = 200;
const MAX_PEER_REQUESTS = 100;
const MAX_INVITATIONS = 200;

// ---------------------------------------------------------------------------------------------------------------
// Continuous feedback threads

type SubjectType = 'WORK_RESULT' | 'INDICATOR' | 'MONTHLY_REPORT' | 'ACTIVITY_LOG';
const SUBJECT_TYPENAMES: Record<string, SubjectType> = {
  WorkResult: 'WORK_RESULT',
  PerformanceIndicator: 'INDICATOR',
  MonthlyReport: 'MONTHLY_REPORT',
  ActivityLog: 'ACTIVITY_LOG',
};
const TYPENAME_OF: Record<SubjectType, string> = Object.fromEntries(Object.entries(SUBJECT_TYPENAMES).map(([k, v]) => [v, k])) as never;

function decodeSubject(value: string): { type: SubjectType; id: number } | null {
  try {
    const { typename, id } = decodeGlobalID(value);
    const type = SUBJECT_TYPENAMES[typename];
    const n = rowIdOf(id);
    return type && n !== null ? { type, id: n } : null;
  } catch {
    return null;
  }
}

/** The employee and the appraiser of a subject (from its plan, report or log). */
async function subjectParties(tx: Transaction | Context['db'], type: SubjectType, id: number) {
  const query =
    type === 'WORK_RESULT'
      ? sql`select p.agency_id, p.employee_id, p.appraiser_id from work_results w join performance_plans p on p.id = w.plan_id where w.id = ${id}`
      : type === 'INDICATOR'
        ? sql`select p.agency_id, p.employee_id, p.appraiser_id from indicators i join work_results w on w.id = i.work_result_id join performance_plans p on p.id = w.plan_id where i.id = ${id}`
        : type === 'MONTHLY_REPORT'
          ? sql`select agency_id, employee_id, appraiser_id from monthly_reports where id = ${id}`
          : sql`select agency_id, employee_id, appraiser_id from activity_logs where id = ${id}`;
  const result = await tx.execute(query);
  const row = rowsOf<{ agency_id: number; employee_id: number; appraiser_id: number | null }>(result)[0];
  return row ? { agencyId: Number(row.agency_id), employeeId: Number(row.employee_id), appraiserId: row.appraiser_id === null ? null : Number(row.appraiser_id) } : null;
}

const mayReadThread = (viewer: Viewer, t: Pick<FeedbackThreadRow, 'agencyId' | 'employeeId' | 'appraiserId'>) =>
  viewer.kind === 'employee' &&
  (isAdminOf(viewer, t.agencyId) || viewer.employeeId === t.employeeId || viewer.employeeId === t.appraiserId);

const FeedbackSubjectTypeEnum = builder.enumType('FeedbackSubjectType', {
  description: 'What a dialog kinerja (continuous feedback) thread is about.',
  values: {
    WORK_RESULT: { description: 'An RHK (Rencana Hasil Kerja).' },
    INDICATOR: { description: 'An indikator kinerja individu.' },
    MONTHLY_REPORT: { description: 'A laporan kinerja bulanan.' },
    ACTIVITY_LOG: { description: 'An entry of the laporan kegiatan harian.' },
  },
});

const FeedbackMessage = builder.drizzleObject('feedbackMessages', {
  name: 'FeedbackMessage',
  description: 'One message of a dialog kinerja thread.',
  fields: (t) => ({
    author: t.relation('author', { description: 'Who wrote it: the employee or the appraiser.' }),
    body: t.exposeString('body', { description: 'The message.' }),
    createdAt: t.field({ description: 'When it was written.', type: 'DateTime', resolve: (m) => m.createdAt }),
  }),
});

export const FeedbackThread = builder.drizzleNode('feedbackThreads', {
  name: 'FeedbackThread',
  description: 'Dialog kinerja: the appraiser’s feedback on one subject and the employee’s replies. For the two of them and admins.',
  id: { column: (t) => t.id, description: 'Global ID (Relay `Node`).' },
  runScopesOnType: true,
  authScopes: (thread, ctx) => mayReadThread(ctx.viewer, thread),
  fields: (t) => ({
    subjectType: t.expose('subjectType', { description: 'What the thread is about.', type: FeedbackSubjectTypeEnum }),
    subjectId: t.id({ description: 'The WorkResult, PerformanceIndicator, MonthlyReport or ActivityLog.', resolve: (th) => encodeGlobalID(TYPENAME_OF[th.subjectType], th.subjectId) }),
    employee: t.relation('employee', { description: 'The employee the dialog is with.' }),
    appraiser: t.relation('appraiser', { description: 'The pejabat penilai kinerja.' }),
    messages: t.relation('messages', { description: 'Its messages, oldest first (at most 500).', query: { orderBy: { id: 'asc' }, limit: 500 } }),
  }),
});

const PostFeedbackInput = builder.inputType('PostFeedbackInput', {
  description: 'A message in a dialog kinerja thread.',
  fields: (t) => ({
    subjectId: t.id({ required: true, description: 'A WorkResult, PerformanceIndicator, MonthlyReport or ActivityLog.' }),
    body: t.string({ description: 'The message.', required: true }),
  }),
});

const PostFeedbackPayload = builder.objectRef<{ thread?: FeedbackThreadRow; userErrors: UserErrorShape[] }>('PostFeedbackPayload').implement({
  description: 'What postFeedback returns: the feedback thread (dialog kinerja) with the new message, or why it was refused.',
  fields: (t) => ({
    thread: t.field({ type: FeedbackThread, nullable: true, description: 'The thread the message went to; null when refused.', resolve: (p) => p.thread ?? null }),
    userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (p) => p.userErrors }),
  }),
});

// ---------------------------------------------------------------------------------------------------------------
// Peer feedback

/** The employee's appraiser now (or admin): sees each answer. */
async function isAppraiserOf(ctx: Context, employeeId: number): Promise<boolean> {
  const me = viewerEmployeeId(ctx.viewer);
  if (me === null) return false;
  return (await loader(ctx, appraisalOf).load(employeeId)).appraiserId === me;
}

async function mayReadRequest(ctx: Context, r: PeerFeedbackRequestRow): Promise<boolean> {
  const viewer = ctx.viewer;
  if (viewer.kind !== 'employee') return false;
  if (isAdminOf(viewer, r.agencyId)) return true;
  if (viewer.employeeId === r.employeeId || viewer.employeeId === r.requestedById) return true;
  return isAppraiserOf(ctx, r.employeeId);
}

async function maySeeAnswers(ctx: Context, r: PeerFeedbackRequestRow): Promise<boolean> {
  const viewer = ctx.viewer;
  if (viewer.kind !== 'employee' || viewer.employeeId === r.employeeId) return false;
  if (isAdminOf(viewer, r.agencyId)) return true;
  return isAppraiserOf(ctx, r.employeeId);
}

interface ValueAggregate {
  code: string;
  name: string;
  above: number;
  asExpected: number;
  below: number;
}

const PeerValueAggregate = builder.objectRef<ValueAggregate>('PeerValueAggregate').implement({
  description: 'How many peers rated one BerAKHLAK value above, as or below expectation.',
  fields: (t) => ({
    coreValue: t.field({ description: 'The value.', type: CoreValueCodeEnum, resolve: (a) => a.code as never }),
    coreValueName: t.exposeString('name', { description: 'Its name.' }),
    above: t.exposeInt('above', { description: 'Di Atas Ekspektasi.' }),
    asExpected: t.exposeInt('asExpected', { description: 'Sesuai Ekspektasi.' }),
    below: t.exposeInt('below', { description: 'Di Bawah Ekspektasi.' }),
  }),
});

const PeerAggregate = builder.objectRef<{ answers: number; values: ValueAggregate[]; comments: string[] }>('PeerFeedbackAggregate').implement({
  description: 'Counts per value over the released answers and their comments, unattributed and sorted by text.',
  fields: (t) => ({
    answers: t.exposeInt('answers', { description: 'Peers who answered.' }),
    values: t.field({ description: 'Counts per BerAKHLAK value.', type: [PeerValueAggregate], resolve: (a) => a.values }),
    comments: t.exposeStringList('comments', { description: 'The comments, without their authors.' }),
  }),
});

const PeerRating = builder.drizzleObject('peerFeedbackRatings', {
  name: 'PeerRating',
  description: 'A rekan kerja’s rating of one BerAKHLAK value.',
  fields: (t) => ({
    coreValue: t.field({ description: 'The value rated.', type: CoreValueCodeEnum, select: { with: { coreValue: { columns: { code: true } } } }, resolve: (r) => r.coreValue.code as never }),
    rating: t.expose('rating', { description: 'The rating.', type: RatingEnum }),
    comment: t.exposeString('comment', { description: 'The peer’s comment.', nullable: true }),
  }),
});

const PeerAnswer = builder.drizzleObject('peerFeedbackInvitations', {
  name: 'PeerAnswer',
  description: 'One peer’s invitation and answer: for the appraiser and admins only.',
  fields: (t) => ({
    peer: t.relation('peer', { description: 'The rekan kerja who answered.' }),
    answeredAt: t.field({ description: 'When they answered; null when not yet.', type: 'DateTime', nullable: true, resolve: (i) => i.answeredAt }),
    ratings: t.relation('ratings', { description: 'Their rating of each value.', query: { orderBy: { coreValueId: 'asc' } } }),
  }),
});

type PeerValueTally = { code: string; name: string; above: number; asExpected: number; below: number };
type PeerAggregateData = { answers: number; values: PeerValueTally[]; comments: string[] };

/**
 * The employee's aggregate of many requests, in two statements whatever their number: the ratings of the answers
 * the rule releases (the earliest, in whole groups of the minimum), counted per value, and their comments.
 */
const peerAggregates: LoaderFactory<number, PeerAggregateData> = (ctx) =>
  new DataLoader(async (requestIds) => {
    const ids = [...requestIds];
    const values = rowsOf<{ code: string; name: string }>(await ctx.db.execute(sql`select code, name from core_values order by position`));
    const answers = rowsOf<{ request_id: number; invitation_id: number; code: string; rating: Rating; comment: string | null }>(
      await ctx.db.execute(sql`
        select i.request_id, i.id as invitation_id, v.code, r.rating, r.comment
          from peer_feedback_invitations i
          join peer_feedback_ratings r on r.invitation_id = i.id
          join core_values v on v.id = r.core_value_id
         where i.request_id = any(${`{${ids.join(',')}}`}::int[]) and i.answered_at is not null
         order by i.request_id, i.answered_at, i.id`),
    );
    const byRequest = new Map<number, (typeof answers)[number][]>();
    for (const row of answers) {
      const key = Number(row.request_id);
      byRequest.set(key, [...(byRequest.get(key) ?? []), row]);
    }
    return ids.map((id) => {
      const rows = byRequest.get(id) ?? [];
      const invitations = [...new Set(rows.map((r) => Number(r.invitation_id)))];
      const released = new Set(invitations.slice(0, releasedPeerAnswers(invitations.length)));
      const counted = rows.filter((r) => released.has(Number(r.invitation_id)));
      return {
        answers: released.size,
        values: values.map((v) => {
          const of = counted.filter((r) => r.code === v.code);
          return {
            code: v.code,
            name: v.name,
            above: of.filter((r) => r.rating === 'ABOVE').length,
            asExpected: of.filter((r) => r.rating === 'AS_EXPECTED').length,
            below: of.filter((r) => r.rating === 'BELOW').length,
          };
        }),
        comments: counted.flatMap((r) => (r.comment === null ? [] : [String(r.comment)])).sort(),
      };
    });
  });

export const PeerFeedbackRequest = builder.drizzleNode('peerFeedbackRequests', {
  name: 'PeerFeedbackRequest',
  description:
    'A request for peer feedback (rekan kerja) on an employee’s BerAKHLAK behaviour. The employee sees only the ' +
    `aggregate, from ${PEER_AGGREGATE_MINIMUM} answers on; the appraiser and admins see each answer.`,
  id: { column: (r) => r.id, description: 'Global ID (Relay `Node`).' },
  runScopesOnType: true,
  authScopes: (r, ctx) => mayReadRequest(ctx, r),
  fields: (t) => ({
    employee: t.relation('employee', { description: 'The employee the feedback is on.' }),
    periodKey: t.exposeString('periodKey', { description: 'The period, e.g. "2025-Q2".' }),
    invitedCount: t.int({
      description: 'Peers invited.',
      select: { with: { invitations: { columns: { id: true } } } },
      resolve: (r) => r.invitations.length,
    }),
    answeredCount: t.int({
      description: 'Peers who answered.',
      select: { with: { invitations: { columns: { answeredAt: true } } } },
      resolve: (r) => r.invitations.filter((i) => i.answeredAt !== null).length,
    }),
    aggregate: t.field({
      type: PeerAggregate,
      nullable: true,
      description:
        `Null until at least ${PEER_AGGREGATE_MINIMUM} peers answered; then over the earliest answers in whole groups ` +
        `of ${PEER_AGGREGATE_MINIMUM} (\`answers\` says how many), so that no reading differs from another by one answer.`,
      select: { with: { invitations: { columns: { answeredAt: true } } } },
      resolve: async (r, _args, ctx) => {
        const answered = r.invitations.filter((i) => i.answeredAt !== null).length;
        if (releasedPeerAnswers(answered) === 0) return null;
        return loader(ctx, peerAggregates).load(r.id);
      },
    }),
    answers: t.relation('invitations', {
      nullable: true,
      description: 'Each peer’s answer: the appraiser and admins only; null for others (the employee never sees who wrote what).',
      authScopes: (r, _args, ctx) => maySeeAnswers(ctx, r),
      // A refusal is this field's null, not an error that would null the employee's whole list.
      unauthorizedResolver: () => null as never,
      query: { orderBy: { id: 'asc' } },
    }),
  }),
});

const RequestPeerFeedbackInput = builder.inputType('RequestPeerFeedbackInput', {
  description: 'Asks rekan kerja (peers) for feedback on an employee’s BerAKHLAK behaviour in a period.',
  fields: (t) => ({
    employeeId: t.id({ required: true, description: 'Yourself, or an employee you appraise.' }),
    periodKey: t.string({ required: true, description: 'An evaluation period of one of your agency’s performance years: "2025", "2025-Q2" (quarterly) or "2025-06" (monthly).' }),
    peerIds: t.idList({ required: true, description: `1 to ${MAX_PEERS} colleagues of the agency.` }),
  }),
});

const PeerRatingInput = builder.inputType('PeerRatingInput', {
  description: 'Your rating of one BerAKHLAK value of a colleague.',
  fields: (t) => ({
    coreValue: t.field({ description: 'The value rated.', type: CoreValueCodeEnum, required: true }),
    rating: t.field({ description: 'The rating.', type: RatingEnum, required: true }),
    comment: t.string({ description: 'A comment.' }),
  }),
});

const AnswerPeerFeedbackInput = builder.inputType('AnswerPeerFeedbackInput', {
  description: 'Answers a request for feedback from a rekan kerja (peer) on the BerAKHLAK values.',
  fields: (t) => ({
    requestId: t.id({ description: 'The PeerFeedbackRequest you were invited to answer.', required: true }),
    ratings: t.field({ type: [PeerRatingInput], required: true, description: 'Each of the seven BerAKHLAK values once.' }),
  }),
});

const RequestPeerFeedbackPayload = builder.objectRef<{ request?: PeerFeedbackRequestRow; userErrors: UserErrorShape[] }>('RequestPeerFeedbackPayload').implement({
  description: 'What requestPeerFeedback returns: the request sent to the peers (rekan kerja), or why it was refused.',
  fields: (t) => ({
    request: t.field({ type: PeerFeedbackRequest, nullable: true, description: 'The request made; null when refused.', resolve: (p) => p.request ?? null }),
    userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (p) => p.userErrors }),
  }),
});

const AnswerPeerFeedbackPayload = builder.objectRef<{ answered?: boolean; userErrors: UserErrorShape[] }>('AnswerPeerFeedbackPayload').implement({
  description: 'Says only whether the answer was recorded: nothing about the request or other answers.',
  fields: (t) => ({
    answered: t.boolean({ description: 'True when the answer was recorded.', resolve: (p) => p.answered ?? false }),
    userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (p) => p.userErrors }),
  }),
});

const PeerInvitation = builder.objectRef<{ requestId: number; employeeName: string; periodKey: string; answered: boolean }>('PeerFeedbackInvitation').implement({
  description: 'A request you were asked to answer as a peer.',
  fields: (t) => ({
    requestId: t.id({ description: 'The PeerFeedbackRequest to answer.', resolve: (i) => encodeGlobalID('PeerFeedbackRequest', i.requestId) }),
    employeeName: t.exposeString('employeeName', { description: 'The colleague to give feedback on.' }),
    periodKey: t.exposeString('periodKey', { description: 'The period, e.g. "2025-Q2".' }),
    answered: t.exposeBoolean('answered', { description: 'Whether you answered already.' }),
  }),
});

builder.mutationFields((t) => ({
  postFeedback: t.field({
    type: PostFeedbackPayload,
    description:
      'Continuous feedback: the appraiser comments on an RHK, indicator, monthly report or activity log (opening the ' +
      'subject’s thread); the employee replies in an open thread.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: PostFeedbackInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = ctx.viewer;
        if (viewer.kind !== 'employee') throw new Error('employee viewer expected');
        const subject = decodeSubject(String(input.subjectId));
        if (!subject) refuse(['input', 'subjectId'], 'INVALID_ID', 'Feedback is given on a WorkResult, PerformanceIndicator, MonthlyReport or ActivityLog.');
        const errors: UserErrorShape[] = [];
        const body = checkText(errors, ['input', 'body'], input.body, 'The message', { max: MAX_BODY, multiline: true, required: true });
        refuseIfAny(errors);
        const parties = await subjectParties(tx, subject.type, subject.id);
        if (!parties || parties.agencyId !== viewer.agencyId || ![parties.employeeId, parties.appraiserId].includes(viewer.employeeId)) {
          refuse(['input', 'subjectId'], 'NOT_FOUND', 'No such subject, or you may not see it.');
        }
        let [thread] = await tx.select().from(feedbackThreads).where(and(eq(feedbackThreads.subjectType, subject.type), eq(feedbackThreads.subjectId, subject.id))).for('update');
        if (!thread) {
          if (viewer.employeeId !== parties.appraiserId) refuse(['input', 'subjectId'], 'NOT_APPRAISER', 'The appraiser opens the feedback on a subject; you reply once it is open.');
          [thread] = await tx.insert(feedbackThreads).values({ agencyId: parties.agencyId, subjectType: subject.type, subjectId: subject.id, employeeId: parties.employeeId, appraiserId: parties.appraiserId! }).returning();
        }
        const [message] = await tx.insert(feedbackMessages).values({ threadId: thread!.id, authorId: viewer.employeeId, body: body! }).returning();
        await tx.update(feedbackThreads).set({ updatedAt: sql`now()` }).where(eq(feedbackThreads.id, thread!.id));
        await recordAudit(tx, viewer, { action: 'feedback.post', entityType: 'FeedbackThread', entityId: thread!.id, after: message });
        return { thread: thread! };
      }),
  }),
  requestPeerFeedback: t.field({
    type: RequestPeerFeedbackPayload,
    description: 'The employee, or the appraiser, asks named colleagues of the agency for feedback on the employee’s behaviour.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: RequestPeerFeedbackInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = ctx.viewer;
        if (viewer.kind !== 'employee') throw new Error('employee viewer expected');
        const employeeId = inputId(['input', 'employeeId'], String(input.employeeId), 'Employee');
        const employee = await tx.query.employees.findFirst({ where: { id: employeeId, agencyId: viewer.agencyId }, columns: { id: true } });
        if (!employee) refuse(['input', 'employeeId'], 'NOT_FOUND', 'No such employee in your agency.');
        const appraiserId = resolveAppraisal((await supervisorChains(tx, [employeeId])).get(employeeId) ?? []).appraiserId;
        if (employeeId !== viewer.employeeId && appraiserId !== viewer.employeeId) {
          refuse(['input', 'employeeId'], 'NOT_APPRAISER', 'Only the employee or their appraiser asks for peer feedback.');
        }
        const errors: UserErrorShape[] = [];
        const periodKey = input.periodKey.trim();
        // A period of evaluation (`evaluationPeriods`) of one of the agency's performance years, as evaluations use.
        const year = /^\d{4}/.test(periodKey) ? Number(periodKey.slice(0, 4)) : null;
        const years = year === null ? [] : await tx.query.performancePeriods.findMany({ where: { agencyId: viewer.agencyId, year }, columns: { year: true, cadence: true } });
        const periodProblem = periodKeyProblem(periodKey, years);
        if (periodProblem) errors.push(userError(['input', 'periodKey'], 'INVALID', periodProblem));
        const peerIds = input.peerIds.map((p, i) => inputId(['input', 'peerIds', String(i)], String(p), 'Employee'));
        if (peerIds.length < 1 || peerIds.length > MAX_PEERS) errors.push(userError(['input', 'peerIds'], 'INVALID', `Name 1 to ${MAX_PEERS} peers.`));
        if (new Set(peerIds).size !== peerIds.length) errors.push(userError(['input', 'peerIds'], 'INVALID', 'Name each peer once.'));
        if (peerIds.includes(employeeId)) errors.push(userError(['input', 'peerIds'], 'INVALID', 'The employee is not their own peer.'));
        refuseIfAny(errors);
        const found = await tx.query.employees.findMany({ where: { id: { in: peerIds }, agencyId: viewer.agencyId }, columns: { id: true } });
        const ok = new Set(found.map((e) => e.id));
        refuseIfAny(peerIds.flatMap((id, i) => (ok.has(id) ? [] : [userError(['input', 'peerIds', String(i)], 'NOT_FOUND', 'No such employee in your agency.')])));
        const [request] = await tx.insert(peerFeedbackRequests).values({ agencyId: viewer.agencyId, employeeId, requestedById: viewer.employeeId, periodKey }).returning();
        await tx.insert(peerFeedbackInvitations).values(peerIds.map((peerId) => ({ requestId: request!.id, peerId })));
        await recordAudit(tx, viewer, { action: 'peerFeedback.request', entityType: 'PeerFeedbackRequest', entityId: request!.id, after: { ...request, peerIds } });
        return { request: request! };
      }),
  }),
  answerPeerFeedback: t.field({
    type: AnswerPeerFeedbackPayload,
    description: 'An invited peer rates each BerAKHLAK value (above / as expected / below) with a comment, once.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: AnswerPeerFeedbackInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = ctx.viewer;
        if (viewer.kind !== 'employee') throw new Error('employee viewer expected');
        const requestId = inputId(['input', 'requestId'], String(input.requestId), 'PeerFeedbackRequest');
        const [invitation] = await tx
          .select()
          .from(peerFeedbackInvitations)
          .where(and(eq(peerFeedbackInvitations.requestId, requestId), eq(peerFeedbackInvitations.peerId, viewer.employeeId)))
          .for('update');
        if (!invitation) refuse(['input', 'requestId'], 'NOT_FOUND', 'You were not asked for this feedback.');
        if (invitation.answeredAt) refuse(['input', 'requestId'], 'ALREADY_RATED', 'You already answered.');
        const values = await tx.select({ id: coreValues.id, code: coreValues.code }).from(coreValues);
        const byCode = new Map(values.map((v) => [v.code, v.id]));
        const errors: UserErrorShape[] = [];
        const codes = input.ratings.map((r) => r.coreValue as string);
        if (new Set(codes).size !== codes.length || codes.length !== values.length || codes.some((c) => !byCode.has(c))) {
          errors.push(userError(['input', 'ratings'], 'INVALID', 'Rate each of the seven BerAKHLAK values once.'));
        }
        const comments = input.ratings.map((r, i) => checkText(errors, ['input', 'ratings', String(i), 'comment'], r.comment, 'The comment', { max: MAX_BODY, multiline: true }));
        refuseIfAny(errors);
        await tx.insert(peerFeedbackRatings).values(
          input.ratings.map((r, i) => ({ invitationId: invitation.id, coreValueId: byCode.get(r.coreValue)!, rating: r.rating as Rating, comment: comments[i] ?? null })),
        );
        await tx.update(peerFeedbackInvitations).set({ answeredAt: sql`now()` }).where(eq(peerFeedbackInvitations.id, invitation.id));
        // The audit keeps who answered (for HR investigations), not what: the ratings stay in their table.
        await recordAudit(tx, viewer, { action: 'peerFeedback.answer', entityType: 'PeerFeedbackRequest', entityId: requestId });
        return { answered: true };
      }),
  }),
}));

builder.queryFields((t) => ({
  feedbackThread: t.drizzleField({
    type: 'feedbackThreads',
    nullable: true,
    description: 'The feedback thread of a subject (WorkResult, PerformanceIndicator, MonthlyReport or ActivityLog), if opened.',
    authScopes: { employee: true },
    args: { subjectId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const subject = decodeSubject(String(args.subjectId));
      if (!subject) throw new GraphQLError('Not a feedback subject.', { extensions: { code: 'BAD_USER_INPUT' } });
      const viewer = ctx.viewer;
      if (viewer.kind !== 'employee') return null;
      const visible = hasRole(viewer, 'admin')
        ? { OR: [{ agencyId: viewer.agencyId }, { employeeId: viewer.employeeId }, { appraiserId: viewer.employeeId }] }
        : { OR: [{ employeeId: viewer.employeeId }, { appraiserId: viewer.employeeId }] };
      return (await ctx.db.query.feedbackThreads.findFirst(query({ where: { subjectType: subject.type, subjectId: subject.id, ...visible } }))) ?? null;
    },
  }),
  feedbackThreads: t.drizzleField({
    type: ['feedbackThreads'],
    description: 'Feedback threads where you are the employee or the appraiser, most recently active first; the first `limit`.',
    authScopes: { employee: true },
    args: { limit: t.arg.int({ defaultValue: 50, description: `How many, from 1 to ${MAX_THREADS} (default 50); outside that, BAD_USER_INPUT.` }) },
    resolve: (query, _root, args, ctx) => {
      const me = viewerEmployeeId(ctx.viewer)!;
      const limit = argumentInRange('limit', args.limit, { fallback: 50, min: 1, max: MAX_THREADS });
      return ctx.db.query.feedbackThreads.findMany(
        query({ where: { OR: [{ employeeId: me }, { appraiserId: me }] }, orderBy: { updatedAt: 'desc', id: 'desc' }, limit }),
      );
    },
  }),
  peerFeedbackRequests: t.drizzleField({
    type: ['peerFeedbackRequests'],
    description: `Peer feedback requests about an employee (yourself by default) that you may read, newest first: at most the ${MAX_PEER_REQUESTS} newest.`,
    authScopes: { employee: true },
    args: { employeeId: t.arg.id() },
    resolve: async (query, _root, args, ctx) => {
      const me = viewerEmployeeId(ctx.viewer)!;
      const employeeId = args.employeeId != null ? argumentId(String(args.employeeId), 'Employee', 'employeeId') : me;
      const allowed = employeeId === me || hasRole(ctx.viewer, 'admin') || (await isAppraiserOf(ctx, employeeId));
      if (!allowed) throw new GraphQLError('You may not read this employee’s peer feedback.', { extensions: { code: 'FORBIDDEN' } });
      return ctx.db.query.peerFeedbackRequests.findMany(query({ where: { employeeId, agencyId: (ctx.viewer as { agencyId: number }).agencyId }, orderBy: { id: 'desc' }, limit: MAX_PEER_REQUESTS }));
    },
  }),
  myPeerFeedbackInvitations: t.field({
    type: [PeerInvitation],
    description: `Requests you were asked to answer as a peer, oldest first: at most the ${MAX_INVITATIONS} oldest.`,
    authScopes: { employee: true },
    resolve: async (_root, _args, ctx) => {
      const me = viewerEmployeeId(ctx.viewer)!;
      const rows = await ctx.db
        .select({ requestId: peerFeedbackRequests.id, periodKey: peerFeedbackRequests.periodKey, answeredAt: peerFeedbackInvitations.answeredAt, employeeName: sql<string>`(select name from employees where id = ${peerFeedbackRequests.employeeId})` })
        .from(peerFeedbackInvitations)
        .innerJoin(peerFeedbackRequests, eq(peerFeedbackRequests.id, peerFeedbackInvitations.requestId))
        .where(eq(peerFeedbackInvitations.peerId, me))
        .orderBy(peerFeedbackRequests.id)
        .limit(MAX_INVITATIONS);
      return rows.map((r) => ({ requestId: r.requestId, periodKey: r.periodKey, employeeName: r.employeeName, answered: r.answeredAt !== null }));
    },
  }),
}));

void inArray;
