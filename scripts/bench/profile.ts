/**
 * `npm run bench:profile -- --query unit-dashboard [--size 1000] [--duration 10] [--connections 20] [--top 40]
 *   [--node-args="--min-semi-space-size=32 --max-semi-space-size=32"]`
 *
 * Where kinerja's time goes under a read benchmark's load: runs kinerja with `--cpu-prof` against the benchmark
 * database, loads it with one query's rotation (as `read` does), stops it and prints the heaviest functions by self
 * time and the time per package. The raw profile stays in scripts/bench/results/profiles/ for Chrome DevTools.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { REPO_ROOT, RESULTS_DIR, printTable, round } from './lib/common.js';
import { ensureBenchDatabase, loadFixture } from './lib/database.js';
import { runLoad } from './lib/load.js';
import { graphqlRequest, postGraphQL, spawnKinerja } from './lib/servers.js';
import { BENCH_QUERIES, isPending, type BenchQuery } from './queries.js';

const { values } = parseArgs({
  options: {
    query: { type: 'string', default: 'unit-dashboard' },
    size: { type: 'string', default: '1000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
    top: { type: 'string', default: '40' },
    'node-args': { type: 'string', default: '' },
  },
});
const query = BENCH_QUERIES.find((entry) => entry.name === values.query && !isPending(entry)) as BenchQuery<unknown> | undefined;
if (!query) {
  console.error(`--query must be one of ${BENCH_QUERIES.filter((e) => !isPending(e)).map((e) => e.name).join(', ')}`);
  process.exit(2);
}

const database = await ensureBenchDatabase(Number(values.size));
const fixture = await loadFixture(database.url, database.adminNip);
const dir = join(RESULTS_DIR, 'profiles', `${query.name}-${Date.now()}`);
mkdirSync(dir, { recursive: true });
const kinerja = await spawnKinerja({ databaseUrl: database.url, nodeArgs: [...values['node-args'].split(' ').filter(Boolean), '--cpu-prof', `--cpu-prof-dir=${dir}`],
});
const url = new URL(kinerja.url);
let result;
try {
  const token = await kinerja.token(fixture.adminNip, query.kinerja.roles ?? ['employee']);
  const inputs = query.inputs(fixture);
  const check = await postGraphQL(kinerja.url, query.kinerja.document, query.kinerja.variables(inputs[0]), token);
  if (check.errors) throw new Error(JSON.stringify(check.errors));
  result = await runLoad({
    origin: url.origin,
    requests: inputs.map((input) => graphqlRequest(url.pathname, query.kinerja.document, query.kinerja.variables(input), token)),
    duration: Number(values.duration),
    warmup: 2,
    connections: Number(values.connections),
    failureMarkers: ['"errors":'],
    rotation: 'per-connection',
  });
} finally {
  await kinerja.stop();
}
console.log(`${query.name} under load: ${round(result.requestsPerSecond)} req/s, p50 ${round(result.latency.p50, 2)} ms, p99 ${round(result.latency.p99, 2)} ms`);

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
if (!file) throw new Error('no profile written');
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
// drizzle-orm ships its modules at the package's root with source maps into `../src/`, which the bundle's map
// resolves to node_modules/src/.
const sourceFile = (url: string) => url.replace(/^.*node_modules\/src\//, 'drizzle-orm/src/').replace(/^.*node_modules\//, '');
const where = (url: string) => {
  if (url.includes('node_modules/')) return /^((?:@[^/]+\/)?[^/]+)/.exec(sourceFile(url))![1]!;
  if (url.includes('/src/')) return 'kinerja src/' + url.split('/src/')[1]!.split('/').slice(0, -1).join('/');
  return url.startsWith('node:') ? 'node internals' : url === '' ? '(native / gc / idle)' : url;
};
// npm start runs one bundle: its source map says which package or source file each function came from.
const bundle = join(REPO_ROOT, 'dist', 'main.js');
const bundleMap = new SourceMap(JSON.parse(readFileSync(`${bundle}.map`, 'utf8')) as SourceMapPayload);
const bundleUrl = pathToFileURL(bundle).href;
const original = (frame: ProfileNode['callFrame']) => {
  if (frame.url !== bundleUrl) return { url: frame.url, lineNumber: frame.lineNumber };
  const entry = bundleMap.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number };
  return entry.originalSource ? { url: entry.originalSource, lineNumber: entry.originalLine ?? 0 } : { url: frame.url, lineNumber: frame.lineNumber };
};
for (const node of profile.nodes) {
  const micros = self.get(node.id) ?? 0;
  if (!micros) continue;
  const { functionName } = node.callFrame;
  const { url: source, lineNumber } = original(node.callFrame);
  const sourceName = source.includes('node_modules/') ? sourceFile(source) : source.replace(/^.*\/src\//, 'src/');
  const key = `${functionName || '(anonymous)'} ${sourceName}:${lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
  byPackage.set(where(source), (byPackage.get(where(source)) ?? 0) + micros);
}
const rows = (map: Map<string, number>, n: number, label: string) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, micros]) => ({ [label]: name.slice(0, 110), 'self ms': round(micros / 1000), share: `${round((100 * micros) / total)}%` }));
printTable('Self time by package', rows(byPackage, 25, 'package'));
printTable('Self time by function', rows(byFunction, Number(values.top), 'function'));
console.log(`\n  profile: ${join(dir, file)}`);
