/**
 * read: each benchmark query under concurrent load (autocannon in a child process), side by side against
 *  (a) the physical limit: one hand-written SQL statement behind node:http,
 *  (b) PostGraphile 5 over the same database,
 *  (c) kinerja in its own process (production settings, a signed employee token),
 * and, for a query that gives one, two floors (`lib/read-floor.ts`, in a process of their own): graphql-js executing the
 * same operation over the limit's answer, straight from node:http and behind Apollo Server and Express as in kinerja.
 * Before any load, all of them answer every input the load will send and the answers are compared (NIPs, names,
 * titles); a query whose answers differ is not measured. They are loaded in `--rounds` interleaved rounds, and
 * the ratios are the median of the rounds' ratios: this machine's speed drifts by tens of percent over minutes.
 */
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import { median, printTable, printTarget, processCpuMs, reportBroken, round, startForkedServer, type BenchOptions } from './lib/common.js';
import { ensureBenchDatabase, loadFixture } from './lib/database.js';
import { CpuMeter, GRAPHQL_ERRORS, describeLoad, mergeLoads, runLoad, type LoadRequest, type LoadResult } from './lib/load.js';
import { graphqlRequest, postGraphQL, spawnKinerja, startLimitServer, startPostgraphile } from './lib/servers.js';
import { BENCH_QUERIES, isPending, type BenchQuery } from './queries.js';

type TargetName = 'limit' | 'graphqlFloor' | 'apolloFloor' | 'postgraphile' | 'kinerja';
const FLOORS = { graphqlFloor: 'graphql-js', apolloFloor: 'apollo' } as const;

const FLOOR = fileURLToPath(new URL('./lib/read-floor.ts', import.meta.url));

interface Target {
  name: TargetName;
  origin: string;
  /** The request the load generator sends for this input. */
  request(query: BenchQuery<unknown>, input: unknown): LoadRequest;
  /** The canonical answer for this input (what the comparison looks at). */
  answer(query: BenchQuery<unknown>, input: unknown): Promise<unknown>;
  /** CPU milliseconds the server's process has used so far (limit and PostGraphile run in this process). */
  cpuMs(): number;
}

const ownCpuMs = () => processCpuMs(process.pid);

export interface ReadQueryResult {
  query: string;
  description: string;
  inputs: number;
  /** Mean items in the main list of an answer. */
  meanRows: number;
  verified: boolean;
  mismatches: number;
  /** The servers' runs merged (requests over the total time, percentiles over every sample). */
  load: Partial<Record<TargetName, LoadResult>>;
  /** Requests per second of each round, per server. */
  rounds?: Partial<Record<TargetName, number[]>>;
  /** The median over the rounds of each round's ratio (those of the floor where the query has one). */
  ratios: {
    kinerjaToLimit: number | null;
    kinerjaToPostgraphile: number | null;
    graphqlFloorToLimit?: number;
    apolloFloorToLimit?: number;
    kinerjaToApolloFloor?: number;
  };
  /**
   * CPU milliseconds per measured request, of the server's process and of all PostgreSQL processes, over every round
   * (the load generator's own are not counted).
   */
  cpuPerRequest?: Partial<Record<TargetName, { server: number; postgres: number }>>;
}

export interface ReadResults {
  database: string;
  seedSeconds: number;
  queries: ReadQueryResult[];
  pending: { query: string; reason: string }[];
}

async function verify(query: BenchQuery<unknown>, inputs: unknown[], targets: Target[]) {
  let mismatches = 0;
  let rows = 0;
  for (const input of inputs) {
    const answers = await Promise.all(targets.map((target) => target.answer(query, input)));
    const reference = answers[answers.length - 1] as any; // kinerja's
    if (reference === null) throw new Error(`${query.name}: kinerja found nothing for input ${JSON.stringify(input)}`);
    rows += Object.values(reference).find(Array.isArray)?.length ?? 0;
    answers.forEach((answer, i) => {
      if (isDeepStrictEqual(answer, reference)) return;
      mismatches += 1;
      if (mismatches <= 3) {
        console.log(`  MISMATCH ${query.name} input ${JSON.stringify(input)}: ${targets[i]!.name} differs from kinerja`);
        console.log(`    ${targets[i]!.name}: ${JSON.stringify(answer).slice(0, 600)}`);
        console.log(`    kinerja: ${JSON.stringify(reference).slice(0, 600)}`);
      }
    });
  }
  return { mismatches, meanRows: inputs.length ? rows / inputs.length : 0 };
}

export async function runRead(options: BenchOptions): Promise<ReadResults> {
  const database = await ensureBenchDatabase(options.size);
  const fixture = await loadFixture(database.url, database.adminNip);
  const queries = BENCH_QUERIES.filter((entry) => !isPending(entry)) as BenchQuery<unknown>[];
  const pending = BENCH_QUERIES.filter(isPending).map((entry) => ({ query: entry.name, reason: entry.pending }));
  for (const entry of pending) console.log(`  skipped ${entry.query}: ${entry.reason}`);

  const limit = await startLimitServer(
    database.url,
    Object.fromEntries(queries.map((query) => [query.name, (sql, input) => query.limit.statement(sql, input)])),
  );
  const postgraphile = await startPostgraphile(database.url);
  const floor = queries.some((query) => query.floor)
    ? await startForkedServer(FLOOR, { DATABASE_URL: database.url, NODE_ENV: 'production' })
    : undefined;
  const kinerja = await spawnKinerja({ databaseUrl: database.url });
  const results: ReadQueryResult[] = [];
  try {
    const tokens = new Map<string, string>();
    for (const query of queries) tokens.set(query.name, await kinerja.token(fixture.adminNip, query.kinerja.roles ?? ['employee']));
    const kinerjaUrl = new URL(kinerja.url);
    const allTargets: Target[] = [
      {
        name: 'limit',
        origin: limit.base,
        cpuMs: ownCpuMs,
        request: (query, input) => ({ method: 'POST', path: `/${query.name}`, body: JSON.stringify({ input }) }),
        answer: async (query, input) => {
          const response = await fetch(`${limit.base}/${query.name}`, { method: 'POST', body: JSON.stringify({ input }) });
          return query.limit.canonical(((await response.json()) as { data: unknown }).data);
        },
      },
      ...(floor
        ? (Object.entries(FLOORS) as [TargetName, string][]).map(
            ([name, prefix]): Target => ({
              name,
              origin: floor.url,
              cpuMs: () => processCpuMs(floor.pid),
              request: (query, input) => graphqlRequest(`/${prefix}/${query.name}`, query.kinerja.document, query.kinerja.variables(input)),
              answer: async (query, input) => {
                const body = await postGraphQL(`${floor.url}/${prefix}/${query.name}`, query.kinerja.document, query.kinerja.variables(input));
                if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
                return query.kinerja.canonical(body.data);
              },
            }),
          )
        : []),
      {
        name: 'postgraphile',
        origin: postgraphile.base,
        cpuMs: ownCpuMs,
        request: (query, input) => graphqlRequest('/graphql', query.postgraphile.document, query.postgraphile.variables(input)),
        answer: async (query, input) => {
          const body = await postGraphQL(postgraphile.url, query.postgraphile.document, query.postgraphile.variables(input));
          if (body.errors) throw new Error(`PostGraphile: ${JSON.stringify(body.errors)}`);
          return query.postgraphile.canonical(body.data);
        },
      },
      {
        name: 'kinerja',
        origin: kinerjaUrl.origin,
        cpuMs: () => processCpuMs(kinerja.pid),
        request: (query, input) =>
          graphqlRequest(kinerjaUrl.pathname, query.kinerja.document, query.kinerja.variables(input), tokens.get(query.name)),
        answer: async (query, input) => {
          const body = await postGraphQL(kinerja.url, query.kinerja.document, query.kinerja.variables(input), tokens.get(query.name));
          if (body.errors) throw new Error(`kinerja: ${JSON.stringify(body.errors)}`);
          return query.kinerja.canonical(body.data);
        },
      },
    ];

    for (const query of queries) {
      const targets = allTargets.filter((target) => !(target.name in FLOORS) || query.floor);
      const inputs = query.inputs(fixture);
      console.log(`\n${query.name}: ${query.description}`);
      const { mismatches, meanRows } = await verify(query, inputs, targets);
      console.log(
        `  verified ${inputs.length} inputs on ${targets.map((target) => target.name).join(', ')}: ` +
          (mismatches === 0 ? `identical answers (mean ${round(meanRows)} rows in the main list)` : `${mismatches} MISMATCHES, not measured`),
      );
      const result: ReadQueryResult = {
        query: query.name,
        description: query.description,
        inputs: inputs.length,
        meanRows: round(meanRows, 2),
        verified: mismatches === 0,
        mismatches,
        load: {},
        ratios: { kinerjaToLimit: null, kinerjaToPostgraphile: null },
      };
      results.push(result);
      if (mismatches > 0) continue;

      // Interleaved rounds, each starting one server later than the one before, so that neither the machine's drift
      // nor the position in a round favours a server; a ratio compares runs of the same round.
      const runs = Object.fromEntries(targets.map((target) => [target.name, [] as LoadResult[]])) as Record<TargetName, LoadResult[]>;
      const cpu = Object.fromEntries(targets.map((target) => [target.name, new CpuMeter(target.cpuMs)])) as Record<TargetName, CpuMeter>;
      for (let roundIndex = 0; roundIndex < options.rounds; roundIndex += 1) {
        for (let i = 0; i < targets.length; i += 1) {
          const target = targets[(i + roundIndex) % targets.length]!;
          runs[target.name].push(
            await runLoad({
              origin: target.origin,
              requests: inputs.map((input) => target.request(query, input)),
              duration: options.duration,
              warmup: Math.max(1, Math.round(options.duration / 5)),
              connections: options.connections,
              failureMarkers: target.name === 'limit' ? [] : GRAPHQL_ERRORS,
              rotation: 'per-connection',
              keepSamples: true,
            }, cpu[target.name]),
          );
        }
      }
      for (const target of targets) result.load[target.name] = mergeLoads(runs[target.name]);
      result.cpuPerRequest = Object.fromEntries(
        targets.map((target) => {
          const requests = Math.max(1, result.load[target.name]!.requests);
          return [target.name, { server: round(cpu[target.name].server / requests, 2), postgres: round(cpu[target.name].postgres / requests, 2) }];
        }),
      );
      result.rounds = Object.fromEntries(targets.map((target) => [target.name, runs[target.name].map((run) => round(run.requestsPerSecond))]));
      const ratioOfRounds = (of: TargetName, to: TargetName) =>
        round(median(runs[of].map((run, i) => run.requestsPerSecond / runs[to][i]!.requestsPerSecond)), 3);
      result.ratios = {
        kinerjaToLimit: ratioOfRounds('kinerja', 'limit'),
        kinerjaToPostgraphile: ratioOfRounds('kinerja', 'postgraphile'),
        ...(query.floor
          ? {
              graphqlFloorToLimit: ratioOfRounds('graphqlFloor', 'limit'),
              apolloFloorToLimit: ratioOfRounds('apolloFloor', 'limit'),
              kinerjaToApolloFloor: ratioOfRounds('kinerja', 'apolloFloor'),
            }
          : {}),
      };
      printTable(
        `${query.name} (${options.connections} connections, ${options.rounds} x ${options.duration} s)`,
        targets.map((target) => ({
          server: target.name,
          ...describeLoad(result.load[target.name]!),
          'rounds req/s': result.rounds![target.name]!.map(Math.round).join(', '),
          'CPU ms/req server': result.cpuPerRequest![target.name]!.server,
          'CPU ms/req PostgreSQL': result.cpuPerRequest![target.name]!.postgres,
        })),
      );
      console.log(
        `  median of the rounds: kinerja / limit = ${(result.ratios.kinerjaToLimit! * 100).toFixed(1)}%   ` +
          `kinerja / PostGraphile = ${(result.ratios.kinerjaToPostgraphile! * 100).toFixed(1)}%` +
          (query.floor
            ? `\n  floors: graphql-js / limit = ${(result.ratios.graphqlFloorToLimit! * 100).toFixed(1)}%   ` +
              `Apollo / limit = ${(result.ratios.apolloFloorToLimit! * 100).toFixed(1)}%   ` +
              `kinerja / Apollo floor = ${(result.ratios.kinerjaToApolloFloor! * 100).toFixed(1)}%`
            : ''),
      );
      // The issue sets these for the dashboard read; the other queries are held to them as a yardstick only.
      const label = query.name === 'unit-dashboard' ? '' : ' (yardstick: the targets are the dashboard\'s)';
      printTarget(`>= 70% of the hand-written SQL endpoint${label}`, result.ratios.kinerjaToLimit! >= 0.7, `${(result.ratios.kinerjaToLimit! * 100).toFixed(1)}%`);
      printTarget(`>= PostGraphile${label}`, result.ratios.kinerjaToPostgraphile! >= 1, `${(result.ratios.kinerjaToPostgraphile! * 100).toFixed(1)}%`);
    }
    if (results.some((result) => !result.verified)) {
      reportBroken('some answers differ between the servers: those queries were not measured (see MISMATCH above)');
    }
  } finally {
    await kinerja.stop();
    await floor?.stop();
    await postgraphile.stop();
    await limit.stop();
  }
  return { database: database.name, seedSeconds: round(database.seedSeconds), queries: results, pending };
}
