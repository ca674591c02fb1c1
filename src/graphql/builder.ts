import SchemaBuilder from '@pothos/core';
import DirectivePlugin from '@pothos/plugin-directives';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { GraphQLError } from 'graphql';
import { hasRole } from '../auth/viewer.js';
import { relations, type Relations } from '../db/schema.js';
import type { Context } from './context.js';
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
    nodesOnConnection: true,
    // Pothos's default node lookups run once per id; ours go through the types' own loaders.
    nodeQueryOptions: { nullable: true },
    nodesQueryOptions: { nullable: { list: false, items: true } },
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
