/**
 * Starts the real server on a real database for a test file: an in-memory PGlite by default, or a throw-away
 * PostgreSQL database created from DATABASE_URL (dropped again in `stop`).
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { signToken } from '../../src/auth/token.js';
import type { Role } from '../../src/auth/viewer.js';
import { loadConfig, type Config } from '../../src/config.js';
import { openDatabase, type DatabaseHandle } from '../../src/db/index.js';
import { createLogger } from '../../src/logger.js';
import { seedDemo, type SeedSummary } from '../../src/seed.js';
import { startServer, type RunningServer } from '../../src/server.js';

export const onPostgres = Boolean(process.env.DATABASE_URL);

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: { sqlStatements?: number } & Record<string, unknown>;
}

/** Any document: a string or a codegen TypedDocumentString (whose toString() is the query). */
export type Document<TResult, TVariables> = { toString(): string; __apiType?: (v: TVariables) => TResult } | string;

export interface TestServer {
  url: string;
  config: Config;
  database: DatabaseHandle;
  server: RunningServer;
  seed: SeedSummary;
  databaseUrl: string | undefined;
  token(subject: string, roles?: Role[]): Promise<string>;
  request<TResult, TVariables>(
    document: Document<TResult, TVariables>,
    variables?: TVariables,
    options?: { token?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<TResult> & { status: number }>;
  /** A graphql-ws client; `headers` go with its upgrade request (e.g. X-Forwarded-For from a proxy). */
  ws(token?: string, headers?: Record<string, string>): Client;
  /** A second server process-equivalent on the same database (its own pool, pub/sub and LISTEN connection). */
  startPeer(): Promise<TestServer>;
  stop(): Promise<void>;
}

async function createThrowawayDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `kinerja_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = postgres(baseUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export interface StartOptions {
  employees?: number;
  env?: Record<string, string>;
}

export async function startTestServer(options: StartOptions = {}): Promise<TestServer> {
  const throwaway = process.env.DATABASE_URL ? await createThrowawayDatabase(process.env.DATABASE_URL) : null;
  const database = await openDatabase({ databaseUrl: throwaway?.url, pgliteDir: 'memory://' });
  await database.migrate();
  const seed = await seedDemo(database.db, { employees: options.employees ?? 300 });
  const instance = await serve(database, seed, throwaway?.url, options.env ?? {});
  const stopInstance = instance.stop;
  instance.stop = async () => {
    await stopInstance();
    await throwaway?.drop();
  };
  return instance;
}

async function serve(database: DatabaseHandle, seed: SeedSummary, databaseUrl: string | undefined, env: Record<string, string>): Promise<TestServer> {
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env });
  const server = await startServer(config, database, createLogger(config.logLevel));
  const clients: Client[] = [];
  const peers: TestServer[] = [];
  const instance: TestServer = {
    url: server.url,
    config,
    database,
    server,
    seed,
    databaseUrl,
    token: (subject, roles = ['employee']) => signToken(config.jwt, { subject, roles }),
    async request(document, variables, requestOptions = {}) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(requestOptions.token ? { authorization: `Bearer ${requestOptions.token}` } : {}),
          ...requestOptions.headers,
        },
        body: JSON.stringify({ query: document.toString(), variables }),
      });
      const body = (await response.json()) as GraphQLResponse<any>;
      return { ...body, status: response.status };
    },
    ws(token, headers) {
      const client = createClient({
        url: server.url.replace(/^http/, 'ws'),
        webSocketImpl: headers
          ? class extends WebSocket {
              constructor(url: string, protocols?: string | string[]) {
                super(url, protocols, { headers });
              }
            }
          : WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => {},
      });
      clients.push(client);
      return client;
    },
    async startPeer() {
      if (!databaseUrl) throw new Error('a peer server needs PostgreSQL (DATABASE_URL)');
      const peerDatabase = await openDatabase({ databaseUrl });
      const peer = await serve(peerDatabase, seed, databaseUrl, env);
      peers.push(peer);
      return peer;
    },
    async stop() {
      for (const client of clients) await client.dispose();
      for (const peer of peers) await peer.stop();
      await server.stop();
      await database.close();
    },
  };
  return instance;
}

/** Collects the next `count` results of a subscription, failing after `timeoutMs`. */
export function subscribe<T = any>(client: Client, query: Document<T, any>, variables?: Record<string, unknown>) {
  const received: GraphQLResponse<T>[] = [];
  const waiters: (() => void)[] = [];
  let error: unknown;
  let readyResolve!: () => void;
  const dispose = client.subscribe<T>(
    { query: query.toString(), variables: variables ?? {} },
    {
      next: (value) => {
        received.push(value as GraphQLResponse<T>);
        waiters.splice(0).forEach((w) => w());
      },
      error: (e) => {
        error = e;
        waiters.splice(0).forEach((w) => w());
      },
      complete: () => waiters.splice(0).forEach((w) => w()),
    },
  );
  void readyResolve;
  return {
    received,
    get error() {
      return error;
    },
    async next(count = 1, timeoutMs = 5000): Promise<GraphQLResponse<T>[]> {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count && !error) {
        const remaining = deadline - Date.now();
        if (remaining <= 0) throw new Error(`expected ${count} subscription result(s), got ${received.length}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, remaining);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      if (error) throw error instanceof Error ? error : new Error(JSON.stringify(error));
      return received.slice(0, count);
    },
    dispose,
  };
}

/** Waits until the server has registered `count` subscribers (a subscription is live before we write). */
export async function waitForSubscribers(server: RunningServer, count: number, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (server.pubsub.subscriberCount < count) {
    if (Date.now() > deadline) throw new Error(`only ${server.pubsub.subscriberCount} of ${count} subscribers registered`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
