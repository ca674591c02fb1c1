/**
 * Evaluation rules of PermenPANRB 6/2022 and SE MenPANRB 3/2023 as pure functions: the predikat matrix, the
 * distribution curves, the objection window, follow-ups and periods. No SQL, no GraphQL.
 */
import { serviceToday, SERVICE_UTC_OFFSET } from '../org/rules.js';
import { isIsoDate } from '../planning/rules.js';
import type { PlanStatus } from '../planning/tables.js';

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

/** Bounds of one curve: the default curves have up to three; every pair is compared (`curveProblems`). */
export const MAX_CURVE_BOUNDS = 20;

export interface CurveBoundInput {
  predikats: readonly string[];
  min?: number | null;
  max?: number | null;
  atLeastOne?: boolean | null;
}

/** A problem of a curve an admin sets; `field` is relative to the input (['bounds', '1', 'min']). */
export interface CurveProblem {
  field: string[];
  message: string;
}

const boundLabel = (b: CurveBoundInput, i: number) => {
  const parts = [
    ...(b.min != null ? [`at least ${percent(b.min)}`] : []),
    ...(b.max != null ? [`at most ${percent(b.max)}`] : []),
    ...(b.atLeastOne ? ['at least one'] : []),
  ];
  return `bound ${i + 1} (${parts.join(', ')} ${b.predikats.map((p) => LABEL[p as Predikat] ?? p).join(' or ')})`;
};

/**
 * What is wrong with the bounds of a distribution curve, or []. A curve has at least one bound (none would switch the
 * curve off, silently); each bound names predikat and gives shares from 0 to 1 (min not above max) or atLeastOne; and
 * no two bounds contradict each other, so that some distribution meets the curve:
 * - one bound's predikat are among another's: the share of the first is at most the share of the second, so the
 *   first's min may not exceed the second's max (nor may it require at least one where the second allows none);
 * - two bounds share no predikat: their shares add up to at most 1, and so must their mins.
 */
export function curveProblems(bounds: readonly CurveBoundInput[]): CurveProblem[] {
  if (bounds.length === 0) return [{ field: ['bounds'], message: 'A curve needs at least one bound; without bounds there would be no curve to keep.' }];
  if (bounds.length > MAX_CURVE_BOUNDS) return [{ field: ['bounds'], message: `A curve has at most ${MAX_CURVE_BOUNDS} bounds.` }];
  const problems: CurveProblem[] = [];
  bounds.forEach((b, i) => {
    const field = ['bounds', String(i)];
    if (b.predikats.length === 0) problems.push({ field: [...field, 'predikats'], message: 'Name at least one predikat.' });
    for (const key of ['min', 'max'] as const) {
      const v = b[key];
      if (v != null && !(v >= 0 && v <= 1)) problems.push({ field: [...field, key], message: 'A share is between 0 and 1.' });
    }
    if (b.min != null && b.max != null && b.min > b.max) problems.push({ field, message: 'min must not exceed max.' });
    if (b.atLeastOne && b.max === 0) problems.push({ field, message: 'At least one and a share of at most 0% contradict each other.' });
    if (b.min == null && b.max == null && !b.atLeastOne) problems.push({ field, message: 'Give min, max or atLeastOne.' });
  });
  if (problems.length > 0) return problems;
  const sets = bounds.map((b) => new Set(b.predikats));
  const within = (a: Set<string>, b: Set<string>) => [...a].every((p) => b.has(p));
  const disjoint = (a: Set<string>, b: Set<string>) => [...a].every((p) => !b.has(p));
  for (let i = 0; i < bounds.length; i++) {
    for (let j = 0; j < bounds.length; j++) {
      if (i === j) continue;
      const [a, b] = [bounds[i]!, bounds[j]!];
      const contradiction = `${boundLabel(a, i)} contradicts ${boundLabel(b, j)}.`;
      if (within(sets[i]!, sets[j]!) && b.max != null && ((a.min != null && a.min > b.max) || (a.atLeastOne && b.max === 0))) {
        problems.push({ field: ['bounds', String(i)], message: contradiction });
      } else if (i < j && disjoint(sets[i]!, sets[j]!) && (a.min ?? 0) + (b.min ?? 0) > 1) {
        problems.push({ field: ['bounds', String(j)], message: `${contradiction} Together they need more than 100%.` });
      }
    }
  }
  return problems;
}

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

/** A calendar date plus `days` (negative: earlier), as YYYY-MM-DD. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The last day (WIB) to object: the 14th calendar day after the WIB day of finalisation, not 14 x 24 hours. */
export function objectionLastDay(finalisedAt: Date): string {
  return addDays(serviceToday(finalisedAt), OBJECTION_DAYS);
}

/** The instant the objection window closes (exclusive): 24:00 WIB at the end of `objectionLastDay`. */
export function objectionDeadline(finalisedAt: Date): Date {
  return new Date(`${addDays(objectionLastDay(finalisedAt), 1)}T00:00:00${SERVICE_UTC_OFFSET}`);
}

export function mayStillObject(finalisedAt: Date, now: Date): boolean {
  return now.getTime() < objectionDeadline(finalisedAt).getTime();
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

/**
 * Why a period key names no evaluation period of a performance year, or null when it does. `years` are the agency's
 * performance years (normally the one of the key's year, if it exists).
 */
export function periodKeyProblem(key: string, years: readonly { year: number; cadence: Cadence }[]): string | null {
  const year = /^(\d{4})(?:-|$)/.exec(key);
  const performanceYear = year ? years.find((y) => y.year === Number(year[1])) : undefined;
  if (!performanceYear) return 'The period is not one of a performance year of your agency (like "2025", "2025-Q2" or "2025-06").';
  const keys = evaluationPeriods(performanceYear.year, performanceYear.cadence).map((p) => p.key);
  if (!keys.includes(key)) return `The periods of ${performanceYear.year} (${performanceYear.cadence.toLowerCase()}) are ${keys.join(', ')}.`;
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Plan versions and segments: which plan is evaluated, logged and reported on, and for which days


export interface DateRange {
  startsOn: string;
  endsOn: string;
}

export function overlaps(a: DateRange, b: DateRange): boolean {
  return a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;
}

export function within(day: string, range: DateRange): boolean {
  return range.startsOn <= day && day <= range.endsOn;
}

/** The days of a calendar month. */
export function monthDates(year: number, month: number): DateRange {
  return { startsOn: iso(year, month, 1), endsOn: iso(year, month, lastDay(year, month)) };
}

/** One version of a plan's segment, with the version that revises it (if any). */
export interface PlanVersion {
  status: PlanStatus;
  startsOn: string;
  endsOn: string;
  successor: { status: PlanStatus; endsOn: string } | null;
}

/**
 * The days for which a plan version takes daily logs and monthly reports, or null when it takes none.
 * An APPROVED version: its own dates, whether it is in force or ended with a transfer (the months of the ended
 * segment stay reportable; the new segment starts later). A SUPERSEDED version whose revision is not approved yet
 * (draft, submitted or returned): still the plan in force for the work of those days, so logs and reports do not stop
 * during a revision; up to the revision's end, which a transfer during the revision moved. Otherwise none.
 */
export function monitoringDates(plan: PlanVersion): DateRange | null {
  if (plan.status === 'APPROVED') return { startsOn: plan.startsOn, endsOn: plan.endsOn };
  const pending = plan.successor && ['DRAFT', 'SUBMITTED', 'RETURNED'].includes(plan.successor.status);
  if (plan.status === 'SUPERSEDED' && pending) {
    return { startsOn: plan.startsOn, endsOn: plan.successor!.endsOn < plan.endsOn ? plan.successor!.endsOn : plan.endsOn };
  }
  return null;
}

export type EvaluationRefusal = { code: 'PLAN_NOT_APPROVED' | 'INVALID'; message: string };

/**
 * The first day (WIB) a period may be evaluated: a period is evaluated at its end, from the first day of its last
 * month (a month from its first day, a quarter from its third month, the annual evaluation from 1 December).
 */
export function evaluationOpensOn(period: EvaluationPeriod): string {
  return `${period.endsOn.slice(0, 7)}-01`;
}

/**
 * Whether a plan version can be evaluated for a period on `today` (the service's WIB day, `serviceToday()`). Only an
 * APPROVED version is: the plan in force, or a segment that ended with a transfer (one SKP per position held: each
 * segment is evaluated by its own appraiser for the periods it overlaps). The annual evaluation is one per employee
 * and year, made on the segment that reaches the year's end by its appraiser; an ended segment has periodic
 * evaluations only. A period is evaluated from `evaluationOpensOn`, not before.
 */
export function evaluationRefusal(
  plan: { status: PlanStatus; startsOn: string; endsOn: string },
  period: EvaluationPeriod,
  today: string,
): EvaluationRefusal | null {
  if (plan.status !== 'APPROVED') {
    return { code: 'PLAN_NOT_APPROVED', message: 'Only an approved plan is evaluated: the plan in force, or a plan that ended with a transfer.' };
  }
  if (!overlaps(plan, period)) {
    return { code: 'INVALID', message: `The plan runs from ${plan.startsOn} to ${plan.endsOn}, outside ${period.key}.` };
  }
  if (period.kind === 'ANNUAL' && plan.endsOn < period.endsOn) {
    return {
      code: 'INVALID',
      message: `The plan ended on ${plan.endsOn} with a transfer: its periods are evaluated periodically, and the annual evaluation ${period.key} is made on the plan in force at the year’s end.`,
    };
  }
  const opensOn = evaluationOpensOn(period);
  if (today < opensOn) {
    return {
      code: 'INVALID',
      message: `${period.key} is evaluated at its end: its evaluation opens on ${opensOn}, the first day of the period’s last month (WIB).`,
    };
  }
  return null;
}

/**
 * What is not rated yet before an evaluation is finalised: the appraiser rates every RHK of the plan and each of the
 * BerAKHLAK values, not only the two overall ratings. Null when everything is rated.
 */
export function missingRatings(
  workResults: { statement: string; rated: boolean }[],
  values: { name: string; rated: boolean }[],
): string | null {
  const rhk = workResults.filter((w) => !w.rated).map((w) => `"${w.statement.length > 80 ? `${w.statement.slice(0, 79)}…` : w.statement}"`);
  const unrated = values.filter((v) => !v.rated).map((v) => v.name);
  if (rhk.length === 0 && unrated.length === 0) return null;
  const parts = [
    ...(rhk.length ? [`RHK ${rhk.join(', ')}`] : []),
    ...(unrated.length ? [`BerAKHLAK ${unrated.length === 1 ? 'value' : 'values'} ${unrated.join(', ')}`] : []),
  ];
  return `Rate every RHK and each BerAKHLAK value before finalising; not rated yet: ${parts.join('; ')}.`;
}

/** Actions of one improvement plan, and characters of one action: a plan to follow, not a document. */
export const MAX_IMPROVEMENT_ACTIONS = 20;
export const MAX_IMPROVEMENT_ACTION = 1000;

/** The latest due date of an improvement plan set on `today`: the end of next year, the next evaluation year's end. */
export function latestDueDate(today: string): string {
  return `${Number(today.slice(0, 4)) + 1}-12-31`;
}

/**
 * A due date of an improvement plan (pembinaan): a real date, not before the day it is set (`today`), and not after
 * the end of next year (`latestDueDate`): pembinaan is followed up in the next evaluations, not in years.
 */
export function dueDateProblem(dueOn: string, today: string): string | null {
  if (!isIsoDate(dueOn)) return 'A due date is required.';
  if (dueOn < today) return `The due date must not be before today (${today}).`;
  if (dueOn > latestDueDate(today)) return `The due date must be at most ${latestDueDate(today)}, the end of next year.`;
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Who acts: the party, or the agency's HR admin on behalf of a party who cannot sign in

/**
 * The facts of one act on an evaluation or its objection. The party is the appraiser (pejabat penilai: start, rate,
 * finalise) or the appraiser's superior (atasan pejabat penilai: hearing and decision of an objection).
 */
export interface ActingFacts {
  viewerId: number;
  /** The viewer is an admin (HR office) of the evaluation's agency. */
  viewerIsAgencyAdmin: boolean;
  /** The evaluated employee (who objects). */
  employeeId: number;
  partyId: number | null;
  /** Whether the party can sign in (planning's `canSignIn`); true when there is none. */
  partySignsIn: boolean;
  /**
   * For an objection: the viewer decided the evaluation objected to, as its appraiser or by recording it on the
   * appraiser's behalf (start, rate or finalise).
   */
  viewerDecidedEvaluation?: boolean;
}

export type Acting =
  | { ok: true; onBehalf: boolean }
  | { ok: false; code: 'NOT_APPRAISER' | 'NOT_APPRAISER_SUPERIOR'; message: string };

const ONLY_FOR_ELECTED = 'The HR admin records it only for one who cannot sign in (the head of region, elected, without a NIP).';

/**
 * Whether the viewer may start, rate or finalise an evaluation: as its appraiser, or as the agency's HR admin on
 * behalf of an appraiser who cannot sign in (the head of region appraises the JPT), like planning's FOR_APPRAISER;
 * never an evaluation of the admin's own.
 */
export function appraiserActing(facts: ActingFacts): Acting {
  if (facts.partyId !== null && facts.viewerId === facts.partyId) return { ok: true, onBehalf: false };
  const onBehalf = facts.viewerIsAgencyAdmin && facts.partyId !== null && !facts.partySignsIn;
  if (onBehalf && facts.viewerId !== facts.employeeId) return { ok: true, onBehalf: true };
  const only = 'Only the employee’s appraiser (pejabat penilai kinerja) may do this.';
  if (onBehalf) {
    return { ok: false, code: 'NOT_APPRAISER', message: `${only} The HR admin records it on behalf of an appraiser who cannot sign in, but never their own evaluation: another admin of the agency does.` };
  }
  return { ok: false, code: 'NOT_APPRAISER', message: facts.viewerIsAgencyAdmin ? `${only} ${ONLY_FOR_ELECTED}` : only };
}

/**
 * Whether the viewer may record the hearing of an objection or decide it: as the appraiser's superior, or as the
 * agency's HR admin on behalf of a superior who cannot sign in (the head of region is the superior of whoever a JPT
 * appraises); never for an objection of the admin's own, nor one about an evaluation the admin decided (as its
 * appraiser or on the appraiser's behalf): the objection is decided by someone other than who decided the evaluation.
 */
export function superiorActing(facts: ActingFacts): Acting {
  if (facts.partyId !== null && facts.viewerId === facts.partyId) return { ok: true, onBehalf: false };
  const onBehalf = facts.viewerIsAgencyAdmin && facts.partyId !== null && !facts.partySignsIn;
  const only = 'Only the appraiser’s superior (atasan pejabat penilai) hears and decides an objection.';
  if (onBehalf && facts.viewerId === facts.employeeId) {
    return { ok: false, code: 'NOT_APPRAISER_SUPERIOR', message: `${only} The HR admin records it on behalf of a superior who cannot sign in, but never for their own objection: another admin of the agency does.` };
  }
  if (onBehalf && facts.viewerDecidedEvaluation) {
    return {
      ok: false,
      code: 'NOT_APPRAISER_SUPERIOR',
      message: `${only} You decided the evaluation objected to (as its appraiser or on the appraiser’s behalf): the objection is decided by someone else, another admin of the agency on the superior’s behalf.`,
    };
  }
  if (onBehalf) return { ok: true, onBehalf: true };
  return { ok: false, code: 'NOT_APPRAISER_SUPERIOR', message: facts.viewerIsAgencyAdmin ? `${only} ${ONLY_FOR_ELECTED}` : only };
}
