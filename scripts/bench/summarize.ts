/**
 * Turns scripts/bench/results/*.json into the Markdown tables of docs/benchmarks.md.
 *   npx tsx scripts/bench/summarize.ts            prints the Markdown
 *   npx tsx scripts/bench/summarize.ts --write    replaces the generated part of docs/benchmarks.md
 *                                                 (between `<!-- results:start -->` and `<!-- results:end -->`)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { REPO_ROOT, RESULTS_DIR, round, type ResultFile } from './lib/common.js';
import type { BreadthRow } from './breadth.js';
import type { ColdResults } from './cold.js';
import type { DeliveryResult } from './live.js';
import type { ReadResults } from './read.js';
import type { ExplainedStatement, ScalePoint } from './scale.js';
import type { SqlResults } from './sql.js';
import type { WriteResult } from './write.js';

const START = '<!-- results:start -->';
const END = '<!-- results:end -->';

function table(header: string[], rows: (string | number | null | undefined)[][]): string {
  const cell = (value: string | number | null | undefined) => (value === null || value === undefined ? '-' : String(value));
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '-');
const pct = (value: number | null) => (value === null ? '-' : `${(value * 100).toFixed(1)}%`);

function heading(file: ResultFile<unknown>, title: string): string {
  const label = file.smoke ? ' — SMOKE RUN (indicative only)' : '';
  const packages = file.environment.packages;
  return (
    `### ${title}, ${file.size.toLocaleString('en')} employees${label}\n\n` +
    `${file.startedAt.slice(0, 16).replace('T', ' ')} UTC, Node ${file.environment.node}, ${file.environment.cpus} CPUs ` +
    `(${file.environment.cpuModel}), ${file.environment.memoryGiB} GiB, load average ${file.environment.loadAverage1m ?? '?'}; load runs ${title === 'Read' && file.options.rounds > 1 ? `${file.options.rounds} interleaved rounds of ` : ''}${file.options.duration} s x ` +
    `${file.options.connections} connections; postgraphile ${packages.postgraphile}, autocannon ${packages.autocannon}.` +
    (file.environment.otherBenchmarkProcesses?.length
      ? ` **Other kinerja or benchmark processes were running: ${file.environment.otherBenchmarkProcesses.length}.**`
      : '') +
    '\n'
  );
}

const SERVER_LABELS: Record<string, string> = {
  graphqlFloor: 'floor: graphql-js on node:http',
  apolloFloor: 'floor: Apollo Server + Express',
};

function read(file: ResultFile<ReadResults>): string {
  const parts = [heading(file, 'Read')];
  for (const query of file.results.queries) {
    parts.push(`**${query.query}**: ${query.description} (${query.inputs} inputs, mean ${query.meanRows} rows in the list; answers ${query.verified ? `identical on all ${Object.keys(query.load).length} servers` : `DIFFER (${query.mismatches})`})\n`);
    if (!query.verified) continue;
    const rounds = query.rounds;
    const cpu = query.cpuPerRequest;
    parts.push(
      table(
        [
          'server',
          'req/s',
          'p50 ms',
          'p99 ms',
          'failed',
          ...(rounds ? ['req/s by round'] : []),
          ...(cpu ? ['CPU ms/request: server', 'PostgreSQL'] : []),
        ],
        // In the order `read` ran them (and lists them).
        (Object.keys(query.load) as (keyof typeof query.load)[]).map((name) => {
          const load = query.load[name]!;
          return [
            SERVER_LABELS[name] ?? name,
            Math.round(load.requestsPerSecond),
            ms(load.latency.p50),
            ms(load.latency.p99),
            load.non2xx + load.errors + load.failedAnswers,
            ...(rounds ? [(rounds[name] ?? []).map(Math.round).join(', ')] : []),
            ...(cpu ? [cpu[name]?.server.toFixed(2) ?? '-', cpu[name]?.postgres.toFixed(2) ?? '-'] : []),
          ];
        }),
      ),
      `\n${rounds ? 'median of the rounds: ' : ''}kinerja / limit = **${pct(query.ratios.kinerjaToLimit)}**, ` +
        `kinerja / PostGraphile = **${pct(query.ratios.kinerjaToPostgraphile)}**` +
        (query.ratios.apolloFloorToLimit !== undefined
          ? `; the floors: graphql-js / limit = **${pct(query.ratios.graphqlFloorToLimit!)}**, ` +
            `Apollo / limit = **${pct(query.ratios.apolloFloorToLimit)}**, kinerja / Apollo floor = **${pct(query.ratios.kinerjaToApolloFloor!)}**`
          : '') +
        '\n',
    );
  }
  for (const pending of file.results.pending) parts.push(`*${pending.query}*: not measured yet (${pending.reason}).\n`);
  return parts.join('\n');
}

function sql(file: ResultFile<SqlResults>): string {
  return [
    heading(file, 'SQL statements per operation').replace(/, [\d,]+ employees/, `, fixture of ${file.results.fixtureEmployees} employees`),
    table(
      ['query', 'rows requested', 'rows returned', 'statements', 'grows with rows'],
      file.results.queries.flatMap((query) => query.runs.map((run) => [query.query, run.rows, run.returned, run.statements, query.flat ? 'no' : '**yes**'])),
    ),
    ...file.results.pending.map((name) => `\n*${name}*: not measured yet.`),
    '',
  ].join('\n');
}

function write(file: ResultFile<{ operations: WriteResult[] }>): string {
  return [
    heading(file, 'Write'),
    table(
      ['mutation', 'req/s', 'p50 ms', 'p99 ms', 'failed', 'status'],
      file.results.operations.map((op) =>
        op.load
          ? [op.operation, Math.round(op.load.requestsPerSecond), ms(op.load.latency.p50), ms(op.load.latency.p99), op.load.non2xx + op.load.errors + op.load.failedAnswers, 'measured']
          : [op.operation, null, null, null, null, `${op.status}: ${op.detail ?? ''}`],
      ),
    ),
    '',
  ].join('\n');
}

function live(file: ResultFile<{ scenarios: DeliveryResult[] }>): string {
  return [
    heading(file, 'Live').replace(/; load runs.*?connections/, `; ${file.options.subscribers.toLocaleString('en')} subscribers`),
    table(
      ['server', 'servers', 'subscribers', 'viewers', 'missed', 'p50 ms', 'p99 ms', 'max ms', 'p99 of each event ms', 'mutation ms', 'clients busy %', 'RSS before MiB', 'RSS after MiB'],
      file.results.scenarios.map((s) => [
        s.server === 'floor' ? 'floor (raw ws)' : 'kinerja', // results from before the floor are all kinerja
        s.servers,
        s.subscribers,
        s.viewers ?? 1, // results from before the distinct-viewers scenario were all one viewer
        s.missed,
        ms(s.delivery.p50),
        ms(s.delivery.p99),
        ms(s.delivery.max),
        s.events?.map((e) => ms(e.delivery.p99)).join(' / ') ?? '(one event)', // one measured event before
        s.mutationMs,
        s.clientBusyPercent ?? '?', // not measured before
        s.rssBeforeMiB.join(' / '),
        s.rssAfterMiB.join(' / '),
      ]),
    ),
    '',
  ].join('\n');
}

function cold(file: ResultFile<ColdResults>): string {
  return [
    heading(file, 'Cold start').replace(/, [\d,]+ employees/, ', PGlite demo data').replace(/; load runs.*?connections/, ''),
    table(
      ['first start (migrate + seed) ms', 'runs ms', 'median ms', 'median self-reported ms'],
      [[file.results.firstStartWithSeedMs, file.results.runsMs.join(', '), file.results.medianMs, file.results.medianReportedReadyMs]],
    ),
    '',
  ].join('\n');
}

function scale(file: ResultFile<{ points: ScalePoint[]; explained: ExplainedStatement[]; pending: string[] }>): string {
  const parts = [
    heading(file, 'Scale').replace(/, [\d,]+ employees/, ` up to ${file.size.toLocaleString('en')} employees`),
    table(
      ['query', 'employees', 'rows/answer', '1 conn p50 ms', '1 conn p99 ms', `${file.options.connections} conn req/s`, `${file.options.connections} conn p99 ms`],
      file.results.points.map((p) => [
        p.query,
        p.size,
        p.meanRows,
        ms(p.single.latency.p50),
        ms(p.single.latency.p99),
        Math.round(p.concurrent.requestsPerSecond),
        ms(p.concurrent.latency.p99),
      ]),
    ),
  ];
  for (const entry of file.results.explained) {
    parts.push(
      `\nStatements of one ${entry.query} at ${entry.size} employees (EXPLAIN ANALYZE execution time):\n`,
      table(['#', 'ms', 'statement'], entry.all.map((s, i) => [i + 1, round(s.executionMs, 3), `\`${s.sql.replace(/\|/g, '\\|')}\``])),
      `\nHeaviest (${entry.heaviest.executionMs} ms), EXPLAIN (ANALYZE, BUFFERS):\n\n\`\`\`\n${entry.heaviest.plan}\n\`\`\`\n`,
      entry.sequentialScans.length ? `Sequential scans on growing tables: ${entry.sequentialScans.join('; ')}.\n` : 'No sequential scan on a growing table.\n',
    );
  }
  for (const name of file.results.pending) parts.push(`*${name}*: not measured yet.\n`);
  return parts.join('\n');
}

function breadth(file: ResultFile<{ rows: BreadthRow[] }>): string {
  return [
    heading(file, 'Breadth: every other read').replace(/; load runs.*?connections/, '; one connection, median of 5'),
    table(
      ['operation', 'viewer', 'p50 ms', 'statements', 'heaviest statement ms', 'seq scans on large tables'],
      file.results.rows.map((r) => [r.operation, r.viewer, ms(r.p50Ms), r.statements, round(r.heaviestStatementMs, 2), r.largeScans.join(', ') || '-']),
    ),
    '',
  ].join('\n');
}

const RENDER: Record<string, (file: any) => string> = { read, sql, write, live, cold, scale, breadth };
const ORDER = Object.keys(RENDER);

function summarize(): string {
  const files = readdirSync(RESULTS_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(`${RESULTS_DIR}/${name}`, 'utf8')) as ResultFile<unknown>)
    .sort((a, b) => ORDER.indexOf(a.benchmark) - ORDER.indexOf(b.benchmark) || a.size - b.size);
  return files.map((file) => RENDER[file.benchmark]!(file)).join('\n');
}

const { values } = parseArgs({ options: { write: { type: 'boolean', default: false } } });
const markdown = summarize();
if (values.write) {
  const path = `${REPO_ROOT}/docs/benchmarks.md`;
  const doc = readFileSync(path, 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${path} has no ${START} ... ${END} section`);
  writeFileSync(path, `${doc.slice(0, start + START.length)}\n\n${markdown}\n${doc.slice(end)}`);
  console.log(`updated ${path}`);
} else {
  console.log(markdown);
}
