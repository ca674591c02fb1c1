import { sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { hasRole, isAdminOf, viewerEmployeeId } from '../../auth/viewer.js';
import { builder } from '../../graphql/builder.js';
import { argumentId, encodeGlobalID } from '../../graphql/ids.js';
import { argumentInRange } from '../../graphql/limits.js';
import { CoreValueCodeEnum } from '../planning/schema.js';
import { Employee, unitArgument } from '../org/schema.js';
import { rowsOf } from '../../db/index.js';
import { loader } from '../../graphql/context.js';
import { employeeById } from '../org/queries.js';
import {
  distributionFor,
  curvesOf,
  evaluationById,
  evaluationFinaliser,
  mayReadEvaluation,
  objectionDecider,
  objectionsOnBehalfOf,
  visibleEvaluations,
} from './queries.js';
import {
  ANGKA_KREDIT_PERCENT,
  followUpFor,
  objectionDeadline,
  mayStillObject,
  PREDIKATS,
  type CurveBound,
  type Predikat,
} from './rules.js';
import {
  evaluationKind,
  evaluationRating,
  evaluationStatus,
  evaluations,
  improvementPlanStatus,
  objectionDecision,
  objectionStatus,
  organisationPredikat,
  predikat,
  type EvaluationRow,
} from './tables.js';

export const RatingEnum = builder.enumType('EvaluationRating', {
  description: 'Rating hasil kerja or rating perilaku kerja.',
  values: {
    ABOVE: { description: 'Di Atas Ekspektasi.' },
    AS_EXPECTED: { description: 'Sesuai Ekspektasi.' },
    BELOW: { description: 'Di Bawah Ekspektasi.' },
  } satisfies Record<(typeof evaluationRating.enumValues)[number], unknown>,
});

export const PredikatEnum = builder.enumType('Predikat', {
  description: 'Predikat kinerja pegawai, from the two ratings (PermenPANRB 6/2022).',
  values: {
    SANGAT_BAIK: { description: 'Sangat Baik.' },
    BAIK: { description: 'Baik.' },
    BUTUH_PERBAIKAN: { description: 'Butuh Perbaikan.' },
    KURANG: { description: 'Kurang/Misconduct.' },
    SANGAT_KURANG: { description: 'Sangat Kurang.' },
  } satisfies Record<(typeof predikat.enumValues)[number], unknown>,
});

export const OrganisationPredikatEnum = builder.enumType('OrganisationPredikat', {
  description: 'Predikat kinerja organisasi: selects the distribution curve (SE MenPANRB 3/2023).',
  values: {
    ISTIMEWA: { description: 'Istimewa.' },
    BAIK: { description: 'Baik.' },
    BUTUH_PERBAIKAN: { description: 'Butuh Perbaikan.' },
    KURANG: { description: 'Kurang.' },
    SANGAT_KURANG: { description: 'Sangat Kurang.' },
  } satisfies Record<(typeof organisationPredikat.enumValues)[number], unknown>,
});

export const EvaluationKindEnum = builder.enumType('EvaluationKind', {
  description: 'Jenis evaluasi kinerja: periodik (monthly or quarterly, per the year’s cadence) or tahunan (annual).',
  values: {
    PERIODIC: { description: 'Evaluasi kinerja periodik: one month or quarter of the performance year.' },
    ANNUAL: { description: 'Evaluasi kinerja tahunan: the whole performance year; its predikat is the one of the year.' },
  } satisfies Record<(typeof evaluationKind.enumValues)[number], unknown>,
});

export const EvaluationStatusEnum = builder.enumType('EvaluationStatus', {
  description: 'Where an evaluasi kinerja stands: DRAFT -> FINALISED -> ACKNOWLEDGED.',
  values: {
    DRAFT: { description: 'The appraiser is rating; nobody else acts on it yet.' },
    FINALISED: { description: 'Locked; the employee may acknowledge it and, within 14 days, object.' },
    ACKNOWLEDGED: { description: 'Finalised and acknowledged by the employee.' },
  } satisfies Record<(typeof evaluationStatus.enumValues)[number], unknown>,
});

export const FollowUpEnum = builder.enumType('EvaluationFollowUp', {
  description: 'Tindak lanjut: what the predikat in force calls for (penghargaan or pembinaan).',
  values: {
    REWARD_ELIGIBLE: { description: 'Sangat Baik: on the period’s reward-eligible list (penghargaan).' },
    IMPROVEMENT_PLAN: { description: 'Butuh Perbaikan or below: an improvement plan (pembinaan) is required.' },
    NONE: { description: 'Baik: nothing further.' },
  },
});

export const ImprovementPlanStatusEnum = builder.enumType('ImprovementPlanStatus', {
  description: 'Where a rencana pembinaan (improvement plan) stands.',
  values: {
    OPEN: { description: 'Being followed up: its actions are not all done.' },
    COMPLETED: { description: 'Closed as completed.' },
  } satisfies Record<(typeof improvementPlanStatus.enumValues)[number], unknown>,
});

export const ObjectionStatusEnum = builder.enumType('ObjectionStatus', {
  description: 'Where a keberatan (objection, PP 30/2019) stands: FILED -> HEARD -> DECIDED.',
  values: {
    FILED: { description: 'Waiting for the hearing by the appraiser’s superior.' },
    HEARD: { description: 'Both sides heard; waiting for the decision.' },
    DECIDED: { description: 'Decided; final.' },
  } satisfies Record<(typeof objectionStatus.enumValues)[number], unknown>,
});

export const ObjectionDecisionEnum = builder.enumType('ObjectionDecision', {
  description: 'Keputusan keberatan by the atasan pejabat penilai kinerja; final.',
  values: {
    UPHELD: { description: 'The predikat stands.' },
    CHANGED: { description: 'A new predikat, with a reason.' },
  } satisfies Record<(typeof objectionDecision.enumValues)[number], unknown>,
});

const planGlobalId = (id: number) => encodeGlobalID('PerformancePlan', id);

export const WorkResultRating = builder.drizzleObject('workResultRatings', {
  name: 'WorkResultRating',
  description: 'The appraiser’s rating of one RHK (rencana hasil kerja), with a note.',
  fields: (t) => ({
    workResultId: t.id({ description: 'The RHK (a WorkResult).', resolve: (r) => encodeGlobalID('WorkResult', r.workResultId) }),
    workResultStatement: t.string({
      description: 'The RHK’s statement.',
      select: { with: { workResult: { columns: { statement: true } } } },
      resolve: (r) => r.workResult.statement,
    }),
    rating: t.expose('rating', { description: 'Rating of this RHK.', type: RatingEnum }),
    note: t.exposeString('note', { description: 'The appraiser’s note.', nullable: true }),
  }),
});

export const BehaviourRating = builder.drizzleObject('behaviourRatings', {
  name: 'BehaviourRating',
  description: 'The appraiser’s rating of one BerAKHLAK value, with a note.',
  fields: (t) => ({
    coreValue: t.field({
      description: 'The BerAKHLAK core value rated.',
      type: CoreValueCodeEnum,
      select: { with: { coreValue: { columns: { code: true } } } },
      resolve: (r) => r.coreValue.code as never,
    }),
    coreValueName: t.string({ description: 'Its name, e.g. "Berorientasi Pelayanan".', select: { with: { coreValue: { columns: { name: true } } } }, resolve: (r) => r.coreValue.name }),
    rating: t.expose('rating', { description: 'Rating perilaku kerja on this value.', type: RatingEnum }),
    note: t.exposeString('note', { description: 'The appraiser’s note on this value.', nullable: true }),
  }),
});

export const ImprovementPlan = builder.drizzleNode('improvementPlans', {
  name: 'ImprovementPlan',
  description: 'Rencana pembinaan: actions and a due date, owned by the appraiser, after a weak predikat.',
  id: { column: (p) => p.id, description: 'Global ID (Relay `Node`).' },
  runScopesOnType: true,
  authScopes: async (plan, ctx) => {
    if ([plan.employeeId, plan.ownerId].includes(viewerEmployeeId(ctx.viewer) ?? -1)) return true;
    if (!hasRole(ctx.viewer, 'admin')) return false;
    // Admins of the evaluation's agency only, as for the evaluation itself.
    return isAdminOf(ctx.viewer, (await loader(ctx, evaluationById).load(plan.evaluationId))?.agencyId);
  },
  fields: (t) => ({
    employee: t.relation('employee', { description: 'The employee the plan is for.' }),
    owner: t.relation('owner', { description: 'The appraiser who owns the plan.' }),
    actions: t.exposeStringList('actions', { description: 'The actions agreed.' }),
    dueOn: t.field({ description: 'When the plan is due.', type: 'Date', resolve: (p) => p.dueOn }),
    status: t.expose('status', { description: 'Where the plan stands.', type: ImprovementPlanStatusEnum }),
    evaluation: t.relation('evaluation', { description: 'The evaluation whose predikat required it.' }),
  }),
});

export const Objection = builder.drizzleNode('objections', {
  name: 'Objection',
  description:
    'Keberatan (PP 30/2019): the employee’s objection to a finalised evaluation, heard and decided by the appraiser’s ' +
    'superior; for a superior who cannot sign in (the head of region), by the agency’s HR admin on their behalf. ' +
    'Readable by the parties of the evaluation and admins.',
  id: { column: (o) => o.id, description: 'Global ID (Relay `Node`).' },
  runScopesOnType: true,
  authScopes: async (o, ctx) => {
    if ([o.employeeId, o.deciderId].includes(viewerEmployeeId(ctx.viewer) ?? -1)) return true;
    // The appraiser (a party heard) and admins: as for the evaluation.
    const evaluation = await loader(ctx, evaluationById).load(o.evaluationId);
    return evaluation !== null && mayReadEvaluation(ctx.viewer, evaluation);
  },
  fields: (t) => ({
    evaluation: t.relation('evaluation', { description: 'The evaluation objected to.' }),
    employee: t.relation('employee', { description: 'The employee who objects.' }),
    decider: t.relation('decider', {
      description: 'Atasan pejabat penilai, who hears and decides: the party whose decision it is, also when the HR admin recorded it (see `decidedBy`).',
    }),
    decidedBy: t.field({
      type: Employee,
      nullable: true,
      description:
        'Who recorded the decision: the decider, or the agency’s HR admin on behalf of a decider who cannot sign in ' +
        '(the head of region). From the audit log (whose entry names the decider as `onBehalfOfId`); null until ' +
        'decided, and for decisions written without one (the demo seed).',
      resolve: async (o, _args, ctx) => {
        const actorId = await loader(ctx, objectionDecider).load(o.id);
        return actorId === null ? null : loader(ctx, employeeById).load(actorId);
      },
    }),
    reasons: t.exposeString('reasons', { description: 'The employee’s reasons.' }),
    status: t.expose('status', { description: 'Where the keberatan stands.', type: ObjectionStatusEnum }),
    filedAt: t.field({ description: 'When it was filed.', type: 'DateTime', resolve: (o) => o.filedAt }),
    employeeStatement: t.exposeString('employeeStatement', { description: 'What the employee said at the hearing.', nullable: true }),
    appraiserStatement: t.exposeString('appraiserStatement', { description: 'What the appraiser said at the hearing.', nullable: true }),
    heardAt: t.field({ description: 'When the hearing was recorded.', type: 'DateTime', nullable: true, resolve: (o) => o.heardAt }),
    decision: t.expose('decision', { description: 'Upheld or changed; null until decided.', type: ObjectionDecisionEnum, nullable: true }),
    originalPredikat: t.expose('originalPredikat', { type: PredikatEnum, description: 'The predikat objected to.' }),
    decidedPredikat: t.expose('decidedPredikat', { type: PredikatEnum, nullable: true, description: 'The predikat after the decision.' }),
    decisionReason: t.exposeString('decisionReason', { description: 'Why it was decided so.', nullable: true }),
    decidedAt: t.field({ description: 'When it was decided.', type: 'DateTime', nullable: true, resolve: (o) => o.decidedAt }),
  }),
});

/** The predikat in force: the one an objection decided, else the one rated. */
export const predikatInForce = (e: Pick<EvaluationRow, 'finalPredikat' | 'predikat'>): Predikat | null => e.finalPredikat ?? e.predikat;

export const Evaluation = builder.drizzleNode('evaluations', {
  name: 'Evaluation',
  // Only what the type's rule reads; every field names the columns it needs, so a list loads what it shows.
  select: { columns: { id: true, agencyId: true, employeeId: true, appraiserId: true, appraiserSuperiorId: true } },
  description:
    'Penilaian kinerja: a periodic or annual evaluation of a performance plan (SKP). Readable by the employee, the ' +
    'appraiser (pejabat penilai), the appraiser’s superior and the agency’s admins; nobody else.',
  id: { column: (e) => e.id, description: 'Global ID (Relay `Node`).' },
  runScopesOnType: true,
  authScopes: (e, ctx) => mayReadEvaluation(ctx.viewer, e),
  fields: (t) => ({
    planId: t.id({ description: 'The PerformancePlan evaluated (its global id; `plan` reads it).', select: { columns: { planId: true } }, resolve: (e) => planGlobalId(e.planId) }),
    plan: t.relation('plan', { description: 'The SKP evaluated: the version in force when the evaluation began.' }),
    periodKey: t.exposeString('periodKey', { description: '"2025-Q1", "2025-03", or "2025" for the annual evaluation.' }),
    kind: t.expose('kind', { description: 'Evaluasi kinerja periodik or tahunan.', type: EvaluationKindEnum }),
    startsOn: t.expose('startsOn', { description: 'First day of the period evaluated.', type: 'Date' }),
    endsOn: t.expose('endsOn', { description: 'Last day of the period evaluated.', type: 'Date' }),
    employee: t.relation('employee', { description: 'The employee evaluated.' }),
    appraiser: t.relation('appraiser', {
      description: 'Pejabat penilai kinerja: the party whose evaluation it is, also when the HR admin recorded it (see `finalisedBy`).',
    }),
    appraiserSuperior: t.relation('appraiserSuperior', { nullable: true, description: 'Atasan pejabat penilai: decides objections.' }),
    unit: t.relation('unit', { description: 'The unit kerja of the employee when the evaluation started.' }),
    status: t.expose('status', { description: 'Where the evaluation stands.', type: EvaluationStatusEnum }),
    workResultsRating: t.expose('workResultsRating', { type: RatingEnum, nullable: true, description: 'Rating hasil kerja (overall).' }),
    workResultsNote: t.exposeString('workResultsNote', { description: 'The appraiser’s note on the work results overall.', nullable: true }),
    behaviourRating: t.expose('behaviourRating', { type: RatingEnum, nullable: true, description: 'Rating perilaku kerja (overall).' }),
    behaviourNote: t.exposeString('behaviourNote', { description: 'The appraiser’s note on work behaviour overall.', nullable: true }),
    ratedPredikat: t.expose('predikat', {
      type: PredikatEnum,
      nullable: true,
      description: 'The predikat the matrix gives for the appraiser’s two ratings (null until both are given).',
    }),
    predikat: t.field({
      type: PredikatEnum,
      nullable: true,
      description: 'The predikat in force: as rated, or as an objection decided.',
      select: { columns: { predikat: true, finalPredikat: true } },
      resolve: (e) => predikatInForce(e),
    }),
    workResultRatings: t.relation('workResultRatings', { description: 'Per RHK.', query: { orderBy: { id: 'asc' } } }),
    behaviourRatings: t.relation('behaviourRatings', { description: 'Per BerAKHLAK value.', query: { orderBy: { coreValueId: 'asc' } } }),
    finalisedAt: t.expose('finalisedAt', { description: 'When the appraiser finalised it.', type: 'DateTime', nullable: true }),
    finalisedBy: t.field({
      type: Employee,
      nullable: true,
      description:
        'Who finalised it: the appraiser, or the agency’s HR admin on behalf of an appraiser who cannot sign in (the ' +
        'head of region appraises the JPT). From the audit log (whose entries name the appraiser as `onBehalfOfId`); ' +
        'null while a draft, and for evaluations written without one (the demo seed).',
      resolve: async (e, _args, ctx) => {
        const actorId = await loader(ctx, evaluationFinaliser).load(e.id);
        return actorId === null ? null : loader(ctx, employeeById).load(actorId);
      },
    }),
    acknowledgedAt: t.expose('acknowledgedAt', { description: 'When the employee acknowledged it.', type: 'DateTime', nullable: true }),
    objectionDeadline: t.field({
      type: 'DateTime',
      nullable: true,
      description:
        'When the window to object (keberatan) closes, exclusive: 24:00 WIB of the 14th calendar day after the WIB day of finalisation.',
      select: { columns: { finalisedAt: true } },
      resolve: (e) => (e.finalisedAt ? objectionDeadline(new Date(e.finalisedAt)).toISOString() : null),
    }),
    mayStillObject: t.boolean({
      description: 'Finalised, within the 14 days, no objection filed yet, and an appraiser’s superior to decide one (as fileObjection requires).',
      select: { columns: { finalisedAt: true, appraiserSuperiorId: true }, with: { objection: { columns: { id: true } } } },
      resolve: (e) => e.finalisedAt !== null && e.appraiserSuperiorId !== null && !e.objection && mayStillObject(new Date(e.finalisedAt), new Date()),
    }),
    followUp: t.field({
      type: FollowUpEnum,
      nullable: true,
      description: 'What the predikat in force calls for, once finalised.',
      select: { columns: { status: true, predikat: true, finalPredikat: true } },
      resolve: (e) => {
        const p = predikatInForce(e);
        return e.status === 'DRAFT' || !p ? null : followUpFor(p);
      },
    }),
    angkaKreditPercent: t.int({
      nullable: true,
      description:
        'For a functional position (jabatan fungsional), once finalised: the share of the annual angka kredit ' +
        'coefficient earned (Sangat Baik 150, Baik 100, Butuh Perbaikan 75, Kurang 50, Sangat Kurang 25); null otherwise.',
      select: { columns: { status: true, predikat: true, finalPredikat: true }, with: { plan: { columns: { positionKind: true } } } },
      resolve: (e) => {
        const p = predikatInForce(e);
        return e.status === 'DRAFT' || !p || e.plan.positionKind !== 'FUNGSIONAL' ? null : ANGKA_KREDIT_PERCENT[p];
      },
    }),
    rewardEligible: t.boolean({
      description: 'On the period’s reward-eligible list.',
      select: { with: { rewardEligibility: { columns: { id: true } } } },
      resolve: (e) => Boolean(e.rewardEligibility),
    }),
    improvementPlan: t.relation('improvementPlan', { description: 'The rencana pembinaan the predikat requires, if one was made.', nullable: true }),
    objection: t.relation('objection', { nullable: true, description: 'The objection (keberatan), if one was filed.' }),
    curveOverrideReason: t.exposeString('curveOverrideReason', {
      nullable: true,
      description: 'Why the appraiser finalised although the distribution curve was broken.',
    }),
    curveBrokenBounds: t.stringList({
      nullable: true,
      description: 'The bounds of the curve that were broken when finalised (with the override).',
      select: { columns: { curveBrokenBounds: true } },
      resolve: (e) => e.curveBrokenBounds ?? null,
    }),
  }),
});

const RewardEligibility = builder.drizzleObject('rewardEligibilities', {
  name: 'RewardEligibility',
  description: 'An employee on a period’s reward-eligible list (penghargaan) after a Sangat Baik evaluation.',
  fields: (t) => ({
    employee: t.relation('employee', { description: 'The employee eligible for penghargaan.' }),
    evaluation: t.relation('evaluation', { description: 'The evaluation with predikat Sangat Baik.' }),
    periodKey: t.exposeString('periodKey', { description: 'Its period, e.g. "2025".' }),
    since: t.field({ description: 'When the employee became eligible.', type: 'DateTime', resolve: (r) => r.createdAt }),
  }),
});

// ---------------------------------------------------------------------------------------------------------------
// Distribution curve

interface BoundShape extends CurveBound {}
const CurveBoundRef = builder.objectRef<BoundShape>('CurveBound').implement({
  description: 'One bound of a curve: the share of employees with one of `predikats` must lie within [min, max].',
  fields: (t) => ({
    predikats: t.field({ description: 'The employee predikat the bound counts together.', type: [PredikatEnum], resolve: (b) => b.predikats }),
    min: t.float({ nullable: true, description: 'Share from 0 to 1.', resolve: (b) => b.min ?? null }),
    max: t.float({ nullable: true, description: 'Share from 0 to 1.', resolve: (b) => b.max ?? null }),
    atLeastOne: t.boolean({ description: 'True: at least one evaluation must have one of these predikat (no share).', resolve: (b) => b.atLeastOne ?? false }),
  }),
});

export const DistributionCurve = builder
  .objectRef<{ organisationPredikat: (typeof organisationPredikat.enumValues)[number]; bounds: CurveBound[] }>('DistributionCurve')
  .implement({
    description: 'Kurva distribusi: the bounds an organisation predikat puts on its employees’ predikat (data an admin may change).',
    fields: (t) => ({
      organisationPredikat: t.field({ description: 'The predikat kinerja organisasi that selects this curve.', type: OrganisationPredikatEnum, resolve: (c) => c.organisationPredikat }),
      bounds: t.field({ description: 'Its bounds on the employees’ predikat.', type: [CurveBoundRef], resolve: (c) => c.bounds }),
    }),
  });

const PredikatShare = builder.objectRef<{ predikat: Predikat; count: number; share: number }>('PredikatShare').implement({
  description: 'How many evaluations have one predikat, and their share.',
  fields: (t) => ({
    predikat: t.field({ description: 'The predikat kinerja pegawai.', type: PredikatEnum, resolve: (s) => s.predikat }),
    count: t.exposeInt('count', { description: 'Evaluations with it.' }),
    share: t.exposeFloat('share', { description: 'From 0 to 1.' }),
  }),
});

const BrokenBoundRef = builder.objectRef<{ bound: CurveBound; count: number; share: number; message: string }>('BrokenCurveBound').implement({
  description: 'A bound of the kurva distribusi that the unit’s predikat break.',
  fields: (t) => ({
    bound: t.field({ description: 'The bound broken.', type: CurveBoundRef, resolve: (b) => b.bound }),
    count: t.exposeInt('count', { description: 'Evaluations with a predikat the bound names.' }),
    share: t.exposeFloat('share', { description: 'Their share of all evaluations counted (0 to 1).' }),
    message: t.exposeString('message', { description: 'E.g. "Baik must be at most 70% (is 80%)".' }),
  }),
});

interface DistributionShape {
  unitId: number;
  periodKey: string;
  organisationPredikat: (typeof organisationPredikat.enumValues)[number] | null;
  curveUnitId: number | null;
  curve: { organisationPredikat: (typeof organisationPredikat.enumValues)[number]; bounds: CurveBound[] } | null;
  total: number;
  shares: { predikat: Predikat; count: number; share: number }[];
  broken: { bound: CurveBound; count: number; share: number; message: string }[];
}

const EvaluationDistribution = builder.objectRef<DistributionShape>('EvaluationDistribution').implement({
  description:
    'The predikat in force of the evaluations of a unit (and the units below it) for a period, against the curve ' +
    'selected by the unit’s own predikat (or the nearest unit above, or the organisation’s).',
  fields: (t) => ({
    periodKey: t.exposeString('periodKey', { description: 'The period key counted, e.g. "2025-Q2" or "2025".' }),
    organisationPredikat: t.field({ type: OrganisationPredikatEnum, nullable: true, description: 'Null when none is set: no curve applies.', resolve: (d) => d.organisationPredikat }),
    curveUnitId: t.id({ nullable: true, description: 'The unit whose predikat selected the curve; null for the organisation’s.', resolve: (d) => (d.curveUnitId ? encodeGlobalID('OrgUnit', d.curveUnitId) : null) }),
    curve: t.field({ description: 'The kurva distribusi in force; null when none is set.', type: DistributionCurve, nullable: true, resolve: (d) => d.curve }),
    total: t.exposeInt('total', { description: 'Finalised evaluations counted.' }),
    shares: t.field({ description: 'Count and share of each predikat.', type: [PredikatShare], resolve: (d) => d.shares }),
    brokenBounds: t.field({ type: [BrokenBoundRef], description: 'Every bound of the curve that is broken.', resolve: (d) => d.broken }),
  }),
});

function requireEmployee(ctx: { viewer: import('../../auth/viewer.js').Viewer }) {
  if (ctx.viewer.kind !== 'employee') throw new GraphQLError('Only employees read evaluations.', { extensions: { code: 'FORBIDDEN' } });
  return ctx.viewer;
}

const MAX_LIST = 200;
/** The reward-eligible list is an HR export: longer pages than the other lists. */
const MAX_REWARD_LIST = 1000;

/**
 * The evaluations the viewer acts on as appraiser: their own appraisals, and for an HR admin those of appraisers of
 * the agency who cannot sign in (no NIP: planning's `canSignIn`), except the admin's own evaluations.
 */
function asAppraiserOf(viewer: import('../../auth/viewer.js').Viewer & { kind: 'employee' }) {
  if (!hasRole(viewer, 'admin')) return { appraiserId: viewer.employeeId };
  return {
    OR: [
      { appraiserId: viewer.employeeId },
      {
        agencyId: viewer.agencyId,
        employeeId: { ne: viewer.employeeId },
        RAW: (e: { appraiserId: unknown }) => sql`${e.appraiserId} in (select a.id from employees a where a.agency_id = ${viewer.agencyId} and a.nip is null)`,
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Employee fields

builder.drizzleObjectFields(Employee, (t) => ({
  latestEvaluation: t.field({
    type: Evaluation,
    nullable: true,
    description:
      'The most recent finalised evaluation of the employee you may read (the annual one first when a period ends on ' +
      'the same day), optionally of one kind: its `predikat` is the predikat in force. Null when none.',
    args: { kind: t.arg({ type: EvaluationKindEnum }) },
    // Part of the employee's own statement (a lateral join), so a list of employees costs no extra query.
    select: (args, ctx, nestedSelection) => ({
      with: {
        evaluations: nestedSelection({
          where: {
            status: { ne: 'DRAFT' as const },
            ...(args.kind ? { kind: args.kind } : {}),
            AND: [visibleEvaluations(ctx.viewer)],
          },
          orderBy: { endsOn: 'desc', kind: 'desc', id: 'desc' },
          limit: 1,
        }),
      },
    }),
    resolve: (e) => e.evaluations[0] ?? null,
  }),
}));

builder.queryFields((t) => ({
  evaluations: t.drizzleField({
    type: ['evaluations'],
    description:
      'Evaluations you may read (as employee, appraiser, appraiser’s superior, or admin), newest period first, ' +
      'optionally of one employee, one period key, as appraiser only, or of some statuses; the first `limit`. ' +
      'An HR admin’s `asAppraiser` includes the evaluations they record on behalf of an appraiser who cannot sign in ' +
      '(the head of region’s, of the JPT), except their own; the approved plans still to evaluate are the head of ' +
      'region’s `Employee.plansToReview(status: [APPROVED])`.',
    authScopes: { employee: true },
    args: {
      employeeId: t.arg.id(),
      periodKey: t.arg.string(),
      asAppraiser: t.arg.boolean({
        description: 'Only those you appraise (for an HR admin, also those of appraisers in the agency who cannot sign in, not their own).',
      }),
      status: t.arg({ type: [EvaluationStatusEnum] }),
      limit: t.arg.int({ defaultValue: 50, description: `How many, from 1 to ${MAX_LIST} (default 50); outside that, BAD_USER_INPUT.` }),
    },
    resolve: (query, _root, args, ctx) => {
      const viewer = requireEmployee(ctx);
      const employeeId = args.employeeId != null ? argumentId(String(args.employeeId), 'Employee', 'employeeId') : null;
      const limit = argumentInRange('limit', args.limit, { fallback: 50, min: 1, max: MAX_LIST });
      return ctx.db.query.evaluations.findMany(
        query({
          where: {
            AND: [visibleEvaluations(viewer)],
            ...(employeeId !== null ? { employeeId } : {}),
            ...(args.periodKey ? { periodKey: args.periodKey } : {}),
            ...(args.asAppraiser ? asAppraiserOf(viewer) : {}),
            ...(args.status?.length ? { status: { in: args.status } } : {}),
          },
          orderBy: { endsOn: 'desc', id: 'asc' },
          limit,
        }),
      );
    },
  }),
  rewardEligibleEmployees: t.drizzleField({
    type: ['rewardEligibilities'],
    description: 'The reward-eligible list (penghargaan) of a performance year, optionally of one period key (admins), oldest first; the first `limit`.',
    authScopes: { admin: true },
    args: {
      periodId: t.arg.id({ required: true }),
      periodKey: t.arg.string(),
      limit: t.arg.int({ defaultValue: 100, description: `How many, from 1 to ${MAX_REWARD_LIST} (default 100); outside that, BAD_USER_INPUT.` }),
    },
    resolve: (query, _root, args, ctx) => {
      const viewer = requireEmployee(ctx);
      const periodId = argumentId(String(args.periodId), 'PerformancePeriod', 'periodId');
      const limit = argumentInRange('limit', args.limit, { fallback: 100, min: 1, max: MAX_REWARD_LIST });
      return ctx.db.query.rewardEligibilities.findMany(
        query({
          where: { agencyId: viewer.agencyId, periodId, ...(args.periodKey ? { periodKey: args.periodKey } : {}) },
          orderBy: { id: 'asc' },
          limit,
        }),
      );
    },
  }),
  improvementPlans: t.drizzleField({
    type: ['improvementPlans'],
    description: 'Improvement plans (pembinaan) you own as appraiser, or that concern you; admins see the agency’s. Earliest due first; the first `limit`.',
    authScopes: { employee: true },
    args: {
      status: t.arg({ type: ImprovementPlanStatusEnum }),
      limit: t.arg.int({ defaultValue: 50, description: `How many, from 1 to ${MAX_LIST} (default 50); outside that, BAD_USER_INPUT.` }),
    },
    resolve: (query, _root, args, ctx) => {
      const viewer = requireEmployee(ctx);
      const limit = argumentInRange('limit', args.limit, { fallback: 50, min: 1, max: MAX_LIST });
      return ctx.db.query.improvementPlans.findMany(
        query({
          where: {
            ...(args.status ? { status: args.status } : {}),
            RAW: (table) =>
              hasRole(viewer, 'admin')
                ? sql`${table.employeeId} in (select id from employees where agency_id = ${viewer.agencyId})`
                : sql`(${table.ownerId} = ${viewer.employeeId} or ${table.employeeId} = ${viewer.employeeId})`,
          },
          orderBy: { dueOn: 'asc' },
          limit,
        }),
      );
    },
  }),
  objectionQueue: t.drizzleField({
    type: ['objections'],
    description:
      'Objections waiting for you as the appraiser’s superior (atasan pejabat penilai), oldest first. An HR admin’s ' +
      'queue also has the agency’s objections whose superior cannot sign in (the head of region), which the admin ' +
      'hears and decides on their behalf: not their own, nor those about an evaluation they decided (as its ' +
      `appraiser or on the appraiser’s behalf). At most the ${MAX_LIST} oldest.`,
    authScopes: { employee: true },
    args: { includeDecided: t.arg.boolean({ defaultValue: false }) },
    resolve: (query, _root, args, ctx) => {
      const viewer = requireEmployee(ctx);
      const admin = hasRole(viewer, 'admin');
      return ctx.db.query.objections.findMany(
        query({
          where: {
            ...(admin
              ? { OR: [{ deciderId: viewer.employeeId }, { RAW: (o) => objectionsOnBehalfOf(viewer, o) }] }
              : { deciderId: viewer.employeeId }),
            ...(args.includeDecided ? {} : { status: { ne: 'DECIDED' } }),
          },
          orderBy: { filedAt: 'asc' },
          limit: MAX_LIST,
        }),
      );
    },
  }),
  distributionCurves: t.field({
    type: [DistributionCurve],
    description: 'The agency’s distribution curves (its own where changed, the SE MenPANRB 3/2023 defaults otherwise).',
    authScopes: { employee: true },
    resolve: async (_root, _args, ctx) => curvesOf(ctx.db, requireEmployee(ctx).agencyId),
  }),
  evaluationDistribution: t.field({
    type: EvaluationDistribution,
    description:
      'Count and share of each predikat among a unit’s (and its subunits’) evaluations of a period key, against the ' +
      'curve, naming every bound broken. For admins, and for the unit’s appraisers (placed in the unit or above it, ' +
      'appraising someone in it).',
    authScopes: { employee: true },
    args: { unitId: t.arg.id({ required: true }), periodId: t.arg.id({ required: true }), periodKey: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const viewer = requireEmployee(ctx);
      const unit = await unitArgument(ctx, args.unitId, { agencyId: viewer.agencyId });
      const unitId = unit.id;
      const periodId = argumentId(String(args.periodId), 'PerformancePeriod', 'periodId');
      if (!hasRole(viewer, 'admin')) {
        // Placed in the unit (or above it) and appraising someone in it: an appraiser of a sub-unit does not read
        // the whole agency's figures through the root.
        const appraises = await ctx.db.execute(sql`
          select 1 from employees me join org_units mine on mine.id = me.unit_id
           where me.id = ${viewer.employeeId} and ${unit.path} like mine.path || '%'
             and exists (select 1 from evaluations e join org_units u on u.id = e.unit_id
                          where e.appraiser_id = me.id and u.path like ${unit.path + '%'})`);
        if (rowsOf(appraises).length === 0) {
          throw new GraphQLError('Only admins and the unit’s appraisers read its distribution.', { extensions: { code: 'FORBIDDEN' } });
        }
      }
      const d = await distributionFor(ctx.db, viewer.agencyId, periodId, args.periodKey, unitId);
      return {
        unitId,
        periodKey: args.periodKey,
        organisationPredikat: d.scope?.organisationPredikat ?? null,
        curveUnitId: d.scope?.unitId ?? null,
        curve: d.curve,
        total: d.check.total,
        shares: PREDIKATS.map((p) => ({ predikat: p, count: d.check.counts[p], share: d.check.shares[p] })),
        broken: d.check.broken,
      };
    },
  }),
}));

export { RewardEligibility, evaluations };
