/**
 * Writes of performance planning. Every mutation is one transaction, audited, and publishes `plan.statusChanged`
 * inside the transaction for each status it sets (delivered after commit).
 *
 * Concurrency: every write to a plan or its content locks the plan row first (SELECT ... FOR UPDATE), so edits,
 * submission and revision of one plan run one after the other and see each other's result. Approval and return are
 * a conditional UPDATE ... WHERE status = 'SUBMITTED' ... RETURNING: of concurrent decisions exactly one finds the
 * plan still submitted. Creating plans (first plan, from last year, after a transfer, a revision, proposals) takes
 * a per-employee advisory lock first, so the one-current-plan rule is checked before it is enforced by the unique
 * index. Whatever reads the appraiser's plan in force to cascade from it (adding or re-linking an RHK, submitting,
 * revising, starting from last year) first takes the appraiser's advisory lock shared (`appraiserPlanInForce`), so a
 * concurrent revision of that plan (which re-points the cascade to its new version) is wholly before or after it.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { isAdminOf, type Viewer } from '../../auth/viewer.js';
import { rowsOf, type Transaction } from '../../db/index.js';
import { builder } from '../../graphql/builder.js';
import type { Context } from '../../graphql/context.js';
import { UserError, refuse, refuseIfAny, runMutation, userError, type UserErrorCode, type UserErrorShape, USER_ERRORS } from '../../graphql/errors.js';
import { inputId } from '../../graphql/ids.js';
import { checkText } from '../../graphql/text.js';
import { recordAudit } from '../audit/audit.js';
import { evaluations } from '../evaluation/tables.js';
import { supervisorChains } from '../org/queries.js';
import { APPRAISER_KINDS, canSignIn, resolveAppraisal, serviceToday, type ChainLink } from '../org/rules.js';
import { Employee } from '../org/schema.js';
import { agencies, employees, orgUnits, positions, type EmployeeRow, type PositionKind } from '../org/tables.js';
import { CoreValueCodeEnum } from '../training/schema.js';
import { appraisalNow } from './queries.js';
import {
  MAX_YEAR,
  MIN_YEAR,
  WORKFLOW,
  checkCascade,
  checkCommand,
  checkPlanStart,
  checkTransferStart,
  matchStrategicGoal,
  mayCiteStrategicGoal,
  planAccess,
  planRoles,
  placementChanged,
  relinkParents,
  strategicGoalRefusal,
  submitProblems,
  validateTarget,
  yearBounds,
  type Derivation,
  type PlanAccess,
  type PlanCommand,
  type PlanRole,
  type Problem,
  type Target,
  type TargetInput,
} from './rules.js';
import {
  IndicatorAspectEnum,
  IndicatorTargetKindEnum,
  PerformanceCadenceEnum,
  PerformanceIndicator,
  PerformancePeriod,
  PerformancePlan,
  WorkResult,
  WorkResultKindEnum,
} from './schema.js';
import {
  behaviourExpectations,
  coreValues,
  indicators,
  performancePeriods,
  performancePlans,
  planTransitions,
  workResults,
  type IndicatorAspect,
  type IndicatorRow,
  type PerformancePeriodRow,
  type PerformancePlanRow,
  type PlanAction,
  type PlanStatus,
  type WorkResultKind,
  type WorkResultRow,
} from './tables.js';

declare module '../../events/pubsub.js' {
  interface EventMap {
    /** A plan was created or changed status. `unitPath` is the path of the plan's unit (for unit subscriptions). */
    'plan.statusChanged': {
      planId: number;
      employeeId: number;
      appraiserId: number | null;
      agencyId: number;
      unitPath: string;
      status: PlanStatus;
      previousStatus: PlanStatus | null;
    };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Limits and input checks

const MAX_STATEMENT = 1000;
const MAX_REASON = 1000;
const MAX_EXPECTATION = 2000;
const MAX_INDICATOR_STATEMENT = 500;
export const MAX_WORK_RESULTS_PER_PLAN = 30;
export const MAX_INDICATORS_PER_WORK_RESULT = 10;
const MAX_PROPOSED_WORK_RESULTS = 20;
const MAX_PROPOSAL_EMPLOYEES = 500;
const BATCH = 1000;
/** How far back `startPlanFromPrevious` follows copies of copies (a year's revisions, then earlier years). */
const MAX_DERIVATION_STEPS = 64;

/** A trimmed text, or null when empty and optional; problems go to `errors` (the shared rule, src/graphql/text.ts). */
function text(
  errors: UserErrorShape[],
  field: string[],
  value: string | null | undefined,
  rule: { label: string; max: number; required?: boolean },
): string | null {
  // Statements and reasons of a plan may run over several lines.
  return checkText(errors, field, value, rule.label, { ...rule, multiline: true });
}

function checkYear(errors: UserErrorShape[], field: string[], year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    errors.push(userError(field, 'INVALID', `The year must be from ${MIN_YEAR} to ${MAX_YEAR}.`));
  }
}

function problemsAt(prefix: string[], problems: readonly Problem[]): UserErrorShape[] {
  return problems.map((p) => userError([...prefix, ...p.field], p.code as UserErrorCode, p.message));
}

function viewerOf(ctx: Context): Extract<Viewer, { kind: 'employee' }> {
  // Every planning mutation carries authScopes { employee: true } or { admin: true }: admins are employees too.
  if (ctx.viewer.kind !== 'employee') throw new Error('planning mutations need an employee viewer');
  return ctx.viewer;
}

/** SQL timestamps for set/values, whose inferred types only name plain strings. */
const NOW = sql`now()` as unknown as string;

// ---------------------------------------------------------------------------------------------------------------
// Reads and locks inside the transaction (never ctx.db: PGlite has one connection and the transaction holds it)

/**
 * Serialises plan creation for one employee (first plan, from last year, transfer, revision, proposals): whatever
 * changes which plan of the employee is in force holds this lock exclusively.
 */
async function lockEmployees(tx: Transaction, employeeIds: readonly number[]): Promise<void> {
  const sorted = [...new Set(employeeIds)].sort((a, b) => a - b);
  if (sorted.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(815420, id) from unnest(${`{${sorted.join(',')}}`}::int[]) as id order by id`);
}

/**
 * The appraiser's plan in force, read under the appraiser's lock of `lockEmployees` taken shared: a revision or a
 * transfer of that plan (which hold it exclusively) either commits before, and what we read next (the plan, and
 * our RHK it re-pointed) is its result, or waits until we commit, and re-points what we wrote. A row lock alone
 * does not do this: FOR SHARE waits for the revision, then finds the old row no longer current and the new one not
 * in the statement's snapshot, so no plan at all. Under the advisory lock the plan in force cannot change, and the
 * FOR SHARE that follows only orders us with edits of its RHK (a removal of the parent we cascade from).
 */
async function appraiserPlanInForce(tx: Transaction, appraiserId: number | null, periodId: number): Promise<PerformancePlanRow | null> {
  if (appraiserId === null) return null;
  await tx.execute(sql`select pg_advisory_xact_lock_shared(815420, ${appraiserId}::int)`);
  return currentPlan(tx, appraiserId, periodId, 'share');
}

async function accessIn(tx: Transaction, viewer: Viewer, plan: PerformancePlanRow): Promise<PlanAccess> {
  if (viewer.kind !== 'employee') return 'NONE';
  const facts = {
    viewerId: viewer.employeeId,
    viewerIsAgencyAdmin: isAdminOf(viewer, plan.agencyId),
    ownerId: plan.employeeId,
    appraiserId: plan.appraiserId,
    appraiserSuperiorId: plan.appraiserSuperiorId,
    ownerChain: [] as number[],
    viewerChain: [] as number[],
  };
  if (planAccess(facts) === 'FULL') return 'FULL';
  const chains = await supervisorChains(tx, [plan.employeeId, viewer.employeeId]);
  facts.ownerChain = (chains.get(plan.employeeId) ?? []).map((l) => l.id);
  facts.viewerChain = (chains.get(viewer.employeeId) ?? []).map((l) => l.id);
  return planAccess(facts);
}

/** The viewer's parts towards the plan (`planRoles`). */
async function rolesIn(tx: Transaction, viewer: Viewer, plan: PerformancePlanRow): Promise<Set<PlanRole>> {
  const viewerId = viewer.kind === 'employee' ? viewer.employeeId : null;
  const facts = { viewerId, viewerIsAgencyAdmin: isAdminOf(viewer, plan.agencyId), ownerId: plan.employeeId, appraiserId: plan.appraiserId, appraiserSignsIn: true };
  // Whether the appraiser signs in matters only to an admin of the agency: read only then.
  if (facts.viewerIsAgencyAdmin && plan.appraiserId !== null && plan.appraiserId !== viewerId) {
    const [appraiser] = await tx.select({ nip: employees.nip }).from(employees).where(eq(employees.id, plan.appraiserId));
    facts.appraiserSignsIn = !appraiser || canSignIn(appraiser);
  }
  return planRoles(facts);
}

type PlanWithPeriod = PerformancePlanRow & { period: PerformancePeriodRow; roles: Set<PlanRole> };

async function readPlan(tx: Transaction, ctx: Context, field: string[], planId: number, lock: 'update' | 'share' | null): Promise<PlanWithPeriod> {
  const query = tx.select().from(performancePlans).where(eq(performancePlans.id, planId));
  const [plan] = lock ? await query.for(lock) : await query;
  if (!plan || (await accessIn(tx, ctx.viewer, plan)) === 'NONE') refuse(field, 'NOT_FOUND', 'No such plan, or you may not see it.');
  const [period] = await tx.select().from(performancePeriods).where(eq(performancePeriods.id, plan.periodId));
  return { ...plan, period: period!, roles: await rolesIn(tx, ctx.viewer, plan) };
}

/**
 * Refuses a command the viewer may not run on the plan, in this order: who (owner or appraiser), the year (open),
 * the status (the workflow table), what the viewer saw (expectedLockVersion).
 */
function authorize(ctx: Context, command: PlanCommand, plan: PlanWithPeriod, field: string[], expectedLockVersion?: number | null): PlanStatus {
  const result = checkCommand(command, plan.status, plan.roles, plan.isCurrent);
  if (!result.ok && result.code !== 'PLAN_STATUS') refuse(field, result.code, result.message);
  if (plan.period.status !== 'OPEN') refuse(field, 'PERIOD_NOT_OPEN', `The performance year ${plan.period.year} is closed: its plans are read only.`);
  if (!result.ok) refuse(field, result.code, result.message);
  if (expectedLockVersion != null && expectedLockVersion !== plan.lockVersion) {
    refuse(['input', 'expectedLockVersion'], 'CONFLICT', 'The plan changed since you read it; read it again.');
  }
  return result.value;
}

/** Locks the plan for a change by the viewer (see `authorize`). */
async function planFor(ctx: Context, tx: Transaction, command: PlanCommand, globalId: string, expectedLockVersion?: number | null): Promise<PlanWithPeriod> {
  const field = ['input', 'planId'];
  const plan = await readPlan(tx, ctx, field, inputId(field, globalId, 'PerformancePlan'), 'update');
  authorize(ctx, command, plan, field, expectedLockVersion);
  return plan;
}

/** Marks a change of the plan or its content: one more lockVersion. */
async function touchPlan(tx: Transaction, planId: number, set: Partial<typeof performancePlans.$inferInsert> = {}): Promise<PerformancePlanRow> {
  const [plan] = await tx
    .update(performancePlans)
    .set({ ...set, lockVersion: sql`${performancePlans.lockVersion} + 1` as unknown as number, updatedAt: NOW })
    .where(eq(performancePlans.id, planId))
    .returning();
  return plan!;
}

async function periodOfYear(tx: Transaction, field: string[], agencyId: number, year: number): Promise<PerformancePeriodRow> {
  const [period] = await tx.select().from(performancePeriods).where(and(eq(performancePeriods.agencyId, agencyId), eq(performancePeriods.year, year)));
  if (!period) refuse(field, 'PERIOD_NOT_OPEN', `The performance year ${year} has not been opened in your agency; ask the HR office (BKPSDM) to open it.`);
  if (period.status !== 'OPEN') refuse(field, 'PERIOD_NOT_OPEN', `The performance year ${year} is closed.`);
  return period;
}

async function currentPlan(tx: Transaction, employeeId: number, periodId: number, lock: 'update' | 'share' | null = null) {
  const query = tx
    .select()
    .from(performancePlans)
    .where(and(eq(performancePlans.employeeId, employeeId), eq(performancePlans.periodId, periodId), eq(performancePlans.isCurrent, true)));
  const [plan] = lock ? await query.for(lock) : await query;
  return plan ?? null;
}

async function employeeWithKind(tx: Transaction, employeeId: number): Promise<EmployeeRow & { positionKind: PositionKind }> {
  const [row] = await tx
    .select({ employee: employees, kind: positions.kind })
    .from(employees)
    .innerJoin(positions, eq(positions.id, employees.positionId))
    .where(eq(employees.id, employeeId));
  return { ...row!.employee, positionKind: row!.kind };
}

async function unitPathOf(tx: Transaction, unitId: number): Promise<string> {
  const [unit] = await tx.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, unitId));
  return unit?.path ?? '';
}

async function recordStep(
  tx: Transaction,
  ctx: Context,
  plan: PerformancePlanRow,
  step: { action: PlanAction; from: PlanStatus | null; to: PlanStatus; reason?: string | null },
): Promise<void> {
  await tx.insert(planTransitions).values({
    planId: plan.id,
    action: step.action,
    fromStatus: step.from,
    toStatus: step.to,
    actorId: ctx.viewer.kind === 'employee' ? ctx.viewer.employeeId : null,
    reason: step.reason ?? null,
  });
  if (step.from !== step.to) {
    await ctx.pubsub.publish(tx, 'plan.statusChanged', {
      planId: plan.id,
      employeeId: plan.employeeId,
      appraiserId: plan.appraiserId,
      agencyId: plan.agencyId,
      unitPath: await unitPathOf(tx, plan.unitId),
      status: step.to,
      previousStatus: step.from,
    });
  }
}

/** A new plan for the employee's current placement and appraiser (the caller holds the employee's lock). */
async function insertPlan(
  tx: Transaction,
  ctx: Context,
  employee: EmployeeRow & { positionKind: PositionKind },
  period: PerformancePeriodRow,
  startsOn: string,
  field: string[],
  reason: string | null = null,
): Promise<PerformancePlanRow> {
  if (employee.positionKind === 'HEAD_OF_REGION') {
    refuse(field, 'INVALID', 'The head of region is an elected official, not ASN, and has no SKP.');
  }
  const appraisal = await appraisalNow(tx, employee.id);
  if (appraisal.appraiserId === null) {
    refuse(field, 'NO_APPRAISER', 'No appraiser (pejabat penilai kinerja) was found above you in the supervisor chain; ask the HR office to set your supervisor.');
  }
  const [plan] = await tx
    .insert(performancePlans)
    .values({
      agencyId: employee.agencyId,
      periodId: period.id,
      employeeId: employee.id,
      appraiserId: appraisal.appraiserId,
      appraiserSuperiorId: appraisal.appraiserSuperiorId,
      positionId: employee.positionId,
      positionKind: employee.positionKind,
      unitId: employee.unitId,
      startsOn,
      endsOn: yearBounds(period.year).endsOn,
      createdById: viewerOf(ctx).employeeId,
    })
    .returning();
  await recordStep(tx, ctx, plan!, { action: 'CREATE', from: null, to: 'DRAFT', reason });
  await recordAudit(tx, ctx.viewer, { action: 'plan.create', entityType: 'PerformancePlan', entityId: plan!.id, after: plan });
  return plan!;
}

/** Ids for rows written in one statement and linked to each other before they exist. */
async function allocateIds(tx: Transaction, table: 'work_results' | 'indicators', count: number): Promise<number[]> {
  if (count === 0) return [];
  const result = await tx.execute(sql`select nextval(pg_get_serial_sequence(${table}, 'id'))::int as id from generate_series(1, ${count})`);
  return rowsOf<{ id: number }>(result).map((r) => Number(r.id));
}

function chunks<T>(items: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

interface CopyRequest {
  targetPlanId: number;
  source: WorkResultRow;
  parentWorkResultId: number | null;
  strategicGoal: string | null;
  position: number;
  derivedFromId: number | null;
  proposedById: number | null;
}

/** Copies RHK with their indicators in three statements, whatever their number; returns the new RHK per request. */
async function copyWorkResults(tx: Transaction, requests: readonly CopyRequest[]): Promise<WorkResultRow[]> {
  if (requests.length === 0) return [];
  const ids = await allocateIds(tx, 'work_results', requests.length);
  const sourceIndicators = await tx
    .select()
    .from(indicators)
    .where(inArray(indicators.workResultId, [...new Set(requests.map((r) => r.source.id))]))
    .orderBy(asc(indicators.position), asc(indicators.id));
  const inserted: WorkResultRow[] = [];
  for (const batch of chunks(requests.map((r, i) => ({ r, id: ids[i]! })))) {
    inserted.push(
      ...(await tx
        .insert(workResults)
        .overridingSystemValue()
        .values(
          batch.map(({ r, id }) => ({
            id,
            planId: r.targetPlanId,
            kind: r.source.kind,
            statement: r.source.statement,
            parentWorkResultId: r.parentWorkResultId,
            strategicGoal: r.strategicGoal,
            position: r.position,
            derivedFromId: r.derivedFromId,
            proposedById: r.proposedById,
          })),
        )
        .returning()),
    );
  }
  const indicatorRows = requests.flatMap((r, i) =>
    sourceIndicators
      .filter((x) => x.workResultId === r.source.id)
      .map(({ id: _id, workResultId: _w, createdAt: _c, updatedAt: _u, ...rest }) => ({ ...rest, workResultId: ids[i]! })),
  );
  for (const batch of chunks(indicatorRows)) await tx.insert(indicators).values(batch);
  const byId = new Map(inserted.map((w) => [w.id, w]));
  return ids.map((id) => byId.get(id)!);
}

async function nextPosition(tx: Transaction, planId: number): Promise<{ position: number; count: number }> {
  const [row] = await tx
    .select({ max: sql<number>`coalesce(max(${workResults.position}), 0)`, count: sql<number>`count(*)::int` })
    .from(workResults)
    .where(eq(workResults.planId, planId));
  return { position: Number(row!.max) + 1, count: Number(row!.count) };
}

/**
 * Checks that `parentGlobalId` names an RHK of the appraiser's current plan for the plan's year, under the
 * appraiser's shared lock until commit (a concurrent revision of it waits, then re-points this RHK too).
 */
async function cascadeParent(tx: Transaction, field: string[], plan: PerformancePlanRow, parentGlobalId: string): Promise<number> {
  const parentId = inputId(field, parentGlobalId, 'WorkResult');
  const appraiserPlan = await appraiserPlanInForce(tx, plan.appraiserId, plan.periodId);
  const [parent] = await tx
    .select({ planId: workResults.planId, planEmployeeId: performancePlans.employeeId, periodId: performancePlans.periodId })
    .from(workResults)
    .innerJoin(performancePlans, eq(performancePlans.id, workResults.planId))
    .where(eq(workResults.id, parentId));
  const result = checkCascade(parent ?? null, plan, appraiserPlan?.id ?? null);
  if (!result.ok) refuse(field, result.code, result.message);
  return parentId;
}

/**
 * The RHK of a plan (`current`, with their statements) and every RHK they were copied from, back through revisions
 * and earlier years (`older`), in one recursive statement: what `relinkParents` finds an old parent's copy in.
 */
async function lineageOf(
  tx: Transaction,
  planId: number,
): Promise<{ current: (Derivation & { statement: string })[]; older: Derivation[] }> {
  const rows = rowsOf<{ id: number; derived_from_id: number | null; depth: number; statement: string }>(
    await tx.execute(sql`
      with recursive lineage(id, derived_from_id, depth, statement) as (
        select w.id, w.derived_from_id, 0, w.statement from work_results w where w.plan_id = ${planId}
        union all
        select o.id, o.derived_from_id, l.depth + 1, null from lineage l join work_results o on o.id = l.derived_from_id
         where l.depth < ${MAX_DERIVATION_STEPS}
      )
      select id, derived_from_id, depth, statement from lineage order by depth, id`),
  ).map((r) => ({ id: Number(r.id), derivedFromId: r.derived_from_id === null ? null : Number(r.derived_from_id), depth: Number(r.depth), statement: r.statement }));
  return {
    current: rows.filter((w) => w.depth === 0).map(({ id, derivedFromId, statement }) => ({ id, derivedFromId, statement })),
    older: rows.filter((w) => w.depth > 0).map(({ id, derivedFromId }) => ({ id, derivedFromId })),
  };
}

async function agencyStrategicGoal(tx: Transaction, agencyId: number): Promise<string | null> {
  const [agency] = await tx.select({ strategicGoal: agencies.strategicGoal }).from(agencies).where(eq(agencies.id, agencyId));
  return agency?.strategicGoal ?? null;
}

/** Refuses a citation of the strategic goal that is not the agency's (or not a JPT's); returns the agency's wording. */
async function checkStrategicGoal(
  tx: Transaction,
  errors: UserErrorShape[],
  field: string[],
  plan: PerformancePlanRow,
  goal: string | null,
  hasParent: boolean,
): Promise<string | null> {
  if (goal === null) return null;
  if (!mayCiteStrategicGoal(plan.positionKind)) {
    errors.push(userError(field, 'INVALID_CASCADE', "Only a JPT's RHK cites the strategic goal; cascade from your appraiser's RHK instead."));
  } else if (hasParent) {
    errors.push(userError(field, 'INVALID', 'An RHK either cascades from a parent RHK or cites the strategic goal, not both.'));
  } else {
    const agencyGoal = await agencyStrategicGoal(tx, plan.agencyId);
    const matched = matchStrategicGoal(goal, agencyGoal);
    if (matched !== null) return matched;
    errors.push(userError(field, 'INVALID_CASCADE', strategicGoalRefusal(goal, agencyGoal)!));
  }
  return goal;
}

// ---------------------------------------------------------------------------------------------------------------
// Inputs and payloads

const IndicatorTargetInput = builder.inputType('IndicatorTargetInput', {
  description: 'A target: NUMBER (value and unit), RANGE (min, max and unit) or QUALITATIVE (statement).',
  fields: (t) => ({
    kind: t.field({ type: IndicatorTargetKindEnum, required: true, description: 'Which of the fields the target uses; the others must be omitted.' }),
    value: t.float({ description: 'NUMBER only: the target, from 0 to 10^12 (at most 100 with the unit "%").' }),
    min: t.float({ description: 'RANGE only: the lower bound, from 0 to 10^12.' }),
    max: t.float({ description: 'RANGE only: the upper bound, from min to 10^12 (at most 100 with the unit "%").' }),
    unit: t.string({ description: 'Satuan, e.g. "dokumen", "%", "hari": required with NUMBER and RANGE, up to 40 characters.' }),
    statement: t.string({ description: 'QUALITATIVE only: the target in words, up to 500 characters.' }),
  }),
});

const IndicatorInput = builder.inputType('IndicatorInput', {
  description: 'An indikator kinerja individu to add with a new RHK.',
  fields: (t) => ({
    aspect: t.field({ type: IndicatorAspectEnum, required: true, description: 'Kuantitas, kualitas, waktu or biaya.' }),
    statement: t.string({ required: true, description: `The indicator, e.g. "Jumlah dokumen perencanaan yang disusun"; up to ${MAX_INDICATOR_STATEMENT} characters.` }),
    target: t.field({ type: IndicatorTargetInput, required: true, description: 'What the indicator should reach.' }),
  }),
});

type IndicatorInputShape = { aspect: IndicatorAspect; statement: string; target: TargetInput };

/** The target's rules (rules.ts), and the characters of its texts. */
function checkTarget(errors: UserErrorShape[], prefix: string[], input: TargetInput): Target | null {
  const before = errors.length;
  text(errors, [...prefix, 'target', 'unit'], input.unit, { label: 'The unit', max: 1000 });
  text(errors, [...prefix, 'target', 'statement'], input.statement, { label: 'The target statement', max: 10_000 });
  if (errors.length > before) return null;
  const target = validateTarget(input);
  if (!target.ok) errors.push(...problemsAt(prefix, target.problems));
  return target.ok ? target.value : null;
}

function checkIndicator(errors: UserErrorShape[], prefix: string[], input: IndicatorInputShape): { statement: string; target: Target } | null {
  const statement = text(errors, [...prefix, 'statement'], input.statement, { label: 'The indicator', max: MAX_INDICATOR_STATEMENT, required: true });
  const target = checkTarget(errors, prefix, input.target);
  return statement !== null && target ? { statement, target } : null;
}

const targetColumns = (target: Target) => ({
  targetKind: target.kind,
  targetValue: target.value,
  targetMin: target.min,
  targetMax: target.max,
  unit: target.unit,
  targetStatement: target.statement,
});

/** The one sentence every payload's userErrors field carries. */

const planPayload = (name: string, description?: string) =>
  builder.objectRef<{ plan?: PerformancePlanRow }>(name).implement({
    ...(description ? { description } : {}),
    fields: (t) => ({
      plan: t.field({ type: PerformancePlan, nullable: true, description: 'The SKP as stored after the change; null when refused.', resolve: (p) => p.plan ?? null }),
      userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (p) => (p as { userErrors: UserErrorShape[] }).userErrors }),
    }),
  });

const OpenPeriodInput = builder.inputType('OpenPerformancePeriodInput', {
  description: 'A performance year to open for your agency, so that SKP can be made for it.',
  fields: (t) => ({
    year: t.int({ required: true, description: `The year, ${MIN_YEAR} to ${MAX_YEAR}; not opened before in your agency.` }),
    cadence: t.field({ type: PerformanceCadenceEnum, defaultValue: 'QUARTERLY', description: 'Periodic evaluation cadence; default quarterly.' }),
  }),
});

const ClosePeriodInput = builder.inputType('ClosePerformancePeriodInput', {
  description: 'An open performance year of your agency to close: its plans become read only.',
  fields: (t) => ({ year: t.int({ required: true, description: `The year, ${MIN_YEAR} to ${MAX_YEAR}; open in your agency.` }) }),
});

const PeriodPayload = (name: string, description: string) =>
  builder.objectRef<{ period?: PerformancePeriodRow }>(name).implement({
    description,
    fields: (t) => ({
      period: t.field({ type: PerformancePeriod, nullable: true, description: 'The performance year as stored after the change; null when refused.', resolve: (p) => p.period ?? null }),
      userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (p) => (p as { userErrors: UserErrorShape[] }).userErrors }),
    }),
  });

const CreatePlanInput = builder.inputType('CreatePlanInput', {
  description: 'Your new SKP (Sasaran Kinerja Pegawai) for a performance year, started empty as a DRAFT.',
  fields: (t) => ({
    year: t.int({ required: true, description: 'The performance year; it must be open.' }),
    startsOn: t.field({ type: 'Date', description: 'For someone who joined during the year; default 1 January.' }),
  }),
});

const StartFromPreviousInput = builder.inputType('StartPlanFromPreviousInput', {
  description: 'Your new SKP for a performance year, started as a DRAFT with the RHK and indicators of an earlier plan of yours.',
  fields: (t) => ({
    year: t.int({ required: true, description: 'The performance year of the new plan; it must be open, and you have no plan for it yet.' }),
    fromPlanId: t.id({ description: 'One of your plans, of another year, to copy; default your plan in force of the year before.' }),
  }),
});

const StartAfterTransferInput = builder.inputType('StartPlanAfterTransferInput', {
  description: 'After a transfer (mutasi): ends the plan in force and starts one for your new position for the rest of the year.',
  fields: (t) => ({
    year: t.int({ required: true, description: 'The performance year of your plan in force; it must be open.' }),
    startsOn: t.field({ type: 'Date', description: 'First day in the new position; default today.' }),
    copyWorkResults: t.boolean({ defaultValue: false, description: 'Copy the RHK and indicators of the ended plan (without their cascade).' }),
  }),
});

const AddWorkResultInput = builder.inputType('AddWorkResultInput', {
  description: `A new RHK (rencana hasil kerja) for your DRAFT or RETURNED plan; a plan has at most ${MAX_WORK_RESULTS_PER_PLAN} RHK.`,
  fields: (t) => ({
    planId: t.id({ required: true, description: 'Your DRAFT or RETURNED PerformancePlan (SKP).' }),
    kind: t.field({ type: WorkResultKindEnum, defaultValue: 'MAIN', description: 'Utama (MAIN, the default) or tambahan (ADDITIONAL).' }),
    statement: t.string({ required: true, description: `The planned work result, up to ${MAX_STATEMENT} characters.` }),
    parentWorkResultId: t.id({ description: "The RHK of your appraiser's current plan it cascades from (intervensi)." }),
    strategicGoal: t.string({ description: `JPT only: the strategic goal it derives from, instead of a parent; up to ${MAX_STATEMENT} characters.` }),
    indicators: t.field({ type: [IndicatorInput], description: `Indicators (indikator kinerja individu) to add with it, at most ${MAX_INDICATORS_PER_WORK_RESULT}.` }),
    expectedLockVersion: t.int({ description: 'Act only if the plan is as you saw it (its lockVersion); otherwise CONFLICT.' }),
  }),
});

const UpdateWorkResultInput = builder.inputType('UpdateWorkResultInput', {
  description: 'Changes an RHK (rencana hasil kerja) of your DRAFT or RETURNED plan. Omitted fields stay; null clears parentWorkResultId or strategicGoal.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The WorkResult (RHK) to change.' }),
    kind: t.field({ type: WorkResultKindEnum, description: 'Utama (MAIN) or tambahan (ADDITIONAL).' }),
    statement: t.string({ description: `The planned work result, up to ${MAX_STATEMENT} characters.` }),
    parentWorkResultId: t.id({ description: "The RHK of your appraiser's current plan it cascades from (intervensi); null removes the cascade." }),
    strategicGoal: t.string({ description: `JPT only: the strategic goal it derives from, instead of a parent; up to ${MAX_STATEMENT} characters; null clears it.` }),
    expectedLockVersion: t.int({ description: 'Act only if the plan is as you saw it (its lockVersion); otherwise CONFLICT.' }),
  }),
});

const RemoveInput = (name: string, description: string, id: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({ id: t.id({ required: true, description: id }), expectedLockVersion: t.int({ description: 'Act only if the plan is as you saw it (its lockVersion); otherwise CONFLICT.' }) }),
  });
const RemoveWorkResultInput = RemoveInput(
  'RemoveWorkResultInput',
  'An RHK (rencana hasil kerja) to remove, with its indicators, from your DRAFT or RETURNED plan.',
  'The WorkResult (RHK) to remove; no RHK of another plan may cascade from it.',
);
const RemoveIndicatorInput = RemoveInput(
  'RemoveIndicatorInput',
  'An indikator kinerja individu to remove from an RHK of your DRAFT or RETURNED plan.',
  'The PerformanceIndicator to remove.',
);

const AddIndicatorInput = builder.inputType('AddIndicatorInput', {
  description: `A new indikator kinerja individu for an RHK of your DRAFT or RETURNED plan; an RHK has at most ${MAX_INDICATORS_PER_WORK_RESULT}.`,
  fields: (t) => ({
    workResultId: t.id({ required: true, description: 'The WorkResult (RHK) it measures.' }),
    aspect: t.field({ type: IndicatorAspectEnum, required: true, description: 'Kuantitas, kualitas, waktu or biaya.' }),
    statement: t.string({ required: true, description: `The indicator, e.g. "Jumlah dokumen perencanaan yang disusun"; up to ${MAX_INDICATOR_STATEMENT} characters.` }),
    target: t.field({ type: IndicatorTargetInput, required: true, description: 'What the indicator should reach.' }),
    expectedLockVersion: t.int({ description: 'Act only if the plan is as you saw it (its lockVersion); otherwise CONFLICT.' }),
  }),
});

const UpdateIndicatorInput = builder.inputType('UpdateIndicatorInput', {
  description: 'Changes an indikator kinerja individu of your DRAFT or RETURNED plan. Omitted fields stay; a target replaces the whole target.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The PerformanceIndicator to change.' }),
    aspect: t.field({ type: IndicatorAspectEnum, description: 'Kuantitas, kualitas, waktu or biaya.' }),
    statement: t.string({ description: `The indicator, up to ${MAX_INDICATOR_STATEMENT} characters.` }),
    target: t.field({ type: IndicatorTargetInput, description: 'The new target, replacing the old one whole.' }),
    expectedLockVersion: t.int({ description: 'Act only if the plan is as you saw it (its lockVersion); otherwise CONFLICT.' }),
  }),
});

const SetExpectationInput = builder.inputType('SetBehaviourExpectationInput', {
  description: 'The appraiser’s ekspektasi khusus pimpinan (specific expectation) for one BerAKHLAK value of a plan they appraise.',
  fields: (t) => ({
    planId: t.id({ required: true, description: 'A PerformancePlan (SKP) you appraise, not yet approved.' }),
    coreValue: t.field({ type: CoreValueCodeEnum, required: true, description: 'The BerAKHLAK core value.' }),
    expectation: t.string({ description: `The specific expectation, up to ${MAX_EXPECTATION} characters; null or empty removes it.` }),
    expectedLockVersion: t.int({ description: 'Act only if the plan is as you saw it (its lockVersion); otherwise CONFLICT.' }),
  }),
});

const PlanCommandInput = (name: string, description?: string) =>
  builder.inputType(name, {
    ...(description ? { description } : {}),
    fields: (t) => ({ planId: t.id({ required: true, description: 'The PerformancePlan (SKP).' }), expectedLockVersion: t.int({ description: 'Act only if the plan is as you saw it (its lockVersion); otherwise CONFLICT.' }) }),
  });

const ReasonedCommandInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({
      planId: t.id({ required: true, description: 'The PerformancePlan (SKP).' }),
      reason: t.string({ required: true, description: `Why, up to ${MAX_REASON} characters; kept in the plan’s history.` }),
      expectedLockVersion: t.int({ description: 'Act only if the plan is as you saw it (its lockVersion); otherwise CONFLICT.' }),
    }),
  });

const ProposeInput = builder.inputType('ProposeWorkResultsToReportsInput', {
  description: 'RHK of your current plan to cascade to the employees you appraise.',
  fields: (t) => ({
    workResultIds: t.idList({ required: true, description: `Up to ${MAX_PROPOSED_WORK_RESULTS} RHK of your current plan.` }),
    employeeIds: t.idList({ description: 'Only these of the employees you appraise; default all of them.' }),
  }),
});

const WorkResultPayload = (name: string, description: string) =>
  builder.objectRef<{ workResult?: WorkResultRow; plan?: PerformancePlanRow }>(name).implement({
    description,
    fields: (t) => ({
      workResult: t.field({ type: WorkResult, nullable: true, description: 'The RHK as stored after the change; null when refused.', resolve: (p) => p.workResult ?? null }),
      plan: t.field({ type: PerformancePlan, nullable: true, description: 'The SKP it belongs to, with its new lockVersion; null when refused.', resolve: (p) => p.plan ?? null }),
      userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (p) => (p as { userErrors: UserErrorShape[] }).userErrors }),
    }),
  });

const IndicatorPayload = (name: string, description: string) =>
  builder.objectRef<{ indicator?: IndicatorRow; plan?: PerformancePlanRow }>(name).implement({
    description,
    fields: (t) => ({
      indicator: t.field({ type: PerformanceIndicator, nullable: true, description: 'The indikator kinerja individu as stored after the change; null when refused.', resolve: (p) => p.indicator ?? null }),
      plan: t.field({ type: PerformancePlan, nullable: true, description: 'The SKP it belongs to, with its new lockVersion; null when refused.', resolve: (p) => p.plan ?? null }),
      userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (p) => (p as { userErrors: UserErrorShape[] }).userErrors }),
    }),
  });

const RemovedPayload = (name: string, description: string) =>
  builder.objectRef<{ removedId?: string; plan?: PerformancePlanRow }>(name).implement({
    description,
    fields: (t) => ({
      removedId: t.id({ nullable: true, description: 'The global ID of what was removed.', resolve: (p) => p.removedId ?? null }),
      plan: t.field({ type: PerformancePlan, nullable: true, description: 'The SKP it was removed from, with its new lockVersion; null when refused.', resolve: (p) => p.plan ?? null }),
      userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (p) => (p as { userErrors: UserErrorShape[] }).userErrors }),
    }),
  });

const RevisePayload = builder
  .objectRef<{ plan?: PerformancePlanRow; previousVersion?: PerformancePlanRow }>('RevisePlanPayload')
  .implement({
    description: 'What revisePlan returns: the new DRAFT version of the SKP and the version it supersedes, or why it was refused.',
    fields: (t) => ({
      plan: t.field({ type: PerformancePlan, nullable: true, description: 'The new version (DRAFT).', resolve: (p) => p.plan ?? null }),
      previousVersion: t.field({ type: PerformancePlan, nullable: true, description: 'The version it replaces, now SUPERSEDED.', resolve: (p) => p.previousVersion ?? null }),
      userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (p) => (p as { userErrors: UserErrorShape[] }).userErrors }),
    }),
  });

const TransferPayload = builder
  .objectRef<{ plan?: PerformancePlanRow; previousPlan?: PerformancePlanRow }>('StartPlanAfterTransferPayload')
  .implement({
    description: 'What startPlanAfterTransfer returns: the new SKP for the new placement and the one it ended, or why it was refused.',
    fields: (t) => ({
      plan: t.field({ type: PerformancePlan, nullable: true, description: 'The new plan (DRAFT) for the new position.', resolve: (p) => p.plan ?? null }),
      previousPlan: t.field({ type: PerformancePlan, nullable: true, description: 'The plan that ended the day before.', resolve: (p) => p.previousPlan ?? null }),
      userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (p) => (p as { userErrors: UserErrorShape[] }).userErrors }),
    }),
  });

type Skip = { employee: EmployeeRow; reason: string };
const ProposalSkip = builder.objectRef<Skip>('ProposalSkip').implement({
  description: 'An employee whose plan the proposal left as it was, and why.',
  fields: (t) => ({
    employee: t.field({ type: Employee, description: 'The employee left out.', resolve: (s) => s.employee }),
    reason: t.exposeString('reason', {
      description: 'Why, in words: not your appraisee, the plan has another appraiser, it is submitted or approved, or every chosen RHK is already cascaded there.',
    }),
  }),
});

const ProposePayload = builder
  .objectRef<{ plans?: PerformancePlanRow[]; proposedCount?: number; skipped?: Skip[] }>('ProposeWorkResultsToReportsPayload')
  .implement({
    description: 'What proposeWorkResultsToReports returns: the SKP drafts that received cascaded RHK, and the employees left out, or why it was refused.',
    fields: (t) => ({
      plans: t.field({ type: [PerformancePlan], description: 'The drafts that received RHK (new or extended).', resolve: (p) => p.plans ?? [] }),
      proposedCount: t.int({ description: 'RHK added over all of them.', resolve: (p) => p.proposedCount ?? 0 }),
      skipped: t.field({ type: [ProposalSkip], description: 'The employees considered whose plans were left as they were, with the reason.', resolve: (p) => p.skipped ?? [] }),
      userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (p) => (p as { userErrors: UserErrorShape[] }).userErrors }),
    }),
  });

// ---------------------------------------------------------------------------------------------------------------
// Mutations

async function loadWorkResultForEdit(ctx: Context, tx: Transaction, field: string[], globalId: string, expectedLockVersion?: number | null) {
  const id = inputId(field, globalId, 'WorkResult');
  const [row] = await tx.select({ planId: workResults.planId }).from(workResults).where(eq(workResults.id, id));
  if (!row) refuse(field, 'NOT_FOUND', 'No such RHK, or you may not see it.');
  const plan = await readPlan(tx, ctx, field, row.planId, 'update');
  authorize(ctx, 'EDIT', plan, field, expectedLockVersion);
  // Read again under the plan's lock: a removal that committed while we waited for the lock leaves nothing to edit.
  const [workResult] = await tx.select().from(workResults).where(and(eq(workResults.id, id), eq(workResults.planId, plan.id)));
  if (!workResult) refuse(field, 'NOT_FOUND', 'No such RHK, or you may not see it.');
  return { plan, workResult };
}

async function loadIndicatorForEdit(ctx: Context, tx: Transaction, field: string[], globalId: string, expectedLockVersion?: number | null) {
  const id = inputId(field, globalId, 'PerformanceIndicator');
  const [row] = await tx
    .select({ planId: workResults.planId })
    .from(indicators)
    .innerJoin(workResults, eq(workResults.id, indicators.workResultId))
    .where(eq(indicators.id, id));
  if (!row) refuse(field, 'NOT_FOUND', 'No such indicator, or you may not see it.');
  const plan = await readPlan(tx, ctx, field, row.planId, 'update');
  authorize(ctx, 'EDIT', plan, field, expectedLockVersion);
  // Read again under the plan's lock: a removal that committed while we waited for the lock leaves nothing to edit.
  const [indicator] = await tx
    .select({ indicator: indicators })
    .from(indicators)
    .innerJoin(workResults, eq(workResults.id, indicators.workResultId))
    .where(and(eq(indicators.id, id), eq(workResults.planId, plan.id)));
  if (!indicator) refuse(field, 'NOT_FOUND', 'No such indicator, or you may not see it.');
  return { plan, indicator: indicator.indicator };
}

/** The plan row of a plan read for a command, for the audit log. */
function rowOf({ period: _period, roles: _roles, ...row }: PlanWithPeriod): PerformancePlanRow {
  return row;
}

/**
 * The decision of the appraiser on a submitted plan, as one conditional UPDATE: of concurrent decisions one wins.
 * The agency's HR admin records it for an appraiser who cannot sign in (FOR_APPRAISER): `onBehalfOf` names that
 * appraiser, and the history step says so (`onBehalfNote`).
 */
async function decide(
  ctx: Context,
  tx: Transaction,
  command: 'APPROVE' | 'RETURN',
  input: { planId: string | number; expectedLockVersion?: number | null },
  set: (appraiserId: number) => Partial<typeof performancePlans.$inferInsert>,
): Promise<{ plan: PerformancePlanRow; before: PerformancePlanRow; onBehalfOf: { id: number; name: string } | null }> {
  const field = ['input', 'planId'];
  const planId = inputId(field, String(input.planId), 'PerformancePlan');
  const before = await readPlan(tx, ctx, field, planId, null);
  authorize(ctx, command, before, field, input.expectedLockVersion);
  const viewer = viewerOf(ctx);
  // authorize let the viewer through as the appraiser, or as the admin recording for them.
  const appraiserId = before.roles.has('APPRAISER') ? viewer.employeeId : before.appraiserId!;
  let onBehalfOf: { id: number; name: string } | null = null;
  if (appraiserId !== viewer.employeeId) {
    const [appraiser] = await tx.select({ id: employees.id, name: employees.name }).from(employees).where(eq(employees.id, appraiserId));
    onBehalfOf = appraiser!;
  }
  const [plan] = await tx
    .update(performancePlans)
    .set({ ...set(appraiserId), lockVersion: sql`${performancePlans.lockVersion} + 1` as unknown as number, updatedAt: NOW })
    .where(
      and(
        eq(performancePlans.id, planId),
        eq(performancePlans.status, 'SUBMITTED'),
        eq(performancePlans.appraiserId, appraiserId),
        input.expectedLockVersion != null ? eq(performancePlans.lockVersion, input.expectedLockVersion) : undefined,
      ),
    )
    .returning();
  if (!plan) {
    // Someone else decided (or changed the plan) between our read and our write: explain with the plan as it is now.
    const now = await readPlan(tx, ctx, field, planId, null);
    authorize(ctx, command, now, field, input.expectedLockVersion);
    refuse(field, 'CONFLICT', 'The plan changed while you were deciding; read it again.');
  }
  return { plan, before: rowOf(before), onBehalfOf };
}

/** What the history says of a decision the HR admin recorded for the appraiser (the actor is the admin). */
function onBehalfNote(appraiser: { name: string }): string {
  return `Dicatat oleh admin kepegawaian atas nama pejabat penilai ${appraiser.name}, yang tidak dapat masuk ke sistem.`;
}

builder.mutationFields((t) => ({
  openPerformancePeriod: t.field({
    type: PeriodPayload('OpenPerformancePeriodPayload', 'What openPerformancePeriod returns: the opened performance year, or why it was refused.'),
    description: 'Opens a performance year for your agency, with its periodic evaluation cadence (admin).',
    authScopes: { admin: true },
    args: { input: t.arg({ type: OpenPeriodInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = viewerOf(ctx);
        const errors: UserErrorShape[] = [];
        checkYear(errors, ['input', 'year'], input.year);
        refuseIfAny(errors);
        const [existing] = await tx
          .select({ id: performancePeriods.id })
          .from(performancePeriods)
          .where(and(eq(performancePeriods.agencyId, viewer.agencyId), eq(performancePeriods.year, input.year)));
        if (existing) refuse(['input', 'year'], 'DUPLICATE', `The performance year ${input.year} is already open in your agency.`);
        const [period] = await tx
          .insert(performancePeriods)
          .values({ agencyId: viewer.agencyId, year: input.year, cadence: input.cadence ?? 'QUARTERLY', openedById: viewer.employeeId })
          .returning();
        await recordAudit(tx, ctx.viewer, { action: 'period.open', entityType: 'PerformancePeriod', entityId: period!.id, after: period });
        return { period: period! };
      }),
  }),
  closePerformancePeriod: t.field({
    type: PeriodPayload('ClosePerformancePeriodPayload', 'What closePerformancePeriod returns: the closed performance year, or why it was refused.'),
    description: 'Closes a performance year of your agency: its plans become read only (admin).',
    authScopes: { admin: true },
    args: { input: t.arg({ type: ClosePeriodInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = viewerOf(ctx);
        const errors: UserErrorShape[] = [];
        checkYear(errors, ['input', 'year'], input.year);
        refuseIfAny(errors);
        const [before] = await tx
          .select()
          .from(performancePeriods)
          .where(and(eq(performancePeriods.agencyId, viewer.agencyId), eq(performancePeriods.year, input.year)))
          .for('update');
        if (!before) refuse(['input', 'year'], 'NOT_FOUND', `The performance year ${input.year} was never opened.`);
        if (before.status === 'CLOSED') refuse(['input', 'year'], 'PERIOD_NOT_OPEN', `The performance year ${input.year} is already closed.`);
        const [period] = await tx
          .update(performancePeriods)
          .set({ status: 'CLOSED', closedAt: NOW, updatedAt: NOW })
          .where(eq(performancePeriods.id, before.id))
          .returning();
        await recordAudit(tx, ctx.viewer, { action: 'period.close', entityType: 'PerformancePeriod', entityId: before.id, before, after: period });
        return { period: period! };
      }),
  }),

  createPlan: t.field({
    type: planPayload('CreatePlanPayload', 'What createPlan returns: your new DRAFT SKP, or why it was refused.'),
    description:
      'Starts your SKP for a year as a DRAFT, with your position and unit and your appraiser (resolved from the ' +
      'supervisor chain now, and kept on the plan).',
    authScopes: { employee: true },
    args: { input: t.arg({ type: CreatePlanInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = viewerOf(ctx);
        const errors: UserErrorShape[] = [];
        checkYear(errors, ['input', 'year'], input.year);
        refuseIfAny(errors);
        const start = checkPlanStart(input.year, input.startsOn);
        if (!start.ok) refuse(['input', 'startsOn'], start.code, start.message);
        const period = await periodOfYear(tx, ['input', 'year'], viewer.agencyId, input.year);
        await lockEmployees(tx, [viewer.employeeId]);
        if (await currentPlan(tx, viewer.employeeId, period.id)) {
          refuse(['input', 'year'], 'DUPLICATE', `You already have a plan for ${input.year}: edit it, revise it, or start a new one after a transfer.`);
        }
        const employee = await employeeWithKind(tx, viewer.employeeId);
        return { plan: await insertPlan(tx, ctx, employee, period, start.value, ['input', 'year']) };
      }),
  }),

  startPlanFromPrevious: t.field({
    type: planPayload('StartPlanFromPreviousPayload', 'What startPlanFromPrevious returns: your new DRAFT SKP with the copied RHK, or why it was refused.'),
    description:
      'Starts your SKP for a year from an earlier plan of yours (default: the year before): its RHK and indicators ' +
      'are copied into a new DRAFT. Each copied RHK cascades again from the RHK your appraiser carried over from the ' +
      'old parent, when there is one.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: StartFromPreviousInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = viewerOf(ctx);
        const errors: UserErrorShape[] = [];
        checkYear(errors, ['input', 'year'], input.year);
        refuseIfAny(errors);
        const period = await periodOfYear(tx, ['input', 'year'], viewer.agencyId, input.year);
        await lockEmployees(tx, [viewer.employeeId]);
        let source: PerformancePlanRow | null = null;
        if (input.fromPlanId != null) {
          const id = inputId(['input', 'fromPlanId'], String(input.fromPlanId), 'PerformancePlan');
          // FOR SHARE: an edit of the source plan (which locks it FOR UPDATE) is all before our copy or all after it;
          // otherwise a removed RHK could be copied (derived_from_id naming a deleted row) or removed under a copy.
          [source = null] = await tx
            .select()
            .from(performancePlans)
            .where(and(eq(performancePlans.id, id), eq(performancePlans.employeeId, viewer.employeeId)))
            .for('share');
          if (!source) refuse(['input', 'fromPlanId'], 'NOT_FOUND', 'No such plan of yours.');
        } else {
          const [previous] = await tx
            .select({ id: performancePeriods.id })
            .from(performancePeriods)
            .where(and(eq(performancePeriods.agencyId, viewer.agencyId), eq(performancePeriods.year, input.year - 1)));
          // Which plan is in force does not change under our own lock (lockEmployees): FOR SHARE only orders edits.
          source = previous ? await currentPlan(tx, viewer.employeeId, previous.id, 'share') : null;
          if (!source) refuse(['input', 'fromPlanId'], 'NOT_FOUND', `You have no plan for ${input.year - 1} to start from.`);
        }
        if (source.periodId === period.id) refuse(['input', 'fromPlanId'], 'INVALID', 'Pick a plan of another year; within a year, revise the plan instead.');
        if (await currentPlan(tx, viewer.employeeId, period.id)) {
          refuse(['input', 'year'], 'DUPLICATE', `You already have a plan for ${input.year}.`);
        }
        const employee = await employeeWithKind(tx, viewer.employeeId);
        const plan = await insertPlan(tx, ctx, employee, period, yearBounds(input.year).startsOn, ['input', 'year'], `Dari SKP tahun ${input.year - 1}`);
        const old = await tx.select().from(workResults).where(eq(workResults.planId, source.id)).orderBy(asc(workResults.kind), asc(workResults.position), asc(workResults.id));
        // The appraiser's RHK this year and every RHK they were copied from, back through revisions to last year's:
        // each old parent is found again through what was copied from it, however many copies ago.
        const appraiserPlan = await appraiserPlanInForce(tx, plan.appraiserId, period.id);
        const lineage = appraiserPlan ? await lineageOf(tx, appraiserPlan.id) : { current: [], older: [] };
        const links = relinkParents(
          old.flatMap((w) => (w.parentWorkResultId === null ? [] : [w.parentWorkResultId])),
          lineage.current,
          lineage.older,
        );
        const jpt = mayCiteStrategicGoal(plan.positionKind);
        await copyWorkResults(
          tx,
          old.slice(0, MAX_WORK_RESULTS_PER_PLAN).map((w, i) => ({
            targetPlanId: plan.id,
            source: w,
            parentWorkResultId: w.parentWorkResultId === null ? null : (links.get(w.parentWorkResultId) ?? null),
            strategicGoal: jpt ? w.strategicGoal : null,
            position: i + 1,
            derivedFromId: w.id,
            proposedById: null,
          })),
        );
        return { plan: await touchPlan(tx, plan.id) };
      }),
  }),

  startPlanAfterTransfer: t.field({
    type: TransferPayload,
    description:
      'After a transfer (mutasi) to another position, unit or appraiser: ends your plan in force on the day before ' +
      '`startsOn` (it keeps its status and stays readable) and starts a new DRAFT for the rest of the year with your ' +
      'new placement and appraiser.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: StartAfterTransferInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = viewerOf(ctx);
        const errors: UserErrorShape[] = [];
        checkYear(errors, ['input', 'year'], input.year);
        refuseIfAny(errors);
        const period = await periodOfYear(tx, ['input', 'year'], viewer.agencyId, input.year);
        await lockEmployees(tx, [viewer.employeeId]);
        const previous = await currentPlan(tx, viewer.employeeId, period.id, 'update');
        if (!previous) refuse(['input', 'year'], 'NOT_FOUND', `You have no plan for ${input.year}: create one instead.`);
        const ended = checkCommand('END_FOR_TRANSFER', previous.status, await rolesIn(tx, ctx.viewer, previous));
        if (!ended.ok) refuse(['input', 'year'], ended.code, ended.message);
        const employee = await employeeWithKind(tx, viewer.employeeId);
        const appraisal = await appraisalNow(tx, employee.id);
        if (!placementChanged(previous, { positionId: employee.positionId, unitId: employee.unitId, appraiserId: appraisal.appraiserId })) {
          refuse(['input'], 'NOT_TRANSFERRED', 'Your position, unit and appraiser are still those of your current plan: edit or revise it instead.');
        }
        const startsOn = input.startsOn ?? serviceToday();
        // Under the plan's row lock: startEvaluation reads the plan FOR SHARE, so no evaluation of it is being added.
        const evaluated = await tx.select({ periodKey: evaluations.periodKey, endsOn: evaluations.endsOn }).from(evaluations).where(eq(evaluations.planId, previous.id));
        const dates = checkTransferStart(input.year, previous, startsOn, evaluated);
        if (!dates.ok) refuse(['input', 'startsOn'], dates.code, dates.message);
        const [closed] = await tx
          .update(performancePlans)
          .set({ isCurrent: false, endsOn: dates.value.previousEndsOn, lockVersion: sql`${performancePlans.lockVersion} + 1` as unknown as number, updatedAt: NOW })
          .where(eq(performancePlans.id, previous.id))
          .returning();
        const [oldPosition] = await tx.select({ title: positions.title }).from(positions).where(eq(positions.id, previous.positionId));
        const [newPosition] = await tx.select({ title: positions.title }).from(positions).where(eq(positions.id, employee.positionId));
        const reason = `Mutasi: ${oldPosition?.title ?? '?'} -> ${newPosition?.title ?? '?'} mulai ${startsOn}`;
        await recordStep(tx, ctx, closed!, { action: 'END', from: previous.status, to: previous.status, reason });
        await recordAudit(tx, ctx.viewer, { action: 'plan.end', entityType: 'PerformancePlan', entityId: previous.id, before: previous, after: closed });
        const plan = await insertPlan(tx, ctx, employee, period, startsOn, ['input', 'year'], reason);
        if (input.copyWorkResults) {
          const old = await tx.select().from(workResults).where(eq(workResults.planId, previous.id)).orderBy(asc(workResults.kind), asc(workResults.position), asc(workResults.id));
          const jpt = mayCiteStrategicGoal(plan.positionKind);
          await copyWorkResults(
            tx,
            old.map((w, i) => ({ targetPlanId: plan.id, source: w, parentWorkResultId: null, strategicGoal: jpt ? w.strategicGoal : null, position: i + 1, derivedFromId: w.id, proposedById: null })),
          );
        }
        return { plan: await touchPlan(tx, plan.id), previousPlan: closed! };
      }),
  }),

  addWorkResult: t.field({
    type: WorkResultPayload('AddWorkResultPayload', 'What addWorkResult returns: the new RHK and its plan, or why it was refused.'),
    description: 'Adds an RHK (with indicators, if given) to your DRAFT or RETURNED plan.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: AddWorkResultInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const errors: UserErrorShape[] = [];
        const statement = text(errors, ['input', 'statement'], input.statement, { label: 'The RHK', max: MAX_STATEMENT, required: true });
        const goal = text(errors, ['input', 'strategicGoal'], input.strategicGoal, { label: 'The strategic goal', max: MAX_STATEMENT });
        const given = input.indicators ?? [];
        if (given.length > MAX_INDICATORS_PER_WORK_RESULT) {
          errors.push(userError(['input', 'indicators'], 'INVALID', `An RHK has at most ${MAX_INDICATORS_PER_WORK_RESULT} indicators.`));
        }
        const checked = given.slice(0, MAX_INDICATORS_PER_WORK_RESULT).map((x, i) => checkIndicator(errors, ['input', 'indicators', String(i)], x as IndicatorInputShape));
        refuseIfAny(errors);
        const plan = await planFor(ctx, tx, 'EDIT', String(input.planId), input.expectedLockVersion);
        const citedGoal = await checkStrategicGoal(tx, errors, ['input', 'strategicGoal'], plan, goal, input.parentWorkResultId != null);
        refuseIfAny(errors);
        const parentId = input.parentWorkResultId != null ? await cascadeParent(tx, ['input', 'parentWorkResultId'], plan, String(input.parentWorkResultId)) : null;
        const { position, count } = await nextPosition(tx, plan.id);
        if (count >= MAX_WORK_RESULTS_PER_PLAN) refuse(['input', 'planId'], 'INVALID', `A plan has at most ${MAX_WORK_RESULTS_PER_PLAN} RHK.`);
        const [workResult] = await tx
          .insert(workResults)
          .values({ planId: plan.id, kind: (input.kind ?? 'MAIN') as WorkResultKind, statement: statement!, parentWorkResultId: parentId, strategicGoal: citedGoal, position })
          .returning();
        const rows = checked.map((c, i) => ({ workResultId: workResult!.id, aspect: given[i]!.aspect as IndicatorAspect, statement: c!.statement, position: i + 1, ...targetColumns(c!.target) }));
        if (rows.length) await tx.insert(indicators).values(rows);
        await recordAudit(tx, ctx.viewer, { action: 'workResult.add', entityType: 'WorkResult', entityId: workResult!.id, after: { ...workResult, indicators: rows } });
        return { workResult: workResult!, plan: await touchPlan(tx, plan.id) };
      }),
  }),

  updateWorkResult: t.field({
    type: WorkResultPayload('UpdateWorkResultPayload', 'What updateWorkResult returns: the changed RHK and its plan, or why it was refused.'),
    description: 'Changes an RHK of your DRAFT or RETURNED plan.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: UpdateWorkResultInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const errors: UserErrorShape[] = [];
        const statement = text(errors, ['input', 'statement'], input.statement, { label: 'The RHK', max: MAX_STATEMENT, required: input.statement !== undefined });
        const goal = text(errors, ['input', 'strategicGoal'], input.strategicGoal, { label: 'The strategic goal', max: MAX_STATEMENT });
        refuseIfAny(errors);
        const { plan, workResult: before } = await loadWorkResultForEdit(ctx, tx, ['input', 'id'], String(input.id), input.expectedLockVersion);
        const changes: Partial<typeof workResults.$inferInsert> = {};
        if (input.kind != null) changes.kind = input.kind as WorkResultKind;
        if (statement !== null) changes.statement = statement;
        if (input.strategicGoal !== undefined) changes.strategicGoal = goal;
        if (input.parentWorkResultId === null) changes.parentWorkResultId = null;
        else if (input.parentWorkResultId !== undefined) {
          changes.parentWorkResultId = await cascadeParent(tx, ['input', 'parentWorkResultId'], plan, String(input.parentWorkResultId));
        }
        const parentAfter = changes.parentWorkResultId !== undefined ? changes.parentWorkResultId : before.parentWorkResultId;
        const goalAfter = changes.strategicGoal !== undefined ? changes.strategicGoal : before.strategicGoal;
        if (input.strategicGoal !== undefined) changes.strategicGoal = await checkStrategicGoal(tx, errors, ['input', 'strategicGoal'], plan, goal, parentAfter !== null);
        else if (goalAfter !== null && parentAfter !== null) changes.strategicGoal = null; // a new parent replaces the citation
        refuseIfAny(errors);
        if (Object.keys(changes).length === 0) refuse(['input'], 'INVALID', 'Give at least one field to change.');
        const [workResult] = await tx.update(workResults).set({ ...changes, updatedAt: NOW }).where(eq(workResults.id, before.id)).returning();
        await recordAudit(tx, ctx.viewer, { action: 'workResult.update', entityType: 'WorkResult', entityId: before.id, before, after: workResult });
        return { workResult: workResult!, plan: await touchPlan(tx, plan.id) };
      }),
  }),

  removeWorkResult: t.field({
    type: RemovedPayload('RemoveWorkResultPayload', 'What removeWorkResult returns: the ID of the removed RHK and its plan, or why it was refused.'),
    description: 'Removes an RHK and its indicators from your DRAFT or RETURNED plan, unless other plans cascade from it.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: RemoveWorkResultInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const { plan, workResult } = await loadWorkResultForEdit(ctx, tx, ['input', 'id'], String(input.id), input.expectedLockVersion);
        const children = await tx.$count(workResults, eq(workResults.parentWorkResultId, workResult.id));
        if (children > 0) {
          refuse(['input', 'id'], 'CASCADED', `${children} RHK of other plans (your reports', or earlier versions of them) cascade from this RHK.`);
        }
        const removed = await tx.delete(indicators).where(eq(indicators.workResultId, workResult.id)).returning();
        // Later copies (next year's plan, a revision) keep their text but lose the link to this one.
        await tx.update(workResults).set({ derivedFromId: null }).where(eq(workResults.derivedFromId, workResult.id));
        await tx.delete(workResults).where(eq(workResults.id, workResult.id));
        await recordAudit(tx, ctx.viewer, { action: 'workResult.remove', entityType: 'WorkResult', entityId: workResult.id, before: { ...workResult, indicators: removed } });
        return { removedId: String(input.id), plan: await touchPlan(tx, plan.id) };
      }),
  }),

  addIndicator: t.field({
    type: IndicatorPayload('AddIndicatorPayload', 'What addIndicator returns: the new indikator kinerja individu and its plan, or why it was refused.'),
    description: 'Adds an indicator (indikator kinerja individu) to an RHK of your DRAFT or RETURNED plan.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: AddIndicatorInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const errors: UserErrorShape[] = [];
        const checked = checkIndicator(errors, ['input'], input as IndicatorInputShape);
        refuseIfAny(errors);
        const { plan, workResult } = await loadWorkResultForEdit(ctx, tx, ['input', 'workResultId'], String(input.workResultId), input.expectedLockVersion);
        const [row] = await tx
          .select({ max: sql<number>`coalesce(max(${indicators.position}), 0)`, count: sql<number>`count(*)::int` })
          .from(indicators)
          .where(eq(indicators.workResultId, workResult.id));
        if (Number(row!.count) >= MAX_INDICATORS_PER_WORK_RESULT) {
          refuse(['input', 'workResultId'], 'INVALID', `An RHK has at most ${MAX_INDICATORS_PER_WORK_RESULT} indicators.`);
        }
        const [indicator] = await tx
          .insert(indicators)
          .values({ workResultId: workResult.id, aspect: input.aspect as IndicatorAspect, statement: checked!.statement, position: Number(row!.max) + 1, ...targetColumns(checked!.target) })
          .returning();
        await recordAudit(tx, ctx.viewer, { action: 'indicator.add', entityType: 'PerformanceIndicator', entityId: indicator!.id, after: indicator });
        return { indicator: indicator!, plan: await touchPlan(tx, plan.id) };
      }),
  }),

  updateIndicator: t.field({
    type: IndicatorPayload('UpdateIndicatorPayload', 'What updateIndicator returns: the changed indikator kinerja individu and its plan, or why it was refused.'),
    description: 'Changes an indicator of your DRAFT or RETURNED plan.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: UpdateIndicatorInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const errors: UserErrorShape[] = [];
        const statement = text(errors, ['input', 'statement'], input.statement, { label: 'The indicator', max: MAX_INDICATOR_STATEMENT, required: input.statement !== undefined });
        const target = input.target != null ? checkTarget(errors, ['input'], input.target as TargetInput) : null;
        refuseIfAny(errors);
        const { plan, indicator: before } = await loadIndicatorForEdit(ctx, tx, ['input', 'id'], String(input.id), input.expectedLockVersion);
        const changes: Partial<typeof indicators.$inferInsert> = {};
        if (input.aspect != null) changes.aspect = input.aspect as IndicatorAspect;
        if (statement !== null) changes.statement = statement;
        if (target) Object.assign(changes, targetColumns(target));
        if (Object.keys(changes).length === 0) refuse(['input'], 'INVALID', 'Give at least one field to change.');
        const [indicator] = await tx.update(indicators).set({ ...changes, updatedAt: NOW }).where(eq(indicators.id, before.id)).returning();
        await recordAudit(tx, ctx.viewer, { action: 'indicator.update', entityType: 'PerformanceIndicator', entityId: before.id, before, after: indicator });
        return { indicator: indicator!, plan: await touchPlan(tx, plan.id) };
      }),
  }),

  removeIndicator: t.field({
    type: RemovedPayload('RemoveIndicatorPayload', 'What removeIndicator returns: the ID of the removed indicator and its plan, or why it was refused.'),
    description: 'Removes an indicator from an RHK of your DRAFT or RETURNED plan.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: RemoveIndicatorInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const { plan, indicator } = await loadIndicatorForEdit(ctx, tx, ['input', 'id'], String(input.id), input.expectedLockVersion);
        await tx.delete(indicators).where(eq(indicators.id, indicator.id));
        await recordAudit(tx, ctx.viewer, { action: 'indicator.remove', entityType: 'PerformanceIndicator', entityId: indicator.id, before: indicator });
        return { removedId: String(input.id), plan: await touchPlan(tx, plan.id) };
      }),
  }),

  setBehaviourExpectation: t.field({
    type: planPayload('SetBehaviourExpectationPayload', 'What setBehaviourExpectation returns: the SKP with the expectation set or removed, or why it was refused.'),
    description:
      'Writes (or, with null, removes) the appraiser’s specific expectation (ekspektasi khusus pimpinan) for one ' +
      'BerAKHLAK value of a plan they appraise, until the plan is approved.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: SetExpectationInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const errors: UserErrorShape[] = [];
        const expectation = text(errors, ['input', 'expectation'], input.expectation, { label: 'The expectation', max: MAX_EXPECTATION });
        refuseIfAny(errors);
        const plan = await planFor(ctx, tx, 'SET_EXPECTATION', String(input.planId), input.expectedLockVersion);
        const [value] = await tx.select().from(coreValues).where(eq(coreValues.code, input.coreValue));
        if (!value) refuse(['input', 'coreValue'], 'NOT_FOUND', 'No such core value.');
        const [before] = await tx
          .select()
          .from(behaviourExpectations)
          .where(and(eq(behaviourExpectations.planId, plan.id), eq(behaviourExpectations.coreValueId, value.id)));
        let after: unknown = null;
        if (expectation === null) {
          if (before) await tx.delete(behaviourExpectations).where(eq(behaviourExpectations.id, before.id));
        } else {
          [after] = await tx
            .insert(behaviourExpectations)
            .values({ planId: plan.id, coreValueId: value.id, expectation, setById: viewerOf(ctx).employeeId })
            .onConflictDoUpdate({
              target: [behaviourExpectations.planId, behaviourExpectations.coreValueId],
              set: { expectation, setById: viewerOf(ctx).employeeId, updatedAt: NOW },
            })
            .returning();
        }
        await recordAudit(tx, ctx.viewer, {
          action: 'plan.setBehaviourExpectation',
          entityType: 'PerformancePlan',
          entityId: plan.id,
          before: before ?? null,
          after: after ?? { coreValue: input.coreValue, expectation: null },
        });
        return { plan: await touchPlan(tx, plan.id) };
      }),
  }),

  submitPlan: t.field({
    type: planPayload('SubmitPlanPayload', 'What submitPlan returns: the SUBMITTED SKP, or why it was refused.'),
    description:
      'Submits your DRAFT or RETURNED plan to your appraiser. It needs at least one main RHK with an indicator, an ' +
      'indicator on every RHK, every RHK cascaded from your appraiser’s plan in force (a JPT may cite the strategic ' +
      'goal instead; an RHK of a plan the appraiser ended is named, with its copy in the plan in force to re-link ' +
      'to), and your appraiser’s own plan for the year to exist.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: PlanCommandInput('SubmitPlanInput', 'Your DRAFT or RETURNED SKP to submit to your appraiser (pejabat penilai kinerja).'), required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const before = await planFor(ctx, tx, 'SUBMIT', String(input.planId), input.expectedLockVersion);
        // First the appraiser's lock (shared): a revision of the appraiser's plan that re-points our RHK is then
        // either all before what we read next, or waits for our commit.
        const appraiserPlan = await appraiserPlanInForce(tx, before.appraiserId, before.periodId);
        const rhk = await tx
          .select({
            id: workResults.id,
            kind: workResults.kind,
            statement: workResults.statement,
            parentWorkResultId: workResults.parentWorkResultId,
            strategicGoal: workResults.strategicGoal,
            indicatorCount: sql<number>`(select count(*)::int from indicators i where i.work_result_id = work_results.id)`,
          })
          .from(workResults)
          .where(eq(workResults.planId, before.id))
          .orderBy(asc(workResults.kind), asc(workResults.position), asc(workResults.id));
        const appraiserKind = before.appraiserId === null ? null : (await employeeWithKind(tx, before.appraiserId)).positionKind;
        // Every RHK of the plan in force must still cascade from the appraiser's plan in force, not from one they ended.
        const lineage = appraiserPlan ? await lineageOf(tx, appraiserPlan.id) : null;
        const problems = submitProblems({
          positionKind: before.positionKind,
          planInForce: before.isCurrent,
          workResults: rhk.map((w) => ({ ...w, indicatorCount: Number(w.indicatorCount) })),
          agencyStrategicGoal: mayCiteStrategicGoal(before.positionKind) ? await agencyStrategicGoal(tx, before.agencyId) : null,
          appraiserKind,
          appraiserCurrent: lineage?.current ?? null,
          appraiserLineage: lineage?.older ?? [],
        });
        refuseIfAny(problemsAt(['input', 'planId'], problems));
        const plan = await touchPlan(tx, before.id, { status: 'SUBMITTED', submittedAt: NOW });
        await recordStep(tx, ctx, plan, { action: 'SUBMIT', from: before.status, to: 'SUBMITTED' });
        await recordAudit(tx, ctx.viewer, { action: 'plan.submit', entityType: 'PerformancePlan', entityId: plan.id, before: rowOf(before), after: plan });
        return { plan };
      }),
  }),

  approvePlan: t.field({
    type: planPayload('ApprovePlanPayload', 'What approvePlan returns: the APPROVED SKP, or why it was refused.'),
    description:
      'Approves a SUBMITTED plan you appraise. The agency’s HR admin records the approval for an appraiser who cannot ' +
      'sign in (the head of region, who appraises the JPT and has no NIP): the history names the admin as actor, on ' +
      'behalf of the appraiser, and `approvedBy` the appraiser. Of concurrent decisions on one plan, exactly one succeeds.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: PlanCommandInput('ApprovePlanInput', 'A SUBMITTED SKP you appraise (or record for an appraiser who cannot sign in), to approve.'), required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        // approvedBy is the appraiser: the decision is theirs, also when the admin records it.
        const { plan, before, onBehalfOf } = await decide(ctx, tx, 'APPROVE', input, (appraiserId) => ({ status: 'APPROVED', approvedAt: NOW, approvedById: appraiserId }));
        await recordStep(tx, ctx, plan, { action: 'APPROVE', from: 'SUBMITTED', to: 'APPROVED', reason: onBehalfOf && onBehalfNote(onBehalfOf) });
        await recordAudit(tx, ctx.viewer, { action: 'plan.approve', entityType: 'PerformancePlan', entityId: plan.id, before, after: { ...plan, onBehalfOfId: onBehalfOf?.id ?? null } });
        return { plan };
      }),
  }),

  returnPlan: t.field({
    type: planPayload('ReturnPlanPayload', 'What returnPlan returns: the RETURNED SKP, or why it was refused.'),
    description:
      'Returns a SUBMITTED plan you appraise to the employee for changes, with a reason. The agency’s HR admin ' +
      'records it for an appraiser who cannot sign in, as for approvePlan.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: ReasonedCommandInput('ReturnPlanInput', 'A SUBMITTED SKP you appraise, to return to the employee for changes.'), required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const errors: UserErrorShape[] = [];
        const reason = text(errors, ['input', 'reason'], input.reason, { label: 'The reason', max: MAX_REASON, required: true });
        refuseIfAny(errors);
        const { plan, before, onBehalfOf } = await decide(ctx, tx, 'RETURN', input, () => ({ status: 'RETURNED', returnedAt: NOW, returnedReason: reason }));
        const step = onBehalfOf ? `${reason} (${onBehalfNote(onBehalfOf)})` : reason;
        await recordStep(tx, ctx, plan, { action: 'RETURN', from: 'SUBMITTED', to: 'RETURNED', reason: step });
        await recordAudit(tx, ctx.viewer, { action: 'plan.return', entityType: 'PerformancePlan', entityId: plan.id, before, after: { ...plan, onBehalfOfId: onBehalfOf?.id ?? null } });
        return { plan };
      }),
  }),

  revisePlan: t.field({
    type: RevisePayload,
    description:
      'Revises your APPROVED plan in force: a new DRAFT version with the same RHK, indicators and expectations and ' +
      'the reason; the approved version becomes SUPERSEDED and stays readable. RHK of other plans cascaded from ' +
      'this one follow to the new version.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: ReasonedCommandInput('RevisePlanInput', 'Your APPROVED SKP in force, to revise as a new version.'), required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const errors: UserErrorShape[] = [];
        const reason = text(errors, ['input', 'reason'], input.reason, { label: 'The reason', max: MAX_REASON, required: true });
        refuseIfAny(errors);
        await lockEmployees(tx, [viewerOf(ctx).employeeId]);
        const before = await planFor(ctx, tx, 'REVISE', String(input.planId), input.expectedLockVersion);
        // The appraiser's lock, shared, before our RHK are read: a concurrent revision of the appraiser's plan
        // re-points them first (we copy the new parents), or waits and re-points our copies.
        await appraiserPlanInForce(tx, before.appraiserId, before.periodId);
        const beforeRow = rowOf(before);
        const old = await touchPlan(tx, before.id, { status: 'SUPERSEDED', isCurrent: false });
        const [plan] = await tx
          .insert(performancePlans)
          .values({
            ...Object.fromEntries(
              Object.entries(beforeRow).filter(([k]) => !['id', 'createdAt', 'updatedAt', 'lockVersion', 'submittedAt', 'approvedAt', 'approvedById', 'returnedAt', 'returnedReason'].includes(k)),
            ),
            version: before.version + 1,
            status: 'DRAFT',
            isCurrent: true,
            revisionOfId: before.id,
            revisionReason: reason,
            createdById: viewerOf(ctx).employeeId,
          } as typeof performancePlans.$inferInsert)
          .returning();
        const rhk = await tx.select().from(workResults).where(eq(workResults.planId, before.id)).orderBy(asc(workResults.kind), asc(workResults.position), asc(workResults.id));
        const copies = await copyWorkResults(
          tx,
          rhk.map((w) => ({ targetPlanId: plan!.id, source: w, parentWorkResultId: w.parentWorkResultId, strategicGoal: w.strategicGoal, position: w.position, derivedFromId: w.id, proposedById: w.proposedById })),
        );
        if (copies.length) {
          const pairs = sql.join(rhk.map((w, i) => sql`(${w.id}::int, ${copies[i]!.id}::int)`), sql`, `);
          // The cascade follows: RHK of plans still in use that cascaded from the old version now cascade from the new.
          await tx.execute(sql`
            update work_results c set parent_work_result_id = m.new_id
              from (values ${pairs}) as m(old_id, new_id)
             where c.parent_work_result_id = m.old_id
               and c.plan_id in (select id from performance_plans where status <> 'SUPERSEDED')`);
        }
        const expectations = await tx.select().from(behaviourExpectations).where(eq(behaviourExpectations.planId, before.id));
        if (expectations.length) {
          await tx
            .insert(behaviourExpectations)
            .values(expectations.map(({ id: _id, createdAt: _c, updatedAt: _u, ...e }) => ({ ...e, planId: plan!.id })));
        }
        await recordStep(tx, ctx, old, { action: 'SUPERSEDE', from: 'APPROVED', to: 'SUPERSEDED', reason });
        await recordStep(tx, ctx, plan!, { action: 'REVISE', from: null, to: 'DRAFT', reason });
        await recordAudit(tx, ctx.viewer, { action: 'plan.revise', entityType: 'PerformancePlan', entityId: plan!.id, before: beforeRow, after: plan });
        return { plan: plan!, previousVersion: old };
      }),
  }),

  proposeWorkResultsToReports: t.field({
    type: ProposePayload,
    description:
      'Cascades RHK of your current plan to the employees you appraise at once: each gets, in their DRAFT or ' +
      'RETURNED plan for the year (created when missing), one main RHK per chosen RHK, cascaded from it, with a ' +
      'copy of its indicators to adjust. Plans already submitted or approved, plans with another appraiser, and RHK ' +
      'already cascaded there are left as they are (see `skipped`).',
    authScopes: { employee: true },
    args: { input: t.arg({ type: ProposeInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = viewerOf(ctx);
        const errors: UserErrorShape[] = [];
        if (input.workResultIds.length === 0 || input.workResultIds.length > MAX_PROPOSED_WORK_RESULTS) {
          errors.push(userError(['input', 'workResultIds'], 'INVALID', `Choose 1 to ${MAX_PROPOSED_WORK_RESULTS} RHK.`));
        }
        if ((input.employeeIds?.length ?? 0) > MAX_PROPOSAL_EMPLOYEES) {
          errors.push(userError(['input', 'employeeIds'], 'INVALID', `At most ${MAX_PROPOSAL_EMPLOYEES} employees at once.`));
        }
        refuseIfAny(errors);
        const chosenIds = [...new Set(input.workResultIds.map((id, i) => inputId(['input', 'workResultIds', String(i)], String(id), 'WorkResult')))];
        const onlyIds = input.employeeIds ? new Set(input.employeeIds.map((id, i) => inputId(['input', 'employeeIds', String(i)], String(id), 'Employee'))) : null;
        const chosen = await tx.select().from(workResults).where(inArray(workResults.id, chosenIds)).orderBy(asc(workResults.kind), asc(workResults.position));
        const [ownPlan] = chosen.length ? await tx.select().from(performancePlans).where(eq(performancePlans.id, chosen[0]!.planId)).for('share') : [];
        if (chosen.length !== chosenIds.length || !ownPlan || ownPlan.employeeId !== viewer.employeeId || !ownPlan.isCurrent || chosen.some((w) => w.planId !== ownPlan.id)) {
          refuse(['input', 'workResultIds'], 'INVALID_CASCADE', 'Choose RHK of your own current plan (one year at a time).');
        }
        const [period] = await tx.select().from(performancePeriods).where(eq(performancePeriods.id, ownPlan.periodId));
        if (period!.status !== 'OPEN') refuse(['input', 'workResultIds'], 'PERIOD_NOT_OPEN', `The performance year ${period!.year} is closed.`);

        // Candidates: your reports, and the staff of reports who do not appraise (tim kerja leaders).
        const below = rowsOf<{ id: number }>(
          await tx.execute(sql`
            with recursive below(id, kind) as (
              select e.id, p.kind from employees e join positions p on p.id = e.position_id where e.supervisor_id = ${viewer.employeeId}
              union all
              select e.id, p.kind from below b join employees e on e.supervisor_id = b.id join positions p on p.id = e.position_id
               where b.kind not in (${sql.join([...APPRAISER_KINDS].map((k) => sql`${k}`), sql`, `)})
            )
            select id from below order by id`),
        ).map((r) => Number(r.id));
        const candidates = onlyIds ? below.filter((id) => onlyIds.has(id)) : below;
        // Reporting to you is not enough: the appraiser is the nearest supervisor at pengawas level or above, the
        // rule createPlan applies (a pelaksana leading a tim kerja appraises nobody).
        const chains = candidates.length ? await supervisorChains(tx, candidates) : new Map<number, ChainLink[]>();
        const appraisals = new Map(candidates.map((id) => [id, resolveAppraisal(chains.get(id) ?? [])]));
        const targets = candidates.filter((id) => appraisals.get(id)!.appraiserId === viewer.employeeId);
        const skipped: Skip[] = [];
        const people = new Map(
          (candidates.length || onlyIds?.size
            ? await tx
                .select({ employee: employees, kind: positions.kind })
                .from(employees)
                .innerJoin(positions, eq(positions.id, employees.positionId))
                .where(inArray(employees.id, [...new Set([...candidates, ...(onlyIds ?? [])])]))
            : []
          ).map((r) => [r.employee.id, { ...r.employee, positionKind: r.kind }]),
        );
        for (const id of onlyIds ?? []) {
          const person = people.get(id);
          if (!person || person.agencyId !== viewer.agencyId) refuse(['input', 'employeeIds'], 'NOT_FOUND', 'No such employee in your agency.');
        }
        const targetSet = new Set(targets);
        for (const id of onlyIds ? [...onlyIds] : candidates) {
          if (!targetSet.has(id)) skipped.push({ employee: people.get(id)!, reason: 'You are not this employee’s appraiser.' });
        }
        await lockEmployees(tx, targets);
        const existing = targets.length
          ? await tx
              .select()
              .from(performancePlans)
              .where(and(inArray(performancePlans.employeeId, targets), eq(performancePlans.periodId, ownPlan.periodId), eq(performancePlans.isCurrent, true)))
              .orderBy(asc(performancePlans.id))
              .for('update')
          : [];
        const planOf = new Map(existing.map((p) => [p.employeeId, p]));
        const usable: PerformancePlanRow[] = [];
        const toCreate: (EmployeeRow & { positionKind: PositionKind })[] = [];
        for (const id of targets) {
          const person = people.get(id)!;
          const plan = planOf.get(id);
          if (!plan) toCreate.push(person);
          else if (plan.appraiserId !== viewer.employeeId) skipped.push({ employee: person, reason: 'The plan in force has another appraiser.' });
          else if (!WORKFLOW.EDIT.from.includes(plan.status)) skipped.push({ employee: person, reason: `The plan is ${plan.status.toLowerCase()}; it takes changes only through the employee.` });
          else usable.push(plan);
        }
        const { startsOn, endsOn } = yearBounds(period!.year);
        const created: PerformancePlanRow[] = [];
        for (const batch of chunks(toCreate)) {
          created.push(
            ...(await tx
              .insert(performancePlans)
              .values(
                batch.map((e) => ({
                  agencyId: e.agencyId,
                  periodId: ownPlan.periodId,
                  employeeId: e.id,
                  appraiserId: viewer.employeeId,
                  appraiserSuperiorId: appraisals.get(e.id)!.appraiserSuperiorId,
                  positionId: e.positionId,
                  positionKind: e.positionKind,
                  unitId: e.unitId,
                  startsOn,
                  endsOn,
                  createdById: viewer.employeeId,
                })),
              )
              .returning()),
          );
        }
        const plans = [...usable, ...created];
        // What each plan already cascades from, and where its next RHK goes.
        const present = plans.length
          ? await tx
              .select({ planId: workResults.planId, parentId: workResults.parentWorkResultId, position: workResults.position })
              .from(workResults)
              .where(inArray(workResults.planId, plans.map((p) => p.id)))
          : [];
        const requests: CopyRequest[] = [];
        const counts = new Map<number, number>();
        for (const plan of plans) {
          const mine = present.filter((w) => w.planId === plan.id);
          let position = Math.max(0, ...mine.map((w) => w.position));
          let count = mine.length;
          for (const source of chosen) {
            if (mine.some((w) => w.parentId === source.id) || count >= MAX_WORK_RESULTS_PER_PLAN) continue;
            position += 1;
            count += 1;
            requests.push({ targetPlanId: plan.id, source: { ...source, kind: 'MAIN' }, parentWorkResultId: source.id, strategicGoal: null, position, derivedFromId: null, proposedById: viewer.employeeId });
            counts.set(plan.id, (counts.get(plan.id) ?? 0) + 1);
          }
        }
        await copyWorkResults(tx, requests);
        const touched = plans.filter((p) => counts.has(p.id));
        for (const plan of usable) {
          if (!counts.has(plan.id)) skipped.push({ employee: people.get(plan.employeeId)!, reason: 'Every chosen RHK is already cascaded in this plan.' });
        }
        const touchedIds = touched.map((p) => p.id);
        const after = touchedIds.length
          ? await tx
              .update(performancePlans)
              .set({ lockVersion: sql`${performancePlans.lockVersion} + 1` as unknown as number, updatedAt: NOW })
              .where(inArray(performancePlans.id, touchedIds))
              .returning()
          : [];
        const createdIds = new Set(created.map((p) => p.id));
        for (const plan of after.sort((a, b) => a.employeeId - b.employeeId)) {
          if (createdIds.has(plan.id)) await recordStep(tx, ctx, plan, { action: 'CREATE', from: null, to: 'DRAFT', reason: 'Diusulkan oleh pejabat penilai' });
          await recordAudit(tx, ctx.viewer, {
            action: createdIds.has(plan.id) ? 'plan.proposeNew' : 'plan.propose',
            entityType: 'PerformancePlan',
            entityId: plan.id,
            after: { plan, proposedWorkResults: counts.get(plan.id), from: chosenIds },
          });
        }
        return { plans: after.sort((a, b) => a.employeeId - b.employeeId), proposedCount: requests.length, skipped };
      }),
  }),
}));
