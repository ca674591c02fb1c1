/**
 * Reads of the evaluation module shared by resolvers, mutations and subscriptions: who reads an evaluation, the
 * curve that applies to a unit and period, and the distribution of predikat in a unit's subtree.
 */
import DataLoader from 'dataloader';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { hasRole, isAdminOf } from '../../auth/viewer.js';
import type { Viewer } from '../../auth/viewer.js';
import { rowsOf, type Queryable } from '../../db/index.js';
import { byIdLoader, type LoaderFactory } from '../../graphql/context.js';
import { auditLog } from '../audit/tables.js';
import { employees, orgUnits } from '../org/tables.js';
import { canSignIn } from '../org/rules.js';
import { performancePlans, type PerformancePlanRow, type PlanStatus } from '../planning/tables.js';
import { checkCurve, DEFAULT_CURVES, type Curve, type PlanVersion, type CurveCheck, type OrganisationPredikat, type Predikat } from './rules.js';
import { distributionCurves, evaluations, organisationPredikats, type EvaluationRow } from './tables.js';

export const evaluationById = byIdLoader<EvaluationRow>((ctx, ids) =>
  ctx.db.select().from(evaluations).where(inArray(evaluations.id, [...ids])),
);

type Parties = Pick<EvaluationRow, 'agencyId' | 'employeeId' | 'appraiserId' | 'appraiserSuperiorId'>;

/** The employee, the appraiser, the appraiser's superior and the agency's admins read an evaluation. */
export function mayReadEvaluation(viewer: Viewer, evaluation: Parties): boolean {
  if (viewer.kind !== 'employee') return false;
  if (isAdminOf(viewer, evaluation.agencyId)) return true;
  return [evaluation.employeeId, evaluation.appraiserId, evaluation.appraiserSuperiorId].includes(viewer.employeeId);
}

/** The same rule as a relational filter over evaluations, for lists (plain data, so its statement is compiled once). */
export function visibleEvaluations(viewer: Viewer) {
  if (viewer.kind !== 'employee') return { id: { isNull: true as const } }; // nothing
  const parties = [{ employeeId: viewer.employeeId }, { appraiserId: viewer.employeeId }, { appraiserSuperiorId: viewer.employeeId }];
  return { OR: hasRole(viewer, 'admin') ? [{ agencyId: viewer.agencyId }, ...parties] : parties };
}

// ---------------------------------------------------------------------------------------------------------------
// Acting on behalf of a party who cannot sign in (see `appraiserActing` and `superiorActing` in rules.ts)

/** Whether a party (appraiser or appraiser's superior) can sign in (`canSignIn` in org/rules); true when there is none. */
export async function partySignsIn(db: Queryable, partyId: number | null): Promise<boolean> {
  if (partyId === null) return true;
  const [party] = await db.select({ nip: employees.nip }).from(employees).where(eq(employees.id, partyId));
  return !party || canSignIn(party);
}

/** The audit actions of an appraiser's part in an evaluation: whoever wrote one of them decided the evaluation. */
export const DECIDING_ACTIONS = ['evaluation.start', 'evaluation.rate', 'evaluation.finalise'] as const;

/**
 * Whether an employee decided an evaluation: as its appraiser, or by recording it on the appraiser's behalf (an
 * entry of theirs among `DECIDING_ACTIONS` in the audit log, which names who acted; the evaluation names the party).
 */
export async function decidedEvaluation(db: Queryable, evaluation: Pick<EvaluationRow, 'id' | 'appraiserId'>, employeeId: number): Promise<boolean> {
  if (evaluation.appraiserId === employeeId) return true;
  const [entry] = await db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entityType, 'Evaluation'),
        eq(auditLog.entityId, evaluation.id),
        eq(auditLog.actorEmployeeId, employeeId),
        inArray(auditLog.action, [...DECIDING_ACTIONS]),
      ),
    )
    .limit(1);
  return entry !== undefined;
}

/**
 * The objections an HR admin hears and decides on behalf of a superior who cannot sign in (`superiorActing`), as a
 * condition on `objections` for the queue: the decider is of the admin's agency and has no NIP (`canSignIn`), and
 * the objection is neither the admin's own nor about an evaluation the admin decided (`decidedEvaluation`).
 */
export function objectionsOnBehalfOf(viewer: Extract<Viewer, { kind: 'employee' }>, objection: { deciderId: unknown; employeeId: unknown; evaluationId: unknown }): SQL {
  const actions = sql.join(DECIDING_ACTIONS.map((a) => sql`${a}`), sql`, `);
  return sql`(${objection.deciderId} in (select d.id from employees d where d.agency_id = ${viewer.agencyId} and d.nip is null)
    and ${objection.employeeId} <> ${viewer.employeeId}
    and not exists (select 1 from evaluations e where e.id = ${objection.evaluationId} and e.appraiser_id = ${viewer.employeeId})
    and not exists (select 1 from audit_log a where a.entity_type = 'Evaluation' and a.entity_id = ${objection.evaluationId}
                     and a.actor_employee_id = ${viewer.employeeId} and a.action in (${actions})))`;
}

/** The employee who last wrote `action` on each entity of a type, from the audit log (null when none did). */
function lastActor(entityType: string, action: string): LoaderFactory<number, number | null> {
  return (ctx) =>
    new DataLoader(async (entityIds) => {
      const rows = await ctx.db
        .select({ entityId: auditLog.entityId, actorId: auditLog.actorEmployeeId, id: auditLog.id })
        .from(auditLog)
        .where(and(eq(auditLog.entityType, entityType), eq(auditLog.action, action), inArray(auditLog.entityId, [...entityIds])))
        .orderBy(auditLog.id);
      const actor = new Map(rows.map((r) => [r.entityId, r.actorId]));
      return entityIds.map((id) => actor.get(id) ?? null);
    });
}

/** Who finalised each evaluation: the appraiser, or the HR admin on the appraiser's behalf. */
export const evaluationFinaliser = lastActor('Evaluation', 'evaluation.finalise');
/** Who decided each objection: the appraiser's superior, or the HR admin on the superior's behalf. */
export const objectionDecider = lastActor('Objection', 'objection.decide');

/**
 * The versions of one segment of an employee's year, as planning's `performance_plans_version_key` identifies them
 * (employee, year, first day, version): a revision copies the first day, a transfer starts a new segment on a later
 * one. Evaluations and monthly reports are unique per segment and period, whichever version they were made on.
 */
export function sameSegment(plan: Pick<PerformancePlanRow, 'employeeId' | 'periodId' | 'startsOn'>) {
  return and(eq(performancePlans.employeeId, plan.employeeId), eq(performancePlans.periodId, plan.periodId), eq(performancePlans.startsOn, plan.startsOn))!;
}

/** A plan version as raw SQL reads it (dates as text), with the version revising it (left join, so maybe nulls). */
export type PlanVersionRow = {
  status: PlanStatus;
  starts_on: string;
  ends_on: string;
  successor_status: PlanStatus | null;
  successor_ends_on: string | null;
};

export function planVersionOf(row: PlanVersionRow): PlanVersion {
  return {
    status: row.status,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    successor: row.successor_status ? { status: row.successor_status, endsOn: row.successor_ends_on! } : null,
  };
}

/** The agency's curves: its own rows where it changed them, the defaults otherwise. */
export async function curvesOf(db: Queryable, agencyId: number): Promise<Curve[]> {
  const rows = await db.select().from(distributionCurves).where(eq(distributionCurves.agencyId, agencyId));
  const own = new Map(rows.map((r) => [r.organisationPredikat, r.bounds]));
  return DEFAULT_CURVES.map((c) => ({ organisationPredikat: c.organisationPredikat, bounds: own.get(c.organisationPredikat) ?? c.bounds }));
}

export interface CurveScope {
  /** The unit whose own predikat applies, or null for the organisation's. */
  unitId: number | null;
  organisationPredikat: OrganisationPredikat;
  /** Path prefix of the employees it bounds ('' for the whole agency). */
  pathPrefix: string;
}

/** The predikat that selects the curve for a unit: the unit's own, the nearest ancestor's, or the organisation's. */
export async function curveScopeFor(db: Queryable, agencyId: number, periodId: number, unitId: number): Promise<CurveScope | null> {
  const [unit] = await db.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, unitId));
  const ancestorIds = (unit?.path ?? '').split('/').filter(Boolean).map(Number);
  const rows = await db
    .select({ unitId: organisationPredikats.unitId, predikat: organisationPredikats.predikat, path: orgUnits.path })
    .from(organisationPredikats)
    .leftJoin(orgUnits, eq(orgUnits.id, organisationPredikats.unitId))
    .where(and(eq(organisationPredikats.agencyId, agencyId), eq(organisationPredikats.periodId, periodId)));
  let best: CurveScope | null = null;
  let bestDepth = -1;
  for (const row of rows) {
    if (row.unitId === null) {
      if (bestDepth < 0) best = { unitId: null, organisationPredikat: row.predikat, pathPrefix: '' };
      continue;
    }
    const depth = ancestorIds.indexOf(row.unitId);
    if (depth > bestDepth) {
      bestDepth = depth;
      best = { unitId: row.unitId, organisationPredikat: row.predikat, pathPrefix: row.path ?? '' };
    }
  }
  return best;
}

/** Counts of the predikat in force among the evaluations of a period key in a unit subtree ('' = agency). */
export async function predikatCounts(
  db: Queryable,
  agencyId: number,
  periodId: number,
  periodKey: string,
  pathPrefix: string,
  extra?: { excludeEvaluationId: number; predikat: Predikat },
): Promise<Partial<Record<Predikat, number>>> {
  // The whole agency needs no join (every unit's path starts with ''); both read `evaluations_period_counts_idx` only.
  const inScope = pathPrefix === '' ? sql`` : sql`join org_units u on u.id = e.unit_id and u.path like ${pathPrefix + '%'}`;
  const result = await db.execute<{ predikat: Predikat; count: number }>(sql`
    select coalesce(e.final_predikat, e.predikat) as predikat, count(*)::int as count
      from evaluations e ${inScope}
     where e.agency_id = ${agencyId} and e.period_id = ${periodId} and e.period_key = ${periodKey}
       and coalesce(e.final_predikat, e.predikat) is not null
       ${extra ? sql`and e.id <> ${extra.excludeEvaluationId}` : sql``}
     group by 1`);
  const counts: Partial<Record<Predikat, number>> = {};
  for (const row of rowsOf<{ predikat: Predikat; count: number }>(result)) counts[row.predikat] = Number(row.count);
  if (extra) counts[extra.predikat] = (counts[extra.predikat] ?? 0) + 1;
  return counts;
}

export interface Distribution {
  scope: CurveScope | null;
  curve: Curve | null;
  check: CurveCheck;
}

/** The distribution of a unit's subtree against the curve its (or its organisation's) predikat selects. */
export async function distributionFor(
  db: Queryable,
  agencyId: number,
  periodId: number,
  periodKey: string,
  unitId: number,
  extra?: { excludeEvaluationId: number; predikat: Predikat },
): Promise<Distribution> {
  const scope = await curveScopeFor(db, agencyId, periodId, unitId);
  const [unit] = await db.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, unitId));
  const curve = scope ? (await curvesOf(db, agencyId)).find((c) => c.organisationPredikat === scope.organisationPredikat) ?? null : null;
  const counts = await predikatCounts(db, agencyId, periodId, periodKey, unit?.path ?? '/-/', extra);
  return { scope, curve, check: checkCurve(curve ?? { organisationPredikat: 'BAIK', bounds: [] }, counts) };
}
