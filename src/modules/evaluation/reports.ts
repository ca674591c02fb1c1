/**
 * Laporan kinerja bulanan (monthly performance reports): one per plan segment per month, submitted by the employee
 * with the realisation per indicator, achievements, obstacles, improvement steps and evidence; reviewed by the
 * appraiser.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { hasRole, isAdminOf, viewerEmployeeId, type Viewer } from '../../auth/viewer.js';
import { builder } from '../../graphql/builder.js';
import { UserError, refuse, refuseIfAny, runMutation, userError, type UserErrorShape, USER_ERRORS } from '../../graphql/errors.js';
import { argumentId, encodeGlobalID, inputId } from '../../graphql/ids.js';
import { checkText, checkUrl } from '../../graphql/text.js';
import { recordAudit } from '../audit/audit.js';
import { serviceToday } from '../org/rules.js';
import { MAX_TARGET } from '../planning/rules.js';
import { indicators, performancePeriods, performancePlans, workResults } from '../planning/tables.js';
import { sameSegment } from './queries.js';
import { monthDates, monitoringDates, overlaps } from './rules.js';
import { monthlyReports, reportRealisations, type MonthlyReportRow } from './tables.js';

const MAX_TEXT = 4000;
const MAX_EVIDENCE = 20;
/** Rows of one `monthlyReports` answer (stated in its description). */
const MAX_REPORTS = 500;
const MAX_EVIDENCE_DESCRIPTION = 500;
/** A realisation's statement and note: what one indicator reached, not the report (that is `achievements`). */
const MAX_REALISATION_TEXT = 2000;

export function mayReadReport(viewer: Viewer, r: Pick<MonthlyReportRow, 'agencyId' | 'employeeId' | 'appraiserId'>): boolean {
  if (viewer.kind !== 'employee') return false;
  if (isAdminOf(viewer, r.agencyId)) return true;
  return viewer.employeeId === r.employeeId || viewer.employeeId === r.appraiserId;
}

const ReportStatusEnum = builder.enumType('MonthlyReportStatus', {
  description: 'Where a laporan kinerja bulanan (monthly report) stands.',
  values: { SUBMITTED: { description: 'Waiting for the appraiser’s review.' }, REVIEWED: { description: 'The appraiser answered.' } },
});

const EvidenceRef = builder.objectRef<{ url: string; description: string }>('Evidence').implement({
  description: 'Bukti dukung: a link with a description.',
  fields: (t) => ({ url: t.exposeString('url', { description: 'Where the evidence is.' }), description: t.exposeString('description', { description: 'What it shows.' }) }),
});

const Realisation = builder.drizzleObject('reportRealisations', {
  name: 'IndicatorRealisation',
  description: 'Realisasi: what one indicator reached in the month.',
  fields: (t) => ({
    indicatorId: t.id({ description: 'The PerformanceIndicator.', resolve: (r) => encodeGlobalID('PerformanceIndicator', r.indicatorId) }),
    indicatorStatement: t.string({ description: 'The indicator’s statement.', select: { with: { indicator: { columns: { statement: true } } } }, resolve: (r) => r.indicator.statement }),
    value: t.float({ description: 'The value reached, for a number or range target.', nullable: true, resolve: (r) => r.value }),
    statement: t.exposeString('statement', { nullable: true, description: 'For a qualitative indicator.' }),
    note: t.exposeString('note', { description: 'The employee’s note.', nullable: true }),
  }),
});

export const MonthlyReport = builder.drizzleNode('monthlyReports', {
  name: 'MonthlyReport',
  description: 'Laporan kinerja bulanan of a plan. Readable by the employee, the appraiser and admins.',
  id: { column: (r) => r.id, description: 'Global ID (Relay `Node`).' },
  runScopesOnType: true,
  authScopes: (r, ctx) => mayReadReport(ctx.viewer, r),
  fields: (t) => ({
    planId: t.id({ description: 'The PerformancePlan (SKP) reported on.', resolve: (r) => encodeGlobalID('PerformancePlan', r.planId) }),
    employee: t.relation('employee', { description: 'The employee who reports.' }),
    appraiser: t.relation('appraiser', { description: 'The pejabat penilai kinerja who reviews it.', nullable: true }),
    year: t.exposeInt('year', { description: 'Year of the report.' }),
    month: t.exposeInt('month', { description: 'Month of the report, 1 to 12.' }),
    status: t.expose('status', { description: 'Where the report stands.', type: ReportStatusEnum }),
    achievements: t.exposeString('achievements', { description: 'Capaian: what was achieved in the month.' }),
    obstacles: t.exposeString('obstacles', { description: 'Kendala: what stood in the way.', nullable: true }),
    improvementSteps: t.exposeString('improvementSteps', { description: 'Langkah perbaikan: what the employee will do about it.', nullable: true }),
    evidence: t.field({ description: 'Bukti dukung.', type: [EvidenceRef], resolve: (r) => r.evidence }),
    realisations: t.relation('realisations', { description: 'Realisasi per indicator.', query: { orderBy: { indicatorId: 'asc' } } }),
    submittedAt: t.field({ description: 'When the employee submitted it.', type: 'DateTime', resolve: (r) => r.submittedAt }),
    appraiserResponse: t.exposeString('appraiserResponse', { description: 'The appraiser’s answer.', nullable: true }),
    reviewedAt: t.field({ description: 'When the appraiser answered.', type: 'DateTime', nullable: true, resolve: (r) => r.reviewedAt }),
  }),
});

const EvidenceInput = builder.inputType('EvidenceInput', {
  description: 'Bukti dukung: a link with a description.',
  fields: (t) => ({
    url: t.string({ required: true, description: 'Where the evidence is (http or https).' }),
    description: t.string({ required: true, description: 'What it shows.' }),
  }),
});
const RealisationInput = builder.inputType('IndicatorRealisationInput', {
  description: 'Realisasi of one indicator in the month.',
  fields: (t) => ({
    indicatorId: t.id({ description: 'The PerformanceIndicator.', required: true }),
    value: t.float({ description: 'For a number or range target.' }),
    statement: t.string({ description: 'For a qualitative target.' }),
    note: t.string({ description: 'A note.' }),
  }),
});
const SubmitMonthlyReportInput = builder.inputType('SubmitMonthlyReportInput', {
  description: 'A laporan kinerja bulanan of your approved SKP.',
  fields: (t) => ({
    planId: t.id({ required: true, description: 'Your PerformancePlan (SKP) in force.' }),
    month: t.int({ required: true, description: '1 to 12, of the plan’s year, not in the future.' }),
    achievements: t.string({ required: true, description: 'Capaian: what was achieved in the month.' }),
    obstacles: t.string({ description: 'Kendala: what stood in the way.' }),
    improvementSteps: t.string({ description: 'Langkah perbaikan.' }),
    evidence: t.field({ type: [EvidenceInput], description: 'Bukti dukung.' }),
    realisations: t.field({ type: [RealisationInput], description: 'Realisasi per indicator of the plan.' }),
  }),
});
const ReviewMonthlyReportInput = builder.inputType('ReviewMonthlyReportInput', {
  description: 'The appraiser’s answer to a laporan kinerja bulanan.',
  fields: (t) => ({
    reportId: t.id({ required: true, description: 'The MonthlyReport.' }),
    response: t.string({ required: true, description: 'The answer, shown to the employee.' }),
  }),
});

const reportPayload = (name: string, description: string) =>
  builder.objectRef<{ report?: MonthlyReportRow; userErrors: UserErrorShape[] }>(name).implement({
    description,
    fields: (t) => ({
      report: t.field({ type: MonthlyReport, nullable: true, description: 'The monthly report; null when refused.', resolve: (p) => p.report ?? null }),
      userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (p) => p.userErrors }),
    }),
  });

/** The shared text rule (src/graphql/text.ts); report texts may run over several lines. */
function text(errors: UserErrorShape[], field: string[], value: string | null | undefined, label: string, options: { max?: number; required?: boolean; multiline?: boolean } = {}): string | null {
  return checkText(errors, field, value, label, { max: options.max ?? MAX_TEXT, required: options.required ?? false, multiline: options.multiline ?? true });
}

builder.mutationFields((t) => ({
  submitMonthlyReport: t.field({
    type: reportPayload('SubmitMonthlyReportPayload', 'What submitMonthlyReport returns: the monthly report (laporan kinerja bulanan) submitted, or why it was refused.'),
    description: 'The employee submits the monthly report of an approved plan for a month it covers; one per plan (all its versions) per month.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: SubmitMonthlyReportInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = ctx.viewer;
        if (viewer.kind !== 'employee') throw new Error('employee viewer expected');
        const planId = inputId(['input', 'planId'], String(input.planId), 'PerformancePlan');
        // One employee's reports are serialised, so that "one per segment and month" holds across versions of the
        // plan (a revision is a new row: the unique index on plan and month cannot see it).
        await tx.execute(sql`select pg_advisory_xact_lock(815601, ${viewer.employeeId})`);
        const successor = alias(performancePlans, 'successor');
        const [row] = await tx
          .select({
            plan: performancePlans,
            year: performancePeriods.year,
            periodStatus: performancePeriods.status,
            future: sql<boolean>`make_date(${performancePeriods.year}, ${input.month >= 1 && input.month <= 12 ? input.month : 1}, 1) > ${serviceToday()}::date`,
            successorStatus: successor.status,
            successorEndsOn: successor.endsOn,
          })
          .from(performancePlans)
          .innerJoin(performancePeriods, eq(performancePeriods.id, performancePlans.periodId))
          .leftJoin(successor, eq(successor.revisionOfId, performancePlans.id))
          .where(eq(performancePlans.id, planId));
        if (!row || row.plan.employeeId !== viewer.employeeId) refuse(['input', 'planId'], 'NOT_FOUND', 'No such plan of yours.');
        if (row.periodStatus !== 'OPEN') refuse(['input', 'planId'], 'PERIOD_NOT_OPEN', `The performance year ${row.year} is closed: its plans take no more reports.`);
        const { plan } = row;
        const dates = monitoringDates({
          status: plan.status,
          startsOn: plan.startsOn,
          endsOn: plan.endsOn,
          successor: row.successorStatus ? { status: row.successorStatus, endsOn: row.successorEndsOn! } : null,
        });
        if (!dates) refuse(['input', 'planId'], 'PLAN_NOT_APPROVED', 'Reports are made on the approved plan in force (or a plan that ended with a transfer, or the version a pending revision revises).');
        const errors: UserErrorShape[] = [];
        if (!Number.isInteger(input.month) || input.month < 1 || input.month > 12) errors.push(userError(['input', 'month'], 'INVALID', 'The month is 1 to 12.'));
        else if (row.future) errors.push(userError(['input', 'month'], 'INVALID', 'The month has not begun yet.'));
        else if (!overlaps(monthDates(row.year, input.month), dates)) {
          errors.push(userError(['input', 'month'], 'INVALID', `The plan runs from ${dates.startsOn} to ${dates.endsOn}, outside ${row.year}-${String(input.month).padStart(2, '0')}.`));
        }
        const achievements = text(errors, ['input', 'achievements'], input.achievements, 'The achievements', { required: true });
        const obstacles = text(errors, ['input', 'obstacles'], input.obstacles, 'The obstacles');
        const improvementSteps = text(errors, ['input', 'improvementSteps'], input.improvementSteps, 'The improvement steps');
        const evidenceInput = input.evidence ?? [];
        if (evidenceInput.length > MAX_EVIDENCE) errors.push(userError(['input', 'evidence'], 'INVALID', `At most ${MAX_EVIDENCE} links.`));
        const evidence = evidenceInput.slice(0, MAX_EVIDENCE).map((e, i) => {
          const field = ['input', 'evidence', String(i)];
          const url = checkUrl(errors, [...field, 'url'], e.url, 'The evidence link', true);
          const description = text(errors, [...field, 'description'], e.description, 'The description of the evidence', { max: MAX_EVIDENCE_DESCRIPTION, required: true, multiline: false });
          return { url: url ?? '', description: description ?? '' };
        });
        const realisations = input.realisations ?? [];
        const indicatorIds = realisations.map((r, i) => inputId(['input', 'realisations', String(i), 'indicatorId'], String(r.indicatorId), 'PerformanceIndicator'));
        if (new Set(indicatorIds).size !== indicatorIds.length) errors.push(userError(['input', 'realisations'], 'INVALID', 'Each indicator once.'));
        const realised = realisations.map((r, i) => {
          const field = ['input', 'realisations', String(i)];
          // The same range as a target's value (planning's validateTarget): a realisation is compared with it.
          if (r.value != null && !(Number.isFinite(r.value) && r.value >= 0 && r.value <= MAX_TARGET)) {
            errors.push(userError([...field, 'value'], 'INVALID', `The value must be a number from 0 to ${MAX_TARGET}.`));
          }
          const statement = text(errors, [...field, 'statement'], r.statement, 'The statement', { max: MAX_REALISATION_TEXT });
          const note = text(errors, [...field, 'note'], r.note, 'The note', { max: MAX_REALISATION_TEXT });
          if (r.value == null && statement === null) errors.push(userError(field, 'INVALID', 'Give a value or a statement.'));
          return { value: r.value ?? null, statement, note };
        });
        refuseIfAny(errors);
        if (indicatorIds.length) {
          const own = await tx
            .select({ id: indicators.id })
            .from(indicators)
            .innerJoin(workResults, eq(workResults.id, indicators.workResultId))
            .where(and(eq(workResults.planId, planId), inArray(indicators.id, indicatorIds)));
          const ownIds = new Set(own.map((o) => o.id));
          refuseIfAny(indicatorIds.flatMap((id, i) => (ownIds.has(id) ? [] : [userError(['input', 'realisations', String(i), 'indicatorId'], 'NOT_FOUND', 'This indicator is not in the plan.')])));
        }
        // One report per segment and month, whichever version of the plan it was made on.
        const [existing] = await tx
          .select({ id: monthlyReports.id, version: performancePlans.version })
          .from(performancePlans)
          .innerJoin(monthlyReports, eq(monthlyReports.planId, performancePlans.id))
          .where(and(sameSegment(plan), eq(monthlyReports.year, row.year), eq(monthlyReports.month, input.month)))
          .limit(1);
        if (existing) {
          refuse(
            ['input', 'month'],
            'DUPLICATE',
            `The plan already has a report for ${row.year}-${String(input.month).padStart(2, '0')}: ${encodeGlobalID('MonthlyReport', existing.id)} (made on version ${existing.version}).`,
          );
        }
        const [report] = await tx
          .insert(monthlyReports)
          .values({ agencyId: plan.agencyId, planId, employeeId: viewer.employeeId, appraiserId: plan.appraiserId, year: row.year, month: input.month, achievements: achievements!, obstacles, improvementSteps, evidence })
          .returning();
        if (realisations.length) {
          await tx.insert(reportRealisations).values(
            realised.map((r, i) => ({ reportId: report!.id, indicatorId: indicatorIds[i]!, ...r })),
          );
        }
        await recordAudit(tx, viewer, { action: 'monthlyReport.submit', entityType: 'MonthlyReport', entityId: report!.id, after: { ...report, realisations } });
        return { report: report! };
      }),
  }),
  reviewMonthlyReport: t.field({
    type: reportPayload('ReviewMonthlyReportPayload', 'What reviewMonthlyReport returns: the monthly report with the appraiser’s answer, or why it was refused.'),
    description: 'The appraiser reviews a submitted monthly report with a response.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: ReviewMonthlyReportInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = ctx.viewer;
        const id = inputId(['input', 'reportId'], String(input.reportId), 'MonthlyReport');
        const [before] = await tx.select().from(monthlyReports).where(eq(monthlyReports.id, id)).for('update');
        if (!before || !mayReadReport(viewer, before)) refuse(['input', 'reportId'], 'NOT_FOUND', 'No such report, or you may not see it.');
        if (viewerEmployeeId(viewer) !== before.appraiserId) refuse(['input', 'reportId'], 'NOT_APPRAISER', 'Only the appraiser reviews the report.');
        if (before.status === 'REVIEWED') refuse(['input', 'reportId'], 'REPORT_STATUS', 'The report was already reviewed.');
        const errors: UserErrorShape[] = [];
        const response = text(errors, ['input', 'response'], input.response, 'The response', { required: true });
        refuseIfAny(errors);
        const [report] = await tx
          .update(monthlyReports)
          .set({ status: 'REVIEWED', appraiserResponse: response, reviewedAt: sql`now()`, updatedAt: sql`now()` })
          .where(eq(monthlyReports.id, id))
          .returning();
        await recordAudit(tx, viewer, { action: 'monthlyReport.review', entityType: 'MonthlyReport', entityId: id, before, after: report });
        return { report: report! };
      }),
  }),
}));

builder.queryFields((t) => ({
  monthlyReports: t.drizzleField({
    type: ['monthlyReports'],
    description:
      'Monthly reports you may read: yours, those you review (`toReview: true`: your team’s, optionally by status), or one employee’s; ' +
      `newest month first, at most ${MAX_REPORTS} (narrow with \`year\` or \`status\` for more).`,
    authScopes: { employee: true },
    args: {
      employeeId: t.arg.id(),
      toReview: t.arg.boolean(),
      status: t.arg({ type: ReportStatusEnum }),
      year: t.arg.int(),
    },
    resolve: (query, _root, args, ctx) => {
      const viewer = ctx.viewer;
      const me = viewerEmployeeId(viewer)!;
      const employeeId = args.employeeId != null ? argumentId(String(args.employeeId), 'Employee', 'employeeId') : null;
      const admin = hasRole(viewer, 'admin') && viewer.kind === 'employee';
      return ctx.db.query.monthlyReports.findMany(
        query({
          where: {
            RAW: (r) =>
              and(
                args.toReview
                  ? eq(r.appraiserId, me)
                  : employeeId !== null
                    ? and(eq(r.employeeId, employeeId), admin ? eq(r.agencyId, (viewer as { agencyId: number }).agencyId) : sql`(${r.employeeId} = ${me} or ${r.appraiserId} = ${me})`)
                    : eq(r.employeeId, me),
                args.status ? eq(r.status, args.status) : undefined,
                args.year != null ? eq(r.year, args.year) : undefined,
              )!,
          },
          orderBy: { year: 'desc', month: 'desc', id: 'asc' },
          limit: MAX_REPORTS,
        }),
      );
    },
  }),
}));
