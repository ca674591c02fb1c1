/**
 * Evaluations, monthly reports and daily logs across the versions and segments of a plan (SKP), through the API:
 * a revision is the same SKP (one evaluation and one report per period, whichever version), the version it revises
 * stays in force for logs and reports until the revision is approved, and a segment ended by a transfer is still
 * evaluated and reported for its own months.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/db/index.js';
import { startTestServer, type TestServer } from './support/server.js';

const REVISE = `mutation($input: RevisePlanInput!) { revisePlan(input: $input) { plan { id status workResults { id } } userErrors { code message } } }`;
const SUBMIT = `mutation($input: SubmitPlanInput!) { submitPlan(input: $input) { plan { id status } userErrors { code message } } }`;
const APPROVE = `mutation($input: ApprovePlanInput!) { approvePlan(input: $input) { plan { id status } userErrors { code message } } }`;
const TRANSFER = `mutation($input: TransferEmployeeInput!) { transferEmployee(input: $input) { employee { id } userErrors { code message } } }`;
const AFTER_TRANSFER = `mutation($input: StartPlanAfterTransferInput!) {
  startPlanAfterTransfer(input: $input) { plan { id status startsOn } previousPlan { id status isCurrent endsOn } userErrors { code message } }
}`;
const START = `mutation($input: StartEvaluationInput!) { startEvaluation(input: $input) { evaluation { id status periodKey } userErrors { code field message } } }`;
const REPORT = `mutation($input: SubmitMonthlyReportInput!) { submitMonthlyReport(input: $input) { report { id month planId } userErrors { code field message } } }`;
const LOG = `mutation($input: LogActivityInput!) { logActivity(input: $input) { activityLog { id loggedOn } userErrors { code field message } } }`;

type Errors = { code: string; field?: string[]; message: string }[];

let t: TestServer;
const gid = encodeGlobalID;
const sql = async <T>(text: string) => rowsOf<T>(await t.database.db.execute(text));
const tokens: Record<string, string> = {};
const token = async (nip: string) => (tokens[nip] ??= await t.token(nip));

async function call(document: string, input: Record<string, unknown>, nip: string): Promise<any> {
  const res: any = await t.request(document, { input }, { token: await token(nip) });
  expect(res.errors).toBeUndefined();
  return Object.values(res.data)[0];
}

const report = (planId: string, month: number) => ({ planId, month, achievements: `Capaian bulan ${month} sesuai target.` });
const log = (workResultId: number | string, loggedOn: string) => ({
  workResultId: typeof workResultId === 'number' ? gid('WorkResult', workResultId) : workResultId,
  loggedOn,
  description: 'Memverifikasi berkas layanan',
  output: '5 berkas',
  minutes: 30,
});

beforeAll(async () => {
  t = await startTestServer();
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

describe('a revision of an approved plan', () => {
  let f: { planId: number; employeeNip: string; appraiserNip: string; workResultId: number; q1Id: number; januaryId: number };
  let v1: string;
  let v2: { id: string; workResults: { id: string }[] };

  beforeAll(async () => {
    // A finalised 2025-Q1 evaluation and a January report on version 1; every RHK cascaded from the appraiser's plan
    // in force and with an indicator, so that the revision can be submitted unchanged.
    const [row] = await sql<any>(`
      select p.id as plan_id, e.nip as employee_nip, a.nip as appraiser_nip, (select min(w.id) from work_results w where w.plan_id = p.id) as work_result_id,
             ev.id as q1_id, r.id as january_id
        from performance_plans p join employees e on e.id = p.employee_id join employees a on a.id = p.appraiser_id
        join evaluations ev on ev.plan_id = p.id and ev.period_key = '2025-Q1' and ev.status <> 'DRAFT'
        join monthly_reports r on r.plan_id = p.id and r.year = 2025 and r.month = 1
       where p.is_current and p.status = 'APPROVED' and p.version = 1 and p.position_kind <> 'JPT' and p.starts_on = '2025-01-01'
         and p.period_id in (select id from performance_periods where year = 2025)
         and e.nip is not null and a.nip is not null and e.nip <> '${t.seed.adminNip}' and a.nip <> '${t.seed.adminNip}'
         and not exists (select 1 from work_results w where w.plan_id = p.id and not exists (
               select 1 from work_results pw join performance_plans pp on pp.id = pw.plan_id
                where pw.id = w.parent_work_result_id and pp.is_current and pp.employee_id = p.appraiser_id))
         and not exists (select 1 from work_results w where w.plan_id = p.id and not exists (select 1 from indicators i where i.work_result_id = w.id))
         and not exists (select 1 from monthly_reports r6 where r6.plan_id = p.id and r6.month in (6, 7))
       order by p.id limit 1`);
    expect(row).toBeDefined();
    f = {
      planId: Number(row.plan_id),
      employeeNip: row.employee_nip,
      appraiserNip: row.appraiser_nip,
      workResultId: Number(row.work_result_id),
      q1Id: Number(row.q1_id),
      januaryId: Number(row.january_id),
    };
    v1 = gid('PerformancePlan', f.planId);
    const revised = await call(REVISE, { planId: v1, reason: 'Penyesuaian target semester kedua' }, f.employeeNip);
    expect(revised.userErrors).toEqual([]);
    v2 = revised.plan;
  });

  it('keeps the superseded version in force for daily logs and monthly reports until the revision is approved', async () => {
    const logged = await call(LOG, log(f.workResultId, '2025-06-30'), f.employeeNip);
    expect(logged.userErrors).toEqual([]);
    expect(logged.activityLog).toMatchObject({ loggedOn: '2025-06-30' });
    const june = await call(REPORT, report(v1, 6), f.employeeNip);
    expect(june.userErrors).toEqual([]);
    expect(june.report).toMatchObject({ month: 6, planId: v1 });
    // The draft revision is not in force yet.
    const onDraft = await call(LOG, log(v2.workResults[0]!.id, '2025-06-30'), f.employeeNip);
    expect((onDraft.userErrors as Errors).map((e) => e.code)).toEqual(['NOT_FOUND']);
    const reportOnDraft = await call(REPORT, report(v2.id, 7), f.employeeNip);
    expect((reportOnDraft.userErrors as Errors).map((e) => e.code)).toEqual(['PLAN_NOT_APPROVED']);
  });

  it('refuses a second evaluation and a second report of a period on the approved revision, naming the existing one', async () => {
    expect((await call(SUBMIT, { planId: v2.id }, f.employeeNip)).userErrors).toEqual([]);
    expect((await call(APPROVE, { planId: v2.id }, f.appraiserNip)).userErrors).toEqual([]);

    const q1 = await call(START, { planId: v2.id, periodKey: '2025-Q1' }, f.appraiserNip);
    expect(q1.evaluation).toBeNull();
    expect(q1.userErrors).toEqual([expect.objectContaining({ code: 'DUPLICATE', field: ['input', 'periodKey'] })]);
    expect(q1.userErrors[0].message).toContain(gid('Evaluation', f.q1Id));
    const january = await call(REPORT, report(v2.id, 1), f.employeeNip);
    expect(january.report).toBeNull();
    expect(january.userErrors).toEqual([expect.objectContaining({ code: 'DUPLICATE', field: ['input', 'month'] })]);
    expect(january.userErrors[0].message).toContain(gid('MonthlyReport', f.januaryId));
    const [counts] = await sql<{ evaluations: number; reports: number }>(`
      select (select count(*)::int from evaluations v join performance_plans p on p.id = v.plan_id
               where p.employee_id = (select employee_id from performance_plans where id = ${f.planId}) and v.period_key = '2025-Q1') as evaluations,
             (select count(*)::int from monthly_reports r join performance_plans p on p.id = r.plan_id
               where p.employee_id = (select employee_id from performance_plans where id = ${f.planId}) and r.year = 2025 and r.month = 1) as reports`);
    expect(counts).toEqual({ evaluations: 1, reports: 1 });

    // Periods not yet evaluated or reported are made on the revision.
    expect((await call(START, { planId: v2.id, periodKey: '2025-Q3' }, f.appraiserNip)).userErrors).toEqual([]);
    expect((await call(REPORT, report(v2.id, 7), f.employeeNip)).userErrors).toEqual([]);
  });

  it('hands logs over to the revision once it is approved', async () => {
    const onOld = await call(LOG, log(f.workResultId, '2025-07-01'), f.employeeNip);
    expect((onOld.userErrors as Errors).map((e) => e.code)).toEqual(['NOT_FOUND']);
    const onNew = await call(LOG, log(v2.workResults[0]!.id, '2025-07-01'), f.employeeNip);
    expect(onNew.userErrors).toEqual([]);
  });
});

describe('a segment ended by a transfer', () => {
  let f: { planId: number; employeeId: number; employeeNip: string; appraiserNip: string; workResultId: number };
  let old: string;

  beforeAll(async () => {
    // Staff appraised for the whole of 2025 (nobody reports to them), with no Q2 evaluation and no June report yet.
    const [row] = await sql<any>(`
      select p.id as plan_id, e.id as employee_id, e.nip as employee_nip, a.nip as appraiser_nip, e.unit_id, p.appraiser_id,
             (select min(w.id) from work_results w where w.plan_id = p.id) as work_result_id
        from performance_plans p join employees e on e.id = p.employee_id join employees a on a.id = p.appraiser_id
       where p.is_current and p.status = 'APPROVED' and p.version = 1 and p.position_kind in ('PELAKSANA', 'FUNGSIONAL') and p.starts_on = '2025-01-01'
         and p.period_id in (select id from performance_periods where year = 2025)
         and e.nip is not null and a.nip is not null and e.nip <> '${t.seed.adminNip}' and a.nip <> '${t.seed.adminNip}'
         and not exists (select 1 from employees x where x.supervisor_id = e.id)
         and not exists (select 1 from evaluations v where v.plan_id = p.id and v.period_key in ('2025-Q2', '2025'))
         and not exists (select 1 from monthly_reports r where r.plan_id = p.id and r.month in (6, 7))
         and exists (select 1 from work_results w where w.plan_id = p.id)
       order by p.id desc limit 1`);
    expect(row).toBeDefined();
    f = { planId: Number(row.plan_id), employeeId: Number(row.employee_id), employeeNip: row.employee_nip, appraiserNip: row.appraiser_nip, workResultId: Number(row.work_result_id) };
    old = gid('PerformancePlan', f.planId);
    // Moved to a pengawas of another unit from 1 July.
    const [to] = await sql<{ id: number; unit_id: number }>(`
      select y.id, y.unit_id from employees y join positions ps on ps.id = y.position_id
       where ps.kind = 'PENGAWAS' and y.unit_id <> ${Number(row.unit_id)} and y.id <> ${Number(row.appraiser_id)} and y.nip is not null
       order by y.id limit 1`);
    const admin = await t.token(t.seed.adminNip, ['employee', 'admin']);
    const moved: any = await t.request(TRANSFER, { input: { id: gid('Employee', f.employeeId), unitId: gid('OrgUnit', to!.unit_id), supervisorId: gid('Employee', to!.id) } }, { token: admin });
    expect(moved.data.transferEmployee.userErrors).toEqual([]);
    const started = await call(AFTER_TRANSFER, { year: 2025, startsOn: '2025-07-01' }, f.employeeNip);
    expect(started.userErrors).toEqual([]);
    expect(started.previousPlan).toMatchObject({ id: old, status: 'APPROVED', isCurrent: false, endsOn: '2025-06-30' });
  });

  it('is evaluated by its appraiser for the periods it overlaps; the annual evaluation is the year-end plan’s', async () => {
    const q2 = await call(START, { planId: old, periodKey: '2025-Q2' }, f.appraiserNip);
    expect(q2.userErrors).toEqual([]);
    expect(q2.evaluation).toMatchObject({ status: 'DRAFT', periodKey: '2025-Q2' });
    const q3 = await call(START, { planId: old, periodKey: '2025-Q3' }, f.appraiserNip);
    expect(q3.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'periodKey'], message: expect.stringMatching(/2025-06-30/) })]);
    const annual = await call(START, { planId: old, periodKey: '2025' }, f.appraiserNip);
    expect(annual.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', message: expect.stringMatching(/plan in force at the year’s end/) })]);
  });

  it('takes reports and logs for its own months only', async () => {
    const june = await call(REPORT, report(old, 6), f.employeeNip);
    expect(june.userErrors).toEqual([]);
    const july = await call(REPORT, report(old, 7), f.employeeNip);
    expect(july.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'month'] })]);
    const lastDay = await call(LOG, log(f.workResultId, '2025-06-30'), f.employeeNip);
    expect(lastDay.userErrors).toEqual([]);
    const afterwards = await call(LOG, log(f.workResultId, '2025-07-01'), f.employeeNip);
    expect(afterwards.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'loggedOn'] })]);
  });
});
