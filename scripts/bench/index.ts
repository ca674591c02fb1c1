/**
 * `npm run bench -- --size 1000 [--only read,sql,write,live,cold,scale,breadth] [--duration 10] [--connections 20]
 *   [--subscribers 10000] [--cold-runs 5] [--scale-sizes 1000,10000,100000] [--smoke]`
 *
 * Runs the benchmarks of issue 9 against the local PostgreSQL server (127.0.0.1 only), prints their figures and
 * writes each benchmark's results to scripts/bench/results/<benchmark>-<size>.json. `--smoke` labels the results as a
 * short development run and lowers the defaults (3 s load runs, 500 subscribers). See docs/benchmarks.md.
 */
import { parseArgs } from 'node:util';
import { BENCHMARKS, type BenchmarkName, type BenchOptions, otherBenchmarkProcesses, writeResults } from './lib/common.js';
import { runBreadth } from './breadth.js';
import { runCold } from './cold.js';
import { runLive } from './live.js';
import { runRead } from './read.js';
import { runScale } from './scale.js';
import { runSql } from './sql.js';
import { runWrite } from './write.js';

const RUNNERS: Record<BenchmarkName, (options: BenchOptions) => Promise<unknown>> = {
  read: runRead,
  sql: runSql,
  write: runWrite,
  live: runLive,
  cold: runCold,
  scale: runScale,
  breadth: runBreadth,
};

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) {
    console.error(`--${name} must be a positive integer, got "${value}"`);
    process.exit(2);
  }
  return number;
}

function parseOptions(): BenchOptions {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '1000' },
      only: { type: 'string' },
      duration: { type: 'string' },
      rounds: { type: 'string' },
      connections: { type: 'string' },
      subscribers: { type: 'string' },
      'cold-runs': { type: 'string' },
      'scale-sizes': { type: 'string' },
      smoke: { type: 'boolean', default: false },
    },
  });
  const only = (values.only ? values.only.split(',').map((name) => name.trim()) : [...BENCHMARKS]) as BenchmarkName[];
  const unknown = only.filter((name) => !BENCHMARKS.includes(name));
  if (unknown.length) {
    console.error(`unknown benchmark(s): ${unknown.join(', ')}; choose from ${BENCHMARKS.join(', ')}`);
    process.exit(2);
  }
  const size = positiveInteger('size', values.size, 1000);
  if (size < 20) {
    console.error('--size must be at least 20 (the seed generator needs a minimal agency)');
    process.exit(2);
  }
  const smoke = values.smoke;
  const scaleSizes = values['scale-sizes']
    ? values['scale-sizes'].split(',').map((s) => positiveInteger('scale-sizes', s.trim(), 1000))
    : [...new Set([...[1000, 10_000, 100_000].filter((s) => s <= size), size])].sort((a, b) => a - b);
  return {
    size,
    smoke,
    only: BENCHMARKS.filter((name) => only.includes(name)),
    duration: positiveInteger('duration', values.duration, smoke ? 3 : 10),
    rounds: positiveInteger('rounds', values.rounds, smoke ? 1 : 3),
    connections: positiveInteger('connections', values.connections, 20),
    subscribers: positiveInteger('subscribers', values.subscribers, smoke ? 500 : 10_000),
    coldRuns: positiveInteger('cold-runs', values['cold-runs'], 5),
    scaleSizes,
  };
}

const options = parseOptions();
console.log(
  `kinerja benchmarks${options.smoke ? ' (SMOKE RUN: indicative figures only)' : ''}: size ${options.size}, ` +
    `${options.only.join(', ')}; load runs ${options.duration} s x ${options.connections} connections`,
);
const others = otherBenchmarkProcesses();
if (others.length > 0) {
  console.warn(`\n  WARNING: other kinerja or benchmark processes are running and will skew every figure:`);
  for (const line of others) console.warn(`    ${line}`);
}
let failed = false;
for (const name of options.only) {
  const startedAt = new Date();
  console.log(`\n=== ${name} ${'='.repeat(Math.max(0, 70 - name.length))}`);
  try {
    const results = await RUNNERS[name](options);
    console.log(`\n  results: ${writeResults(name, options, startedAt, results)}`);
  } catch (error) {
    failed = true;
    console.error(`  ${name} failed:`, error instanceof Error ? (error.stack ?? error.message) : error);
  }
}
process.exit(failed || process.exitCode ? 1 : 0);
