/**
 * Perencanaan kinerja (performance planning): the agency's performance years, each employee's SKP (Sasaran Kinerja
 * Pegawai) with its RHK (Rencana Hasil Kerja) cascaded from the appraiser's RHK, the indicators (indikator kinerja
 * individu) with their targets, the appraiser's specific expectations (ekspektasi khusus pimpinan) for the seven
 * BerAKHLAK core values, and every workflow step.
 *
 * A plan is one *segment* of an employee's year (`starts_on` to `ends_on`): a transfer ends the segment and starts a
 * new one. Inside a segment, an approved plan changes only through a new *version* (`revision_of_id`), the old one
 * kept as SUPERSEDED. `is_current` marks the one plan in force per employee and year (the latest version of the
 * latest segment), backed by a partial unique index.
 */
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { agencies, employees, orgUnits, positionKind, positions } from '../org/tables.js';

/** Periodic evaluation cadence of a performance year (domain: configurable, default quarterly). */
export const planCadence = pgEnum('performance_cadence', ['MONTHLY', 'QUARTERLY']);
export const periodStatus = pgEnum('performance_period_status', ['OPEN', 'CLOSED']);
export const planStatus = pgEnum('performance_plan_status', ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'SUPERSEDED']);
/** RHK utama (main) or tambahan (additional). */
export const workResultKind = pgEnum('work_result_kind', ['MAIN', 'ADDITIONAL']);
/** Aspek of an indicator: kuantitas, kualitas, waktu, biaya. */
export const indicatorAspect = pgEnum('indicator_aspect', ['QUANTITY', 'QUALITY', 'TIME', 'COST']);
export const targetKind = pgEnum('indicator_target_kind', ['NUMBER', 'RANGE', 'QUALITATIVE']);
/** What a step of the history did. */
export const planAction = pgEnum('plan_action', ['CREATE', 'SUBMIT', 'APPROVE', 'RETURN', 'REVISE', 'SUPERSEDE', 'END']);

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
};

/** Tahun kinerja: the agency's performance year, opened by the HR admin. */
export const performancePeriods = pgTable(
  'performance_periods',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    year: integer('year').notNull(),
    cadence: planCadence('cadence').notNull().default('QUARTERLY'),
    status: periodStatus('status').notNull().default('OPEN'),
    openedById: integer('opened_by_id').references(() => employees.id),
    openedAt: timestamp('opened_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'string' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('performance_periods_agency_year_key').on(t.agencyId, t.year),
    check('performance_periods_year_range', sql`${t.year} between 2000 and 2100`),
    check('performance_periods_closed_at', sql`(${t.status} = 'CLOSED') = (${t.closedAt} is not null)`),
  ],
);

/** SKP: one version of one segment of an employee's performance year. */
export const performancePlans = pgTable(
  'performance_plans',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    periodId: integer('period_id')
      .notNull()
      .references(() => performancePeriods.id),
    employeeId: integer('employee_id')
      .notNull()
      .references(() => employees.id),
    version: integer('version').notNull().default(1),
    status: planStatus('status').notNull().default('DRAFT'),
    /** The one plan in force for the employee and year: latest version of the latest segment. */
    isCurrent: boolean('is_current').notNull().default(true),
    /** Pejabat penilai kinerja, resolved from the supervisor chain when the segment began and kept. */
    appraiserId: integer('appraiser_id').references(() => employees.id),
    /** Atasan pejabat penilai, resolved with the appraiser. */
    appraiserSuperiorId: integer('appraiser_superior_id').references(() => employees.id),
    /** Placement when the segment began. */
    positionId: integer('position_id')
      .notNull()
      .references(() => positions.id),
    positionKind: positionKind('position_kind').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    revisionOfId: integer('revision_of_id').references((): AnyPgColumn => performancePlans.id),
    revisionReason: text('revision_reason'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'string' }),
    approvedAt: timestamp('approved_at', { withTimezone: true, mode: 'string' }),
    approvedById: integer('approved_by_id').references(() => employees.id),
    returnedAt: timestamp('returned_at', { withTimezone: true, mode: 'string' }),
    returnedReason: text('returned_reason'),
    /** Bumped by every change to the plan or anything in it: clients send it back to act on what they saw. */
    lockVersion: integer('lock_version').notNull().default(0),
    createdById: integer('created_by_id').references(() => employees.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('performance_plans_current_key').on(t.employeeId, t.periodId).where(sql`${t.isCurrent}`),
    uniqueIndex('performance_plans_version_key').on(t.employeeId, t.periodId, t.startsOn, t.version),
    index('performance_plans_appraiser_idx').on(t.appraiserId, t.status),
    index('performance_plans_period_unit_idx').on(t.periodId, t.unitId),
    index('performance_plans_revision_idx').on(t.revisionOfId),
    check('performance_plans_dates', sql`${t.endsOn} >= ${t.startsOn}`),
    check('performance_plans_version_positive', sql`${t.version} >= 1`),
    check('performance_plans_superseded_not_current', sql`not (${t.status} = 'SUPERSEDED' and ${t.isCurrent})`),
    check('performance_plans_revision', sql`(${t.version} = 1) = (${t.revisionOfId} is null)`),
    check('performance_plans_approved_at', sql`(${t.status} in ('APPROVED', 'SUPERSEDED')) = (${t.approvedAt} is not null)`),
    check('performance_plans_returned_reason', sql`${t.status} <> 'RETURNED' or ${t.returnedReason} is not null`),
  ],
);

/** RHK: a planned work result of a plan, cascaded from an RHK of the appraiser's plan or citing the strategic goal. */
export const workResults = pgTable(
  'work_results',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    planId: integer('plan_id')
      .notNull()
      .references(() => performancePlans.id),
    kind: workResultKind('kind').notNull().default('MAIN'),
    statement: text('statement').notNull(),
    /** Intervensi: the RHK of the appraiser's plan this one cascades from. */
    parentWorkResultId: integer('parent_work_result_id').references((): AnyPgColumn => workResults.id),
    /** For a JPT: the strategic goal (Renstra) the RHK derives from, instead of a parent RHK. */
    strategicGoal: text('strategic_goal'),
    /** Order within the plan. */
    position: integer('position').notNull(),
    /** The RHK this one was copied from: the previous version, last year's plan, or the appraiser's proposal. */
    derivedFromId: integer('derived_from_id').references((): AnyPgColumn => workResults.id),
    /** The appraiser who proposed it (proposeWorkResultsToReports), if any. */
    proposedById: integer('proposed_by_id').references(() => employees.id),
    ...timestamps,
  },
  (t) => [
    index('work_results_plan_idx').on(t.planId, t.position),
    index('work_results_parent_idx').on(t.parentWorkResultId),
    index('work_results_derived_idx').on(t.derivedFromId),
    check('work_results_one_source', sql`${t.parentWorkResultId} is null or ${t.strategicGoal} is null`),
    check('work_results_not_own_parent', sql`${t.parentWorkResultId} is distinct from ${t.id}`),
  ],
);

/** Indikator kinerja individu: a target on one aspect of an RHK. */
export const indicators = pgTable(
  'indicators',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    workResultId: integer('work_result_id')
      .notNull()
      .references(() => workResults.id),
    aspect: indicatorAspect('aspect').notNull(),
    statement: text('statement').notNull(),
    targetKind: targetKind('target_kind').notNull(),
    targetValue: numeric('target_value', { mode: 'number' }),
    targetMin: numeric('target_min', { mode: 'number' }),
    targetMax: numeric('target_max', { mode: 'number' }),
    /** Satuan, e.g. "dokumen", "%", "hari". */
    unit: text('unit'),
    /** The target of a qualitative indicator, in words. */
    targetStatement: text('target_statement'),
    position: integer('position').notNull(),
    ...timestamps,
  },
  (t) => [
    index('indicators_work_result_idx').on(t.workResultId, t.position),
    check(
      'indicators_target_shape',
      sql`case ${t.targetKind}
        when 'NUMBER' then ${t.targetValue} is not null and ${t.targetMin} is null and ${t.targetMax} is null and ${t.unit} is not null
        when 'RANGE' then ${t.targetValue} is null and ${t.targetMin} is not null and ${t.targetMax} is not null and ${t.targetMin} <= ${t.targetMax} and ${t.unit} is not null
        else ${t.targetValue} is null and ${t.targetMin} is null and ${t.targetMax} is null and ${t.targetStatement} is not null
      end`,
    ),
  ],
);

/** The seven BerAKHLAK core values of ASN with their behaviour guides: reference data, inserted by a migration. */
export const coreValues = pgTable('core_values', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  /** SERVICE, ACCOUNTABLE, COMPETENT, HARMONIOUS, LOYAL, ADAPTIVE, COLLABORATIVE (the training module's codes). */
  code: text('code').notNull().unique('core_values_code_key'),
  name: text('name').notNull(),
  description: text('description').notNull(),
  /** Panduan perilaku: the behaviours that show the value. */
  behaviourGuides: text('behaviour_guides').array().notNull(),
  position: integer('position').notNull(),
});

/** Ekspektasi khusus pimpinan: what the appraiser specifically expects of the employee for one core value. */
export const behaviourExpectations = pgTable(
  'behaviour_expectations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    planId: integer('plan_id')
      .notNull()
      .references(() => performancePlans.id),
    coreValueId: integer('core_value_id')
      .notNull()
      .references(() => coreValues.id),
    expectation: text('expectation').notNull(),
    setById: integer('set_by_id').references(() => employees.id),
    ...timestamps,
  },
  (t) => [uniqueIndex('behaviour_expectations_plan_value_key').on(t.planId, t.coreValueId)],
);

/** Riwayat: every step of a plan's workflow. */
export const planTransitions = pgTable(
  'plan_transitions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    planId: integer('plan_id')
      .notNull()
      .references(() => performancePlans.id),
    action: planAction('action').notNull(),
    fromStatus: planStatus('from_status'),
    toStatus: planStatus('to_status').notNull(),
    actorId: integer('actor_id').references(() => employees.id),
    reason: text('reason'),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('plan_transitions_plan_idx').on(t.planId, t.at)],
);

export type PerformancePeriodRow = typeof performancePeriods.$inferSelect;
export type PerformancePlanRow = typeof performancePlans.$inferSelect;
export type WorkResultRow = typeof workResults.$inferSelect;
export type IndicatorRow = typeof indicators.$inferSelect;
export type CoreValueRow = typeof coreValues.$inferSelect;
export type BehaviourExpectationRow = typeof behaviourExpectations.$inferSelect;
export type PlanTransitionRow = typeof planTransitions.$inferSelect;
export type PlanStatus = (typeof planStatus.enumValues)[number];
export type PlanAction = (typeof planAction.enumValues)[number];
export type PlanCadence = (typeof planCadence.enumValues)[number];
export type WorkResultKind = (typeof workResultKind.enumValues)[number];
export type IndicatorAspect = (typeof indicatorAspect.enumValues)[number];
export type TargetKind = (typeof targetKind.enumValues)[number];
