import { GraphQLError } from 'graphql';
import { builder } from '../../graphql/builder.js';
import { unitArgument, viewerAgencyId } from '../org/schema.js';
import { isUnitStaff } from './queries.js';
import { FeedbackTracking, PublicFeedback, trackingByCode, trackingColumns } from './schema.js';
import type { PublicFeedbackRow } from './tables.js';
import './mutations.js';
import { readOncePerEvent, readSelectionOncePerEvent, type DomainEvent } from '../../events/pubsub.js';

builder.subscriptionFields((t) => ({
  feedbackReceived: t.drizzleField({
    type: PublicFeedback,
    description:
      'New feedback on a unit, for its dashboard: the unit’s staff and admins. Sent after commit, on every server ' +
      'instance; access is checked when subscribing and again for every item.',
    authScopes: { employee: true },
    args: { unitId: t.arg.id({ required: true }) },
    subscribe: async (_root, args, ctx) => {
      const { id: unitId } = await unitArgument(ctx, args.unitId, { agencyId: viewerAgencyId(ctx), direct: true });
      if (!(await isUnitStaff(ctx, unitId))) {
        throw new GraphQLError('Only the unit’s staff and admins may follow its feedback.', { extensions: { code: 'FORBIDDEN' } });
      }
      return ctx.pubsub.subscribe('publicFeedback.received', (event) => event.unitId === unitId);
    },
    // Re-read on every event: PublicFeedback's own scopes (staff of the unit, as of now) apply to each item.
    resolve: async (query, root, _args, ctx) => {
      const event = root as DomainEvent<'publicFeedback.received'>; // what `subscribe` yields
      ctx.loaders.clear();
      const config = query({ where: { id: event.feedbackId } });
      const feedback = (await readSelectionOncePerEvent(event, ctx.viewer, config, (c) => ctx.db.query.publicFeedback.findFirst(c))) as
        | PublicFeedbackRow
        | undefined;
      if (!feedback) throw new Error('feedback no longer exists');
      if (!(await isUnitStaff(ctx, feedback.unitId))) {
        throw new GraphQLError('You are no longer staff of this unit.', { extensions: { code: 'FORBIDDEN' } });
      }
      return feedback;
    },
  }),
  feedbackStatusChanged: t.field({
    type: FeedbackTracking,
    description:
      'Public: the status or the public answer of the feedback with this tracking code changed; sent after commit with ' +
      'what `feedbackStatus` shows, and nothing else.',
    args: { trackingCode: t.arg.string({ required: true }) },
    subscribe: async (_root, args, ctx) => {
      const found = await trackingByCode(ctx, args.trackingCode);
      // A code that names nothing would be a subscription that never fires (docs/conventions.md: arguments).
      if (!found) {
        throw new GraphQLError('Argument "trackingCode": no feedback has this tracking code.', {
          extensions: { code: 'BAD_USER_INPUT', argumentName: 'trackingCode' },
        });
      }
      return ctx.pubsub.subscribe('publicFeedback.changed', (event) => event.feedbackId === found.id);
    },
    resolve: async (event, _args, ctx) => {
      const row = await readOncePerEvent(event, 'tracking', () =>
        ctx.db.query.publicFeedback.findFirst({ where: { id: event.feedbackId }, columns: trackingColumns }),
      );
      if (!row) throw new Error('feedback no longer exists');
      return row;
    },
  }),
}));
