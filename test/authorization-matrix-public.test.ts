/** The authorization matrix of the citizens' module: see `test/support/authorization.ts` and `test/support/matrix/public.ts`. */
import { expect, it } from 'vitest';
import { describeMatrix, disposeAll, prepareRoles } from './support/authorization.js';
import { preparePublic, publicRows } from './support/matrix/public.js';
import { subscribe, waitForSubscribers } from './support/server.js';

describeMatrix('public', publicRows, async (t) => {
  const ctx = await prepareRoles(t);
  await preparePublic(ctx);
  return ctx;
}, (suite) => {
  it('sends new feedback to the staff of its unit, never to the staff of another unit', async () => {
    const { t, ctx } = suite;
    const f = ctx.fixture;
    const me: any = await t.request('query($id: ID!) { employee(id: $id) { unit { id } } }', { id: f.people.appraiserSuperior!.id }, { token: ctx.tokens.admin });
    const otherUnit = me.data.employee.unit.id;
    expect(otherUnit).not.toBe(f.subject.unitId);
    const query = 'subscription($u: ID!) { feedbackReceived(unitId: $u) { comment contactEmail } }';
    const before = t.server.pubsub.subscriberCount;
    const staff = subscribe(t.ws(ctx.tokens.unitStaff), query, { u: f.subject.unitId });
    const other = subscribe(t.ws(ctx.tokens.appraiserSuperior), query, { u: otherUnit });
    await waitForSubscribers(t.server, before + 2);
    const res: any = await t.request(
      'mutation($u: ID!) { submitPublicFeedback(input: { unitId: $u, rating: 1, comment: "Matrix: event", contact: { email: "event@example.org" } }) { trackingCode userErrors { code } } }',
      { u: f.subject.unitId },
      { token: ctx.tokens.partner },
    );
    expect(res.data.submitPublicFeedback.userErrors).toEqual([]);
    const [event] = await staff.next(1);
    expect(event!.data).toEqual({ feedbackReceived: { comment: 'Matrix: event', contactEmail: 'event@example.org' } });
    await new Promise((r) => setTimeout(r, 300));
    expect(other.received).toEqual([]);
    await disposeAll(t, [staff, other], before);
  });

  it('tells the follower of a tracking code about that item only, with the tracking view only', async () => {
    const { t, ctx } = suite;
    const f = ctx.fixture;
    const query = 'subscription($c: String!) { feedbackStatusChanged(trackingCode: $c) { trackingCode publicAnswer } }';
    const before = t.server.pubsub.subscriberCount;
    const ofA = subscribe(t.ws(), query, { c: f.ids.trackingA });
    const ofB = subscribe(t.ws(), query, { c: f.ids.trackingB });
    await waitForSubscribers(t.server, before + 2);
    const res: any = await t.request(
      'mutation($id: ID!) { answerPublicFeedback(input: { id: $id, publicAnswer: "Matrix: terima kasih" }) { userErrors { code } } }',
      { id: f.ids.feedbackB },
      { token: ctx.tokens.admin },
    );
    expect(res.data.answerPublicFeedback.userErrors).toEqual([]);
    const [event] = await ofB.next(1);
    expect(event!.data!.feedbackStatusChanged.publicAnswer).toBe('Matrix: terima kasih');
    await new Promise((r) => setTimeout(r, 300));
    expect(ofA.received).toEqual([]);
    await disposeAll(t, [ofA, ofB], before);
  });
});
