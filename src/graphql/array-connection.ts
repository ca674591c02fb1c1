/**
 * Relay connections over a list in memory (`resolveArrayConnection` of the relay plugin) or paged in SQL
 * (`resolveOffsetConnection`), with their cursors checked as the drizzle connections check theirs: the plugin reads any text after its prefix as a number, so a
 * forged cursor gave an empty last page (NaN) or a page from the end (a negative offset).
 */
import { decodeBase64, PothosValidationError } from '@pothos/core';
import { resolveArrayConnection, resolveOffsetConnection } from '@pothos/plugin-relay';

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

/** `first` with `last`, and cursors that are not an offset of this list, refused before any list is read. */
function checkOffsetArgs(args: ConnectionArgs): void {
  if (args.first != null && args.last != null) throw new PothosValidationError('Arguments "first" and "last" are not supported at the same time');
  if (args.after != null) checkOffsetCursor(args.after, 'after');
  if (args.before != null) checkOffsetCursor(args.before, 'before');
}

/** An empty page has no first or last item to point at (the plugin gives offsets -1 and beyond the end). */
function withoutEmptyPageCursors<C extends { edges: readonly unknown[]; pageInfo: object }>(connection: C): C {
  return connection.edges.length === 0 ? { ...connection, pageInfo: { ...connection.pageInfo, startCursor: null, endCursor: null } } : connection;
}

export function arrayConnection<T extends {}>(args: ConnectionArgs, items: readonly T[]) {
  checkOffsetArgs(args);
  return withoutEmptyPageCursors(resolveArrayConnection({ args }, items as T[]));
}

/**
 * The same over a list paged in SQL (`resolveOffsetConnection`): `loadPage` reads one page by offset and limit;
 * `totalCount` is needed only to page from the end (`last` without `before`).
 */
export async function offsetConnection<T extends {}>(
  args: ConnectionArgs,
  totalCount: number | undefined,
  loadPage: (page: { offset: number; limit: number }) => Promise<T[]>,
) {
  checkOffsetArgs(args);
  return withoutEmptyPageCursors(await resolveOffsetConnection({ args, totalCount }, loadPage));
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
