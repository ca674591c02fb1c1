import type { ApolloServerPlugin, GraphQLRequestExecutionListener, GraphQLRequestListener } from '@apollo/server';
import { isObjectType, type GraphQLField, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

/** The marks the patched graphql-js reads (scripts/patches/graphql+16.15.0.patch, `leafFromSource`). */
const SOURCE_PROPERTY = Symbol.for('graphql.execution.sourceProperty');
const RESOLVE_WHEN_CONTEXT_HAS = Symbol.for('graphql.execution.resolveWhenContextHas');

/** On the context of a request whose fields a plugin listens to (`willResolveField`). */
const FIELDS_INSTRUMENTED = Symbol('kinerja.fieldsInstrumented');

type AnyResolver = GraphQLFieldResolver<unknown, unknown> & { [SOURCE_PROPERTY]?: string; [RESOLVE_WHEN_CONTEXT_HAS]?: symbol };

interface LeafShortcut {
  field: GraphQLField<unknown, unknown>;
  original: AnyResolver | undefined;
  property: string;
}

/** Fields the patched graphql-js may answer from their row: a default resolver, or one marked with its property. */
function leafShortcuts(schema: GraphQLSchema): LeafShortcut[] {
  const shortcuts: LeafShortcut[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const original = field.resolve as AnyResolver | undefined;
      const property = original === undefined ? field.name : original[SOURCE_PROPERTY];
      if (property !== undefined) shortcuts.push({ field, original, property });
    }
  }
  return shortcuts;
}

/**
 * Apollo Server wraps every field resolver of the schema the first time a plugin listens to fields (the inline-trace
 * plugin, when a router asks for a federated trace) and keeps the wrappers for the life of the process. From then on
 * every request, traced or not, called each leaf's wrapper where the patched graphql-js had answered the leaf from
 * its row: the dashboard lost 7% of its throughput at 100k after a single traced request.
 *
 * This keeps the short path for the requests nobody listens to. The plugins are wrapped so that a request whose
 * fields are listened to is flagged on its context; after the execution that made Apollo wrap the resolvers, each
 * leaf's wrapper is marked with the property its original read and with that flag. A traced request still calls
 * every wrapper, so its trace has every field.
 */
export function keepLeafShortcutsWhenUninstrumented<TContext extends object>(
  schema: GraphQLSchema,
  plugins: ApolloServerPlugin<TContext>[],
): ApolloServerPlugin<TContext>[] {
  const shortcuts = leafShortcuts(schema);
  let marked = false;
  const markWrappers = () => {
    if (marked) return;
    marked = true;
    for (const { field, original, property } of shortcuts) {
      const wrapper = field.resolve as AnyResolver | undefined;
      if (wrapper === undefined || wrapper === original) continue;
      wrapper[SOURCE_PROPERTY] = property;
      wrapper[RESOLVE_WHEN_CONTEXT_HAS] = FIELDS_INSTRUMENTED;
    }
  };
  return plugins.map((plugin) => flagInstrumentedRequests(plugin, markWrappers));
}

function flagInstrumentedRequests<TContext extends object>(
  plugin: ApolloServerPlugin<TContext>,
  afterInstrumentedExecution: () => void,
): ApolloServerPlugin<TContext> {
  const requestDidStart = plugin.requestDidStart;
  if (!requestDidStart) return plugin;
  // Spread, so that Apollo still recognises its own plugins (`__internal_plugin_id__`) and adds no default twin.
  return {
    ...plugin,
    async requestDidStart(requestContext) {
      const listener = await requestDidStart.call(plugin, requestContext);
      const executionDidStart = listener?.executionDidStart;
      if (!listener || !executionDidStart) return listener;
      return {
        ...listener,
        async executionDidStart(executionContext) {
          const execution = await executionDidStart.call(listener, executionContext);
          if (!execution?.willResolveField) return execution;
          (executionContext.contextValue as Record<symbol, unknown>)[FIELDS_INSTRUMENTED] = true;
          const executionDidEnd = execution.executionDidEnd;
          return {
            ...execution,
            async executionDidEnd(error) {
              afterInstrumentedExecution();
              await executionDidEnd?.call(execution, error);
            },
          } satisfies GraphQLRequestExecutionListener<TContext>;
        },
      } satisfies GraphQLRequestListener<TContext>;
    },
  };
}
