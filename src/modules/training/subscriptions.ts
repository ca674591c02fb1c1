import { GraphQLError } from 'graphql';
import { builder } from '../../graphql/builder.js';
import { argumentId } from '../../graphql/ids.js';
import type { DomainEvent } from '../../events/pubsub.js';
import type { EnrolmentRow } from './tables.js';
import { mayViewTrainingOf } from './queries.js';
import { Enrolment, EnrolmentStatusEnum } from './schema.js';
import './mutations.js';
import { readOncePerEvent, readSelectionOncePerEvent } from '../../events/pubsub.js';

type StatusChange = DomainEvent<'enrolment.statusChanged'> & { enrolment: EnrolmentRow; source: object };

const EnrolmentStatusChange = builder.objectRef<StatusChange>('EnrolmentStatusChange').implement({
  description: 'One change of an enrolment’s status, as committed; `enrolment` is read again when the change is delivered.',
  fields: (t) => ({
    // With what the selection needs, read once per event for every subscriber with the same selection.
    enrolment: t.drizzleField({
      description: 'The enrolment, read again as committed.',
      type: Enrolment,
      resolve: async (query, e, _args, ctx) =>
        (await readSelectionOncePerEvent(e.source, ctx.viewer, query({ where: { id: e.enrolmentId } }), (c) => ctx.db.query.enrolments.findFirst(c))) ??
        e.enrolment,
    }),
    status: t.field({ type: EnrolmentStatusEnum, description: 'The status this change set.', resolve: (e) => e.status }),
    previousStatus: t.field({
      type: EnrolmentStatusEnum,
      nullable: true,
      description: 'Null for a new enrolment.',
      resolve: (e) => e.previousStatus,
    }),
    promotedFromWaitlist: t.boolean({ description: 'A place freed and this enrolment moved up from the waitlist.', resolve: (e) => e.promoted }),
  }),
});

builder.subscriptionFields((t) => ({
  enrolmentStatusChanged: t.field({
    type: EnrolmentStatusChange,
    description:
      'Status changes of an employee’s training enrolments (approval, waitlist, promotion from the waitlist, decline, ' +
      'cancellation, completion), sent after commit. For the employee, their direct supervisor, their appraiser and admins, ' +
      'checked when subscribing and again for every change.',
    authScopes: { employee: true },
    args: { employeeId: t.arg.id({ required: true }) },
    subscribe: async (_root, args, ctx) => {
      const employeeId = argumentId(String(args.employeeId), 'Employee', 'employeeId');
      if (!(await mayViewTrainingOf(ctx, employeeId))) {
        throw new GraphQLError('You may not follow this employee’s enrolments.', { extensions: { code: 'FORBIDDEN' } });
      }
      return ctx.pubsub.subscribe('enrolment.statusChanged', (event) => event.employeeId === employeeId);
    },
    // Re-checked on every event, as publicFeedback's: a supervisor moved off since subscribing gets FORBIDDEN, not
    // the status. Then re-read: the subscriber sees the enrolment as its viewer may, as committed.
    resolve: async (event, _args, ctx) => {
      ctx.loaders.clear();
      if (!(await mayViewTrainingOf(ctx, event.employeeId))) {
        throw new GraphQLError('You may no longer follow this employee’s enrolments.', { extensions: { code: 'FORBIDDEN' } });
      }
      const enrolment = await readOncePerEvent(event, 'enrolment', () => ctx.db.query.enrolments.findFirst({ where: { id: event.enrolmentId } }));
      if (!enrolment) throw new Error('enrolment no longer exists');
      return { ...event, enrolment, source: event };
    },
  }),
}));
