/**
 * Pengembangan kompetensi (competency development): the agency's catalogue of programmes, their sessions,
 * enrolments with a waitlist, external training the employee took elsewhere, and participants' ratings.
 *
 * JP (jam pelajaran) are whole hours of 45 minutes. An enrolment credits its programme's JP (copied into
 * `jp_credited` at completion, so later edits of the programme do not rewrite history) to the year of
 * `completed_on`; a verified external training credits its own JP to the year of `ends_on`.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  boolean,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { agencies, employees, positionKind } from '../org/tables.js';

/** Rumpun kompetensi: the three competency areas of PP 11/2017 (as amended by PP 17/2020). */
export const competencyArea = pgEnum('training_competency_area', ['TECHNICAL', 'MANAGERIAL', 'SOCIO_CULTURAL']);

/** Jalur pengembangan kompetensi: klasikal (face-to-face learning) or nonklasikal (everything else). */
export const trainingForm = pgEnum('training_form', ['CLASSICAL', 'NON_CLASSICAL']);

/** The kind of learning; each kind belongs to exactly one form (see `KIND_FORM` in rules.ts). */
export const trainingKind = pgEnum('training_kind', [
  'DIKLAT',
  'COURSE',
  'BIMTEK',
  'WORKSHOP',
  'SEMINAR',
  'E_LEARNING',
  'COACHING',
  'MENTORING',
  'JOB_ATTACHMENT',
  'DETASERING',
  'BENCHMARKING',
  'SELF_STUDY',
]);

export const trainingSessionStatus = pgEnum('training_session_status', ['PLANNED', 'OPEN', 'ONGOING', 'COMPLETED', 'CANCELLED']);

export const enrolmentStatus = pgEnum('enrolment_status', [
  'REQUESTED',
  'NOMINATED',
  'APPROVED',
  'WAITLISTED',
  'DECLINED',
  'CANCELLED',
  'COMPLETED',
  'NOT_COMPLETED',
]);

/** How the enrolment began: the employee asked for a place, or the supervisor (or an admin) nominated them. */
export const enrolmentOrigin = pgEnum('enrolment_origin', ['REQUEST', 'NOMINATION']);

export const externalTrainingStatus = pgEnum('external_training_status', ['SUBMITTED', 'VERIFIED', 'REJECTED']);

/**
 * The seven BerAKHLAK core values, stored as text codes in `training_programmes.core_values` (checked below).
 * Kept as this module's own list rather than a reference to the planning module's core-values table so that the
 * two modules stay independent; the codes are the same (SERVICE = Berorientasi Pelayanan, ...).
 */
export const CORE_VALUE_CODES = ['SERVICE', 'ACCOUNTABLE', 'COMPETENT', 'HARMONIOUS', 'LOYAL', 'ADAPTIVE', 'COLLABORATIVE'] as const;
export type CoreValueCode = (typeof CORE_VALUE_CODES)[number];

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
};

/** A programme of the agency's catalogue (e.g. "Bimtek Penyusunan SAKIP", 24 JP, klasikal). */
export const trainingProgrammes = pgTable(
  'training_programmes',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    title: text('title').notNull(),
    area: competencyArea('area').notNull(),
    form: trainingForm('form').notNull(),
    kind: trainingKind('kind').notNull(),
    /** JP credited on completion: jam pelajaran of 45 minutes. */
    jpHours: integer('jp_hours').notNull(),
    provider: text('provider').notNull(),
    description: text('description'),
    /** BerAKHLAK values the programme develops (codes of CORE_VALUE_CODES); empty when none in particular. */
    coreValues: text('core_values').array().notNull().default(sql`'{}'::text[]`),
    /** Kinds of position the programme is meant for; empty means every kind. */
    positionKinds: positionKind('position_kinds').array().notNull().default(sql`'{}'`),
    /** Retired programmes stay for history but leave the catalogue. */
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('training_programmes_agency_title_key').on(t.agencyId, t.title),
    check('training_programmes_jp_range', sql`${t.jpHours} between 1 and 1000`),
    check(
      'training_programmes_core_values_known',
      sql`${t.coreValues} <@ array['SERVICE','ACCOUNTABLE','COMPETENT','HARMONIOUS','LOYAL','ADAPTIVE','COLLABORATIVE']::text[]`,
    ),
  ],
);

/** One run of a programme: dates, place or online link, capacity. */
export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    programmeId: integer('programme_id')
      .notNull()
      .references(() => trainingProgrammes.id),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    location: text('location'),
    onlineUrl: text('online_url'),
    capacity: integer('capacity').notNull(),
    status: trainingSessionStatus('status').notNull().default('PLANNED'),
    cancellationReason: text('cancellation_reason'),
    ...timestamps,
  },
  (t) => [
    // Both serve `order by starts_on, id` pages: the catalogue's and a programme's sessions.
    index('training_sessions_programme_idx').on(t.programmeId, t.startsOn, t.id),
    index('training_sessions_starts_idx').on(t.startsOn, t.id),
    check('training_sessions_dates', sql`${t.endsOn} >= ${t.startsOn}`),
    check('training_sessions_capacity', sql`${t.capacity} between 1 and 10000`),
    check('training_sessions_place', sql`${t.location} is not null or ${t.onlineUrl} is not null`),
  ],
);

/**
 * An employee's place in a session. `queue_number` is the place in line, drawn under the session's row lock when
 * the enrolment first competes for a place (nomination or approval): places and the waitlist follow it.
 */
export const enrolments = pgTable(
  'enrolments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    sessionId: integer('session_id')
      .notNull()
      .references(() => trainingSessions.id),
    employeeId: integer('employee_id')
      .notNull()
      .references(() => employees.id),
    status: enrolmentStatus('status').notNull(),
    origin: enrolmentOrigin('origin').notNull(),
    requestNote: text('request_note'),
    requestedAt: timestamp('requested_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    nominatedById: integer('nominated_by_id').references(() => employees.id),
    queueNumber: integer('queue_number'),
    queuedAt: timestamp('queued_at', { withTimezone: true, mode: 'string' }),
    decidedById: integer('decided_by_id').references(() => employees.id),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'string' }),
    decisionNote: text('decision_note'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    /** Kehadiran, percent of the sessions attended. */
    attendancePercent: integer('attendance_percent'),
    /** Hasil: the result as the provider states it (e.g. "Lulus, Sangat Memuaskan"). */
    result: text('result'),
    certificateNumber: text('certificate_number'),
    completedOn: date('completed_on', { mode: 'string' }),
    jpCredited: integer('jp_credited'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('enrolments_session_employee_key').on(t.sessionId, t.employeeId),
    uniqueIndex('enrolments_session_queue_key').on(t.sessionId, t.queueNumber),
    index('enrolments_employee_idx').on(t.employeeId, t.completedOn),
    index('enrolments_session_status_idx').on(t.sessionId, t.status),
    check('enrolments_attendance_range', sql`${t.attendancePercent} between 0 and 100`),
    check('enrolments_jp_when_completed', sql`(${t.status} = 'COMPLETED') = (${t.jpCredited} is not null)`),
    check('enrolments_completed_on', sql`(${t.status} in ('COMPLETED', 'NOT_COMPLETED')) = (${t.completedOn} is not null)`),
  ],
);

/** Training taken elsewhere (another agency, a university, a platform), counted once an admin verifies it. */
export const externalTrainings = pgTable(
  'external_trainings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    employeeId: integer('employee_id')
      .notNull()
      .references(() => employees.id),
    title: text('title').notNull(),
    provider: text('provider').notNull(),
    area: competencyArea('area').notNull(),
    form: trainingForm('form').notNull(),
    kind: trainingKind('kind').notNull(),
    jpHours: integer('jp_hours').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    /** Bukti dukung: a link to the certificate or other evidence. */
    evidenceUrl: text('evidence_url').notNull(),
    certificateNumber: text('certificate_number'),
    status: externalTrainingStatus('status').notNull().default('SUBMITTED'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    verifiedById: integer('verified_by_id').references(() => employees.id),
    verifiedAt: timestamp('verified_at', { withTimezone: true, mode: 'string' }),
    rejectionReason: text('rejection_reason'),
    ...timestamps,
  },
  (t) => [
    index('external_trainings_employee_idx').on(t.employeeId, t.endsOn),
    index('external_trainings_status_idx').on(t.status),
    check('external_trainings_dates', sql`${t.endsOn} >= ${t.startsOn}`),
    check('external_trainings_jp_range', sql`${t.jpHours} between 1 and 1000`),
  ],
);

/** A participant's rating of a session they completed: once per enrolment. */
export const sessionRatings = pgTable(
  'session_ratings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    enrolmentId: integer('enrolment_id')
      .notNull()
      .unique('session_ratings_enrolment_key')
      .references(() => enrolments.id),
    content: integer('content').notNull(),
    trainer: integer('trainer').notNull(),
    usefulness: integer('usefulness').notNull(),
    comment: text('comment'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    check('session_ratings_range', sql`${t.content} between 1 and 5 and ${t.trainer} between 1 and 5 and ${t.usefulness} between 1 and 5`),
  ],
);

export type TrainingProgrammeRow = typeof trainingProgrammes.$inferSelect;
export type TrainingSessionRow = typeof trainingSessions.$inferSelect;
export type EnrolmentRow = typeof enrolments.$inferSelect;
export type ExternalTrainingRow = typeof externalTrainings.$inferSelect;
export type SessionRatingRow = typeof sessionRatings.$inferSelect;
export type CompetencyArea = (typeof competencyArea.enumValues)[number];
export type TrainingForm = (typeof trainingForm.enumValues)[number];
export type TrainingKind = (typeof trainingKind.enumValues)[number];
export type TrainingSessionStatus = (typeof trainingSessionStatus.enumValues)[number];
export type EnrolmentStatus = (typeof enrolmentStatus.enumValues)[number];
export type EnrolmentOrigin = (typeof enrolmentOrigin.enumValues)[number];
export type ExternalTrainingStatus = (typeof externalTrainingStatus.enumValues)[number];
