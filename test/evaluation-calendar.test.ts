/**
 * Evaluation against the service calendar (WIB): when a period may be evaluated, the keberatan window, the default
 * improvement plan's due date, training outcomes before/after a session, closed performance years, and the `days`
 * of the activity log reads. The tests at a given moment fake Date, which moves serviceToday(), token signing and
 * PGlite's now() together; on PostgreSQL the database clock does not move, so they run on PGlite only.
 */
import { encodeGlobalID as gid } from '@pothos/plugin-relay';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { rowsOf } from '../src/db/index.js';
import { evaluationOutcomeSource } from '../src/modules/evaluation/training-source.js';
import { CORE_VALUE_CODES } from '../src/modules/training/tables.js';
import { annualEvaluationFixture } from './support/evaluation-fixtures.js';
import { onPostgres, startTestServer, type TestServer } from './support/server.js';

const Start = `mutation($input: StartEvaluationInput!) { startEvaluation(input: $input) { evaluation { id periodKey status } userErrors { code field message } } }`;
const Rate = `mutation($input: RateEvaluationInput!) { rateEvaluation(input: $input) { evaluation { id } userErrors { code message } } }`;
const Finalise = `mutation($input: FinaliseEvaluationInput!) { finaliseEvaluation(input: $input) { evaluation { id status objectionDeadline mayStillObject } userErrors { code message } } }`;
const FileObjection = `mutation($input: FileObjectionInput!) { fileObjection(input: $input) { objection { id } userErrors { code message } } }`;
const Hear = `mutation($input: RecordObjectionHearingInput!) { recordObjectionHearing(input: $input) { objection { id } userErrors { code message } } }`;
const Decide = `mutation($input: DecideObjectionInput!) { decideObjection(input: $input) { objection { id } userErrors { code message } } }`;
const ReadEvaluation = `query($id: ID!) { node(id: $id) { ... on Evaluation { objectionDeadline mayStillObject improvementPlan { dueOn } } } }`;
const Log = `mutation($input: LogActivityInput!) { logActivity(input: $input) { activityLog { id } userErrors { code field message } } }`;
const Report = `mutation($input: SubmitMonthlyReportInput!) { submitMonthlyReport(input: $input) { report { id } userErrors { code field message } } }`;

interface Fixture { planId: number; employeeNip: string; appraiserNip: string; superiorNip: string; workResultIds: number[] }

let t: TestServer;
let fixtures: Fixture[];

async function sql<T>(text: string): Promise<T[]> {
  return rowsOf<T>(await t.database.db.execute(text));
}
const ids = (v: unknown) => (typeof v === 'string' ? v.replace(/[{}]/g, '').split(',') : (v as unknown[])).map(Number);
const at = (iso: string) => vi.setSystemTime(new Date(iso));
/** Faked "now" as an instant; tokens are signed at it, so they are valid then. */
const fakeNow = (iso: string) => vi.useFakeTimers({ toFake: ['Date'], now: new Date(iso) });

async function start(f: Fixture, periodKey: string) {
  const res = await t.request<any, any>(Start, { input: { planId: gid('PerformancePlan', f.planId), periodKey } }, { token: await t.token(f.appraiserNip) });
  expect(res.errors).toBeUndefined();
  return res.data.startEvaluation as { evaluation: { id: string } | null; userErrors: { code: string; message: string }[] };
}

/** Starts, rates (as expected: BAIK, no follow-up) and finalises an evaluation at the faked now. */
async function finalised(f: Fixture, periodKey: string) {
  const appraiser = await t.token(f.appraiserNip);
  const started = await start(f, periodKey);
  expect(started.userErrors).toEqual([]);
  const id = started.evaluation!.id;
  const ratings = {
    workResultsRating: 'AS_EXPECTED',
    behaviourRating: 'AS_EXPECTED',
    workResults: f.workResultIds.map((w) => ({ workResultId: gid('WorkResult', w), rating: 'AS_EXPECTED' })),
    behaviours: CORE_VALUE_CODES.map((coreValue) => ({ coreValue, rating: 'AS_EXPECTED' })),
  };
  const rated = await t.request<any, any>(Rate, { input: { evaluationId: id, ...ratings } }, { token: appraiser });
  expect(rated.data?.rateEvaluation.userErrors).toEqual([]);
  const fin = await t.request<any, any>(Finalise, { input: { evaluationId: id, curveOverrideReason: 'Calendar test.' } }, { token: appraiser });
  expect(fin.data?.finaliseEvaluation.userErrors).toEqual([]);
  return { id, evaluation: fin.data.finaliseEvaluation.evaluation };
}

const object = async (f: Fixture, evaluationId: string) =>
  (await t.request<any, any>(FileObjection, { input: { evaluationId, reasons: 'Tidak sesuai bukti dukung.' } }, { token: await t.token(f.employeeNip) })).data
    ?.fileObjection;

beforeAll(async () => {
  t = await startTestServer();
  const rows = await sql<any>(`
    select p.id as plan_id, e.nip as employee_nip, a.nip as appraiser_nip, s.nip as superior_nip,
           array(select w.id from work_results w where w.plan_id = p.id order by w.id) as work_result_ids
      from performance_plans p
      join employees e on e.id = p.employee_id join employees a on a.id = p.appraiser_id join employees s on s.id = p.appraiser_superior_id
     where p.is_current and p.status = 'APPROVED' and p.period_id in (select id from performance_periods where year = 2025)
       and p.starts_on = '2025-01-01' and p.ends_on = '2025-12-31'
       and e.nip is not null and a.nip is not null and s.nip is not null
       and '${t.seed.adminNip}' not in (e.nip, a.nip, s.nip)
       and not exists (select 1 from evaluations v where v.employee_id = p.employee_id and v.period_key in ('2025-Q2', '2025-Q3', '2025-Q4', '2025'))
     order by p.id`);
  // Distinct people in each fixture, so that one test's evaluations and objections do not meet another's.
  const used = new Set<string>();
  fixtures = [];
  for (const r of rows) {
    const people = [r.employee_nip, r.appraiser_nip, r.superior_nip];
    if (people.some((n) => used.has(n))) continue;
    people.forEach((n) => used.add(n));
    fixtures.push({ planId: Number(r.plan_id), employeeNip: r.employee_nip, appraiserNip: r.appraiser_nip, superiorNip: r.superior_nip, workResultIds: ids(r.work_result_ids) });
    if (fixtures.length === 4) break;
  }
  expect(fixtures.length).toBe(4);
}, 180_000);

afterEach(() => {
  vi.useRealTimers();
});
afterAll(async () => {
  vi.useRealTimers();
  await t?.stop();
});

describe.skipIf(onPostgres)('a period is evaluated at its end: from the first day (WIB) of its last month', () => {
  it('refuses 2025-Q4 and the annual 2025 on 30 June 2025, naming the day each opens', async () => {
    fakeNow('2025-06-30T05:00:00Z'); // 12:00 WIB, 30 June 2025
    const f = fixtures[0]!;
    const q4 = await start(f, '2025-Q4');
    expect(q4.evaluation).toBeNull();
    expect(q4.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'periodKey'], message: expect.stringMatching(/opens on 2025-12-01/) })]);
    const annual = await start(f, '2025');
    expect(annual.evaluation).toBeNull();
    expect(annual.userErrors[0]).toMatchObject({ code: 'INVALID', message: expect.stringMatching(/opens on 2025-12-01/) });
  });

  it('opens 2025-Q3 at 00:00 WIB on 1 September, while UTC still says 31 August', async () => {
    const f = fixtures[0]!;
    fakeNow('2025-08-31T16:30:00Z'); // 23:30 WIB, 31 August
    expect((await start(f, '2025-Q3')).userErrors[0]).toMatchObject({ code: 'INVALID', message: expect.stringMatching(/opens on 2025-09-01/) });
    at('2025-08-31T17:30:00Z'); // 00:30 WIB, 1 September
    const opened = await start(f, '2025-Q3');
    expect(opened.userErrors).toEqual([]);
    expect(opened.evaluation).toMatchObject({ periodKey: '2025-Q3', status: 'DRAFT' });
  });
});

describe.skipIf(onPostgres)('keberatan: to the end (24:00 WIB) of the 14th calendar day after the day of finalisation', () => {
  it('takes an objection at 21:00 WIB on the 14th day (15 July after 15:00 WIB on 1 July)', async () => {
    fakeNow('2025-07-01T08:00:00Z'); // 15:00 WIB, 1 July
    const f = fixtures[1]!;
    const { id, evaluation } = await finalised(f, '2025-Q2');
    expect(evaluation).toMatchObject({ objectionDeadline: '2025-07-15T17:00:00.000Z', mayStillObject: true });
    at('2025-07-15T14:00:00Z'); // 21:00 WIB, 15 July
    const read = await t.request<any, any>(ReadEvaluation, { id }, { token: await t.token(f.employeeNip) });
    expect(read.data?.node.mayStillObject).toBe(true);
    expect((await object(f, id)).userErrors).toEqual([]);
  });

  it('refuses it from 00:00 WIB on the 15th day, naming the last day as a WIB date', async () => {
    fakeNow('2025-07-01T08:00:00Z');
    const f = fixtures[2]!;
    const { id } = await finalised(f, '2025-Q2');
    at('2025-07-15T17:00:00Z'); // 00:00 WIB, 16 July
    const read = await t.request<any, any>(ReadEvaluation, { id }, { token: await t.token(f.employeeNip) });
    expect(read.data?.node.mayStillObject).toBe(false);
    const late = await object(f, id);
    expect(late.objection).toBeNull();
    expect(late.userErrors[0]).toMatchObject({ code: 'OBJECTION_WINDOW_CLOSED', message: expect.stringMatching(/14 days.*ended with 2025-07-15 \(WIB\)/) });
  });
});

describe.skipIf(onPostgres)('the default improvement plan after an objection decision', () => {
  it('is due 90 WIB days after the decision, also when decided between 00:00 and 07:00 WIB', async () => {
    fakeNow('2025-07-01T03:00:00Z'); // 10:00 WIB, 1 July
    const f = fixtures[3]!;
    const { id } = await finalised(f, '2025-Q2'); // BAIK: no improvement plan
    const filed = await object(f, id);
    expect(filed.userErrors).toEqual([]);
    const objectionId = filed.objection.id;
    const superior = await t.token(f.superiorNip);
    const heard = await t.request<any, any>(Hear, { input: { objectionId, employeeStatement: 'Pegawai.', appraiserStatement: 'Penilai.' } }, { token: superior });
    expect(heard.data?.recordObjectionHearing.userErrors).toEqual([]);
    at('2025-07-01T18:30:00Z'); // 01:30 WIB on 2 July; UTC still says 1 July
    const decided = await t.request<any, any>(
      Decide,
      { input: { objectionId, decision: 'CHANGED', newPredikat: 'BUTUH_PERBAIKAN', reason: 'Perlu pembinaan.' } },
      { token: await t.token(f.superiorNip) },
    );
    expect(decided.data?.decideObjection.userErrors).toEqual([]);
    const read = await t.request<any, any>(ReadEvaluation, { id }, { token: await t.token(f.employeeNip) });
    expect(read.data?.node.improvementPlan?.dueOn).toBe('2025-09-30'); // 2 July + 90 days
  });
});

describe('training outcomes: before and after a session, in WIB days', () => {
  it('compares the finalisation instant with 00:00 WIB of the session’s first day and of the day after its last', async () => {
    const f = await annualEvaluationFixture(t);
    await f.finaliseAnnual(f.plan2024, '2024', 'BUTUH_PERBAIKAN', '2025-01-14T20:00:00Z'); // 03:00 WIB, 15 January 2025
    await f.finaliseAnnual(f.plan2025, '2025', 'BAIK', '2026-01-05T17:00:00Z'); // 00:00 WIB, 6 January 2026
    const employeeId = f.employeeId;
    const pairs = await evaluationOutcomeSource.outcomePairs(t.database.db, [
      // Programme 1: the 2024 annual was finalised on its first WIB day, so not before it: no pair.
      { programmeId: 1, employeeId, startsOn: '2025-01-15', endsOn: '2025-01-15' },
      // Programme 2: the 2025 annual was finalised at the end (24:00 WIB) of its last day, so after it.
      { programmeId: 2, employeeId, startsOn: '2026-01-05', endsOn: '2026-01-05' },
    ]);
    expect(pairs).toEqual([{ programmeId: 2, employeeId, before: 'BUTUH_PERBAIKAN', after: 'BAIK' }]);
  });
});

describe('a closed performance year takes no more logs, reports or evaluations (PERIOD_NOT_OPEN)', () => {
  let nip: string;
  let plan2024: number;
  let rhk2024: number;
  beforeAll(async () => {
    const [r] = await sql<any>(`
      select e.nip, p.id as plan_id, (select min(w.id) from work_results w where w.plan_id = p.id) as rhk
        from performance_plans p join employees e on e.id = p.employee_id
       where p.status = 'APPROVED' and p.period_id = (select id from performance_periods where year = 2024 and status = 'CLOSED')
         and e.nip is not null and e.nip <> '${t.seed.adminNip}' and p.starts_on <= '2024-03-05' and p.ends_on >= '2024-03-31'
         and exists (select 1 from work_results w where w.plan_id = p.id)
       order by p.id limit 1`);
    nip = r.nip;
    plan2024 = Number(r.plan_id);
    rhk2024 = Number(r.rhk);
  });

  it('refuses a daily log on a day of 2024', async () => {
    const res = await t.request<any, any>(
      Log,
      { input: { workResultId: gid('WorkResult', rhk2024), loggedOn: '2024-03-05', description: 'Rapat koordinasi', output: 'Notulen', minutes: 30 } },
      { token: await t.token(nip) },
    );
    expect(res.data?.logActivity.activityLog).toBeNull();
    expect(res.data?.logActivity.userErrors).toEqual([expect.objectContaining({ code: 'PERIOD_NOT_OPEN', field: ['input', 'workResultId'] })]);
  });

  it('refuses a monthly report for a month of 2024', async () => {
    const res = await t.request<any, any>(Report, { input: { planId: gid('PerformancePlan', plan2024), month: 3, achievements: 'Capaian bulan ini.' } }, { token: await t.token(nip) });
    expect(res.data?.submitMonthlyReport.report).toBeNull();
    expect(res.data?.submitMonthlyReport.userErrors).toEqual([expect.objectContaining({ code: 'PERIOD_NOT_OPEN', field: ['input', 'planId'] })]);
  });

  it('refuses to start an evaluation on a plan of 2024', async () => {
    const [row] = await sql<any>(`
      select p.id, a.nip from performance_plans p join employees a on a.id = p.appraiser_id
       where p.status = 'APPROVED' and p.period_id = (select id from performance_periods where year = 2024 and status = 'CLOSED')
         and p.ends_on = '2024-12-31' and a.nip is not null and a.nip <> '${t.seed.adminNip}'
         and not exists (select 1 from evaluations v where v.plan_id = p.id and v.period_key = '2024-Q4')
       order by p.id limit 1`);
    const res = await t.request<any, any>(Start, { input: { planId: gid('PerformancePlan', Number(row.id)), periodKey: '2024-Q4' } }, { token: await t.token(row.nip) });
    expect(res.data?.startEvaluation.evaluation).toBeNull();
    expect(res.data?.startEvaluation.userErrors).toEqual([expect.objectContaining({ code: 'PERIOD_NOT_OPEN', message: expect.stringMatching(/2024 is closed/) })]);
  });
});

describe('days of the activity log reads: out of range is BAD_USER_INPUT, never a silent clamp', () => {
  it('myActivityLogs takes 1 to 31 days, teamActivityLogs 1 to 7', async () => {
    const token = await t.token(fixtures[0]!.employeeNip);
    const mine = (days: number) => t.request<any, any>(`query($days: Int) { myActivityLogs(from: "2025-06-01", days: $days) { id } }`, { days }, { token });
    const team = (days: number) => t.request<any, any>(`query($days: Int) { teamActivityLogs(from: "2025-06-01", days: $days) { id } }`, { days }, { token });
    for (const [res, max] of [[await mine(100), 31], [await mine(0), 31], [await team(8), 7]] as const) {
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'days', max }, message: expect.stringMatching(/between 1 and/) });
    }
    expect((await mine(31)).errors).toBeUndefined();
    expect((await team(7)).errors).toBeUndefined();
  });
});
