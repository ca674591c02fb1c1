/**
 * Monthly performance reports through the API: submitted by the employee on the approved plan (one per plan per
 * month), reviewed once by the appraiser; refusals and who reads.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/db/index.js';
import { graphql } from './gql/index.js';
import { startTestServer, type TestServer } from './support/server.js';

const Submit = graphql(`
  mutation ReportSubmit($input: SubmitMonthlyReportInput!) {
    submitMonthlyReport(input: $input) {
      report { id year month status achievements evidence { url description } realisations { indicatorId value statement } }
      userErrors { code field message }
    }
  }
`);

const Review = graphql(`
  mutation ReportReview($input: ReviewMonthlyReportInput!) {
    reviewMonthlyReport(input: $input) { report { id status appraiserResponse reviewedAt } userErrors { code message } }
  }
`);

const ToReview = graphql(`
  query ReportsToReview { monthlyReports(toReview: true, status: SUBMITTED) { id month employee { id } } }
`);

const ReadReport = graphql(`
  query ReportRead($id: ID!) { node(id: $id) { ... on MonthlyReport { id achievements } } }
`);

let t: TestServer;
let f: { planId: number; employeeNip: string; appraiserNip: string; indicatorId: number; otherIndicatorId: number; freeMonth: number };
let outsiderNip: string;
const tokens: Record<string, string> = {};
const token = async (nip: string) => (tokens[nip] ??= await t.token(nip));
const gid = encodeGlobalID;
const sql = async <T>(text: string) => rowsOf<T>(await t.database.db.execute(text));

beforeAll(async () => {
  t = await startTestServer();
  const [row] = await sql<any>(`
    select p.id as plan_id, e.nip as employee_nip, a.nip as appraiser_nip,
           (select min(i.id) from indicators i join work_results w on w.id = i.work_result_id where w.plan_id = p.id) as indicator_id,
           (select min(i.id) from indicators i join work_results w on w.id = i.work_result_id where w.plan_id <> p.id) as other_indicator_id
      from performance_plans p join employees e on e.id = p.employee_id join employees a on a.id = p.appraiser_id
     where p.is_current and p.status = 'APPROVED' and p.period_id in (select id from performance_periods where year = 2025)
       and e.nip is not null and a.nip is not null and e.nip <> '${t.seed.adminNip}' and a.nip <> '${t.seed.adminNip}'
       and exists (select 1 from indicators i join work_results w on w.id = i.work_result_id where w.plan_id = p.id)
     order by p.id limit 1`);
  f = {
    planId: Number(row.plan_id),
    employeeNip: row.employee_nip,
    appraiserNip: row.appraiser_nip,
    indicatorId: Number(row.indicator_id),
    otherIndicatorId: Number(row.other_indicator_id),
    freeMonth: 6,
  };
  const [outsider] = await sql<{ nip: string }>(`select nip from employees where nip is not null and nip not in ('${f.employeeNip}', '${f.appraiserNip}', '${t.seed.adminNip}') order by id desc limit 1`);
  outsiderNip = outsider!.nip;
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

describe('monthly reports', () => {
  let reportId: string;
  const input = () => ({
    planId: gid('PerformancePlan', f.planId),
    month: f.freeMonth,
    achievements: 'Seluruh permohonan diproses tepat waktu.',
    obstacles: 'Server aplikasi lambat.',
    improvementSteps: 'Koordinasi dengan Diskominfo.',
    evidence: [{ url: 'https://drive.example.go.id/lkb/6', description: 'Rekap Juni' }],
    realisations: [{ indicatorId: gid('PerformanceIndicator', f.indicatorId), value: 12 }],
  });

  it('lets the employee submit one report per plan per month', async () => {
    const byAppraiser = await t.request(Submit, { input: input() }, { token: await token(f.appraiserNip) });
    expect(byAppraiser.data?.submitMonthlyReport.userErrors[0]?.code).toBe('NOT_FOUND');
    const res = await t.request(Submit, { input: input() }, { token: await token(f.employeeNip) });
    expect(res.data?.submitMonthlyReport.userErrors).toEqual([]);
    expect(res.data?.submitMonthlyReport.report).toMatchObject({ year: 2025, month: 6, status: 'SUBMITTED', realisations: [{ value: 12 }] });
    reportId = res.data!.submitMonthlyReport.report!.id;
    const again = await t.request(Submit, { input: input() }, { token: await token(f.employeeNip) });
    expect(again.data?.submitMonthlyReport.userErrors[0]).toMatchObject({ code: 'DUPLICATE', field: ['input', 'month'] });
    expect(again.data?.submitMonthlyReport.userErrors[0]?.message).toMatch(/already has a report for 2025-06/);
  });

  it('refuses bad reports', async () => {
    const employee = await token(f.employeeNip);
    const cases: [Record<string, unknown>, string][] = [
      [{ month: 13 }, 'INVALID'],
      [{ month: 7, achievements: ' ' }, 'INVALID'],
      [{ month: 7, evidence: [{ url: 'ftp:/x', description: 'x' }] }, 'INVALID'],
      [{ month: 7, realisations: [{ indicatorId: gid('PerformanceIndicator', f.otherIndicatorId), value: 1 }] }, 'NOT_FOUND'],
      [{ month: 7, realisations: [{ indicatorId: gid('PerformanceIndicator', f.indicatorId) }] }, 'INVALID'],
    ];
    for (const [patch, code] of cases) {
      const res = await t.request(Submit, { input: { ...input(), ...patch } as never }, { token: employee });
      expect(res.data?.submitMonthlyReport.userErrors[0]?.code, JSON.stringify(patch)).toBe(code);
    }
  });

  it('refuses a month outside the plan’s dates', async () => {
    // A plan started after a transfer on 1 April (seeded): February belongs to the segment before it.
    const [later] = await sql<{ plan_id: number; nip: string; starts_on: string }>(`
      select p.id as plan_id, e.nip, p.starts_on::text as starts_on from performance_plans p join employees e on e.id = p.employee_id
       where p.is_current and p.status = 'APPROVED' and p.starts_on > '2025-01-31' and e.nip is not null and e.nip <> '${t.seed.adminNip}'
         and p.period_id in (select id from performance_periods where year = 2025)
       order by p.id limit 1`);
    expect(later).toBeDefined();
    const month = Number(later!.starts_on.slice(5, 7)) - 1;
    const res = await t.request(Submit, { input: { ...input(), planId: gid('PerformancePlan', later!.plan_id), month, realisations: [] } }, { token: await token(later!.nip) });
    expect(res.data?.submitMonthlyReport.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'month'], message: expect.stringMatching(new RegExp(`runs from ${later!.starts_on}`)) }),
    ]);
    expect(res.data?.submitMonthlyReport.report).toBeNull();
  });

  it('lets only the appraiser review, once', async () => {
    const queue = await t.request(ToReview, {}, { token: await token(f.appraiserNip) });
    expect(queue.data?.monthlyReports.map((r) => r.id)).toContain(reportId);
    const byEmployee = await t.request(Review, { input: { reportId, response: 'ok' } }, { token: await token(f.employeeNip) });
    expect(byEmployee.data?.reviewMonthlyReport.userErrors[0]?.code).toBe('NOT_APPRAISER');
    const byOutsider = await t.request(Review, { input: { reportId, response: 'ok' } }, { token: await token(outsiderNip) });
    expect(byOutsider.data?.reviewMonthlyReport.userErrors[0]?.code).toBe('NOT_FOUND');
    const empty = await t.request(Review, { input: { reportId, response: ' ' } }, { token: await token(f.appraiserNip) });
    expect(empty.data?.reviewMonthlyReport.userErrors[0]?.code).toBe('INVALID');
    const res = await t.request(Review, { input: { reportId, response: 'Baik, lanjutkan.' } }, { token: await token(f.appraiserNip) });
    expect(res.data?.reviewMonthlyReport.report).toMatchObject({ status: 'REVIEWED', appraiserResponse: 'Baik, lanjutkan.' });
    const twice = await t.request(Review, { input: { reportId, response: 'lagi' } }, { token: await token(f.appraiserNip) });
    expect(twice.data?.reviewMonthlyReport.userErrors[0]?.code).toBe('REPORT_STATUS');
  });

  it('shows the report to the employee, the appraiser and admins only', async () => {
    for (const tk of [await token(f.employeeNip), await token(f.appraiserNip), await t.token(t.seed.adminNip, ['employee', 'admin'])]) {
      expect((await t.request(ReadReport, { id: reportId }, { token: tk })).data?.node).toMatchObject({ id: reportId });
    }
    const outsider = await t.request(ReadReport, { id: reportId }, { token: await token(outsiderNip) });
    expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
