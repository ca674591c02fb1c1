import { GraphQLError } from 'graphql';
import { hasRole, viewerEmployeeId } from '../../auth/viewer.js';
import type { DomainEvent } from '../../events/pubsub.js';
import { builder } from '../../graphql/builder.js';
import { loader, type Context } from '../../graphql/context.js';
import { argumentId } from '../../graphql/ids.js';
import { employeeById } from '../org/queries.js';
import { unitArgument } from '../org/schema.js';
import { accessToPlan, mayReadPlansOf, supervisorChainOf } from './queries.js';
import { PerformancePlan, PlanStatusEnum } from './schema.js';
import type { PerformancePlanRow } from './tables.js';
import './mutations.js';
import { readOncePerEvent, readSelectionOncePerEvent } from '../../events/pubsub.js';
import { mapEvents } from '../../events/streams.js';

type StatusChange = DomainEvent<'plan.statusChanged'> & { plan: PerformancePlanRow; source: object };

const PlanStatusChange = builder.objectRef<StatusChange>('PlanStatusChange').implement({
  description: 'A plan was created or changed status; `plan` is read again, as committed, when the change is delivered.',
  fields: (t) => ({
    // With what the selection needs, read once per event for every subscriber with the same selection.
    plan: t.drizzleField({
      description: 'The plan, read again as committed.',
      type: PerformancePlan,
      resolve: async (query, e, _args, ctx) =>
        (await readSelectionOncePerEvent(e.source, ctx.viewer, query({ where: { id: e.planId } }), (c) => ctx.db.query.performancePlans.findFirst(c))) ?? e.plan,
    }),
    status: t.field({ type: PlanStatusEnum, description: 'The status this change set.', resolve: (e) => e.status }),
    previousStatus: t.field({ type: PlanStatusEnum, nullable: true, description: 'Null for a new plan or version.', resolve: (e) => e.previousStatus }),
  }),
});

function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

function badArgument(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(argumentName ? { argumentName } : {}) } });
}

/**
 * Passes on the events whose plan the subscriber may read now, re-read as committed (checked again for every
 * event: access can change between events). Stopping the subscription stops the underlying one at once.
 */
function readableOnly(ctx: Context, events: AsyncIterableIterator<DomainEvent<'plan.statusChanged'>>) {
  return mapEvents(events, async (event): Promise<StatusChange | undefined> => {
    ctx.loaders.clear();
    const plan = await readOncePerEvent(event, 'plan', () => ctx.db.query.performancePlans.findFirst({ where: { id: event.planId } }));
    return plan && (await accessToPlan(ctx, plan)) !== 'NONE' ? { ...event, plan, source: event } : undefined;
  });
}

builder.subscriptionFields((t) => ({
  planStatusChanged: t.field({
    type: PlanStatusChange,
    description:
      'Plans created or changing status (submitted, approved, returned, revised), sent after commit: for one ' +
      'employee, for the plans one appraiser decides (the supervisor’s dashboard), or for a unit and the units below ' +
      'it. Give at least one filter; all given must match. Only plans you may read are sent.',
    authScopes: { employee: true },
    args: {
      employeeId: t.arg.id({ description: 'The employee whose plans to follow.' }),
      appraiserId: t.arg.id({ description: 'Plans this appraiser decides.' }),
      unitId: t.arg.id({ description: 'Plans of employees placed (when the plan began) in this unit or below it.' }),
    },
    subscribe: async (_root, args, ctx) => {
      if (args.employeeId == null && args.appraiserId == null && args.unitId == null) {
        throw badArgument('Give at least one of employeeId, appraiserId and unitId.');
      }
      const viewerId = viewerEmployeeId(ctx.viewer)!;
      const viewerAgencyId = ctx.viewer.kind === 'employee' ? ctx.viewer.agencyId : null;
      const admin = hasRole(ctx.viewer, 'admin');
      const employeeId = args.employeeId != null ? argumentId(String(args.employeeId), 'Employee', 'employeeId') : null;
      const appraiserId = args.appraiserId != null ? argumentId(String(args.appraiserId), 'Employee', 'appraiserId') : null;
      if (employeeId !== null) {
        const employee = await loader(ctx, employeeById).load(employeeId);
        if (!employee || !(await mayReadPlansOf(ctx, employee))) throw forbidden('You may not follow this employee’s plans.');
      }
      if (appraiserId !== null && appraiserId !== viewerId) {
        // An appraiser of another agency (or none) would be a subscription that never fires: say so instead.
        const appraiser = await loader(ctx, employeeById).load(appraiserId);
        if (!appraiser || appraiser.agencyId !== viewerAgencyId) throw forbidden('You may not follow this appraiser’s plans.');
        if (!admin) {
          // The appraiser's own superiors may watch their queue; others may not.
          const chain = await loader(ctx, supervisorChainOf).load(appraiserId);
          if (!chain.includes(viewerId)) throw forbidden('You may follow only your own appraisals or those of people below you.');
        }
      }
      // The unit's own segment of a path (`/1/4/9/`), not its path now: that goes stale when the unit or one above it
      // moves, and the events carry the path at the time of the change.
      let unitSegment: string | null = null;
      if (args.unitId != null) {
        // Events are of the viewer's agency only: another agency's unit would be a subscription that never fires.
        const unit = await unitArgument(ctx, args.unitId, { agencyId: viewerAgencyId, direct: true });
        unitSegment = `/${unit.id}/`;
      }
      const events = ctx.pubsub.subscribe(
        'plan.statusChanged',
        (event) =>
          (ctx.viewer.kind !== 'employee' || event.agencyId === ctx.viewer.agencyId) &&
          (employeeId === null || event.employeeId === employeeId) &&
          (appraiserId === null || event.appraiserId === appraiserId) &&
          (unitSegment === null || event.unitPath.includes(unitSegment)),
      );
      return readableOnly(ctx, events);
    },
    // The plan was read again (and the viewer's access checked) for this event in `subscribe`.
    resolve: (event) => event,
  }),
}));
