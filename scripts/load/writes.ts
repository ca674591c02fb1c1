/**
 * Load without loss: fires N concurrent writes of mixed kinds at a running server on PostgreSQL, then checks the
 * database: nothing lost, nothing duplicated, no capacity exceeded. Prints what it tried and what held.
 *
 *   npm run load:writes -- --writes 1000 [--employees 300] [--copies 2]
 *
 * The kinds, sent round-robin and all at once:
 * - enrolment: admins nominate employees into a few open sessions; approvals never exceed a session's capacity;
 * - employeeUpdate: an admin edits employees (several writes to the same row race); each accepted edit is audited;
 * - publicFeedback: anonymous citizens submit feedback with an idempotency key, each key sent `--copies` times at
 *   once by the same client (a distinct X-Forwarded-For per key; the server trusts loopback proxies and its rate
 *   limit is raised); every key is stored exactly once and every accepted answer for it gives its tracking code;
 * - dailyLog: employees log activities with their own token, more than fit in a day (1440 minutes), all at once;
 *   each accepted entry is stored exactly once, the day fills exactly and no day exceeds 1440 minutes.
 *
 * The server runs as its own process (`node --import tsx src/main.ts`, production settings) on a throw-away
 * database. Each kind of write is used when the schema has its mutation, so the script grows with the modules.
 * Exits non-zero on any loss, duplicate, capacity breach or unexpected error.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { signToken } from '../../src/auth/token.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/index.js';
import { formatTrackingCode } from '../../src/modules/public/rules.js';
import { seedDemo } from '../../src/seed.js';

const { values } = parseArgs({
  options: {
    writes: { type: 'string', default: '1000' },
    employees: { type: 'string', default: '300' },
    copies: { type: 'string', default: '2' },
  },
});
const total = Number(values.writes);
const copies = Math.max(1, Number(values.copies));
const baseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const secret = 'load-test-secret-that-is-long-enough-0123456789';
const runTag = randomBytes(3).toString('hex');

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
  env: {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    JWT_SECRET: secret,
    LOG_LEVEL: 'error',
    SEED_ON_EMPTY: 'false',
    // Public submissions come from many simulated clients (X-Forwarded-For from this loopback "proxy"), and the
    // per-client limit is raised: this run measures loss and duplicates, not the rate limit.
    TRUST_PROXY: 'loopback',
    PUBLIC_SUBMISSIONS_PER_MINUTE: '1000000000',
  },
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

async function call(query: string, variables: Record<string, unknown>, token?: string, headers: Record<string, string> = {}) {
  const started = performance.now();
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body: any = await res.json();
  return { status: res.status, body, ms: performance.now() - started };
}

const mutations = new Set<string>(
  (await call('{ __schema { mutationType { fields { name } } } }', {}, adminToken)).body.data.__schema.mutationType.fields.map((f: any) => f.name),
);
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64');
const idOf = (globalId: string) => Number(Buffer.from(globalId, 'base64').toString().split(':')[1]);

interface Sent {
  i: number;
  key?: string;
  body: any;
}

/** What the database holds for the accepted writes of one kind. */
interface Verdict {
  /** Accepted writes (or keys) found in the database. */
  stored: number;
  /** Accepted writes (or keys) not found. */
  lost: number;
  /** Extra rows: a write (or key) stored more than once. */
  duplicated: number;
  /** Capacity or consistency breaches, one line each. */
  failures: string[];
  /** A line of figures to print. */
  detail?: string;
  /** What stored/lost/duplicated count: accepted writes, or idempotency keys (several sends, one row). */
  counted?: 'writes' | 'keys';
}

interface Kind {
  name: string;
  field: string;
  /** The i-th write of this kind. */
  make(i: number): { query: string; variables: Record<string, unknown>; token?: string; key?: string; headers?: Record<string, string> };
  /** Whether a response counts as accepted (a row was written or an idempotent replay answered). */
  accepted(body: any): boolean;
  /** Checks the database against what was accepted (and what was sent). */
  verify(accepted: Sent[], sent: Sent[]): Promise<Verdict>;
  /** Runs once the plan of writes is known, before any is sent. */
  prepare?(): Promise<void>;
}

const kinds: Kind[] = [];

// Enrolments: admins nominate employees into a few open sessions at once; capacity must hold, waitlists take the rest.
if (mutations.has('nominateForSession')) {
  const sessions = await sql<{ id: number; capacity: number }[]>`
    select id, capacity from training_sessions where status = 'OPEN' order by id limit 5`;
  // Every eligible employee not yet enrolled, per session (the programme's position kinds; ASN only), in turn.
  const candidates = await sql<{ session_id: number; employee_id: number }[]>`
    select s.id as session_id, e.id as employee_id
      from training_sessions s
      join training_programmes g on g.id = s.programme_id
      join employees e on e.agency_id = g.agency_id and e.nip is not null and e.nip <> ${seed.adminNip} and e.employment_type <> 'ELECTED_OFFICIAL'
      join positions p on p.id = e.position_id
     where s.id in ${sql(sessions.map((s) => s.id))}
       and (cardinality(g.position_kinds) = 0 or p.kind = any(g.position_kinds))
       and not exists (select 1 from enrolments x where x.session_id = s.id and x.employee_id = e.id)
     order by e.id, s.id`;
  const pairs = candidates.map((c) => ({ sessionId: Number(c.session_id), employeeId: Number(c.employee_id) }));
  kinds.push({
    name: 'enrolment',
    field: 'nominateForSession',
    make: (i) => {
      const pair = pairs[i % pairs.length]!;
      return {
        query: 'mutation($i: NominateForSessionInput!) { nominateForSession(input: $i) { enrolment { id status } userErrors { code field } } }',
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
      let duplicated = 0;
      for (const row of rows) {
        if (row.approved > row.capacity) failures.push(`session ${row.session_id}: ${row.approved} approved over capacity ${row.capacity}`);
        duplicated += row.total - row.distinct_people;
      }
      const ids = accepted.map((a) => idOf(a.body.data.nominateForSession.enrolment.id));
      const [found] = ids.length ? await sql<{ n: number }[]>`select count(*)::int as n from enrolments where id in ${sql(ids)}` : [{ n: 0 }];
      const statuses = new Map<string, number>();
      for (const a of accepted) statuses.set(a.body.data.nominateForSession.enrolment.status, (statuses.get(a.body.data.nominateForSession.enrolment.status) ?? 0) + 1);
      return {
        stored: found!.n,
        lost: new Set(ids).size - found!.n,
        duplicated,
        failures,
        detail:
          `answers ${[...statuses].map(([s, n]) => `${n} ${s}`).join(', ')}; ` +
          rows.map((r) => `session ${r.session_id} ${r.approved}/${r.capacity} approved, ${r.total - r.approved} waitlisted`).join('; '),
      };
    },
  });
}

// Directory edits: several admins' edits of the same employees race; every accepted edit is audited exactly once and
// each stored value is one that an accepted write sent.
if (mutations.has('updateEmployee')) {
  const people = await sql<{ id: number }[]>`select id from employees where nip is not null order by id limit 200`;
  kinds.push({
    name: 'employeeUpdate',
    field: 'updateEmployee',
    make: (i) => {
      const person = people[i % people.length]!;
      return {
        query: 'mutation($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { employee { id name } userErrors { code field } } }',
        variables: { i: { id: gid('Employee', person.id), rank: `Load ${runTag} ${i}` } },
        token: adminToken,
        key: String(person.id),
      };
    },
    accepted: (body) => Boolean(body.data?.updateEmployee?.employee),
    async verify(accepted) {
      // The last accepted write per employee is not knowable from outside; each stored rank must be one that was sent,
      // and each accepted write must have left exactly one audit entry with its value.
      const sent = new Set(accepted.map((a) => `Load ${runTag} ${a.i}`));
      const rows = await sql<{ rank: string }[]>`select rank from employees where rank like ${`Load ${runTag} %`}`;
      const unknown = rows.filter((r) => !sent.has(r.rank));
      const audits = await sql<{ rank: string; n: number }[]>`
        select after->>'rank' as rank, count(*)::int as n from audit_log
         where action = 'employee.update' and after->>'rank' like ${`Load ${runTag} %`} group by 1`;
      const audited = new Map(audits.map((a) => [a.rank, a.n]));
      let stored = 0;
      let duplicated = 0;
      for (const rank of sent) {
        const n = audited.get(rank) ?? 0;
        if (n > 0) stored += 1;
        if (n > 1) duplicated += n - 1;
      }
      const failures = unknown.length ? [`employeeUpdate: ${unknown.length} stored ranks that no accepted write sent`] : [];
      const strays = audits.filter((a) => !sent.has(a.rank)).length;
      if (strays) failures.push(`employeeUpdate: ${strays} audit entries of writes that were not accepted`);
      return { stored, lost: sent.size - stored, duplicated, failures, detail: `${rows.length} employees hold an edited rank; ${audits.length} audited edits` };
    },
  });
}

// Public feedback with idempotency keys: each key sent `copies` times at once by one client.
if (mutations.has('submitPublicFeedback')) {
  const units = await sql<{ id: number }[]>`
    select u.id from org_units u where exists (select 1 from employees e where e.unit_id = u.id) order by u.id limit 20`;
  const keyOf = (i: number) => Math.floor(i / copies);
  kinds.push({
    name: 'publicFeedback',
    field: 'submitPublicFeedback',
    make: (i) => {
      const k = keyOf(i);
      const client = 1 + k;
      return {
        query:
          'mutation($i: SubmitPublicFeedbackInput!) { submitPublicFeedback(input: $i) { trackingCode retryAfterSeconds userErrors { code message } } }',
        variables: {
          i: {
            unitId: gid('OrgUnit', units[k % units.length]!.id),
            rating: 1 + (k % 5),
            comment: `Pelayanan cukup cepat (load ${runTag} key ${k}).`,
            serviceName: 'Perekaman KTP-el',
            channel: 'WEB',
            idempotencyKey: `load-${runTag}-${k}`,
          },
        },
        key: String(k),
        headers: { 'x-forwarded-for': `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client & 255}` },
      };
    },
    accepted: (body) => Boolean(body.data?.submitPublicFeedback?.trackingCode),
    async verify(accepted, sent) {
      const rows = await sql<{ key: string; n: number; codes: string[] }[]>`
        select substring(comment from ${`key (\\d+)\\)\\.$`}) as key, count(*)::int as n, array_agg(tracking_code) as codes
          from public_feedback where comment like ${`%(load ${runTag} key %`} group by 1`;
      const stored = new Map(rows.map((r) => [r.key, r]));
      const answers = new Map<string, Set<string>>();
      for (const a of accepted) {
        if (!answers.has(a.key!)) answers.set(a.key!, new Set());
        answers.get(a.key!)!.add(a.body.data.submitPublicFeedback.trackingCode);
      }
      const failures: string[] = [];
      let found = 0;
      let duplicated = 0;
      let disagreeing = 0;
      for (const [key, codes] of answers) {
        const row = stored.get(key);
        if (!row) continue;
        found += 1;
        if (codes.size !== 1 || !codes.has(formatTrackingCode(row.codes[0]!))) disagreeing += 1;
      }
      for (const row of rows) if (row.n > 1) duplicated += row.n - 1;
      if (disagreeing) failures.push(`publicFeedback: ${disagreeing} keys whose accepted answers do not all give the stored tracking code`);
      const keysSent = new Set(sent.map((s) => s.key)).size;
      const unanswered = rows.filter((r) => !answers.has(r.key)).length;
      const replays = accepted.length - answers.size;
      return {
        counted: 'keys',
        stored: found,
        lost: answers.size - found,
        duplicated,
        failures,
        detail:
          `${keysSent} idempotency keys × ${copies} concurrent copies; ${answers.size} keys accepted (${replays} answers were replays ` +
          `of a stored key), ${rows.length} keys stored, ${unanswered} stored without an accepted answer`,
      };
    },
  });
}

// Daily logs: employees with an approved plan in force log an activity with their own token, about a dozen entries
// of 150 minutes each on the same day, all at once: nine fit in the day's 1440 minutes, the rest must be refused.
if (mutations.has('logActivity')) {
  // The day: yesterday, or the plan's last day when it ended before (a log belongs to a day of its plan, of an open
  // year), with nothing logged on it yet, so that the whole day's minutes are the test's.
  const candidates = await sql<{ employee_id: number; nip: string; work_result_id: number; day: string }[]>`
    select distinct on (p.employee_id) p.employee_id, e.nip, w.id as work_result_id, to_char(d.day, 'YYYY-MM-DD') as day
      from performance_plans p join employees e on e.id = p.employee_id join work_results w on w.plan_id = p.id
      join performance_periods pp on pp.id = p.period_id and pp.status = 'OPEN'
     cross join lateral (select least(p.ends_on, current_date - 1) as day) d
     where p.is_current and p.status = 'APPROVED' and e.nip is not null and p.starts_on <= d.day
       and not exists (select 1 from activity_logs l where l.employee_id = p.employee_id and l.logged_on = d.day)
     order by p.employee_id, w.id`;
  const MINUTES = 150;
  const PER_DAY = Math.floor(1440 / MINUTES);
  const PER_AUTHOR = PER_DAY + 3;
  const tokens = new Map<string, string>();
  let authors: { employee_id: number; nip: string; work_result_id: number; day: string }[] = [];
  const authorOf = (i: number) => {
    if (authors.length === 0) {
      const writes = plan.filter((p) => p.kind.name === 'dailyLog').length;
      authors = Array.from(candidates).slice(0, Math.max(1, Math.min(candidates.length, Math.ceil(writes / PER_AUTHOR))));
    }
    return authors[i % authors.length]!;
  };
  kinds.push({
    name: 'dailyLog',
    field: 'logActivity',
    // The authors' tokens, signed once the plan of writes is known and before any is sent.
    async prepare() {
      authorOf(0);
      for (const a of authors) tokens.set(a.nip, await signToken(jwt, { subject: a.nip, roles: ['employee'] }));
    },
    make: (i) => {
      const author = authorOf(i);
      return {
        query: 'mutation($i: LogActivityInput!) { logActivity(input: $i) { activityLog { id } userErrors { code field message } } }',
        variables: {
          i: {
            workResultId: gid('WorkResult', author.work_result_id),
            loggedOn: author.day,
            description: `Memeriksa berkas (load ${runTag} ${i})`,
            output: `${1 + (i % 9)} berkas`,
            minutes: MINUTES,
          },
        },
        token: tokens.get(author.nip),
        key: String(author.employee_id),
      };
    },
    accepted: (body) => Boolean(body.data?.logActivity?.activityLog),
    async verify(accepted, sent) {
      const rows = await sql<{ id: number; description: string }[]>`
        select id, description from activity_logs where description like ${`Memeriksa berkas (load ${runTag} %`}`;
      const byText = new Map<string, number[]>();
      for (const r of rows) byText.set(r.description, [...(byText.get(r.description) ?? []), Number(r.id)]);
      let stored = 0;
      let duplicated = 0;
      const failures: string[] = [];
      for (const a of accepted) {
        const ids = byText.get(`Memeriksa berkas (load ${runTag} ${a.i})`) ?? [];
        if (ids.includes(idOf(a.body.data.logActivity.activityLog.id))) stored += 1;
      }
      for (const ids of byText.values()) if (ids.length > 1) duplicated += ids.length - 1;
      const over = await sql<{ employee_id: number; minutes: number }[]>`
        select employee_id, sum(minutes)::int as minutes from activity_logs group by employee_id, logged_on having sum(minutes) > 1440`;
      for (const o of over) failures.push(`dailyLog: employee ${o.employee_id} has ${o.minutes} minutes on one day (over 1440)`);
      const strays = rows.length - stored - duplicated;
      if (strays > 0) failures.push(`dailyLog: ${strays} entries stored for writes that were not accepted`);
      // The day fills exactly: each author gets min(sent, PER_DAY) entries, no fewer (no spurious refusal), no more.
      const sentBy = new Map<string, number>();
      const acceptedBy = new Map<string, number>();
      for (const x of sent) sentBy.set(x.key!, (sentBy.get(x.key!) ?? 0) + 1);
      for (const x of accepted) acceptedBy.set(x.key!, (acceptedBy.get(x.key!) ?? 0) + 1);
      const unfilled = [...sentBy].filter(([k, n]) => (acceptedBy.get(k) ?? 0) !== Math.min(n, PER_DAY));
      if (unfilled.length) failures.push(`dailyLog: ${unfilled.length} employees whose accepted entries are not min(sent, ${PER_DAY})`);
      return {
        stored,
        lost: accepted.length - stored,
        duplicated,
        failures,
        detail:
          `${sentBy.size} employees × about ${PER_AUTHOR} entries of ${MINUTES} min on one day each (${PER_DAY} fit in a day); ` +
          `days over 1440 minutes: ${over.length}`,
      };
    },
  });
}

console.log(`load: ${total} concurrent writes over ${kinds.map((k) => k.name).join(', ')} against ${endpoint} (PostgreSQL ${dbName})`);
const plan = Array.from({ length: total }, (_, i) => ({ kind: kinds[i % kinds.length]!, i: Math.floor(i / kinds.length) }));
for (const kind of kinds) await kind.prepare?.();
const started = performance.now();
const results = await Promise.all(
  plan.map(async ({ kind, i }) => {
    const request = kind.make(i);
    try {
      const res = await call(request.query, request.variables, request.token, request.headers);
      return { kind, i, key: request.key, ...res };
    } catch (error) {
      return { kind, i, key: request.key, status: 0, body: { transport: String(error) }, ms: 0 };
    }
  }),
);
const elapsed = performance.now() - started;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
};

/** Why a write was not accepted: its userErrors codes, or the GraphQL error code, or the transport failure. */
function reasonOf(r: (typeof results)[number]): string {
  if (r.body.transport) return 'transport error';
  if (r.body.errors?.length) return `error ${r.body.errors[0]?.extensions?.code ?? 'UNKNOWN'} (HTTP ${r.status})`;
  const payload = r.body.data?.[r.kind.field];
  if (payload?.retryAfterSeconds != null) return 'RATE_LIMITED';
  const codes = (payload?.userErrors ?? []).map((e: { code: string; field?: string[] }) => (e.field?.length ? `${e.code} (${e.field.join('.')})` : e.code));
  return codes.length ? codes.join('+') : `no answer (HTTP ${r.status})`;
}

const failures: string[] = [];
const table: Record<string, unknown>[] = [];
for (const kind of kinds) {
  const mine = results.filter((r) => r.kind === kind);
  const accepted = mine.filter((r) => kind.accepted(r.body));
  const notAccepted = mine.filter((r) => !kind.accepted(r.body));
  const broken = notAccepted.filter((r) => r.status >= 500 || r.status === 0 || r.body.errors || r.body.transport);
  const reasons = new Map<string, number>();
  for (const r of notAccepted) reasons.set(reasonOf(r), (reasons.get(reasonOf(r)) ?? 0) + 1);
  for (const b of broken.slice(0, 3)) failures.push(`${kind.name}: HTTP ${b.status} ${JSON.stringify(b.body).slice(0, 200)}`);
  const verdict = await kind.verify(accepted, mine);
  failures.push(...verdict.failures);
  if (verdict.lost > 0) failures.push(`${kind.name}: ${verdict.lost} accepted writes lost`);
  if (verdict.duplicated > 0) failures.push(`${kind.name}: ${verdict.duplicated} duplicated rows`);
  table.push({
    kind: kind.name,
    sent: mine.length,
    ok: accepted.length,
    refused: notAccepted.length,
    stored: verdict.stored,
    lost: verdict.lost,
    duplicated: verdict.duplicated,
    'counted in': verdict.counted ?? 'writes',
    'p50 ms': percentile(mine.map((r) => r.ms), 50),
    'p99 ms': percentile(mine.map((r) => r.ms), 99),
  });
  console.log(`  ${kind.name}: refused ${notAccepted.length}${reasons.size ? ` (${[...reasons].map(([why, n]) => `${n} ${why}`).join(', ')})` : ''}`);
  if (verdict.detail) console.log(`    ${verdict.detail}`);
}
console.table(table);
const latencies = results.map((r) => r.ms);
console.log(
  `load: ${total} writes in ${Math.round(elapsed)} ms (${Math.round((total / elapsed) * 1000)} writes/s), ` +
    `latency p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms`,
);

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
