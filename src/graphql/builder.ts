import SchemaBuilder from '@pothos/core';
import DirectivePlugin from '@pothos/plugin-directives';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { GraphQLError, isObjectType, type GraphQLResolveInfo } from 'graphql';
import { hasRole } from '../auth/viewer.js';
import { relations, type Relations } from '../db/schema.js';
import type { Context } from './context.js';
import { rowIdOf } from './row-id.js';
import './settle-plugin.js';

export interface AuthScopes {
  /** Anyone, including anonymous citizens. */
  public: boolean;
  /** A verified token of an employee or a partner service. */
  authenticated: boolean;
  employee: boolean;
  admin: boolean;
  partner: boolean;
}

export interface Types {
  Context: Context;
  DrizzleRelations: Relations;
  AuthScopes: AuthScopes;
  Scalars: {
    ID: { Input: string; Output: string | number };
    Date: { Input: string; Output: string };
    DateTime: { Input: string; Output: string | Date };
    JSON: { Input: unknown; Output: unknown };
  };
  DefaultFieldNullability: false;
}

/** The one schema builder. Modules add their types to it; `schema.ts` assembles the result. */
export const builder = new SchemaBuilder<Types>({
  // Auth wraps resolvers, so it comes before federation (whose resolveReference it must not skip).
  plugins: [ScopeAuthPlugin, RelayPlugin, DrizzlePlugin, DirectivePlugin, FederationPlugin, 'settleQueries'],
  defaultFieldNullability: false,
  drizzle: {
    client: (ctx) => ctx.db,
    getTableConfig,
    relations,
    defaultConnectionSize: 20,
    maxConnectionSize: 100,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // Descriptions of what the plugin generates, once for every connection, edge and PageInfo.
    defaultConnectionTypeOptions: {
      description: 'One page of a list (Relay cursor connection): its items in `nodes` (or `edges`, with their cursors) and `pageInfo` to ask for the next page.',
    },
    defaultEdgeTypeOptions: { description: 'One item of a page with its cursor, to resume the list after it.' },
    nodesOnConnection: { description: 'The items of this page, in order.' },
    edgesFieldOptions: { description: 'The items of this page with their cursors, in order.' },
    pageInfoFieldOptions: { description: 'Whether there are more pages, and the cursors to ask for them.' },
    nodeFieldOptions: { description: 'The item.' },
    cursorFieldOptions: { description: 'Opaque; pass it as `after` (or `before`) to resume the list after (or before) this item.' },
    // Every Relay subgraph defines the same PageInfo: shared, or a partner's supergraph with one does not compose.
    pageInfoTypeOptions: { shareable: true, description: 'Where a page stands in its list (Relay cursor pagination).' },
    hasNextPageFieldOptions: { description: 'True when items follow this page: ask again with `after: endCursor`.' },
    hasPreviousPageFieldOptions: { description: 'True when items come before this page: ask again with `before: startCursor`.' },
    startCursorFieldOptions: { description: 'The cursor of the first item of this page; null when the page is empty.' },
    endCursorFieldOptions: { description: 'The cursor of the last item of this page; null when the page is empty.' },
    nodeTypeOptions: { description: 'An object with a global ID, which `node(id:)` and `nodes(ids:)` look up.' },
    idFieldOptions: { description: 'The global ID: opaque, unique across types, stable.' },
    // Pothos's default node lookups run once per id; ours go through the types' own loaders.
    nodeQueryOptions: {
      description: 'The object with this global ID; null when it names nothing you may see. An ID of no node type is BAD_USER_INPUT.',
      nullable: true,
      resolve: (_root, args, ctx, info) => nodeOrNull(args.id, 'id', ctx, info),
    },
    nodesQueryOptions: {
      description: 'The objects with these global IDs, in order; each item null when its ID names nothing you may see.',
      nullable: { list: false, items: true },
      // Each id on its own: one that names nothing takes nothing from the others.
      resolve: (_root, args, ctx, info) => args.ids.map((id) => orRejection(() => nodeOrNull(id, 'ids', ctx, info))),
    },
  },
  scopeAuth: {
    authorizeOnSubscribe: true,
    authScopes: (ctx) => ({
      public: true,
      authenticated: ctx.viewer.kind !== 'anonymous',
      employee: ctx.viewer.kind === 'employee',
      admin: hasRole(ctx.viewer, 'admin'),
      partner: hasRole(ctx.viewer, 'partner'),
    }),
    unauthorizedError: (_parent, ctx, info) =>
      ctx.viewer.kind === 'anonymous'
        ? new GraphQLError(`Authentication is required to read ${info.parentType.name}.${info.fieldName}.`, {
            extensions: { code: 'UNAUTHENTICATED' },
          })
        : new GraphQLError(`You are not allowed to read ${info.parentType.name}.${info.fieldName}.`, {
            extensions: { code: 'FORBIDDEN' },
          }),
  },
});

/** How a node type loads one row by id with the selection of the field `info` (drizzleNode's loader, batched per tick). */
type NodeLoader = (id: number, ctx: Context, info: GraphQLResolveInfo) => Promise<unknown>;

/** The drizzle plugin's refusal of a row that is not there (plugin-drizzle's ModelLoader). */
const MISSING_ROW = /^Model \w+\(.*\) not found$/;

/**
 * `node(id:)` as Relay means it: null for the ID of a row that does not exist. An ID of no node type, or with a
 * malformed row id, is BAD_USER_INPUT, as `argumentId` treats one, and never reaches the database.
 */
function nodeOrNull(globalId: { typename: string; id: unknown }, argument: string, ctx: Context, info: GraphQLResolveInfo): Promise<unknown> | null {
  const type = info.schema.getType(globalId.typename);
  if (!isObjectType(type) || !type.getInterfaces().some((face) => face.name === 'Node')) {
    throw new GraphQLError(`Argument "${argument}": not the ID of a node.`, { extensions: { code: 'BAD_USER_INPUT', argumentName: argument } });
  }
  // The relay plugin has parsed the id with the type's parser (Number): NaN, 1.5 and 2^40 come through.
  const id = rowIdOf(String(globalId.id));
  if (id === null) {
    throw new GraphQLError(`Argument "${argument}": not a well-formed ${type.name} ID.`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: argument },
    });
  }
  const load = (builder.configStore.getTypeConfig(type.name, 'Object').pothosOptions as { loadWithoutCache?: NodeLoader }).loadWithoutCache;
  if (!load) return null;
  return load(id, ctx, info).catch((error: unknown) => {
    if (error instanceof Error && MISSING_ROW.test(error.message)) return null;
    throw error;
  });
}

/** A thrown error as a rejected promise: in a list, graphql-js nulls that item alone. */
function orRejection<T>(work: () => T): T | Promise<never> {
  try {
    return work();
  } catch (error) {
    return Promise.reject(error);
  }
}
