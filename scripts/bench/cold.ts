/**
 * cold: process start to first answered query on PGlite with the demo data. A fresh PGLITE_DIR is seeded once by a
 * first start (SEED_ON_EMPTY, like `npm start` on a new checkout); then the server is started `--cold-runs` times
 * (`node dist/main.js`, the bundle `npm start` runs, production settings) while the script polls a GraphQL query from the moment of
 * spawn, and is stopped again. Reports the median, and the start time the process logs itself (measured from after
 * module loading).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { HOST, median, printTable, printTarget, round, sleep, type BenchOptions } from './lib/common.js';
import { spawnKinerja } from './lib/servers.js';

const FIRST_QUERY = '{ orgUnits { id name } }';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Polls the query every 5 ms until it is answered with data; resolves with the time it was. */
async function firstAnswer(url: string, deadline: number): Promise<number> {
  while (performance.now() < deadline) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: FIRST_QUERY }),
      });
      const body = (await response.json()) as { data?: { orgUnits?: unknown[] } };
      if (response.ok && body.data?.orgUnits?.length) return performance.now();
    } catch {
      // not listening yet
    }
    await sleep(5);
  }
  throw new Error(`no answer from ${url}`);
}

export interface ColdResults {
  firstStartWithSeedMs: number;
  runsMs: number[];
  medianMs: number;
  reportedReadyMs: (number | null)[];
  medianReportedReadyMs: number;
}

export async function runCold(options: BenchOptions): Promise<ColdResults> {
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-bench-cold-'));
  const env = { PGLITE_DIR: join(dir, 'pglite'), LOG_LEVEL: 'info' };
  try {
    const seeding = performance.now();
    const first = await spawnKinerja({ env: { ...env, SEED_ON_EMPTY: 'true' }, label: 'kinerja-cold' });
    const firstStartWithSeedMs = performance.now() - seeding;
    await first.stop();

    const runsMs: number[] = [];
    const reportedReadyMs: (number | null)[] = [];
    for (let run = 0; run < options.coldRuns; run++) {
      const port = await freePort();
      const started = performance.now();
      const spawning = spawnKinerja({ env: { ...env, PORT: String(port) }, label: 'kinerja-cold' });
      // If the process dies, stop polling at once.
      const answered = await Promise.race([
        firstAnswer(`http://${HOST}:${port}/graphql`, started + 120_000),
        spawning.then(() => new Promise<never>(() => {})),
      ]);
      const server = await spawning;
      runsMs.push(answered - started);
      reportedReadyMs.push(server.reportedReadyMs);
      await server.stop();
    }
    const results: ColdResults = {
      firstStartWithSeedMs: round(firstStartWithSeedMs, 0),
      runsMs: runsMs.map((ms) => round(ms, 0)),
      medianMs: round(median(runsMs), 0),
      reportedReadyMs,
      medianReportedReadyMs: median(reportedReadyMs.filter((ms): ms is number => ms !== null)),
    };
    printTable('cold start on PGlite with the demo data (spawn to first answered query)', [
      {
        'first start (migrate + seed) ms': results.firstStartWithSeedMs,
        runs: results.runsMs.join(', '),
        'median ms': results.medianMs,
        'median self-reported ms': results.medianReportedReadyMs,
      },
    ]);
    printTarget('cold start < 2 s', results.medianMs < 2000, `median ${results.medianMs} ms`);
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
