/**
 * Every mutation is one transaction: a failure in the middle leaves no partial rows, no audit entry, and no event.
 *
 * No mocks: a trigger installed in the test database raises an exception on an insert that the mutation makes after
 * it has already written other rows (and, for some, after it already queued its pg_notify). The mutation is sent
 * through the public API; the test then compares every table involved (row count and a hash of all rows) with the
 * state before, checks that the client got a clean, masked error, and that a subscriber listening for the
 * mutation's event received nothing. Then the trigger is dropped and the same mutation is sent again: it succeeds,
 * the tables change, and the subscriber receives the event — so the test would fail if events were sent before
 * commit, or if the mutation were not one transaction. Runs on PGlite, and on PostgreSQL with DATABASE_URL.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { getTableName, sql, type Table } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/db/index.js';
import { auditLog } from '../src/modules/audit/tables.js';
import { activityLogs, evaluations, improvementPlans, rewardEligibilities } from '../src/modules/evaluation/tables.js';
import { employees } from '../src/modules/org/tables.js';
import { behaviourExpectations, indicators, performancePlans, planTransitions, workResults } from '../src/modules/planning/tables.js';
import { feedbackStatusHistory, publicFeedback } from '../src/modules/public/tables.js';
import { enrolments, trainingSessions } from '../src/modules/training/tables.js';
import { startTestServer, subscribe, waitForSubscribers, type Document, type GraphQLResponse, type TestServer } from './support/server.js';

// Plain strings (not graphql()): these documents need no generated types; their results are read untyped.
const doc = (text: string): Document<any, Record<string, unknown>> => text;
const RevisePlan = doc(`mutation AtomRevise($input: RevisePlanInput!) {
  revisePlan(input: $input) { plan { id status version } previousVersion { id status } userErrors { code message } }
}`);
const PlanChanged = doc(`subscription AtomPlanChanged($employeeId: ID) {
  planStatusChanged(employeeId: $employeeId) { status previousStatus plan { id version } }
}`);
const SubmitFeedback = doc(`mutation AtomFeedback($input: SubmitPublicFeedbackInput!) {
  submitPublicFeedback(input: $input) { trackingCode userErrors { code message } }
}`);
const FeedbackReceived = doc(`subscription AtomFeedbackReceived($unitId: ID!) { feedbackReceived(unitId: $unitId) { id rating } }`);
const CreateProgramme = doc(`mutation AtomProgramme($input: CreateTrainingProgrammeInput!) {
  createTrainingProgramme(input: $input) { programme { id } userErrors { code message } }
}`);
const CreateSession = doc(`mutation AtomSession($input: CreateTrainingSessionInput!) {
  createTrainingSession(input: $input) { session { id } userErrors { code message } }
}`);
const Nominate = doc(`mutation AtomNominate($input: NominateForSessionInput!) {
  nominateForSession(input: $input) { enrolment { id status } userErrors { code message } }
}`);
const Cancel = doc(`mutation AtomCancel($input: CancelEnrolmentInput!) {
  cancelEnrolment(input: $input) { enrolment { id status } userErrors { code message } }
}`);
const EnrolmentChanged = doc(`subscription AtomEnrolment($employeeId: ID!) {
  enrolmentStatusChanged(employeeId: $employeeId) { status previousStatus promotedFromWaitlist enrolment { id } }
}`);
const UpdateEmployee = doc(`mutation AtomUpdateEmployee($input: UpdateEmployeeInput!) {
  updateEmployee(input: $input) { employee { id name } userErrors { code message } }
}`);
const EmployeeUpdated = doc(`subscription AtomEmployeeUpdated($unitId: ID!) { employeeUpdated(unitId: $unitId) { id name } }`);
const LogActivity = doc(`mutation AtomLog($input: LogActivityInput!) {
  logActivity(input: $input) { activityLog { id minutes } userErrors { code message } }
}`);
const Finalise = doc(`mutation AtomFinalise($input: FinaliseEvaluationInput!) {
  finaliseEvaluation(input: $input) { evaluation { id status } userErrors { code message } }
}`);
const EvaluationChanged = doc(`subscription AtomEvaluation($appraiserId: ID) {
  evaluationStatusChanged(appraiserId: $appraiserId) { change evaluation { id status } }
}`);
const ActivityLogged = doc(`subscription AtomLogged($appraiserId: ID!) { activityLogged(appraiserId: $appraiserId) { id minutes } }`);

let t: TestServer;
let adminToken: string;

beforeAll(async () => {
  // Production settings: unexpected errors reach clients masked, without a stack trace.
  t = await startTestServer({ env: { NODE_ENV: 'production', JWT_SECRET: 'atomicity-test-secret-that-is-long-enough-0123456789' } });
  adminToken = await t.token(t.seed.adminNip, ['employee', 'admin']);
  await exec(`
    create or replace function atomicity_fail() returns trigger language plpgsql as $$
    begin
      raise exception 'atomicity test: forced failure on insert into %', tg_table_name;
    end $$`);
});
afterEach(disarm);
afterAll(() => t?.stop());

async function exec(statement: string): Promise<void> {
  await t.database.db.execute(sql.raw(statement));
}

async function query<T>(statement: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await t.database.db.execute(statement));
}

/**
 * Makes every insert into `table` (matching `when`, a trigger condition on NEW) fail from now on: at once, or with
 * `atCommit` when the transaction commits (a deferred constraint trigger), after every statement of the mutation,
 * its pg_notify included, has run.
 */
async function arm(table: Table, when?: string, options: { atCommit?: boolean } = {}): Promise<void> {
  await disarm();
  const condition = when ? `when (${when})` : '';
  const name = getTableName(table);
  await exec(
    options.atCommit
      ? `create constraint trigger atomicity_fail after insert on ${name} deferrable initially deferred for each row ${condition} execute function atomicity_fail()`
      : `create trigger atomicity_fail before insert on ${name} for each row ${condition} execute function atomicity_fail()`,
  );
  armedOn = name;
}
let armedOn: string | null = null;
async function disarm(): Promise<void> {
  if (armedOn) await exec(`drop trigger if exists atomicity_fail on ${armedOn}`);
  armedOn = null;
}

/** Row count and a hash of every row of each table: any insert, update or delete changes it. */
async function snapshot(tables: Table[]): Promise<Record<string, { rows: number; hash: string }>> {
  const out: Record<string, { rows: number; hash: string }> = {};
  for (const table of tables) {
    const name = getTableName(table);
    const [row] = await query<{ rows: number; hash: string }>(
      sql.raw(`select count(*)::int as rows, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as hash from ${name} x`),
    );
    out[name] = row!;
  }
  return out;
}

async function auditCount(action: string): Promise<number> {
  const [row] = await query<{ n: number }>(sql`select count(*)::int as n from ${auditLog} where action = ${action}`);
  return Number(row!.n);
}

/** The answer to a mutation that failed inside its transaction: one masked error, no data, nothing leaked. */
function expectCleanFailure(res: GraphQLResponse<any> & { status: number }, field: string): void {
  expect(res.status).toBe(200);
  expect(res.data?.[field] ?? null).toBeNull();
  expect(res.errors).toEqual([{ message: 'Internal server error', path: [field], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
  expect(JSON.stringify(res)).not.toMatch(/atomicity|forced failure|stack|\.ts:/);
}

const settle = () => new Promise((r) => setTimeout(r, 400));

describe('a failure in the middle of a mutation rolls everything back and publishes nothing', () => {
  it('planning: revisePlan (plan superseded, new version, RHK, indicators, expectations, cascade, history, two events)', async () => {
    // An appraiser's approved plan in force that has indicators, behaviour expectations and RHK cascaded from it.
    const [target] = await query<{ plan_id: number; employee_id: number; nip: string; lock_version: number }>(sql`
      select p.id as plan_id, p.employee_id, e.nip, p.lock_version
        from performance_plans p join employees e on e.id = p.employee_id
       where p.is_current and p.status = 'APPROVED' and e.nip is not null
         and exists (select 1 from work_results w join indicators i on i.work_result_id = w.id where w.plan_id = p.id)
         and exists (select 1 from behaviour_expectations b where b.plan_id = p.id)
         and exists (select 1 from work_results c join work_results w on c.parent_work_result_id = w.id where w.plan_id = p.id)
       order by p.id limit 1`);
    expect(target).toBeDefined();
    const token = await t.token(target!.nip);
    const planId = encodeGlobalID('PerformancePlan', target!.plan_id);
    const employeeId = encodeGlobalID('Employee', target!.employee_id);
    const tables = [performancePlans, workResults, indicators, behaviourExpectations, planTransitions, auditLog];

    const sub = subscribe(t.ws(token), PlanChanged, { employeeId });
    await waitForSubscribers(t.server, 1);
    const before = await snapshot(tables);
    const audits = await auditCount('plan.revise');

    // The audit entry is the last write, after both plan.statusChanged notifications were queued.
    await arm(auditLog, `new.action = 'plan.revise'`);
    const failed = await t.request(RevisePlan, { input: { planId, reason: 'Perubahan prioritas organisasi.' } }, { token });
    expectCleanFailure(failed, 'revisePlan');
    expect(await snapshot(tables)).toEqual(before);
    expect(await auditCount('plan.revise')).toBe(audits);
    await settle();
    expect(sub.received).toEqual([]);

    await disarm();
    const ok = await t.request(RevisePlan, { input: { planId, reason: 'Perubahan prioritas organisasi.' } }, { token });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.revisePlan.userErrors).toEqual([]);
    expect(ok.data.revisePlan.previousVersion).toEqual({ id: planId, status: 'SUPERSEDED' });
    const events = await sub.next(2);
    expect(events.map((e) => e.errors)).toEqual([undefined, undefined]);
    expect(events.map((e: any) => e.data.planStatusChanged.status).sort()).toEqual(['DRAFT', 'SUPERSEDED']);
    const after = await snapshot(tables);
    for (const name of tables.map(getTableName)) {
      expect(after[name]!.rows, name).toBeGreaterThan(before[name]!.rows);
    }
    expect(await auditCount('plan.revise')).toBe(audits + 1);
    sub.dispose();
  });

  it('public: submitPublicFeedback (feedback row, then its status history or the commit fails); the idempotency key stays unused', async () => {
    const [unit] = await query<{ id: number }>(sql`
      select u.id from org_units u where exists (select 1 from employees e where e.unit_id = u.id) order by u.id limit 1`);
    const unitId = encodeGlobalID('OrgUnit', unit!.id);
    const tables = [publicFeedback, feedbackStatusHistory, auditLog];
    const input = {
      unitId,
      rating: 4,
      comment: 'Antrean tertib, petugas ramah.',
      serviceName: 'Perekaman KTP-el',
      channel: 'WEB',
      idempotencyKey: 'atomicity-key-0001',
    };

    const sub = subscribe(t.ws(adminToken), FeedbackReceived, { unitId });
    await waitForSubscribers(t.server, 1);
    const before = await snapshot(tables);
    const audits = await auditCount('publicFeedback.submit');

    // Fails in the middle: the feedback row is already inserted when its first status-history row is written.
    // Then at commit, after the audit entry was written and the event queued.
    for (const armed of [() => arm(feedbackStatusHistory), () => arm(auditLog, `new.action = 'publicFeedback.submit'`, { atCommit: true })]) {
      await armed();
      const failed = await t.request(SubmitFeedback, { input });
      expectCleanFailure(failed, 'submitPublicFeedback');
      expect(await snapshot(tables)).toEqual(before);
      expect(await auditCount('publicFeedback.submit')).toBe(audits);
      await settle();
      expect(sub.received).toEqual([]);
    }

    await disarm();
    const ok = await t.request(SubmitFeedback, { input });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.submitPublicFeedback.userErrors).toEqual([]);
    const trackingCode: string = ok.data.submitPublicFeedback.trackingCode;
    expect(trackingCode).toBeTruthy();
    const [event] = await sub.next(1);
    expect(event!.errors).toBeUndefined();
    expect(event!.data).toEqual({ feedbackReceived: { id: expect.any(String), rating: 4 } });
    const after = await snapshot(tables);
    expect(after[getTableName(publicFeedback)]!.rows).toBe(before[getTableName(publicFeedback)]!.rows + 1);
    expect(after[getTableName(feedbackStatusHistory)]!.rows).toBe(before[getTableName(feedbackStatusHistory)]!.rows + 1);
    expect(await auditCount('publicFeedback.submit')).toBe(audits + 1);

    // The key was not consumed by the failed attempt, and the retry is a replay of the stored item.
    const replay = await t.request(SubmitFeedback, { input });
    expect(replay.data.submitPublicFeedback).toEqual({ trackingCode, userErrors: [] });
    expect((await snapshot([publicFeedback]))[getTableName(publicFeedback)]!.rows).toBe(after[getTableName(publicFeedback)]!.rows);
    sub.dispose();
  });

  it('training: cancelEnrolment promoting from the waitlist (the promotion fails after the cancellation was written)', async () => {
    const people = await query<{ id: number }>(sql`
      select e.id from employees e join positions p on p.id = e.position_id
       where e.nip is not null and e.nip <> ${t.seed.adminNip} and e.employment_type = 'PNS' and p.kind = 'PELAKSANA'
       order by e.id limit 2`);
    expect(people).toHaveLength(2);
    const [first, second] = people.map((p) => encodeGlobalID('Employee', p.id));
    const programme = await t.request(
      CreateProgramme,
      { input: { title: 'Uji Atomisitas', area: 'TECHNICAL', kind: 'BIMTEK', jpHours: 8, provider: 'BKPSDM' } },
      { token: adminToken },
    );
    expect(programme.data.createTrainingProgramme.userErrors).toEqual([]);
    const session = await t.request(
      CreateSession,
      {
        input: {
          programmeId: programme.data.createTrainingProgramme.programme.id,
          startsOn: '2026-12-01',
          endsOn: '2026-12-02',
          location: 'Aula BKPSDM',
          capacity: 1,
          status: 'OPEN',
        },
      },
      { token: adminToken },
    );
    const sessionId = session.data.createTrainingSession.session.id;
    const a = await t.request(Nominate, { input: { sessionId, employeeId: first } }, { token: adminToken });
    const b = await t.request(Nominate, { input: { sessionId, employeeId: second } }, { token: adminToken });
    expect(a.data.nominateForSession.enrolment.status).toBe('APPROVED');
    expect(b.data.nominateForSession.enrolment.status).toBe('WAITLISTED');
    const enrolmentId = a.data.nominateForSession.enrolment.id;
    const tables = [enrolments, trainingSessions, auditLog];

    const ofFirst = subscribe(t.ws(adminToken), EnrolmentChanged, { employeeId: first });
    const ofSecond = subscribe(t.ws(adminToken), EnrolmentChanged, { employeeId: second });
    await waitForSubscribers(t.server, 2);
    const before = await snapshot(tables);

    // The cancellation is updated, audited and its event queued; then the promotion's audit entry fails.
    await arm(auditLog, `new.action = 'enrolment.promote'`);
    const failed = await t.request(Cancel, { input: { enrolmentId } }, { token: adminToken });
    expectCleanFailure(failed, 'cancelEnrolment');
    expect(await snapshot(tables)).toEqual(before);
    await settle();
    expect(ofFirst.received).toEqual([]);
    expect(ofSecond.received).toEqual([]);

    await disarm();
    const ok = await t.request(Cancel, { input: { enrolmentId } }, { token: adminToken });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.cancelEnrolment).toEqual({ enrolment: { id: enrolmentId, status: 'CANCELLED' }, userErrors: [] });
    const [cancelled] = await ofFirst.next(1);
    expect(cancelled!.data).toEqual({ enrolmentStatusChanged: { status: 'CANCELLED', previousStatus: 'APPROVED', promotedFromWaitlist: false, enrolment: { id: enrolmentId } } });
    const [promoted] = await ofSecond.next(1);
    expect(promoted!.data).toMatchObject({ enrolmentStatusChanged: { status: 'APPROVED', previousStatus: 'WAITLISTED', promotedFromWaitlist: true } });
    expect(await snapshot(tables)).not.toEqual(before);
    ofFirst.dispose();
    ofSecond.dispose();
  });

  it('org: updateEmployee (the employee row is updated, then its audit entry or the commit fails)', async () => {
    const [target] = await query<{ id: number; unit_id: number; name: string }>(sql`
      select id, unit_id, name from employees where nip is not null and nip <> ${t.seed.adminNip} order by id limit 1`);
    const id = encodeGlobalID('Employee', target!.id);
    const unitId = encodeGlobalID('OrgUnit', target!.unit_id);
    const tables = [employees, auditLog];

    const sub = subscribe(t.ws(adminToken), EmployeeUpdated, { unitId });
    await waitForSubscribers(t.server, 1);
    const before = await snapshot(tables);
    const audits = await auditCount('employee.update');

    // At the audit entry, then at commit: the row was updated, audited and the event queued; only the commit fails.
    for (const atCommit of [false, true]) {
      await arm(auditLog, `new.action = 'employee.update'`, { atCommit });
      const failed = await t.request(UpdateEmployee, { input: { id, name: `${target!.name} (atomik)` } }, { token: adminToken });
      expectCleanFailure(failed, 'updateEmployee');
      expect(await snapshot(tables)).toEqual(before);
      expect(await auditCount('employee.update')).toBe(audits);
      await settle();
      expect(sub.received).toEqual([]);
    }

    await disarm();
    const ok = await t.request(UpdateEmployee, { input: { id, name: `${target!.name} (atomik)` } }, { token: adminToken });
    expect(ok.data.updateEmployee).toEqual({ employee: { id, name: `${target!.name} (atomik)` }, userErrors: [] });
    const [event] = await sub.next(1);
    expect(event!.data).toEqual({ employeeUpdated: { id, name: `${target!.name} (atomik)` } });
    expect(await auditCount('employee.update')).toBe(audits + 1);
    sub.dispose();
  });

  it('evaluation: logActivity (the daily log row is inserted, then its audit entry or the commit fails)', async () => {
    const [target] = await query<{ nip: string; work_result_id: number; appraiser_id: number; appraiser_nip: string; day: string }>(sql`
      select e.nip, w.id as work_result_id, p.appraiser_id, a.nip as appraiser_nip,
             to_char(least(p.ends_on, current_date - 1), 'YYYY-MM-DD') as day
        from performance_plans p
        join employees e on e.id = p.employee_id
        join employees a on a.id = p.appraiser_id
        join work_results w on w.plan_id = p.id
       where p.is_current and p.status = 'APPROVED' and e.nip is not null and a.nip is not null
       order by p.id desc, w.id limit 1`);
    expect(target).toBeDefined();
    const token = await t.token(target!.nip);
    const appraiserId = encodeGlobalID('Employee', target!.appraiser_id);
    const input = {
      workResultId: encodeGlobalID('WorkResult', target!.work_result_id),
      loggedOn: target!.day,
      description: 'Memverifikasi berkas permohonan.',
      output: '12 berkas',
      minutes: 95,
    };
    const tables = [activityLogs, auditLog];

    const sub = subscribe(t.ws(await t.token(target!.appraiser_nip)), ActivityLogged, { appraiserId });
    await waitForSubscribers(t.server, 1);
    const before = await snapshot(tables);

    // At the audit entry (after the log row), then at commit (after the event was queued).
    for (const atCommit of [false, true]) {
      await arm(auditLog, `new.action = 'activity.log'`, { atCommit });
      const failed = await t.request(LogActivity, { input }, { token });
      expectCleanFailure(failed, 'logActivity');
      expect(await snapshot(tables)).toEqual(before);
      await settle();
      expect(sub.received).toEqual([]);
    }

    await disarm();
    const ok = await t.request(LogActivity, { input }, { token });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.logActivity.userErrors).toEqual([]);
    const [event] = await sub.next(1);
    expect(event!.data).toEqual({ activityLogged: { id: ok.data.logActivity.activityLog.id, minutes: 95 } });
    const after = await snapshot(tables);
    expect(after[getTableName(activityLogs)]!.rows).toBe(before[getTableName(activityLogs)]!.rows + 1);
    expect(after[getTableName(auditLog)]!.rows).toBe(before[getTableName(auditLog)]!.rows + 1);
    sub.dispose();
  });

  it('evaluation: finaliseEvaluation (reward eligibility written and the evaluation locked, then its audit entry or the commit fails)', async () => {
    // A rated DRAFT evaluation with predikat Sangat Baik: finalising puts the employee on the reward list.
    const [target] = await query<{ id: number; appraiser_id: number; appraiser_nip: string }>(sql`
      select v.id, v.appraiser_id, a.nip as appraiser_nip
        from evaluations v join employees a on a.id = v.appraiser_id
       where v.status = 'DRAFT' and v.predikat = 'SANGAT_BAIK' and a.nip is not null
       order by v.id limit 1`);
    expect(target).toBeDefined();
    const token = await t.token(target!.appraiser_nip);
    const evaluationId = encodeGlobalID('Evaluation', target!.id);
    const input = { evaluationId, curveOverrideReason: 'Capaian unit di atas target tahun ini.' };
    const tables = [evaluations, rewardEligibilities, improvementPlans, auditLog];

    const sub = subscribe(t.ws(token), EvaluationChanged, { appraiserId: encodeGlobalID('Employee', target!.appraiser_id) });
    await waitForSubscribers(t.server, 1);
    const before = await snapshot(tables);
    const audits = await auditCount('evaluation.finalise');

    // At the audit entry (after the reward row and the evaluation update), then at commit (after the event).
    for (const atCommit of [false, true]) {
      await arm(auditLog, `new.action = 'evaluation.finalise'`, { atCommit });
      const failed = await t.request(Finalise, { input }, { token });
      expectCleanFailure(failed, 'finaliseEvaluation');
      expect(await snapshot(tables)).toEqual(before);
      expect(await auditCount('evaluation.finalise')).toBe(audits);
      await settle();
      expect(sub.received).toEqual([]);
    }

    await disarm();
    const ok = await t.request(Finalise, { input }, { token });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.finaliseEvaluation).toEqual({ evaluation: { id: evaluationId, status: 'FINALISED' }, userErrors: [] });
    const [event] = await sub.next(1);
    expect(event!.data).toEqual({ evaluationStatusChanged: { change: 'FINALISED', evaluation: { id: evaluationId, status: 'FINALISED' } } });
    const after = await snapshot(tables);
    expect(after[getTableName(rewardEligibilities)]!.rows).toBe(before[getTableName(rewardEligibilities)]!.rows + 1);
    expect(await auditCount('evaluation.finalise')).toBe(audits + 1);
    sub.dispose();
  });
});
