import { builder } from '../../graphql/builder.js';
import { argumentId } from '../../graphql/ids.js';
import { Employee } from './schema.js';
import './mutations.js';

builder.subscriptionType({
  fields: (t) => ({
    employeeUpdated: t.field({
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
      // Re-read on every event: the subscriber sees the employee as its viewer may, as committed.
      resolve: async (event, _args, ctx) => {
        ctx.loaders.clear();
        const employee = await ctx.db.query.employees.findFirst({ where: { id: event.employeeId } });
        if (!employee) throw new Error('employee no longer exists');
        return employee;
      },
    }),
  }),
});
