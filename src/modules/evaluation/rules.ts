/**
 * Evaluation rules of PermenPANRB 6/2022 and SE MenPANRB 3/2023 as pure functions: the predikat matrix, the
 * distribution curves, the objection window, follow-ups and periods. No SQL, no GraphQL.
 */

/** Rating hasil kerja / rating perilaku kerja. */
export type Rating = 'ABOVE' | 'AS_EXPECTED' | 'BELOW';
/** Predikat kinerja pegawai; KURANG stands for "Kurang/Misconduct". */
export type Predikat = 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
/** Predikat kinerja organisasi, which selects the curve. */
export type OrganisationPredikat = 'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';

export const RATINGS: readonly Rating[] = ['ABOVE', 'AS_EXPECTED', 'BELOW'];
export const PREDIKATS: readonly Predikat[] = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'];

// behaviour -> work results -> predikat, exactly as the table in domain.md.
const MATRIX: Record<Rating, Record<Rating, Predikat>> = {
  ABOVE: { BELOW: 'BUTUH_PERBAIKAN', AS_EXPECTED: 'BAIK', ABOVE: 'SANGAT_BAIK' },
  AS_EXPECTED: { BELOW: 'BUTUH_PERBAIKAN', AS_EXPECTED: 'BAIK', ABOVE: 'BAIK' },
  BELOW: { BELOW: 'SANGAT_KURANG', AS_EXPECTED: 'KURANG', ABOVE: 'KURANG' },
};

/** The predikat that follows from the two ratings. There is no score and no weighting. */
export function predikatFor(workResults: Rating, behaviour: Rating): Predikat {
  return MATRIX[behaviour][workResults];
}

/** Share of the annual angka kredit coefficient a functional position earns with each predikat. */
export const ANGKA_KREDIT_PERCENT: Record<Predikat, number> = {
  SANGAT_BAIK: 150,
  BAIK: 100,
  BUTUH_PERBAIKAN: 75,
  KURANG: 50,
  SANGAT_KURANG: 25,
};

export type FollowUp = 'REWARD_ELIGIBLE' | 'IMPROVEMENT_PLAN' | 'NONE';

/** Sangat Baik makes the employee eligible for a reward; Butuh Perbaikan and below require pembinaan. */
export function followUpFor(predikat: Predikat): FollowUp {
  if (predikat === 'SANGAT_BAIK') return 'REWARD_ELIGIBLE';
  if (predikat === 'BAIK') return 'NONE';
  return 'IMPROVEMENT_PLAN';
}

/** One bound of a curve: the share of employees whose predikat is one of `predikats` must be within [min, max]. */
export interface CurveBound {
  predikats: Predikat[];
  /** Share from 0 to 1. */
  min?: number;
  max?: number;
  /** At least one such employee, whatever the share. */
  atLeastOne?: boolean;
}

export interface Curve {
  organisationPredikat: OrganisationPredikat;
  bounds: CurveBound[];
}

/** The default curves of SE MenPANRB 3/2023 (kept as data; an agency may change them). */
export const DEFAULT_CURVES: Curve[] = [
  { organisationPredikat: 'ISTIMEWA', bounds: [{ predikats: ['SANGAT_BAIK'], max: 0.7 }] },
  {
    organisationPredikat: 'BAIK',
    bounds: [{ predikats: ['BAIK'], max: 0.7 }, { predikats: ['BUTUH_PERBAIKAN', 'KURANG'], atLeastOne: true }],
  },
  {
    organisationPredikat: 'BUTUH_PERBAIKAN',
    bounds: [{ predikats: ['BUTUH_PERBAIKAN'], min: 0.6 }, { predikats: ['SANGAT_BAIK'], max: 0.1 }],
  },
  {
    organisationPredikat: 'KURANG',
    bounds: [
      { predikats: ['KURANG'], min: 0.6 },
      { predikats: ['BUTUH_PERBAIKAN'], min: 0.1 },
      { predikats: ['SANGAT_BAIK'], max: 0.1 },
    ],
  },
  {
    organisationPredikat: 'SANGAT_KURANG',
    bounds: [
      { predikats: ['SANGAT_KURANG'], min: 0.6 },
      { predikats: ['KURANG', 'BUTUH_PERBAIKAN'], min: 0.1 },
      { predikats: ['SANGAT_BAIK'], max: 0 },
    ],
  },
];

export interface BrokenBound {
  bound: CurveBound;
  share: number;
  count: number;
  message: string;
}

export interface CurveCheck {
  total: number;
  counts: Record<Predikat, number>;
  shares: Record<Predikat, number>;
  broken: BrokenBound[];
}

const LABEL: Record<Predikat, string> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang/Misconduct',
  SANGAT_KURANG: 'Sangat Kurang',
};

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** Compares a distribution of employee predikat with a curve and names every bound that is broken. */
export function checkCurve(curve: Curve, counts: Partial<Record<Predikat, number>>): CurveCheck {
  const full = Object.fromEntries(PREDIKATS.map((p) => [p, counts[p] ?? 0])) as Record<Predikat, number>;
  const total = PREDIKATS.reduce((sum, p) => sum + full[p], 0);
  const shares = Object.fromEntries(PREDIKATS.map((p) => [p, total ? full[p] / total : 0])) as Record<Predikat, number>;
  const broken: BrokenBound[] = [];
  for (const bound of curve.bounds) {
    const count = bound.predikats.reduce((sum, p) => sum + full[p], 0);
    const share = total ? count / total : 0;
    const names = bound.predikats.map((p) => LABEL[p]).join(' or ');
    if (bound.atLeastOne && count === 0) {
      broken.push({ bound, share, count, message: `at least one ${names} is required (there is none)` });
    }
    if (bound.min !== undefined && share < bound.min) {
      broken.push({ bound, share, count, message: `${names} must be at least ${percent(bound.min)} (is ${percent(share)})` });
    }
    if (bound.max !== undefined && share > bound.max) {
      const limit = bound.max === 0 ? `no ${names} is allowed (there are ${count})` : `${names} must be at most ${percent(bound.max)} (is ${percent(share)})`;
      broken.push({ bound, share, count, message: limit });
    }
  }
  return { total, counts: full, shares, broken };
}

/** Days an employee has to object (keberatan, PP 30/2019) after receiving a finalised evaluation. */
export const OBJECTION_DAYS = 14;

export function objectionDeadline(finalisedAt: Date): Date {
  return new Date(finalisedAt.getTime() + OBJECTION_DAYS * 24 * 60 * 60 * 1000);
}

export function mayStillObject(finalisedAt: Date, now: Date): boolean {
  return now.getTime() <= objectionDeadline(finalisedAt).getTime();
}

/** Peer feedback is shown to the employee only in aggregate, and only from this many answers. */
export const PEER_AGGREGATE_MINIMUM = 3;

/**
 * How many of a request's answers (the earliest first) the employee's aggregate counts: whole groups of the minimum.
 * An aggregate that grew by one answer at a time would give each new answer away as the difference of two readings;
 * grown by groups of three, a difference is itself an aggregate of three.
 */
export function releasedPeerAnswers(answered: number): number {
  return answered < PEER_AGGREGATE_MINIMUM ? 0 : answered - (answered % PEER_AGGREGATE_MINIMUM);
}

export type Cadence = 'MONTHLY' | 'QUARTERLY';

export interface EvaluationPeriod {
  /** e.g. "2025-Q1", "2025-03", "2025" (annual). */
  key: string;
  kind: 'PERIODIC' | 'ANNUAL';
  startsOn: string;
  endsOn: string;
}

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The periodic evaluations of a performance year for its cadence, then the annual one. */
export function evaluationPeriods(year: number, cadence: Cadence): EvaluationPeriod[] {
  const periods: EvaluationPeriod[] = [];
  if (cadence === 'MONTHLY') {
    for (let m = 1; m <= 12; m++) {
      periods.push({ key: `${year}-${String(m).padStart(2, '0')}`, kind: 'PERIODIC', startsOn: iso(year, m, 1), endsOn: iso(year, m, lastDay(year, m)) });
    }
  } else {
    for (let q = 1; q <= 4; q++) {
      const first = (q - 1) * 3 + 1;
      periods.push({ key: `${year}-Q${q}`, kind: 'PERIODIC', startsOn: iso(year, first, 1), endsOn: iso(year, first + 2, lastDay(year, first + 2)) });
    }
  }
  periods.push({ key: String(year), kind: 'ANNUAL', startsOn: iso(year, 1, 1), endsOn: iso(year, 12, 31) });
  return periods;
}
