import type { ApolloServerPlugin, GraphQLRequestExecutionListener, GraphQLRequestListener } from '@apollo/server';
import { isObjectType, type GraphQLField, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

/** The marks the patched graphql-js reads (scripts/patches/graphql+16.15.0.patch, `resolverFor`). */
const WRAPPED_RESOLVER = Symbol.for('graphql.execution.wrappedResolver');
const RESOLVE_WHEN_CONTEXT_HAS = Symbol.for('graphql.execution.resolveWhenContextHas');

/** On the context of a request whose fields a plugin listens to (`willResolveField`). */
const FIELDS_INSTRUMENTED = Symbol('kinerja.fieldsInstrumented');

type Resolver = GraphQLFieldResolver<unknown, unknown>;
type MarkedWrapper = Resolver & { [WRAPPED_RESOLVER]?: Resolver | null; [RESOLVE_WHEN_CONTEXT_HAS]?: symbol };

/**
 * Apollo Server wraps every field resolver of the schema the first time a plugin listens to fields (the inline-trace
 * plugin, when a router asks for a federated trace) and keeps the wrappers for the life of the process. From then on
 * every request, traced or not, called each field's wrapper, and the leaf fields lost the short path on which the
 * patched graphql-js answers them from their row: the dashboard lost 7% of its throughput at 100k after a single
 * traced request.
 *
 * Here the plugins are wrapped so that a request whose fields are listened to is flagged on its context, and after
 * the execution that made Apollo wrap the resolvers each wrapper is marked with the resolver it wraps and with that
 * flag. graphql-js then calls the wrapped resolver (or takes the leaf path) unless the context has the flag: a traced
 * request still goes through every wrapper, so its trace has every field.
 */
export function bypassFieldWrappersWhenUninstrumented<TContext extends object>(
  schema: GraphQLSchema,
  plugins: ApolloServerPlugin<TContext>[],
): ApolloServerPlugin<TContext>[] {
  const originals = new Map<GraphQLField<unknown, unknown>, Resolver | undefined>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) originals.set(field, field.resolve);
  }
  let marked = false;
  const markWrappers = () => {
    if (marked) return;
    marked = true;
    for (const [field, original] of originals) {
      const wrapper = field.resolve as MarkedWrapper | undefined;
      if (wrapper === undefined || wrapper === original) continue;
      wrapper[WRAPPED_RESOLVER] = original ?? null; // null: the execution's field resolver, as Apollo's wrapper does
      wrapper[RESOLVE_WHEN_CONTEXT_HAS] = FIELDS_INSTRUMENTED;
    }
  };
  return plugins.map((plugin) => flagInstrumentedRequests(plugin, markWrappers));
}

/**
 * `target` with some hooks replaced, everything else read through the prototype: plugins may be class instances,
 * and Apollo recognises its own plugins by properties (`__internal_plugin_id__`), which must stay visible.
 */
function overriding<T extends object>(target: T, hooks: Partial<T>): T {
  return Object.assign(Object.create(target) as T, hooks);
}

function flagInstrumentedRequests<TContext extends object>(
  plugin: ApolloServerPlugin<TContext>,
  afterInstrumentedExecution: () => void,
): ApolloServerPlugin<TContext> {
  const requestDidStart = plugin.requestDidStart;
  if (!requestDidStart) return plugin;
  return overriding(plugin, {
    async requestDidStart(requestContext) {
      const listener = await requestDidStart.call(plugin, requestContext);
      const executionDidStart = listener?.executionDidStart;
      if (!listener || !executionDidStart) return listener;
      return overriding<GraphQLRequestListener<TContext>>(listener, {
        async executionDidStart(executionContext) {
          const execution = await executionDidStart.call(listener, executionContext);
          if (!execution?.willResolveField) return execution;
          (executionContext.contextValue as Record<symbol, unknown>)[FIELDS_INSTRUMENTED] = true;
          const executionDidEnd = execution.executionDidEnd;
          return overriding<GraphQLRequestExecutionListener<TContext>>(execution, {
            async executionDidEnd(error) {
              afterInstrumentedExecution();
              await executionDidEnd?.call(execution, error);
            },
          });
        },
      });
    },
  });
}
