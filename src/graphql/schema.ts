import type { GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import './errors.js';
import '../modules/org/schema.js';
import '../modules/org/mutations.js';
import '../modules/org/subscriptions.js';
import '../modules/audit/schema.js';
import '../modules/training/subscriptions.js';
import '../modules/planning/subscriptions.js';
import '../modules/evaluation/subscriptions.js';
import '../modules/public/subscriptions.js';

let built: GraphQLSchema | undefined;

/** The subgraph schema: every module's types plus federation's `_service` and `_entities`. */
export function buildSchema(): GraphQLSchema {
  built ??= builder.toSubGraphSchema({
    linkUrl: 'https://specs.apollo.dev/federation/v2.6',
    federationDirectives: ['@key', '@shareable'],
    // No `sortSchema`: the federation plugin sorts the subgraph schema it returns, and sorting twice cost start-up.
  } as Parameters<typeof builder.toSubGraphSchema>[0]);
  return built;
}

