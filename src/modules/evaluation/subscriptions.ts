import { readOncePerEvent, readSelectionOncePerEvent } from '../../events/pubsub.js';
import { GraphQLError } from 'graphql';
import { hasRole, isAdminOf } from '../../auth/viewer.js';
import { loader } from '../../graphql/context.js';
import { employeeById } from '../org/queries.js';
import { unitArgument } from '../org/schema.js';
import { builder } from '../../graphql/builder.js';
import { argumentId } from '../../graphql/ids.js';
import type { DomainEvent } from '../../events/pubsub.js';
import type { EvaluationRow } from './tables.js';
import { Evaluation, EvaluationStatusEnum } from './schema.js';
import './mutations.js';

type Change = DomainEvent<'evaluation.statusChanged'> & { evaluation: EvaluationRow; source: object };

const EvaluationChangeEnum = builder.enumType('EvaluationChange', {
  description: 'What happened to an evaluasi kinerja in one change.',
  values: {
    STARTED: { description: 'The appraiser started the evaluation (DRAFT).' },
    RATED: { description: 'The appraiser saved ratings (still DRAFT).' },
    FINALISED: { description: 'The appraiser finalised it: the predikat is set.' },
    ACKNOWLEDGED: { description: 'The employee acknowledged it.' },
    OBJECTION_FILED: { description: 'The employee filed a keberatan (objection).' },
    OBJECTION_HEARD: { description: 'The atasan pejabat penilai kinerja recorded the hearing.' },
    OBJECTION_DECIDED: { description: 'The keberatan was decided; the predikat in force may have changed.' },
  } as const,
});

const EvaluationStatusChange = builder.objectRef<Change>('EvaluationStatusChange').implement({
  description: 'One change of an evaluation, as committed; `evaluation` is read again when the change is delivered.',
  fields: (t) => ({
    // With what the selection needs, read once per event for every subscriber with the same selection.
    evaluation: t.drizzleField({
      description: 'The evaluation, read again as committed.',
      type: Evaluation,
      resolve: async (query, e, _args, ctx) =>
        (await readSelectionOncePerEvent(e.source, ctx.viewer, query({ where: { id: e.evaluationId } }), (c) => ctx.db.query.evaluations.findFirst(c))) ??
        e.evaluation,
    }),
    status: t.field({ type: EvaluationStatusEnum, description: 'The status after the change.', resolve: (e) => e.status }),
    change: t.field({ type: EvaluationChangeEnum, description: 'What happened.', resolve: (e) => e.change }),
  }),
});

builder.subscriptionFields((t) => ({
  evaluationStatusChanged: t.field({
    type: EvaluationStatusChange,
    description:
      'Every change of evaluations (started, rated, finalised, acknowledged, objection filed/heard/decided), sent after ' +
      'commit. Give exactly one of: `employeeId` (yourself, or as admin), `appraiserId` (yourself as appraiser, or as ' +
      'admin), `unitId` (admins: the unit and the units below it).',
    authScopes: { employee: true },
    args: { employeeId: t.arg.id(), appraiserId: t.arg.id(), unitId: t.arg.id() },
    subscribe: async (_root, args, ctx) => {
      const viewer = ctx.viewer;
      if (viewer.kind !== 'employee') throw new GraphQLError('Employees only.', { extensions: { code: 'FORBIDDEN' } });
      const given = [args.employeeId, args.appraiserId, args.unitId].filter((a) => a != null).length;
      if (given !== 1) {
        throw new GraphQLError('Give exactly one of employeeId, appraiserId and unitId.', { extensions: { code: 'BAD_USER_INPUT' } });
      }
      // An admin follows the employees of their own agency only.
      const adminOf = async (employeeId: number) => isAdminOf(viewer, (await loader(ctx, employeeById).load(employeeId))?.agencyId);
      const forbidden = () => new GraphQLError('You may not follow these evaluations.', { extensions: { code: 'FORBIDDEN' } });
      if (args.employeeId != null) {
        const employeeId = argumentId(String(args.employeeId), 'Employee', 'employeeId');
        if (employeeId !== viewer.employeeId && !(await adminOf(employeeId))) throw forbidden();
        return ctx.pubsub.subscribe('evaluation.statusChanged', (e) => e.employeeId === employeeId);
      }
      if (args.appraiserId != null) {
        const appraiserId = argumentId(String(args.appraiserId), 'Employee', 'appraiserId');
        if (appraiserId !== viewer.employeeId && !(await adminOf(appraiserId))) throw forbidden();
        return ctx.pubsub.subscribe('evaluation.statusChanged', (e) => e.appraiserId === appraiserId);
      }
      if (!hasRole(viewer, 'admin')) throw forbidden();
      const unit = await unitArgument(ctx, args.unitId!, { agencyId: viewer.agencyId, direct: true });
      // The unit's own segment of the event's path, not its path now: that goes stale when the unit or one above it moves.
      const segment = `/${unit.id}/`;
      return ctx.pubsub.subscribe('evaluation.statusChanged', (e) => e.unitPath.includes(segment));
    },
    // Re-read on every event: the subscriber sees the evaluation as its viewer may, as committed.
    resolve: async (event, _args, ctx) => {
      ctx.loaders.clear();
      const evaluation = await readOncePerEvent(event, 'evaluation', () => ctx.db.query.evaluations.findFirst({ where: { id: event.evaluationId } }));
      if (!evaluation) throw new Error('evaluation no longer exists');
      return { ...event, evaluation, source: event };
    },
  }),
}));
import './activity.js';
import './reports.js';
import './feedback.js';
import './training-source.js';
import './public-source.js';
