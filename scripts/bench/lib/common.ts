/**
 * Small helpers shared by the benchmarks: options, percentiles, tables, results files, process memory.
 * Nothing here talks to the server or the database.
 */
import { fork, type ChildProcess } from 'node:child_process';
import type { IncomingMessage } from 'node:http';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// BENCH_RESULTS_DIR: somewhere else for the JSON, e.g. CI's smoke run, whose figures nobody keeps.
export const RESULTS_DIR = process.env.BENCH_RESULTS_DIR
  ? resolve(process.env.BENCH_RESULTS_DIR)
  : resolve(fileURLToPath(new URL('../results', import.meta.url)));
export const REPO_ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

const children = new Set<ChildProcess>();

/**
 * Ties a child process (a server under test, the load generator, the subscribers) to this run: it is sent SIGTERM
 * when this process exits or is interrupted. Without that, a run stopped by Ctrl-C or `kill` left a server holding
 * 10,000 sockets that it kept pinging, which silently slowed every later run on the machine.
 */
export function ownChild<T extends ChildProcess>(child: T): T {
  if (!stoppingChildrenOnExit) stopChildrenOnExit();
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

let stoppingChildrenOnExit = false;

function stopChildrenOnExit(): void {
  stoppingChildrenOnExit = true;
  const stopChildren = () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.once('exit', stopChildren);
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.once(signal, () => {
      stopChildren();
      process.exit(code);
    });
  }
}

/**
 * Stops a child: SIGTERM, then SIGKILL if it is still there after 15 s. `exited` settles on its exit (made when it
 * was spawned, so an early exit is not missed).
 */
export async function stopChild(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const done = await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]);
  if (!done) {
    child.kill('SIGKILL');
    await exited;
  }
}

/** One of the benchmarks' TypeScript processes (load generator, subscribers, the live floor), run through tsx with
 * an IPC channel and its output on this console. Each exits when that channel closes (`exitWithParent`), so even a
 * parent killed by SIGKILL leaves none behind. */
export function forkScript(file: string, env: Record<string, string> = {}): ChildProcess {
  return ownChild(
    fork(file, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env, ...env } }),
  );
}

export interface ForkedServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** A server of the benchmarks' own (the floors of `live` and `read`), forked with `forkScript`: it sends its parent
 * `{ url }` once it listens. */
export async function startForkedServer(file: string, env: Record<string, string> = {}): Promise<ForkedServer> {
  const child = forkScript(file, env);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const { url } = await new Promise<{ url: string }>((resolve, reject) => {
    child.once('message', (message) => resolve(message as { url: string }));
    void exited.then((code) => reject(new Error(`${file} exited with code ${code}`)));
  });
  return { url, pid: child.pid!, stop: () => stopChild(child, exited) };
}

/**
 * Other kinerja servers (`dist/main.js`) and benchmark processes on this machine, not this run's own: a server left
 * by an interrupted run (only `kill -9` leaves one now), `npm start` in another terminal, a second benchmark run.
 * Each competes for the cores every figure depends on. Lines of `pid command`; empty where /proc is missing.
 */
export function otherBenchmarkProcesses(): string[] {
  const ours = new Set<number>([...children].map((child) => child.pid ?? -1));
  for (let pid: number | undefined = process.pid; pid !== undefined && pid > 1; ) {
    ours.add(pid);
    const stat = readProc(pid, 'stat');
    pid = stat === undefined ? undefined : Number(statFields(stat)[1]);
  }
  const found: string[] = [];
  for (const pid of processIds()) {
    if (ours.has(pid)) continue;
    const command = readProc(pid, 'cmdline')?.replaceAll('\0', ' ').trim();
    if (command && /(^|[\s/])dist\/main\.js(\s|$)|scripts\/bench\//.test(command)) found.push(`${pid} ${command.slice(0, 120)}`);
  }
  return found;
}

/** In a forked benchmark process: exit once the parent is gone (its IPC channel closed). */
export function exitWithParent(): void {
  process.once('disconnect', () => process.exit(0));
}

/** A request's whole body as text (the servers of the benchmarks' own: the limit and the floors). */
export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

/** The only host the benchmarks ever talk to. */
export const HOST = '127.0.0.1';
export const BASE_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const BENCHMARKS = ['read', 'sql', 'write', 'live', 'cold', 'scale', 'breadth'] as const;
export type BenchmarkName = (typeof BENCHMARKS)[number];

export interface BenchOptions {
  /** Employees in the seeded agency. */
  size: number;
  /** A short development run (--smoke): its figures are labelled as indicative only. */
  smoke: boolean;
  only: BenchmarkName[];
  /** Seconds per load run. */
  duration: number;
  /**
   * `read` measures its three servers in this many interleaved rounds (limit, PostGraphile, kinerja, then again in a
   * rotated order), each round a full load run per server, so that a drift of the machine's speed over minutes
   * affects all three alike; the ratios are the median of the rounds' ratios.
   */
  rounds: number;
  connections: number;
  /** graphql-ws subscribers for `live`. */
  subscribers: number;
  /** Timed restarts for `cold`. */
  coldRuns: number;
  /** Agency sizes for `scale` (default: 1k, 10k, 100k up to --size). */
  scaleSizes: number[];
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The value below which `p` percent of the (sorted ascending) samples fall; nearest-rank method. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export interface Distribution {
  count: number;
  min: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

export function distribution(samples: readonly number[]): Distribution {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    count: sorted.length,
    min: sorted[0] ?? Number.NaN,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    mean: sorted.length ? sum / sorted.length : Number.NaN,
  };
}

export function median(samples: readonly number[]): number {
  return percentile([...samples].sort((a, b) => a - b), 50);
}

export function round(value: number, digits = 1): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Prints rows as an aligned plain-text table (what every benchmark shows on the console). */
export function printTable(title: string, rows: Record<string, string | number | null | undefined>[]): void {
  console.log(`\n${title}`);
  if (rows.length === 0) {
    console.log('  (no rows)');
    return;
  }
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (value: unknown) => (value === null || value === undefined ? '-' : String(value));
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => cell(row[column]).length)));
  const line = (values: string[]) => `  ${values.map((value, i) => value.padEnd(widths[i]!)).join('  ')}`.trimEnd();
  console.log(line(columns));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(columns.map((column) => cell(row[column]))));
}

/** Prints one of the targets and whether this run met it (figures of a smoke run only indicate). */
export function printTarget(target: string, met: boolean, detail: string): void {
  console.log(`  target ${target}: ${met ? 'met' : 'MISSED'} (${detail})`);
}

/**
 * A result that is wrong rather than slow (answers that differ, statements that grow with rows, events not
 * delivered, a write refused): printed, and the run exits with 1, so CI's smoke run fails on it. A missed speed
 * target does not: figures are judged by people, on a quiet machine.
 */
export function reportBroken(what: string): void {
  console.log(`  BROKEN: ${what}`);
  process.exitCode = 1;
}

/** Resident set size of a process in bytes, from /proc/<pid>/status (Linux). */
export function residentBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) * 1024;
}

export const mib = (bytes: number) => round(bytes / 1024 / 1024, 1);

/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** The ids of this machine's processes (Linux /proc; none elsewhere). */
function processIds(): number[] {
  try {
    return readdirSync('/proc').filter((entry) => /^\d+$/.test(entry)).map(Number);
  } catch {
    return [];
  }
}

/** A file of /proc/<pid>/, or undefined once the process is gone (it may exit while we look). */
function readProc(pid: number, file: 'stat' | 'cmdline'): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined;
  }
}

/** The fields of /proc/<pid>/stat after the command (which may contain spaces): [0] state, [1] ppid, [11] utime, [12] stime. */
function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

function cpuMsOfStat(stat: string): number {
  const fields = statFields(stat);
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** CPU time (user + system) a process has used so far, milliseconds, from /proc/<pid>/stat (Linux). */
export function processCpuMs(pid: number): number {
  return cpuMsOfStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
}

/** CPU milliseconds used so far by each PostgreSQL process of this machine (the benchmarks' server is local). */
export function postgresCpuByProcess(): Map<number, number> {
  const byProcess = new Map<number, number>();
  for (const pid of processIds()) {
    const stat = readProc(pid, 'stat');
    if (stat?.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) === 'postgres') byProcess.set(pid, cpuMsOfStat(stat));
  }
  return byProcess;
}

/**
 * CPU milliseconds PostgreSQL's processes used since `before` (a `postgresCpuByProcess()` reading): per process, so a
 * backend that exits in between (an idle pool connection closing) takes only its own share with it.
 */
export function postgresCpuSince(before: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of postgresCpuByProcess()) total += ms - (before.get(pid) ?? 0);
  return total;
}

function packageVersion(name: string): string {
  try {
    const file = fileURLToPath(new URL(`../../../node_modules/${name}/package.json`, import.meta.url));
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

/** What a result was measured on, stored with every results file. */
export function environment() {
  return {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: round(totalmem() / 1024 ** 3, 1),
    /** 1-minute load average when the results were written: above the CPU count, other work shared the machine. */
    loadAverage1m: round(loadavg()[0] ?? Number.NaN, 2),
    /** Kinerja servers and benchmark processes of other runs seen when the results were written (should be none). */
    otherBenchmarkProcesses: otherBenchmarkProcesses(),
    packages: Object.fromEntries(
      ['graphql', '@apollo/server', 'drizzle-orm', '@pothos/core', 'postgres', 'postgraphile', 'grafserv', 'autocannon', 'graphql-ws', 'ws'].map(
        (name) => [name, packageVersion(name)],
      ),
    ),
  };
}

export interface ResultFile<T> {
  benchmark: BenchmarkName;
  size: number;
  /** True for short development runs whose figures are indicative only. */
  smoke: boolean;
  startedAt: string;
  options: Omit<BenchOptions, 'only'>;
  environment: ReturnType<typeof environment>;
  results: T;
}

/** Writes `results/<benchmark>-<size>.json` (the latest run of that benchmark at that size) and returns its path. */
export function writeResults<T>(benchmark: BenchmarkName, options: BenchOptions, startedAt: Date, results: T): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const { only: _only, ...rest } = options;
  const file: ResultFile<T> = {
    benchmark,
    size: options.size,
    smoke: options.smoke,
    startedAt: startedAt.toISOString(),
    options: rest,
    environment: environment(),
    results,
  };
  const path = `${RESULTS_DIR}/${benchmark}-${options.size}.json`;
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
  return path;
}
