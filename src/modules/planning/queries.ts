/**
 * Reads of performance planning shared by resolvers, mutations and subscriptions. Everything per row goes through a
 * per-request DataLoader, so a list of plans, RHK or employees costs one statement per kind of data, whatever its
 * length; the alignment tree is one recursive statement.
 */
import DataLoader from 'dataloader';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { isAdminOf } from '../../auth/viewer.js';
import { rowsOf, type Queryable } from '../../db/index.js';
import { byIdLoader, loader, requestMemo, whenKnown, type Context, type LoaderFactory, type MemoFactory } from '../../graphql/context.js';
import { supervisorChains } from '../org/queries.js';
import { resolveAppraisal } from '../org/rules.js';
import type { PositionKind } from '../org/tables.js';
import { planAccess, type PlanAccess } from './rules.js';
import {
  behaviourExpectations,
  coreValues,
  performancePeriods,
  performancePlans,
  workResults,
  type BehaviourExpectationRow,
  type CoreValueRow,
  type PerformancePeriodRow,
  type PerformancePlanRow,
  type WorkResultRow,
} from './tables.js';

const ids = (values: readonly number[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

export const planById = byIdLoader<PerformancePlanRow>((ctx, keys) =>
  ctx.db.select().from(performancePlans).where(inArray(performancePlans.id, [...keys])),
);

/**
 * RHK by id, read with their plans: the plans go into `planById`, so that the access checks that follow (one per
 * RHK) need no statement of their own and a level of the tree costs the same statements however its loads interleave.
 */
export const workResultById: LoaderFactory<number, WorkResultRow | null> = (ctx) =>
  new DataLoader(async (keys) => {
    const rows = await ctx.db
      .select({ workResult: workResults, plan: performancePlans })
      .from(workResults)
      .innerJoin(performancePlans, eq(performancePlans.id, workResults.planId))
      .where(inArray(workResults.id, [...keys]));
    const plans = loader(ctx, planById);
    for (const { plan } of rows) plans.prime(plan.id, plan);
    const byId = new Map(rows.map((r) => [r.workResult.id, r.workResult]));
    return keys.map((id) => byId.get(id) ?? null);
  });

export const periodById = byIdLoader<PerformancePeriodRow>((ctx, keys) =>
  ctx.db.select().from(performancePeriods).where(inArray(performancePeriods.id, [...keys])),
);

// ---------------------------------------------------------------------------------------------------------------
// Who reads a plan

/** Each employee's supervisors now, nearest first, batched into one recursive statement per request tick. */
export const supervisorChainOf: LoaderFactory<number, number[]> = (ctx) =>
  new DataLoader(async (employeeIds) => {
    const chains = await supervisorChains(ctx.db, employeeIds);
    return employeeIds.map((id) => (chains.get(id) ?? []).map((link) => link.id));
  });

export type PlanParties = Pick<PerformancePlanRow, 'agencyId' | 'employeeId' | 'appraiserId' | 'appraiserSuperiorId'>;

/**
 * How much of a plan the viewer reads (see `planAccess` in rules.ts): at once when the plan's parties decide it (the
 * owner, the appraisers, the agency's admins), after reading the supervisor chains otherwise.
 */
export function accessToPlan(ctx: Context, plan: PlanParties): PlanAccess | Promise<PlanAccess> {
  const viewer = ctx.viewer;
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
  const quick = planAccess(facts);
  if (quick === 'FULL') return quick;
  const chains = loader(ctx, supervisorChainOf);
  return Promise.all([chains.load(plan.employeeId), chains.load(viewer.employeeId)]).then(([ownerChain, viewerChain]) =>
    planAccess({ ...facts, ownerChain, viewerChain }),
  );
}

/** Whether the viewer reads an employee's plans at all (the same rule without the parties kept on a plan). */
export function mayReadPlansOf(ctx: Context, employee: { id: number; agencyId: number }): boolean | Promise<boolean> {
  const parties = { agencyId: employee.agencyId, employeeId: employee.id, appraiserId: null, appraiserSuperiorId: null };
  return whenKnown(accessToPlan(ctx, parties), (access) => access !== 'NONE');
}

/**
 * The plans of one employee the viewer may read, by the node's rule (`accessToPlan`): all of them for whoever reads
 * the employee's plans at all, else those that keep the viewer as appraiser or appraiser's superior (the former
 * appraiser after a transfer reads the plan they appraised). Null when the viewer reads none of them.
 */
export function readablePlansOf<P extends PlanParties & { id: number }>(
  ctx: Context,
  employee: { id: number; agencyId: number },
  plans: readonly P[],
): P[] | null | Promise<P[] | null> {
  const some = async (): Promise<P[] | null> => {
    const access = await Promise.all(plans.map((plan) => accessToPlanOnce(ctx, plan)));
    const readable = plans.filter((_plan, i) => access[i] !== 'NONE');
    return readable.length ? readable : null;
  };
  const readsAll = mayReadPlansOf(ctx, employee);
  if (readsAll === true) return [...plans]; // at once: the list of a dashboard stays synchronous
  return Promise.resolve(readsAll).then((all) => (all ? [...plans] : some()));
}

// The type checks of a plan, its RHK and their indicators run once per object, and a dashboard holds hundreds of
// them. They share what the request has decided in plain maps: a check that can answer synchronously keeps every
// field of its object synchronous (an asynchronous type check makes each of them a promise).

/** The viewer's access to each plan decided in this request, by plan id. */
const decidedPlanAccess: MemoFactory<number, PlanAccess> = () => new Map();
/** The plan of each RHK checked in this request, by RHK id. */
const planOfCheckedWorkResult: MemoFactory<number, number> = () => new Map();

/** `accessToPlan`, remembered for the request. */
export function accessToPlanOnce(ctx: Context, plan: PlanParties & { id: number }): PlanAccess | Promise<PlanAccess> {
  const decided = requestMemo(ctx, decidedPlanAccess);
  const known = decided.get(plan.id);
  if (known) return known;
  return whenKnown(accessToPlan(ctx, plan), (access) => {
    decided.set(plan.id, access);
    return access;
  });
}

/** The viewer's access to each plan by id, batched: the plans in one statement, the chains in another. */
export const planAccessById: LoaderFactory<number, PlanAccess> = (ctx) =>
  new DataLoader(async (planIds) => {
    const plans = await loader(ctx, planById).loadMany(planIds);
    return Promise.all(plans.map((plan) => (plan && !(plan instanceof Error) ? accessToPlanOnce(ctx, plan) : ('NONE' as const))));
  });

/** The plan of each RHK (for an indicator whose RHK was not checked in this request). */
export const planIdOfWorkResult: LoaderFactory<number, number | null> = (ctx) =>
  new DataLoader(async (workResultIds) => {
    const rows = await loader(ctx, workResultById).loadMany(workResultIds);
    return rows.map((row) => (row && !(row instanceof Error) ? row.planId : null));
  });

/** Access to the plan of an RHK: at once when the plan was checked in this request. */
export function accessToWorkResult(ctx: Context, workResult: Pick<WorkResultRow, 'planId'>): PlanAccess | Promise<PlanAccess> {
  return requestMemo(ctx, decidedPlanAccess).get(workResult.planId) ?? loader(ctx, planAccessById).load(workResult.planId);
}

/** The type check of an RHK: whoever reads its plan. Remembers its plan for the indicators beneath it. */
export function mayReadWorkResult(ctx: Context, workResult: Pick<WorkResultRow, 'id' | 'planId'>): boolean | Promise<boolean> {
  requestMemo(ctx, planOfCheckedWorkResult).set(workResult.id, workResult.planId);
  return whenKnown(accessToWorkResult(ctx, workResult), (access) => access !== 'NONE');
}

/** The type check of an indicator: whoever reads the plan of its RHK. */
export function mayReadIndicator(ctx: Context, indicator: { workResultId: number }): boolean | Promise<boolean> {
  const planId = requestMemo(ctx, planOfCheckedWorkResult).get(indicator.workResultId);
  if (planId !== undefined) return whenKnown(accessToWorkResult(ctx, { planId }), (access) => access !== 'NONE');
  return loader(ctx, planIdOfWorkResult)
    .load(indicator.workResultId)
    .then(async (id) => id !== null && (await loader(ctx, planAccessById).load(id)) !== 'NONE');
}

// ---------------------------------------------------------------------------------------------------------------
// Plans

/** Every version of the segment each plan belongs to (same employee, year and start), oldest first. */
export const segmentVersions: LoaderFactory<number, PerformancePlanRow[]> = (ctx) =>
  new DataLoader(async (planIds) => {
    const result = await ctx.db.execute(sql`
      select o.id as of_id, v.id
        from performance_plans o
        join performance_plans v on v.employee_id = o.employee_id and v.period_id = o.period_id and v.starts_on = o.starts_on
       where o.id in (${ids(planIds)})
       order by v.version`);
    const pairs = rowsOf<{ of_id: number; id: number }>(result).map((r) => [Number(r.of_id), Number(r.id)] as const);
    const versionIds = [...new Set(pairs.map(([, id]) => id))];
    const rows = versionIds.length ? await ctx.db.select().from(performancePlans).where(inArray(performancePlans.id, versionIds)) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const byPlan = new Map<number, PerformancePlanRow[]>();
    for (const [of, id] of pairs) {
      const list = byPlan.get(of) ?? [];
      list.push(byId.get(id)!);
      byPlan.set(of, list);
    }
    return planIds.map((id) => byPlan.get(id) ?? []);
  });

/** The appraiser and the appraiser's superior of an employee now, with the appraiser's position kind. */
export async function appraisalNow(
  db: Queryable,
  employeeId: number,
): Promise<{ appraiserId: number | null; appraiserSuperiorId: number | null; appraiserKind: PositionKind | null }> {
  const chain = (await supervisorChains(db, [employeeId])).get(employeeId) ?? [];
  const { appraiserId, appraiserSuperiorId } = resolveAppraisal(chain);
  return { appraiserId, appraiserSuperiorId, appraiserKind: chain.find((l) => l.id === appraiserId)?.positionKind ?? null };
}

/** The appraiser now of many employees, batched (placement checks on a page of plans). */
export const appraiserNow: LoaderFactory<number, number | null> = (ctx) =>
  new DataLoader(async (employeeIds) => {
    const chains = await supervisorChains(ctx.db, employeeIds);
    return employeeIds.map((id) => resolveAppraisal(chains.get(id) ?? []).appraiserId);
  });

// ---------------------------------------------------------------------------------------------------------------
// Core values and expectations

/** The seven BerAKHLAK values in their order; read once per request. */
export const allCoreValues: LoaderFactory<'all', CoreValueRow[]> = (ctx) =>
  new DataLoader(async (keys) => {
    const rows = await ctx.db.select().from(coreValues).orderBy(coreValues.position);
    return keys.map(() => rows);
  });

export const expectationsOfPlan: LoaderFactory<number, BehaviourExpectationRow[]> = (ctx) =>
  new DataLoader(async (planIds) => {
    const rows = await ctx.db.select().from(behaviourExpectations).where(inArray(behaviourExpectations.planId, [...planIds]));
    return planIds.map((id) => rows.filter((r) => r.planId === id));
  });

// ---------------------------------------------------------------------------------------------------------------
// The cascade

/** RHK cascaded from each RHK, in plans that are not superseded, by plan owner and order. */
export const childrenOfWorkResult: LoaderFactory<number, WorkResultRow[]> = (ctx) =>
  new DataLoader(async (parentIds) => {
    const rows = await ctx.db
      .select({ workResult: workResults, plan: performancePlans })
      .from(workResults)
      .innerJoin(performancePlans, eq(performancePlans.id, workResults.planId))
      .where(and(inArray(workResults.parentWorkResultId, [...parentIds]), ne(performancePlans.status, 'SUPERSEDED')))
      .orderBy(performancePlans.employeeId, workResults.kind, workResults.position, workResults.id);
    // The plans come along for the access checks of the children (see workResultById).
    const plans = loader(ctx, planById);
    for (const { plan } of rows) plans.prime(plan.id, plan);
    const byParent = new Map<number, WorkResultRow[]>();
    for (const { workResult } of rows) {
      const list = byParent.get(workResult.parentWorkResultId!) ?? [];
      list.push(workResult);
      byParent.set(workResult.parentWorkResultId!, list);
    }
    return parentIds.map((id) => byParent.get(id) ?? []);
  });

export interface AlignmentEdge {
  id: number;
  parentId: number | null;
  depth: number;
  /** In the branch of an RHK that neither cascades from an RHK nor cites the strategic goal (not linked yet). */
  unlinked: boolean;
}

/** Largest number of RHK one alignment query returns; deeper levels are cut first. */
export const ALIGNMENT_LIMIT = 5000;
const MAX_ALIGNMENT_DEPTH = 32;

/**
 * The cascade of RHK in a period, from the roots down. Roots: with `unitPath`, the RHK of plans of the unit (or a
 * unit below it) whose parent is not itself in such a plan (the head's RHK); without it, the RHK with no parent (the
 * JPT's, citing the strategic goal). An RHK with neither parent nor strategic goal (a draft not linked yet) starts a
 * branch of its own, flagged `unlinked`: it is no root of the agency's cascade. Superseded versions are left out.
 * Breadth first, at most `limit` RHK (one more tells the caller the tree was cut): every level above the cut, and
 * part of the level cut, in the order the walk reached it. Under a bare limit the recursive statement stops once it
 * has enough rows, level by level, so it reads only the levels down to the cut, not the whole agency; choosing the
 * lowest ids of the cut level instead would read all of it (at 100,000 employees, 216k of the 230k RHK).
 */
export async function alignmentEdges(
  db: Queryable,
  options: { periodId: number; unitPath: string | null; maxDepth: number | null; limit: number },
): Promise<AlignmentEdge[]> {
  const inUnit = (alias: string) =>
    sql`${sql.raw(alias)}.unit_id in (select u.id from org_units u where u.path like ${`${options.unitPath ?? ''}%`})`;
  const root = options.unitPath === null
    ? sql`w.parent_work_result_id is null`
    : sql`${inUnit('p')} and not exists (
        select 1 from work_results pw join performance_plans pp on pp.id = pw.plan_id
         where pw.id = w.parent_work_result_id and ${inUnit('pp')})`;
  const depth = Math.min(options.maxDepth ?? MAX_ALIGNMENT_DEPTH, MAX_ALIGNMENT_DEPTH);
  // Each child's plan is checked through its primary key: a join lets the planner hash every RHK of the period.
  const result = await db.execute(sql`
    with recursive tree(id, parent_id, depth, unlinked) as (
      select w.id, null::int, 0, (w.parent_work_result_id is null and w.strategic_goal is null)
        from work_results w join performance_plans p on p.id = w.plan_id
       where p.period_id = ${options.periodId} and p.status <> 'SUPERSEDED' and ${root}
      union all
      select w.id, w.parent_work_result_id, t.depth + 1, t.unlinked
        from tree t join work_results w on w.parent_work_result_id = t.id
       where t.depth < ${depth}
         and (select p.period_id = ${options.periodId} and p.status <> 'SUPERSEDED' from performance_plans p where p.id = w.plan_id)
    )
    select id, parent_id, depth, unlinked from tree limit ${options.limit + 1}`);
  return rowsOf<{ id: number; parent_id: number | null; depth: number; unlinked: boolean }>(result).map((r) => ({
    id: Number(r.id),
    parentId: r.parent_id === null ? null : Number(r.parent_id),
    depth: Number(r.depth),
    unlinked: r.unlinked === true,
  })).sort((a, b) => a.depth - b.depth || a.id - b.id);
}
