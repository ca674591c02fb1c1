/** The authorization matrix of evaluation: see `test/support/authorization.ts` and `test/support/matrix/evaluation.ts`. */
import { expect, it } from 'vitest';
import { describeMatrix, disposeAll } from './support/authorization.js';
import { evaluationRows, prepareEvaluation } from './support/matrix/evaluation.js';
import { subscribe, waitForSubscribers } from './support/server.js';

describeMatrix('evaluation', evaluationRows, prepareEvaluation, (suite) => {
  it('sends an evaluation change to its employee and appraiser, never to another employee following their own', async () => {
    const { t, ctx } = suite;
    const query = 'subscription($e: ID, $a: ID) { evaluationStatusChanged(employeeId: $e, appraiserId: $a) { change evaluation { id predikat } } }';
    const f = ctx.fixture;
    const before = t.server.pubsub.subscriberCount;
    const employee = subscribe(t.ws(ctx.tokens.employee), query, { e: f.subject.id });
    const appraiser = subscribe(t.ws(ctx.tokens.appraiser), query, { a: f.people.appraiser!.id });
    const peer = subscribe(t.ws(ctx.tokens.peer), query, { e: f.people.peer!.id });
    const otherAppraiser = subscribe(t.ws(ctx.tokens.appraiserSuperior), query, { a: f.people.appraiserSuperior!.id });
    await waitForSubscribers(t.server, before + 4);

    // The appraiser's superior hears the subject's objection.
    const res: any = await t.request(
      'mutation($o: ID!) { recordObjectionHearing(input: { objectionId: $o, employeeStatement: "Matrix: employee", appraiserStatement: "Matrix: appraiser" }) { userErrors { code message } } }',
      { o: f.ids.objection },
      { token: ctx.tokens.appraiserSuperior },
    );
    expect(res.data.recordObjectionHearing.userErrors).toEqual([]);
    const [mine] = await employee.next(1);
    expect(mine!.data).toMatchObject({ evaluationStatusChanged: { change: 'OBJECTION_HEARD', evaluation: { id: f.ids.evaluation } } });
    await appraiser.next(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(peer.received).toEqual([]);
    expect(otherAppraiser.received).toEqual([]);
    await disposeAll(t, [employee, appraiser, peer, otherAppraiser], before);
  });

  it('sends a daily log to the employee’s appraiser, never to another appraiser following their own team', async () => {
    const { t, ctx } = suite;
    const query = 'subscription($a: ID!) { activityLogged(appraiserId: $a) { output employee { id } } }';
    const f = ctx.fixture;
    const before = t.server.pubsub.subscriberCount;
    const appraiser = subscribe(t.ws(ctx.tokens.appraiser), query, { a: f.people.appraiser!.id });
    const other = subscribe(t.ws(ctx.tokens.appraiserSuperior), query, { a: f.people.appraiserSuperior!.id });
    await waitForSubscribers(t.server, before + 2);
    const res: any = await t.request(
      'mutation($w: ID!) { logActivity(input: { workResultId: $w, loggedOn: "2025-06-30", minutes: 15, description: "Matrix", output: "Matrix: event" }) { userErrors { code message } } }',
      { w: f.ids.workResult2025 },
      { token: ctx.tokens.employee },
    );
    expect(res.data.logActivity.userErrors).toEqual([]);
    const [event] = await appraiser.next(1);
    expect(event!.data).toEqual({ activityLogged: { output: 'Matrix: event', employee: { id: f.subject.id } } });
    await new Promise((r) => setTimeout(r, 300));
    expect(other.received).toEqual([]);
    await disposeAll(t, [appraiser, other], before);
  });
});
