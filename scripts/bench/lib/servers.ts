/**
 * The servers under test:
 *  - kinerja in its own process (the bundle `npm start` runs, dist/main.js, production settings, its own JWT secret);
 *  - the physical limit: a bare node:http endpoint in this process answering each query with one SQL statement
 *    through postgres.js;
 *  - PostGraphile 5 (amber preset, grafserv on node:http) in this process, over the same database.
 * Only one of them is under load at a time; the load generator always runs in another process.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import postgres from 'postgres';
import { signToken, type TokenSettings } from '../../../src/auth/token.js';
import type { Role } from '../../../src/auth/viewer.js';
import { startNodeOptions } from '../../build/start-command.js';
import { HOST, REPO_ROOT, ownChild, readBody, stopChild } from './common.js';
import type { LoadRequest } from './load.js';

export interface KinerjaProcess {
  url: string;
  pid: number;
  /** Milliseconds from spawn to the "ready" log line. */
  startMs: number;
  /** What the process itself reports as its start time (after module loading). */
  reportedReadyMs: number | null;
  token(subject: string, roles?: Role[]): Promise<string>;
  stop(): Promise<void>;
}

export interface KinerjaOptions {
  databaseUrl?: string;
  pgliteDir?: string;
  /** Extra or overriding environment variables. */
  env?: Record<string, string>;
  /** Prefix for the process's log lines echoed on the console (errors only). */
  label?: string;
  /** The signing secret; give several processes the same one to share tokens (default: a random one). */
  jwtSecret?: string;
  /** Extra Node.js options before the entry point, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
  /**
   * Another checkout of kinerja (a git worktree, `bench:compare`'s base) whose already built dist/main.js to run, with
   * its own package.json's start options, instead of this one's bundle (which is built first).
   */
  checkout?: string;
}

let built: Promise<void> | undefined;

/** Bundles src/ into dist/main.js (scripts/build.mjs) once per benchmark run: what `npm start` runs. */
export function buildOnce(): Promise<void> {
  built ??= new Promise((resolve, reject) => {
    const child = ownChild(spawn(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: REPO_ROOT, stdio: 'inherit' }));
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`build failed with code ${code}`))));
  });
  return built;
}

/** Starts the bundle like `npm start` with production settings and resolves once it logs that it is ready. */
export async function spawnKinerja(options: KinerjaOptions): Promise<KinerjaProcess> {
  const jwt: TokenSettings = { secret: options.jwtSecret ?? randomBytes(32).toString('hex'), issuer: 'kinerja', audience: 'kinerja' };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    HOST,
    PORT: '0',
    JWT_SECRET: jwt.secret,
    EXPOSE_QUERY_STATS: 'false',
    LOG_LEVEL: 'info',
    SEED_ON_EMPTY: 'false',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...(options.pgliteDir ? { PGLITE_DIR: options.pgliteDir } : {}),
    ...options.env,
  };
  const root = options.checkout ?? REPO_ROOT;
  if (!options.checkout) await buildOnce();
  const started = performance.now();
  // BENCH_NODE_ARGS: extra Node.js options for every server a benchmark starts, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p".
  // They come after `npm start`'s own options, so that they can override them (the last of a V8 option wins).
  const extra = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = ownChild(
    spawn(process.execPath, [...startNodeOptions(root), ...extra, ...(options.nodeArgs ?? []), 'dist/main.js'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const label = options.label ?? 'kinerja';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<{ url: string; reportedReadyMs: number | null }>((resolve, reject) => {
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        const match = /kinerja ready at (http:\/\/\S+) .* in (\d+) ms/.exec(line);
        if (match) resolve({ url: match[1]!, reportedReadyMs: Number(match[2]) });
        else if (/ERROR/.test(line)) console.error(`  [${label}] ${line}`);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => reject(new Error(`${label} exited with code ${code} before it was ready`)));
  });
  const { url, reportedReadyMs } = await withTimeout(ready, 120_000, `${label} did not start`);
  const startMs = performance.now() - started;
  return {
    url,
    pid: child.pid!,
    startMs,
    reportedReadyMs,
    token: (subject, roles = ['employee']) => signToken(jwt, { subject, roles }),
    stop: () => stopChild(child, exited),
  };
}

/** One GraphQL operation as a request of a load rotation: a POST to `path`, as the token's viewer when there is one. */
export function graphqlRequest(path: string, document: string, variables: Record<string, unknown>, token?: string): LoadRequest {
  return {
    method: 'POST',
    path,
    body: JSON.stringify({ query: document, variables }),
    ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
  };
}

/** POSTs a GraphQL operation and returns the parsed body (with the HTTP status). */
export async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ status: number; data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: Record<string, any> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${message} within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export interface RunningHttp {
  /** Base URL without a path, e.g. http://127.0.0.1:41234 */
  base: string;
  stop(): Promise<void>;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, HOST, () => resolve(`http://${HOST}:${(server.address() as AddressInfo).port}`)),
  );
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** One hand-written statement per route: `POST /<route>` with `{ "input": ... }` answers the statement's JSON text. */
export type LimitRoute = (sql: postgres.Sql, input: unknown) => Promise<string>;

/** The physical limit: node:http, JSON body in, one postgres.js statement, its JSON text out. */
export async function startLimitServer(databaseUrl: string, routes: Record<string, LimitRoute>, poolSize = 10): Promise<RunningHttp> {
  const sql = postgres(databaseUrl, { max: poolSize, onnotice: () => {}, connection: { application_name: 'kinerja-bench-limit' } });
  const server = createServer(async (req, res) => {
    try {
      const route = routes[(req.url ?? '/').slice(1)];
      if (req.method !== 'POST' || !route) {
        res.writeHead(404).end();
        return;
      }
      const { input } = JSON.parse(await readBody(req)) as { input: unknown };
      const body = await route(sql, input);
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  const base = await listen(server);
  return {
    base,
    async stop() {
      await closeServer(server);
      await sql.end({ timeout: 5 });
    },
  };
}

/**
 * PostGraphile 5 declares Node >= 22; on Node 20 the only missing API it calls is `Promise.withResolvers` (ES2024,
 * Node 22). This is the spec's algorithm, installed in this (benchmark) process only and only when absent.
 */
function polyfillPromiseWithResolvers(): void {
  const ctor = Promise as unknown as { withResolvers?: unknown };
  if (typeof ctor.withResolvers === 'function') return;
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value: function withResolvers<T>(this: PromiseConstructor) {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new this<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

/** The tables PostGraphile exposes: the organisation (what the benchmark queries read). */
const POSTGRAPHILE_TABLES: ReadonlySet<string> = new Set([
  'agencies',
  'org_units',
  'positions',
  'employees',
  'performance_periods',
  'performance_plans',
  'work_results',
  'indicators',
  'evaluations',
]);

/** The schema holding the computed columns PostGraphile needs beyond the tables. */
export const POSTGRAPHILE_SCHEMA = 'postgraphile_bench';

/**
 * The appraiser (pejabat penilai) and the appraiser's superior as PostGraphile computed columns (`Employee.appraiser`,
 * `Employee.appraiserSuperior`): the same rule as `resolveAppraisal` in src/modules/org/rules.ts, in SQL. Inlined by
 * PostGraphile into its one statement. Idempotent.
 */
export async function installPostgraphileFunctions(databaseUrl: string): Promise<void> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`
      create schema if not exists ${POSTGRAPHILE_SCHEMA};
      create or replace function ${POSTGRAPHILE_SCHEMA}.employees_appraiser(e public.employees) returns public.employees
      language sql stable as $$
        with recursive chain(id, supervisor_id, level) as (
          select s.id, s.supervisor_id, 1 from public.employees s where s.id = e.supervisor_id
          union all
          select s.id, s.supervisor_id, c.level + 1 from chain c join public.employees s on s.id = c.supervisor_id
           where c.level < 64
        )
        select x.* from chain c
          join public.employees x on x.id = c.id
          join public.positions p on p.id = x.position_id
         where p.kind in ('PENGAWAS', 'ADMINISTRATOR', 'JPT', 'HEAD_OF_REGION')
         order by c.level limit 1
      $$;
      create or replace function ${POSTGRAPHILE_SCHEMA}.employees_appraiser_superior(e public.employees) returns public.employees
      language sql stable as $$
        select s.* from public.employees s where s.id = (${POSTGRAPHILE_SCHEMA}.employees_appraiser(e)).supervisor_id
      $$;
      create or replace function ${POSTGRAPHILE_SCHEMA}.employees_current_plan(e public.employees, year int) returns public.performance_plans
      language sql stable as $$
        select p.* from public.performance_plans p join public.performance_periods pp on pp.id = p.period_id
         where p.employee_id = e.id and p.is_current and pp.year = employees_current_plan.year
      $$;
      create or replace function ${POSTGRAPHILE_SCHEMA}.employees_latest_evaluation(e public.employees) returns public.evaluations
      language sql stable as $$
        select v.* from public.evaluations v
         where v.employee_id = e.id and v.status <> 'DRAFT'
         order by v.ends_on desc, v.kind desc, v.id desc limit 1
      $$;
    `);
  } finally {
    await sql.end();
  }
}

/**
 * PostGraphile 5 over the same database: the amber preset, `makePgService` on the public schema plus our computed
 * columns, served by grafserv on node:http at `/graphql`. GRAPHILE_ENV=production, as kinerja runs with NODE_ENV=production.
 */
export async function startPostgraphile(databaseUrl: string, poolSize = 10): Promise<RunningHttp & { url: string }> {
  process.env.GRAPHILE_ENV = 'production';
  polyfillPromiseWithResolvers();
  const [{ postgraphile }, { PostGraphileAmberPreset }, { makePgService }, { grafserv }, { pgSmartTags }] = await Promise.all([
    import('postgraphile'),
    import('postgraphile/presets/amber'),
    import('postgraphile/adaptors/pg'),
    import('postgraphile/grafserv/node'),
    import('postgraphile/utils'),
  ]);
  await installPostgraphileFunctions(databaseUrl);
  // Only the organisation's tables: the other modules' tables are irrelevant to the comparison, and some of their
  // names collide under PostGraphile's inflection (a table `organisation_predikats` and an enum `organisation_predikat`).
  // The one smart tag the equivalent queries need: PostGraphile orders only by indexed columns unless told otherwise,
  // and both benchmark lists are ordered by name (kinerja: name, then id).
  const tags = pgSmartTags([
    {
      kind: 'class',
      match: (rel) => rel.getNamespace()?.nspname === 'public' && !POSTGRAPHILE_TABLES.has(rel.relname),
      tags: { behavior: ['-*'] },
    },
    { kind: 'attribute', match: 'public.employees.name', tags: { behavior: ['+orderBy'] } },
    { kind: 'attribute', match: 'public.work_results.kind', tags: { behavior: ['+orderBy'] } },
    { kind: 'attribute', match: 'public.work_results.position', tags: { behavior: ['+orderBy'] } },
    { kind: 'attribute', match: 'public.indicators.position', tags: { behavior: ['+orderBy'] } },
  ]);
  const preset: GraphileConfig.Preset = {
    extends: [PostGraphileAmberPreset],
    plugins: [tags],
    pgServices: [
      makePgService({
        connectionString: databaseUrl,
        schemas: ['public', POSTGRAPHILE_SCHEMA],
        poolConfig: { max: poolSize, application_name: 'kinerja-bench-postgraphile' },
      }),
    ],
    grafserv: { graphqlPath: '/graphql', watch: false, graphiql: false },
    grafast: { explain: false },
  };
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  await serv.addTo(server, false);
  const base = await listen(server);
  return {
    base,
    url: `${base}/graphql`,
    async stop() {
      await closeServer(server);
      await pgl.release(); // releases the grafserv instance too
    },
  };
}
