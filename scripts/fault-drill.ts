/**
 * Fault drill against the local PostgreSQL server (needs root for pg_ctlcluster; run by .ci/run after the suites):
 *  1. a server on a throw-away database with a graphql-ws subscriber;
 *  2. PostgreSQL stops: /readyz turns 503, queries fail fast with SERVICE_UNAVAILABLE, the process and the socket live;
 *  3. PostgreSQL starts again: queries recover without a restart, LISTEN is re-established, and a write reaches the
 *     subscriber that kept its socket;
 *  4. SIGTERM-style stop closes the socket with 1001.
 * Prints what it tried and what held; exits 1 when something did not hold.
 */
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createClient } from 'graphql-ws';
import postgres from 'postgres';
import WebSocket from 'ws';
import { signToken } from '../src/auth/token.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/index.js';
import { createLogger } from '../src/logger.js';
import { seedDemo } from '../src/seed.js';
import { startServer } from '../src/server.js';

const baseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const cluster = execSync('ls /etc/postgresql').toString().trim();
const pgctl = (action: 'stop' | 'start') => execSync(`pg_ctlcluster --skip-systemctl-redirect ${cluster} main ${action}`, { stdio: 'inherit' });
const results: { check: string; ok: boolean; detail: string }[] = [];
const record = (check: string, ok: boolean, detail: string) => {
  results.push({ check, ok, detail });
  console.log(`${ok ? 'held ' : 'FAILED'}  ${check}: ${detail}`);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const name = `kinerja_drill_${randomBytes(4).toString('hex')}`;
const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
await admin.end();
const url = new URL(baseUrl);
url.pathname = `/${name}`;

const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
const database = await openDatabase({ databaseUrl: url.toString() });
await database.migrate();
const seed = await seedDemo(database.db, { employees: 60 });
const server = await startServer(config, database, createLogger('silent'));
const base = server.url.replace(/\/graphql$/, '');
const token = await signToken(config.jwt, { subject: seed.adminNip, roles: ['employee', 'admin'] });

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const started = performance.now();
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as any, ms: Math.round(performance.now() - started) };
}

const me = await gql('{ me { id name unit { id } } }');
const { id: employeeId, name: originalName, unit } = me.body.data.me;

const received: string[] = [];
let closeCode: number | null = null;
const client = createClient({
  url: server.url.replace(/^http/, 'ws'),
  webSocketImpl: WebSocket,
  connectionParams: { authorization: `Bearer ${token}` },
  retryAttempts: 0,
  on: { closed: (event: any) => (closeCode = event.code) },
});
client.subscribe(
  { query: 'subscription($u: ID!) { employeeUpdated(unitId: $u) { name } }', variables: { u: unit.id } },
  { next: (v: any) => received.push(v.data?.employeeUpdated?.name ?? JSON.stringify(v.errors)), error: () => {}, complete: () => {} },
);
while (server.pubsub.subscriberCount < 1) await sleep(20);

try {
  console.log('stopping PostgreSQL');
  pgctl('stop');
  const ready = await fetch(`${base}/readyz`);
  record('readyz reports the outage', ready.status === 503, `status ${ready.status}`);
  const health = await fetch(`${base}/healthz`);
  record('the process stays up', health.status === 200, `healthz ${health.status}`);
  const down = await gql('{ employees(first: 5) { nodes { id } } }');
  const code = down.body.errors?.[0]?.extensions?.code;
  record('a read fails fast with a clear error', code === 'SERVICE_UNAVAILABLE' && down.ms < 5000, `${code} in ${down.ms} ms (HTTP ${down.status})`);
  record('no stack trace leaks', !JSON.stringify(down.body).includes('stacktrace'), 'error body checked');
} finally {
  console.log('starting PostgreSQL');
  pgctl('start');
}

let recovered = false;
const recoveryStarted = performance.now();
for (let i = 0; i < 60 && !recovered; i++) {
  const res = await gql('{ employees(first: 5) { totalCount } }');
  recovered = res.body.data?.employees?.totalCount === 60;
  if (!recovered) await sleep(500);
}
record('reads recover without a restart', recovered, `after ${Math.round(performance.now() - recoveryStarted)} ms`);

// LISTEN comes back on its own; give postgres.js a moment to re-listen, then write.
let delivered = false;
for (let attempt = 1; attempt <= 10 && !delivered; attempt++) {
  const newName = `${originalName} #${attempt}`;
  await gql('mutation($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { userErrors { message } } }', { i: { id: employeeId, name: newName } });
  for (let i = 0; i < 20 && !received.includes(newName); i++) await sleep(100);
  delivered = received.includes(newName);
}
record('the subscriber kept its socket and gets events after the restart', delivered && closeCode === null, `received ${JSON.stringify(received)}`);

await server.stop();
await sleep(200);
record('stop closes the socket with 1001 (going away)', closeCode === 1001, `close code ${closeCode}`);
await database.close();
await client.dispose();
const cleanup = postgres(baseUrl, { max: 1, onnotice: () => {} });
await cleanup.unsafe(`drop database if exists ${name} with (force)`);
await cleanup.end();

const failed = results.filter((r) => !r.ok).length;
console.log(`fault drill: ${results.length - failed} held, ${failed} failed`);
process.exit(failed ? 1 : 0);
