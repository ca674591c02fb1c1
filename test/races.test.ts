/**
 * Mutations that lose a race to a concurrent one, on PostgreSQL (PGlite has one connection, so its writers never
 * overlap): the loser is run again and answers as if it had come second, never with a bare constraint error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/db/index.js';
import { encodeGlobalID } from '../src/graphql/ids.js';
import { onPostgres, startTestServer, type TestServer } from './support/server.js';

const OpenYear = `
  mutation RaceOpenYear($input: OpenPerformancePeriodInput!) {
    openPerformancePeriod(input: $input) { period { id year } userErrors { field code message } }
  }
`;

const SetPredikat = `
  mutation RaceSetPredikat($input: SetOrganisationPredikatInput!) {
    setOrganisationPredikat(input: $input) { predikat userErrors { field code message } }
  }
`;

const PostFeedback = `
  mutation RacePostFeedback($input: PostFeedbackInput!) {
    postFeedback(input: $input) { thread { id } userErrors { field code message } }
  }
`;

let t: TestServer;
let adminToken: string;

beforeAll(async () => {
  t = await startTestServer();
  adminToken = await t.token(t.seed.adminNip, ['employee', 'admin']);
});
afterAll(() => t?.stop());

describe.skipIf(!onPostgres)('two writers of the same new row at once', () => {
  it('openPerformancePeriod: one opens the year, the other is told so on the year field', async () => {
    for (let year = 2031; year < 2043; year++) {
      const answers: any[] = await Promise.all([1, 2].map(() => t.request(OpenYear, { input: { year } }, { token: adminToken })));
      expect(answers.map((a) => a.errors)).toEqual([undefined, undefined]);
      const payloads = answers.map((a) => a.data.openPerformancePeriod);
      expect(payloads.filter((p) => p.userErrors.length === 0)).toHaveLength(1);
      expect(payloads.find((p) => p.userErrors.length > 0).userErrors).toEqual([
        { field: ['input', 'year'], code: 'DUPLICATE', message: `The performance year ${year} is already open in your agency.` },
      ]);
    }
  });

  it('setOrganisationPredikat: both set the value (the second as an update), none is refused', async () => {
    const opened: any = await t.request(OpenYear, { input: { year: 2044 } }, { token: adminToken });
    const periodId = opened.data.openPerformancePeriod.period.id;
    const units: any = await t.request('query RaceUnits { orgUnits { id } }', {}, { token: adminToken });
    const unitIds: string[] = units.data.orgUnits.slice(0, 12).map((u: { id: string }) => u.id);
    for (const unitId of [undefined, ...unitIds]) {
      const answers: any[] = await Promise.all(
        (['BAIK', 'ISTIMEWA'] as const).map((predikat) => t.request(SetPredikat, { input: { periodId, unitId, predikat } }, { token: adminToken })),
      );
      expect(answers.map((a) => [a.errors, a.data.setOrganisationPredikat.userErrors])).toEqual([
        [undefined, []],
        [undefined, []],
      ]);
    }
  });

  it('postFeedback: two first messages on one subject open one thread that keeps both', async () => {
    const reports = rowsOf<{ id: number; appraiser_nip: string }>(
      await t.database.db.execute(`
        select r.id, a.nip as appraiser_nip
          from monthly_reports r join employees a on a.id = r.appraiser_id
         where a.nip is not null and a.nip <> '${t.seed.adminNip}'
           and not exists (select 1 from feedback_threads th where th.subject_type = 'MONTHLY_REPORT' and th.subject_id = r.id)
         order by r.id limit 12`),
    );
    expect(reports.length).toBeGreaterThan(5);
    for (const report of reports) {
      const subjectId = encodeGlobalID('MonthlyReport', Number(report.id));
      const token = await t.token(report.appraiser_nip);
      const answers: any[] = await Promise.all(
        ['Mohon lampirkan bukti.', 'Target bulan ini belum tercapai.'].map((body) => t.request(PostFeedback, { input: { subjectId, body } }, { token })),
      );
      expect(answers.map((a) => [a.errors, a.data.postFeedback.userErrors])).toEqual([
        [undefined, []],
        [undefined, []],
      ]);
      const thread: any = await t.request('query RaceThread($s: ID!) { feedbackThread(subjectId: $s) { messages { body } } }', { s: subjectId }, { token });
      expect(thread.data.feedbackThread.messages).toHaveLength(2);
    }
  });

  it('updateEmployee and transferEmployee at once: each audit entry starts where the other ended', async () => {
    const staff: any = await t.request('query RaceStaff { employees(first: 12, filter: { positionKind: PELAKSANA }) { nodes { id name unit { id } } } }', {}, { token: adminToken });
    const units: any = await t.request('query RaceUnits2 { orgUnits { id children { id } } }', {}, { token: adminToken });
    const unitIds: string[] = units.data.orgUnits.flatMap((u: any) => [u.id, ...u.children.map((c: any) => c.id)]);
    for (const person of staff.data.employees.nodes) {
      const elsewhere = unitIds.find((id) => id !== person.unit.id)!;
      const answers: any[] = await Promise.all([
        t.request('mutation RaceRename($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { userErrors { code } } }', { i: { id: person.id, name: `${person.name} (r)` } }, { token: adminToken }),
        t.request('mutation RaceMove($i: TransferEmployeeInput!) { transferEmployee(input: $i) { userErrors { code } } }', { i: { id: person.id, unitId: elsewhere } }, { token: adminToken }),
      ]);
      expect(answers.map((a) => a.errors ?? a.data[Object.keys(a.data)[0]!].userErrors)).toEqual([[], []]);
      const audit: any = await t.request(
        'query RaceAudit($e: ID) { auditLog(entityId: $e, first: 10) { nodes { action before after } } }',
        { e: person.id },
        { token: adminToken },
      );
      const [first, second] = [...audit.data.auditLog.nodes].reverse().slice(-2).map((n: any) => ({
        before: typeof n.before === 'string' ? JSON.parse(n.before) : n.before,
        after: typeof n.after === 'string' ? JSON.parse(n.after) : n.after,
      }));
      // Whichever committed second saw the first one's row: its "before" has the first one's change.
      expect({ name: second!.before.name, unitId: second!.before.unitId }).toEqual({ name: first!.after.name, unitId: first!.after.unitId });
    }
  });
});
