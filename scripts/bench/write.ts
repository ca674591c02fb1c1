/**
 * write: mutations under concurrency against kinerja in its own process (production settings): throughput and p99.
 * One entry per write the issue names. Each entry checks that its mutation is in the running server's schema, sends
 * one request to make sure it succeeds (no errors, no userErrors), then runs the load with a shared rotation so that
 * concurrent requests carry different inputs.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { printTable, reportBroken, type BenchOptions } from './lib/common.js';
import { ensureBenchDatabase, loadFixture, type Fixture } from './lib/database.js';
import { GRAPHQL_OR_USER_ERRORS, describeLoad, runLoad, type LoadResult } from './lib/load.js';
import { postGraphQL, spawnKinerja } from './lib/servers.js';
import postgres from 'postgres';
import type { Role } from '../../src/auth/viewer.js';

interface WriteRequest {
  variables: Record<string, unknown>;
  headers?: Record<string, string>;
  /** The plan it changes (restored after the run). */
  planId?: number;
}

interface WriteTools {
  /** The benchmark database. */
  sql: postgres.Sql;
  /** A token for an employee (by NIP) of the running server. */
  token(nip: string, roles?: Role[]): Promise<string>;
}

/** One request per plan, sent with the token of the employee (NIP) who acts on it. */
function planRequests(plans: { id: number; nip: string }[], tools: WriteTools): Promise<WriteRequest[]> {
  return Promise.all(
    plans.map(async (plan) => ({
      variables: { input: { planId: encodeGlobalID('PerformancePlan', plan.id) } },
      headers: { authorization: `Bearer ${await tools.token(plan.nip)}` },
      planId: Number(plan.id),
    })),
  );
}

export interface WriteOperation {
  name: string;
  description: string;
  /** The Mutation field it calls; the entry is skipped while the running schema lacks it. */
  field: string;
  /** Why it is not wired yet (a slot for a module still being built). */
  pending?: string;
  document?: string;
  /** Who sends it: the admin, the public, or the token in each request's headers. */
  viewer?: 'admin' | 'public' | 'own';
  /** Each request can succeed once (a plan is submitted once): a fixed batch of all of them instead of a timed run. */
  once?: boolean;
  /** The requests the load rotates through. */
  requests?(fixture: Fixture, tools: WriteTools): WriteRequest[] | Promise<WriteRequest[]>;
}

export const WRITE_OPERATIONS: WriteOperation[] = [
  {
    name: 'updateEmployee',
    description: "an admin corrects an employee's name (writes the current name back: the data stays as seeded)",
    field: 'updateEmployee',
    viewer: 'admin',
    document: /* GraphQL */ `
      mutation UpdateEmployee($input: UpdateEmployeeInput!) {
        updateEmployee(input: $input) { employee { id name } userErrors { field message code } }
      }`,
    requests: (fixture) =>
      fixture.writeTargets.map((target) => ({ variables: { input: { id: encodeGlobalID('Employee', target.id), name: target.name } } })),
  },
  {
    name: 'submitPublicFeedback',
    description:
      'a citizen rates a service unit (anonymous; 1,000 simulated clients by X-Forwarded-For, TRUST_PROXY=loopback, ' +
      'rate limit raised so that no synthetic client is refused)',
    field: 'submitPublicFeedback',
    viewer: 'public',
    document: /* GraphQL */ `
      mutation SubmitPublicFeedback($input: SubmitPublicFeedbackInput!) {
        submitPublicFeedback(input: $input) { trackingCode userErrors { field message code } }
      }`,
    requests: (fixture) =>
      Array.from({ length: 1000 }, (_, i) => ({
        variables: {
          input: {
            unitId: encodeGlobalID('OrgUnit', fixture.unitIds[i % fixture.unitIds.length]!),
            rating: 1 + (i % 5),
            comment: `Pelayanan di loket cukup cepat (benchmark ${i}).`,
            serviceName: 'Perekaman KTP-el',
            channel: 'WEB',
          },
        },
        headers: { 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
      })),
  },
  {
    name: 'submitPlan',
    description: 'employees submit their DRAFT or RETURNED plan (SKP) to the appraiser, each plan once (a fixed batch)',
    field: 'submitPlan',
    viewer: 'own',
    once: true,
    document: /* GraphQL */ `
      mutation SubmitPlan($input: SubmitPlanInput!) {
        submitPlan(input: $input) { plan { id status } userErrors { field message code } }
      }`,
    requests: async (_fixture, tools) => {
      const plans = await tools.sql<{ id: number; nip: string }[]>`
        select p.id, e.nip from performance_plans p
          join employees e on e.id = p.employee_id
          join performance_periods pp on pp.id = p.period_id
         where p.is_current and p.status in ('DRAFT', 'RETURNED') and pp.status = 'OPEN' and e.nip is not null
           and exists (select 1 from work_results w join indicators i on i.work_result_id = w.id where w.plan_id = p.id and w.kind = 'MAIN')
         order by md5(p.id::text) limit 2000`;
      return planRequests(plans, tools);
    },
  },
  {
    name: 'approvePlan',
    description: 'appraisers approve SUBMITTED plans (those of the seed and those just submitted), each once (a fixed batch)',
    field: 'approvePlan',
    viewer: 'own',
    once: true,
    document: /* GraphQL */ `
      mutation ApprovePlan($input: ApprovePlanInput!) {
        approvePlan(input: $input) { plan { id status } userErrors { field message code } }
      }`,
    requests: async (_fixture, tools) => {
      const plans = await tools.sql<{ id: number; nip: string }[]>`
        select p.id, a.nip from performance_plans p
          join employees a on a.id = p.appraiser_id
          join performance_periods pp on pp.id = p.period_id
         where p.is_current and p.status = 'SUBMITTED' and pp.status = 'OPEN' and a.nip is not null
         order by md5(p.id::text) limit 2000`;
      return planRequests(plans, tools);
    },
  },
  {
    name: 'logActivity',
    description: 'employees log a 30-minute activity against an RHK of their approved plan (log harian), many days each',
    field: 'logActivity',
    viewer: 'own',
    document: /* GraphQL */ `
      mutation LogActivity($input: LogActivityInput!) {
        logActivity(input: $input) { activityLog { id } userErrors { field message code } }
      }`,
    requests: async (_fixture, tools) => {
      // Each from its plan's first day: a log belongs to a day of its plan (of an open year: a closed year takes no
      // more logs), and a plan after a transfer starts later.
      const rhk = await tools.sql<{ id: number; nip: string; starts_on: string }[]>`
        select distinct on (p.employee_id) w.id, e.nip, to_char(p.starts_on, 'YYYY-MM-DD') as starts_on from performance_plans p
          join employees e on e.id = p.employee_id
          join performance_periods pp on pp.id = p.period_id
          join work_results w on w.plan_id = p.id and w.kind = 'MAIN'
         where p.is_current and p.status = 'APPROVED' and pp.status = 'OPEN' and e.nip is not null and p.ends_on >= p.starts_on + 40
         order by p.employee_id, w.position limit 200`;
      const tokens = await Promise.all(rhk.map((r) => tools.token(r.nip)));
      // 200 employees x 40 days x 30 minutes: far from a day's 1,440 minutes however long the run.
      return Array.from({ length: rhk.length * 40 }, (_, i) => {
        const r = rhk[i % rhk.length]!;
        const day = new Date(Date.parse(`${r.starts_on}T00:00:00Z`) + Math.floor(i / rhk.length) * 86_400_000).toISOString().slice(0, 10);
        return {
          variables: {
            input: {
              workResultId: encodeGlobalID('WorkResult', r.id),
              loggedOn: day,
              minutes: 30,
              description: `Menyusun bahan rapat koordinasi (benchmark ${i})`,
              output: 'Notula rapat',
            },
          },
          headers: { authorization: `Bearer ${tokens[i % rhk.length]}` },
        };
      });
    },
  },
];

export interface WriteResult {
  operation: string;
  description: string;
  status: 'measured' | 'pending' | 'not in schema' | 'failed';
  detail?: string;
  load?: LoadResult;
}

export async function runWrite(options: BenchOptions): Promise<{ database: string; connections: number; operations: WriteResult[] }> {
  const database = await ensureBenchDatabase(options.size);
  const fixture = await loadFixture(database.url, database.adminNip);
  const kinerja = await spawnKinerja({
    databaseUrl: database.url,
    env: { TRUST_PROXY: 'loopback', PUBLIC_SUBMISSIONS_PER_MINUTE: '1000000000' },
  });
  const results: WriteResult[] = [];
  const tools: WriteTools = { sql: postgres(database.url, { max: 2, onnotice: () => {} }), token: (nip, roles) => kinerja.token(nip, roles) };
  // The plans and daily logs as seeded, put back after the run so that the database stays reusable.
  const snapshot = await takeSnapshot(tools.sql);
  try {
    const adminToken = await kinerja.token(fixture.adminNip, ['employee', 'admin']);
    const schema = await postGraphQL(kinerja.url, '{ __schema { mutationType { fields { name } } } }', {}, adminToken);
    const mutations = new Set<string>((schema.data?.__schema?.mutationType?.fields ?? []).map((f: { name: string }) => f.name));
    const url = new URL(kinerja.url);
    for (const operation of WRITE_OPERATIONS) {
      const base = { operation: operation.name, description: operation.description };
      if (operation.pending || !operation.requests || !operation.document) {
        results.push({ ...base, status: 'pending', detail: operation.pending ?? 'not wired' });
        continue;
      }
      if (!mutations.has(operation.field)) {
        results.push({ ...base, status: 'not in schema', detail: `Mutation.${operation.field} is not in the running schema yet` });
        continue;
      }
      const requests = await operation.requests(fixture, tools);
      if (requests.length === 0) {
        results.push({ ...base, status: 'failed', detail: 'nothing to send in this database' });
        continue;
      }
      const auth: Record<string, string> = operation.viewer === 'admin' ? { authorization: `Bearer ${adminToken}` } : {};
      const probe = await fetch(kinerja.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth, ...requests[0]!.headers },
        body: JSON.stringify({ query: operation.document, variables: requests[0]!.variables }),
      });
      const probeText = await probe.text();
      if (!probe.ok || GRAPHQL_OR_USER_ERRORS.some((marker) => probeText.includes(marker))) {
        results.push({ ...base, status: 'failed', detail: `probe answered ${probe.status}: ${probeText.slice(0, 400)}` });
        continue;
      }
      // The probe used the first request: a once-only batch sends the others.
      const batch = operation.once ? requests.slice(1) : requests;
      const load = await runLoad({
        origin: url.origin,
        ...(operation.once ? { amount: batch.length } : {}),
        requests: batch.map((request) => ({
          method: 'POST',
          path: url.pathname,
          body: JSON.stringify({ query: operation.document, variables: request.variables }),
          headers: { ...auth, ...request.headers },
        })),
        duration: options.duration,
        warmup: Math.max(1, Math.round(options.duration / 5)),
        connections: options.connections,
        failureMarkers: GRAPHQL_OR_USER_ERRORS,
        rotation: 'global',
      });
      results.push({ ...base, status: 'measured', load });
    }
  } finally {
    await kinerja.stop();
    await restore(tools.sql, snapshot).finally(() => tools.sql.end());
  }
  printTable(
    `writes (${options.connections} connections, ${options.duration} s, kinerja in production mode)`,
    results.map((result) => ({
      mutation: result.operation,
      ...(result.load ? describeLoad(result.load) : { 'req/s': null }),
      status: result.status === 'measured' ? 'measured' : `${result.status}: ${result.detail}`,
    })),
  );
  for (const result of results) if (result.status === 'failed' || result.status === 'not in schema') reportBroken(`${result.operation}: ${result.detail}`);
  return { database: database.name, connections: options.connections, operations: results };
}

interface Snapshot {
  plans: string;
  maxTransitionId: number;
  maxActivityLogId: number;
}

/** What the planning and daily-log writes change: the plans of the open year, their history and the logs. */
async function takeSnapshot(sql: postgres.Sql): Promise<Snapshot> {
  const [plans] = await sql<{ rows: string }[]>`
    select coalesce(json_agg(p), '[]')::text as rows from performance_plans p
      join performance_periods pp on pp.id = p.period_id where pp.status = 'OPEN'`;
  const [transitions] = await sql<{ max: number }[]>`select coalesce(max(id), 0)::int as max from plan_transitions`;
  const [logs] = await sql<{ max: number }[]>`select coalesce(max(id), 0)::int as max from activity_logs`;
  return { plans: plans!.rows, maxTransitionId: transitions!.max, maxActivityLogId: logs!.max };
}

/** Puts the plans back as they were and removes the history and logs the run added (the audit log keeps its entries). */
async function restore(sql: postgres.Sql, snapshot: Snapshot): Promise<void> {
  const columns = await sql<{ name: string }[]>`
    select column_name as name from information_schema.columns
     where table_schema = 'public' and table_name = 'performance_plans' and column_name <> 'id' and is_generated = 'NEVER'`;
  const list = columns.map((c) => `"${c.name}"`).join(', ');
  const values = columns.map((c) => `s."${c.name}"`).join(', ');
  await sql.begin(async (tx) => {
    await tx`delete from plan_transitions where id > ${snapshot.maxTransitionId}`;
    await tx`delete from activity_logs where id > ${snapshot.maxActivityLogId}`;
    // Two steps, so that no moment has two plans in force for one employee and year (a unique index).
    await tx.unsafe(
      `update performance_plans p set is_current = false
         from json_populate_recordset(null::performance_plans, $1::text::json) s where p.id = s.id and p.is_current and not s.is_current`,
      [snapshot.plans],
    );
    await tx.unsafe(
      `update performance_plans p set (${list}) = (${values})
         from json_populate_recordset(null::performance_plans, $1::text::json) s where p.id = s.id`,
      [snapshot.plans],
    );
  });
}
