/**
 * Pure rules of competency development (pengembangan kompetensi): which kind of learning is klasikal, how a
 * session and an enrolment move from status to status, who gets a place and who waits, how JP add up against the
 * yearly right, which programmes to recommend and why, and how training outcomes are aggregated.
 * No SQL, no GraphQL: the mutations and queries call these and the unit tests pin them down.
 */
import type { Predikat } from '../evaluation/rules.js';
import type { EmploymentType, PositionKind } from '../org/tables.js';
import type {
  CompetencyArea,
  CoreValueCode,
  EnrolmentStatus,
  TrainingForm,
  TrainingKind,
  TrainingSessionStatus,
} from './tables.js';

export type RuleResult<T> = { ok: true; value: T } | { ok: false; code: RuleErrorCode; message: string };
export type RuleErrorCode = 'INVALID' | 'SESSION_STATUS' | 'ENROLMENT_STATUS' | 'ALREADY_ENROLLED' | 'CAPACITY_TOO_SMALL' | 'NOT_ELIGIBLE';

const ok = <T>(value: T): RuleResult<T> => ({ ok: true, value });
const fail = <T>(code: RuleErrorCode, message: string): RuleResult<T> => ({ ok: false, code, message });

// ---------------------------------------------------------------------------------------------------------------
// Forms and kinds

/**
 * The form each kind of learning belongs to. Klasikal: pelatihan/diklat, kursus, bimbingan teknis, lokakarya
 * (workshop), seminar. Nonklasikal: e-learning, coaching, mentoring, magang/praktik kerja (job attachment),
 * detasering, benchmarking (studi lapangan), belajar mandiri (self-study).
 */
export const KIND_FORM: Readonly<Record<TrainingKind, TrainingForm>> = {
  DIKLAT: 'CLASSICAL',
  COURSE: 'CLASSICAL',
  BIMTEK: 'CLASSICAL',
  WORKSHOP: 'CLASSICAL',
  SEMINAR: 'CLASSICAL',
  E_LEARNING: 'NON_CLASSICAL',
  COACHING: 'NON_CLASSICAL',
  MENTORING: 'NON_CLASSICAL',
  JOB_ATTACHMENT: 'NON_CLASSICAL',
  DETASERING: 'NON_CLASSICAL',
  BENCHMARKING: 'NON_CLASSICAL',
  SELF_STUDY: 'NON_CLASSICAL',
};

const FORM_LABEL: Record<TrainingForm, string> = { CLASSICAL: 'klasikal', NON_CLASSICAL: 'nonklasikal' };

/** The form of a kind; when the form is given too it must agree. */
export function formOfKind(kind: TrainingKind, form?: TrainingForm | null): RuleResult<TrainingForm> {
  const expected = KIND_FORM[kind];
  if (form != null && form !== expected) {
    return fail('INVALID', `${kind} is ${FORM_LABEL[expected]} learning, not ${FORM_LABEL[form]}.`);
  }
  return ok(expected);
}

// ---------------------------------------------------------------------------------------------------------------
// Sessions

const SESSION_NEXT: Readonly<Record<TrainingSessionStatus, readonly TrainingSessionStatus[]>> = {
  PLANNED: ['OPEN', 'CANCELLED'],
  OPEN: ['ONGOING', 'CANCELLED'],
  ONGOING: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};

/** PLANNED -> OPEN -> ONGOING -> COMPLETED, and CANCELLED from any status before COMPLETED. */
export function sessionTransition(from: TrainingSessionStatus, to: TrainingSessionStatus): RuleResult<TrainingSessionStatus> {
  if (from === to) return ok(to);
  if (!SESSION_NEXT[from].includes(to)) {
    const next = SESSION_NEXT[from];
    return fail('SESSION_STATUS', `A ${from} session cannot become ${to}${next.length ? ` (next: ${next.join(' or ')})` : ''}.`);
  }
  return ok(to);
}

/** Sessions that take requests and nominations. */
export const ENROLLABLE_SESSION: ReadonlySet<TrainingSessionStatus> = new Set(['PLANNED', 'OPEN']);

/** Statuses of a live enrolment: the employee is waiting for, or holds, a place. */
export const ACTIVE_ENROLMENT: ReadonlySet<EnrolmentStatus> = new Set(['REQUESTED', 'NOMINATED', 'APPROVED', 'WAITLISTED']);

/** Statuses that occupy one of the session's places. */
export const OCCUPYING_ENROLMENT: ReadonlySet<EnrolmentStatus> = new Set(['APPROVED', 'COMPLETED', 'NOT_COMPLETED']);

/** Whether a capacity change is acceptable: never below the places already given. */
export function checkCapacity(capacity: number, occupied: number): RuleResult<number> {
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > 10_000) return fail('INVALID', 'Capacity must be a whole number from 1 to 10000.');
  if (capacity < occupied) {
    return fail('CAPACITY_TOO_SMALL', `${occupied} places are already approved; the capacity cannot go below that.`);
  }
  return ok(capacity);
}

// ---------------------------------------------------------------------------------------------------------------
// Enrolments

/**
 * Whether a programme is meant for an employee as they are now: ASN only (an elected official takes no part), and of
 * one of the programme's position kinds (none listed: every kind). Checked on request and nomination, and again
 * when a request is approved, a nomination placed or a waitlisted enrolment promoted: the employee may have changed
 * position since.
 */
export function checkEligible(
  programme: { title: string; positionKinds: readonly PositionKind[] },
  employee: { name: string; employmentType: EmploymentType; positionKind: PositionKind },
): RuleResult<true> {
  if (employee.employmentType === 'ELECTED_OFFICIAL') {
    return fail('NOT_ELIGIBLE', 'An elected official is not ASN and takes no part in ASN competency development.');
  }
  const kinds = programme.positionKinds;
  if (kinds.length > 0 && !kinds.includes(employee.positionKind)) {
    return fail('NOT_ELIGIBLE', `${programme.title} is meant for ${kinds.join(', ')} positions; ${employee.name} holds a ${employee.positionKind} position.`);
  }
  return ok(true);
}

export interface SessionState {
  status: TrainingSessionStatus;
  capacity: number;
  /** Enrolments holding a place (OCCUPYING_ENROLMENT). */
  occupied: number;
}

export type EnrolmentAction =
  /** The employee asks for a place; the supervisor decides. */
  | 'REQUEST'
  /** The supervisor (or an admin) puts a direct report forward: a place at once if one is free. */
  | 'NOMINATE'
  /** The supervisor (or an admin) approves a request. */
  | 'APPROVE'
  | 'DECLINE'
  /** The employee withdraws, or the supervisor or an admin withdraws them. */
  | 'CANCEL'
  | 'COMPLETE'
  | 'NOT_COMPLETE';

/** Where an endorsed enrolment goes: waiting for the session to open, a free place, or the waitlist. */
export function placement(session: SessionState): EnrolmentStatus {
  if (session.status === 'PLANNED') return 'NOMINATED';
  return session.occupied < session.capacity ? 'APPROVED' : 'WAITLISTED';
}

/**
 * The next status of an enrolment (null: none yet) after an action, given the session:
 * - REQUEST (PLANNED or OPEN session) -> REQUESTED; again after DECLINED or CANCELLED.
 * - NOMINATE, or APPROVE a REQUESTED one -> NOMINATED while the session is PLANNED (placed when it opens, in
 *   nomination order), APPROVED when the OPEN session has a free place, WAITLISTED when it is full.
 * - DECLINE a REQUESTED one -> DECLINED.
 * - CANCEL any live enrolment while the session is PLANNED or OPEN -> CANCELLED (a freed place goes to the waitlist).
 * - COMPLETE / NOT_COMPLETE an APPROVED one once the session is ONGOING or COMPLETED (a recorded result may be
 *   corrected) -> COMPLETED (credits JP) / NOT_COMPLETED.
 */
export function nextEnrolmentStatus(
  current: EnrolmentStatus | null,
  action: EnrolmentAction,
  session: SessionState,
): RuleResult<EnrolmentStatus> {
  const enrollable = ENROLLABLE_SESSION.has(session.status);
  const live = current !== null && ACTIVE_ENROLMENT.has(current);
  const finished = current === 'COMPLETED' || current === 'NOT_COMPLETED';
  switch (action) {
    case 'REQUEST':
    case 'NOMINATE': {
      if (!enrollable) return fail('SESSION_STATUS', `The session is ${session.status}: it takes no enrolments.`);
      if (finished) return fail('ENROLMENT_STATUS', 'The employee has already taken part in this session.');
      if (action === 'REQUEST' && live) return fail('ALREADY_ENROLLED', `The employee is already enrolled in this session (${current}).`);
      if (action === 'NOMINATE' && live && current !== 'REQUESTED') {
        return fail('ALREADY_ENROLLED', `The employee is already enrolled in this session (${current}).`);
      }
      return ok(action === 'REQUEST' ? 'REQUESTED' : placement(session));
    }
    case 'APPROVE':
    case 'DECLINE': {
      if (current !== 'REQUESTED') return fail('ENROLMENT_STATUS', `Only a requested enrolment can be decided; this one is ${current ?? 'missing'}.`);
      if (!enrollable) return fail('SESSION_STATUS', `The session is ${session.status}: it takes no enrolments.`);
      return ok(action === 'APPROVE' ? placement(session) : 'DECLINED');
    }
    case 'CANCEL': {
      if (!live) return fail('ENROLMENT_STATUS', `A ${current ?? 'missing'} enrolment cannot be cancelled.`);
      if (!enrollable) {
        return fail('SESSION_STATUS', `The session is ${session.status}: record the attendance instead of cancelling.`);
      }
      return ok('CANCELLED');
    }
    case 'COMPLETE':
    case 'NOT_COMPLETE': {
      if (session.status !== 'ONGOING' && session.status !== 'COMPLETED') {
        return fail('SESSION_STATUS', `Results are recorded once the session is ONGOING or COMPLETED; it is ${session.status}.`);
      }
      if (current !== 'APPROVED' && !finished) {
        return fail('ENROLMENT_STATUS', `Only a participant with a place has a result; this enrolment is ${current ?? 'missing'}.`);
      }
      return ok(action === 'COMPLETE' ? 'COMPLETED' : 'NOT_COMPLETED');
    }
  }
}

export interface Queued {
  id: number;
  queueNumber: number;
}

/** The waitlisted enrolments that take the free places, first in line first. */
export function promotions(waitlisted: readonly Queued[], session: SessionState): number[] {
  if (session.status !== 'OPEN') return [];
  const free = Math.max(0, session.capacity - session.occupied);
  return [...waitlisted].sort((a, b) => a.queueNumber - b.queueNumber).slice(0, free).map((e) => e.id);
}

/**
 * When a PLANNED session opens, its nominations are placed in nomination order: places first, then the waitlist.
 * Returns the new status of each nomination.
 */
export function placeOnOpening(nominated: readonly Queued[], capacity: number, occupied: number): Map<number, EnrolmentStatus> {
  const placed = new Map<number, EnrolmentStatus>();
  let taken = occupied;
  for (const e of [...nominated].sort((a, b) => a.queueNumber - b.queueNumber)) {
    placed.set(e.id, taken < capacity ? 'APPROVED' : 'WAITLISTED');
    if (taken < capacity) taken += 1;
  }
  return placed;
}

/** The 1-based waitlist positions of the waitlisted enrolments of one session, by queue number (`waitlistPosition` in queries.ts computes the same in SQL). */
export function waitlistPositions(waitlisted: readonly Queued[]): Map<number, number> {
  return new Map([...waitlisted].sort((a, b) => a.queueNumber - b.queueNumber).map((e, i) => [e.id, i + 1]));
}

/** Participants rate a session they completed: not before the result, and not after a NOT_COMPLETED one. */
export function checkMayRate(status: EnrolmentStatus): RuleResult<true> {
  if (status === 'COMPLETED') return ok(true);
  if (status === 'NOT_COMPLETED') {
    return fail('ENROLMENT_STATUS', 'Only a participant who completed the session rates it; this enrolment is NOT_COMPLETED.');
  }
  return fail('ENROLMENT_STATUS', `A session can be rated once you have completed it and the result is recorded; this enrolment is ${status}.`);
}

export function checkRating(value: number, label: string): string | null {
  return Number.isInteger(value) && value >= 1 && value <= 5 ? null : `${label} must be a whole number from 1 to 5.`;
}

export function checkAttendance(percent: number): string | null {
  return Number.isInteger(percent) && percent >= 0 && percent <= 100 ? null : 'Attendance must be a whole percentage from 0 to 100.';
}

// ---------------------------------------------------------------------------------------------------------------
// JP accounting

/** Hours of one JP (jam pelajaran), in minutes. */
export const JP_MINUTES = 45;

/**
 * The yearly right to competency development, in JP, by employment type (null: none).
 * PNS: at least 20 JP a year (PP 11/2017 as amended by PP 17/2020, art. 203). PPPK: the same 20 JP. UU 20/2023
 * makes competency development a right and a duty of every ASN employee, PNS and PPPK alike, and the 24 JP of
 * PP 49/2018 (art. 39) is a ceiling on development during a PPPK contract, not a lower right, so 20 JP is reachable
 * under it. The elected head of region is not ASN and has no JP right.
 */
export const JP_RIGHT: Readonly<Record<EmploymentType, number | null>> = { PNS: 20, PPPK: 20, ELECTED_OFFICIAL: null };

export interface JpEntry {
  area: CompetencyArea;
  form: TrainingForm;
  jp: number;
  /** The day the JP count for: an enrolment's completion date, an external training's end date (YYYY-MM-DD). */
  date: string;
}

export interface JpSummary {
  year: number;
  total: number;
  byArea: Record<CompetencyArea, number>;
  byForm: Record<TrainingForm, number>;
  /** The right for the employee's type, null when there is none. */
  target: number | null;
  /** JP still missing to reach the target (0 when reached or when there is no target). */
  shortfall: number;
}

/**
 * Plausibility of a claim of external training: at most 32 JP per calendar day of the course, the JP of 45 minutes
 * that fit in 24 hours (24 x 60 / 45). No course teaches more; a claim above it is a typing error or an inflated one.
 */
export const MAX_JP_PER_DAY = (24 * 60) / JP_MINUTES;

/** The most JP a course from `startsOn` to `endsOn` (ISO dates, both included) can give. */
export function maxJpForDates(startsOn: string, endsOn: string): number {
  const days = Math.round((Date.parse(`${endsOn}T00:00:00Z`) - Date.parse(`${startsOn}T00:00:00Z`)) / 86_400_000) + 1;
  return Math.max(days, 0) * MAX_JP_PER_DAY;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** JP of one year: completed enrolments and verified external training only (the caller filters those). */
export function summariseJp(entries: readonly JpEntry[], year: number, employmentType: EmploymentType): JpSummary {
  const byArea: Record<CompetencyArea, number> = { TECHNICAL: 0, MANAGERIAL: 0, SOCIO_CULTURAL: 0 };
  const byForm: Record<TrainingForm, number> = { CLASSICAL: 0, NON_CLASSICAL: 0 };
  let total = 0;
  for (const entry of entries) {
    if (yearOf(entry.date) !== year) continue;
    total += entry.jp;
    byArea[entry.area] += entry.jp;
    byForm[entry.form] += entry.jp;
  }
  const target = JP_RIGHT[employmentType];
  return { year, total, byArea, byForm, target, shortfall: jpShortfall(total, target) };
}

export function jpShortfall(total: number, target: number | null): number {
  return target === null ? 0 : Math.max(0, target - total);
}

// ---------------------------------------------------------------------------------------------------------------
// Training needs

/**
 * A gap that calls for training. MISSING_JP comes from the JP count; the other kinds from the evaluations of the year
 * (`evaluationNeedSignals`, fed by the evaluation source). Peer feedback feeds none (see the README).
 */
export type NeedSignal =
  | { kind: 'MISSING_JP'; year: number; total: number; target: number }
  /** A BerAKHLAK value rated Di Bawah Ekspektasi (by the appraiser, or by peers in aggregate). */
  | { kind: 'BEHAVIOUR_BELOW_EXPECTATION'; value: CoreValueCode; source: string }
  /** An indicator whose realisation fell short of its target. */
  | { kind: 'INDICATOR_NOT_MET'; indicator: string; area: CompetencyArea }
  /** A rencana pembinaan (improvement plan) naming values, areas or programmes. */
  | { kind: 'IMPROVEMENT_PLAN'; note: string; values?: readonly CoreValueCode[]; areas?: readonly CompetencyArea[]; programmeIds?: readonly number[] };

export type NeedKind = NeedSignal['kind'];

export interface CandidateProgramme {
  id: number;
  title: string;
  area: CompetencyArea;
  jpHours: number;
  coreValues: readonly string[];
  positionKinds: readonly PositionKind[];
  active: boolean;
  /** A session of it takes enrolments (PLANNED or OPEN). */
  enrollable: boolean;
}

export interface NeedReason {
  kind: NeedKind;
  detail: string;
}

export interface Recommendation {
  programmeId: number;
  reasons: NeedReason[];
}

export const CORE_VALUE_LABEL: Readonly<Record<CoreValueCode, string>> = {
  SERVICE: 'Berorientasi Pelayanan',
  ACCOUNTABLE: 'Akuntabel',
  COMPETENT: 'Kompeten',
  HARMONIOUS: 'Harmonis',
  LOYAL: 'Loyal',
  ADAPTIVE: 'Adaptif',
  COLLABORATIVE: 'Kolaboratif',
};

/**
 * One finalised evaluation of the employee, as the evaluation source reports it for a year's needs: those of the
 * year, and earlier ones whose improvement plan is still open (`inYear` false: only the plan counts).
 */
export interface EvaluationGap {
  periodKey: string;
  inYear: boolean;
  /** BerAKHLAK values the appraiser rated Di Bawah Ekspektasi, in the values' order. */
  valuesBelow: readonly CoreValueCode[];
  /** The overall ratings (rating hasil kerja, rating perilaku kerja) were Di Bawah Ekspektasi. */
  workResultsBelow: boolean;
  behaviourBelow: boolean;
  /** Statements of the RHK rated Di Bawah Ekspektasi. */
  workResultStatementsBelow: readonly string[];
  /** Its rencana pembinaan while OPEN. */
  openPlan: { actions: readonly string[]; dueOn: string } | null;
}

const listPeriods = (keys: readonly string[]) => `${keys.length === 1 ? 'evaluation' : 'evaluations'} ${keys.join(', ')}`;

/**
 * The needs the evaluations show, one signal per gap (periods merged):
 * - a value rated below expectation -> BEHAVIOUR_BELOW_EXPECTATION (the appraiser's rating);
 * - an RHK rated below expectation -> INDICATOR_NOT_MET, or the overall work-results rating when no RHK is named.
 *   The area is TECHNICAL: results of the position's own field are kompetensi teknis;
 * - an open improvement plan -> IMPROVEMENT_PLAN for the values its evaluation rated below, TECHNICAL when the work
 *   results were below and SOCIO_CULTURAL (the values of public service) when the behaviour was.
 */
export function evaluationNeedSignals(gaps: readonly EvaluationGap[]): NeedSignal[] {
  const valuePeriods = new Map<CoreValueCode, string[]>();
  const resultPeriods = new Map<string, string[]>();
  const add = <K>(map: Map<K, string[]>, key: K, period: string) => {
    const list = map.get(key) ?? [];
    if (!list.includes(period)) list.push(period);
    map.set(key, list);
  };
  const plans: NeedSignal[] = [];
  for (const gap of gaps) {
    if (gap.inYear) {
      for (const value of gap.valuesBelow) add(valuePeriods, value, gap.periodKey);
      for (const statement of gap.workResultStatementsBelow) add(resultPeriods, statement, gap.periodKey);
      // Rated below overall with no RHK rated below: the gap is still there, unnamed.
      if (gap.workResultsBelow && gap.workResultStatementsBelow.length === 0) add(resultPeriods, '', gap.periodKey);
    }
    if (gap.openPlan) {
      const areas: CompetencyArea[] = [];
      if (gap.workResultsBelow || gap.workResultStatementsBelow.length > 0) areas.push('TECHNICAL');
      if (gap.behaviourBelow || gap.valuesBelow.length > 0) areas.push('SOCIO_CULTURAL');
      plans.push({
        kind: 'IMPROVEMENT_PLAN',
        note: `${gap.openPlan.actions.join('; ')} (after the ${gap.periodKey} evaluation, due ${gap.openPlan.dueOn}).`,
        values: [...gap.valuesBelow],
        areas,
      });
    }
  }
  const signals: NeedSignal[] = [];
  for (const value of Object.keys(CORE_VALUE_LABEL) as CoreValueCode[]) {
    const periods = valuePeriods.get(value);
    if (periods) signals.push({ kind: 'BEHAVIOUR_BELOW_EXPECTATION', value, source: `appraiser, ${listPeriods(periods)}` });
  }
  for (const [statement, periods] of resultPeriods) {
    const indicator = statement === '' ? `work results rated below expectation (${listPeriods(periods)})` : `${statement} (${listPeriods(periods)})`;
    signals.push({ kind: 'INDICATOR_NOT_MET', indicator, area: 'TECHNICAL' });
  }
  return [...signals, ...plans];
}

/** Weight of each kind of reason when ranking: a documented plan outweighs a rating, which outweighs the JP count. */
const NEED_WEIGHT: Record<NeedKind, number> = { IMPROVEMENT_PLAN: 8, BEHAVIOUR_BELOW_EXPECTATION: 4, INDICATOR_NOT_MET: 2, MISSING_JP: 1 };

function reasonFor(signal: NeedSignal, programme: CandidateProgramme): string | null {
  switch (signal.kind) {
    case 'MISSING_JP': {
      const missing = jpShortfall(signal.total, signal.target);
      if (missing <= 0) return null;
      return `${signal.total} of ${signal.target} JP completed in ${signal.year}: ${missing} JP missing; this programme gives ${programme.jpHours} JP.`;
    }
    case 'BEHAVIOUR_BELOW_EXPECTATION':
      return programme.coreValues.includes(signal.value)
        ? `${CORE_VALUE_LABEL[signal.value]} was rated below expectation (${signal.source}); this programme develops it.`
        : null;
    case 'INDICATOR_NOT_MET':
      return programme.area === signal.area ? `Indicator not met: ${signal.indicator}.` : null;
    case 'IMPROVEMENT_PLAN': {
      const named = signal.programmeIds?.includes(programme.id) ?? false;
      const byValue = signal.values?.some((v) => programme.coreValues.includes(v)) ?? false;
      const byArea = signal.areas?.includes(programme.area) ?? false;
      return named || byValue || byArea ? `Improvement plan: ${signal.note}` : null;
    }
  }
}

/**
 * Programmes that answer the employee's gaps, best first, each with every reason it answers. Only active
 * programmes meant for the employee's position kind count, minus `exclude` (already completed this year, or
 * enrolled). Ranking: the weight of the reasons, then a session taking enrolments, then for JP the programme that
 * closes the gap with the least excess (else the largest), then the title.
 */
export function recommendProgrammes(
  signals: readonly NeedSignal[],
  candidates: readonly CandidateProgramme[],
  options: { positionKind: PositionKind; exclude?: ReadonlySet<number>; limit?: number },
): Recommendation[] {
  const missingJp = signals.reduce((m, s) => (s.kind === 'MISSING_JP' ? Math.max(m, jpShortfall(s.total, s.target)) : m), 0);
  const scored: { rec: Recommendation; weight: number; fit: number; enrollable: boolean; title: string }[] = [];
  for (const programme of candidates) {
    if (!programme.active || options.exclude?.has(programme.id)) continue;
    if (programme.positionKinds.length > 0 && !programme.positionKinds.includes(options.positionKind)) continue;
    const reasons: NeedReason[] = [];
    for (const signal of signals) {
      const detail = reasonFor(signal, programme);
      if (detail !== null) reasons.push({ kind: signal.kind, detail });
    }
    if (reasons.length === 0) continue;
    const weight = reasons.reduce((w, r) => w + NEED_WEIGHT[r.kind], 0);
    const fit = missingJp === 0 ? 0 : programme.jpHours >= missingJp ? programme.jpHours - missingJp : 10_000 - programme.jpHours;
    scored.push({ rec: { programmeId: programme.id, reasons }, weight, fit, enrollable: programme.enrollable, title: programme.title });
  }
  scored.sort(
    (a, b) =>
      b.weight - a.weight ||
      Number(b.enrollable) - Number(a.enrollable) ||
      a.fit - b.fit ||
      a.title.localeCompare(b.title) ||
      a.rec.programmeId - b.rec.programmeId,
  );
  return scored.slice(0, options.limit ?? scored.length).map((s) => s.rec);
}

// ---------------------------------------------------------------------------------------------------------------
// Ratings

/** Averages are shown only from this many ratings, so that no participant's own answer can be read off. */
export const MIN_RATINGS_SHOWN = 3;

export interface RatingScores {
  content: number;
  trainer: number;
  usefulness: number;
}

/**
 * Whether averages are shown: PUBLISHED, TOO_FEW (below MIN_RATINGS_SHOWN ratings), or COMPLEMENTARY (enough ratings,
 * but with the published figures beside it they would give away ratings withheld as TOO_FEW).
 */
export type RatingDisclosure = 'PUBLISHED' | 'TOO_FEW' | 'COMPLEMENTARY';

export interface RatingSummary {
  count: number;
  /** Averages are shown only when PUBLISHED (null otherwise). */
  disclosure: RatingDisclosure;
  content: number | null;
  trainer: number | null;
  usefulness: number | null;
  overall: number | null;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Mean scores from the count and the sums (so SQL can aggregate); withheld below MIN_RATINGS_SHOWN ratings. */
export function summariseRatings(count: number, sums: RatingScores, disclosure: RatingDisclosure = ratingDisclosure(count)): RatingSummary {
  if (disclosure !== 'PUBLISHED') return { count, disclosure, content: null, trainer: null, usefulness: null, overall: null };
  return {
    count,
    disclosure,
    content: round2(sums.content / count),
    trainer: round2(sums.trainer / count),
    usefulness: round2(sums.usefulness / count),
    overall: round2((sums.content + sums.trainer + sums.usefulness) / (3 * count)),
  };
}

function ratingDisclosure(count: number): RatingDisclosure {
  return count < MIN_RATINGS_SHOWN ? 'TOO_FEW' : 'PUBLISHED';
}

/**
 * Whether a programme's averages may be shown, given the rating count of each of its sessions. Each session's own
 * averages are shown from MIN_RATINGS_SHOWN; the programme's minus those of the published sessions leaves the
 * withheld sessions' together, so while those hold fewer than MIN_RATINGS_SHOWN ratings (one session of 1 rating,
 * say) the programme's are withheld too (complementary suppression, as `disclosureBlocks` does for the public).
 */
export function programmeRatingDisclosure(sessionCounts: readonly number[]): RatingDisclosure {
  const total = sessionCounts.reduce((n, c) => n + c, 0);
  if (total < MIN_RATINGS_SHOWN) return 'TOO_FEW';
  const withheld = sessionCounts.reduce((n, c) => (ratingDisclosure(c) === 'TOO_FEW' ? n + c : n), 0);
  return withheld > 0 && withheld < MIN_RATINGS_SHOWN ? 'COMPLEMENTARY' : 'PUBLISHED';
}

/** A programme's averages over all its sessions' ratings, withheld as `programmeRatingDisclosure` says. */
export function summariseProgrammeRatings(sessions: readonly { count: number; sums: RatingScores }[]): RatingSummary {
  const count = sessions.reduce((n, s) => n + s.count, 0);
  const sums: RatingScores = { content: 0, trainer: 0, usefulness: 0 };
  for (const s of sessions) {
    sums.content += s.sums.content;
    sums.trainer += s.sums.trainer;
    sums.usefulness += s.sums.usefulness;
  }
  return summariseRatings(count, sums, programmeRatingDisclosure(sessions.map((s) => s.count)));
}

// ---------------------------------------------------------------------------------------------------------------
// Closing the loop

export type { Predikat };

/** Predikat kinerja (the evaluation module's codes), lowest first. */
export const PREDIKAT: readonly Predikat[] = ['SANGAT_KURANG', 'KURANG', 'BUTUH_PERBAIKAN', 'BAIK', 'SANGAT_BAIK'];

/** Aggregates about people are published only from this many people (domain.md: transparency). */
export const MIN_OUTCOME_GROUP = 5;

/**
 * One participant of a programme: the predikat of their last annual evaluation finalised before the session began,
 * and of the first one finalised after it ended.
 */
export interface OutcomePair {
  /** The programme of the participant, when the source was asked about several (see `EvaluationSource`). */
  programmeId?: number;
  employeeId: number;
  before: Predikat;
  after: Predikat;
}

export interface OutcomeSummary {
  /** Participants with a predikat both before and after. */
  participants: number;
  withheld: boolean;
  before: Record<Predikat, number> | null;
  after: Record<Predikat, number> | null;
  improved: number | null;
  unchanged: number | null;
  declined: number | null;
}

const emptyCounts = (): Record<Predikat, number> => ({ SANGAT_KURANG: 0, KURANG: 0, BUTUH_PERBAIKAN: 0, BAIK: 0, SANGAT_BAIK: 0 });

/**
 * The predikat of a programme's participants before and after it, counted once per employee (their first pair),
 * and how many moved up, stayed or moved down. Everything but the count is withheld below MIN_OUTCOME_GROUP people.
 */
export function aggregateOutcomes(pairs: readonly OutcomePair[], minimum = MIN_OUTCOME_GROUP): OutcomeSummary {
  const seen = new Set<number>();
  const unique = pairs.filter((p) => !seen.has(p.employeeId) && seen.add(p.employeeId));
  if (unique.length < minimum) {
    return { participants: unique.length, withheld: true, before: null, after: null, improved: null, unchanged: null, declined: null };
  }
  const before = emptyCounts();
  const after = emptyCounts();
  let improved = 0;
  let unchanged = 0;
  let declined = 0;
  for (const pair of unique) {
    before[pair.before] += 1;
    after[pair.after] += 1;
    const delta = PREDIKAT.indexOf(pair.after) - PREDIKAT.indexOf(pair.before);
    if (delta > 0) improved += 1;
    else if (delta < 0) declined += 1;
    else unchanged += 1;
  }
  return { participants: unique.length, withheld: false, before, after, improved, unchanged, declined };
}
