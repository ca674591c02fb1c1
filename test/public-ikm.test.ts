/**
 * IKM and transparency through the API: the index per unit and period as domain.md computes it (checked against the
 * raw questionnaires), the grade at its exact boundaries, withholding below 5 respondents, the trend over periods,
 * and the public transparency figures (feedback volume and median resolution, predikat distribution, forums).
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/db/index.js';
import { currentPredikatSource, setPredikatSource } from '../src/modules/public/queries.js';
import { IKM_ELEMENTS, generateTrackingCode, median, parsePeriod, singlesOut } from '../src/modules/public/rules.js';
import { graphql } from './gql/index.js';
import { PubIkmSubmit, publicFixtures, type Fixtures } from './public-fixtures.js';
import { startTestServer, type TestServer } from './support/server.js';

const PubIkm = graphql(`
  query PubIkm($unitId: ID!, $period: String!) {
    ikm(unitId: $unitId, period: $period) {
      period respondents withheld reason score grade gradeLabel unit { id }
      elements { element code label mean }
    }
  }
`);

const PubIkmSuggestions = graphql(`
  query PubIkmSuggestions($unitId: ID!, $period: String!) { ikm(unitId: $unitId, period: $period) { respondents suggestions } }
`);

const PubIkmTrend = graphql(`
  query PubIkmTrend($unitId: ID!, $from: String!, $to: String!) {
    ikmTrend(unitId: $unitId, from: $from, to: $to) { period respondents withheld score grade }
  }
`);

const PubTransparency = graphql(`
  query PubTransparency($unitId: ID!, $period: String!) {
    transparency(unitId: $unitId, period: $period) {
      period unit { id name }
      ikm { respondents withheld score grade }
      feedback { received resolved averageRating medianResolutionHours withheld reason }
      predikat { available evaluated withheld reason counts { predikat count share } }
      forums { forums participants commitmentsOpen commitmentsInProgress commitmentsDone }
    }
  }
`);

const PubNewUnit = graphql(`
  mutation PubNewUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) { orgUnit { id } userErrors { code message } }
  }
`);

let t: TestServer;
let f: Fixtures;
let unitSeq = 0;

beforeAll(async () => {
  t = await startTestServer({ env: { PUBLIC_SUBMISSIONS_PER_MINUTE: '100000' } });
  f = await publicFixtures(t);
  evaluationSource = currentPredikatSource();
});
// The evaluation module's source, registered when the schema is built; a test that swaps it puts it back.
let evaluationSource: ReturnType<typeof currentPredikatSource>;
afterAll(() => t?.stop());

const thisYear = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 4);

async function newUnit(): Promise<string> {
  unitSeq += 1;
  const res = await t.request(
    PubNewUnit,
    { input: { parentId: f.unit('DINKES'), code: `PUB-IKM-${unitSeq}`, name: `Puskesmas Uji ${unitSeq}` } },
    { token: f.adminToken },
  );
  return res.data!.createOrgUnit.orgUnit!.id;
}

type Scores = Record<(typeof IKM_ELEMENTS)[number]['key'], number>;

/** n questionnaires whose scores add up to `total`, spread evenly. */
function questionnaires(n: number, total: number): Scores[] {
  const base = Math.floor(total / (9 * n));
  let extra = total - base * 9 * n;
  return Array.from({ length: n }, () =>
    Object.fromEntries(
      IKM_ELEMENTS.map((e) => {
        const v = base + (extra > 0 ? 1 : 0);
        if (extra > 0) extra -= 1;
        return [e.key, v];
      }),
    ) as Scores,
  );
}

async function submitAll(unitId: string, list: Scores[]) {
  for (const scores of list) {
    const res = await t.request(PubIkmSubmit, { input: { unitId, scores } });
    expect(res.data!.submitIkmSurvey.userErrors).toEqual([]);
  }
}

/** The IKM computed the plain way from the stored rows, independently of the module's code. */
async function naiveIkm(unitCode: string, period: string) {
  const p = parsePeriod(period)!;
  const rows = rowsOf<Record<string, number>>(
    await t.database.db.execute(sql`
      select r.* from ikm_responses r join org_units u on u.id = r.unit_id
       where u.code = ${unitCode} and r.created_at >= ${p.start}::timestamptz and r.created_at < ${p.end}::timestamptz`),
  );
  const columns = ['u1_requirements', 'u2_procedure', 'u3_service_time', 'u4_cost', 'u5_product', 'u6_competence', 'u7_behaviour', 'u8_complaint_handling', 'u9_facilities'];
  const means = columns.map((c) => rows.reduce((s, r) => s + Number(r[c]), 0) / rows.length);
  return { respondents: rows.length, means, score: (means.reduce((a, b) => a + b, 0) / 9) * 25 };
}

describe('IKM per unit and period', () => {
  it('computes the element means, the x25 score and the grade as domain.md says', async () => {
    for (const [code, period] of [['DISDUKCAPIL', '2025-S1'], ['DINKES-PKM-01', '2024'], ['DISDUKCAPIL-DAFDUK-01', '2025-03']] as const) {
      const res = await t.request(PubIkm, { unitId: f.unit(code), period });
      expect(res.errors).toBeUndefined();
      const ikm = res.data!.ikm;
      const naive = await naiveIkm(code, period);
      expect(ikm.respondents).toBe(naive.respondents);
      expect(ikm.respondents).toBeGreaterThanOrEqual(5);
      expect(ikm).toMatchObject({ period, withheld: false, reason: null, unit: { id: f.unit(code) } });
      expect(Math.abs(ikm.score! - naive.score)).toBeLessThanOrEqual(0.005 + 1e-9);
      const expectedGrade = ikm.score! >= 88.31 ? 'A' : ikm.score! >= 76.61 ? 'B' : ikm.score! >= 65 ? 'C' : 'D';
      expect(ikm.grade).toBe(expectedGrade);
      expect(ikm.gradeLabel).toBe({ A: 'Sangat Baik', B: 'Baik', C: 'Kurang Baik', D: 'Tidak Baik' }[expectedGrade]);
      expect(ikm.elements!.map((e) => e.code)).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9']);
      ikm.elements!.forEach((e, i) => expect(Math.abs(e.mean - naive.means[i]!)).toBeLessThanOrEqual(0.005 + 1e-9));
    }
  });

  it('withholds every figure below 5 respondents, and shows them from the fifth on', async () => {
    const seeded = await t.request(PubIkm, { unitId: f.unit('DISDIK-SDN-BB-001'), period: '2025' });
    expect(seeded.data!.ikm).toMatchObject({ withheld: true, score: null, grade: null, gradeLabel: null, elements: null, reason: expect.stringContaining('fewer than 5') });
    expect(seeded.data!.ikm.respondents).toBeLessThan(5);

    const unitId = await newUnit();
    await submitAll(unitId, questionnaires(4, 4 * 9 * 3));
    const four = await t.request(PubIkm, { unitId, period: thisYear() });
    expect(four.data!.ikm).toMatchObject({ respondents: 4, withheld: true, score: null });
    await submitAll(unitId, questionnaires(1, 9 * 4));
    const five = await t.request(PubIkm, { unitId, period: thisYear() });
    // (4 x 27 + 36) / 45 = 3.2 per element: 80.00, grade B.
    expect(five.data!.ikm).toMatchObject({ respondents: 5, withheld: false, score: 80, grade: 'B' });
  });

  it('grades exactly at the boundaries 88.31 / 76.61 / 65.00 through the API', async () => {
    // For each side of each boundary, the fewest respondents (from 5) whose scores can total a value that rounds there.
    const targets = [8831, 8830, 7661, 7660, 6500, 6499];
    const found = new Map<number, { n: number; total: number }>();
    for (let n = 5; found.size < targets.length && n <= 80; n++) {
      for (let total = 9 * n; total <= 36 * n; total++) {
        const hundredths = Math.floor((2 * 2500 * total + 9 * n) / (2 * 9 * n));
        if (targets.includes(hundredths) && !found.has(hundredths)) found.set(hundredths, { n, total });
      }
    }
    expect(found.size).toBe(targets.length);
    const expected: Record<number, string> = { 8831: 'A', 8830: 'B', 7661: 'B', 7660: 'C', 6500: 'C', 6499: 'D' };
    for (const target of targets) {
      const { n, total } = found.get(target)!;
      const unitId = await newUnit();
      await submitAll(unitId, questionnaires(n, total));
      const res = await t.request(PubIkm, { unitId, period: thisYear() });
      expect(res.data!.ikm, `${n} respondents totalling ${total}`).toMatchObject({ respondents: n, score: target / 100, grade: expected[target] });
    }
  });

  it('shows the written suggestions to the unit’s staff only, without profiles', async () => {
    const staff = (await f.staffOf('DISDUKCAPIL'))[0]!;
    const staffView = await t.request(PubIkmSuggestions, { unitId: f.unit('DISDUKCAPIL'), period: '2024' }, { token: await f.tokenOf(staff) });
    const stored = rowsOf<{ n: number }>(
      await t.database.db.execute(sql`
        select count(*)::int as n from ikm_responses r join org_units u on u.id = r.unit_id
         where u.code = 'DISDUKCAPIL' and r.comment is not null and r.created_at >= '2024-01-01T00:00:00+07:00' and r.created_at < '2025-01-01T00:00:00+07:00'`),
    );
    expect(staffView.data!.ikm.suggestions!.length).toBe(Math.min(50, Number(stored[0]!.n)));
    expect(staffView.data!.ikm.suggestions!.length).toBeGreaterThan(0);
    const outsider = await t.request(PubIkmSuggestions, { unitId: f.unit('DISDUKCAPIL'), period: '2024' }, { token: await f.tokenOf((await f.staffOf('DINKES-PKM-01'))[0]!) });
    expect(outsider.data!.ikm.suggestions).toBeNull();
    const anonymous = await t.request(PubIkmSuggestions, { unitId: f.unit('DISDUKCAPIL'), period: '2024' });
    expect(anonymous.data!.ikm.suggestions).toBeNull();
  });

  it('refuses malformed periods and unknown units', async () => {
    for (const period of ['2025-13', 'soon', '2025-Q9', '']) {
      const res = await t.request(PubIkm, { unitId: f.unit('DISDUKCAPIL'), period });
      expect(res.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    }
    const unknown = await t.request(PubIkm, { unitId: 'T3JnVW5pdDo5OTk5OTk=', period: '2025' });
    expect(unknown.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const wrongType = await t.request(PubIkm, { unitId: 'RW1wbG95ZWU6MQ==', period: '2025' });
    expect(wrongType.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('IKM trend', () => {
  it('gives every period from..to, withheld where too few answered', async () => {
    const quarters = await t.request(PubIkmTrend, { unitId: f.unit('DINKES-PKM-02'), from: '2024-Q3', to: '2025-Q2' });
    expect(quarters.errors).toBeUndefined();
    const list = quarters.data!.ikmTrend;
    expect(list.map((q) => q.period)).toEqual(['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2']);
    for (const q of list) {
      const naive = await naiveIkm('DINKES-PKM-02', q.period);
      expect(q.respondents).toBe(naive.respondents);
      if (naive.respondents < 5) expect(q.withheld).toBe(true);
      if (!q.withheld) expect(Math.abs(q.score! - naive.score)).toBeLessThanOrEqual(0.005 + 1e-9);
    }
    // Each semester has one quarter below 5 (2024-Q3, 2025-Q1): the other quarter is withheld with it, since the
    // published semester minus that quarter would be the small one.
    expect(list.map((q) => [q.period, q.respondents < 5, q.withheld])).toEqual([
      ['2024-Q3', true, true],
      ['2024-Q4', false, true],
      ['2025-Q1', true, true],
      ['2025-Q2', false, true],
    ]);
    const pkmSemesters = await t.request(PubIkmTrend, { unitId: f.unit('DINKES-PKM-02'), from: '2024-S2', to: '2025-S1' });
    for (const s of pkmSemesters.data!.ikmTrend) {
      const naive = await naiveIkm('DINKES-PKM-02', s.period);
      expect(s).toMatchObject({ respondents: naive.respondents, withheld: false });
      expect(Math.abs(s.score! - naive.score)).toBeLessThanOrEqual(0.005 + 1e-9);
    }
    const months = await t.request(PubIkmTrend, { unitId: f.unit('DINKES-PKM-02'), from: '2024-07', to: '2025-06' });
    expect(months.data!.ikmTrend).toHaveLength(12);
    expect(months.data!.ikmTrend.some((m) => m.withheld)).toBe(true);
    expect(months.data!.ikmTrend.reduce((s, m) => s + m.respondents, 0)).toBe(list.reduce((s, q) => s + q.respondents, 0));
    const semesters = await t.request(PubIkmTrend, { unitId: f.unit('DISDUKCAPIL'), from: '2024-S2', to: '2025-S1' });
    expect(semesters.data!.ikmTrend.map((s) => [s.period, s.withheld])).toEqual([['2024-S2', false], ['2025-S1', false]]);
    const single = await t.request(PubIkm, { unitId: f.unit('DISDUKCAPIL'), period: '2025-S1' });
    expect(semesters.data!.ikmTrend[1]!.score).toBe(single.data!.ikm.score);
  });

  it('refuses periods of different kinds, in the wrong order or too many', async () => {
    for (const [from, to] of [['2025', '2025-Q1'], ['2025-Q2', '2025-Q1'], ['2000-01', '2025-01']] as const) {
      const res = await t.request(PubIkmTrend, { unitId: f.unit('DISDUKCAPIL'), from, to });
      expect(res.errors![0]!.extensions!.code, `${from}..${to}`).toBe('BAD_USER_INPUT');
    }
  });
});

describe('figures derivable by subtraction', () => {
  // A plain document (not in test/gql): the trend with the reasons and the element means.
  const trendWithReasons = `query($unitId: ID!, $from: String!, $to: String!) {
    ikmTrend(unitId: $unitId, from: $from, to: $to) { period respondents withheld reason score elements { mean } }
  }`;

  /** A new unit's database ids. */
  async function newUnitRow() {
    const id = await newUnit();
    const [row] = rowsOf<{ id: number; agency_id: number }>(await t.database.db.execute(sql`select id, agency_id from org_units where code = ${`PUB-IKM-${unitSeq}`}`));
    return { id, unitDbId: Number(row!.id), agencyId: Number(row!.agency_id) };
  }

  /** `count` questionnaires of the same score in every element, answered mid-month (WIB). */
  async function answered(unit: { unitDbId: number; agencyId: number }, month: string, count: number, score: number) {
    for (let i = 0; i < count; i++) {
      await t.database.db.execute(sql`
        insert into ikm_responses (agency_id, unit_id, u1_requirements, u2_procedure, u3_service_time, u4_cost, u5_product, u6_competence,
                                   u7_behaviour, u8_complaint_handling, u9_facilities, created_at)
        values (${unit.agencyId}, ${unit.unitDbId}, ${score}, ${score}, ${score}, ${score}, ${score}, ${score}, ${score}, ${score}, ${score},
                ${`${month}-15T10:00:00+07:00`}::timestamptz)`);
    }
  }

  /** `count` feedback items of one rating, received mid-month (WIB). */
  async function received(unit: { unitDbId: number; agencyId: number }, month: string, count: number, rating: number) {
    for (let i = 0; i < count; i++) {
      await t.database.db.execute(sql`
        insert into public_feedback (agency_id, unit_id, rating, tracking_code, created_at)
        values (${unit.agencyId}, ${unit.unitDbId}, ${rating}, ${generateTrackingCode()}, ${`${month}-15T10:00:00+07:00`}::timestamptz)`);
    }
  }

  /** Every period of a year (months, quarters, semesters, the year) as the public reads it: [label, people, published]. */
  async function ikmYear(unitId: string, year: string) {
    const all: [string, number, boolean][] = [];
    for (const [from, to] of [[`${year}-01`, `${year}-12`], [`${year}-Q1`, `${year}-Q4`], [`${year}-S1`, `${year}-S2`], [year, year]]) {
      const res: any = await t.request(trendWithReasons, { unitId, from: from!, to: to! });
      expect(res.errors).toBeUndefined();
      for (const r of res.data.ikmTrend) {
        expect(r.withheld).toBe(r.score === null);
        all.push([r.period, r.respondents, !r.withheld]);
      }
    }
    return all;
  }

  async function feedbackYear(unitId: string, year: string) {
    const labels = [year, `${year}-S1`, `${year}-S2`, ...[1, 2, 3, 4].map((q) => `${year}-Q${q}`), ...Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`)];
    const all: [string, number, boolean][] = [];
    for (const period of labels) {
      const res = await t.request(PubTransparency, { unitId, period });
      expect(res.errors).toBeUndefined();
      const feedback = res.data!.transparency.feedback;
      all.push([period, feedback.received, feedback.averageRating !== null]);
    }
    return all;
  }

  /**
   * The reviewer's attack: a published period minus its published parts of one kind (months, quarters or semesters).
   * Whatever is left is the sum of the withheld parts' answers: it must come from nobody or from at least 5 people.
   */
  function leftovers(periods: [string, number, boolean][]): { total: string; kind: string; people: number }[] {
    const found: { total: string; kind: string; people: number }[] = [];
    for (const [label, people, published] of periods) {
      if (!published) continue;
      const total = parsePeriod(label)!;
      for (const kind of ['MONTH', 'QUARTER', 'SEMESTER'] as const) {
        const parts = periods.filter(([l]) => {
          const p = parsePeriod(l)!;
          return p.kind === kind && p.year === total.year && p.firstMonth >= total.firstMonth && p.lastMonth <= total.lastMonth && p.label !== total.label;
        });
        if (parts.length < 2) continue;
        const left = people - parts.filter(([, , shown]) => shown).reduce((n, [, count]) => n + count, 0);
        if (left > 0 && left < 5) found.push({ total: label, kind, people: left });
      }
    }
    return found;
  }

  it('withholds the smallest other month beside a lone withheld month of a published quarter', async () => {
    const unit = await newUnitRow();
    // January 6 (all 3), February 2 (all 1), March 7 (all 4): Q1 minus January and March would be February's two answers.
    await answered(unit, '2023-01', 6, 3);
    await answered(unit, '2023-02', 2, 1);
    await answered(unit, '2023-03', 7, 4);
    const year = await ikmYear(unit.id, '2023');
    expect(leftovers(year)).toEqual([]);
    const months: any = await t.request(trendWithReasons, { unitId: unit.id, from: '2023-01', to: '2023-03' });
    expect(months.data.ikmTrend).toMatchObject([
      { period: '2023-01', respondents: 6, withheld: true, score: null, elements: null, reason: expect.stringContaining('periods around it') },
      { period: '2023-02', respondents: 2, withheld: true, score: null, reason: expect.stringContaining('fewer than 5') },
      { period: '2023-03', respondents: 7, withheld: false, score: 100 },
    ]);
    // The quarter (the figure people read) stays: (6 x 3 + 2 x 1 + 7 x 4) / 15 = 3.2 per element, 80.00.
    const quarter = await t.request(PubIkm, { unitId: unit.id, period: '2023-Q1' });
    expect(quarter.data!.ikm).toMatchObject({ respondents: 15, withheld: false, score: 80, grade: 'B' });
    const single = await t.request(PubIkm, { unitId: unit.id, period: '2023-01' });
    expect(single.data!.ikm).toMatchObject({ withheld: true, score: null });
    const transparency = await t.request(PubTransparency, { unitId: unit.id, period: '2023-01' });
    expect(transparency.data!.transparency.ikm).toMatchObject({ respondents: 6, withheld: true, score: null });
  });

  it('withholds a quarter beside a lone withheld quarter of a published semester', async () => {
    const unit = await newUnitRow();
    for (const month of ['01', '02', '03', '04', '05', '06']) await answered(unit, `2022-${month}`, 5, 3);
    await answered(unit, '2022-07', 3, 1);
    await answered(unit, '2022-10', 6, 4);
    await answered(unit, '2022-11', 7, 3);
    await answered(unit, '2022-12', 8, 3);
    const year = await ikmYear(unit.id, '2022');
    expect(leftovers(year)).toEqual([]);
    const shown = Object.fromEntries(year.map(([label, , published]) => [label, published]));
    expect(shown).toMatchObject({ '2022': true, '2022-S2': true, '2022-Q3': false, '2022-Q4': false, '2022-10': false, '2022-11': true, '2022-12': true, '2022-Q1': true });
  });

  it('does the same for the mean rating of the feedback received', async () => {
    const unit = await newUnitRow();
    await received(unit, '2023-01', 6, 4);
    await received(unit, '2023-02', 2, 1);
    await received(unit, '2023-03', 7, 5);
    const year = await feedbackYear(unit.id, '2023');
    expect(leftovers(year)).toEqual([]);
    const january = await t.request(PubTransparency, { unitId: unit.id, period: '2023-01' });
    expect(january.data!.transparency.feedback).toMatchObject({ received: 6, averageRating: null, withheld: true, reason: expect.stringContaining('periods around it') });
    const quarter = await t.request(PubTransparency, { unitId: unit.id, period: '2023-Q1' });
    // (6 x 4 + 2 x 1 + 7 x 5) / 15 = 4.07.
    expect(quarter.data!.transparency.feedback).toMatchObject({ received: 15, averageRating: 4.07 });
  });
});

describe('transparency', () => {
  it('publishes IKM, feedback volume, median resolution time and forums for a busy unit', async () => {
    const res = await t.request(PubTransparency, { unitId: f.unit('DISDUKCAPIL'), period: '2024-S2' });
    expect(res.errors).toBeUndefined();
    const data = res.data!.transparency;
    console.log(`transparency (IKM, feedback, predikat, forums): ${res.extensions!.sqlStatements} statements`);
    const ikm = await t.request(PubIkm, { unitId: f.unit('DISDUKCAPIL'), period: '2024-S2' });
    expect(data.ikm).toMatchObject({ respondents: ikm.data!.ikm.respondents, score: ikm.data!.ikm.score, grade: ikm.data!.ikm.grade });

    const p = parsePeriod('2024-S2')!;
    const rows = rowsOf<{ status: string; rating: number; hours: number | null }>(
      await t.database.db.execute(sql`
        select f.status, f.rating, extract(epoch from (f.resolved_at - f.created_at)) / 3600 as hours
          from public_feedback f join org_units u on u.id = f.unit_id
         where u.code = 'DISDUKCAPIL' and f.created_at >= ${p.start}::timestamptz and f.created_at < ${p.end}::timestamptz
           and f.moderation_reason is distinct from 'SPAM'`),
    );
    const resolved = rows.filter((r) => r.status === 'RESOLVED').map((r) => Number(r.hours));
    expect(data.feedback.received).toBe(rows.length);
    expect(data.feedback.resolved).toBe(resolved.length);
    expect(data.feedback.medianResolutionHours).toBeCloseTo(median(resolved)!, 1);
    expect(data.feedback.averageRating).toBeCloseTo(rows.reduce((s, r) => s + Number(r.rating), 0) / rows.length, 2);
    expect(data.feedback).toMatchObject({ withheld: false, reason: null });
    // A semester is no evaluation's period (2024-S2 has quarters and the year): said so, not "until finalised".
    expect(data.predikat).toEqual({ available: false, evaluated: null, withheld: true, reason: expect.stringContaining('never a semester'), counts: null });
    expect(data.forums).toMatchObject({ forums: 1, commitmentsOpen: 0, commitmentsInProgress: 1, commitmentsDone: 2 });
    expect(data.forums.participants).toBeGreaterThanOrEqual(64);
  });

  it('withholds what comes from fewer than 5 people, saying why', async () => {
    const res = await t.request(PubTransparency, { unitId: f.unit('DISDIK-SDN-BB-001'), period: '2025-Q1' });
    const data = res.data!.transparency;
    expect(data.ikm).toMatchObject({ withheld: true, score: null, grade: null });
    expect(data.feedback).toMatchObject({ averageRating: null, medianResolutionHours: null, withheld: true, reason: expect.stringContaining('fewer than 5') });
    expect(data.feedback.received).toBeLessThan(5);
    const empty = await t.request(PubTransparency, { unitId: f.unit('SETDA'), period: '2025' });
    expect(empty.data!.transparency).toMatchObject({ ikm: { respondents: 0, withheld: true }, feedback: { received: 0, resolved: 0, withheld: true } });
  });

  it('shows the predikat distribution once evaluations provide it, suppressing small counts', async () => {
    const unitId = f.unit('DISDUKCAPIL');
    setPredikatSource(async (_db, unit, period) =>
      period.label === '2024' ? { SANGAT_BAIK: 2, BAIK: 11, BUTUH_PERBAIKAN: 6 } : period.label === '2025' && unit > 0 ? { BAIK: 3, KURANG: 1 } : null,
    );
    try {
      const full = await t.request(PubTransparency, { unitId, period: '2024' });
      const predikat = full.data!.transparency.predikat;
      expect(predikat).toMatchObject({ available: true, evaluated: 19, withheld: true, reason: expect.stringContaining('fewer than 5') });
      expect(Object.fromEntries(predikat.counts!.map((c) => [c.predikat, c.count]))).toEqual({
        SANGAT_BAIK: null,
        BAIK: 11,
        BUTUH_PERBAIKAN: null,
        KURANG: 0,
        SANGAT_KURANG: 0,
      });
      expect(predikat.counts!.find((c) => c.predikat === 'BAIK')!.share).toBe(0.579);
      const few = await t.request(PubTransparency, { unitId, period: '2025' });
      expect(few.data!.transparency.predikat).toMatchObject({ available: true, evaluated: null, withheld: true, counts: null });
    } finally {
      setPredikatSource(evaluationSource);
    }
  });

  it('publishes the distribution of the seeded finalised evaluations per unit, by the predikat in force', async () => {
    /** Finalised evaluations of the unit itself for the period, each employee once, as the public may count them. */
    const finalised = async (code: string, period: string) => {
      const rows = rowsOf<{ predikat: string; n: number }>(
        await t.database.db.execute(sql`
          select p as predikat, count(*)::int as n from (
            select distinct on (e.employee_id) coalesce(e.final_predikat, e.predikat) as p
              from evaluations e join org_units u on u.id = e.unit_id
             where u.code = ${code} and e.period_key = ${period} and e.status in ('FINALISED', 'ACKNOWLEDGED')
             order by e.employee_id, e.finalised_at desc) x
           group by 1`),
      );
      return Object.fromEntries(rows.map((r) => [r.predikat, Number(r.n)])) as Record<string, number>;
    };
    // A busy service unit: published, every count of 1 to 4 hidden, the others exact.
    const expected = await finalised('DINKES-PKM-01', '2025-Q1');
    const total = Object.values(expected).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(5);
    const res = await t.request(PubTransparency, { unitId: f.unit('DINKES-PKM-01'), period: '2025-Q1' });
    expect(res.errors).toBeUndefined();
    const predikat = res.data!.transparency.predikat;
    expect(predikat).toMatchObject({ available: true, evaluated: total });
    const shown = Object.fromEntries(predikat.counts!.map((c) => [c.predikat, c.count]));
    for (const [p, count] of Object.entries(shown)) {
      const n = expected[p] ?? 0;
      if (n > 0 && n < 5) expect(count, p).toBeNull();
      if (count !== null) expect(count, p).toBe(n);
    }
    expect(Object.values(shown).filter((c) => c !== null && c > 0).length).toBeGreaterThan(0);

    // The unit itself, not its subtree: Dinas Kesehatan's own employees, not its puskesmas'. Almost all of them have
    // the same predikat, which would tell each one theirs: withheld whole.
    const dinkes = await t.request(PubTransparency, { unitId: f.unit('DINKES'), period: '2025-Q1' });
    const ownCounts = await finalised('DINKES', '2025-Q1');
    expect(Object.values(ownCounts).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(5);
    expect(singlesOut(ownCounts)).toBe(true);
    expect(dinkes.data!.transparency.predikat).toMatchObject({ available: true, evaluated: null, withheld: true, counts: null, reason: expect.stringContaining('individuals') });
    expect(singlesOut(expected)).toBe(false);

    // Fewer than 5 evaluated: said to exist, every figure withheld.
    expect(Object.values(await finalised('DISDIK-SMP', '2025-Q1')).reduce((a, b) => a + b, 0)).toBeLessThan(5);
    const small = await t.request(PubTransparency, { unitId: f.unit('DISDIK-SMP'), period: '2025-Q1' });
    expect(small.data!.transparency.predikat).toMatchObject({ available: true, evaluated: null, withheld: true, counts: null, reason: expect.stringContaining('fewer than 5') });

    // Drafts are not counted: the seeded second quarter is still being rated.
    expect(await finalised('DINKES-PKM-01', '2025-Q2')).toEqual({});
    const drafts = await t.request(PubTransparency, { unitId: f.unit('DINKES-PKM-01'), period: '2025-Q2' });
    expect(drafts.data!.transparency.predikat).toMatchObject({ available: false, reason: expect.stringContaining('no evaluation for this period is finalised') });
  });

  it('says a semester has no distribution because no evaluation covers one, not that it awaits finalisation', async () => {
    const unitId = f.unit('DINKES-PKM-01');
    // Its first quarter is finalised and published...
    const quarter = await t.request(PubTransparency, { unitId, period: '2025-Q1' });
    expect(quarter.data!.transparency.predikat).toMatchObject({ available: true, evaluated: expect.any(Number) });
    // ...the semester holding it is not an evaluation period at all.
    const semester = await t.request(PubTransparency, { unitId, period: '2025-S1' });
    expect(semester.errors).toBeUndefined();
    const predikat = semester.data!.transparency.predikat;
    expect(predikat).toMatchObject({ available: false, evaluated: null, withheld: true, counts: null });
    expect(predikat.reason).toContain('never a semester');
    expect(predikat.reason).not.toMatch(/finalised/);
  });
});
