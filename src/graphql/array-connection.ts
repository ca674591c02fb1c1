/**
 * A Relay connection over a list already in memory (`resolveArrayConnection` of the relay plugin), with its cursors
 * checked as the drizzle connections check theirs: the plugin reads any text after its prefix as a number, so a
 * forged cursor gave an empty last page (NaN) or a page from the end (a negative offset).
 */
import { decodeBase64, PothosValidationError } from '@pothos/core';
import { resolveArrayConnection } from '@pothos/plugin-relay';

interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  before?: string | null;
  after?: string | null;
}

function checkOffsetCursor(cursor: string, argument: string): void {
  let text = '';
  try {
    text = decodeBase64(cursor);
  } catch {
    // refused below
  }
  if (!/^OffsetConnection:(0|[1-9]\d{0,8})$/.test(text)) throw new PothosValidationError(`Argument "${argument}": not a cursor of this list.`);
}

export function arrayConnection<T extends {}>(args: ConnectionArgs, items: readonly T[]) {
  if (args.first != null && args.last != null) throw new PothosValidationError('Arguments "first" and "last" are not supported at the same time');
  if (args.after != null) checkOffsetCursor(args.after, 'after');
  if (args.before != null) checkOffsetCursor(args.before, 'before');
  const connection = resolveArrayConnection({ args }, items as T[]);
  // An empty page has no first or last item to point at (the plugin gives offsets -1 and beyond the end).
  if (connection.edges.length === 0) return { ...connection, pageInfo: { ...connection.pageInfo, startCursor: null, endCursor: null } };
  return connection;
}

/**
 * The `totalCount` field of a connection type: a number (related and in-memory connections) or a lazy count (root
 * drizzle connections with a `totalCount` option), run only when the field is selected.
 */
export function totalCountField(t: any, description: string) {
  return t.int({
    description,
    extensions: { pothosDrizzleTotalCount: true },
    resolve: async (connection: { totalCount?: number | (() => Promise<number> | number) }) => {
      const count = connection.totalCount;
      return (typeof count === 'function' ? await count() : count) ?? 0;
    },
  });
}
