/**
 * Daily activity logs through the API: the employee logs for an RHK of the plan in force, the appraiser reads the
 * team's day or week in one query and follows new entries with `activityLogged(appraiserId)`; refusals and who reads.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/db/index.js';
import { serviceToday } from '../src/modules/org/rules.js';
import { graphql } from './gql/index.js';
import { onPostgres, startTestServer, subscribe, waitForSubscribers, type TestServer } from './support/server.js';

const Log = graphql(`
  mutation ActivityLog($input: LogActivityInput!) {
    logActivity(input: $input) {
      activityLog { id loggedOn minutes description output evidenceUrl workResultId employee { id } }
      userErrors { code field message }
    }
  }
`);

const Team = graphql(`
  query ActivityTeam($from: Date!, $days: Int) {
    teamActivityLogs(from: $from, days: $days) { id loggedOn minutes workResultStatement employee { id name unit { name } } }
  }
`);

const Mine = graphql(`
  query ActivityMine($from: Date!) { myActivityLogs(from: $from, days: 7) { id loggedOn } }
`);

const ReadLog = graphql(`
  query ActivityRead($id: ID!) { node(id: $id) { ... on ActivityLog { id description } } }
`);

const Logged = graphql(`
  subscription ActivityLogged($appraiserId: ID!) {
    activityLogged(appraiserId: $appraiserId) { id description employee { id } }
  }
`);

let t: TestServer;
let fixture: { planId: number; employeeNip: string; employeeId: number; appraiserNip: string; appraiserId: number; workResultId: number; otherWorkResultId: number };
let outsiderNip: string;
let loggedId: string;
const tokens: Record<string, string> = {};
const token = async (nip: string) => (tokens[nip] ??= await t.token(nip));
const gid = encodeGlobalID;

async function sql<T>(text: string): Promise<T[]> {
  return rowsOf<T>(await t.database.db.execute(text));
}

beforeAll(async () => {
  t = await startTestServer();
  const [row] = await sql<any>(`
    select p.id as plan_id, e.nip as employee_nip, e.id as employee_id, a.nip as appraiser_nip, a.id as appraiser_id,
           (select min(w.id) from work_results w where w.plan_id = p.id) as work_result_id,
           (select min(w.id) from work_results w join performance_plans q on q.id = w.plan_id where q.employee_id <> p.employee_id) as other_work_result_id
      from performance_plans p join employees e on e.id = p.employee_id join employees a on a.id = p.appraiser_id
     where p.is_current and p.status = 'APPROVED' and p.period_id in (select id from performance_periods where year = 2025) and e.nip is not null and a.nip is not null
       and a.nip <> '${t.seed.adminNip}' and e.nip <> '${t.seed.adminNip}'
       and (select count(distinct l.employee_id) from activity_logs l where l.appraiser_id = a.id) >= 2
     order by p.id limit 1`);
  fixture = {
    planId: Number(row.plan_id),
    employeeNip: row.employee_nip,
    employeeId: Number(row.employee_id),
    appraiserNip: row.appraiser_nip,
    appraiserId: Number(row.appraiser_id),
    workResultId: Number(row.work_result_id),
    otherWorkResultId: Number(row.other_work_result_id),
  };
  const [outsider] = await sql<{ nip: string }>(
    `select nip from employees where nip is not null and id not in (${fixture.employeeId}, ${fixture.appraiserId}) and nip <> '${t.seed.adminNip}' order by id desc limit 1`,
  );
  outsiderNip = outsider!.nip;
}, 120_000);

/**
 * An RHK of the fixture employee's approved plan of the service's current year. A day is logged only within its
 * plan's dates and the seed's plans are of 2025: for another year, a period and an approved copy of the plan are
 * written here.
 */
async function rhkOfThisYear(): Promise<number> {
  const year = Number(serviceToday().slice(0, 4));
  const [own] = await sql<{ id: number }>(`
    select min(w.id) as id from work_results w join performance_plans p on p.id = w.plan_id join performance_periods y on y.id = p.period_id
     where p.employee_id = ${fixture.employeeId} and p.is_current and p.status = 'APPROVED' and y.year = ${year}`);
  if (own?.id) return Number(own.id);
  const [plan] = await sql<{ id: number }>(`
    with period as (
      insert into performance_periods (agency_id, year) select agency_id, ${year} from performance_plans where id = ${fixture.planId}
      on conflict (agency_id, year) do update set year = excluded.year returning id)
    insert into performance_plans (agency_id, period_id, employee_id, status, appraiser_id, appraiser_superior_id, position_id, position_kind,
                                   unit_id, starts_on, ends_on, submitted_at, approved_at, approved_by_id)
    select agency_id, (select id from period), employee_id, 'APPROVED', appraiser_id, appraiser_superior_id, position_id, position_kind,
           unit_id, '${year}-01-01', '${year}-12-31', now(), now(), appraiser_id
      from performance_plans where id = ${fixture.planId}
    returning id`);
  const [rhk] = await sql<{ id: number }>(`
    insert into work_results (plan_id, kind, statement, position)
    values (${plan!.id}, 'MAIN', 'Terlaksananya verifikasi berkas layanan tepat waktu', 1) returning id`);
  return Number(rhk!.id);
}

afterAll(async () => {
  await t?.stop();
});

describe('daily activity logs', () => {
  const base = () => ({
    workResultId: gid('WorkResult', fixture.workResultId),
    loggedOn: '2025-06-27',
    description: 'Memverifikasi 12 berkas izin usaha',
    output: '12 berkas terverifikasi',
    minutes: 120,
    evidenceUrl: 'https://drive.example.go.id/bukti/1',
  });

  it('refuses a subscription to another appraiser’s team', async () => {
    const sub = subscribe(t.ws(await token(outsiderNip)), Logged, { appraiserId: gid('Employee', fixture.appraiserId) });
    const [result] = await sub.next(1);
    expect(result?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('logs an activity for an RHK of the plan in force and pushes it to the appraiser’s dashboard', async () => {
    const sub = subscribe(t.ws(await token(fixture.appraiserNip)), Logged, { appraiserId: gid('Employee', fixture.appraiserId) });
    await waitForSubscribers(t.server, 1);
    const res = await t.request(Log, { input: base() }, { token: await token(fixture.employeeNip) });
    expect(res.data?.logActivity.userErrors).toEqual([]);
    const log = res.data!.logActivity.activityLog!;
    loggedId = log.id;
    expect(log).toMatchObject({ loggedOn: '2025-06-27', minutes: 120, employee: { id: gid('Employee', fixture.employeeId) } });
    const [event] = await sub.next(1);
    expect(event?.data?.activityLogged).toMatchObject({ id: log.id, description: base().description });
    sub.dispose();

    const asAppraiser = await t.request(ReadLog, { id: log.id }, { token: await token(fixture.appraiserNip) });
    expect(asAppraiser.data?.node).toMatchObject({ id: log.id });
    const asOutsider = await t.request(ReadLog, { id: log.id }, { token: await token(outsiderNip) });
    expect(asOutsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses bad entries', async () => {
    const employee = await token(fixture.employeeNip);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ workResultId: gid('WorkResult', fixture.otherWorkResultId) }, 'NOT_FOUND', 'workResultId'],
      [{ loggedOn: '2999-01-01' }, 'INVALID', 'loggedOn'],
      // Before the plan's first day (a 2025 plan): the day is logged against the plan of that day.
      [{ loggedOn: '2019-06-03' }, 'INVALID', 'loggedOn'],
      [{ minutes: 0 }, 'INVALID', 'minutes'],
      [{ description: '  ' }, 'INVALID', 'description'],
      [{ evidenceUrl: 'not a link' }, 'INVALID', 'evidenceUrl'],
      [{ workResultId: gid('Employee', 1) }, 'INVALID_ID', 'workResultId'],
      [{ minutes: 1400 }, 'INVALID', 'minutes'],
    ];
    for (const [patch, code, field] of cases) {
      const res = await t.request(Log, { input: { ...base(), ...patch } as never }, { token: employee });
      expect(res.data?.logActivity.userErrors[0], JSON.stringify(patch)).toMatchObject({ code, field: ['input', field] });
    }
    const anon = await t.request(Log, { input: base() });
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('takes today in the service calendar (WIB), whatever the database server’s day, and refuses tomorrow', async () => {
    const employee = await token(fixture.employeeNip);
    const workResultId = gid('WorkResult', await rhkOfThisYear());
    const today = await t.request(Log, { input: { ...base(), workResultId, loggedOn: serviceToday(), minutes: 15 } }, { token: employee });
    expect(today.data?.logActivity.userErrors).toEqual([]);
    const tomorrow = await t.request(Log, { input: { ...base(), workResultId, loggedOn: serviceToday(new Date(Date.now() + 86_400_000)) } }, { token: employee });
    expect(tomorrow.data?.logActivity.userErrors[0]).toMatchObject({ code: 'INVALID', field: ['input', 'loggedOn'] });
  });

  it('gives the appraiser the team’s day or week in one query, with a constant number of statements', async () => {
    const appraiser = await token(fixture.appraiserNip);
    const day = await t.request(Team, { from: '2025-06-23', days: 1 }, { token: appraiser });
    const week = await t.request(Team, { from: '2025-06-23', days: 7 }, { token: appraiser });
    expect(day.errors).toBeUndefined();
    const weekLogs = week.data!.teamActivityLogs;
    expect(weekLogs.length).toBeGreaterThan(day.data!.teamActivityLogs.length);
    expect(new Set(weekLogs.map((l) => l.employee.id)).size).toBeGreaterThanOrEqual(2);
    expect(weekLogs.some((l) => l.id === loggedId)).toBe(true);
    expect(week.extensions?.sqlStatements).toBe(day.extensions?.sqlStatements);
    const outsider = await t.request(Team, { from: '2025-06-23', days: 7 }, { token: await token(outsiderNip) });
    expect(outsider.data?.teamActivityLogs.every((l) => l.employee.id !== gid('Employee', fixture.employeeId))).toBe(true);
    const bad = await t.request(Team, { from: '2025-06-23', days: 30 }, { token: appraiser });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const mine = await t.request(Mine, { from: '2025-06-23' }, { token: await token(fixture.employeeNip) });
    expect(mine.data?.myActivityLogs.length).toBeGreaterThan(0);
  });

  it.runIf(onPostgres)('delivers activityLogged across server instances', async () => {
    const peer = await t.startPeer();
    const sub = subscribe(peer.ws(await token(fixture.appraiserNip)), Logged, { appraiserId: gid('Employee', fixture.appraiserId) });
    await waitForSubscribers(peer.server, 1);
    const res = await t.request(Log, { input: { ...base(), minutes: 15, description: 'Peer' } }, { token: await token(fixture.employeeNip) });
    expect(res.data?.logActivity.userErrors).toEqual([]);
    const [event] = await sub.next(1, 10_000);
    expect(event?.data?.activityLogged.description).toBe('Peer');
  });
});
