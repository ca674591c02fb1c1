import { builder } from '../../graphql/builder.js';
import { Employee, unitArgument } from './schema.js';
import './mutations.js';
import type { EmployeeChanged, SubtreeMoved } from './mutations.js';
import { employeeFilterSql } from './queries.js';
import { employees } from './tables.js';
import type { Database } from '../../db/index.js';
import { oncePerEvent, readSelectionOncePerEvent, type DomainEvent } from '../../events/pubsub.js';
import { expandEvents } from '../../events/streams.js';

type EmployeeEvent = DomainEvent<'employee.updated'>;

/**
 * One event per employee of a moved subtree, as it is when delivered: read once per event on this server, and the
 * same event objects for every subscriber, so that they share each employee's read and execution.
 */
function employeesOfMovedSubtree(db: Database, event: SubtreeMoved & { type: 'employee.updated' }): Promise<readonly EmployeeEvent[]> {
  return oncePerEvent(event, 'employees of the moved subtree', async () => {
    const rows = await db
      .select({ id: employees.id })
      .from(employees)
      .where(employeeFilterSql({ unitId: event.movedUnitId, includeSubunits: true }))
      .orderBy(employees.id);
    return rows.map(({ id }): EmployeeEvent => ({ type: 'employee.updated', employeeId: id, agencyId: event.agencyId, unitPaths: event.unitPaths }));
  });
}

builder.subscriptionType({
  fields: (t) => ({
    employeeUpdated: t.drizzleField({
      type: Employee,
      description:
        'An employee of this unit (or a unit below it) was created, edited or transferred in or out, or moved in or out ' +
        'with a whole unit (one event per employee of that unit); sent after commit.',
      authScopes: { authenticated: true },
      args: { unitId: t.arg.id({ required: true }) },
      subscribe: async (_root, args, ctx) => {
        // An unknown unit would be a subscription that never fires: say so instead. Read directly, not through a
        // loader: the subscription keeps its context (and a loader's cache) for as long as it is open.
        const { id: unitId } = await unitArgument(ctx, args.unitId, { agencyId: null, direct: true });
        // The unit's own segment of a path (`/1/4/9/`), not its path at subscribe time: that goes stale when the unit
        // or one above it moves.
        const segment = `/${unitId}/`;
        const events = ctx.pubsub.subscribe('employee.updated', (event) => event.unitPaths.some((path) => path.includes(segment)));
        return expandEvents(events, (event) => ('movedUnitId' in event ? employeesOfMovedSubtree(ctx.db, event) : null));
      },
      // Re-read on every event, as committed, with what the selection needs: subscribers with the same selection
      // share one statement, and each applies its own viewer's field rules.
      resolve: async (query, root, _args, ctx) => {
        const event = root as EmployeeChanged; // what `subscribe` yields, subtrees expanded
        ctx.loaders.clear();
        const config = query({ where: { id: event.employeeId } });
        const employee = await readSelectionOncePerEvent(event, ctx.viewer, config, (c) => ctx.db.query.employees.findFirst(c));
        if (!employee) throw new Error('employee no longer exists');
        return employee;
      },
    }),
  }),
});
