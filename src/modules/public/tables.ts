/**
 * The citizens' side (masyarakat): public feedback with tracking codes, the IKM satisfaction survey (PermenPANRB
 * 14/2017), community forums (forum diskusi) with their commitments, and the rate-limit counters that keep the
 * anonymous entry points usable.
 *
 * Contact details of a feedback sender live only in `public_feedback` and are read only by the unit's staff and
 * admins. No column stores a client's network address: rate limiting and idempotency keep keyed hashes of it.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { agencies, employees, orgUnits } from '../org/tables.js';

export const feedbackChannel = pgEnum('public_feedback_channel', ['WEB', 'COUNTER', 'PHONE', 'FORUM']);
export const feedbackStatus = pgEnum('public_feedback_status', ['RECEIVED', 'IN_PROGRESS', 'RESOLVED', 'REJECTED']);
export const feedbackModeration = pgEnum('public_feedback_moderation', ['PENDING', 'PUBLISHED', 'REJECTED']);
export const moderationReason = pgEnum('public_feedback_moderation_reason', ['SPAM', 'ABUSE', 'PERSONAL_DATA', 'OTHER']);
export const commitmentStatus = pgEnum('forum_commitment_status', ['OPEN', 'IN_PROGRESS', 'DONE']);

/** Respondent profile of the IKM questionnaire (all optional). */
export const ikmAgeBand = pgEnum('ikm_age_band', ['UNDER_20', 'FROM_20_TO_29', 'FROM_30_TO_39', 'FROM_40_TO_49', 'FROM_50_TO_59', 'FROM_60']);
export const ikmGender = pgEnum('ikm_gender', ['MALE', 'FEMALE']);
export const ikmEducation = pgEnum('ikm_education', ['SD', 'SMP', 'SMA', 'DIPLOMA', 'S1', 'S2', 'S3']);
export const ikmOccupation = pgEnum('ikm_occupation', ['PNS', 'TNI', 'POLRI', 'PRIVATE_EMPLOYEE', 'ENTREPRENEUR', 'STUDENT', 'OTHER']);

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
};

/**
 * One piece of feedback (pengaduan, saran, apresiasi) on a service unit, optionally naming an employee. The
 * employee is resolved quietly from what the sender typed (a NIP, or the name shown at a counter) when exactly one
 * employee of the unit (or a unit below it) matches; otherwise `employee_id` stays null and staff see the text.
 */
export const publicFeedback = pgTable(
  'public_feedback',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    employeeId: integer('employee_id').references(() => employees.id),
    /** What the sender typed to name the employee (NIP or name); staff only. */
    employeeReference: text('employee_reference'),
    /** Loket / counter named by the sender, e.g. "Loket 3". */
    counter: text('counter'),
    serviceName: text('service_name'),
    rating: smallint('rating').notNull(),
    comment: text('comment'),
    channel: feedbackChannel('channel').notNull().default('WEB'),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    /** 10 characters of Crockford base32, crypto-random. */
    trackingCode: text('tracking_code').notNull(),
    status: feedbackStatus('status').notNull().default('RECEIVED'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    moderation: feedbackModeration('moderation').notNull().default('PENDING'),
    moderationReason: moderationReason('moderation_reason'),
    moderationNote: text('moderation_note'),
    moderatedById: integer('moderated_by_id').references(() => employees.id),
    moderatedAt: timestamp('moderated_at', { withTimezone: true, mode: 'string' }),
    publicAnswer: text('public_answer'),
    answeredById: integer('answered_by_id').references(() => employees.id),
    answeredAt: timestamp('answered_at', { withTimezone: true, mode: 'string' }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true, mode: 'string' }),
    /** sha256 of (client fingerprint, the client's idempotency key): a retried submission is stored once. */
    idempotencyHash: text('idempotency_hash'),
    /** sha256 of the submitted content, to refuse a key reused for different content. */
    submissionHash: text('submission_hash'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('public_feedback_tracking_code_key').on(t.trackingCode),
    uniqueIndex('public_feedback_idempotency_key').on(t.idempotencyHash),
    // Monthly figures of a unit (created_at ranges); the status index below cannot serve them, so both stay.
    index('public_feedback_unit_idx').on(t.unitId, t.createdAt),
    // unitFeedback(status:), newest first: a busy unit's rare status without reading the whole queue.
    index('public_feedback_unit_status_idx').on(t.unitId, t.status, t.id),
    index('public_feedback_employee_idx').on(t.employeeId),
    check('public_feedback_rating_range', sql`${t.rating} between 1 and 5`),
    check('public_feedback_resolved_at', sql`(${t.status} = 'RESOLVED') = (${t.resolvedAt} is not null)`),
    check('public_feedback_moderation_reason', sql`(${t.moderation} = 'REJECTED') = (${t.moderationReason} is not null)`),
  ],
);

/** Every status a feedback item went through, with the staff member and an internal note. */
export const feedbackStatusHistory = pgTable(
  'public_feedback_status_history',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    feedbackId: integer('feedback_id')
      .notNull()
      .references(() => publicFeedback.id),
    status: feedbackStatus('status').notNull(),
    previousStatus: feedbackStatus('previous_status'),
    /** Internal: never shown to the public. */
    note: text('note'),
    changedById: integer('changed_by_id').references(() => employees.id),
    changedAt: timestamp('changed_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('public_feedback_status_history_feedback_idx').on(t.feedbackId, t.changedAt)],
);

/**
 * One answered IKM questionnaire: the 9 elements of PermenPANRB 14/2017 scored 1 to 4 (U1 persyaratan to U9
 * sarana prasarana), an optional comment and an optional respondent profile. Not linked to anyone.
 */
export const ikmResponses = pgTable(
  'ikm_responses',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    serviceName: text('service_name'),
    requirements: smallint('u1_requirements').notNull(),
    procedure: smallint('u2_procedure').notNull(),
    serviceTime: smallint('u3_service_time').notNull(),
    cost: smallint('u4_cost').notNull(),
    product: smallint('u5_product').notNull(),
    competence: smallint('u6_competence').notNull(),
    behaviour: smallint('u7_behaviour').notNull(),
    complaintHandling: smallint('u8_complaint_handling').notNull(),
    facilities: smallint('u9_facilities').notNull(),
    comment: text('comment'),
    ageBand: ikmAgeBand('age_band'),
    gender: ikmGender('gender'),
    education: ikmEducation('education'),
    occupation: ikmOccupation('occupation'),
    /** As for feedback: a retried questionnaire is stored once. */
    idempotencyHash: text('idempotency_hash'),
    submissionHash: text('submission_hash'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('ikm_responses_unit_idx').on(t.unitId, t.createdAt),
    uniqueIndex('ikm_responses_idempotency_key').on(t.idempotencyHash),
    check(
      'ikm_responses_scores_range',
      sql`${t.requirements} between 1 and 4 and ${t.procedure} between 1 and 4 and ${t.serviceTime} between 1 and 4
        and ${t.cost} between 1 and 4 and ${t.product} between 1 and 4 and ${t.competence} between 1 and 4
        and ${t.behaviour} between 1 and 4 and ${t.complaintHandling} between 1 and 4 and ${t.facilities} between 1 and 4`,
    ),
  ],
);

/** Forum diskusi / forum konsultasi publik: a meeting between a unit and citizens. */
export const forums = pgTable(
  'forums',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    topic: text('topic').notNull(),
    location: text('location'),
    participants: integer('participants').notNull(),
    summary: text('summary').notNull(),
    createdById: integer('created_by_id').references(() => employees.id),
    ...timestamps,
  },
  (t) => [
    index('forums_unit_idx').on(t.unitId, t.heldOn),
    check('forums_participants_range', sql`${t.participants} between 0 and 100000`),
  ],
);

/** A commitment made at a forum, with its owner (a public label, optionally linked to an employee) and follow-up. */
export const forumCommitments = pgTable(
  'forum_commitments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    forumId: integer('forum_id')
      .notNull()
      .references(() => forums.id),
    description: text('description').notNull(),
    /** Public: the office or body responsible, e.g. "Kepala UPTD Puskesmas Batu 10". */
    ownerName: text('owner_name').notNull(),
    ownerEmployeeId: integer('owner_employee_id').references(() => employees.id),
    dueOn: date('due_on', { mode: 'string' }),
    status: commitmentStatus('status').notNull().default('OPEN'),
    /** Public follow-up note (tindak lanjut). */
    note: text('note'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedById: integer('updated_by_id').references(() => employees.id),
    ...timestamps,
  },
  (t) => [index('forum_commitments_forum_idx').on(t.forumId)],
);

/**
 * Fixed-window counters of public submissions per client and scope, shared by every server on the database.
 * `client_hash` is a keyed hash of the client's address: the address itself is never stored.
 */
export const publicRateLimits = pgTable(
  'public_rate_limits',
  {
    clientHash: text('client_hash').notNull(),
    scope: text('scope').notNull(),
    windowStartedAt: timestamp('window_started_at', { withTimezone: true, mode: 'string' }).notNull(),
    hits: integer('hits').notNull(),
  },
  (t) => [primaryKey({ columns: [t.clientHash, t.scope] }), index('public_rate_limits_window_idx').on(t.windowStartedAt)],
);

export type PublicFeedbackRow = typeof publicFeedback.$inferSelect;
export type FeedbackStatusHistoryRow = typeof feedbackStatusHistory.$inferSelect;
export type IkmResponseRow = typeof ikmResponses.$inferSelect;
export type ForumRow = typeof forums.$inferSelect;
export type ForumCommitmentRow = typeof forumCommitments.$inferSelect;
export type FeedbackChannel = (typeof feedbackChannel.enumValues)[number];
export type FeedbackStatus = (typeof feedbackStatus.enumValues)[number];
export type FeedbackModeration = (typeof feedbackModeration.enumValues)[number];
export type ModerationReason = (typeof moderationReason.enumValues)[number];
export type CommitmentStatus = (typeof commitmentStatus.enumValues)[number];
