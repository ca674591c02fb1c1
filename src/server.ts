import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import {
  GraphQLError,
  Kind,
  getOperationAST,
  isUnionType,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type FormattedExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import proxyAddr from 'proxy-addr';
import { useServer } from 'graphql-ws/use/ws';
import { CloseCode } from 'graphql-ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { contextFor, createEmployeeCache } from './auth/context.js';
import { bearerToken, tokenExpiresAt } from './auth/token.js';
import type { Config } from './config.js';
import { countStatements, currentStatementCount, isDatabaseUnavailable, type DatabaseHandle } from './db/index.js';
import { createPubSub, type PubSub } from './events/pubsub.js';
import type { Context } from './graphql/context.js';
import { armorProtection, checkNoNulInput, checkOperationCost, readsSchema } from './graphql/limits.js';
import { buildSchema } from './graphql/schema.js';
import { rememberOperationText, subscribeSharingExecution } from './graphql/subscribe.js';
import { hasRole, type Viewer } from './auth/viewer.js';
import { describeError, type Logger } from './logger.js';
import { databaseError } from './db/errors.js';

export interface RunningServer {
  url: string;
  port: number;
  httpServer: HttpServer;
  pubsub: PubSub;
  /** Graceful stop: refuse new work, finish in-flight requests, close sockets, then the database. */
  stop(): Promise<void>;
}

/** Adds `extensions.sqlStatements` so tests and benchmarks can see how many statements an operation cost. */
function queryStatsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const statements = currentStatementCount();
          if (statements !== undefined && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: statements };
          }
        },
      };
    },
  };
}

/** Whether this viewer may read the schema (introspection or `_service`) under the configured policy. */
function maySeeSchema(config: Pick<Config, 'introspection'>, viewer: Viewer): boolean {
  if (config.introspection === 'all') return true;
  if (config.introspection === 'off') return false;
  return hasRole(viewer, 'partner') || hasRole(viewer, 'admin');
}

function schemaAccessDenied(): GraphQLError {
  return new GraphQLError('Reading the schema is not allowed here.', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

/** Page sizes, list-weighted cost and schema access, checked once variables are known (HTTP). */
function operationPolicyPlugin(config: Config): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, operationName, request, contextValue }) {
          if (readsSchema(document) && !maySeeSchema(config, contextValue.viewer)) throw schemaAccessDenied();
          checkOperationCost(schema, document, operationName, request.variables ?? {}, config.limits);
          if (operation) checkNoNulInput(document, operation, request.variables ?? {});
        },
      };
    },
  };
}

/** setTimeout's longest delay (about 24.8 days); a longer one fires at once. */
const MAX_TIMER_DELAY = 2 ** 31 - 1;

/**
 * A WebSocket lives no longer than the token it connected with, as an HTTP request is refused after it: at the
 * token's expiry the socket closes with 4403 (Forbidden), and a graphql-ws client reconnects with its current token.
 */
function closeAtExpiry(socket: WebSocket, expiresAt: number): void {
  if (!Number.isFinite(expiresAt)) return;
  let timer: NodeJS.Timeout;
  const arm = () => {
    const remaining = expiresAt - Date.now();
    timer =
      remaining > MAX_TIMER_DELAY
        ? setTimeout(arm, MAX_TIMER_DELAY)
        : setTimeout(() => socket.close(CloseCode.Forbidden, 'Token expired'), Math.max(0, remaining));
    timer.unref();
  };
  arm();
  socket.once('close', () => clearTimeout(timer));
}

/** A parse or validation error with the code Apollo gives it over HTTP. */
function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    originalError: error.originalError ?? error,
    extensions: { ...error.extensions, code },
  });
}

/**
 * A variable's value that does not fit its type. graphql-js gives it no code; Apollo (over HTTP) recognises it, as
 * here, by its one node, the variable's definition, and answers BAD_USER_INPUT. graphql-ws would pass it on uncoded.
 */
function isVariableValueError(error: unknown): boolean {
  return error instanceof GraphQLError && error.nodes?.length === 1 && error.nodes[0]!.kind === Kind.VARIABLE_DEFINITION;
}

/** Schemas whose `_entities` already checks its representations (one process may start several servers). */
const checkedEntitySchemas = new WeakSet<GraphQLSchema>();

/**
 * A representation whose `__typename` names no entity of this subgraph is the caller's mistake: BAD_USER_INPUT like
 * any bad argument, not the plain Error of Apollo's `_entities` (INTERNAL_SERVER_ERROR, logged as unexpected). All
 * are checked before any is resolved: Apollo's resolver stops at the bad one and abandons those it started.
 */
function refuseUnknownEntityTypes(schema: GraphQLSchema): void {
  if (checkedEntitySchemas.has(schema)) return;
  checkedEntitySchemas.add(schema);
  const field = schema.getQueryType()?.getFields()._entities;
  const union = schema.getType('_Entity');
  if (!field?.resolve || !isUnionType(union)) return;
  const entityTypes = new Set(union.getTypes().map((type) => type.name));
  const resolve = field.resolve;
  field.resolve = (root, args: { representations: unknown[] }, context, info) => {
    args.representations.forEach((representation, index) => {
      const typename = (representation as { __typename?: unknown } | null)?.__typename;
      if (typeof typename !== 'string' || !entityTypes.has(typename)) {
        throw new GraphQLError(
          `Representation ${index}: ${typeof typename === 'string' ? `"${typename.slice(0, 100)}" is no entity type of this subgraph` : 'no __typename'}.`,
          { extensions: { code: 'BAD_USER_INPUT', argumentName: 'representations' } },
        );
      }
    });
    return resolve(root, args, context, info);
  };
}

/** The operation an error occurred in, over HTTP (where Apollo's formatError is not told), for the log. */
const operationNames = new WeakMap<GraphQLError, string>();

function operationNamesPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, operationName, operation }) {
          const name = operationName ?? operation?.name?.value;
          if (name) for (const error of errors) operationNames.set(error, name);
        },
      };
    },
  };
}

/** graphql-js's "Did you mean ...?" hints, which name fields and types (Apollo's own pattern for them). */
const SUGGESTION = / ?Did you mean(.+?)\?$/;

/**
 * Every error a client gets, over HTTP (Apollo's `formatError`) and over graphql-ws (`formatErrors`): a code,
 * never a stack trace; in production no internal message, and no field suggestions for strangers probing the API
 * (`blockFieldSuggestions`; Armor's plugin for it sees HTTP answers only).
 * Unexpected errors are logged here for whoever runs the server: with their stack, or a database error's code,
 * message and statement (`describeError`), never the statement's parameters, which are people's data.
 */
export function formatError(config: Pick<Config, 'env' | 'limits'>, logger: Logger) {
  return (given: GraphQLFormattedError, error: unknown, operationName?: string | null): GraphQLFormattedError => {
    // Over HTTP Apollo has given every error a code (this one where it had none); graphql-ws gives none.
    const code =
      given.extensions?.code ?? (isVariableValueError(error) ? ApolloServerErrorCode.BAD_USER_INPUT : ApolloServerErrorCode.INTERNAL_SERVER_ERROR);
    const formatted = given.extensions?.code === undefined ? { ...given, extensions: { ...given.extensions, code } } : given;
    if (isDatabaseUnavailable(error)) {
      logger.error('database unavailable', describeError(error, { stack: false }));
      return {
        message: 'The database is unavailable at the moment; try again shortly.',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
        ...(formatted.path ? { path: formatted.path } : {}),
      };
    }
    // At run time Pothos raises these for malformed global IDs and cursors (e.g. an id of a type that is no node).
    if ((error as { originalError?: { name?: string } })?.originalError?.name === 'PothosValidationError') {
      return { ...formatted, message: `Invalid input: ${formatted.message}`, extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (code === ApolloServerErrorCode.INTERNAL_SERVER_ERROR) {
      const operation = operationName ?? (error instanceof GraphQLError ? operationNames.get(error) : undefined);
      const where = `${operation ? `operation ${operation}` : 'an unnamed operation'}${formatted.path ? ` at ${formatted.path.join('.')}` : ''}`;
      // describeError (the logger's too) leaves out the statement's parameters that drizzle's message carries.
      logger.error(`unexpected error in ${where}`, error);
      if (config.env === 'production') {
        return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' }, ...(formatted.path ? { path: formatted.path } : {}) };
      }
      // For the developer, what failed; drizzle's message would add the statement's parameters (people's data).
      const original = error instanceof GraphQLError ? error.originalError : error;
      const failedQuery = /^Failed query: /.test(formatted.message);
      if (failedQuery || databaseError(original)) {
        const described = describeError(error, { stack: false });
        return { ...formatted, message: failedQuery ? `Failed query: ${described}` : described };
      }
    }
    // Variable values are checked against the schema too: their errors (BAD_USER_INPUT) suggest input fields and enum values.
    if (config.limits.blockFieldSuggestions && (code === ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED || code === ApolloServerErrorCode.BAD_USER_INPUT)) {
      return { ...formatted, message: formatted.message.replace(SUGGESTION, '') };
    }
    return formatted;
  };
}

export async function startServer(config: Config, database: DatabaseHandle, logger: Logger): Promise<RunningServer> {
  const schema = buildSchema();
  refuseUnknownEntityTypes(schema);
  const pubsub = createPubSub(database, {
    onError: (error) => logger.error('bad event payload', error),
    onRelisten: () =>
      logger.error('LISTEN connection re-established: events committed while it was down were not delivered to subscribers on this server'),
  });
  await pubsub.start();
  const contextOptions = { db: database.db, pubsub, tokens: config.jwt, employees: createEmployeeCache() };

  const app = express();
  app.disable('x-powered-by');
  // Express hashes every response body for an ETag (3% of a dashboard read's CPU); GraphQL answers POSTs, which no
  // cache revalidates.
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  const httpServer = createHttpServer(app);
  // A message is bounded like a request body (ws would buffer and parse up to 100 MiB); larger ones close with 1009.
  const sockets = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: config.maxRequestBytes });
  let stopping = false;
  let listening = false;
  let stopped: Promise<void> | undefined;

  const formatErrorForClients = formatError(config, logger);
  // graphql-ws would send `error.toJSON()` as it is: drizzle's "Failed query: <SQL> params: ..." reached
  // subscribers in production. The same formatting as over HTTP.
  const formatErrors = (errors: readonly GraphQLError[], operationName?: string | null): GraphQLFormattedError[] =>
    errors.map((error) => formatErrorForClients(error.toJSON(), error, operationName));
  // Subscribers who share an event's execution share its result: its errors are formatted (and logged) once.
  const formattedEvents = new WeakMap<object, FormattedExecutionResult>();
  const protection = armorProtection(config.limits);
  // Like Apollo's document store over HTTP: dashboards open the same subscriptions, so each text is parsed and
  // validated once, and its subscribers share one document (which `subscribeSharingExecution` keys by).
  const subscriptionDocuments = new LRUCache<string, DocumentNode | readonly GraphQLError[]>({ max: 1000 });
  const parseAndValidate = (query: string): DocumentNode | readonly GraphQLError[] => {
    let known = subscriptionDocuments.get(query);
    if (!known) {
      try {
        const document = parse(query, { maxTokens: config.limits.maxTokens });
        const errors = validate(schema, document, [...specifiedRules, ...protection.validationRules]);
        known = errors.length > 0 ? errors.map((error) => withCode(error, ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED)) : document;
      } catch (error) {
        known = [withCode(error instanceof GraphQLError ? error : new GraphQLError('Malformed query.'), ApolloServerErrorCode.GRAPHQL_PARSE_FAILED)];
      }
      if ('kind' in known) rememberOperationText(known, query);
      subscriptionDocuments.set(query, known);
    }
    return known;
  };
  // Queries and mutations sent over graphql-ws and not yet answered, by connection: shutdown waits for them.
  const unanswered = new Map<object, Set<string>>();
  let onAnswered: (() => void) | null = null;
  const answered = (connection: object, id: string) => {
    const ids = unanswered.get(connection);
    if (!ids?.delete(id)) return;
    if (ids.size === 0) unanswered.delete(connection);
    if (unanswered.size === 0) onAnswered?.();
  };
  const allAnswered = (timeoutMs: number): Promise<void> =>
    unanswered.size === 0
      ? Promise.resolve()
      : new Promise((resolve) => {
          const timer = setTimeout(resolve, timeoutMs);
          onAnswered = () => (clearTimeout(timer), resolve());
        });
  const wsServer = useServer<{ authorization?: unknown }, { context?: Context }>(
    {
      schema,
      subscribe: subscribeSharingExecution,
      // The same limits as over HTTP: token count, Armor's validation rules, page sizes and cost.
      onSubscribe: (ctx, id, payload) => {
        if (stopping) {
          return [new GraphQLError('The server is shutting down; try again shortly.', { extensions: { code: 'SERVICE_UNAVAILABLE' } })];
        }
        // graphql-ws has registered this one already. Each open subscription is a listener and an execution per event.
        if (Object.keys(ctx.subscriptions).length > config.maxSubscriptionsPerSocket) {
          return [
            new GraphQLError(
              `This connection already has ${config.maxSubscriptionsPerSocket} operations open; complete one first, or open another connection.`,
              { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', maxSubscriptions: config.maxSubscriptionsPerSocket } },
            ),
          ];
        }
        const document = parseAndValidate(payload.query);
        if (!('kind' in document)) return document;
        // graphql-ws would answer this through its error path, uncoded and without completing the id.
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) {
          return [
            new GraphQLError(
              payload.operationName ? `No operation named "${String(payload.operationName).slice(0, 100)}" in the document.` : 'The document has several operations: name the one to run (operationName).',
              { extensions: { code: 'BAD_USER_INPUT' } },
            ),
          ];
        }
        // The socket's context with this operation's own caches: a socket lives for hours, and access checks read
        // through the loaders (a unit's staff, a supervisor chain), which must not answer from the first operation's
        // reads after a transfer. As over HTTP, where every request gets fresh ones.
        const contextValue: Context = { ...ctx.extra.context!, loaders: new Map() };
        try {
          if (readsSchema(document) && !maySeeSchema(config, contextValue.viewer)) throw schemaAccessDenied();
          checkOperationCost(schema, document, payload.operationName, payload.variables ?? {}, config.limits);
          checkNoNulInput(document, operation, payload.variables ?? {});
        } catch (error) {
          return [error as GraphQLError];
        }
        if (operation.operation !== 'subscription') {
          const ids = unanswered.get(ctx) ?? new Set<string>();
          unanswered.set(ctx, ids.add(id));
        }
        return {
          schema,
          document,
          variableValues: payload.variables,
          operationName: payload.operationName,
          contextValue,
        } satisfies ExecutionArgs;
      },
      onConnect: async (ctx) => {
        if (stopping) return false;
        try {
          // Built once and never written (subscription executions read it through a view that refuses writes):
          // subscriptions share executions by what they read of it (`subscribeSharingExecution`). Not frozen:
          // delivery to 10,000 subscribers of one event was 10 ms slower with frozen contexts.
          ctx.extra.context = {
            ...(await contextFor(contextOptions, ctx.connectionParams?.authorization)),
            // The client behind the trusted proxies, as `req.ip` over HTTP (the per-client limits of public input).
            clientAddress: proxyAddr(ctx.extra.request, app.get('trust proxy fn')),
            publicSubmissions: config.publicSubmissions,
          };
          const token = bearerToken(ctx.connectionParams?.authorization);
          if (token) closeAtExpiry(ctx.extra.socket, tokenExpiresAt(config.jwt, token));
          return true;
        } catch {
          return false; // graphql-ws closes with 4403 Forbidden
        }
      },
      context: (ctx) => ctx.extra.context!,
      onNext: (_ctx, _id, payload, _args, result) => {
        if (!result.errors) return undefined;
        let formatted = formattedEvents.get(result);
        if (!formatted) formattedEvents.set(result, (formatted = { ...result, errors: formatErrors(result.errors, payload.operationName) }));
        return formatted;
      },
      // After the answer was sent (or, the socket gone, dropped).
      onComplete: (ctx, id) => answered(ctx, id),
      // Nothing more can reach a closed socket (and an operation whose handling failed never completes).
      onClose: (ctx) => {
        if (unanswered.delete(ctx) && unanswered.size === 0) onAnswered?.();
      },
      onError: (_ctx, _id, payload, errors) => {
        for (const error of errors) logger.debug('subscription error', describeError(error, { stack: false }));
        return formatErrors(errors, payload.operationName);
      },
    },
    sockets,
  );
  // graphql-ws logs an error of the WebSocket server (the HTTP server's, re-emitted: a port in use) with
  // console.error and its stack; startServer reports a failed listen, and this logs any later one.
  sockets.removeAllListeners('error');
  sockets.on('error', (error) => {
    if (!listening) return;
    logger.error('WebSocket server error', error);
    for (const client of sockets.clients) client.close(CloseCode.InternalServerError, 'Internal server error');
  });
  // graphql-ws reports an error on a socket with console.error, its stack and "please check your implementation",
  // but such errors are the client's (a message over maxPayload, a malformed frame), and ws closes the socket itself.
  sockets.on('connection', (socket) => {
    socket.removeAllListeners('error');
    socket.on('error', (error) => {
      logger.debug('WebSocket client error', error.message);
      if (socket.readyState === socket.OPEN) socket.close(CloseCode.InternalServerError, 'Internal server error');
    });
  });

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    // main.ts owns SIGTERM: it drains HTTP and WebSockets, then closes the database.
    stopOnTerminationSignals: false,
    // Stack traces go to the log (formatError), not to clients, in development too.
    includeStacktraceInErrorResponses: false,
    formatError: formatErrorForClients,
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: config.limits.maxTokens },
    // Apollo's default store of parsed documents allows 30 MiB of their JSON, which is about 4.5 times that in heap
    // (with their token lists): 134 MB once 11,000 distinct query texts were sent. 4 MiB holds the ~1,500 most
    // recent documents of dashboard size, which is every operation a client of this API sends.
    documentStore: new InMemoryLRUCache<DocumentNode>({ maxSize: 4 * 2 ** 20 }),
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<Context>[]),
      // Federated traces for a router that asks for them, with error details masked.
      ApolloServerPluginInlineTrace({ includeErrors: { masked: true } }),
      // No cache hints are set; the default plugin would still wrap every field resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
      operationPolicyPlugin(config),
      operationNamesPlugin(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      config.env === 'production'
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false, embed: true }),
      ...(config.exposeQueryStats ? [queryStatsPlugin()] : []),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              // stop() has closed the sockets already; this closes the WebSocket server.
              await wsServer.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.status(stopping ? 503 : 200).json({ status: stopping ? 'stopping' : 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      if (stopping) throw new Error('stopping');
      await Promise.race([database.ping(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000))]);
      res.status(200).json({ status: 'ready', database: database.kind });
    } catch {
      res.status(503).json({ status: 'unavailable', database: database.kind });
    }
  });
  app.use(
    '/graphql',
    // Counting needs AsyncLocalStorage, whose promise hooks cost every request: only when the figure is exposed.
    ...(config.exposeQueryStats ? [(_req: express.Request, _res: express.Response, next: express.NextFunction) => countStatements({ statements: 0 }, next)] : []),
    express.json({ limit: config.maxRequestBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        ...(await contextFor(contextOptions, req.headers.authorization)),
        clientAddress: req.ip ?? req.socket.remoteAddress,
        publicSubmissions: config.publicSubmissions,
      }),
    }),
  );
  app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = (error as { status?: number }).status ?? 500;
    const message = status === 413 ? 'Request body too large.' : status < 500 ? 'Malformed request.' : 'Internal server error';
    if (status >= 500) logger.error('request failed', error);
    res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => {
        httpServer.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    // A port in use: nothing was served yet; stop what started (the LISTEN connection) and report it.
    await apollo.stop().catch(() => {});
    await pubsub.close().catch(() => {});
    throw error;
  }
  listening = true;
  const port = (httpServer.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' ? 'localhost' : config.host;

  return {
    url: `http://${host}:${port}/graphql`,
    port,
    httpServer,
    pubsub,
    stop() {
      stopped ??= (async () => {
        stopping = true; // no new connection, nor operation on an open one
        // Queries and mutations already running over WebSockets finish and are answered first (within half the grace
        // period), then the sockets close with 1001 (going away). Before Apollo's HTTP drain, which ends every
        // connection without a pending HTTP request, upgraded WebSockets included.
        await allAnswered(config.shutdownGraceMs / 2);
        for (const client of sockets.clients) client.close(1001, 'Server is shutting down');
        // Stops accepting connections and waits for in-flight HTTP requests.
        await apollo.stop();
        sockets.close();
        await pubsub.close();
      })();
      return stopped;
    },
  };
}

