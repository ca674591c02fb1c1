import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { isRelationalQuery, runCompiled } from '../db/compiled-queries.js';

/**
 * Drizzle's query builders are lazy thenables: every `then` runs the SQL again. A resolver that returns one (as
 * `resolve: (query) => db.query.x.findMany(query())` does) would run its statement once for each consumer that
 * awaits it. This plugin sits innermost and turns such a result into a settled Promise once, for every field; a
 * relational query runs through the statement compiled for its shape (db/compiled-queries.ts).
 */
export class SettleQueriesPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    // An exposed field reads a property of its parent row, never a lazy query: nothing to settle.
    if (fieldConfig.extensions?.pothosExposedField !== undefined) return resolver;
    return (parent, args, context, info) => {
      const result = resolver(parent, args, context, info);
      if (isRelationalQuery(result)) return runCompiled(result);
      return result !== null && typeof result === 'object' && !(result instanceof Promise) && typeof (result as PromiseLike<unknown>).then === 'function'
        ? Promise.resolve(result)
        : result;
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      settleQueries: SettleQueriesPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin('settleQueries', SettleQueriesPlugin);
