/** The load generator process: receives a LoadPlan over IPC, runs autocannon, sends a LoadResult back. */
import autocannon from 'autocannon';
import { distribution, exitWithParent } from './common.js';
import type { LoadPlan, LoadResult } from './load.js';

function requestsOf(plan: LoadPlan): autocannon.Request[] {
  const build = (request: LoadPlan['requests'][number]) => ({
    method: request.method,
    path: request.path,
    ...(request.body !== undefined ? { body: request.body } : {}),
    headers: { 'content-type': 'application/json', ...request.headers },
  });
  if (plan.rotation === 'per-connection') return plan.requests.map(build);
  const all = plan.requests.map(build);
  let next = 0;
  return [{ setupRequest: (request) => ({ ...request, ...all[next++ % all.length]! }) }];
}

function run(plan: LoadPlan, duration: number, record: boolean) {
  const latencies: number[] = [];
  let failedAnswers = 0;
  return new Promise<{ result: autocannon.Result; latencies: number[]; failedAnswers: number }>((resolve, reject) => {
    const instance = autocannon(
      {
        url: plan.origin,
        connections: plan.connections,
        ...(plan.amount && record ? { amount: plan.amount } : { duration }),
        requests: requestsOf(plan),
        ...(plan.failureMarkers.length
          ? {
              verifyBody: (body: string | Buffer | undefined) => {
                const text = body === undefined ? '' : String(body);
                const ok = !plan.failureMarkers.some((marker) => text.includes(marker));
                if (!ok && record) failedAnswers += 1;
                return ok;
              },
            }
          : {}),
      },
      (error, result) => (error ? reject(error) : resolve({ result, latencies, failedAnswers })),
    );
    if (record) {
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      });
    }
  });
}

exitWithParent();
process.once('message', async (plan: LoadPlan) => {
  try {
    if (plan.warmup > 0 && !plan.amount) await run(plan, plan.warmup, false);
    process.send!({ measuring: true });
    const { result, latencies, failedAnswers } = await run(plan, plan.duration, true);
    const measured: LoadResult = {
      requestsPerSecond: result.requests.total / result.duration,
      latency: distribution(latencies),
      requests: result.requests.total,
      non2xx: result.non2xx,
      errors: result.errors,
      failedAnswers,
      durationSeconds: result.duration,
      connections: plan.connections,
      ...(plan.keepSamples ? { samples: latencies } : {}),
    };
    process.send!({ result: measured });
  } catch (error) {
    process.send!({ error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
