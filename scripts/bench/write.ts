/**
 * write: mutations under concurrency against kinerja in its own process (production settings): throughput and p99.
 * One entry per write the issue names. Each entry checks that its mutation is in the running server's schema, sends
 * one request to make sure it succeeds (no errors, no userErrors), then runs the load with a shared rotation so that
 * concurrent requests carry different inputs.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { printTable, type BenchOptions } from './lib/common.js';
import { ensureBenchDatabase, loadFixture, type Fixture } from './lib/database.js';
import { GRAPHQL_OR_USER_ERRORS, describeLoad, runLoad, type LoadResult } from './lib/load.js';
import { postGraphQL, spawnKinerja } from './lib/servers.js';

interface WriteRequest {
  variables: Record<string, unknown>;
  headers?: Record<string, string>;
}

export interface WriteOperation {
  name: string;
  description: string;
  /** The Mutation field it calls; the entry is skipped while the running schema lacks it. */
  field: string;
  /** Why it is not wired yet (a slot for a module still being built). */
  pending?: string;
  document?: string;
  /** Who sends it. */
  viewer?: 'admin' | 'public';
  /** The requests the load rotates through. */
  requests?(fixture: Fixture): WriteRequest[];
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
  // SLOTS: the planning workflow and the daily log. Wire each with a `requests` that prepares what it needs through
  // the API first (submitPlan: DRAFT plans with a main RHK and indicators, cascaded from the appraiser's plan, one per
  // request of the run, or a submit/return cycle; approvePlan: SUBMITTED plans and their appraisers' tokens; the
  // daily log: an employee token and today's entry), then drop `pending`.
  {
    name: 'submitPlan',
    description: 'an employee submits a DRAFT plan (SKP) to the appraiser',
    field: 'submitPlan',
    pending: 'needs a supply of DRAFT plans with RHK and indicators (no planning seeder yet)',
  },
  {
    name: 'approvePlan',
    description: 'the appraiser approves a SUBMITTED plan',
    field: 'approvePlan',
    pending: 'needs a supply of SUBMITTED plans and the appraisers\u2019 tokens (no planning seeder yet)',
  },
  {
    name: 'logActivity',
    description: 'an employee records a daily log entry against an RHK',
    field: 'logActivity',
    pending: 'the daily log mutation does not exist yet',
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
      const requests = operation.requests(fixture);
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
      const load = await runLoad({
        origin: url.origin,
        requests: requests.map((request) => ({
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
  }
  printTable(
    `writes (${options.connections} connections, ${options.duration} s, kinerja in production mode)`,
    results.map((result) => ({
      mutation: result.operation,
      ...(result.load ? describeLoad(result.load) : { 'req/s': null }),
      status: result.status === 'measured' ? 'measured' : `${result.status}: ${result.detail}`,
    })),
  );
  return { database: database.name, connections: options.connections, operations: results };
}
