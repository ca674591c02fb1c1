import { describe, expect, it } from 'vitest';
import {
  ANGKA_KREDIT_PERCENT,
  DEFAULT_CURVES,
  checkCurve,
  evaluationPeriods,
  followUpFor,
  mayStillObject,
  objectionDeadline,
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
  it('allows an objection for 14 days after finalisation', () => {
    const finalised = new Date('2025-07-01T10:00:00Z');
    expect(objectionDeadline(finalised).toISOString()).toBe('2025-07-15T10:00:00.000Z');
    expect(mayStillObject(finalised, new Date('2025-07-15T09:59:59Z'))).toBe(true);
    expect(mayStillObject(finalised, new Date('2025-07-15T10:00:01Z'))).toBe(false);
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

