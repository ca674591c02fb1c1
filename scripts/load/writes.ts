/**
 * Load without loss: fires N concurrent writes of mixed kinds at a running server on PostgreSQL, then checks the
 * database: nothing lost, nothing duplicated, no capacity exceeded. Prints what it tried and what held.
 *
 *   npm run load:writes -- --writes 1000 [--employees 300]
 *
 * The server runs as its own process (`node --import tsx src/main.ts`) on a throw-away database. Each kind of write
 * is used when the schema has its mutation, so the script grows with the modules.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { signToken } from '../../src/auth/token.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/index.js';
import { seedDemo } from '../../src/seed.js';

const { values } = parseArgs({ options: { writes: { type: 'string', default: '1000' }, employees: { type: 'string', default: '300' } } });
const total = Number(values.writes);
const baseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const secret = 'load-test-secret-that-is-long-enough-0123456789';

// -- a throw-away database, seeded
const dbName = `kinerja_load_${randomBytes(4).toString('hex')}`;
const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${dbName}`);
await admin.end();
const url = new URL(baseUrl);
url.pathname = `/${dbName}`;
const databaseUrl = url.toString();
const seeding = await openDatabase({ databaseUrl });
await seeding.migrate();
const seed = await seedDemo(seeding.db, { employees: Number(values.employees) });
await seeding.close();
const sql = postgres(databaseUrl, { max: 4, onnotice: () => {} });

// -- the server, in its own process
const port = 4900 + Math.floor(Math.random() * 90);
const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production', JWT_SECRET: secret, LOG_LEVEL: 'error', SEED_ON_EMPTY: 'false' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const endpoint = `http://127.0.0.1:${port}/graphql`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) break;
  } catch {}
  if (i > 200) throw new Error('server did not start');
  await new Promise((r) => setTimeout(r, 100));
}
const jwt = { ...loadConfig({}).jwt, secret };
const adminToken = await signToken(jwt, { subject: seed.adminNip, roles: ['employee', 'admin'] });

async function call(query: string, variables: Record<string, unknown>, token?: string) {
  const started = performance.now();
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body: any = await res.json();
  return { status: res.status, body, ms: performance.now() - started };
}

const mutations = new Set<string>(
  (await call('{ __schema { mutationType { fields { name } } } }', {}, adminToken)).body.data.__schema.mutationType.fields.map((f: any) => f.name),
);

interface Kind {
  name: string;
  /** The i-th write of this kind. */
  make(i: number): { query: string; variables: Record<string, unknown>; token?: string; key?: string };
  /** Whether a response counts as accepted (a row was written or an idempotent replay answered). */
  accepted(body: any): boolean;
  /** Checks the database against what was accepted; returns failures. */
  verify(accepted: { i: number; key?: string; body: any }[]): Promise<string[]>;
}

const kinds: Kind[] = [];

// Enrolments: admins nominate employees into a few open sessions at once; capacity must hold, waitlists take the rest.
if (mutations.has('nominateForSession')) {
  const sessions = await sql<{ id: number; capacity: number }[]>`
    select id, capacity from training_sessions where status = 'OPEN' order by id limit 5`;
  const people = await sql<{ id: number }[]>`select id from employees where nip is not null and nip <> ${seed.adminNip} order by id`;
  const taken = await sql<{ session_id: number; employee_id: number }[]>`select session_id, employee_id from enrolments`;
  const busy = new Set(taken.map((r) => `${r.session_id}:${r.employee_id}`));
  const pairs: { sessionId: number; employeeId: number }[] = [];
  for (const person of people) for (const s of sessions) if (!busy.has(`${s.id}:${person.id}`)) pairs.push({ sessionId: s.id, employeeId: person.id });
  const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');
  kinds.push({
    name: 'enrolment',
    make: (i) => {
      const pair = pairs[i % pairs.length]!;
      return {
        query: 'mutation($i: NominateForSessionInput!) { nominateForSession(input: $i) { enrolment { id status } userErrors { code } } }',
        variables: { i: { sessionId: gid('TrainingSession', pair.sessionId), employeeId: gid('Employee', pair.employeeId) } },
        token: adminToken,
      };
    },
    accepted: (body) => Boolean(body.data?.nominateForSession?.enrolment),
    async verify(accepted) {
      const failures: string[] = [];
      const rows = await sql<{ session_id: number; capacity: number; approved: number; total: number; distinct_people: number }[]>`
        select s.id as session_id, s.capacity,
               count(*) filter (where e.status in ('APPROVED', 'COMPLETED'))::int as approved,
               count(*)::int as total, count(distinct e.employee_id)::int as distinct_people
          from training_sessions s join enrolments e on e.session_id = s.id
         where s.id in ${sql(sessions.map((s) => s.id))} group by s.id, s.capacity`;
      for (const row of rows) {
        if (row.approved > row.capacity) failures.push(`session ${row.session_id}: ${row.approved} approved over capacity ${row.capacity}`);
        if (row.total !== row.distinct_people) failures.push(`session ${row.session_id}: duplicate enrolments`);
      }
      const ids = accepted.map((a) => Number(Buffer.from(a.body.data.nominateForSession.enrolment.id, 'base64').toString().split(':')[1]));
      const found = ids.length ? await sql<{ n: number }[]>`select count(*)::int as n from enrolments where id in ${sql(ids)}` : [{ n: 0 }];
      if (found[0]!.n !== new Set(ids).size) failures.push(`enrolments: ${ids.length} accepted, ${found[0]!.n} stored`);
      console.log(`  enrolment: ${rows.map((r) => `session ${r.session_id} ${r.approved}/${r.capacity} approved, ${r.total - r.approved} waitlisted or requested`).join('; ')}`);
      return failures;
    },
  });
}

// Directory edits: renames of distinct employees; every accepted rename must be in the database.
{
  const people = await sql<{ id: number }[]>`select id from employees where nip is not null order by id limit 200`;
  const gid = (id: number) => Buffer.from(`Employee:${id}`).toString('base64');
  kinds.push({
    name: 'employeeUpdate',
    make: (i) => {
      const person = people[i % people.length]!;
      return {
        query: 'mutation($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { employee { id name } userErrors { code } } }',
        variables: { i: { id: gid(person.id), rank: `Load ${i}` } },
        token: adminToken,
        key: String(person.id),
      };
    },
    accepted: (body) => Boolean(body.data?.updateEmployee?.employee),
    async verify(accepted) {
      // The last accepted write per employee is not knowable from outside; each stored rank must be one that was sent.
      const sent = new Set(accepted.map((a) => `Load ${a.i}`));
      const rows = await sql<{ rank: string }[]>`select rank from employees where rank like 'Load %'`;
      const unknown = rows.filter((r) => !sent.has(r.rank));
      const audits = await sql<{ n: number }[]>`select count(*)::int as n from audit_log where action = 'employee.update'`;
      const failures = unknown.length ? [`${unknown.length} ranks that no accepted write sent`] : [];
      if (audits[0]!.n !== accepted.length) failures.push(`audit: ${accepted.length} accepted updates, ${audits[0]!.n} audit entries`);
      return failures;
    },
  });
}

console.log(`load: ${total} concurrent writes over ${kinds.map((k) => k.name).join(', ')} against ${endpoint}`);
const plan = Array.from({ length: total }, (_, i) => ({ kind: kinds[i % kinds.length]!, i: Math.floor(i / kinds.length) }));
const started = performance.now();
const results = await Promise.all(
  plan.map(async ({ kind, i }) => {
    const request = kind.make(i);
    try {
      const res = await call(request.query, request.variables, request.token);
      return { kind, i, key: request.key, ...res };
    } catch (error) {
      return { kind, i, key: request.key, status: 0, body: { transport: String(error) }, ms: 0 };
    }
  }),
);
const elapsed = performance.now() - started;
const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
const pct = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!);

const failures: string[] = [];
for (const kind of kinds) {
  const mine = results.filter((r) => r.kind === kind);
  const accepted = mine.filter((r) => kind.accepted(r.body));
  const refused = mine.filter((r) => !kind.accepted(r.body) && r.status < 500 && !r.body.errors && !r.body.transport);
  const broken = mine.filter((r) => r.status >= 500 || r.body.errors || r.body.transport);
  console.log(`  ${kind.name}: ${mine.length} sent, ${accepted.length} accepted, ${refused.length} refused with userErrors, ${broken.length} failed`);
  for (const b of broken.slice(0, 3)) failures.push(`${kind.name}: HTTP ${b.status} ${JSON.stringify(b.body).slice(0, 200)}`);
  failures.push(...(await kind.verify(accepted)));
}
console.log(`load: ${total} writes in ${Math.round(elapsed)} ms (${Math.round((total / elapsed) * 1000)} writes/s), latency p50 ${pct(50)} ms, p99 ${pct(99)} ms`);

server.kill('SIGTERM');
await new Promise((r) => server.on('exit', r));
await sql.end();
const cleanup = postgres(baseUrl, { max: 1, onnotice: () => {} });
await cleanup.unsafe(`drop database if exists ${dbName} with (force)`);
await cleanup.end();
if (failures.length) {
  console.log(`load: FAILED\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('load: held (nothing lost, nothing duplicated, no capacity exceeded)');
