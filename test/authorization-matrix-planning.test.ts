/** The authorization matrix of planning (SKP): see `test/support/authorization.ts` and `test/support/matrix/planning.ts`. */
import { expect, it } from 'vitest';
import { describeMatrix, disposeAll, prepareRoles } from './support/authorization.js';
import { planningRows, preparePlanning } from './support/matrix/planning.js';
import { subscribe, waitForSubscribers } from './support/server.js';

describeMatrix('planning', planningRows, async (t) => {
  const ctx = await prepareRoles(t);
  await preparePlanning(ctx);
  return ctx;
}, (suite) => {
  it('sends a plan’s status change to who may read the plan, never to a colleague following the same unit', async () => {
    const { t, ctx } = suite;
    const query = 'subscription($u: ID!) { planStatusChanged(unitId: $u) { status plan { id } } }';
    const before = t.server.pubsub.subscriberCount;
    const peer = subscribe(t.ws(ctx.tokens.peer), query, { u: ctx.fixture.subject.unitId });
    const appraiser = subscribe(t.ws(ctx.tokens.appraiser), query, { u: ctx.fixture.subject.unitId });
    await waitForSubscribers(t.server, before + 2);

    // The subject revises their approved plan in force (or the appraiser returns a submitted one).
    const plan: any = await t.request('query($id: ID!) { node(id: $id) { ... on PerformancePlan { status } } }', { id: ctx.fixture.ids.plan2025 }, { token: ctx.tokens.admin });
    const status = plan.data.node.status;
    const res: any =
      status === 'APPROVED'
        ? await t.request(
            'mutation($id: ID!) { revisePlan(input: { planId: $id, reason: "Matrix: event test" }) { userErrors { code message } } }',
            { id: ctx.fixture.ids.plan2025 },
            { token: ctx.tokens.employee },
          )
        : await t.request(
            'mutation($id: ID!) { returnPlan(input: { planId: $id, reason: "Matrix: event test" }) { userErrors { code message } } }',
            { id: ctx.fixture.ids.plan2025 },
            { token: ctx.tokens.appraiser },
          );
    expect(status === 'APPROVED' || status === 'SUBMITTED', `plan status ${status}`).toBe(true);
    expect(res.data[status === 'APPROVED' ? 'revisePlan' : 'returnPlan'].userErrors).toEqual([]);

    const [event] = await appraiser.next(1);
    expect(event!.errors).toBeUndefined();
    await new Promise((r) => setTimeout(r, 300));
    expect(peer.received).toEqual([]);
    await disposeAll(t, [peer, appraiser], before);
  });
});
