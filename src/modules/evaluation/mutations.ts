import { and, eq, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/index.js';
import { isAdminOf, type Viewer } from '../../auth/viewer.js';
import { builder } from '../../graphql/builder.js';
import type { Context } from '../../graphql/context.js';
import { UserError, refuse, refuseIfAny, runMutation, userError, type UserErrorShape, USER_ERRORS } from '../../graphql/errors.js';
import { encodeGlobalID, inputId } from '../../graphql/ids.js';
import { checkText } from '../../graphql/text.js';
import { recordAudit } from '../audit/audit.js';
import { serviceToday } from '../org/rules.js';
import { CoreValueCodeEnum } from '../training/schema.js';
import { coreValues, performancePeriods, performancePlans, workResults } from '../planning/tables.js';
import { curvesOf, curveScopeFor, decidedEvaluation, mayReadEvaluation, partySignsIn, predikatCounts, sameSegment } from './queries.js';
import {
  addDays,
  appraiserActing,
  checkCurve,
  curveProblems,
  dueDateProblem,
  evaluationPeriods,
  evaluationRefusal,
  followUpFor,
  MAX_IMPROVEMENT_ACTION,
  MAX_IMPROVEMENT_ACTIONS,
  MAX_CURVE_BOUNDS,
  mayStillObject,
  missingRatings,
  objectionLastDay,
  predikatFor,
  PREDIKATS,
  superiorActing,
  type ActingFacts,
  type CurveBound,
  type Predikat,
  type Rating,
} from './rules.js';
import {
  DistributionCurve,
  Evaluation,
  Objection,
  ObjectionDecisionEnum,
  OrganisationPredikatEnum,
  PredikatEnum,
  RatingEnum,
  predikatInForce,
} from './schema.js';
import {
  behaviourRatings,
  distributionCurves,
  evaluations,
  improvementPlans,
  objections,
  organisationPredikats,
  rewardEligibilities,
  workResultRatings,
  type EvaluationRow,
  type EvaluationStatus,
  type ObjectionRow,
} from './tables.js';

/** What happened to an evaluation. */
export type EvaluationChange = 'STARTED' | 'RATED' | 'FINALISED' | 'ACKNOWLEDGED' | 'OBJECTION_FILED' | 'OBJECTION_HEARD' | 'OBJECTION_DECIDED';

declare module '../../events/pubsub.js' {
  interface EventMap {
    'evaluation.statusChanged': {
      evaluationId: number;
      employeeId: number;
      appraiserId: number;
      appraiserSuperiorId: number | null;
      unitPath: string;
      status: EvaluationStatus;
      change: EvaluationChange;
    };
  }
}

const MAX_NOTE = 4000;

function employeeViewer(viewer: Viewer) {
  if (viewer.kind !== 'employee') throw new Error('evaluation mutations need an employee viewer');
  return viewer;
}

/** Notes, reasons and statements: the shared text rule (src/graphql/text.ts), several lines allowed. */
function checkNote(errors: UserErrorShape[], field: string[], value: string | null | undefined, label: string, required = false) {
  checkText(errors, field, value, label, { max: MAX_NOTE, multiline: true, required });
}

/** The evaluation, locked for the rest of the transaction; NOT_FOUND when the viewer may not read it. */
async function lockEvaluation(tx: Transaction, viewer: Viewer, field: string[], globalId: string): Promise<EvaluationRow> {
  const id = inputId(field, globalId, 'Evaluation');
  const [row] = await tx.select().from(evaluations).where(eq(evaluations.id, id)).for('update');
  if (!row || !mayReadEvaluation(viewer, row)) refuse(field, 'NOT_FOUND', 'No such evaluation, or you may not see it.');
  return row;
}

type EmployeeViewer = Extract<Viewer, { kind: 'employee' }>;

/**
 * The facts of an act of `partyId` (the appraiser, or the appraiser's superior) by the viewer: whether the party signs
 * in is read only when it matters, for an admin of the agency who is not the party.
 */
async function actingFacts(
  tx: Transaction,
  viewer: EmployeeViewer,
  evaluation: { agencyId: number; employeeId: number },
  partyId: number | null,
): Promise<ActingFacts> {
  const facts: ActingFacts = { viewerId: viewer.employeeId, viewerIsAgencyAdmin: isAdminOf(viewer, evaluation.agencyId), employeeId: evaluation.employeeId, partyId, partySignsIn: true };
  if (facts.viewerIsAgencyAdmin && partyId !== null && partyId !== viewer.employeeId) facts.partySignsIn = await partySignsIn(tx, partyId);
  return facts;
}

/**
 * The viewer acts as the appraiser (`appraiserActing`): the appraiser, or the agency's HR admin on behalf of an
 * appraiser who cannot sign in. Returns the appraiser the admin acts for (the audit entry's `onBehalfOfId`), or null.
 */
async function actAsAppraiser(
  tx: Transaction,
  viewer: EmployeeViewer,
  evaluation: { agencyId: number; employeeId: number; appraiserId: number | null },
  field: string[],
): Promise<number | null> {
  const acting = appraiserActing(await actingFacts(tx, viewer, evaluation, evaluation.appraiserId));
  if (!acting.ok) refuse(field, acting.code, acting.message);
  return acting.onBehalf ? evaluation.appraiserId : null;
}

/**
 * The viewer acts as the appraiser's superior on an objection (`superiorActing`): the superior (the objection's
 * decider), or the agency's HR admin on behalf of a superior who cannot sign in, who neither objected nor decided the
 * evaluation. Returns the superior the admin acts for (`onBehalfOfId`), or null.
 */
async function actAsSuperior(tx: Transaction, viewer: EmployeeViewer, objection: ObjectionRow, evaluation: EvaluationRow, field: string[]): Promise<number | null> {
  const facts = await actingFacts(tx, viewer, evaluation, objection.deciderId);
  if (facts.viewerIsAgencyAdmin && !facts.partySignsIn && facts.viewerId !== facts.partyId) {
    facts.viewerDecidedEvaluation = await decidedEvaluation(tx, evaluation, viewer.employeeId);
  }
  const acting = superiorActing(facts);
  if (!acting.ok) refuse(field, acting.code, acting.message);
  return acting.onBehalf ? objection.deciderId : null;
}

async function publishChange(ctx: Context, tx: Transaction, evaluation: EvaluationRow, change: EvaluationChange) {
  const [unit] = await tx.execute<{ path: string }>(sql`select path from org_units where id = ${evaluation.unitId}`).then((r) =>
    Array.isArray(r) ? r : ((r as { rows: { path: string }[] }).rows ?? []),
  );
  await ctx.pubsub.publish(tx, 'evaluation.statusChanged', {
    evaluationId: evaluation.id,
    employeeId: evaluation.employeeId,
    appraiserId: evaluation.appraiserId,
    appraiserSuperiorId: evaluation.appraiserSuperiorId,
    unitPath: unit?.path ?? '',
    status: evaluation.status,
    change,
  });
}

/** The one sentence every payload's userErrors field carries. */

const evaluationPayload = (name: string, description: string) =>
  builder.objectRef<{ evaluation?: EvaluationRow; userErrors: UserErrorShape[] }>(name).implement({
    description,
    fields: (t) => ({
      evaluation: t.field({ type: Evaluation, nullable: true, description: 'The evaluasi kinerja as stored after the change; null when refused.', resolve: (p) => p.evaluation ?? null }),
      userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (p) => p.userErrors }),
    }),
  });

const objectionPayload = (name: string, description: string) =>
  builder.objectRef<{ objection?: ObjectionRow; userErrors: UserErrorShape[] }>(name).implement({
    description,
    fields: (t) => ({
      objection: t.field({ type: Objection, nullable: true, description: 'The keberatan (objection) as stored after the change; null when refused.', resolve: (p) => p.objection ?? null }),
      userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (p) => p.userErrors }),
    }),
  });

const StartEvaluationInput = builder.inputType('StartEvaluationInput', {
  description: 'Opens a draft evaluasi kinerja (periodik or tahunan) of one approved SKP for one period.',
  fields: (t) => ({
    planId: t.id({
      required: true,
      description:
        'An approved PerformancePlan you appraise (a version in force, or a segment ended by a transfer for the periods ' +
        'it covers); as the agency’s HR admin, one whose appraiser cannot sign in (not your own).',
    }),
    periodKey: t.string({
      required: true,
      description:
        '"2025-Q1" / "2025-03" per the year’s cadence, or "2025" for the annual evaluation; of an open performance year, ' +
        'evaluated at its end: from the first day (WIB) of its last month (a quarter’s third month, 1 December for the year).',
    }),
  }),
});

const WorkResultRatingInput = builder.inputType('WorkResultRatingInput', {
  description: 'The appraiser’s rating of one RHK (rencana hasil kerja) of the evaluated SKP.',
  fields: (t) => ({
    workResultId: t.id({ required: true, description: 'A WorkResult (RHK) of the evaluated plan; each RHK at most once in the list.' }),
    rating: t.field({ type: RatingEnum, required: true, description: 'Above, as or below expectation (di atas / sesuai / di bawah ekspektasi).' }),
    note: t.string({ description: 'Why, up to 4000 characters (several lines allowed).' }),
  }),
});

const BehaviourRatingInput = builder.inputType('BehaviourRatingInput', {
  description: 'The appraiser’s rating of the perilaku kerja (work behaviour) on one BerAKHLAK core value.',
  fields: (t) => ({
    coreValue: t.field({ type: CoreValueCodeEnum, required: true, description: 'The BerAKHLAK value; each value at most once in the list.' }),
    rating: t.field({ type: RatingEnum, required: true, description: 'Above, as or below expectation (di atas / sesuai / di bawah ekspektasi).' }),
    note: t.string({ description: 'Why, up to 4000 characters (several lines allowed).' }),
  }),
});

const RateEvaluationInput = builder.inputType('RateEvaluationInput', {
  description: 'Sets the ratings of a draft evaluation. Omitted fields stay; given lists replace the per-RHK / per-value ratings.',
  fields: (t) => ({
    evaluationId: t.id({ required: true, description: 'The DRAFT Evaluation you appraise (or record for an appraiser who cannot sign in).' }),
    workResultsRating: t.field({ type: RatingEnum, description: 'Rating hasil kerja (overall).' }),
    workResultsNote: t.string({ description: 'Notes on the work results, up to 4000 characters; null clears them.' }),
    behaviourRating: t.field({ type: RatingEnum, description: 'Rating perilaku kerja (overall).' }),
    behaviourNote: t.string({ description: 'Notes on the behaviour, up to 4000 characters; null clears them.' }),
    workResults: t.field({ type: [WorkResultRatingInput], description: 'Ratings per RHK; when given, they replace all the per-RHK ratings.' }),
    behaviours: t.field({ type: [BehaviourRatingInput], description: 'Ratings per BerAKHLAK value; when given, they replace all the per-value ratings.' }),
  }),
});

const ImprovementPlanInput = builder.inputType('ImprovementPlanInput', {
  description: 'The improvement plan (pembinaan) a predikat of Butuh Perbaikan or below requires.',
  fields: (t) => ({
    actions: t.stringList({ required: true, description: `1 to ${MAX_IMPROVEMENT_ACTIONS} actions of up to ${MAX_IMPROVEMENT_ACTION} characters.` }),
    dueOn: t.field({ type: 'Date', required: true, description: 'From today to the end of next year.' }),
  }),
});

const FinaliseEvaluationInput = builder.inputType('FinaliseEvaluationInput', {
  description: 'Locks a rated evaluasi kinerja, with the follow-up its predikat requires.',
  fields: (t) => ({
    evaluationId: t.id({ required: true, description: 'The DRAFT Evaluation to finalise, rated overall, per RHK and per BerAKHLAK value.' }),
    improvementPlan: t.field({
      type: ImprovementPlanInput,
      description: 'Required when the predikat is Butuh Perbaikan or below (pembinaan).',
    }),
    curveOverrideReason: t.string({
      description: 'Required when finalising would break the distribution curve (kurva distribusi); up to 4000 characters, recorded with the broken bounds.',
    }),
  }),
});

const EvaluationIdInput = builder.inputType('AcknowledgeEvaluationInput', {
  description: 'The evaluated employee’s acknowledgement of a finalised evaluasi kinerja.',
  fields: (t) => ({ evaluationId: t.id({ required: true, description: 'Your own FINALISED Evaluation.' }) }),
});

const SetOrganisationPredikatInput = builder.inputType('SetOrganisationPredikatInput', {
  description: 'The organisation’s (or a unit’s) own predikat kinerja for a performance year, which selects the distribution curve (kurva distribusi) that bounds its employees’ predikat.',
  fields: (t) => ({
    periodId: t.id({ required: true, description: 'The PerformancePeriod (performance year).' }),
    unitId: t.id({ description: 'A unit; omit for the organisation’s own predikat.' }),
    predikat: t.field({ type: OrganisationPredikatEnum, required: true, description: 'Istimewa, Baik, Butuh Perbaikan, Kurang or Sangat Kurang; replaces the one set before.' }),
  }),
});

const CurveBoundInput = builder.inputType('CurveBoundInput', {
  description: 'One bound of a distribution curve (kurva distribusi) on the share of employees with the given predikat; give min, max, atLeastOne or several.',
  fields: (t) => ({
    predikats: t.field({ type: [PredikatEnum], required: true, description: 'The predikat whose combined share is bounded; at least one.' }),
    min: t.float({ description: 'Share from 0 to 1 (0.6 is 60%): at least this share; not above max.' }),
    max: t.float({ description: 'Share from 0 to 1 (0.7 is 70%): at most this share.' }),
    atLeastOne: t.boolean({ description: 'True: at least one employee has one of these predikat (contradicts a max of 0).' }),
  }),
});

const SetDistributionCurveInput = builder.inputType('SetDistributionCurveInput', {
  description: 'The bounds of the agency’s distribution curve (kurva distribusi, SE MenPANRB 3/2023) for one organisation predikat; they replace the curve’s bounds.',
  fields: (t) => ({
    organisationPredikat: t.field({ type: OrganisationPredikatEnum, required: true, description: 'The organisation predikat that selects this curve.' }),
    bounds: t.field({ type: [CurveBoundInput], required: true, description: `1 to ${MAX_CURVE_BOUNDS} bounds, none contradicting another.` }),
  }),
});

const FileObjectionInput = builder.inputType('FileObjectionInput', {
  description: 'Keberatan (objection, PP 30/2019) of the evaluated employee to a finalised evaluasi kinerja.',
  fields: (t) => ({
    evaluationId: t.id({ required: true, description: 'Your own finalised Evaluation, within 14 days of its finalisation; one objection per evaluation.' }),
    reasons: t.string({ required: true, description: 'Why you object, up to 4000 characters (several lines allowed).' }),
  }),
});

const RecordObjectionHearingInput = builder.inputType('RecordObjectionHearingInput', {
  description: 'The hearing of both sides of a keberatan by the atasan pejabat penilai (the appraiser’s superior).',
  fields: (t) => ({
    objectionId: t.id({ required: true, description: 'A FILED Objection you decide (or record for a superior who cannot sign in).' }),
    employeeStatement: t.string({ required: true, description: 'What the employee said; up to 4000 characters.' }),
    appraiserStatement: t.string({ required: true, description: 'What the appraiser said; up to 4000 characters.' }),
  }),
});

const DecideObjectionInput = builder.inputType('DecideObjectionInput', {
  description: 'The final decision on a keberatan by the atasan pejabat penilai, after the hearing.',
  fields: (t) => ({
    objectionId: t.id({ required: true, description: 'A HEARD Objection you decide (or record for a superior who cannot sign in).' }),
    decision: t.field({ type: ObjectionDecisionEnum, required: true, description: 'UPHELD (the predikat stands) or CHANGED (a new predikat).' }),
    newPredikat: t.field({ type: PredikatEnum, description: 'Required with CHANGED, and different from the predikat objected to; not given with UPHELD.' }),
    reason: t.string({ required: true, description: 'The reason for the decision, up to 4000 characters.' }),
  }),
});

const DistributionCurvePayload = builder
  .objectRef<{ curve?: { organisationPredikat: any; bounds: CurveBound[] }; userErrors: UserErrorShape[] }>('SetDistributionCurvePayload')
  .implement({
    description: 'What setDistributionCurve returns: the curve with its new bounds, or why it was refused.',
    fields: (t) => ({
      curve: t.field({ type: DistributionCurve, nullable: true, description: 'The distribution curve as stored; null when refused.', resolve: (p) => p.curve ?? null }),
      userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (p) => p.userErrors }),
    }),
  });

const SetOrganisationPredikatPayload = builder
  .objectRef<{ predikat?: string; userErrors: UserErrorShape[] }>('SetOrganisationPredikatPayload')
  .implement({
    description: 'What setOrganisationPredikat returns: the predikat now set, or why it was refused.',
    fields: (t) => ({
      predikat: t.field({ type: OrganisationPredikatEnum, nullable: true, description: 'The organisation’s (or unit’s) predikat as stored; null when refused.', resolve: (p) => (p.predikat as never) ?? null }),
      userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (p) => p.userErrors }),
    }),
  });

async function replaceRatings(tx: Transaction, evaluation: EvaluationRow, input: { workResults?: { workResultId: string | number; rating: Rating; note?: string | null }[] | null; behaviours?: { coreValue: string; rating: Rating; note?: string | null }[] | null }) {
  if (input.workResults) {
    const ids = input.workResults.map((r, i) => inputId(['input', 'workResults', String(i), 'workResultId'], String(r.workResultId), 'WorkResult'));
    if (new Set(ids).size !== ids.length) refuse(['input', 'workResults'], 'INVALID', 'Each RHK is rated once.');
    const own = ids.length
      ? await tx.select({ id: workResults.id }).from(workResults).where(and(eq(workResults.planId, evaluation.planId), sql`${workResults.id} in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`))
      : [];
    const ownIds = new Set(own.map((r) => r.id));
    const errors = ids.flatMap((id, i) =>
      ownIds.has(id) ? [] : [userError(['input', 'workResults', String(i), 'workResultId'], 'NOT_FOUND', 'This RHK is not in the evaluated plan.')],
    );
    input.workResults.forEach((r, i) => checkNote(errors, ['input', 'workResults', String(i), 'note'], r.note, 'Note'));
    refuseIfAny(errors);
    await tx.delete(workResultRatings).where(eq(workResultRatings.evaluationId, evaluation.id));
    if (ids.length) {
      await tx.insert(workResultRatings).values(input.workResults.map((r, i) => ({ evaluationId: evaluation.id, workResultId: ids[i]!, rating: r.rating, note: r.note?.trim() || null })));
    }
  }
  if (input.behaviours) {
    const codes = input.behaviours.map((b) => b.coreValue);
    if (new Set(codes).size !== codes.length) refuse(['input', 'behaviours'], 'INVALID', 'Each core value is rated once.');
    const errors: UserErrorShape[] = [];
    input.behaviours.forEach((b, i) => checkNote(errors, ['input', 'behaviours', String(i), 'note'], b.note, 'Note'));
    refuseIfAny(errors);
    const values = await tx.select({ id: coreValues.id, code: coreValues.code }).from(coreValues);
    const byCode = new Map(values.map((v) => [v.code, v.id]));
    await tx.delete(behaviourRatings).where(eq(behaviourRatings.evaluationId, evaluation.id));
    if (codes.length) {
      await tx.insert(behaviourRatings).values(
        input.behaviours.map((b, i) => {
          const coreValueId = byCode.get(b.coreValue);
          if (coreValueId === undefined) refuse(['input', 'behaviours', String(i), 'coreValue'], 'NOT_FOUND', 'Unknown core value.');
          return { evaluationId: evaluation.id, coreValueId, rating: b.rating, note: b.note?.trim() || null };
        }),
      );
    }
  }
}

/** Puts the follow-up of a predikat in place: the reward list or an improvement plan (and removes the other). */
async function applyFollowUp(
  tx: Transaction,
  evaluation: EvaluationRow,
  p: Predikat,
  plan: { actions: string[]; dueOn: string } | null,
  field: string[],
) {
  const followUp = followUpFor(p);
  await tx.delete(rewardEligibilities).where(eq(rewardEligibilities.evaluationId, evaluation.id));
  if (followUp === 'REWARD_ELIGIBLE') {
    await tx.insert(rewardEligibilities).values({
      evaluationId: evaluation.id,
      agencyId: evaluation.agencyId,
      employeeId: evaluation.employeeId,
      periodId: evaluation.periodId,
      periodKey: evaluation.periodKey,
    });
  }
  const existing = await tx.query.improvementPlans.findFirst({ where: { evaluationId: evaluation.id } });
  if (followUp !== 'IMPROVEMENT_PLAN' && existing) {
    // A predikat raised on objection needs no pembinaan: the plan of the old predikat goes with it.
    await tx.delete(improvementPlans).where(eq(improvementPlans.id, existing.id));
  }
  if (followUp === 'IMPROVEMENT_PLAN') {
    if (plan) {
      const errors: UserErrorShape[] = [];
      if (plan.actions.length > MAX_IMPROVEMENT_ACTIONS) {
        errors.push(userError([...field, 'actions'], 'INVALID', `An improvement plan has at most ${MAX_IMPROVEMENT_ACTIONS} actions.`));
      }
      const actions = plan.actions
        .slice(0, MAX_IMPROVEMENT_ACTIONS)
        .map((a, i) => checkText(errors, [...field, 'actions', String(i)], a, 'An action', { max: MAX_IMPROVEMENT_ACTION, multiline: true }))
        .filter((a): a is string => a !== null);
      if (actions.length === 0) errors.push(userError([...field, 'actions'], 'INVALID', 'An improvement plan needs at least one action.'));
      const due = dueDateProblem(plan.dueOn, serviceToday());
      if (due) errors.push(userError([...field, 'dueOn'], 'INVALID', due));
      refuseIfAny(errors);
      if (existing) {
        await tx.update(improvementPlans).set({ actions, dueOn: plan.dueOn, status: 'OPEN', updatedAt: sql`now()` }).where(eq(improvementPlans.id, existing.id));
      } else {
        await tx.insert(improvementPlans).values({ evaluationId: evaluation.id, employeeId: evaluation.employeeId, ownerId: evaluation.appraiserId, actions, dueOn: plan.dueOn });
      }
    } else if (!existing) {
      refuse(field, 'IMPROVEMENT_PLAN_REQUIRED', 'This predikat requires an improvement plan (pembinaan): give its actions and due date.');
    }
  }
}

builder.mutationFields((t) => ({
  startEvaluation: t.field({
    type: evaluationPayload('StartEvaluationPayload', 'What startEvaluation returns: the new draft evaluasi kinerja, or why it was refused.'),
    description:
      'Opens a draft evaluation of an approved plan for one period (the plan’s appraiser; for an appraiser who cannot ' +
      'sign in, the head of region appraising a JPT, the agency’s HR admin on their behalf, never for their own plan).',
    authScopes: { employee: true },
    args: { input: t.arg({ type: StartEvaluationInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = employeeViewer(ctx.viewer);
        const planId = inputId(['input', 'planId'], String(input.planId), 'PerformancePlan');
        // FOR SHARE: a revision (which supersedes this version) waits for this evaluation, so that the revision's
        // approved version then finds it below; one that committed first leaves this version SUPERSEDED.
        const [row] = await tx
          .select({ plan: performancePlans, year: performancePeriods.year, cadence: performancePeriods.cadence, periodStatus: performancePeriods.status })
          .from(performancePlans)
          .innerJoin(performancePeriods, eq(performancePeriods.id, performancePlans.periodId))
          .where(eq(performancePlans.id, planId))
          .for('share', { of: performancePlans });
        if (!row || row.plan.agencyId !== viewer.agencyId) refuse(['input', 'planId'], 'NOT_FOUND', 'No such plan in your agency.');
        const { plan } = row;
        const onBehalfOfId = await actAsAppraiser(tx, viewer, plan, ['input', 'planId']);
        if (row.periodStatus !== 'OPEN') refuse(['input', 'planId'], 'PERIOD_NOT_OPEN', `The performance year ${row.year} is closed: its plans are read only.`);
        if (plan.status !== 'APPROVED') refuse(['input', 'planId'], 'PLAN_NOT_APPROVED', 'Only an approved plan is evaluated: the plan in force, or a plan that ended with a transfer.');
        const period = evaluationPeriods(row.year, row.cadence).find((p) => p.key === input.periodKey);
        if (!period) {
          const keys = evaluationPeriods(row.year, row.cadence).map((p) => p.key);
          refuse(['input', 'periodKey'], 'INVALID', `The period must be one of ${keys.join(', ')}.`);
        }
        const refusal = evaluationRefusal(plan, period, serviceToday());
        if (refusal) refuse(refusal.code === 'INVALID' ? ['input', 'periodKey'] : ['input', 'planId'], refusal.code, refusal.message);
        // One evaluation per segment and period: a revision is a new row, but the same SKP.
        const [existing] = await tx
          .select({ id: evaluations.id, status: evaluations.status, version: performancePlans.version })
          .from(evaluations)
          .innerJoin(performancePlans, eq(performancePlans.id, evaluations.planId))
          .where(and(eq(evaluations.employeeId, plan.employeeId), eq(evaluations.periodKey, period.key), sameSegment(plan)))
          .limit(1);
        if (existing) {
          refuse(
            ['input', 'periodKey'],
            'DUPLICATE',
            `The plan already has an evaluation for ${period.key}: ${encodeGlobalID('Evaluation', existing.id)} (${existing.status}, made on version ${existing.version}).`,
          );
        }
        const [evaluation] = await tx
          .insert(evaluations)
          .values({
            agencyId: plan.agencyId,
            planId,
            periodId: plan.periodId,
            periodKey: period.key,
            kind: period.kind,
            startsOn: period.startsOn,
            endsOn: period.endsOn,
            employeeId: plan.employeeId,
            // The appraiser's evaluation, whoever records it: the admin acting for them is the audit entry's actor.
            appraiserId: plan.appraiserId!,
            appraiserSuperiorId: plan.appraiserSuperiorId,
            unitId: plan.unitId,
          })
          .returning();
        await recordAudit(tx, viewer, { action: 'evaluation.start', entityType: 'Evaluation', entityId: evaluation!.id, after: { ...evaluation, onBehalfOfId } });
        await publishChange(ctx, tx, evaluation!, 'STARTED');
        return { evaluation: evaluation! };
      }),
  }),
  rateEvaluation: t.field({
    type: evaluationPayload('RateEvaluationPayload', 'What rateEvaluation returns: the rated draft evaluasi kinerja with its predikat (once both ratings are given), or why it was refused.'),
    description:
      'Rates a draft evaluation: overall ratings, per RHK and per BerAKHLAK value, with notes (the appraiser, or the ' +
      'agency’s HR admin on behalf of an appraiser who cannot sign in).',
    authScopes: { employee: true },
    args: { input: t.arg({ type: RateEvaluationInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = employeeViewer(ctx.viewer);
        const before = await lockEvaluation(tx, viewer, ['input', 'evaluationId'], String(input.evaluationId));
        const onBehalfOfId = await actAsAppraiser(tx, viewer, before, ['input', 'evaluationId']);
        if (before.status !== 'DRAFT') refuse(['input', 'evaluationId'], 'EVALUATION_STATUS', 'A finalised evaluation is locked.');
        const errors: UserErrorShape[] = [];
        checkNote(errors, ['input', 'workResultsNote'], input.workResultsNote, 'Note');
        checkNote(errors, ['input', 'behaviourNote'], input.behaviourNote, 'Note');
        refuseIfAny(errors);
        await replaceRatings(tx, before, input as never);
        const workResultsRating = input.workResultsRating ?? before.workResultsRating;
        const behaviourRating = input.behaviourRating ?? before.behaviourRating;
        const [evaluation] = await tx
          .update(evaluations)
          .set({
            workResultsRating,
            behaviourRating,
            workResultsNote: input.workResultsNote !== undefined ? input.workResultsNote?.trim() || null : before.workResultsNote,
            behaviourNote: input.behaviourNote !== undefined ? input.behaviourNote?.trim() || null : before.behaviourNote,
            predikat: workResultsRating && behaviourRating ? predikatFor(workResultsRating, behaviourRating) : null,
            updatedAt: sql`now()`,
          })
          .where(eq(evaluations.id, before.id))
          .returning();
        await recordAudit(tx, viewer, { action: 'evaluation.rate', entityType: 'Evaluation', entityId: before.id, before, after: { ...evaluation, workResults: input.workResults, behaviours: input.behaviours, onBehalfOfId } });
        await publishChange(ctx, tx, evaluation!, 'RATED');
        return { evaluation: evaluation! };
      }),
  }),
  finaliseEvaluation: t.field({
    type: evaluationPayload('FinaliseEvaluationPayload', 'What finaliseEvaluation returns: the finalised evaluasi kinerja, or why it was refused.'),
    description:
      'Locks a rated evaluation (the appraiser, or the agency’s HR admin on behalf of an appraiser who cannot sign in: ' +
      '`finalisedBy` names who did it, `appraiser` stays the party). Puts the employee on the reward list (Sangat Baik) or opens the ' +
      'improvement plan (Butuh Perbaikan and below). When the unit’s distribution would break its curve, a ' +
      '`curveOverrideReason` is required and recorded with the broken bounds.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: FinaliseEvaluationInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = employeeViewer(ctx.viewer);
        const before = await lockEvaluation(tx, viewer, ['input', 'evaluationId'], String(input.evaluationId));
        const onBehalfOfId = await actAsAppraiser(tx, viewer, before, ['input', 'evaluationId']);
        if (before.status !== 'DRAFT') refuse(['input', 'evaluationId'], 'EVALUATION_STATUS', 'The evaluation is already finalised.');
        if (!before.predikat) refuse(['input', 'evaluationId'], 'NOT_RATED', 'Give both the work results and the behaviour rating first.');
        // The appraiser rates the work results per RHK and the behaviour per value too, not only overall (issue 5).
        const rhk = await tx
          .select({ statement: workResults.statement, rated: sql<boolean>`${workResultRatings.id} is not null` })
          .from(workResults)
          .leftJoin(workResultRatings, and(eq(workResultRatings.workResultId, workResults.id), eq(workResultRatings.evaluationId, before.id)))
          .where(eq(workResults.planId, before.planId))
          .orderBy(workResults.kind, workResults.position, workResults.id);
        const values = await tx
          .select({ name: coreValues.name, rated: sql<boolean>`${behaviourRatings.id} is not null` })
          .from(coreValues)
          .leftJoin(behaviourRatings, and(eq(behaviourRatings.coreValueId, coreValues.id), eq(behaviourRatings.evaluationId, before.id)))
          .orderBy(coreValues.position);
        const missing = missingRatings(rhk, values);
        if (missing) refuse(['input', 'evaluationId'], 'NOT_RATED', missing);
        const reason = input.curveOverrideReason?.trim() || null;
        const errors: UserErrorShape[] = [];
        checkNote(errors, ['input', 'curveOverrideReason'], reason, 'Reason');
        refuseIfAny(errors);
        // The distribution the curve bounds, with this evaluation as it will be.
        const scope = await curveScopeFor(tx, before.agencyId, before.periodId, before.unitId);
        // The curve comes first (SE MenPANRB 3/2023): without the organisation's predikat there is none to check against.
        if (!scope) {
          refuse(['input', 'evaluationId'], 'ORGANISATION_PREDIKAT_REQUIRED', 'The organisation’s predikat for this performance year is not set yet: it selects the distribution curve, and comes before any evaluation is finalised. Ask the HR admin (BKPSDM).');
        }
        let broken: string[] | null = null;
        // Serialise finalisations under one curve so two cannot both slip past it.
        await tx.execute(sql`select pg_advisory_xact_lock(815500, ${scope.unitId ?? -before.agencyId})`);
        const curve = (await curvesOf(tx, before.agencyId)).find((c) => c.organisationPredikat === scope.organisationPredikat)!;
        const counts = await predikatCounts(tx, before.agencyId, before.periodId, before.periodKey, scope.pathPrefix, {
          excludeEvaluationId: before.id,
          predikat: before.predikat,
        });
        const check = checkCurve(curve, counts);
        if (check.broken.length > 0) {
          broken = check.broken.map((b) => b.message);
          if (!reason) {
            refuse(
              ['input', 'curveOverrideReason'],
              'CURVE_BROKEN',
              `Finalising breaks the distribution curve (${scope.organisationPredikat}): ${broken.join('; ')}. Give a reason to override.`,
            );
          }
        }
        await applyFollowUp(tx, before, before.predikat, input.improvementPlan ?? null, ['input', 'improvementPlan']);
        const [evaluation] = await tx
          .update(evaluations)
          .set({
            status: 'FINALISED',
            finalisedAt: sql`now()`,
            finalPredikat: before.predikat,
            curveOverrideReason: broken ? reason : null,
            curveBrokenBounds: broken,
            updatedAt: sql`now()`,
          })
          .where(eq(evaluations.id, before.id))
          .returning();
        await recordAudit(tx, viewer, { action: 'evaluation.finalise', entityType: 'Evaluation', entityId: before.id, before, after: { ...evaluation, onBehalfOfId } });
        await publishChange(ctx, tx, evaluation!, 'FINALISED');
        return { evaluation: evaluation! };
      }),
  }),
  acknowledgeEvaluation: t.field({
    type: evaluationPayload('AcknowledgeEvaluationPayload', 'What acknowledgeEvaluation returns: the acknowledged evaluasi kinerja, or why it was refused.'),
    description: 'The employee acknowledges a finalised evaluation (objecting stays possible within the 14 days).',
    authScopes: { employee: true },
    args: { input: t.arg({ type: EvaluationIdInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = employeeViewer(ctx.viewer);
        const before = await lockEvaluation(tx, viewer, ['input', 'evaluationId'], String(input.evaluationId));
        if (before.employeeId !== viewer.employeeId) refuse(['input', 'evaluationId'], 'NOT_EVALUATED_EMPLOYEE', 'Only the evaluated employee acknowledges.');
        if (before.status !== 'FINALISED') {
          refuse(['input', 'evaluationId'], 'EVALUATION_STATUS', before.status === 'DRAFT' ? 'The evaluation is not finalised yet.' : 'Already acknowledged.');
        }
        const [evaluation] = await tx
          .update(evaluations)
          .set({ status: 'ACKNOWLEDGED', acknowledgedAt: sql`now()`, updatedAt: sql`now()` })
          .where(eq(evaluations.id, before.id))
          .returning();
        await recordAudit(tx, viewer, { action: 'evaluation.acknowledge', entityType: 'Evaluation', entityId: before.id, before, after: evaluation });
        await publishChange(ctx, tx, evaluation!, 'ACKNOWLEDGED');
        return { evaluation: evaluation! };
      }),
  }),
  setOrganisationPredikat: t.field({
    type: SetOrganisationPredikatPayload,
    description: 'Sets the organisation’s (or a unit’s) own predikat for a performance year, which selects its curve (admin).',
    authScopes: { admin: true },
    args: { input: t.arg({ type: SetOrganisationPredikatInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = employeeViewer(ctx.viewer);
        const periodId = inputId(['input', 'periodId'], String(input.periodId), 'PerformancePeriod');
        const period = await tx.query.performancePeriods.findFirst({ where: { id: periodId, agencyId: viewer.agencyId } });
        if (!period) refuse(['input', 'periodId'], 'NOT_FOUND', 'No such performance year in your agency.');
        let unitId: number | null = null;
        if (input.unitId != null) {
          unitId = inputId(['input', 'unitId'], String(input.unitId), 'OrgUnit');
          if (!(await tx.query.orgUnits.findFirst({ where: { id: unitId, agencyId: viewer.agencyId } }))) refuse(['input', 'unitId'], 'NOT_FOUND', 'No such unit in your agency.');
        }
        const existing = await tx.query.organisationPredikats.findFirst({ where: { periodId, unitId: unitId === null ? { isNull: true } : unitId } });
        let row;
        if (existing) {
          [row] = await tx.update(organisationPredikats).set({ predikat: input.predikat, setById: viewer.employeeId, updatedAt: sql`now()` }).where(eq(organisationPredikats.id, existing.id)).returning();
        } else {
          [row] = await tx.insert(organisationPredikats).values({ agencyId: viewer.agencyId, periodId, unitId, predikat: input.predikat, setById: viewer.employeeId }).returning();
        }
        await recordAudit(tx, viewer, { action: 'organisationPredikat.set', entityType: 'OrganisationPredikat', entityId: row!.id, before: existing ?? null, after: row });
        return { predikat: row!.predikat };
      }),
  }),
  setDistributionCurve: t.field({
    type: DistributionCurvePayload,
    description: 'Changes the bounds of one of the agency’s distribution curves (admin): at least one bound, none contradicting another.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: SetDistributionCurveInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = employeeViewer(ctx.viewer);
        refuseIfAny(curveProblems(input.bounds).map((p) => userError(['input', ...p.field], 'INVALID', p.message)));
        const bounds: CurveBound[] = input.bounds.map((b) => ({
          predikats: [...new Set(b.predikats)].filter((p): p is Predikat => PREDIKATS.includes(p as Predikat)),
          ...(b.min != null ? { min: b.min } : {}),
          ...(b.max != null ? { max: b.max } : {}),
          ...(b.atLeastOne ? { atLeastOne: true } : {}),
        }));
        const existing = await tx.query.distributionCurves.findFirst({ where: { agencyId: viewer.agencyId, organisationPredikat: input.organisationPredikat } });
        let row;
        if (existing) {
          [row] = await tx.update(distributionCurves).set({ bounds, updatedAt: sql`now()` }).where(eq(distributionCurves.id, existing.id)).returning();
        } else {
          [row] = await tx.insert(distributionCurves).values({ agencyId: viewer.agencyId, organisationPredikat: input.organisationPredikat, bounds }).returning();
        }
        await recordAudit(tx, viewer, { action: 'distributionCurve.set', entityType: 'DistributionCurve', entityId: row!.id, before: existing ?? null, after: row });
        return { curve: { organisationPredikat: row!.organisationPredikat, bounds: row!.bounds } };
      }),
  }),
  fileObjection: t.field({
    type: objectionPayload('FileObjectionPayload', 'What fileObjection returns: the filed keberatan, or why it was refused.'),
    description:
      'Keberatan: the employee objects to a finalised evaluation, with reasons, within 14 days of finalisation: up to ' +
      'the end (24:00 WIB) of the 14th calendar day after the day of finalisation (`objectionDeadline`).',
    authScopes: { employee: true },
    args: { input: t.arg({ type: FileObjectionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = employeeViewer(ctx.viewer);
        const evaluation = await lockEvaluation(tx, viewer, ['input', 'evaluationId'], String(input.evaluationId));
        if (evaluation.employeeId !== viewer.employeeId) refuse(['input', 'evaluationId'], 'NOT_EVALUATED_EMPLOYEE', 'Only the evaluated employee may object.');
        if (evaluation.status === 'DRAFT' || !evaluation.finalisedAt) refuse(['input', 'evaluationId'], 'EVALUATION_STATUS', 'Only a finalised evaluation can be objected to.');
        const errors: UserErrorShape[] = [];
        checkNote(errors, ['input', 'reasons'], input.reasons, 'Reasons', true);
        refuseIfAny(errors);
        if (await tx.query.objections.findFirst({ where: { evaluationId: evaluation.id }, columns: { id: true } })) {
          refuse(['input', 'evaluationId'], 'ALREADY_OBJECTED', 'An objection to this evaluation was already filed.');
        }
        const [{ now }] = (await tx.execute<{ now: string }>(sql`select now()::text as now`).then((r) => (Array.isArray(r) ? r : (r as any).rows))) as [{ now: string }];
        if (!mayStillObject(new Date(evaluation.finalisedAt), new Date(now))) {
          refuse(
            ['input', 'evaluationId'],
            'OBJECTION_WINDOW_CLOSED',
            `The 14 days to object ended with ${objectionLastDay(new Date(evaluation.finalisedAt))} (WIB), the 14th day after finalisation.`,
          );
        }
        if (!evaluation.appraiserSuperiorId) refuse(['input', 'evaluationId'], 'INVALID', 'The evaluation has no appraiser’s superior to decide an objection.');
        const [objection] = await tx
          .insert(objections)
          .values({ evaluationId: evaluation.id, employeeId: evaluation.employeeId, deciderId: evaluation.appraiserSuperiorId, reasons: input.reasons.trim(), originalPredikat: predikatInForce(evaluation)! })
          .returning();
        await recordAudit(tx, viewer, { action: 'objection.file', entityType: 'Objection', entityId: objection!.id, after: objection });
        await publishChange(ctx, tx, evaluation, 'OBJECTION_FILED');
        return { objection: objection! };
      }),
  }),
  recordObjectionHearing: t.field({
    type: objectionPayload('RecordObjectionHearingPayload', 'What recordObjectionHearing returns: the heard keberatan, or why it was refused.'),
    description:
      'The appraiser’s superior records the hearing of both sides; for a superior who cannot sign in (the head of ' +
      'region), the agency’s HR admin on their behalf, unless the admin objected or decided the evaluation.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: RecordObjectionHearingInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = employeeViewer(ctx.viewer);
        const { objection: before, evaluation, onBehalfOfId } = await lockObjection(tx, viewer, ['input', 'objectionId'], String(input.objectionId));
        if (before.status !== 'FILED') refuse(['input', 'objectionId'], 'OBJECTION_STATUS', 'The hearing was already recorded.');
        const errors: UserErrorShape[] = [];
        checkNote(errors, ['input', 'employeeStatement'], input.employeeStatement, 'The employee’s statement', true);
        checkNote(errors, ['input', 'appraiserStatement'], input.appraiserStatement, 'The appraiser’s statement', true);
        refuseIfAny(errors);
        const [objection] = await tx
          .update(objections)
          .set({ status: 'HEARD', heardAt: sql`now()`, employeeStatement: input.employeeStatement.trim(), appraiserStatement: input.appraiserStatement.trim() })
          .where(eq(objections.id, before.id))
          .returning();
        await recordAudit(tx, viewer, { action: 'objection.hear', entityType: 'Objection', entityId: before.id, before, after: { ...objection, onBehalfOfId } });
        await publishChange(ctx, tx, evaluation, 'OBJECTION_HEARD');
        return { objection: objection! };
      }),
  }),
  decideObjection: t.field({
    type: objectionPayload('DecideObjectionPayload', 'What decideObjection returns: the decided keberatan, or why it was refused.'),
    description:
      'The appraiser’s superior decides, after the hearing: upheld, or changed with the new predikat and a reason. ' +
      'Final. For a superior who cannot sign in (the head of region), the agency’s HR admin records the decision on ' +
      'their behalf (`decidedBy` names the admin, `decider` stays the superior), unless the admin objected or decided ' +
      'the evaluation.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: DecideObjectionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = employeeViewer(ctx.viewer);
        const { objection: before, evaluation: evaluationBefore, onBehalfOfId } = await lockObjection(tx, viewer, ['input', 'objectionId'], String(input.objectionId));
        if (before.status === 'DECIDED') refuse(['input', 'objectionId'], 'OBJECTION_STATUS', 'The objection is already decided; the decision is final.');
        if (before.status !== 'HEARD') refuse(['input', 'objectionId'], 'OBJECTION_STATUS', 'Record the hearing of both sides first.');
        const errors: UserErrorShape[] = [];
        checkNote(errors, ['input', 'reason'], input.reason, 'Reason', true);
        if (input.decision === 'CHANGED' && !input.newPredikat) errors.push(userError(['input', 'newPredikat'], 'INVALID', 'A changed decision names the new predikat.'));
        if (input.decision === 'CHANGED' && input.newPredikat === before.originalPredikat) {
          errors.push(userError(['input', 'newPredikat'], 'INVALID', 'The new predikat is the one objected to: decide UPHELD instead.'));
        }
        if (input.decision === 'UPHELD' && input.newPredikat) errors.push(userError(['input', 'newPredikat'], 'INVALID', 'An upheld decision keeps the predikat.'));
        refuseIfAny(errors);
        const decided: Predikat = input.decision === 'CHANGED' ? (input.newPredikat as Predikat) : before.originalPredikat;
        const [objection] = await tx
          .update(objections)
          .set({ status: 'DECIDED', decision: input.decision, decidedPredikat: decided, decisionReason: input.reason.trim(), decidedAt: sql`now()` })
          .where(eq(objections.id, before.id))
          .returning();
        const [evaluation] = await tx.update(evaluations).set({ finalPredikat: decided, updatedAt: sql`now()` }).where(eq(evaluations.id, before.evaluationId)).returning();
        if (decided !== before.originalPredikat) {
          // The follow-up follows the predikat in force. A plan the appraiser already wrote (one weak predikat
          // changed to another) stands as it is; only a predikat newly needing pembinaan starts a default plan.
          const planned = await tx.query.improvementPlans.findFirst({ where: { evaluationId: evaluation!.id }, columns: { id: true } });
          const dueOn = addDays(serviceToday(), 90); // 90 WIB calendar days
          // The reason is up to MAX_NOTE characters; the default action quotes as much as one action holds.
          const action = [...`Pembinaan after the objection decision: ${input.reason.trim()}`];
          const quoted = action.length > MAX_IMPROVEMENT_ACTION ? `${action.slice(0, MAX_IMPROVEMENT_ACTION - 1).join('')}…` : action.join('');
          const defaultPlan = followUpFor(decided) === 'IMPROVEMENT_PLAN' && !planned ? { actions: [quoted], dueOn } : null;
          await applyFollowUp(tx, evaluation!, decided, defaultPlan, ['input']);
        }
        await recordAudit(tx, viewer, { action: 'objection.decide', entityType: 'Objection', entityId: before.id, before, after: { ...objection, onBehalfOfId } });
        await recordAudit(tx, viewer, { action: 'evaluation.objectionDecided', entityType: 'Evaluation', entityId: evaluation!.id, before: evaluationBefore, after: { ...evaluation, onBehalfOfId } });
        await publishChange(ctx, tx, evaluation!, 'OBJECTION_DECIDED');
        return { objection: objection! };
      }),
  }),
}));

/**
 * The objection and its evaluation, both locked for the rest of the transaction, for the viewer acting as the
 * appraiser's superior (`actAsSuperior`); NOT_FOUND when the viewer may not read it.
 */
async function lockObjection(
  tx: Transaction,
  viewer: EmployeeViewer,
  field: string[],
  globalId: string,
): Promise<{ objection: ObjectionRow; evaluation: EvaluationRow; onBehalfOfId: number | null }> {
  const id = inputId(field, globalId, 'Objection');
  const [row] = await tx.select().from(objections).where(eq(objections.id, id)).for('update');
  if (!row) refuse(field, 'NOT_FOUND', 'No such objection, or you may not see it.');
  const [evaluation] = await tx.select().from(evaluations).where(eq(evaluations.id, row.evaluationId)).for('update');
  if (!evaluation || (viewer.employeeId !== row.deciderId && !mayReadEvaluation(viewer, evaluation))) {
    refuse(field, 'NOT_FOUND', 'No such objection, or you may not see it.');
  }
  const onBehalfOfId = await actAsSuperior(tx, viewer, row, evaluation, field);
  return { objection: row, evaluation, onBehalfOfId };
}

