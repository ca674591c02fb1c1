import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/index.js';
import { viewerEmployeeId } from '../../auth/viewer.js';
import { builder } from '../../graphql/builder.js';
import type { Context } from '../../graphql/context.js';
import { UserError, refuse, refuseIfAny, runMutation, userError, type UserErrorShape, USER_ERRORS } from '../../graphql/errors.js';
import { DATE_WINDOW_MESSAGE, inDateWindow } from '../../graphql/dates.js';
import { inputId } from '../../graphql/ids.js';
import { checkText, isEmail } from '../../graphql/text.js';
import { serviceToday } from '../org/rules.js';
import { recordAudit } from '../audit/audit.js';
import { clientFingerprint, hitRateLimit, isUnitStaff, namedEmployeeSql } from './queries.js';
import {
  IKM_ELEMENTS,
  IKM_MAX_SCORE,
  IKM_MIN_SCORE,
  LIMITS,
  employeeReferenceKind,
  formatTrackingCode,
  generateTrackingCode,
  handlesAsStaff,
  mayChangeStatus,
  mayUseChannel,
  needsPublicAnswer,
  normalizePhone,
  type IkmElementKey,
} from './rules.js';
import {
  CommitmentStatusEnum,
  FeedbackChannelEnum,
  FeedbackModerationEnum,
  FeedbackStatusEnum,
  Forum,
  ForumCommitment,
  IkmAgeBandEnum,
  IkmEducationEnum,
  IkmGenderEnum,
  IkmOccupationEnum,
  ModerationReasonEnum,
  PublicFeedback,
} from './schema.js';
import {
  feedbackStatusHistory,
  forumCommitments,
  forums,
  ikmResponses,
  publicFeedback,
  type ForumCommitmentRow,
  type ForumRow,
  type PublicFeedbackRow,
} from './tables.js';

declare module '../../events/pubsub.js' {
  interface EventMap {
    /** A citizen's feedback was stored; for the unit's dashboard. */
    'publicFeedback.received': { feedbackId: number; unitId: number };
    /** The status or the public answer of a feedback item changed; for whoever follows its tracking code. */
    'publicFeedback.changed': { feedbackId: number; unitId: number };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/** Trims; an empty or missing value is null. */
function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function checkIdempotencyKey(errors: UserErrorShape[], key: string | null) {
  if (key === null) return;
  if (key.length > LIMITS.idempotencyKey || !/^[\x21-\x7e]+$/.test(key)) {
    errors.push(userError(['input', 'idempotencyKey'], 'INVALID', `The idempotency key must be 1 to ${LIMITS.idempotencyKey} printable ASCII characters (a UUID is ideal).`));
  }
}

function rateLimited(retryAfterSeconds: number) {
  return {
    retryAfterSeconds,
    userErrors: [
      userError([], 'RATE_LIMITED', `Too many submissions from your connection; try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`),
    ],
  };
}

async function publicUnitForInput(tx: Transaction, globalId: string) {
  const id = inputId(['input', 'unitId'], globalId, 'OrgUnit');
  const unit = await tx.query.orgUnits.findFirst({ where: { id }, columns: { id: true, agencyId: true } });
  if (!unit) refuse(['input', 'unitId'], 'NOT_FOUND', 'No such unit.');
  return unit;
}

/**
 * The feedback item, locked for the change; NOT_FOUND unless the viewer is staff of its unit, NOT_UNIT_STAFF when it
 * names the viewer (`handlesAsStaff`: nobody answers, closes or moderates a complaint about themself).
 */
async function feedbackForStaff(ctx: Context, tx: Transaction, globalId: string): Promise<PublicFeedbackRow> {
  const id = inputId(['input', 'id'], globalId, 'PublicFeedback');
  const [row] = await tx.select().from(publicFeedback).where(eq(publicFeedback.id, id)).for('update');
  if (!row || !(await isUnitStaff(ctx, row.unitId, tx))) refuse(['input', 'id'], 'NOT_FOUND', 'No such feedback item, or you may not handle it.');
  if (!handlesAsStaff(viewerEmployeeId(ctx.viewer), row.employeeId)) {
    refuse(['input', 'id'], 'NOT_UNIT_STAFF', 'This feedback names you: your colleagues or an admin handle it, not you.');
  }
  return row;
}

/** An audit snapshot without the sender's contact details or the text they wrote. */
function auditView(row: PublicFeedbackRow) {
  return {
    unitId: row.unitId,
    employeeId: row.employeeId,
    rating: row.rating,
    channel: row.channel,
    status: row.status,
    moderation: row.moderation,
    moderationReason: row.moderationReason,
    publicAnswer: row.publicAnswer,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Inputs and payloads

/** The one sentence every payload's userErrors field carries. */

const FeedbackContactInput = builder.inputType('PublicFeedbackContactInput', {
  description: 'How the unit may reach the sender. Optional; seen only by the unit’s staff, never public.',
  fields: (t) => ({
    name: t.string({ description: `The sender’s name, up to ${LIMITS.contactName} characters.` }),
    email: t.string({ description: 'An email address.' }),
    phone: t.string({ description: 'A phone number of 6 to 15 digits; spaces, dashes and a leading + are fine.' }),
  }),
});

const SubmitPublicFeedbackInput = builder.inputType('SubmitPublicFeedbackInput', {
  description: 'Feedback from a citizen (masyarakat) on a service unit, without an account; answered with a tracking code.',
  fields: (t) => ({
    unitId: t.id({ required: true, description: 'The service unit (OrgUnit).' }),
    rating: t.int({ required: true, description: '1 (very poor) to 5 (excellent).' }),
    comment: t.string({ description: `Up to ${LIMITS.comment} characters, at most ${LIMITS.links} links.` }),
    serviceName: t.string({ description: `The service used (jenis layanan), e.g. "Perekaman KTP-el"; up to ${LIMITS.serviceName} characters.` }),
    channel: t.field({
      type: FeedbackChannelEnum,
      defaultValue: 'WEB',
      description: 'How it was received: WEB (the default) for your own; other channels only for staff signed in as employees, recording what they received.',
    }),
    employee: t.string({
      description:
        'Optionally, the employee concerned: their NIP, or their name as shown at the counter. Matched quietly; the answer ' +
        'is the same whether or not anyone matches.',
    }),
    counter: t.string({ description: 'Optionally, the counter (loket), e.g. "Loket 3".' }),
    contact: t.field({ type: FeedbackContactInput, description: 'Optionally, how the unit may reach you; never public.' }),
    idempotencyKey: t.string({
      description: 'Optional, e.g. a UUID made once per submission: a retry with the same key is stored once and answers the same tracking code.',
    }),
  }),
});

const SubmitPublicFeedbackPayload = builder
  .objectRef<{ trackingCode?: string; retryAfterSeconds?: number; userErrors: UserErrorShape[] }>('SubmitPublicFeedbackPayload')
  .implement({
    description: 'The tracking code of the stored feedback (null when refused), and nothing else.',
    fields: (t) => ({
      trackingCode: t.string({ nullable: true, description: 'Follow the item with `feedbackStatus(trackingCode)`, e.g. "7KQ2M-X9DPA".', resolve: (p) => p.trackingCode ?? null }),
      retryAfterSeconds: t.int({ nullable: true, description: 'With RATE_LIMITED: seconds until a submission is accepted again.', resolve: (p) => p.retryAfterSeconds ?? null }),
      userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (p) => p.userErrors }),
    }),
  });

const IkmScoresInput = builder.inputType('IkmScoresInput', {
  description: 'The 9 elements (unsur) of PermenPANRB 14/2017, each 1 (tidak baik) to 4 (sangat baik).',
  fields: (t) =>
    Object.fromEntries(IKM_ELEMENTS.map((e) => [e.key, t.int({ required: true, description: `${e.code} ${e.label}.` })])) as Record<
      IkmElementKey,
      ReturnType<typeof t.int>
    >,
});

const IkmRespondentInput = builder.inputType('IkmRespondentInput', {
  description: 'Respondent profile; every field optional.',
  fields: (t) => ({
    ageBand: t.field({ type: IkmAgeBandEnum, description: 'The respondent’s age band (umur).' }),
    gender: t.field({ type: IkmGenderEnum, description: 'The respondent’s gender (jenis kelamin).' }),
    education: t.field({ type: IkmEducationEnum, description: 'The respondent’s highest education (pendidikan).' }),
    occupation: t.field({ type: IkmOccupationEnum, description: 'The respondent’s occupation (pekerjaan).' }),
  }),
});

const SubmitIkmSurveyInput = builder.inputType('SubmitIkmSurveyInput', {
  description: 'One questionnaire of the survey of public satisfaction (IKM, Indeks Kepuasan Masyarakat, PermenPANRB 14/2017) on a service unit, without an account.',
  fields: (t) => ({
    unitId: t.id({ required: true, description: 'The service unit (OrgUnit).' }),
    serviceName: t.string({ description: `The service used (jenis layanan); up to ${LIMITS.serviceName} characters.` }),
    scores: t.field({ type: IkmScoresInput, required: true, description: 'The score of each of the 9 elements (unsur).' }),
    comment: t.string({ description: `Saran: up to ${LIMITS.comment} characters.` }),
    respondent: t.field({ type: IkmRespondentInput, description: 'Optionally, the respondent’s profile.' }),
    idempotencyKey: t.string({ description: 'Optional: a retry with the same key is stored once.' }),
  }),
});

const SubmitIkmSurveyPayload = builder
  .objectRef<{ accepted?: boolean; retryAfterSeconds?: number; userErrors: UserErrorShape[] }>('SubmitIkmSurveyPayload')
  .implement({
    description: 'What submitIkmSurvey returns: whether the questionnaire was stored, or why it was refused.',
    fields: (t) => ({
      accepted: t.boolean({ description: 'True when the questionnaire is stored (or was already, for a retried key).', resolve: (p) => p.accepted ?? false }),
      retryAfterSeconds: t.int({ nullable: true, description: 'With RATE_LIMITED: seconds until a submission is accepted again.', resolve: (p) => p.retryAfterSeconds ?? null }),
      userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (p) => p.userErrors }),
    }),
  });

const feedbackPayload = (name: string, description: string) =>
  builder.objectRef<{ feedback?: PublicFeedbackRow; userErrors: UserErrorShape[] }>(name).implement({
    description,
    fields: (t) => ({
      feedback: t.field({ type: PublicFeedback, nullable: true, description: 'The feedback item as stored after the change; null when refused.', resolve: (p) => p.feedback ?? null }),
      userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (p) => p.userErrors }),
    }),
  });

const UpdateStatusInput = builder.inputType('UpdatePublicFeedbackStatusInput', {
  description: 'Moves a feedback item along: RECEIVED -> IN_PROGRESS -> RESOLVED or REJECTED; a closed item may be reopened.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'A PublicFeedback item of a unit you staff, that does not name you.' }),
    status: t.field({ type: FeedbackStatusEnum, required: true, description: 'The new status; public under the tracking code.' }),
    publicAnswer: t.string({
      description: `Sets the public answer at the same time (up to ${LIMITS.publicAnswer} characters); required to resolve or reject when there is none yet.`,
    }),
    note: t.string({ description: `Internal note for the history, up to ${LIMITS.note} characters; never public.` }),
  }),
});

const AnswerInput = builder.inputType('AnswerPublicFeedbackInput', {
  description: 'The unit’s public answer to a feedback item, set or corrected.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'A PublicFeedback item of a unit you staff, that does not name you.' }),
    publicAnswer: t.string({ required: true, description: `The unit’s answer, public under the tracking code; up to ${LIMITS.publicAnswer} characters.` }),
  }),
});

const ModerateInput = builder.inputType('ModeratePublicFeedbackInput', {
  description: 'The decision whether a feedback item’s comment is published or rejected (moderation).',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The PublicFeedback item to moderate.' }),
    decision: t.field({ type: FeedbackModerationEnum, required: true, description: 'PUBLISHED or REJECTED.' }),
    reason: t.field({ type: ModerationReasonEnum, description: 'Required to reject.' }),
    note: t.string({ description: `Internal note, up to ${LIMITS.note} characters; required with reason OTHER.` }),
  }),
});

const ForumCommitmentInput = builder.inputType('ForumCommitmentInput', {
  description: 'A commitment made at a forum diskusi, published with it and followed up.',
  fields: (t) => ({
    description: t.string({ required: true, description: `What was committed, up to ${LIMITS.commitment} characters (several lines allowed).` }),
    owner: t.string({
      required: true,
      description: `The office or body responsible, as published (e.g. "Kepala UPTD Puskesmas Batu 10"); up to ${LIMITS.ownerName} characters.`,
    }),
    ownerEmployeeId: t.id({ description: 'Optionally, the employee of your agency responsible (shown to signed-in readers only).' }),
    dueOn: t.field({ type: 'Date', description: 'When it is due; not before the forum was held.' }),
  }),
});

const CreateForumInput = builder.inputType('CreateForumInput', {
  description: 'The record of a forum diskusi (community forum) held by a unit with citizens, published with its commitments.',
  fields: (t) => ({
    unitId: t.id({ required: true, description: 'The OrgUnit that held it; you are its staff or an admin.' }),
    heldOn: t.field({ type: 'Date', required: true, description: 'Not in the future.' }),
    topic: t.string({ required: true, description: `What it was about, up to ${LIMITS.topic} characters.` }),
    location: t.string({ description: `Where it was held, up to ${LIMITS.location} characters.` }),
    participants: t.int({ required: true, description: 'Attendance, 0 to 100 000.' }),
    summary: t.string({ required: true, description: `What was discussed, up to ${LIMITS.summary} characters (several lines allowed).` }),
    commitments: t.field({ type: [ForumCommitmentInput], description: 'At most 50.' }),
  }),
});

const AddCommitmentInput = builder.inputType('AddForumCommitmentInput', {
  description: 'A commitment added to a recorded forum diskusi.',
  fields: (t) => ({
    forumId: t.id({ required: true, description: 'A Forum of a unit you staff (or as an admin).' }),
    description: t.string({ required: true, description: `What was committed, up to ${LIMITS.commitment} characters (several lines allowed).` }),
    owner: t.string({ required: true, description: `The office or body responsible, as published; up to ${LIMITS.ownerName} characters.` }),
    ownerEmployeeId: t.id({ description: 'Optionally, the employee of your agency responsible (shown to signed-in readers only).' }),
    dueOn: t.field({ type: 'Date', description: 'When it is due; not before the forum was held.' }),
  }),
});

const UpdateCommitmentInput = builder.inputType('UpdateForumCommitmentStatusInput', {
  description: 'The follow-up (tindak lanjut) of a forum commitment.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'A ForumCommitment of a forum of a unit you staff (or as an admin).' }),
    status: t.field({ type: CommitmentStatusEnum, required: true, description: 'Where the commitment stands now; public.' }),
    note: t.string({ description: `Public follow-up note (tindak lanjut), up to ${LIMITS.note} characters; omitted keeps the current one.` }),
  }),
});

const CreateForumPayload = builder.objectRef<{ forum?: ForumRow; userErrors: UserErrorShape[] }>('CreateForumPayload').implement({
  description: 'What createForum returns: the recorded forum diskusi with its commitments, or why it was refused.',
  fields: (t) => ({
    forum: t.field({ type: Forum, nullable: true, description: 'The forum as stored; null when refused.', resolve: (p) => p.forum ?? null }),
    userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (p) => p.userErrors }),
  }),
});

const commitmentPayload = (name: string, description: string) =>
  builder.objectRef<{ commitment?: ForumCommitmentRow; userErrors: UserErrorShape[] }>(name).implement({
    description,
    fields: (t) => ({
      commitment: t.field({ type: ForumCommitment, nullable: true, description: 'The commitment as stored after the change; null when refused.', resolve: (p) => p.commitment ?? null }),
      userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (p) => p.userErrors }),
    }),
  });

const MAX_COMMITMENTS = 50;

/** `heldOn`: the forum's day; a commitment made there is not due before it. */
function checkCommitment(
  errors: UserErrorShape[],
  field: string[],
  input: { description: string; owner: string; dueOn?: string | null },
  heldOn: string,
) {
  checkText(errors, [...field, 'description'], clean(input.description), 'Description', { max: LIMITS.commitment, multiline: true, required: true });
  checkText(errors, [...field, 'owner'], clean(input.owner), 'Owner', { max: LIMITS.ownerName, required: true });
  if (input.dueOn != null) {
    if (!inDateWindow(input.dueOn)) errors.push(userError([...field, 'dueOn'], 'INVALID', DATE_WINDOW_MESSAGE));
    else if (input.dueOn < heldOn) errors.push(userError([...field, 'dueOn'], 'INVALID', `A commitment is not due before the forum that made it (${heldOn}).`));
  }
}

async function commitmentOwner(tx: Transaction, ctx: Context, field: string[], globalId: string | null | undefined): Promise<number | null> {
  if (globalId == null) return null;
  const id = inputId(field, String(globalId), 'Employee');
  const agencyId = ctx.viewer.kind === 'employee' ? ctx.viewer.agencyId : 0;
  const employee = await tx.query.employees.findFirst({ where: { id, agencyId }, columns: { id: true } });
  if (!employee) refuse(field, 'NOT_FOUND', 'No such employee in your agency.');
  return employee.id;
}

// ---------------------------------------------------------------------------------------------------------------
// Mutations

builder.mutationFields((t) => ({
  submitPublicFeedback: t.field({
    type: SubmitPublicFeedbackPayload,
    description:
      'Public, no account needed: feedback on a service unit. Answers the tracking code and nothing else. Limited per ' +
      'client (RATE_LIMITED with retryAfterSeconds); contact details are seen only by the unit’s staff.',
    args: { input: t.arg({ type: SubmitPublicFeedbackInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const fingerprint = clientFingerprint(ctx);
      const verdict = await hitRateLimit(ctx, 'feedback');
      if (!verdict.allowed) return rateLimited(verdict.retryAfterSeconds);
      return runMutation(ctx, async (tx) => {
        const errors: UserErrorShape[] = [];
        const comment = clean(input.comment);
        const serviceName = clean(input.serviceName);
        const employee = clean(input.employee);
        const counter = clean(input.counter);
        const contactName = clean(input.contact?.name);
        const contactEmail = clean(input.contact?.email);
        const contactPhoneRaw = clean(input.contact?.phone);
        const idempotencyKey = clean(input.idempotencyKey);
        if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) {
          errors.push(userError(['input', 'rating'], 'INVALID', 'The rating must be 1 to 5.'));
        }
        checkText(errors, ['input', 'comment'], comment, 'The comment', { max: LIMITS.comment, multiline: true, maxLinks: LIMITS.links });
        checkText(errors, ['input', 'serviceName'], serviceName, 'The service name', { max: LIMITS.serviceName });
        checkText(errors, ['input', 'employee'], employee, 'The employee', { max: LIMITS.employeeReference });
        checkText(errors, ['input', 'counter'], counter, 'The counter', { max: LIMITS.counter });
        checkText(errors, ['input', 'contact', 'name'], contactName, 'The name', { max: LIMITS.contactName });
        if (contactEmail !== null && !isEmail(contactEmail)) {
          errors.push(userError(['input', 'contact', 'email'], 'INVALID', 'This is not an email address.'));
        }
        const contactPhone = contactPhoneRaw === null ? null : normalizePhone(contactPhoneRaw);
        if (contactPhoneRaw !== null && contactPhone === null) {
          errors.push(userError(['input', 'contact', 'phone'], 'INVALID', 'A phone number has 6 to 15 digits (spaces, dashes and a leading + are fine).'));
        }
        checkIdempotencyKey(errors, idempotencyKey);
        const channel = input.channel ?? 'WEB';
        // Refused rather than stored as WEB: the sender learns the item was not what they asked to record.
        if (!mayUseChannel(ctx.viewer.kind, channel)) {
          errors.push(userError(['input', 'channel'], 'INVALID', 'Only staff signed in as employees record feedback received at the counter, by phone or at a forum; send your own as WEB.'));
        }
        const unit = await publicUnitForInput(tx, String(input.unitId));
        refuseIfAny(errors);

        const content = { unitId: unit.id, rating: input.rating, comment, serviceName, channel, employee, counter, contactName, contactEmail, contactPhone };
        const submissionHash = sha256(JSON.stringify(content));
        const idempotencyHash = idempotencyKey === null ? null : sha256(`${fingerprint}\n${idempotencyKey}`);
        const reference = employee === null ? null : employeeReferenceKind(employee);

        for (let attempt = 0; attempt < 5; attempt++) {
          const [row] = await tx
            .insert(publicFeedback)
            .values({
              agencyId: unit.agencyId,
              unitId: unit.id,
              // Resolved inside this one statement, the same whether or not the employee exists.
              employeeId: namedEmployeeSql(unit.id, reference),
              employeeReference: employee,
              counter,
              serviceName,
              rating: input.rating,
              comment,
              channel,
              contactName,
              contactEmail,
              contactPhone,
              trackingCode: generateTrackingCode(),
              idempotencyHash,
              submissionHash,
            })
            .onConflictDoNothing()
            .returning();
          if (row) {
            await tx.insert(feedbackStatusHistory).values({ feedbackId: row.id, status: 'RECEIVED', changedById: viewerEmployeeId(ctx.viewer) });
            await recordAudit(tx, ctx.viewer, { action: 'publicFeedback.submit', entityType: 'PublicFeedback', entityId: row.id, agencyId: row.agencyId, after: auditView(row) });
            await ctx.pubsub.publish(tx, 'publicFeedback.received', { feedbackId: row.id, unitId: row.unitId });
            return { trackingCode: formatTrackingCode(row.trackingCode) };
          }
          if (idempotencyHash !== null) {
            const existing = await tx.query.publicFeedback.findFirst({
              where: { idempotencyHash },
              columns: { trackingCode: true, submissionHash: true },
            });
            if (existing) {
              if (existing.submissionHash !== submissionHash) {
                refuse(['input', 'idempotencyKey'], 'IDEMPOTENCY_KEY_REUSED', 'This idempotency key was already used for a different submission; make a new key.');
              }
              return { trackingCode: formatTrackingCode(existing.trackingCode) };
            }
          }
          // Otherwise the drawn tracking code was taken (about 1 in 10^10 per stored item): draw again.
        }
        throw new Error('could not draw a free tracking code');
      });
    },
  }),

  submitIkmSurvey: t.field({
    type: SubmitIkmSurveyPayload,
    description:
      'Public, no account needed: one answered IKM questionnaire (Survei Kepuasan Masyarakat, PermenPANRB 14/2017) for a ' +
      'unit. Limited per client like submitPublicFeedback, and for signed-in employees too (partner portals are not ' +
      'limited); a questionnaire sent with a token is audited.',
    args: { input: t.arg({ type: SubmitIkmSurveyInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const fingerprint = clientFingerprint(ctx);
      const verdict = await hitRateLimit(ctx, 'ikm');
      if (!verdict.allowed) return rateLimited(verdict.retryAfterSeconds);
      return runMutation(ctx, async (tx) => {
        const errors: UserErrorShape[] = [];
        const scores = input.scores as Record<IkmElementKey, number>;
        for (const element of IKM_ELEMENTS) {
          const score = scores[element.key];
          if (!Number.isInteger(score) || score < IKM_MIN_SCORE || score > IKM_MAX_SCORE) {
            errors.push(userError(['input', 'scores', element.key], 'INVALID', `${element.code} ${element.label}: the score must be ${IKM_MIN_SCORE} to ${IKM_MAX_SCORE}.`));
          }
        }
        const comment = clean(input.comment);
        const serviceName = clean(input.serviceName);
        const idempotencyKey = clean(input.idempotencyKey);
        checkText(errors, ['input', 'comment'], comment, 'The comment', { max: LIMITS.comment, multiline: true, maxLinks: LIMITS.links });
        checkText(errors, ['input', 'serviceName'], serviceName, 'The service name', { max: LIMITS.serviceName });
        checkIdempotencyKey(errors, idempotencyKey);
        const unit = await publicUnitForInput(tx, String(input.unitId));
        refuseIfAny(errors);

        const respondent = {
          ageBand: input.respondent?.ageBand ?? null,
          gender: input.respondent?.gender ?? null,
          education: input.respondent?.education ?? null,
          occupation: input.respondent?.occupation ?? null,
        };
        const content = { unitId: unit.id, serviceName, scores: IKM_ELEMENTS.map((e) => scores[e.key]), comment, respondent };
        const submissionHash = sha256(JSON.stringify(content));
        const idempotencyHash = idempotencyKey === null ? null : sha256(`${fingerprint}\n${idempotencyKey}`);
        const [row] = await tx
          .insert(ikmResponses)
          .values({
            agencyId: unit.agencyId,
            unitId: unit.id,
            serviceName,
            ...Object.fromEntries(IKM_ELEMENTS.map((e) => [e.key, scores[e.key]])),
            comment,
            ...respondent,
            idempotencyHash,
            submissionHash,
          } as typeof ikmResponses.$inferInsert)
          .onConflictDoNothing()
          .returning({ id: ikmResponses.id });
        if (row && ctx.viewer.kind !== 'anonymous') {
          // A citizen's answer is linked to nobody; one sent with a token (an employee, a partner's portal) leaves a
          // trace of who sent which scores, so that a unit's own staff rating it can be seen.
          await recordAudit(tx, ctx.viewer, {
            action: 'ikmSurvey.submit',
            entityType: 'IkmResponse',
            entityId: row.id,
            agencyId: unit.agencyId,
            after: { unitId: unit.id, serviceName, scores: Object.fromEntries(IKM_ELEMENTS.map((e) => [e.key, scores[e.key]])) },
          });
        }
        if (!row && idempotencyHash !== null) {
          const existing = await tx.query.ikmResponses.findFirst({ where: { idempotencyHash }, columns: { submissionHash: true } });
          if (existing && existing.submissionHash !== submissionHash) {
            refuse(['input', 'idempotencyKey'], 'IDEMPOTENCY_KEY_REUSED', 'This idempotency key was already used for a different questionnaire; make a new key.');
          }
        }
        return { accepted: true };
      });
    },
  }),

  updatePublicFeedbackStatus: t.field({
    type: feedbackPayload('UpdatePublicFeedbackStatusPayload', 'What updatePublicFeedbackStatus returns: the feedback item with its new status, or why it was refused.'),
    description:
      'Moves a feedback item along its workflow (the unit’s staff and admins, except the employee it names: NOT_UNIT_STAFF). ' +
      'Followers of its tracking code are told.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: UpdateStatusInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const before = await feedbackForStaff(ctx, tx, String(input.id));
        const errors: UserErrorShape[] = [];
        const answer = clean(input.publicAnswer);
        const note = clean(input.note);
        checkText(errors, ['input', 'publicAnswer'], answer, 'The public answer', { max: LIMITS.publicAnswer, multiline: true });
        checkText(errors, ['input', 'note'], note, 'The note', { max: LIMITS.note, multiline: true });
        refuseIfAny(errors);
        if (!mayChangeStatus(before.status, input.status)) {
          refuse(['input', 'status'], 'FEEDBACK_STATUS', `A ${before.status} item cannot become ${input.status}.`);
        }
        if (needsPublicAnswer(input.status) && answer === null && before.publicAnswer === null) {
          refuse(['input', 'publicAnswer'], 'INVALID', `A public answer is needed to mark the item ${input.status}: the citizen sees why.`);
        }
        const viewerId = viewerEmployeeId(ctx.viewer);
        const [feedback] = await tx
          .update(publicFeedback)
          .set({
            status: input.status,
            statusChangedAt: sql`now()`,
            resolvedAt: input.status === 'RESOLVED' ? sql`now()` : null,
            ...(answer !== null ? { publicAnswer: answer, answeredById: viewerId, answeredAt: sql`now()` } : {}),
            updatedAt: sql`now()`,
          })
          .where(eq(publicFeedback.id, before.id))
          .returning();
        await tx.insert(feedbackStatusHistory).values({ feedbackId: before.id, status: input.status, previousStatus: before.status, note, changedById: viewerId });
        await recordAudit(tx, ctx.viewer, { action: 'publicFeedback.status', entityType: 'PublicFeedback', entityId: before.id, before: auditView(before), after: auditView(feedback!) });
        await ctx.pubsub.publish(tx, 'publicFeedback.changed', { feedbackId: before.id, unitId: before.unitId });
        return { feedback: feedback! };
      }),
  }),

  answerPublicFeedback: t.field({
    type: feedbackPayload('AnswerPublicFeedbackPayload', 'What answerPublicFeedback returns: the feedback item with its public answer, or why it was refused.'),
    description:
      'Sets or corrects the unit’s public answer (the unit’s staff and admins, except the employee it names: NOT_UNIT_STAFF). ' +
      'Followers of its tracking code are told.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: AnswerInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const before = await feedbackForStaff(ctx, tx, String(input.id));
        const errors: UserErrorShape[] = [];
        const answer = clean(input.publicAnswer);
        checkText(errors, ['input', 'publicAnswer'], answer, 'The public answer', { max: LIMITS.publicAnswer, multiline: true, required: true });
        refuseIfAny(errors);
        const [feedback] = await tx
          .update(publicFeedback)
          .set({ publicAnswer: answer, answeredById: viewerEmployeeId(ctx.viewer), answeredAt: sql`now()`, updatedAt: sql`now()` })
          .where(eq(publicFeedback.id, before.id))
          .returning();
        await recordAudit(tx, ctx.viewer, { action: 'publicFeedback.answer', entityType: 'PublicFeedback', entityId: before.id, before: auditView(before), after: auditView(feedback!) });
        await ctx.pubsub.publish(tx, 'publicFeedback.changed', { feedbackId: before.id, unitId: before.unitId });
        return { feedback: feedback! };
      }),
  }),

  moderatePublicFeedback: t.field({
    type: feedbackPayload('ModeratePublicFeedbackPayload', 'What moderatePublicFeedback returns: the moderated feedback item, or why it was refused.'),
    description:
      'Publishes a comment, or rejects it with a reason (spam, abuse, personal data, other). Published items are listed ' +
      'publicly without contact details or the named employee, and reach the named employee and their appraiser. The ' +
      'unit’s staff and admins, except the employee it names (NOT_UNIT_STAFF).',
    authScopes: { employee: true },
    args: { input: t.arg({ type: ModerateInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const before = await feedbackForStaff(ctx, tx, String(input.id));
        const errors: UserErrorShape[] = [];
        const note = clean(input.note);
        checkText(errors, ['input', 'note'], note, 'The note', { max: LIMITS.note, multiline: true });
        if (input.decision === 'PENDING') errors.push(userError(['input', 'decision'], 'INVALID', 'Decide PUBLISHED or REJECTED.'));
        if (input.decision === 'REJECTED' && !input.reason) errors.push(userError(['input', 'reason'], 'INVALID', 'Give the reason for rejecting.'));
        if (input.decision === 'REJECTED' && input.reason === 'OTHER' && note === null) {
          errors.push(userError(['input', 'note'], 'INVALID', 'Explain the reason OTHER in the note.'));
        }
        refuseIfAny(errors);
        const [feedback] = await tx
          .update(publicFeedback)
          .set({
            moderation: input.decision,
            moderationReason: input.decision === 'REJECTED' ? input.reason! : null,
            moderationNote: note,
            moderatedById: viewerEmployeeId(ctx.viewer),
            moderatedAt: sql`now()`,
            updatedAt: sql`now()`,
          })
          .where(eq(publicFeedback.id, before.id))
          .returning();
        await recordAudit(tx, ctx.viewer, { action: 'publicFeedback.moderate', entityType: 'PublicFeedback', entityId: before.id, before: auditView(before), after: auditView(feedback!) });
        return { feedback: feedback! };
      }),
  }),

  createForum: t.field({
    type: CreateForumPayload,
    description: 'Records a community forum (forum diskusi) of a unit with its commitments (the unit’s staff and admins).',
    authScopes: { employee: true },
    args: { input: t.arg({ type: CreateForumInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const unit = await publicUnitForInput(tx, String(input.unitId));
        if (!(await isUnitStaff(ctx, unit.id, tx))) refuse(['input', 'unitId'], 'NOT_UNIT_STAFF', 'Only the unit’s staff and admins may record its forums.');
        const errors: UserErrorShape[] = [];
        const topic = clean(input.topic);
        const location = clean(input.location);
        const summary = clean(input.summary);
        checkText(errors, ['input', 'topic'], topic, 'The topic', { max: LIMITS.topic, required: true });
        checkText(errors, ['input', 'location'], location, 'The location', { max: LIMITS.location });
        checkText(errors, ['input', 'summary'], summary, 'The summary', { max: LIMITS.summary, multiline: true, required: true });
        if (!Number.isInteger(input.participants) || input.participants < 0 || input.participants > 100_000) {
          errors.push(userError(['input', 'participants'], 'INVALID', 'Participants must be 0 to 100 000.'));
        }
        if (input.heldOn > serviceToday()) errors.push(userError(['input', 'heldOn'], 'INVALID', 'A forum is recorded once it has been held.'));
        else if (!inDateWindow(input.heldOn)) errors.push(userError(['input', 'heldOn'], 'INVALID', DATE_WINDOW_MESSAGE));
        const commitments = input.commitments ?? [];
        if (commitments.length > MAX_COMMITMENTS) errors.push(userError(['input', 'commitments'], 'INVALID', `At most ${MAX_COMMITMENTS} commitments.`));
        else commitments.forEach((c, i) => checkCommitment(errors, ['input', 'commitments', String(i)], c, input.heldOn));
        refuseIfAny(errors);
        const owners: (number | null)[] = [];
        for (const [i, c] of commitments.entries()) owners.push(await commitmentOwner(tx, ctx, ['input', 'commitments', String(i), 'ownerEmployeeId'], c.ownerEmployeeId));
        const [forum] = await tx
          .insert(forums)
          .values({ agencyId: unit.agencyId, unitId: unit.id, heldOn: input.heldOn, topic: topic!, location, participants: input.participants, summary: summary!, createdById: viewerEmployeeId(ctx.viewer) })
          .returning();
        if (commitments.length > 0) {
          await tx.insert(forumCommitments).values(
            commitments.map((c, i) => ({
              forumId: forum!.id,
              description: clean(c.description)!,
              ownerName: clean(c.owner)!,
              ownerEmployeeId: owners[i] ?? null,
              dueOn: c.dueOn ?? null,
              updatedById: viewerEmployeeId(ctx.viewer),
            })),
          );
        }
        await recordAudit(tx, ctx.viewer, { action: 'forum.create', entityType: 'Forum', entityId: forum!.id, after: { ...forum, commitments: commitments.length } });
        return { forum: forum! };
      }),
  }),

  addForumCommitment: t.field({
    type: commitmentPayload('AddForumCommitmentPayload', 'What addForumCommitment returns: the new commitment, or why it was refused.'),
    description: 'Adds a commitment to a recorded forum (the unit’s staff and admins).',
    authScopes: { employee: true },
    args: { input: t.arg({ type: AddCommitmentInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const forumId = inputId(['input', 'forumId'], String(input.forumId), 'Forum');
        const forum = await tx.query.forums.findFirst({ where: { id: forumId } });
        if (!forum) refuse(['input', 'forumId'], 'NOT_FOUND', 'No such forum.');
        if (!(await isUnitStaff(ctx, forum.unitId, tx))) refuse(['input', 'forumId'], 'NOT_UNIT_STAFF', 'Only the unit’s staff and admins may add commitments.');
        const errors: UserErrorShape[] = [];
        checkCommitment(errors, ['input'], input, forum.heldOn);
        refuseIfAny(errors);
        const owner = await commitmentOwner(tx, ctx, ['input', 'ownerEmployeeId'], input.ownerEmployeeId);
        const [commitment] = await tx
          .insert(forumCommitments)
          .values({ forumId: forum.id, description: clean(input.description)!, ownerName: clean(input.owner)!, ownerEmployeeId: owner, dueOn: input.dueOn ?? null, updatedById: viewerEmployeeId(ctx.viewer) })
          .returning();
        await recordAudit(tx, ctx.viewer, { action: 'forumCommitment.create', entityType: 'ForumCommitment', entityId: commitment!.id, after: commitment });
        return { commitment: commitment! };
      }),
  }),

  updateForumCommitmentStatus: t.field({
    type: commitmentPayload('UpdateForumCommitmentStatusPayload', 'What updateForumCommitmentStatus returns: the commitment with its follow-up, or why it was refused.'),
    description: 'Records the follow-up of a forum commitment (the unit’s staff and admins).',
    authScopes: { employee: true },
    args: { input: t.arg({ type: UpdateCommitmentInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const id = inputId(['input', 'id'], String(input.id), 'ForumCommitment');
        const [before] = await tx.select().from(forumCommitments).where(eq(forumCommitments.id, id)).for('update');
        if (!before) refuse(['input', 'id'], 'NOT_FOUND', 'No such commitment.');
        const forum = await tx.query.forums.findFirst({ where: { id: before.forumId }, columns: { unitId: true } });
        if (!forum || !(await isUnitStaff(ctx, forum.unitId, tx))) refuse(['input', 'id'], 'NOT_UNIT_STAFF', 'Only the unit’s staff and admins may record the follow-up.');
        const errors: UserErrorShape[] = [];
        const note = clean(input.note);
        checkText(errors, ['input', 'note'], note, 'The note', { max: LIMITS.note, multiline: true });
        refuseIfAny(errors);
        const [commitment] = await tx
          .update(forumCommitments)
          .set({
            status: input.status,
            ...(input.status !== before.status ? { statusChangedAt: sql`now()` } : {}),
            ...(note !== null ? { note } : {}),
            updatedById: viewerEmployeeId(ctx.viewer),
            updatedAt: sql`now()`,
          })
          .where(eq(forumCommitments.id, before.id))
          .returning();
        await recordAudit(tx, ctx.viewer, { action: 'forumCommitment.status', entityType: 'ForumCommitment', entityId: before.id, before, after: commitment });
        return { commitment: commitment! };
      }),
  }),
}));
