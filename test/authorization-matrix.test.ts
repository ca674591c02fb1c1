/**
 * The authorization matrix as data: for every operation and sensitive field, and for every role, the expected
 * outcome. One test per file runs its rows through the API and reports every difference at once; the rows and the
 * helpers are in `test/support/authorization.ts` and `test/support/matrix/*.ts`, one file per module:
 * this one (org and audit), `authorization-matrix-{planning,evaluation,public,training}.test.ts`.
 *
 * Outcomes: `ok` (answered without error, the checked path is present), `hidden` (answered, the checked path is
 * null: personal data), `denied` (an UNAUTHENTICATED or FORBIDDEN error, or a "not yours" user error), `refused` (a
 * mutation that got past authorization and refused its input with userErrors: a safe way to prove write access
 * without writing).
 */
import { expect, it } from 'vitest';
import { buildSchema } from '../src/graphql/schema.js';
import { describeMatrix, disposeAll, prepareRoles, rootFieldsOf } from './support/authorization.js';
import { evaluationRows } from './support/matrix/evaluation.js';
import { orgRows } from './support/matrix/org.js';
import { planningRows } from './support/matrix/planning.js';
import { publicRows } from './support/matrix/public.js';
import { trainingRows } from './support/matrix/training.js';
import { subscribe, waitForSubscribers, type TestServer } from './support/server.js';

/** Root fields checked elsewhere, not by a row (none today: `node`, `nodes`, `_entities` and `_service` have rows). */
const EXEMPT = new Set<string>([]);

// One audited change of the subject, for the auditLog row (its name written back as it is).
async function prepareOrg(t: TestServer) {
  const ctx = await prepareRoles(t);
  const me: any = await t.request('query($id: ID!) { employee(id: $id) { name } }', { id: ctx.fixture.subject.id }, { token: ctx.tokens.admin });
  await t.request('mutation($id: ID!, $n: String!) { updateEmployee(input: { id: $id, name: $n }) { userErrors { code } } }', {
    id: ctx.fixture.subject.id,
    n: me.data.employee.name,
  }, { token: ctx.tokens.admin });
  return ctx;
}

describeMatrix('org', orgRows, prepareOrg, (suite) => {
  it('has a row for every query, mutation and subscription of the schema', () => {
    const schema = buildSchema();
    const rootFields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
    );
    const covered = new Set([orgRows, planningRows, evaluationRows, publicRows, trainingRows].flat().flatMap(rootFieldsOf));
    expect(rootFields.filter((name) => !covered.has(name) && !EXEMPT.has(name))).toEqual([]);
    // And no row names a root field that is gone.
    expect([...covered].filter((name) => !rootFields.includes(name))).toEqual([]);
  });

  it('checks subscriptions at subscribe time', async () => {
    const { t, ctx } = suite;
    const query = 'subscription($u: ID!) { employeeUpdated(unitId: $u) { id } }';
    const anonymous = subscribe(t.ws(), query, { u: ctx.fixture.subject.unitId });
    const [denied] = await anonymous.next(1, 3000);
    expect(denied!.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('sends an employee change to everyone following the unit, with personal data only for who may read it', async () => {
    const { t, ctx } = suite;
    const f = ctx.fixture;
    const query = 'subscription($u: ID!) { employeeUpdated(unitId: $u) { id email birthDate } }';
    const before = t.server.pubsub.subscriberCount;
    const peer = subscribe(t.ws(ctx.tokens.peer), query, { u: f.subject.unitId });
    const employee = subscribe(t.ws(ctx.tokens.employee), query, { u: f.subject.unitId });
    await waitForSubscribers(t.server, before + 2);
    const me: any = await t.request('query($id: ID!) { employee(id: $id) { name } }', { id: f.subject.id }, { token: ctx.tokens.admin });
    const res: any = await t.request(
      'mutation($id: ID!, $n: String!) { updateEmployee(input: { id: $id, name: $n }) { userErrors { code } } }',
      { id: f.subject.id, n: `${me.data.employee.name} ` },
      { token: ctx.tokens.admin },
    );
    expect(res.data.updateEmployee.userErrors).toEqual([]);
    const [mine] = await employee.next(1);
    expect(mine!.data!.employeeUpdated.email).not.toBeNull();
    const [theirs] = await peer.next(1);
    expect(theirs!.data!.employeeUpdated).toEqual({ id: f.subject.id, email: null, birthDate: null });
    await disposeAll(t, [peer, employee], before);
  });
});
