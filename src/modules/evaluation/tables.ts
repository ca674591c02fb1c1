/**
 * Penilaian kinerja (evaluation): periodic and annual evaluations of a performance plan with the two ratings and
 * the predikat that follows from them, per-RHK and per-value ratings, follow-ups (reward list, pembinaan), the
 * distribution curves kept as data, the organisation's (or a unit's) own predikat that selects a curve, and
 * objections (keberatan).
 */
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { agencies, employees, orgUnits } from '../org/tables.js';
import { coreValues, indicators, performancePeriods, performancePlans, workResults } from '../planning/tables.js';
import type { CurveBound } from './rules.js';

export const evaluationRating = pgEnum('evaluation_rating', ['ABOVE', 'AS_EXPECTED', 'BELOW']);
export const predikat = pgEnum('predikat', ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG']);
export const organisationPredikat = pgEnum('organisation_predikat', ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG']);
export const evaluationKind = pgEnum('evaluation_kind', ['PERIODIC', 'ANNUAL']);
export const evaluationStatus = pgEnum('evaluation_status', ['DRAFT', 'FINALISED', 'ACKNOWLEDGED']);
export const improvementPlanStatus = pgEnum('improvement_plan_status', ['OPEN', 'COMPLETED']);
export const objectionStatus = pgEnum('objection_status', ['FILED', 'HEARD', 'DECIDED']);
export const objectionDecision = pgEnum('objection_decision', ['UPHELD', 'CHANGED']);

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });
const timestamps = {
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
};

/** One evaluation (periodic or annual) of one plan. */
export const evaluations = pgTable(
  'evaluations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    planId: integer('plan_id')
      .notNull()
      .references(() => performancePlans.id),
    periodId: integer('period_id')
      .notNull()
      .references(() => performancePeriods.id),
    /** "2025-Q1", "2025-03" or "2025" (annual): from `evaluationPeriods`. */
    periodKey: text('period_key').notNull(),
    kind: evaluationKind('kind').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    employeeId: integer('employee_id')
      .notNull()
      .references(() => employees.id),
    appraiserId: integer('appraiser_id')
      .notNull()
      .references(() => employees.id),
    appraiserSuperiorId: integer('appraiser_superior_id').references(() => employees.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    status: evaluationStatus('status').notNull().default('DRAFT'),
    workResultsRating: evaluationRating('work_results_rating'),
    workResultsNote: text('work_results_note'),
    behaviourRating: evaluationRating('behaviour_rating'),
    behaviourNote: text('behaviour_note'),
    /** From the matrix, as the appraiser rated. */
    predikat: predikat('predikat'),
    /** The predikat in force: `predikat`, or the one an objection decided. */
    finalPredikat: predikat('final_predikat'),
    finalisedAt: ts('finalised_at'),
    acknowledgedAt: ts('acknowledged_at'),
    /** Bounds of the curve broken when finalised, and the appraiser's reason to finalise anyway. */
    curveOverrideReason: text('curve_override_reason'),
    curveBrokenBounds: jsonb('curve_broken_bounds').$type<string[]>(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('evaluations_plan_period_key').on(t.planId, t.periodKey),
    index('evaluations_employee_idx').on(t.employeeId, t.periodKey),
    index('evaluations_appraiser_idx').on(t.appraiserId, t.status),
    index('evaluations_unit_idx').on(t.unitId, t.periodKey),
    // The visibility rule (`visibleEvaluations`) is an OR over employee, appraiser and appraiser's superior: each
    // needs an index, or every viewer's list scans the table.
    index('evaluations_superior_idx').on(t.appraiserSuperiorId),
    // `evaluations`' order (newest period first, then id): an admin's agency-wide list reads the first page only.
    index('evaluations_ends_on_idx').on(t.endsOn.desc().nullsFirst(), t.id),
    // `predikatCounts` (under finaliseEvaluation's curve lock) reads only the period's rows, from the index alone.
    // Drizzle has no INCLUDE, so what it reads (unit, both predikat, id for the evaluation left out) are trailing keys.
    index('evaluations_period_counts_idx').on(t.agencyId, t.periodId, t.periodKey, t.unitId, t.predikat, t.finalPredikat, t.id),
    check('evaluations_predikat_rated', sql`(${t.predikat} is null) = (${t.workResultsRating} is null or ${t.behaviourRating} is null)`),
    check('evaluations_finalised', sql`(${t.status} = 'DRAFT') = (${t.finalisedAt} is null)`),
    check('evaluations_final_predikat', sql`${t.status} = 'DRAFT' or (${t.predikat} is not null and ${t.finalPredikat} is not null)`),
    check('evaluations_acknowledged', sql`(${t.status} = 'ACKNOWLEDGED') = (${t.acknowledgedAt} is not null)`),
  ],
);

/** Rating and note per RHK. */
export const workResultRatings = pgTable(
  'evaluation_work_result_ratings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    evaluationId: integer('evaluation_id')
      .notNull()
      .references(() => evaluations.id),
    workResultId: integer('work_result_id')
      .notNull()
      .references(() => workResults.id),
    rating: evaluationRating('rating').notNull(),
    note: text('note'),
  },
  (t) => [uniqueIndex('evaluation_work_result_ratings_key').on(t.evaluationId, t.workResultId)],
);

/** Rating and note per BerAKHLAK value. */
export const behaviourRatings = pgTable(
  'evaluation_behaviour_ratings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    evaluationId: integer('evaluation_id')
      .notNull()
      .references(() => evaluations.id),
    coreValueId: integer('core_value_id')
      .notNull()
      .references(() => coreValues.id),
    rating: evaluationRating('rating').notNull(),
    note: text('note'),
  },
  (t) => [uniqueIndex('evaluation_behaviour_ratings_key').on(t.evaluationId, t.coreValueId)],
);

/** Penghargaan: a Sangat Baik evaluation puts the employee on the period's reward-eligible list. */
export const rewardEligibilities = pgTable(
  'reward_eligibilities',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    evaluationId: integer('evaluation_id')
      .notNull()
      .references(() => evaluations.id),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    employeeId: integer('employee_id')
      .notNull()
      .references(() => employees.id),
    periodId: integer('period_id')
      .notNull()
      .references(() => performancePeriods.id),
    periodKey: text('period_key').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('reward_eligibilities_evaluation_key').on(t.evaluationId), index('reward_eligibilities_period_idx').on(t.periodId, t.periodKey)],
);

/** Pembinaan: the improvement plan a weak predikat requires, owned by the appraiser. */
export const improvementPlans = pgTable(
  'improvement_plans',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    evaluationId: integer('evaluation_id')
      .notNull()
      .references(() => evaluations.id),
    employeeId: integer('employee_id')
      .notNull()
      .references(() => employees.id),
    ownerId: integer('owner_id')
      .notNull()
      .references(() => employees.id),
    actions: text('actions').array().notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: improvementPlanStatus('status').notNull().default('OPEN'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('improvement_plans_evaluation_key').on(t.evaluationId),
    index('improvement_plans_owner_idx').on(t.ownerId, t.status),
    // `improvementPlans`' order (due first): an admin's agency-wide list reads the first page only.
    index('improvement_plans_due_idx').on(t.dueOn),
    check('improvement_plans_actions', sql`cardinality(${t.actions}) >= 1`),
  ],
);

/** A distribution curve as data: the bounds an organisation predikat puts on its employees' predikat. */
export const distributionCurves = pgTable(
  'distribution_curves',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    organisationPredikat: organisationPredikat('organisation_predikat').notNull(),
    bounds: jsonb('bounds').$type<CurveBound[]>().notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('distribution_curves_agency_predikat_key').on(t.agencyId, t.organisationPredikat)],
);

/** Predikat kinerja organisasi: the organisation's (unit null) or a unit's own predikat for a performance year. */
export const organisationPredikats = pgTable(
  'organisation_predikats',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    periodId: integer('period_id')
      .notNull()
      .references(() => performancePeriods.id),
    unitId: integer('unit_id').references(() => orgUnits.id),
    predikat: organisationPredikat('predikat').notNull(),
    setById: integer('set_by_id').references(() => employees.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('organisation_predikats_unit_key').on(t.periodId, t.unitId).where(sql`${t.unitId} is not null`),
    uniqueIndex('organisation_predikats_agency_key').on(t.periodId).where(sql`${t.unitId} is null`),
  ],
);

/** Keberatan: the employee's objection to a finalised evaluation, heard and decided by the appraiser's superior. */
export const objections = pgTable(
  'objections',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    evaluationId: integer('evaluation_id')
      .notNull()
      .references(() => evaluations.id),
    employeeId: integer('employee_id')
      .notNull()
      .references(() => employees.id),
    deciderId: integer('decider_id')
      .notNull()
      .references(() => employees.id),
    reasons: text('reasons').notNull(),
    status: objectionStatus('status').notNull().default('FILED'),
    filedAt: ts('filed_at').notNull().defaultNow(),
    employeeStatement: text('employee_statement'),
    appraiserStatement: text('appraiser_statement'),
    heardAt: ts('heard_at'),
    decision: objectionDecision('decision'),
    originalPredikat: predikat('original_predikat').notNull(),
    decidedPredikat: predikat('decided_predikat'),
    decisionReason: text('decision_reason'),
    decidedAt: ts('decided_at'),
  },
  (t) => [
    uniqueIndex('objections_evaluation_key').on(t.evaluationId),
    index('objections_decider_idx').on(t.deciderId, t.status),
    check('objections_decided', sql`(${t.status} = 'DECIDED') = (${t.decidedAt} is not null and ${t.decision} is not null and ${t.decidedPredikat} is not null)`),
    check('objections_heard', sql`${t.status} = 'FILED' or ${t.heardAt} is not null`),
  ],
);

/** Laporan kegiatan harian: what an employee did on a day for one RHK of the plan in force. */
export const activityLogs = pgTable(
  'activity_logs',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    employeeId: integer('employee_id')
      .notNull()
      .references(() => employees.id),
    /** The plan's appraiser when the entry was made: whose dashboard shows it. */
    appraiserId: integer('appraiser_id').references(() => employees.id),
    planId: integer('plan_id')
      .notNull()
      .references(() => performancePlans.id),
    workResultId: integer('work_result_id')
      .notNull()
      .references(() => workResults.id),
    loggedOn: date('logged_on', { mode: 'string' }).notNull(),
    description: text('description').notNull(),
    output: text('output').notNull(),
    minutes: integer('minutes').notNull(),
    evidenceUrl: text('evidence_url'),
    ...timestamps,
  },
  (t) => [
    index('activity_logs_appraiser_day_idx').on(t.appraiserId, t.loggedOn),
    index('activity_logs_employee_day_idx').on(t.employeeId, t.loggedOn),
    check('activity_logs_minutes', sql`${t.minutes} between 1 and 1440`),
  ],
);

export type ActivityLogRow = typeof activityLogs.$inferSelect;
export const monthlyReportStatus = pgEnum('monthly_report_status', ['SUBMITTED', 'REVIEWED']);

/** Bukti dukung: a link with a description. */
export interface Evidence {
  url: string;
  description: string;
}

/** Laporan kinerja bulanan: one per plan (all its versions) per month, submitted by the employee and reviewed by the appraiser. */
export const monthlyReports = pgTable(
  'monthly_reports',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    planId: integer('plan_id')
      .notNull()
      .references(() => performancePlans.id),
    employeeId: integer('employee_id')
      .notNull()
      .references(() => employees.id),
    appraiserId: integer('appraiser_id').references(() => employees.id),
    year: integer('year').notNull(),
    month: integer('month').notNull(),
    status: monthlyReportStatus('status').notNull().default('SUBMITTED'),
    achievements: text('achievements').notNull(),
    obstacles: text('obstacles'),
    improvementSteps: text('improvement_steps'),
    evidence: jsonb('evidence').$type<Evidence[]>().notNull().default([]),
    submittedAt: ts('submitted_at').notNull().defaultNow(),
    appraiserResponse: text('appraiser_response'),
    reviewedAt: ts('reviewed_at'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('monthly_reports_plan_month_key').on(t.planId, t.year, t.month),
    index('monthly_reports_appraiser_idx').on(t.appraiserId, t.status),
    // `monthlyReports` of one employee (yours, or `employeeId`), newest month first.
    index('monthly_reports_employee_idx').on(t.employeeId, t.year, t.month),
    check('monthly_reports_month', sql`${t.month} between 1 and 12`),
    check('monthly_reports_reviewed', sql`(${t.status} = 'REVIEWED') = (${t.reviewedAt} is not null and ${t.appraiserResponse} is not null)`),
  ],
);

/** Realisasi: what an indicator reached in the month. */
export const reportRealisations = pgTable(
  'monthly_report_realisations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    reportId: integer('report_id')
      .notNull()
      .references(() => monthlyReports.id),
    indicatorId: integer('indicator_id')
      .notNull()
      .references(() => indicators.id),
    value: numeric('value', { mode: 'number' }),
    statement: text('statement'),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('monthly_report_realisations_key').on(t.reportId, t.indicatorId),
    check('monthly_report_realisations_given', sql`${t.value} is not null or ${t.statement} is not null`),
  ],
);

export type MonthlyReportRow = typeof monthlyReports.$inferSelect;
export const feedbackSubjectType = pgEnum('feedback_subject_type', ['WORK_RESULT', 'INDICATOR', 'MONTHLY_REPORT', 'ACTIVITY_LOG']);

/** Umpan balik berkelanjutan: one thread per subject (an RHK, indicator, report or log entry). */
export const feedbackThreads = pgTable(
  'feedback_threads',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    subjectType: feedbackSubjectType('subject_type').notNull(),
    subjectId: integer('subject_id').notNull(),
    employeeId: integer('employee_id')
      .notNull()
      .references(() => employees.id),
    appraiserId: integer('appraiser_id')
      .notNull()
      .references(() => employees.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('feedback_threads_subject_key').on(t.subjectType, t.subjectId),
    index('feedback_threads_employee_idx').on(t.employeeId),
    index('feedback_threads_appraiser_idx').on(t.appraiserId),
  ],
);

export const feedbackMessages = pgTable(
  'feedback_messages',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    threadId: integer('thread_id')
      .notNull()
      .references(() => feedbackThreads.id),
    authorId: integer('author_id')
      .notNull()
      .references(() => employees.id),
    body: text('body').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('feedback_messages_thread_idx').on(t.threadId, t.createdAt)],
);

/** Rekan kerja: a request for peer feedback on an employee's behaviour, to named peers. */
export const peerFeedbackRequests = pgTable(
  'peer_feedback_requests',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    employeeId: integer('employee_id')
      .notNull()
      .references(() => employees.id),
    requestedById: integer('requested_by_id')
      .notNull()
      .references(() => employees.id),
    periodKey: text('period_key').notNull(),
    ...timestamps,
  },
  (t) => [index('peer_feedback_requests_employee_idx').on(t.employeeId)],
);

export const peerFeedbackInvitations = pgTable(
  'peer_feedback_invitations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    requestId: integer('request_id')
      .notNull()
      .references(() => peerFeedbackRequests.id),
    peerId: integer('peer_id')
      .notNull()
      .references(() => employees.id),
    answeredAt: ts('answered_at'),
  },
  (t) => [uniqueIndex('peer_feedback_invitations_key').on(t.requestId, t.peerId), index('peer_feedback_invitations_peer_idx').on(t.peerId)],
);

export const peerFeedbackRatings = pgTable(
  'peer_feedback_ratings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    invitationId: integer('invitation_id')
      .notNull()
      .references(() => peerFeedbackInvitations.id),
    coreValueId: integer('core_value_id')
      .notNull()
      .references(() => coreValues.id),
    rating: evaluationRating('rating').notNull(),
    comment: text('comment'),
  },
  (t) => [uniqueIndex('peer_feedback_ratings_key').on(t.invitationId, t.coreValueId)],
);

export type FeedbackThreadRow = typeof feedbackThreads.$inferSelect;
export type PeerFeedbackRequestRow = typeof peerFeedbackRequests.$inferSelect;
export type EvaluationRow = typeof evaluations.$inferSelect;
export type WorkResultRatingRow = typeof workResultRatings.$inferSelect;
export type BehaviourRatingRow = typeof behaviourRatings.$inferSelect;
export type RewardEligibilityRow = typeof rewardEligibilities.$inferSelect;
export type ImprovementPlanRow = typeof improvementPlans.$inferSelect;
export type DistributionCurveRow = typeof distributionCurves.$inferSelect;
export type OrganisationPredikatRow = typeof organisationPredikats.$inferSelect;
export type ObjectionRow = typeof objections.$inferSelect;
export type EvaluationStatus = (typeof evaluationStatus.enumValues)[number];
