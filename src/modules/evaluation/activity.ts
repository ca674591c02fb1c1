/**
 * Laporan kegiatan harian (daily activity logs): the employee logs what was done for an RHK; the appraiser sees the
 * team's entries for a day or a week in one query and follows new ones live with `activityLogged(appraiserId)`.
 */
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { isAdminOf, viewerEmployeeId } from '../../auth/viewer.js';
import { rowsOf } from '../../db/index.js';
import { loader } from '../../graphql/context.js';
import { employeeById } from '../org/queries.js';
import { serviceToday } from '../org/rules.js';
import { builder } from '../../graphql/builder.js';
import { UserError, refuse, refuseIfAny, runMutation, userError, type UserErrorShape, USER_ERRORS } from '../../graphql/errors.js';
import { argumentId, encodeGlobalID, inputId } from '../../graphql/ids.js';
import { argumentInRange } from '../../graphql/limits.js';
import { checkText, checkUrl } from '../../graphql/text.js';
import { recordAudit } from '../audit/audit.js';
import { planVersionOf, type PlanVersionRow } from './queries.js';
import { addDays, monitoringDates, within } from './rules.js';
import { activityLogs, type ActivityLogRow } from './tables.js';
import { readSelectionOncePerEvent, type DomainEvent } from '../../events/pubsub.js';

declare module '../../events/pubsub.js' {
  interface EventMap {
    'activity.logged': { activityLogId: number; employeeId: number; appraiserId: number | null };
  }
}

const MAX_TEXT = 2000;
const MAX_TEAM_ROWS = 5000;

export const ActivityLog = builder.drizzleNode('activityLogs', {
  name: 'ActivityLog',
  description: 'Laporan kegiatan harian: one activity of a day for an RHK. Readable by the employee, the appraiser and admins.',
  id: { column: (l) => l.id, description: 'Global ID (Relay `Node`).' },
  runScopesOnType: true,
  authScopes: (l, ctx) =>
    isAdminOf(ctx.viewer, l.agencyId) ||
    [l.employeeId, l.appraiserId].includes(viewerEmployeeId(ctx.viewer) ?? -1),
  fields: (t) => ({
    employee: t.relation('employee', { description: 'The employee who logged the activity.' }),
    loggedOn: t.field({ description: 'The day the work was done.', type: 'Date', resolve: (l) => l.loggedOn }),
    workResultId: t.id({ description: 'The RHK (WorkResult) the activity serves.', resolve: (l) => encodeGlobalID('WorkResult', l.workResultId) }),
    workResultStatement: t.string({ description: 'The statement of the RHK the activity serves.', select: { with: { workResult: { columns: { statement: true } } } }, resolve: (l) => l.workResult.statement }),
    description: t.exposeString('description', { description: 'What was done.' }),
    output: t.exposeString('output', { description: 'What it produced.' }),
    minutes: t.exposeInt('minutes', { description: 'Time spent.' }),
    evidenceUrl: t.exposeString('evidenceUrl', { nullable: true, description: 'Bukti dukung.' }),
    createdAt: t.field({ description: 'When the entry was written.', type: 'DateTime', resolve: (l) => l.createdAt }),
  }),
});

const LogActivityInput = builder.inputType('LogActivityInput', {
  description: 'One entry of the laporan kegiatan harian.',
  fields: (t) => ({
    workResultId: t.id({ required: true, description: 'An RHK of your approved plan in force (the last approved version while a revision awaits approval), on a day the plan covers.' }),
    loggedOn: t.field({ type: 'Date', required: true, description: 'The day of the activity (not in the future).' }),
    description: t.string({ description: 'What was done.', required: true }),
    output: t.string({ description: 'What it produced.', required: true }),
    minutes: t.int({ required: true, description: '1 to 1440; a day’s entries add up to at most 1440.' }),
    evidenceUrl: t.string({ description: 'A link to the bukti dukung.' }),
  }),
});

const LogActivityPayload = builder.objectRef<{ activityLog?: ActivityLogRow; userErrors: UserErrorShape[] }>('LogActivityPayload').implement({
  description: 'What logActivity returns: the daily activity log entry (laporan kegiatan harian) recorded, or why it was refused.',
  fields: (t) => ({
    activityLog: t.field({ type: ActivityLog, nullable: true, description: 'The entry recorded; null when refused.', resolve: (p) => p.activityLog ?? null }),
    userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (p) => p.userErrors }),
  }),
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

builder.mutationFields((t) => ({
  logActivity: t.field({
    type: LogActivityPayload,
    description: 'The employee logs a day’s activity for an RHK of the approved plan in force.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: LogActivityInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = ctx.viewer;
        if (viewer.kind !== 'employee') throw new Error('employee viewer expected');
        const workResultId = inputId(['input', 'workResultId'], String(input.workResultId), 'WorkResult');
        const errors: UserErrorShape[] = [];
        const description = checkText(errors, ['input', 'description'], input.description, 'The description', { max: MAX_TEXT, multiline: true, required: true });
        const output = checkText(errors, ['input', 'output'], input.output, 'The output', { max: MAX_TEXT, multiline: true, required: true });
        if (!Number.isInteger(input.minutes) || input.minutes < 1 || input.minutes > 1440) {
          errors.push(userError(['input', 'minutes'], 'INVALID', 'Minutes must be between 1 and 1440.'));
        }
        const evidenceUrl = checkUrl(errors, ['input', 'evidenceUrl'], input.evidenceUrl, 'The evidence link');
        if (!ISO_DATE.test(input.loggedOn)) errors.push(userError(['input', 'loggedOn'], 'INVALID', 'The day must be a date.'));
        refuseIfAny(errors);
        type Found = PlanVersionRow & { plan_id: number; appraiser_id: number | null; year: number; period_status: string; future: boolean };
        // The RHK's plan version and the version revising it, if any: see `monitoringDates` for which take logs.
        const rows = await tx.execute<Found>(sql`
          select p.id as plan_id, p.appraiser_id, p.status, p.starts_on::text as starts_on, p.ends_on::text as ends_on,
                 s.status as successor_status, s.ends_on::text as successor_ends_on, pp.year, pp.status as period_status,
                 ${input.loggedOn}::date > ${serviceToday()}::date as future
            from work_results w join performance_plans p on p.id = w.plan_id
            join performance_periods pp on pp.id = p.period_id
            left join performance_plans s on s.revision_of_id = p.id
           where w.id = ${workResultId} and p.employee_id = ${viewer.employeeId}`);
        const found = rowsOf<Found>(rows)[0];
        const dates = found ? monitoringDates(planVersionOf(found)) : null;
        if (!found || !dates) refuse(['input', 'workResultId'], 'NOT_FOUND', 'This RHK is not in your approved plan in force.');
        if (found.period_status !== 'OPEN') refuse(['input', 'workResultId'], 'PERIOD_NOT_OPEN', `The performance year ${found.year} is closed: its plans take no more logs.`);
        if (found.future) refuse(['input', 'loggedOn'], 'INVALID', 'An activity cannot be logged for a future day.');
        if (!within(input.loggedOn, dates)) {
          refuse(['input', 'loggedOn'], 'INVALID', `The RHK’s plan runs from ${dates.startsOn} to ${dates.endsOn}: log the day against the plan of that day.`);
        }
        // One employee's entries of a day are serialised so that the daily total holds.
        await tx.execute(sql`select pg_advisory_xact_lock(815600, ${viewer.employeeId})`);
        const [{ total }] = await tx
          .select({ total: sql<number>`coalesce(sum(${activityLogs.minutes}), 0)::int` })
          .from(activityLogs)
          .where(and(eq(activityLogs.employeeId, viewer.employeeId), eq(activityLogs.loggedOn, input.loggedOn))) as [{ total: number }];
        if (Number(total) + input.minutes > 1440) refuse(['input', 'minutes'], 'INVALID', `The day already has ${total} minutes logged; a day has 1440.`);
        const [log] = await tx
          .insert(activityLogs)
          .values({
            agencyId: viewer.agencyId,
            employeeId: viewer.employeeId,
            appraiserId: found.appraiser_id === null ? null : Number(found.appraiser_id),
            planId: Number(found.plan_id),
            workResultId,
            loggedOn: input.loggedOn,
            description: description!,
            output: output!,
            minutes: input.minutes,
            evidenceUrl,
          })
          .returning();
        await recordAudit(tx, viewer, { action: 'activity.log', entityType: 'ActivityLog', entityId: log!.id, after: log });
        await ctx.pubsub.publish(tx, 'activity.logged', { activityLogId: log!.id, employeeId: log!.employeeId, appraiserId: log!.appraiserId });
        return { activityLog: log! };
      }),
  }),
}));

builder.queryFields((t) => ({
  teamActivityLogs: t.drizzleField({
    type: ['activityLogs'],
    description:
      'Real-time monitoring: the activity logs of the employees you appraise for a day (`days: 1`) or a week ' +
      `(\`days: 7\`) from \`from\`, by day then employee; at most ${MAX_TEAM_ROWS}. One query, whatever the team size.`,
    authScopes: { employee: true },
    args: { from: t.arg({ type: 'Date', required: true }), days: t.arg.int({ defaultValue: 1, description: '1 to 7.' }) },
    resolve: (query, _root, args, ctx) => {
      const viewerId = viewerEmployeeId(ctx.viewer)!;
      const days = argumentInRange('days', args.days, { fallback: 1, min: 1, max: 7 });
      if (!ISO_DATE.test(args.from)) throw new GraphQLError('Give a date.', { extensions: { code: 'BAD_USER_INPUT' } });
      return ctx.db.query.activityLogs.findMany(
        query({
          where: { RAW: (l) => and(eq(l.appraiserId, viewerId), gte(l.loggedOn, args.from), lt(l.loggedOn, addDays(args.from, days)))! },
          orderBy: { loggedOn: 'asc', employeeId: 'asc', id: 'asc' },
          limit: MAX_TEAM_ROWS,
        }),
      );
    },
  }),
  myActivityLogs: t.drizzleField({
    type: ['activityLogs'],
    description: `Your own activity logs from a day, for 1 to 31 days (BAD_USER_INPUT beyond), by day; at most ${MAX_TEAM_ROWS}.`,
    authScopes: { employee: true },
    args: { from: t.arg({ type: 'Date', required: true }), days: t.arg.int({ defaultValue: 7, description: '1 to 31.' }) },
    resolve: (query, _root, args, ctx) => {
      const viewerId = viewerEmployeeId(ctx.viewer)!;
      const days = argumentInRange('days', args.days, { fallback: 7, min: 1, max: 31 });
      if (!ISO_DATE.test(args.from)) throw new GraphQLError('Give a date.', { extensions: { code: 'BAD_USER_INPUT' } });
      return ctx.db.query.activityLogs.findMany(
        query({
          where: { RAW: (l) => and(eq(l.employeeId, viewerId), gte(l.loggedOn, args.from), lt(l.loggedOn, addDays(args.from, days)))! },
          orderBy: { loggedOn: 'asc', id: 'asc' },
          limit: MAX_TEAM_ROWS,
        }),
      );
    },
  }),
}));

builder.subscriptionFields((t) => ({
  activityLogged: t.drizzleField({
    type: ActivityLog,
    description: 'New activity logs of the employees an appraiser appraises, sent after commit (the appraiser, or admins).',
    authScopes: { employee: true },
    args: { appraiserId: t.arg.id({ required: true }) },
    subscribe: async (_root, args, ctx) => {
      const appraiserId = argumentId(String(args.appraiserId), 'Employee', 'appraiserId');
      // Admins follow the appraisers of their own agency only.
      const adminOfAppraiser = async () => isAdminOf(ctx.viewer, (await loader(ctx, employeeById).load(appraiserId))?.agencyId);
      if (appraiserId !== viewerEmployeeId(ctx.viewer) && !(await adminOfAppraiser())) {
        throw new GraphQLError('You may follow only your own team’s activity.', { extensions: { code: 'FORBIDDEN' } });
      }
      return ctx.pubsub.subscribe('activity.logged', (e) => e.appraiserId === appraiserId);
    },
    resolve: async (query, root, _args, ctx) => {
      const event = root as DomainEvent<'activity.logged'>; // what `subscribe` yields
      ctx.loaders.clear();
      const config = query({ where: { id: event.activityLogId } });
      const log = await readSelectionOncePerEvent(event, ctx.viewer, config, (c) => ctx.db.query.activityLogs.findFirst(c));
      if (!log) throw new Error('activity log no longer exists');
      return log;
    },
  }),
}));
