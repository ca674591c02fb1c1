/**
 * `npm run bench:compare -- --base <git ref> [--query unit-dashboard] [--size 10000] [--rounds 6] [--duration 6]
 *   [--connections 20]`
 *
 * Before and after for a change: kinerja as built from `--base` (a commit, built once in a git worktree of its own
 * under the system's temporary directory, with its own `npm ci` and therefore its own patches) against kinerja as it
 * is in this working tree, on one read query's load. Both servers answer every input first and their answers must
 * be the same; then they are loaded in interleaved rounds (the base first in the first round, this tree first in the
 * second, and so on), because this machine's speed drifts within minutes and a single pair of runs lets that drift
 * decide. Printed: each round's requests per second and CPU milliseconds per request (the server's process and
 * PostgreSQL's), and the ratios of this tree to the base, by round and as their geometric mean. The CPU per request
 * is the steadier figure: the load generator shares the cores, so throughput moves with everything else on the
 * machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { REPO_ROOT, otherBenchmarkProcesses, printTable, processCpuMs, round } from './lib/common.js';
import { ensureBenchDatabase, loadFixture } from './lib/database.js';
import { CpuMeter, GRAPHQL_ERRORS, runLoad } from './lib/load.js';
import { graphqlRequest, postGraphQL, spawnKinerja, type KinerjaProcess } from './lib/servers.js';
import { BENCH_QUERIES, isPending, type BenchQuery } from './queries.js';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    query: { type: 'string', default: 'unit-dashboard' },
    size: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '6' },
    duration: { type: 'string', default: '6' },
    connections: { type: 'string', default: '20' },
  },
});
const query = BENCH_QUERIES.find((entry) => entry.name === values.query && !isPending(entry)) as BenchQuery<unknown> | undefined;
if (!values.base || !query) {
  console.error(`usage: npm run bench:compare -- --base <git ref> [--query ${BENCH_QUERIES.filter((e) => !isPending(e)).map((e) => e.name).join('|')}]`);
  process.exit(2);
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
const baseCommit = git('rev-parse', '--verify', `${values.base}^{commit}`);
const changed = git('status', '--porcelain', '--untracked-files=no');
console.log(`base ${values.base} = ${baseCommit.slice(0, 12)}; this tree: ${git('rev-parse', '--short=12', 'HEAD')}${changed ? ' with uncommitted changes' : ''}`);
const others = otherBenchmarkProcesses();
if (others.length) console.log(`  WARNING: other benchmark processes are running, the figures will suffer:\n    ${others.join('\n    ')}`);

/** The base's checkout, installed and built once per commit and kept for the next comparison. */
function prepareBase(commit: string): string {
  const dir = join(tmpdir(), `kinerja-base-${commit.slice(0, 12)}`);
  const inBase = (command: string, args: string[]) => execFileSync(command, args, { cwd: dir, stdio: 'inherit' });
  if (!existsSync(dir)) git('worktree', 'add', '--detach', dir, commit);
  if (!existsSync(join(dir, 'node_modules', '.package-lock.json'))) {
    console.log(`  installing the base in ${dir} (npm ci)`);
    inBase('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']);
  }
  if (!existsSync(join(dir, 'dist', 'main.js'))) inBase(process.execPath, ['scripts/build.mjs', '--quiet']);
  return dir;
}

const baseDir = prepareBase(baseCommit);
const database = await ensureBenchDatabase(Number(values.size));
const fixture = await loadFixture(database.url, database.adminNip);
const inputs = query.inputs(fixture);
const roles = query.kinerja.roles ?? ['employee'];

interface Variant {
  name: 'base' | 'this tree';
  server: KinerjaProcess;
  token: string;
  rounds: { requestsPerSecond: number; serverMs: number; postgresMs: number }[];
}
const variants: Variant[] = [];
try {
  for (const [name, checkout] of [['base', baseDir], ['this tree', undefined]] as const) {
    const server = await spawnKinerja({ databaseUrl: database.url, label: name, ...(checkout ? { checkout } : {}) });
    variants.push({ name, server, token: await server.token(fixture.adminNip, roles), rounds: [] });
  }

  // A comparison of two servers that answer differently says nothing about the change.
  let mismatches = 0;
  for (const input of inputs) {
    const [base, tree] = await Promise.all(
      variants.map(async ({ name, server, token }) => {
        const body = await postGraphQL(server.url, query.kinerja.document, query.kinerja.variables(input), token);
        if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors).slice(0, 600)}`);
        return query.kinerja.canonical(body.data);
      }),
    );
    if (!isDeepStrictEqual(base, tree) && ++mismatches <= 3) console.log(`  MISMATCH on input ${JSON.stringify(input)}`);
  }
  if (mismatches > 0) throw new Error(`${mismatches} of ${inputs.length} inputs answered differently by the base and this tree`);
  console.log(`  verified ${inputs.length} inputs: the same answers from both`);

  const duration = Number(values.duration);
  for (let index = 0; index < Number(values.rounds); index++) {
    for (const variant of index % 2 === 0 ? variants : [...variants].reverse()) {
      const cpu = new CpuMeter(() => processCpuMs(variant.server.pid));
      const url = new URL(variant.server.url);
      const result = await runLoad(
        {
          origin: url.origin,
          requests: inputs.map((input) => graphqlRequest(url.pathname, query.kinerja.document, query.kinerja.variables(input), variant.token)),
          duration,
          warmup: Math.max(1, duration / 5),
          connections: Number(values.connections),
          failureMarkers: GRAPHQL_ERRORS,
          rotation: 'per-connection',
        },
        cpu,
      );
      const serverMs = cpu.server / result.requests;
      variant.rounds.push({ requestsPerSecond: result.requestsPerSecond, serverMs, postgresMs: cpu.postgres / result.requests });
      console.log(`  round ${index + 1} ${variant.name}: ${round(result.requestsPerSecond)} req/s, ${round(serverMs, 3)} ms CPU per request`);
    }
  }
} finally {
  await Promise.all(variants.map(({ server }) => server.stop()));
}

const [base, tree] = variants as [Variant, Variant];
const mean = (samples: number[]) => samples.reduce((a, b) => a + b, 0) / samples.length;
// Over an even number of rounds, the machine's drift favours each side as often as the other (the order alternates),
// and the geometric mean of the ratios lets those cancel.
const geometricMean = (ratios: number[]) => Math.exp(mean(ratios.map(Math.log)));
const ratios = (pick: (r: Variant['rounds'][number]) => number) => tree.rounds.map((r, i) => pick(r) / pick(base.rounds[i]!));
printTable(
  `${query.name} at ${values.size} employees, ${values.rounds} interleaved rounds of ${values.duration} s x ${values.connections} connections`,
  variants.map(({ name, rounds }) => ({
    server: name,
    'req/s': round(mean(rounds.map((r) => r.requestsPerSecond))),
    'req/s by round': rounds.map((r) => round(r.requestsPerSecond)).join(', '),
    'CPU ms/request: server': round(mean(rounds.map((r) => r.serverMs)), 3),
    PostgreSQL: round(mean(rounds.map((r) => r.postgresMs)), 3),
  })),
);
for (const [label, perRound] of [
  ['server CPU per request', ratios((r) => r.serverMs)],
  ['PostgreSQL CPU per request', ratios((r) => r.postgresMs)],
  ['requests per second', ratios((r) => r.requestsPerSecond)],
] as const) {
  console.log(`  this tree / base, ${label}: ${round(geometricMean(perRound), 3)} (by round ${perRound.map((v) => round(v, 3)).join(', ')})`);
}
process.exit(0);
