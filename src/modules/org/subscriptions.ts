import { builder } from '../../graphql/builder.js';
import { argumentId } from '../../graphql/ids.js';
import { Employee } from './schema.js';
import './mutations.js';
import { readSelectionOncePerEvent, type DomainEvent } from '../../events/pubsub.js';

builder.subscriptionType({
  fields: (t) => ({
    employeeUpdated: t.drizzleField({
      type: Employee,
      description:
        'An employee of this unit (or a unit below it) was created, edited or transferred in or out; sent after commit.',
      authScopes: { authenticated: true },
      args: { unitId: t.arg.id({ required: true }) },
      subscribe: async (_root, args, ctx) => {
        const unitId = argumentId(String(args.unitId), 'OrgUnit', 'unitId');
        const unit = await ctx.db.query.orgUnits.findFirst({ where: { id: unitId }, columns: { path: true } });
        const prefix = unit?.path ?? `/${unitId}/`;
        return ctx.pubsub.subscribe('employee.updated', (event) => event.unitPaths.some((path) => path.includes(prefix)));
      },
      // Re-read on every event, as committed, with what the selection needs: subscribers with the same selection
      // share one statement, and each applies its own viewer's field rules.
      resolve: async (query, root, _args, ctx) => {
        const event = root as DomainEvent<'employee.updated'>; // what `subscribe` yields
        ctx.loaders.clear();
        const config = query({ where: { id: event.employeeId } });
        const employee = await readSelectionOncePerEvent(event, ctx.viewer, config, (c) => ctx.db.query.employees.findFirst(c));
        if (!employee) throw new Error('employee no longer exists');
        return employee;
      },
    }),
  }),
});
