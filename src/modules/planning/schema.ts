import { GraphQLError } from 'graphql';
import { isAdminOf, viewerEmployeeId } from '../../auth/viewer.js';
import { totalCountField } from '../../graphql/array-connection.js';
import { builder } from '../../graphql/builder.js';
import { loader, whenKnown, type Context } from '../../graphql/context.js';
import { encodeGlobalID } from '../../graphql/ids.js';
import { employeeById, orgUnitById } from '../org/queries.js';
import { Employee, OrgUnit, PositionKindEnum, unitArgument } from '../org/schema.js';
import { canSignIn } from '../org/rules.js';
import type { CoreValueCode } from '../training/tables.js';
import {
  ALIGNMENT_LIMIT,
  accessToPlan,
  accessToWorkResult,
  alignmentEdges,
  allCoreValues,
  appraiserNow,
  childrenOfWorkResult,
  expectationsOfPlan,
  readablePlansOf,
  periodById,
  accessToPlanOnce,
  mayReadIndicator,
  mayReadWorkResult,
  planById,
  segmentVersions,
  workResultById,
  type PlanParties,
} from './queries.js';
import { MAX_YEAR, MIN_YEAR, WORKFLOW, checkCommand, formatTarget, placementChanged, planRoles, type PlanCommand, type PlanRole } from './rules.js';
import {
  indicatorAspect,
  planAction,
  planCadence,
  periodStatus,
  planStatus,
  targetKind,
  workResultKind,
  type BehaviourExpectationRow,
  type CoreValueRow,
  type IndicatorRow,
  type PerformancePlanRow,
  type WorkResultRow,
} from './tables.js';

// ---------------------------------------------------------------------------------------------------------------
// Enums

export const CoreValueCodeEnum = builder.enumType('CoreValueCode', {
  description: 'A BerAKHLAK core value of ASN, by code.',
  values: {
    SERVICE: { description: 'Berorientasi Pelayanan.' },
    ACCOUNTABLE: { description: 'Akuntabel.' },
    COMPETENT: { description: 'Kompeten.' },
    HARMONIOUS: { description: 'Harmonis.' },
    LOYAL: { description: 'Loyal.' },
    ADAPTIVE: { description: 'Adaptif.' },
    COLLABORATIVE: { description: 'Kolaboratif.' },
  } satisfies Record<CoreValueCode, unknown>,
});

export const PlanStatusEnum = builder.enumType('PlanStatus', {
  description: 'Where an SKP stands: DRAFT -> SUBMITTED -> APPROVED, or SUBMITTED -> RETURNED -> SUBMITTED again.',
  values: {
    DRAFT: { description: 'Being written by the employee.' },
    SUBMITTED: { description: 'Submitted; waits for the appraiser to approve or return it.' },
    RETURNED: { description: 'Returned by the appraiser with a reason; the employee edits and submits again.' },
    APPROVED: { description: 'Agreed by the appraiser; changes only through a revision (a new version).' },
    SUPERSEDED: { description: 'An approved version replaced by a revision; kept and readable.' },
  } satisfies Record<(typeof planStatus.enumValues)[number], unknown>,
});

export const PerformanceCadenceEnum = builder.enumType('PerformanceCadence', {
  description: 'How often the periodic evaluation (evaluasi kinerja periodik) of a performance year takes place.',
  values: {
    MONTHLY: { description: 'Bulanan: every month.' },
    QUARTERLY: { description: 'Triwulanan: every quarter (the default).' },
  } satisfies Record<(typeof planCadence.enumValues)[number], unknown>,
});

export const PerformancePeriodStatusEnum = builder.enumType('PerformancePeriodStatus', {
  description: 'Whether a performance year (periode kinerja) is open for planning.',
  values: {
    OPEN: { description: 'Plans of the year can be made and changed.' },
    CLOSED: { description: 'The year is closed: its plans are read only.' },
  } satisfies Record<(typeof periodStatus.enumValues)[number], unknown>,
});

export const WorkResultKindEnum = builder.enumType('WorkResultKind', {
  description: 'Jenis RHK (Rencana Hasil Kerja): utama or tambahan.',
  values: {
    MAIN: { description: 'RHK utama: a main work result.' },
    ADDITIONAL: { description: 'RHK tambahan: an additional work result.' },
  } satisfies Record<(typeof workResultKind.enumValues)[number], unknown>,
});

export const IndicatorAspectEnum = builder.enumType('IndicatorAspect', {
  description: 'Aspek of an indicator.',
  values: {
    QUANTITY: { description: 'Kuantitas: how much.' },
    QUALITY: { description: 'Kualitas: how well.' },
    TIME: { description: 'Waktu: how fast or when.' },
    COST: { description: 'Biaya: at what cost.' },
  } satisfies Record<(typeof indicatorAspect.enumValues)[number], unknown>,
});

export const IndicatorTargetKindEnum = builder.enumType('IndicatorTargetKind', {
  description: 'The form of the target of an indikator kinerja individu.',
  values: {
    NUMBER: { description: 'A number with a unit, e.g. 12 dokumen.' },
    RANGE: { description: 'A range with a unit, e.g. 90-100%.' },
    QUALITATIVE: { description: 'A statement, e.g. "Laporan diterima tanpa revisi".' },
  } satisfies Record<(typeof targetKind.enumValues)[number], unknown>,
});

export const PlanActionEnum = builder.enumType('PlanAction', {
  description: 'What a step in the history of a plan did.',
  values: {
    CREATE: { description: 'The plan (or this version) was created.' },
    SUBMIT: { description: 'The employee submitted it to the appraiser.' },
    APPROVE: { description: 'The appraiser approved it.' },
    RETURN: { description: 'The appraiser returned it for changes, with a reason.' },
    REVISE: { description: 'A new version was created from an approved one, with a reason.' },
    SUPERSEDE: { description: 'A revision replaced this approved version.' },
    END: { description: 'The plan ended early: the employee moved to another position and started a new plan.' },
  } satisfies Record<(typeof planAction.enumValues)[number], unknown>,
});

export const PlanAccessEnum = builder.enumType('PlanAccess', {
  description: 'How much of a plan the viewer reads.',
  values: {
    FULL: { description: 'Everything: the employee, the appraiser and those above, admins.' },
    CASCADE: { description: 'RHK and indicators, not behaviour expectations or history: someone below the employee, who cascades from it.' },
  },
});

// ---------------------------------------------------------------------------------------------------------------
// Helpers

export function checkYearArgument(year: number, argument = 'year'): number {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new GraphQLError(`Argument "${argument}" must be a year from ${MIN_YEAR} to ${MAX_YEAR}.`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: argument },
    });
  }
  return year;
}


/** The viewer's parts towards a plan (`planRoles`); the appraiser is read (batched) only for an admin of the agency. */
export async function rolesOn(ctx: Context, plan: Pick<PerformancePlanRow, 'agencyId' | 'employeeId' | 'appraiserId'>): Promise<Set<PlanRole>> {
  const viewerId = viewerEmployeeId(ctx.viewer);
  const facts = { viewerId, viewerIsAgencyAdmin: isAdminOf(ctx.viewer, plan.agencyId), ownerId: plan.employeeId, appraiserId: plan.appraiserId, appraiserSignsIn: true };
  if (facts.viewerIsAgencyAdmin && plan.appraiserId !== null && plan.appraiserId !== viewerId) {
    const appraiser = await loader(ctx, employeeById).load(plan.appraiserId);
    facts.appraiserSignsIn = !appraiser || canSignIn(appraiser);
  }
  return planRoles(facts);
}

const fullAccess = async (plan: PlanParties, ctx: Context) => (await accessToPlan(ctx, plan)) === 'FULL';
/** A field of the plan's history and expectations: null for readers below the employee (CASCADE access). */
const fullReadersOnly = {
  authScopes: (plan: PlanParties, _args: unknown, ctx: Context) => fullAccess(plan, ctx),
  unauthorizedResolver: () => null,
};

// ---------------------------------------------------------------------------------------------------------------
// Objects

export const PerformancePeriod = builder.drizzleNode('performancePeriods', {
  name: 'PerformancePeriod',
  description:
    'Tahun kinerja: a performance year of an agency, opened by the HR admin, with the cadence of its periodic ' +
    'evaluations. Plans (SKP) of the year belong to it. Readable by the agency’s employees.',
  id: { column: (p) => p.id, description: 'Global ID (Relay `Node`).' },
  runScopesOnType: true,
  authScopes: (p, ctx) => ctx.viewer.kind === 'employee' && ctx.viewer.agencyId === p.agencyId,
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'The performance year.' }),
    cadence: t.expose('cadence', { description: 'How often periodic evaluations take place.', type: PerformanceCadenceEnum }),
    status: t.expose('status', { description: 'Open or closed.', type: PerformancePeriodStatusEnum }),
    agency: t.relation('agency', { description: 'The instansi.' }),
    openedBy: t.relation('openedBy', { description: 'The admin who opened it.', nullable: true }),
    openedAt: t.field({ description: 'When it was opened.', type: 'DateTime', resolve: (p) => p.openedAt }),
    closedAt: t.field({ description: 'When it was closed.', type: 'DateTime', nullable: true, resolve: (p) => p.closedAt }),
  }),
});

export const CoreValue = builder.drizzleNode('coreValues', {
  name: 'CoreValue',
  description:
    'A core value of ASN, BerAKHLAK (Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, ' +
    'Kolaboratif), with its behaviour guides (panduan perilaku). Work behaviour (perilaku kerja) is planned and ' +
    'assessed against these seven values. Reference data, readable by anyone.',
  id: { column: (v) => v.id, description: 'Global ID (Relay `Node`).' },
  fields: (t) => ({
    code: t.field({ description: 'Its code.', type: CoreValueCodeEnum, resolve: (v) => v.code as CoreValueCode }),
    name: t.exposeString('name', { description: 'The official name, e.g. "Berorientasi Pelayanan".' }),
    description: t.exposeString('description', { description: 'The core meaning (nilai dasar), as officially worded.' }),
    behaviourGuides: t.exposeStringList('behaviourGuides', { description: 'Panduan perilaku: the behaviours that show the value.' }),
  }),
});

type ExpectationShape = { planId: number; coreValue: CoreValueRow; row: BehaviourExpectationRow | null };

export const BehaviourExpectation = builder.objectRef<ExpectationShape>('BehaviourExpectation').implement({
  description:
    'Ekspektasi khusus pimpinan: what the appraiser specifically expects of the employee for one BerAKHLAK value ' +
    'in this plan. Every plan lists all seven values; `expectation` is null until the appraiser writes it.',
  fields: (t) => ({
    coreValue: t.field({ description: 'The BerAKHLAK core value.', type: CoreValue, resolve: (e) => e.coreValue }),
    expectation: t.string({ description: 'Ekspektasi khusus pimpinan for this value; null when the appraiser wrote none.', nullable: true, resolve: (e) => e.row?.expectation ?? null }),
    setBy: t.field({
      type: Employee,
      nullable: true,
      description: 'The appraiser who wrote it.',
      resolve: (e, _args, ctx) => (e.row?.setById ? loader(ctx, employeeById).load(e.row.setById) : null),
    }),
    updatedAt: t.field({ description: 'When the expectation was last set; null when never.', type: 'DateTime', nullable: true, resolve: (e) => e.row?.updatedAt ?? null }),
  }),
});

export const PlanTransition = builder.drizzleObject('planTransitions', {
  name: 'PlanTransition',
  description: 'One step in the history (riwayat) of a plan: who did what, when, from which status to which, and why.',
  fields: (t) => ({
    action: t.expose('action', { description: 'What the step did.', type: PlanActionEnum }),
    fromStatus: t.expose('fromStatus', { type: PlanStatusEnum, nullable: true, description: 'Null when the plan was created.' }),
    toStatus: t.expose('toStatus', { description: 'The status it led to.', type: PlanStatusEnum }),
    actor: t.relation('actor', { nullable: true, description: 'Who did it; null for steps written by the system (the demo seed).' }),
    onBehalfOf: t.field({
      type: Employee,
      nullable: true,
      description:
        'For an approval or return the agency’s HR admin (the actor) recorded for an appraiser who cannot sign in (the ' +
        'head of region): that appraiser. Null otherwise.',
      resolve: async (s, _args, ctx) => {
        // A decision is the appraiser's: one whose actor is someone else was recorded for them (see approvePlan).
        if ((s.action !== 'APPROVE' && s.action !== 'RETURN') || s.actorId === null) return null;
        const plan = await loader(ctx, planById).load(s.planId);
        return plan && plan.appraiserId !== null && plan.appraiserId !== s.actorId ? loader(ctx, employeeById).load(plan.appraiserId) : null;
      },
    }),
    at: t.field({ description: 'When it happened.', type: 'DateTime', resolve: (s) => s.at }),
    reason: t.exposeString('reason', {
      nullable: true,
      description: 'The reason given (returning, revising, ending for a transfer); for a decision recorded on behalf of the appraiser, it says so.',
    }),
  }),
});

export const PerformancePlan = builder.drizzleNode('performancePlans', {
  name: 'PerformancePlan',
  // What the type's rule and the workflow read; every other field names its own columns, so a list of plans (a
  // unit's dashboard) loads what it shows.
  select: {
    columns: { id: true, agencyId: true, employeeId: true, appraiserId: true, appraiserSuperiorId: true, periodId: true, status: true, isCurrent: true },
  },
  description:
    'SKP, Sasaran Kinerja Pegawai: an employee’s performance plan for a year (or for the part of it spent in one ' +
    'position), agreed with the appraiser (pejabat penilai kinerja): work results (RHK) cascaded from the ' +
    'appraiser’s, with indicators, and the appraiser’s expectations for the BerAKHLAK values. Readable by the ' +
    'employee, the appraiser and everyone above the employee, and admins; someone below the employee reads its RHK ' +
    '(to cascade from them); nobody else.',
  id: { column: (p) => p.id, description: 'Global ID (Relay `Node`).' },
  runScopesOnType: true,
  authScopes: (plan, ctx) => whenKnown(accessToPlanOnce(ctx, plan), (access) => access !== 'NONE'),
  fields: (t) => ({
    employee: t.relation('employee', { description: 'The employee whose SKP this is.' }),
    period: t.relation('period', { description: 'The performance year.' }),
    year: t.int({ description: 'The performance year, as a number.', resolve: async (p, _args, ctx) => (await loader(ctx, periodById).load(p.periodId))!.year }),
    version: t.exposeInt('version', { description: '1, then one more for each revision of the same plan.' }),
    status: t.expose('status', { description: 'Where the SKP stands.', type: PlanStatusEnum }),
    isCurrent: t.exposeBoolean('isCurrent', {
      description: 'True for the one plan in force for the employee and year: false once superseded or ended by a transfer.',
    }),
    appraiser: t.relation('appraiser', {
      nullable: true,
      description: 'Pejabat penilai kinerja: resolved from the supervisor chain when the plan began, and kept.',
    }),
    appraiserSuperior: t.relation('appraiserSuperior', { nullable: true, description: 'Atasan pejabat penilai, kept with the appraiser.' }),
    position: t.relation('position', { description: 'Jabatan held when the plan began.' }),
    positionKind: t.expose('positionKind', { description: 'The kind of jabatan when the plan began (JPT plans cascade from the strategic plan).', type: PositionKindEnum }),
    unit: t.relation('unit', { description: 'Unit kerja when the plan began.' }),
    startsOn: t.expose('startsOn', { description: 'First day the plan is in force.', type: 'Date' }),
    endsOn: t.expose('endsOn', { type: 'Date', description: '31 December, or the day before the next plan after a transfer.' }),
    previousVersion: t.relation('revisionOf', { nullable: true, description: 'The approved version this revision replaces.' }),
    // Why the plan was revised or returned is part of its history: readers below the employee (CASCADE) get null.
    revisionReason: t.exposeString('revisionReason', {
      nullable: true,
      description: 'Why this version was made. Null for readers below the employee.',
      ...fullReadersOnly,
    }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true, description: 'Last submission.' }),
    approvedAt: t.expose('approvedAt', { description: 'When the appraiser approved it.', type: 'DateTime', nullable: true }),
    approvedBy: t.relation('approvedBy', { description: 'The appraiser who approved it.', nullable: true }),
    returnedAt: t.expose('returnedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Last time it was returned. Null for readers below the employee.',
      ...fullReadersOnly,
    }),
    returnedReason: t.exposeString('returnedReason', {
      nullable: true,
      description: 'Why it was last returned. Null for readers below the employee.',
      ...fullReadersOnly,
    }),
    lockVersion: t.exposeInt('lockVersion', {
      description:
        'Changes with every change to the plan or anything in it. Send it back as `expectedLockVersion` to act only ' +
        'on the plan as you saw it (a CONFLICT userError otherwise).',
    }),
    createdAt: t.expose('createdAt', { description: 'When it was created.', type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { description: 'When it last changed.', type: 'DateTime' }),
    workResults: t.relation('workResults', {
      description: 'RHK: main first, then additional, in their order.',
      args: { kind: t.arg({ type: WorkResultKindEnum }) },
      query: (args) => ({
        where: args.kind ? { kind: args.kind } : {},
        orderBy: { kind: 'asc', position: 'asc', id: 'asc' },
      }),
    }),
    behaviourExpectations: t.field({
      type: [BehaviourExpectation],
      nullable: true,
      description:
        'Perilaku kerja: the seven BerAKHLAK values with the appraiser’s specific expectation for each. Null for ' +
        'readers below the employee.',
      ...fullReadersOnly,
      resolve: async (p, _args, ctx) => {
        const [values, rows] = await Promise.all([loader(ctx, allCoreValues).load('all'), loader(ctx, expectationsOfPlan).load(p.id)]);
        return values.map((coreValue) => ({ planId: p.id, coreValue, row: rows.find((r) => r.coreValueId === coreValue.id) ?? null }));
      },
    }),
    history: t.relation('transitions', {
      nullable: true,
      description: 'Riwayat: every step, oldest first. Null for readers below the employee.',
      ...fullReadersOnly,
      query: { orderBy: { at: 'asc', id: 'asc' } },
    }),
    placementChanged: t.boolean({
      description:
        'True when this plan is in force but the employee has since moved (position, unit or appraiser): start a new ' +
        'plan with startPlanAfterTransfer.',
      select: { columns: { positionId: true, unitId: true } },
      resolve: async (p, _args, ctx) => {
        if (!p.isCurrent) return false;
        const [employee, appraiserId] = await Promise.all([loader(ctx, employeeById).load(p.employeeId), loader(ctx, appraiserNow).load(p.employeeId)]);
        return employee !== null && placementChanged(p, { positionId: employee.positionId, unitId: employee.unitId, appraiserId });
      },
    }),
    viewerAccess: t.field({
      type: PlanAccessEnum,
      description: 'How much of this plan you read.',
      resolve: async (p, _args, ctx) => (await accessToPlan(ctx, p)) as 'FULL' | 'CASCADE',
    }),
    viewerCan: t.field({
      type: PlanPermissions,
      description: 'What you may do with this plan now.',
      resolve: async (p, _args, ctx) => {
        const period = await loader(ctx, periodById).load(p.periodId);
        return { plan: p, roles: await rolesOn(ctx, p), periodOpen: period?.status === 'OPEN' };
      },
    }),
  }),
});

builder.drizzleObjectFields(PerformancePlan, (t) => ({
  versions: t.field({
    type: [PerformancePlan],
    description: 'Every version of this plan, oldest first (this one included).',
    resolve: (p, _args, ctx) => loader(ctx, segmentVersions).load(p.id),
  }),
}));

type PermissionShape = { plan: Pick<PerformancePlanRow, 'status' | 'isCurrent'>; roles: Set<PlanRole>; periodOpen: boolean };
// As the mutations refuse: a revision (or an end) only of the plan in force, not of one ended by a transfer.
const allowed = (command: PlanCommand) => (s: PermissionShape) =>
  s.periodOpen && checkCommand(command, s.plan.status, s.roles, s.plan.isCurrent).ok;

const PlanPermissions = builder.objectRef<PermissionShape>('PlanPermissions').implement({
  description: 'What the viewer may do with a plan now, by the workflow (see each mutation).',
  fields: (t) => ({
    edit: t.boolean({ description: `Change RHK and indicators (the employee; ${WORKFLOW.EDIT.from.join(' or ')}).`, resolve: allowed('EDIT') }),
    submit: t.boolean({ description: 'Submit to the appraiser (the employee), if the content allows.', resolve: allowed('SUBMIT') }),
    approve: t.boolean({
      description: 'Approve (the appraiser, or the agency’s HR admin for an appraiser who cannot sign in; SUBMITTED).',
      resolve: allowed('APPROVE'),
    }),
    return: t.boolean({
      description: 'Return with a reason (the appraiser, or the agency’s HR admin for an appraiser who cannot sign in; SUBMITTED).',
      resolve: allowed('RETURN'),
    }),
    revise: t.boolean({ description: 'Start a new version (the employee; APPROVED and in force).', resolve: allowed('REVISE') }),
    setBehaviourExpectations: t.boolean({ description: 'Write expectations (the appraiser; before approval).', resolve: allowed('SET_EXPECTATION') }),
  }),
});

export const WorkResult = builder.drizzleNode('workResults', {
  name: 'WorkResult',
  select: { columns: { id: true, planId: true } }, // what the type's rule reads; every field names its columns
  description:
    'RHK, Rencana Hasil Kerja: a planned work result of an SKP, main (utama) or additional (tambahan). It cascades ' +
    'from ("intervensi") an RHK of the appraiser’s plan, or, for a JPT, derives from the agency’s strategic goal. ' +
    'Readable by whoever reads its plan.',
  id: { column: (w) => w.id, description: 'Global ID (Relay `Node`).' },
  runScopesOnType: true,
  authScopes: (w, ctx) => mayReadWorkResult(ctx, w),
  fields: (t) => ({
    plan: t.relation('plan', { description: 'The SKP it belongs to.' }),
    kind: t.expose('kind', { description: 'Utama or tambahan.', type: WorkResultKindEnum }),
    statement: t.exposeString('statement', { description: 'What is to be achieved.' }),
    strategicGoal: t.exposeString('strategicGoal', {
      nullable: true,
      description: 'For a JPT: the strategic goal (Renstra) it derives from, instead of a parent RHK.',
    }),
    position: t.exposeInt('position', { description: 'Order within the plan.' }),
    indicators: t.relation('indicators', {
      description: 'Indikator kinerja individu, in order.',
      query: { orderBy: { position: 'asc', id: 'asc' } },
    }),
    proposedBy: t.relation('proposedBy', { nullable: true, description: 'The appraiser who proposed it to the employee, if any.' }),
    createdAt: t.expose('createdAt', { description: 'When it was added.', type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { description: 'When it last changed.', type: 'DateTime' }),
  }),
});

builder.drizzleObjectFields(WorkResult, (t) => ({
  parent: t.field({
    type: WorkResult,
    nullable: true,
    description: 'The RHK of the appraiser’s plan this one cascades from (intervensi); null when none or not readable by you.',
    select: { columns: { parentWorkResultId: true } },
    resolve: async (w, _args, ctx) => {
      if (w.parentWorkResultId === null) return null;
      const parent = await loader(ctx, workResultById).load(w.parentWorkResultId);
      return parent && (await accessToWorkResult(ctx, parent)) !== 'NONE' ? parent : null;
    },
  }),
  children: t.field({
    type: [WorkResult],
    description: 'RHK of other plans cascaded from this one (not superseded versions), those you may read.',
    resolve: async (w, _args, ctx) => {
      const children = await loader(ctx, childrenOfWorkResult).load(w.id);
      const access = await Promise.all(children.map((c) => accessToWorkResult(ctx, c)));
      return children.filter((_, i) => access[i] !== 'NONE');
    },
  }),
}));

const TARGET_COLUMNS = { targetKind: true, targetValue: true, targetMin: true, targetMax: true, unit: true, targetStatement: true } as const;

export const PerformanceIndicator = builder.drizzleNode('indicators', {
  name: 'PerformanceIndicator',
  select: { columns: { id: true, workResultId: true } }, // what the type's rule reads; every field names its columns
  description:
    'Indikator kinerja individu: how an RHK is measured, on one aspect (quantity, quality, time or cost), with a ' +
    'target: a number with a unit, a range, or a qualitative statement.',
  id: { column: (i) => i.id, description: 'Global ID (Relay `Node`).' },
  runScopesOnType: true,
  authScopes: (i, ctx) => mayReadIndicator(ctx, i),
  fields: (t) => ({
    workResult: t.relation('workResult', { description: 'The RHK it measures.' }),
    aspect: t.expose('aspect', { description: 'Aspek: kuantitas, kualitas, waktu or biaya.', type: IndicatorAspectEnum }),
    statement: t.exposeString('statement', { description: 'The indicator, e.g. "Jumlah dokumen perencanaan yang disusun".' }),
    targetKind: t.expose('targetKind', { description: 'The form of its target.', type: IndicatorTargetKindEnum }),
    targetValue: t.exposeFloat('targetValue', { nullable: true, description: 'NUMBER: the target.' }),
    targetMin: t.exposeFloat('targetMin', { nullable: true, description: 'RANGE: the lower bound.' }),
    targetMax: t.exposeFloat('targetMax', { nullable: true, description: 'RANGE: the upper bound.' }),
    unit: t.exposeString('unit', { nullable: true, description: 'Satuan of a NUMBER or RANGE target, e.g. "dokumen" or "%".' }),
    targetStatement: t.exposeString('targetStatement', { nullable: true, description: 'QUALITATIVE: the target in words.' }),
    target: t.string({
      description: 'The target as written, e.g. "12 dokumen", "90-100%".',
      select: { columns: TARGET_COLUMNS },
      resolve: (i) => formatTarget(targetOf(i)),
    }),
    position: t.exposeInt('position', { description: 'Its place among the RHK’s indicators, from 1.' }),
  }),
});

export function targetOf(i: Pick<IndicatorRow, keyof typeof TARGET_COLUMNS>) {
  return { kind: i.targetKind, value: i.targetValue, min: i.targetMin, max: i.targetMax, unit: i.unit, statement: i.targetStatement };
}

export const PerformancePlanConnection = builder.connectionObject(
  { type: PerformancePlan, name: 'PerformancePlanConnection', fields: (t) => ({ totalCount: totalCountField(t, 'All plans that match, across pages.') }) },
  { name: 'PerformancePlanEdge' },
);

// ---------------------------------------------------------------------------------------------------------------
// The cascade of a unit or the agency

interface AlignmentNodeShape {
  workResult: WorkResultRow;
  depth: number;
  children: AlignmentNodeShape[];
}

const AlignmentNode = builder.objectRef<AlignmentNodeShape>('AlignmentNode');
AlignmentNode.implement({
  description: 'One RHK in the alignment tree, with the RHK cascaded from it.',
  fields: (t) => ({
    workResult: t.field({ description: 'The RHK at this node of the cascade.', type: WorkResult, resolve: (n) => n.workResult }),
    depth: t.exposeInt('depth', { description: '0 for a root.' }),
    parentId: t.id({
      nullable: true,
      description: 'The WorkResult this one cascades from; null for a root.',
      resolve: (n) => (n.depth === 0 || n.workResult.parentWorkResultId === null ? null : encodeWorkResultId(n.workResult.parentWorkResultId)),
    }),
    children: t.field({ type: [AlignmentNode], description: 'The next level (no further SQL: the tree is read at once).', resolve: (n) => n.children }),
  }),
});

const encodeWorkResultId = (id: number) => encodeGlobalID('WorkResult', id);

interface AlignmentShape {
  periodId: number;
  unitId: number | null;
  roots: AlignmentNodeShape[];
  nodes: AlignmentNodeShape[];
  unlinked: AlignmentNodeShape[];
  truncated: boolean;
}

const PlanAlignment = builder.objectRef<AlignmentShape>('PlanAlignment').implement({
  description:
    'The cascade of RHK (keselarasan kinerja) of a performance year, from the head down: for a unit, from its head’s ' +
    'RHK; for the agency, from the RHK citing the strategic goal. Read in a fixed number of SQL statements, whatever ' +
    'its size. Admins see the whole tree; others the branches of plans they may read.',
  fields: (t) => ({
    period: t.field({ description: 'The performance year.', type: PerformancePeriod, resolve: async (a, _args, ctx) => (await loader(ctx, periodById).load(a.periodId))! }),
    unit: t.field({
      description: 'The unit the tree is of; null for the whole agency.',
      type: OrgUnit,
      nullable: true,
      resolve: (a, _args, ctx) => (a.unitId === null ? null : loader(ctx, orgUnitById).load(a.unitId)),
    }),
    roots: t.field({
      type: [AlignmentNode],
      description:
        'The top RHK; follow `children`. For the agency, the RHK citing the strategic goal; for a unit, its head’s RHK ' +
        '(those cascading from outside the unit, or citing the strategic goal). Never an RHK not linked yet (`unlinked`).',
      resolve: (a) => a.roots,
    }),
    nodes: t.field({
      type: [AlignmentNode],
      description: 'Every RHK of the tree, depth first (each after its parent, siblings in plan order): the flat form of `roots`.',
      resolve: (a) => a.nodes,
    }),
    unlinked: t.field({
      type: [AlignmentNode],
      description:
        'RHK not linked to the cascade yet: neither cascaded from an RHK nor citing the strategic goal (drafts being ' +
        'written), each at depth 0 with whatever cascades from it. Outside `roots`, `nodes` and `count`.',
      resolve: (a) => a.unlinked,
    }),
    count: t.int({ description: 'The number of RHK in `nodes`.', resolve: (a) => a.nodes.length }),
    truncated: t.exposeBoolean('truncated', {
      description: `True when the tree had more than ${ALIGNMENT_LIMIT} RHK: the deepest levels were cut (every level above the cut is whole; of the level cut, only a part is kept).`,
    }),
  }),
});

async function buildAlignment(ctx: Context, periodId: number, unit: { id: number; path: string } | null, maxDepth: number | null): Promise<AlignmentShape> {
  const edges = await alignmentEdges(ctx.db, { periodId, unitPath: unit?.path ?? null, maxDepth, limit: ALIGNMENT_LIMIT });
  const truncated = edges.length > ALIGNMENT_LIMIT;
  const kept = new Map<number, { parentId: number | null; depth: number; unlinked: boolean }>();
  for (const e of edges.slice(0, ALIGNMENT_LIMIT)) if (!kept.has(e.id)) kept.set(e.id, { parentId: e.parentId, depth: e.depth, unlinked: e.unlinked });
  const rows = kept.size ? await ctx.db.query.workResults.findMany({ where: { id: { in: [...kept.keys()] } }, with: { plan: true } }) : [];
  // The plans came with the RHK: later access checks and `plan` lookups find them in the loader.
  const plans = loader(ctx, planById);
  for (const row of rows) plans.prime(row.planId, row.plan);
  const access = new Map<number, boolean>();
  await Promise.all(
    [...new Map(rows.map((r) => [r.planId, r.plan])).values()].map(async (plan) => access.set(plan.id, (await accessToPlan(ctx, plan)) !== 'NONE')),
  );
  const byId = new Map<number, AlignmentNodeShape>();
  for (const { plan: _plan, ...row } of rows) byId.set(row.id, { workResult: row, depth: kept.get(row.id)!.depth, children: [] });
  const roots: AlignmentNodeShape[] = [];
  const unlinkedRoots: AlignmentNodeShape[] = [];
  for (const node of byId.values()) {
    const { parentId, unlinked } = kept.get(node.workResult.id)!;
    if (parentId === null) (unlinked ? unlinkedRoots : roots).push(node);
    else byId.get(parentId)?.children.push(node);
  }
  const planOrder = (a: AlignmentNodeShape, b: AlignmentNodeShape) =>
    a.workResult.planId - b.workResult.planId ||
    (a.workResult.kind === b.workResult.kind ? 0 : a.workResult.kind === 'MAIN' ? -1 : 1) ||
    a.workResult.position - b.workResult.position ||
    a.workResult.id - b.workResult.id;
  const nodes: AlignmentNodeShape[] = [];
  // Prune what the viewer may not read (with everything below it), sort, and flatten depth first.
  const visit = (list: AlignmentNodeShape[], flat: AlignmentNodeShape[]): AlignmentNodeShape[] => {
    const readable = list.filter((n) => access.get(n.workResult.planId)).sort(planOrder);
    for (const n of readable) {
      flat.push(n);
      n.children = visit(n.children, flat);
    }
    return readable;
  };
  const visibleRoots = visit(roots, nodes);
  const unlinked = visit(unlinkedRoots, []);
  return { periodId, unitId: unit?.id ?? null, roots: visibleRoots, nodes, unlinked, truncated };
}

// ---------------------------------------------------------------------------------------------------------------
// Employee fields

builder.drizzleObjectFields(Employee, (t) => ({
  // Both list the plans the viewer may read by the node's rule (`readablePlansOf`): a former appraiser kept on a
  // plan reads that plan here as through `node`, and nothing else of the employee's.
  plans: t.field({
    type: [PerformancePlan],
    nullable: true,
    description:
      'SKP of the employee, newest first: every year, or one year. Superseded versions only when asked. All of them ' +
      'when you are the employee, above or below them in the supervisor chain, or an admin; only those that name ' +
      'you as appraiser or appraiser’s superior otherwise (a former appraiser after a transfer); null when none.',
    args: {
      year: t.arg.int({ description: 'Only plans of this performance year.' }),
      includeSuperseded: t.arg.boolean({ defaultValue: false }),
    },
    // Part of the employee's own statement, with whatever is selected beneath it (RHK, indicators, ...).
    select: (args, _ctx, nestedSelection) => ({
      with: {
        plans: nestedSelection({
          where: {
            ...(args.includeSuperseded ? {} : { status: { ne: 'SUPERSEDED' as const } }),
            ...(args.year != null ? { period: { year: checkYearArgument(args.year) } } : {}),
          },
          orderBy: { startsOn: 'desc', version: 'desc', id: 'desc' },
        }),
      },
    }),
    resolve: (e, _args, ctx) => readablePlansOf(ctx, e, e.plans),
  }),
  currentPlan: t.field({
    type: PerformancePlan,
    nullable: true,
    description: 'The plan in force for the year (latest version of the latest plan); null when none or not readable by you.',
    args: { year: t.arg.int({ required: true }) },
    // Part of the employee's own statement too.
    select: (args, _ctx, nestedSelection) => ({
      with: {
        plans: nestedSelection({ where: { isCurrent: true, period: { year: checkYearArgument(args.year) } }, limit: 1 }),
      },
    }),
    resolve: (e, _args, ctx) => whenKnown(readablePlansOf(ctx, e, e.plans), (plans) => plans?.[0] ?? null),
  }),
  plansToReview: t.relatedConnection(
    'plansToAppraise',
    {
      nullable: true,
      description:
        'The appraiser’s queue: plans whose appraiser (pejabat penilai) is this employee, by status (default SUBMITTED), ' +
        'oldest submission first, then plans never submitted (drafts) in the order they were made. Only for the ' +
        'employee themself and admins; null for others.',
      args: {
        status: t.arg({ type: [PlanStatusEnum], description: 'Any of these statuses; default [SUBMITTED].' }),
        year: t.arg.int(),
      },
      authScopes: (e, _args, ctx) => {
        const employee = e as unknown as { id: number; agencyId: number };
        return viewerEmployeeId(ctx.viewer) === employee.id || isAdminOf(ctx.viewer, employee.agencyId);
      },
      // Null rather than FORBIDDEN: in a list of employees, an error on a non-null field would null the whole answer.
      unauthorizedResolver: () => null as never,
      totalCount: true,
      query: (args) => ({
        where: {
          status: { in: args.status?.length ? args.status : ['SUBMITTED' as const] },
          ...(args.year != null ? { period: { year: checkYearArgument(args.year) } } : {}),
        },
        // A draft was never submitted (submitted_at null), and a cursor compared to null matches nothing: the
        // non-null flag orders them after the submitted plans, so the keyset decides on it before submitted_at.
        extras: { neverSubmitted: (plan, { sql }) => sql<boolean>`${plan.submittedAt} is null` },
        orderBy: { neverSubmitted: 'asc', submittedAt: 'asc', id: 'asc' },
      }),
    },
    PerformancePlanConnection,
  ),
}));

// ---------------------------------------------------------------------------------------------------------------
// Root fields

builder.queryFields((t) => ({
  coreValues: t.drizzleField({
    type: ['coreValues'],
    description: 'The seven BerAKHLAK core values with their behaviour guides, in the official order.',
    resolve: (query, _root, _args, ctx) => ctx.db.query.coreValues.findMany(query({ orderBy: { position: 'asc' } })),
  }),
  performancePeriods: t.drizzleField({
    type: ['performancePeriods'],
    description: 'The performance years of your agency, newest first.',
    authScopes: { employee: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.db.query.performancePeriods.findMany(query({ where: { agencyId: (ctx.viewer as { agencyId: number }).agencyId }, orderBy: { year: 'desc' } })),
  }),
  performancePeriod: t.drizzleField({
    type: 'performancePeriods',
    nullable: true,
    description: 'A performance year of your agency; null when not opened.',
    authScopes: { employee: true },
    args: { year: t.arg.int({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.performancePeriods.findFirst(
        query({ where: { agencyId: (ctx.viewer as { agencyId: number }).agencyId, year: checkYearArgument(args.year) } }),
      ),
  }),
  planAlignment: t.field({
    type: PlanAlignment,
    nullable: true,
    description:
      'The cascade of RHK of a performance year in one query: for a unit (and the units below it) from its head’s ' +
      'RHK down, or for the whole agency from the RHK citing the strategic goal; RHK not linked yet (no parent, no ' +
      'strategic goal) are listed apart in `unlinked`. Null when the year is not opened. Admins see everything; ' +
      'others the branches of plans they may read (their own, those above and below them).',
    authScopes: { employee: true },
    args: {
      year: t.arg.int({ required: true }),
      unitId: t.arg.id({ description: 'A unit of your agency; omit for the whole agency.' }),
      maxDepth: t.arg.int({ description: 'Levels below the roots to include (default: all).' }),
    },
    resolve: async (_root, args, ctx) => {
      const agencyId = (ctx.viewer as { agencyId: number }).agencyId;
      const year = checkYearArgument(args.year);
      if (args.maxDepth != null && (args.maxDepth < 0 || args.maxDepth > 32)) {
        throw new GraphQLError('Argument "maxDepth" must be from 0 to 32.', { extensions: { code: 'BAD_USER_INPUT', argumentName: 'maxDepth' } });
      }
      const period = await ctx.db.query.performancePeriods.findFirst({ where: { agencyId, year } });
      if (!period) return null;
      let unit: { id: number; path: string } | null = null;
      if (args.unitId != null) {
        unit = await unitArgument(ctx, args.unitId, { agencyId });
      }
      return buildAlignment(ctx, period.id, unit, args.maxDepth ?? null);
    },
  }),
}));

