/**
 * Federated traces (ftv1): a router that asks with `apollo-federation-include-trace: ftv1` gets the execution tree
 * of its request in `extensions.ftv1` (base64 protobuf), every field in it, with error details masked; everyone else
 * gets no trace. Apollo wraps the schema's resolvers at the first traced request for the rest of the process, and
 * untraced requests bypass those wrappers afterwards (patches of `@apollo/server` and `graphql` in
 * scripts/patches/), leaf fields answered from their row: traced requests must still go through them and see every
 * field.
 */
import { Trace } from '@apollo/usage-reporting-protobuf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.js';
import { PubSubmit, publicFixtures } from './public-fixtures.js';
import { startTestServer, subscribe, waitForSubscribers, type TestServer } from './support/server.js';

const TracedDirectory = graphql(`
  query TracedDirectory {
    employees(first: 3) { nodes { id name nip unit { name } } }
  }
`);

const TracedForbidden = graphql(`
  query TracedForbidden {
    me { name }
    auditLog(first: 1) { nodes { action } }
  }
`);

const TracedFeedbackReceived = graphql(`
  subscription TracedFeedbackReceived($unitId: ID!) {
    feedbackReceived(unitId: $unitId) { id comment rating status unit { id name } }
  }
`);

const TRACE_HEADER = { 'apollo-federation-include-trace': 'ftv1' };

let t: TestServer;
let adminToken: string;
let employeeToken: string;

beforeAll(async () => {
  t = await startTestServer();
  adminToken = await t.token(t.seed.adminNip, ['employee', 'admin']);
  const directory = await t.request(TracedDirectory, {}, { token: adminToken });
  const someone = directory.data!.employees.nodes.find((employee) => employee.nip !== t.seed.adminNip)!;
  employeeToken = await t.token(someone.nip!);
});
afterAll(() => t?.stop());

/** Every field of a decoded trace as its response path, e.g. `employees.nodes.0.name`, with its error messages. */
function tracedFields(encoded: unknown): Map<string, string[]> {
  expect(typeof encoded, 'extensions.ftv1').toBe('string');
  const trace = Trace.decode(Buffer.from(encoded as string, 'base64'));
  const fields = new Map<string, string[]>();
  const visit = (node: Trace.INode, path: string[]) => {
    for (const child of node.child ?? []) {
      const key = child.responseName ? child.responseName : String(child.index);
      const childPath = [...path, key];
      if (child.responseName) fields.set(childPath.join('.'), (child.error ?? []).map((error) => error.message ?? ''));
      visit(child, childPath);
    }
  };
  visit(trace.root!, []);
  return fields;
}

const DIRECTORY_LEAVES = [0, 1, 2].flatMap((i) =>
  ['id', 'name', 'nip', 'unit.name'].map((leaf) => `employees.nodes.${i}.${leaf}`),
);

describe('federated traces', () => {
  it('are sent only to a client that asks for them', async () => {
    const plain = await t.request(TracedDirectory, {}, { token: adminToken });
    expect(plain.errors).toBeUndefined();
    expect(plain.extensions?.ftv1).toBeUndefined();
  });

  it('hold every field of the answer, leaf fields included, and the same answer as without a trace', async () => {
    const plain = await t.request(TracedDirectory, {}, { token: adminToken });
    const traced = await t.request(TracedDirectory, {}, { token: adminToken, headers: TRACE_HEADER });
    expect(traced.errors).toBeUndefined();
    expect(traced.data).toEqual(plain.data);
    const fields = tracedFields(traced.extensions?.ftv1);
    expect([...fields.keys()]).toEqual(expect.arrayContaining(['employees', 'employees.nodes', ...DIRECTORY_LEAVES]));
  });

  it('keep every leaf field in later traces, while untraced requests in between answer as before', async () => {
    const first = await t.request(TracedDirectory, {}, { token: adminToken, headers: TRACE_HEADER });
    // Apollo has now wrapped the schema's resolvers; untraced requests bypass the wrappers.
    const between = await Promise.all([1, 2, 3].map(() => t.request(TracedDirectory, {}, { token: adminToken })));
    for (const response of between) {
      expect(response.data).toEqual(first.data);
      expect(response.extensions?.ftv1).toBeUndefined();
    }
    const later = await t.request(TracedDirectory, {}, { token: adminToken, headers: TRACE_HEADER });
    expect(later.data).toEqual(first.data);
    expect([...tracedFields(later.extensions?.ftv1).keys()]).toEqual(expect.arrayContaining(DIRECTORY_LEAVES));
  });

  it('leave subscriptions, which read the context through a recording view, answering every field', async () => {
    await t.request(TracedDirectory, {}, { token: adminToken, headers: TRACE_HEADER });
    const f = await publicFixtures(t);
    const unitId = f.unit('DISDUKCAPIL');
    const staffToken = await f.tokenOf((await f.staffOf('DISDUKCAPIL'))[0]!);
    const base = t.server.pubsub.subscriberCount;
    const live = subscribe(t.ws(staffToken), TracedFeedbackReceived, { unitId });
    await waitForSubscribers(t.server, base + 1);
    const submitted = await t.request(PubSubmit, {
      input: { unitId, rating: 4, comment: 'Sesudah jejak federasi.', contact: { email: 'jejak@contoh.id' } },
    });
    expect(submitted.data!.submitPublicFeedback.userErrors).toEqual([]);
    const [event] = await live.next(1);
    expect(event!.errors).toBeUndefined();
    expect(event!.data!.feedbackReceived).toMatchObject({
      id: expect.any(String),
      comment: 'Sesudah jejak federasi.',
      rating: 4,
      status: expect.any(String),
      unit: { id: unitId, name: expect.any(String) },
    });
  });

  it('mask error details in the trace; the client still gets the error with its message and code', async () => {
    const traced = await t.request(TracedForbidden, {}, { token: employeeToken, headers: TRACE_HEADER });
    expect(traced.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(traced.errors![0]!.message).not.toBe('<masked>');
    const fields = tracedFields(traced.extensions?.ftv1);
    expect(fields.get('me.name')).toEqual([]);
    expect(fields.get('auditLog')).toEqual(['<masked>']);
  });
});
