/** The authorization matrix of training: see `test/support/authorization.ts` and `test/support/matrix/training.ts`. */
import { expect, it } from 'vitest';
import { describeMatrix, disposeAll, prepareRoles } from './support/authorization.js';
import { prepareTraining, trainingRows } from './support/matrix/training.js';
import { subscribe, waitForSubscribers } from './support/server.js';

describeMatrix('training', trainingRows, async (t) => {
  const ctx = await prepareRoles(t);
  await prepareTraining(ctx);
  return ctx;
}, (suite) => {
  it('sends an enrolment change to the employee and the supervisor, never to a colleague following their own', async () => {
    const { t, ctx } = suite;
    const f = ctx.fixture;
    const query = 'subscription($e: ID!) { enrolmentStatusChanged(employeeId: $e) { status enrolment { employee { id } } } }';
    const before = t.server.pubsub.subscriberCount;
    const employee = subscribe(t.ws(ctx.tokens.employee), query, { e: f.subject.id });
    const supervisor = subscribe(t.ws(ctx.tokens.appraiser), query, { e: f.subject.id });
    const peer = subscribe(t.ws(ctx.tokens.peer), query, { e: f.people.peer!.id });
    await waitForSubscribers(t.server, before + 3);
    // The subject asks for a place in the first open or planned session they may take.
    let requested = false;
    for (const sessionId of f.ids.openSessions!.split(',')) {
      const res: any = await t.request(
        'mutation($s: ID!) { requestEnrolment(input: { sessionId: $s, note: "Matrix: event" }) { enrolment { status } userErrors { code } } }',
        { s: sessionId },
        { token: ctx.tokens.employee },
      );
      if (res.data.requestEnrolment.enrolment) {
        requested = true;
        break;
      }
    }
    expect(requested).toBe(true);
    const [mine] = await employee.next(1);
    expect(mine!.data!.enrolmentStatusChanged.enrolment.employee.id).toBe(f.subject.id);
    await supervisor.next(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(peer.received).toEqual([]);
    await disposeAll(t, [employee, supervisor, peer], before);
  });
});
