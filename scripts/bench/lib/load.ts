/**
 * Load runs: autocannon in a child process (so the load generator never shares an event loop, nor a core's time
 * slice bookkeeping, with the server it measures). The parent sends the plan over IPC and gets the figures back.
 */
import { fileURLToPath } from 'node:url';
import { distribution, forkScript, postgresCpuByProcess, postgresCpuSince, reportBroken, sleep, type Distribution } from './common.js';

/** One request of the rotation; each connection cycles through the list in order. */
export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface LoadPlan {
  /** Origin, e.g. http://127.0.0.1:4000 */
  origin: string;
  requests: LoadRequest[];
  /** Measured seconds. */
  duration: number;
  /** Unmeasured seconds first (JIT, pools, caches). */
  warmup: number;
  /** A fixed batch instead of a timed run: exactly this many requests (no warm-up), for writes that can be sent once. */
  amount?: number;
  connections: number;
  /** A 2xx answer whose body contains one of these strings counts as failed (e.g. GraphQL `"errors":`). */
  failureMarkers: string[];
  /**
   * 'per-connection': each connection cycles through `requests` on its own (cheapest for the generator; reads).
   * 'global': one shared cursor, so concurrent requests carry different inputs (writes: no two connections edit the
   * same row at the same moment).
   */
  rotation: 'per-connection' | 'global';
  /** Return every 2xx latency sample too (`LoadResult.samples`), so runs can be merged. */
  keepSamples?: boolean;
}

export interface LoadResult {
  requestsPerSecond: number;
  /** Latency of 2xx responses, milliseconds (float precision, computed from every sample). */
  latency: Distribution;
  requests: number;
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** 2xx answers whose body contained a failure marker (GraphQL errors, userErrors). */
  failedAnswers: number;
  durationSeconds: number;
  connections: number;
  /** Every 2xx latency (ms), when the plan asked to keep them. */
  samples?: number[];
}

const CHILD = fileURLToPath(new URL('./load-child.ts', import.meta.url));

/**
 * Runs one load plan in a fresh generator process. Resolves a second after the generator is done, so that requests
 * it abandoned at the end of the run have finished before the caller measures or stops anything.
 */
export async function runLoad(plan: LoadPlan, hooks: MeasurementHooks = {}): Promise<LoadResult> {
  const result = await generate(plan, hooks);
  await sleep(1000);
  if (result.non2xx > 0 || result.failedAnswers > 0) {
    reportBroken(`${plan.origin}: ${result.non2xx} answers not 2xx and ${result.failedAnswers} carrying errors under load`);
  }
  return result;
}

/** Called when the measured part of a run starts (after the warm-up) and when it has ended. */
export interface MeasurementHooks {
  onMeasureStart?(): void;
  onMeasureEnd?(): void;
}

/**
 * Hooks that add up the CPU milliseconds a server's process (`serverCpuMs`) and PostgreSQL's processes used during the
 * measured parts of the runs they are given to (the load generator's own are not counted).
 */
export class CpuMeter implements MeasurementHooks {
  server = 0;
  postgres = 0;
  private serverAtStart = 0;
  private postgresAtStart = new Map<number, number>();

  constructor(private readonly serverCpuMs: () => number) {}

  onMeasureStart(): void {
    this.serverAtStart = this.serverCpuMs();
    this.postgresAtStart = postgresCpuByProcess();
  }

  onMeasureEnd(): void {
    this.server += this.serverCpuMs() - this.serverAtStart;
    this.postgres += postgresCpuSince(this.postgresAtStart);
  }
}

function generate(plan: LoadPlan, hooks: MeasurementHooks): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = forkScript(CHILD);
    let settled = false;
    child.on('message', (message: { measuring?: true; result?: LoadResult; error?: string }) => {
      if (message.measuring) {
        hooks.onMeasureStart?.();
        return;
      }
      hooks.onMeasureEnd?.();
      settled = true;
      if (message.result) resolve(message.result);
      else reject(new Error(`load generator failed: ${message.error}`));
      child.disconnect();
    });
    child.once('exit', (code) => {
      if (!settled) reject(new Error(`load generator exited with code ${code}`));
    });
    child.send(plan);
  });
}

/** Several runs of one server as one: requests over the total measured time, percentiles over every sample. */
export function mergeLoads(runs: LoadResult[]): LoadResult {
  const samples = runs.flatMap((run) => run.samples ?? []);
  const requests = runs.reduce((sum, run) => sum + run.requests, 0);
  const durationSeconds = runs.reduce((sum, run) => sum + run.durationSeconds, 0);
  return {
    requestsPerSecond: durationSeconds > 0 ? requests / durationSeconds : 0,
    latency: distribution(samples),
    requests,
    non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    failedAnswers: runs.reduce((sum, run) => sum + run.failedAnswers, 0),
    durationSeconds,
    connections: runs[0]?.connections ?? 0,
  };
}

export function describeLoad(result: LoadResult) {
  return {
    'req/s': Math.round(result.requestsPerSecond),
    'p50 ms': result.latency.p50.toFixed(2),
    'p99 ms': result.latency.p99.toFixed(2),
    'max ms': result.latency.max.toFixed(1),
    requests: result.requests,
    failed: result.non2xx + result.errors + result.failedAnswers,
  };
}

/** GraphQL answers with errors fail; mutation payloads with userErrors too. */
export const GRAPHQL_ERRORS = ['"errors":'];
export const GRAPHQL_OR_USER_ERRORS = ['"errors":', '"userErrors":[{'];
