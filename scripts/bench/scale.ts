/**
 * scale: latency of the scale queries (the unit directory; the dashboard once it exists) at 1k, 10k and 100k employees
 * (up to --size, or --scale-sizes), each on its own `kinerja_bench_<size>` database, against kinerja in its own process
 * with one connection (pure latency, no queueing) and then with --connections.
 * Then, on the largest size, the exact SQL the server runs for one operation is captured (the real server in this
 * process on a database handle whose drizzle logger records statements), every statement is EXPLAINed with
 * (ANALYZE, BUFFERS), and the heaviest plan is printed, with any sequential scan on a large table flagged.
 */
import postgres from 'postgres';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startServer } from '../../src/server.js';
import { signToken } from '../../src/auth/token.js';
import { HOST, printTable, round, type BenchOptions } from './lib/common.js';
import { capturingDatabase, ensureBenchDatabase, explain, loadFixture } from './lib/database.js';
import { GRAPHQL_ERRORS, runLoad, type LoadResult } from './lib/load.js';
import { graphqlRequest, postGraphQL, spawnKinerja } from './lib/servers.js';
import { BENCH_QUERIES, isPending, type BenchQuery } from './queries.js';

/** The queries whose latency must stay flat as the agency grows ('unit-dashboard' runs once its entry is a BenchQuery). */
export const SCALE_QUERIES = ['unit-directory', 'unit-dashboard'];

/** Tables whose full scan would grow with the agency. */
const LARGE_TABLES = ['employees', 'org_units'];

export interface ScalePoint {
  size: number;
  query: string;
  meanRows: number;
  single: LoadResult;
  concurrent: LoadResult;
}

export interface ExplainedStatement {
  query: string;
  size: number;
  statements: number;
  /** Every statement of the operation, in order: its start and its execution time under EXPLAIN ANALYZE. */
  all: { sql: string; executionMs: number }[];
  heaviest: { sql: string; params: unknown[]; executionMs: number; plan: string };
  /** Sequential scans on tables that grow with the agency, with the table's row count. */
  sequentialScans: string[];
}

export async function runScale(options: BenchOptions): Promise<{ points: ScalePoint[]; explained: ExplainedStatement[]; pending: string[] }> {
  const queries = BENCH_QUERIES.filter((entry) => SCALE_QUERIES.includes(entry.name) && !isPending(entry)) as BenchQuery<unknown>[];
  const pending = BENCH_QUERIES.filter((entry) => SCALE_QUERIES.includes(entry.name) && isPending(entry)).map((entry) => entry.name);
  for (const name of pending) console.log(`  skipped ${name}: pending`);
  const points: ScalePoint[] = [];
  const explained: ExplainedStatement[] = [];
  const sizes = [...options.scaleSizes].sort((a, b) => a - b);

  for (const size of sizes) {
    const database = await ensureBenchDatabase(size);
    const fixture = await loadFixture(database.url, database.adminNip);
    const kinerja = await spawnKinerja({ databaseUrl: database.url });
    try {
      const url = new URL(kinerja.url);
      for (const query of queries) {
        const token = await kinerja.token(fixture.adminNip, query.kinerja.roles ?? ['employee']);
        const inputs = query.inputs(fixture);
        let rows = 0;
        for (const input of inputs.slice(0, 20)) {
          const body = await postGraphQL(kinerja.url, query.kinerja.document, query.kinerja.variables(input), token);
          if (body.errors) throw new Error(`${query.name} at ${size}: ${JSON.stringify(body.errors)}`);
          rows += query.kinerja.rows(body.data);
        }
        const plan = {
          origin: url.origin,
          requests: inputs.map((input) => graphqlRequest(url.pathname, query.kinerja.document, query.kinerja.variables(input), token)),
          duration: options.duration,
          warmup: Math.max(1, Math.round(options.duration / 5)),
          failureMarkers: GRAPHQL_ERRORS,
          rotation: 'per-connection' as const,
        };
        const single = await runLoad({ ...plan, connections: 1 });
        const concurrent = await runLoad({ ...plan, connections: options.connections });
        points.push({ size, query: query.name, meanRows: round(rows / Math.min(20, inputs.length), 1), single, concurrent });
      }
    } finally {
      await kinerja.stop();
    }
    if (size === sizes[sizes.length - 1]) {
      for (const query of queries) explained.push(await explainOperation(query, database.url, size, fixture));
    }
  }

  printTable(
    'latency as the agency grows (kinerja, production mode)',
    points.map((point) => ({
      query: point.query,
      employees: point.size,
      'rows/answer': point.meanRows,
      '1 conn p50 ms': point.single.latency.p50.toFixed(2),
      '1 conn p99 ms': point.single.latency.p99.toFixed(2),
      [`${options.connections} conn req/s`]: Math.round(point.concurrent.requestsPerSecond),
      [`${options.connections} conn p99 ms`]: point.concurrent.latency.p99.toFixed(2),
    })),
  );
  for (const query of queries) {
    const mine = points.filter((point) => point.query === query.name);
    if (mine.length > 1) {
      const first = mine[0]!;
      const last = mine[mine.length - 1]!;
      console.log(
        `  ${query.name}: 1-connection p50 ${first.single.latency.p50.toFixed(2)} ms at ${first.size} -> ` +
          `${last.single.latency.p50.toFixed(2)} ms at ${last.size} employees (x${(last.single.latency.p50 / first.single.latency.p50).toFixed(2)}; flat is ~x1)`,
      );
    }
  }
  for (const entry of explained) {
    printTable(
      `statements of one ${entry.query} operation at ${entry.size} employees`,
      entry.all.map((statement, i) => ({ '#': i + 1, 'execution ms': statement.executionMs, statement: statement.sql })),
    );
    console.log(
      `\nheaviest of the ${entry.statements} statements of ${entry.query} at ${entry.size} employees ` +
        `(${entry.heaviest.executionMs} ms), EXPLAIN (ANALYZE, BUFFERS):\n${entry.heaviest.sql}\n  params: ${JSON.stringify(entry.heaviest.params)}\n`,
    );
    console.log(entry.heaviest.plan.replace(/^/gm, '  '));
    console.log(
      entry.sequentialScans.length
        ? `\n  sequential scans on tables that grow with the agency (the planner prefers them while a table is small; ` +
            `judge at 100k): ${entry.sequentialScans.join('; ')}`
        : '\n  no sequential scan on a table that grows with the agency, in any statement of this operation',
    );
  }
  return { points, explained, pending };
}

async function tableRows(url: string, tables: string[]): Promise<Record<string, number>> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const counts: Record<string, number> = {};
    for (const table of tables) counts[table] = Number((await client.unsafe<{ n: number }[]>(`select count(*)::int as n from ${table}`))[0]!.n);
    return counts;
  } finally {
    await client.end();
  }
}

/** Runs one operation through the real server on a capturing database handle, then EXPLAINs every statement. */
async function explainOperation(query: BenchQuery<unknown>, url: string, size: number, fixture: Awaited<ReturnType<typeof loadFixture>>): Promise<ExplainedStatement> {
  const { handle, captured } = capturingDatabase(url);
  const config = loadConfig({ NODE_ENV: 'production', HOST, PORT: '0', LOG_LEVEL: 'error', JWT_SECRET: 'bench-explain-secret-0123456789abcdef', EXPOSE_QUERY_STATS: 'false' });
  const server = await startServer(config, handle, createLogger('error'));
  try {
    const token = await signToken(config.jwt, { subject: fixture.adminNip, roles: query.kinerja.roles ?? ['employee'] });
    const input = query.inputs(fixture)[0];
    await postGraphQL(server.url, query.kinerja.document, query.kinerja.variables(input), token); // warm: plans, caches
    captured.length = 0;
    const body = await postGraphQL(server.url, query.kinerja.document, query.kinerja.variables(input), token);
    if (body.errors) throw new Error(`${query.name}: ${JSON.stringify(body.errors)}`);
    const statements = [...captured];
    const plans = [];
    for (const statement of statements) plans.push({ ...statement, ...(await explain(url, statement)) });
    const heaviest = plans.reduce((a, b) => (b.executionMs > a.executionMs ? b : a));
    const rowCounts = await tableRows(url, LARGE_TABLES);
    const sequentialScans = [
      ...new Set(
        plans.flatMap((p, i) =>
          [...p.plan.matchAll(/Seq Scan on (\w+)/g)]
            .map((m) => m[1]!)
            .filter((table) => LARGE_TABLES.includes(table))
            .map((table) => `${table} (${rowCounts[table]} rows) in statement ${i + 1}`),
        ),
      ),
    ];
    return {
      query: query.name,
      size,
      statements: statements.length,
      all: plans.map((p) => ({ sql: `${p.sql.replace(/\s+/g, ' ').slice(0, 110)}...`, executionMs: p.executionMs })),
      heaviest,
      sequentialScans,
    };
  } finally {
    await server.stop();
    await handle.close();
  }
}
