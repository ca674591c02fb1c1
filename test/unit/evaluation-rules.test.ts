import { describe, expect, it } from 'vitest';
import { curveProblems, latestDueDate, periodKeyProblem } from '../../src/modules/evaluation/rules.js';
import { serviceToday } from '../../src/modules/org/rules.js';
import {
  ANGKA_KREDIT_PERCENT,
  DEFAULT_CURVES,
  appraiserActing,
  superiorActing,
  checkCurve,
  dueDateProblem,
  evaluationPeriods,
  evaluationOpensOn,
  evaluationRefusal,
  missingRatings,
  monitoringDates,
  monthDates,
  overlaps,
  followUpFor,
  mayStillObject,
  objectionDeadline,
  objectionLastDay,
  predikatFor,
  releasedPeerAnswers,
  type OrganisationPredikat,
  type Predikat,
  type Rating,
} from '../../src/modules/evaluation/rules.js';

const curve = (p: OrganisationPredikat) => DEFAULT_CURVES.find((c) => c.organisationPredikat === p)!;

describe('predikat matrix (domain.md, all nine cases)', () => {
  const cases: [Rating, Rating, Predikat][] = [
    // behaviour, work results, predikat
    ['ABOVE', 'BELOW', 'BUTUH_PERBAIKAN'],
    ['ABOVE', 'AS_EXPECTED', 'BAIK'],
    ['ABOVE', 'ABOVE', 'SANGAT_BAIK'],
    ['AS_EXPECTED', 'BELOW', 'BUTUH_PERBAIKAN'],
    ['AS_EXPECTED', 'AS_EXPECTED', 'BAIK'],
    ['AS_EXPECTED', 'ABOVE', 'BAIK'],
    ['BELOW', 'BELOW', 'SANGAT_KURANG'],
    ['BELOW', 'AS_EXPECTED', 'KURANG'],
    ['BELOW', 'ABOVE', 'KURANG'],
  ];
  for (const [behaviour, work, expected] of cases) {
    it(`behaviour ${behaviour}, work results ${work} -> ${expected}`, () => {
      expect(predikatFor(work, behaviour)).toBe(expected);
    });
  }
});

describe('downstream figures and follow-up', () => {
  it('gives the angka kredit percentages and follow-ups', () => {
    expect(ANGKA_KREDIT_PERCENT).toEqual({ SANGAT_BAIK: 150, BAIK: 100, BUTUH_PERBAIKAN: 75, KURANG: 50, SANGAT_KURANG: 25 });
    expect(followUpFor('SANGAT_BAIK')).toBe('REWARD_ELIGIBLE');
    expect(followUpFor('BAIK')).toBe('NONE');
    for (const p of ['BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const) expect(followUpFor(p)).toBe('IMPROVEMENT_PLAN');
  });
});

describe('distribution curves (SE MenPANRB 3/2023)', () => {
  it('accepts a distribution within the Baik curve and names each broken bound', () => {
    expect(checkCurve(curve('BAIK'), { SANGAT_BAIK: 3, BAIK: 6, BUTUH_PERBAIKAN: 1 }).broken).toEqual([]);
    const broken = checkCurve(curve('BAIK'), { SANGAT_BAIK: 1, BAIK: 9 }).broken.map((b) => b.message);
    expect(broken).toEqual(['Baik must be at most 70% (is 90%)', 'at least one Butuh Perbaikan or Kurang/Misconduct is required (there is none)']);
  });

  it('checks minimum shares and the Istimewa cap', () => {
    expect(checkCurve(curve('ISTIMEWA'), { SANGAT_BAIK: 7, BAIK: 3 }).broken).toEqual([]);
    expect(checkCurve(curve('ISTIMEWA'), { SANGAT_BAIK: 8, BAIK: 2 }).broken).toHaveLength(1);
    const kurang = checkCurve(curve('KURANG'), { KURANG: 5, BUTUH_PERBAIKAN: 0, BAIK: 5 });
    expect(kurang.broken.map((b) => b.message)).toEqual([
      'Kurang/Misconduct must be at least 60% (is 50%)',
      'Butuh Perbaikan must be at least 10% (is 0%)',
    ]);
    const sangatKurang = checkCurve(curve('SANGAT_KURANG'), { SANGAT_KURANG: 7, KURANG: 2, SANGAT_BAIK: 1 });
    expect(sangatKurang.broken.map((b) => b.message)).toEqual(['no Sangat Baik is allowed (there are 1)']);
    expect(sangatKurang.shares.SANGAT_KURANG).toBeCloseTo(0.7);
  });
});

describe('objection window and periods', () => {
  it('allows an objection to the end (24:00 WIB) of the 14th WIB calendar day after the day of finalisation', () => {
    const finalised = new Date('2025-07-01T08:00:00Z'); // 15:00 WIB, 1 July
    expect(objectionLastDay(finalised)).toBe('2025-07-15');
    expect(objectionDeadline(finalised).toISOString()).toBe('2025-07-15T17:00:00.000Z'); // 00:00 WIB, 16 July
    expect(mayStillObject(finalised, new Date('2025-07-15T14:00:00Z'))).toBe(true); // 21:00 WIB, 15 July
    expect(mayStillObject(finalised, new Date('2025-07-15T16:59:59.999Z'))).toBe(true);
    expect(mayStillObject(finalised, new Date('2025-07-15T17:00:00Z'))).toBe(false);
    // Finalised at 01:00 WIB on 1 July (UTC still says 30 June): the WIB day counts.
    const early = new Date('2025-06-30T18:00:00Z');
    expect(objectionLastDay(early)).toBe('2025-07-15');
    expect(objectionDeadline(early).toISOString()).toBe('2025-07-15T17:00:00.000Z');
    // Finalised at 23:59 WIB on 30 June: 30 June is the day, whatever remains of it.
    expect(objectionLastDay(new Date('2025-06-30T16:59:00Z'))).toBe('2025-07-14');
  });

  it('opens a period’s evaluation on the first day (WIB) of its last month', () => {
    const [q1, , q3, q4, annual] = evaluationPeriods(2025, 'QUARTERLY');
    const months = evaluationPeriods(2025, 'MONTHLY');
    expect([q1, q3, q4, annual, months[1]].map((p) => evaluationOpensOn(p!))).toEqual(['2025-03-01', '2025-09-01', '2025-12-01', '2025-12-01', '2025-02-01']);
    const plan = { status: 'APPROVED' as const, startsOn: '2025-01-01', endsOn: '2025-12-31' };
    // 23:59:59 WIB on 31 August, then 00:00 WIB on 1 September (UTC still 31 August).
    expect(evaluationRefusal(plan, q3!, serviceToday(new Date('2025-08-31T16:59:59Z')))).toMatchObject({ code: 'INVALID', message: expect.stringMatching(/opens on 2025-09-01/) });
    expect(evaluationRefusal(plan, q3!, serviceToday(new Date('2025-08-31T17:00:00Z')))).toBeNull();
    expect(evaluationRefusal(plan, q4!, '2025-06-30')?.code).toBe('INVALID');
    expect(evaluationRefusal(plan, annual!, '2025-11-30')).toMatchObject({ code: 'INVALID', message: expect.stringMatching(/opens on 2025-12-01/) });
    expect(evaluationRefusal(plan, annual!, serviceToday(new Date('2025-11-30T17:00:00Z')))).toBeNull();
    expect(evaluationRefusal(plan, months[0]!, '2024-12-31')?.code).toBe('INVALID');
    expect(evaluationRefusal(plan, months[0]!, '2025-01-01')).toBeNull();
    expect(evaluationRefusal(plan, q1!, '2026-06-30')).toBeNull(); // long after the end: still evaluated
  });

  it('lists quarterly and monthly periods, then the annual one', () => {
    const quarters = evaluationPeriods(2025, 'QUARTERLY');
    expect(quarters.map((p) => p.key)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2025']);
    expect(quarters[0]).toMatchObject({ startsOn: '2025-01-01', endsOn: '2025-03-31' });
    const months = evaluationPeriods(2024, 'MONTHLY');
    expect(months).toHaveLength(13);
    expect(months[1]).toMatchObject({ key: '2024-02', endsOn: '2024-02-29' });
    expect(months[12]).toMatchObject({ kind: 'ANNUAL', startsOn: '2024-01-01', endsOn: '2024-12-31' });
  });
});

describe('peer answers released to the employee', () => {
  it('none below three, then the earliest answers in whole groups of three', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(releasedPeerAnswers)).toEqual([0, 0, 0, 3, 3, 3, 6, 6, 6, 9, 9]);
  });
});


describe('plan versions and segments', () => {
  const [, q2, q3, , annual] = evaluationPeriods(2025, 'QUARTERLY');
  const year = { startsOn: '2025-01-01', endsOn: '2025-12-31' };
  const END = '2026-01-15'; // every period of 2025 open

  it('takes logs and reports on an approved version (in force or ended) and on a superseded one while its revision is pending', () => {
    expect(monitoringDates({ status: 'APPROVED', ...year, successor: null })).toEqual(year);
    expect(monitoringDates({ status: 'APPROVED', startsOn: '2025-01-01', endsOn: '2025-06-30', successor: null })).toEqual({ startsOn: '2025-01-01', endsOn: '2025-06-30' });
    for (const pending of ['DRAFT', 'SUBMITTED', 'RETURNED'] as const) {
      expect(monitoringDates({ status: 'SUPERSEDED', ...year, successor: { status: pending, endsOn: '2025-12-31' } })).toEqual(year);
    }
    // A transfer during the revision ended the revision: the superseded version ends with it.
    expect(monitoringDates({ status: 'SUPERSEDED', ...year, successor: { status: 'DRAFT', endsOn: '2025-08-31' } })).toEqual({ startsOn: '2025-01-01', endsOn: '2025-08-31' });
    expect(monitoringDates({ status: 'SUPERSEDED', ...year, successor: { status: 'APPROVED', endsOn: '2025-12-31' } })).toBeNull();
    expect(monitoringDates({ status: 'SUPERSEDED', ...year, successor: { status: 'SUPERSEDED', endsOn: '2025-12-31' } })).toBeNull();
    for (const status of ['DRAFT', 'SUBMITTED', 'RETURNED'] as const) expect(monitoringDates({ status, ...year, successor: null })).toBeNull();
  });

  it('evaluates approved segments for the periods they overlap; the annual evaluation only on the segment reaching the year’s end', () => {
    const ended = { status: 'APPROVED' as const, startsOn: '2025-01-01', endsOn: '2025-06-30' };
    expect(evaluationRefusal(ended, q2!, END)).toBeNull();
    expect(evaluationRefusal(ended, q3!, END)?.code).toBe('INVALID');
    expect(evaluationRefusal(ended, annual!, END)).toMatchObject({ code: 'INVALID', message: expect.stringMatching(/year’s end/) });
    const later = { status: 'APPROVED' as const, startsOn: '2025-07-01', endsOn: '2025-12-31' };
    expect(evaluationRefusal(later, q2!, END)?.code).toBe('INVALID');
    expect(evaluationRefusal(later, annual!, END)).toBeNull();
    expect(evaluationRefusal({ ...later, status: 'SUPERSEDED' }, q3!, END)?.code).toBe('PLAN_NOT_APPROVED');
    expect(evaluationRefusal({ ...later, status: 'DRAFT' }, q3!, END)?.code).toBe('PLAN_NOT_APPROVED');
  });

  it('finds the days of a month and whether ranges overlap', () => {
    expect(monthDates(2024, 2)).toEqual({ startsOn: '2024-02-01', endsOn: '2024-02-29' });
    expect(overlaps(monthDates(2025, 6), { startsOn: '2025-06-30', endsOn: '2025-12-31' })).toBe(true);
    expect(overlaps(monthDates(2025, 6), { startsOn: '2025-07-01', endsOn: '2025-12-31' })).toBe(false);
  });
});

describe('finalising', () => {
  it('names every RHK and value not rated yet, and nothing when all are', () => {
    const values = ['Berorientasi Pelayanan', 'Akuntabel'].map((name, i) => ({ name, rated: i === 0 }));
    const rhk = [{ statement: 'Laporan tepat waktu', rated: false }, { statement: 'Layanan sesuai SOP', rated: true }, { statement: 'x'.repeat(100), rated: false }];
    const message = missingRatings(rhk, values)!;
    expect(message).toContain('"Laporan tepat waktu"');
    expect(message).not.toContain('Layanan sesuai SOP');
    expect(message).toContain(`"${'x'.repeat(79)}…"`);
    expect(message).toContain('BerAKHLAK value Akuntabel');
    expect(message).not.toContain('Berorientasi');
    expect(missingRatings(rhk.map((w) => ({ ...w, rated: true })), values.map((v) => ({ ...v, rated: true })))).toBeNull();
    expect(missingRatings([], values.map((v) => ({ ...v, rated: false })))).toMatch(/values Berorientasi Pelayanan, Akuntabel\.$/);
  });

  it('takes a due date of an improvement plan from today on', () => {
    expect(dueDateProblem('2026-11-26', '2026-11-26')).toBeNull();
    expect(dueDateProblem('2027-01-31', '2026-11-26')).toBeNull();
    expect(dueDateProblem('2026-11-25', '2026-11-26')).toMatch(/not be before today \(2026-11-26\)/);
    expect(dueDateProblem('2020-01-01', '2026-11-26')).not.toBeNull();
    expect(dueDateProblem('2026-02-30', '2026-01-01')).toMatch(/required/);
  });
});

describe('who acts for a party who cannot sign in (the head of region)', () => {
  // Viewer 10 is an HR admin of the agency; employee 2 is evaluated; 1 is the party (appraiser or superior).
  const facts = { viewerId: 10, viewerIsAgencyAdmin: true, employeeId: 2, partyId: 1, partySignsIn: false };

  it('lets the party act, and the agency’s HR admin on behalf of a party without a NIP, never on their own evaluation', () => {
    expect(appraiserActing({ ...facts, viewerId: 1, viewerIsAgencyAdmin: false, partySignsIn: true })).toEqual({ ok: true, onBehalf: false });
    expect(appraiserActing(facts)).toEqual({ ok: true, onBehalf: true });
    expect(appraiserActing({ ...facts, partySignsIn: true })).toMatchObject({ ok: false, code: 'NOT_APPRAISER', message: expect.stringMatching(/cannot sign in/) });
    expect(appraiserActing({ ...facts, viewerIsAgencyAdmin: false })).toEqual({ ok: false, code: 'NOT_APPRAISER', message: 'Only the employee’s appraiser (pejabat penilai kinerja) may do this.' });
    expect(appraiserActing({ ...facts, employeeId: 10 })).toMatchObject({ ok: false, code: 'NOT_APPRAISER', message: expect.stringMatching(/never their own evaluation/) });
    expect(appraiserActing({ ...facts, partyId: null })).toMatchObject({ ok: false, code: 'NOT_APPRAISER' });
  });

  it('lets the HR admin hear and decide for the superior, except their own objection or one about an evaluation they decided', () => {
    expect(superiorActing({ ...facts, viewerId: 1, viewerIsAgencyAdmin: false, partySignsIn: true })).toEqual({ ok: true, onBehalf: false });
    expect(superiorActing({ ...facts, viewerDecidedEvaluation: false })).toEqual({ ok: true, onBehalf: true });
    expect(superiorActing({ ...facts, partySignsIn: true })).toMatchObject({ ok: false, code: 'NOT_APPRAISER_SUPERIOR' });
    expect(superiorActing({ ...facts, viewerIsAgencyAdmin: false })).toMatchObject({ ok: false, code: 'NOT_APPRAISER_SUPERIOR' });
    expect(superiorActing({ ...facts, employeeId: 10 })).toMatchObject({ ok: false, code: 'NOT_APPRAISER_SUPERIOR', message: expect.stringMatching(/never for their own objection/) });
    expect(superiorActing({ ...facts, viewerDecidedEvaluation: true })).toMatchObject({ ok: false, code: 'NOT_APPRAISER_SUPERIOR', message: expect.stringMatching(/You decided the evaluation/) });
  });
});

describe('input rules of evaluations', () => {
  it('wants a curve with at least one bound, none contradicting another', () => {
    expect(curveProblems([])).toEqual([{ field: ['bounds'], message: expect.stringMatching(/at least one bound/) }]);
    expect(curveProblems([{ predikats: ['BAIK'], max: 0.7 }, { predikats: ['BUTUH_PERBAIKAN', 'KURANG'], atLeastOne: true }])).toEqual([]);
    // The same predikat at least 90% and at most 10%.
    const same = curveProblems([{ predikats: ['SANGAT_BAIK'], min: 0.9 }, { predikats: ['SANGAT_BAIK'], max: 0.1 }]);
    expect(same[0]).toMatchObject({ field: ['bounds', '0'], message: expect.stringMatching(/contradicts bound 2/) });
    expect(curveProblems([{ predikats: ['SANGAT_BAIK'], min: 0.9, max: 0.1 }])[0]!.message).toMatch(/min must not exceed max/);
    // A part of a group cannot need more than the whole group may have.
    expect(curveProblems([{ predikats: ['KURANG'], min: 0.5 }, { predikats: ['KURANG', 'SANGAT_KURANG'], max: 0.3 }])).toHaveLength(1);
    expect(curveProblems([{ predikats: ['KURANG'], atLeastOne: true }, { predikats: ['KURANG', 'SANGAT_KURANG'], max: 0 }])).toHaveLength(1);
    expect(curveProblems([{ predikats: ['KURANG'], atLeastOne: true, max: 0 }])).toHaveLength(1);
    // Groups without a common predikat need more than everyone.
    expect(curveProblems([{ predikats: ['BAIK'], min: 0.6 }, { predikats: ['KURANG'], min: 0.6 }])[0]).toMatchObject({ field: ['bounds', '1'] });
    expect(curveProblems(Array.from({ length: 21 }, () => ({ predikats: ['BAIK'], max: 1 })))[0]!.message).toMatch(/at most 20/);
  });

  it('accepts every default curve', () => {
    for (const curve of DEFAULT_CURVES) expect(curveProblems(curve.bounds), curve.organisationPredikat).toEqual([]);
  });

  it('keeps improvement plans due by the end of next year', () => {
    expect(latestDueDate('2026-11-26')).toBe('2027-12-31');
    expect(dueDateProblem('2027-12-31', '2026-11-26')).toBeNull();
    expect(dueDateProblem('2028-01-01', '2026-11-26')).toMatch(/2027-12-31/);
    expect(dueDateProblem('9999-12-31', '2026-11-26')).toMatch(/end of next year/);
  });

  it('names periods of an existing performance year only', () => {
    const years = [{ year: 2025, cadence: 'QUARTERLY' as const }];
    for (const key of ['2025', '2025-Q1', '2025-Q4']) expect(periodKeyProblem(key, years), key).toBeNull();
    for (const key of ['2025-13', '2025-06', '2025-Q5', '0000', '2031-Q1', '2031', 'x', '']) expect(periodKeyProblem(key, years), key).not.toBeNull();
    expect(periodKeyProblem('2025-06', [{ year: 2025, cadence: 'MONTHLY' }])).toBeNull();
    expect(periodKeyProblem('2025-Q2', [{ year: 2025, cadence: 'MONTHLY' }])).toMatch(/2025-01/);
  });
});
