/**
 * Rules of the citizens' side as pure functions: tracking codes, the IKM of PermenPANRB 14/2017, periods, the
 * k-anonymity threshold and its complementary suppression over nested periods, the median, content limits, the
 * feedback workflow and channels, and who a rate limit counts (by which part of their address). No SQL, no GraphQL.
 */
import { randomInt } from 'node:crypto';
import ipaddr from 'ipaddr.js';
import { MAX_EMAIL } from '../../graphql/text.js';
import { SERVICE_TIME_ZONE, SERVICE_UTC_OFFSET } from '../org/rules.js';

// ---------------------------------------------------------------------------------------------------------------
// Tracking codes

/**
 * Crockford's base32: digits and capitals without I, L, O and U, so that a code read aloud or copied from paper
 * survives (I and L are read as 1, O as 0 by `normalizeTrackingCode`).
 */
export const TRACKING_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 10 symbols of 5 bits: 2^50 (about 10^15) codes, drawn by a CSPRNG. */
export const TRACKING_CODE_LENGTH = 10;

/** A fresh tracking code. `pick(n)` returns an integer in [0, n): crypto by default, a seeded PRNG in demo data. */
export function generateTrackingCode(pick: (n: number) => number = (n) => randomInt(n)): string {
  let code = '';
  for (let i = 0; i < TRACKING_CODE_LENGTH; i++) code += TRACKING_ALPHABET[pick(TRACKING_ALPHABET.length)]!;
  return code;
}

/**
 * The stored form of a code as someone typed it: case-insensitive, spaces and dashes ignored, I/L read as 1 and O
 * as 0. Null when it cannot be a code (wrong length or a symbol outside the alphabet).
 */
export function normalizeTrackingCode(raw: string): string | null {
  if (raw.length > 64) return null;
  const code = raw
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (code.length !== TRACKING_CODE_LENGTH) return null;
  for (const c of code) if (!TRACKING_ALPHABET.includes(c)) return null;
  return code;
}

/** As printed for the citizen: two groups of five, "7KQ2M-X9DPA". */
export function formatTrackingCode(code: string): string {
  return code.length === TRACKING_CODE_LENGTH ? `${code.slice(0, 5)}-${code.slice(5)}` : code;
}

// ---------------------------------------------------------------------------------------------------------------
// k-anonymity and the median

/** No figure is published that was computed from fewer people than this. */
export const MIN_PEOPLE = 5;

export function isWithheld(people: number): boolean {
  return people < MIN_PEOPLE;
}

export function withheldReason(people: number, what: string): string | null {
  return isWithheld(people) ? `Withheld: computed from fewer than ${MIN_PEOPLE} ${what}.` : null;
}

/** The median of the values (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// ---------------------------------------------------------------------------------------------------------------
// IKM (Indeks Kepuasan Masyarakat), PermenPANRB 14/2017

export const IKM_ELEMENTS = [
  { key: 'requirements', code: 'U1', label: 'Persyaratan' },
  { key: 'procedure', code: 'U2', label: 'Sistem, mekanisme dan prosedur' },
  { key: 'serviceTime', code: 'U3', label: 'Waktu penyelesaian' },
  { key: 'cost', code: 'U4', label: 'Biaya/tarif' },
  { key: 'product', code: 'U5', label: 'Produk spesifikasi jenis pelayanan' },
  { key: 'competence', code: 'U6', label: 'Kompetensi pelaksana' },
  { key: 'behaviour', code: 'U7', label: 'Perilaku pelaksana' },
  { key: 'complaintHandling', code: 'U8', label: 'Penanganan pengaduan, saran dan masukan' },
  { key: 'facilities', code: 'U9', label: 'Sarana dan prasarana' },
] as const;
export type IkmElementKey = (typeof IKM_ELEMENTS)[number]['key'];
export type IkmScores = Record<IkmElementKey, number>;

export const IKM_MIN_SCORE = 1;
export const IKM_MAX_SCORE = 4;

export type IkmGrade = 'A' | 'B' | 'C' | 'D';

/** Mutu pelayanan: lowest score (in hundredths) of each grade, and its name. */
export const IKM_GRADES: readonly { grade: IkmGrade; from: number; label: string }[] = [
  { grade: 'A', from: 8831, label: 'Sangat Baik' },
  { grade: 'B', from: 7661, label: 'Baik' },
  { grade: 'C', from: 6500, label: 'Kurang Baik' },
  { grade: 'D', from: 2500, label: 'Tidak Baik' },
];

/**
 * The grade of an IKM given in hundredths (8831 = 88.31). The published bands (A 88.31-100, B 76.61-88.30,
 * C 65.00-76.60, D 25.00-64.99) are contiguous on two decimals, so the grade is taken from the score rounded to two
 * decimals: the grade always agrees with the figure people read.
 */
export function ikmGrade(hundredths: number): IkmGrade {
  for (const band of IKM_GRADES) if (hundredths >= band.from) return band.grade;
  return 'D';
}

export function ikmGradeLabel(grade: IkmGrade): string {
  return IKM_GRADES.find((g) => g.grade === grade)!.label;
}

/** Sum and count of one element's scores: what SQL aggregates. */
export interface ElementTally {
  sum: number;
  count: number;
}

export interface IkmComputation {
  /** Mean of each element (1 to 4), full precision, in IKM_ELEMENTS order. */
  elementMeans: number[];
  /** The same, rounded half up to two decimals. */
  elementMeansRounded: number[];
  /** IKM = (mean of the element means) x 25, full precision (25 to 100). */
  score: number;
  /** The IKM rounded half up to two decimals, computed exactly (no floating-point error at the boundaries). */
  scoreRounded: number;
  grade: IkmGrade;
}

const big = (n: number) => BigInt(Math.round(n));

/** floor((2 * scale * num + den) / (2 * den)): num/den rounded half up to 1/scale, exactly. */
function roundRational(num: bigint, den: bigint, scale: bigint): bigint {
  return (2n * scale * num + den) / (2n * den);
}

/**
 * The IKM from the tallies of the 9 elements: each element's mean (sum / count), the mean of the 9 means with equal
 * weights 1/9, times 25. Rounding happens only for presentation, in exact rational arithmetic, so a value on a
 * grade boundary is graded the same on every machine. Null when an element has no score.
 */
export function computeIkm(tallies: readonly ElementTally[]): IkmComputation | null {
  if (tallies.length !== IKM_ELEMENTS.length) throw new RangeError(`IKM needs ${IKM_ELEMENTS.length} elements, got ${tallies.length}`);
  if (tallies.some((t) => t.count <= 0)) return null;
  const elementMeans = tallies.map((t) => t.sum / t.count);
  const elementMeansRounded = tallies.map((t) => Number(roundRational(big(t.sum), big(t.count), 100n)) / 100);
  // score = 25/9 * sum(s_i / c_i) = 25 * sum(s_i * prod_{j != i} c_j) / (9 * prod c_j)
  const counts = tallies.map((t) => big(t.count));
  const product = counts.reduce((p, c) => p * c, 1n);
  const numerator = 25n * tallies.reduce((acc, t, i) => acc + big(t.sum) * (product / counts[i]!), 0n);
  const denominator = 9n * product;
  const hundredths = Number(roundRational(numerator, denominator, 100n));
  const score = (elementMeans.reduce((a, b) => a + b, 0) / IKM_ELEMENTS.length) * 25;
  return { elementMeans, elementMeansRounded, score, scoreRounded: hundredths / 100, grade: ikmGrade(hundredths) };
}

/** The tallies of a list of answered questionnaires (tests and the seed; the API aggregates in SQL). */
export function tallyIkm(responses: readonly IkmScores[]): ElementTally[] {
  return IKM_ELEMENTS.map(({ key }) => ({ sum: responses.reduce((s, r) => s + r[key], 0), count: responses.length }));
}

// ---------------------------------------------------------------------------------------------------------------
// Periods

// The service calendar (Waktu Indonesia Barat) is the org module's.
export { SERVICE_TIME_ZONE, SERVICE_UTC_OFFSET };

export type PeriodKind = 'MONTH' | 'QUARTER' | 'SEMESTER' | 'YEAR';

export interface Period {
  /** Canonical: "2025", "2025-S1", "2025-Q2" or "2025-06". */
  label: string;
  kind: PeriodKind;
  year: number;
  /** 1-based months, inclusive. */
  firstMonth: number;
  lastMonth: number;
  /** First instant, as an ISO timestamp in WIB. */
  start: string;
  /** First instant after the period. */
  end: string;
}

const MONTHS_OF: Record<PeriodKind, number> = { MONTH: 1, QUARTER: 3, SEMESTER: 6, YEAR: 12 };
const pad2 = (n: number) => String(n).padStart(2, '0');

function monthStart(year: number, month: number): string {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((month - 1) % 12) + 1;
  return `${y}-${pad2(m)}-01T00:00:00${SERVICE_UTC_OFFSET}`;
}

function makePeriod(kind: PeriodKind, year: number, index: number): Period {
  const size = MONTHS_OF[kind];
  const firstMonth = (index - 1) * size + 1;
  const lastMonth = firstMonth + size - 1;
  const label =
    kind === 'YEAR' ? `${year}` : kind === 'SEMESTER' ? `${year}-S${index}` : kind === 'QUARTER' ? `${year}-Q${index}` : `${year}-${pad2(index)}`;
  return { label, kind, year, firstMonth, lastMonth, start: monthStart(year, firstMonth), end: monthStart(year, lastMonth + 1) };
}

export const MIN_PERIOD_YEAR = 2000;
export const MAX_PERIOD_YEAR = 2100;

/** "2025" (year), "2025-S1" (semester), "2025-Q2" (quarter) or "2025-06" (month); null when it is none of them. */
export function parsePeriod(raw: string): Period | null {
  const text = raw.trim().toUpperCase();
  const match = /^(\d{4})(?:-(?:(S)([12])|(Q)([1-4])|(0[1-9]|1[0-2])))?$/.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) return null;
  if (match[2]) return makePeriod('SEMESTER', year, Number(match[3]));
  if (match[4]) return makePeriod('QUARTER', year, Number(match[5]));
  if (match[6]) return makePeriod('MONTH', year, Number(match[6]));
  return makePeriod('YEAR', year, 1);
}

export const MAX_TREND_PERIODS = 120;

/**
 * Every period of the same kind from `from` to `to`, both included. Null when the kinds differ, `to` comes
 * before `from` or there would be more than MAX_TREND_PERIODS.
 */
export function periodsBetween(from: Period, to: Period): Period[] | null {
  if (from.kind !== to.kind) return null;
  const per = 12 / MONTHS_OF[from.kind];
  const ordinal = (p: Period) => p.year * per + (p.firstMonth - 1) / MONTHS_OF[p.kind];
  const count = ordinal(to) - ordinal(from) + 1;
  if (count < 1 || count > MAX_TREND_PERIODS) return null;
  return Array.from({ length: count }, (_, i) => {
    const n = ordinal(from) + i;
    return makePeriod(from.kind, Math.floor(n / per), (n % per) + 1);
  });
}

/** The period of the given kind that contains a month ("YYYY-MM"). */
export function periodOfMonth(kind: PeriodKind, month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = Math.floor((m - 1) / MONTHS_OF[kind]) + 1;
  return makePeriod(kind, y, index).label;
}

// ---------------------------------------------------------------------------------------------------------------
// Content limits

export const LIMITS = {
  comment: 2000,
  serviceName: 200,
  employeeReference: 100,
  counter: 100,
  contactName: 200,
  contactEmail: MAX_EMAIL,
  contactPhone: 30,
  idempotencyKey: 128,
  publicAnswer: 2000,
  note: 2000,
  topic: 300,
  location: 300,
  summary: 5000,
  commitment: 1000,
  ownerName: 200,
  /** Links in one comment: more is treated as spam. */
  links: 3,
} as const;

/** A phone number as typed ("+62 812-3456-7890", "(0771) 21234"): 6 to 15 digits; null when it is not one. */
export function normalizePhone(value: string): string | null {
  if (!/^\+?[0-9\s().\-]+$/.test(value)) return null;
  const digits = value.replace(/[^0-9]/g, '');
  if (digits.length < 6 || digits.length > 15) return null;
  return `${value.trim().startsWith('+') ? '+' : ''}${digits}`;
}

/**
 * How an employee's name is compared with the name a citizen read at a counter: academic titles before the name
 * (dr., drg., Drs., Ir., H., Hj., Prof., Ns.) and everything after the first comma (gelar) are dropped, case and
 * spacing ignored. The SQL in queries.ts (`personNameKeySql`) does the same.
 */
export function personNameKey(name: string): string {
  const bare = name.split(',')[0]!;
  return bare
    .replace(/^\s*((dr|drg|drs|dra|ir|h|hj|prof|ns)\.?\s+)+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** What the citizen typed to name an employee: an 18-digit NIP (spaces and dots allowed) or a name. */
export function employeeReferenceKind(reference: string): { kind: 'nip'; nip: string } | { kind: 'name'; key: string } {
  const digits = reference.replace(/[\s.\-]/g, '');
  if (/^[0-9]{18}$/.test(digits)) return { kind: 'nip', nip: digits };
  return { kind: 'name', key: personNameKey(reference) };
}

// ---------------------------------------------------------------------------------------------------------------
// Feedback workflow

export type FeedbackStatus = 'RECEIVED' | 'IN_PROGRESS' | 'RESOLVED' | 'REJECTED';

/**
 * RECEIVED -> IN_PROGRESS -> RESOLVED or REJECTED (directly from RECEIVED too); a RESOLVED or REJECTED item may be
 * reopened (IN_PROGRESS) when the citizen comes back.
 */
export const FEEDBACK_TRANSITIONS: Record<FeedbackStatus, readonly FeedbackStatus[]> = {
  RECEIVED: ['IN_PROGRESS', 'RESOLVED', 'REJECTED'],
  IN_PROGRESS: ['RESOLVED', 'REJECTED'],
  RESOLVED: ['IN_PROGRESS'],
  REJECTED: ['IN_PROGRESS'],
};

export function mayChangeStatus(from: FeedbackStatus, to: FeedbackStatus): boolean {
  return FEEDBACK_TRANSITIONS[from].includes(to);
}

/** Closing an item (resolved or rejected) needs a public answer: the citizen sees why. */
export function needsPublicAnswer(status: FeedbackStatus): boolean {
  return status === 'RESOLVED' || status === 'REJECTED';
}

/**
 * Whether a member of the unit's staff handles an item (answers, changes its status, moderates it, reads who sent it):
 * not when it names them. Unit staff is everyone placed in the unit, so without this the employee a complaint is about
 * could read the sender's contact details and reject or close it, and a rejected item never reaches their appraiser.
 * Admins too: the conflict is being the subject, whatever the role.
 */
export function handlesAsStaff(viewerEmployeeId: number | null, namedEmployeeId: number | null): boolean {
  return namedEmployeeId === null || viewerEmployeeId !== namedEmployeeId;
}

// ---------------------------------------------------------------------------------------------------------------
// Channels

export type FeedbackChannel = 'WEB' | 'COUNTER' | 'PHONE' | 'FORUM';

/**
 * Who may say how feedback arrived. WEB is the citizen's own submission, open to anyone (partner portals relay citizens
 * from the web too). COUNTER, PHONE and FORUM are feedback staff received at the counter, by phone or at a forum and
 * type in: for signed-in employees only, so that the channel figures say how the unit is reached, not what an
 * anonymous sender chose to claim.
 */
export function mayUseChannel(viewerKind: 'anonymous' | 'employee' | 'partner', channel: FeedbackChannel): boolean {
  return channel === 'WEB' || viewerKind === 'employee';
}

// ---------------------------------------------------------------------------------------------------------------
// Distributions

/**
 * Counts of a distribution fit for publication: withheld entirely when the total is below MIN_PEOPLE; otherwise each
 * count of 1 to MIN_PEOPLE - 1 is suppressed (null), and when exactly one count is suppressed the next smallest
 * non-zero one is suppressed too, so that no suppressed count can be recovered by subtracting the others from the
 * total. Zeros stay: nobody is described by them.
 */
export function suppressSmallCells<K extends string>(
  counts: Readonly<Record<K, number>>,
): { total: number; withheld: boolean; counts: Record<K, number | null> } {
  const keys = Object.keys(counts) as K[];
  const total = keys.reduce((sum, k) => sum + counts[k], 0);
  if (isWithheld(total)) return { total, withheld: true, counts: Object.fromEntries(keys.map((k) => [k, null])) as Record<K, number | null> };
  const suppressed = new Set(keys.filter((k) => counts[k] > 0 && counts[k] < MIN_PEOPLE));
  if (suppressed.size === 1) {
    const next = keys
      .filter((k) => !suppressed.has(k) && counts[k] > 0)
      .sort((a, b) => counts[a] - counts[b])[0];
    if (next !== undefined) suppressed.add(next);
  }
  return {
    total,
    withheld: false,
    counts: Object.fromEntries(keys.map((k) => [k, suppressed.has(k) ? null : counts[k]])) as Record<K, number | null>,
  };
}

/**
 * Whether one value of a distribution of people covers all of them but fewer than MIN_PEOPLE. Published, it would
 * tell each person's value (all of them, when the others are zero) or single out the few who differ: for a
 * distribution of individual results (the predikat), the whole distribution is withheld then.
 */
export function singlesOut<K extends string>(counts: Readonly<Record<K, number>>): boolean {
  const values = Object.values(counts) as number[];
  const total = values.reduce((sum, n) => sum + n, 0);
  return total > 0 && Math.max(...values) > total - MIN_PEOPLE;
}

// ---------------------------------------------------------------------------------------------------------------
// Complementary suppression over nested periods

/** Months of one year (1 to 12) whose figures are only ever published together, and the people behind them. */
export interface DisclosureBlock {
  months: number[];
  people: number;
}

/** Why a period's figures are shown or not. */
export type PeriodDisclosure = 'PUBLISHED' | 'TOO_FEW' | 'COMPLEMENTARY';

function mergeBlocks(blocks: readonly DisclosureBlock[]): DisclosureBlock {
  return { months: blocks.flatMap((b) => b.months).sort((a, b) => a - b), people: blocks.reduce((n, b) => n + b.people, 0) };
}

/**
 * Blocks of the months firstMonth..lastMonth that are settled (0 or MIN_PEOPLE people or more), and the months still
 * too small (1 to MIN_PEOPLE - 1 people together), to be settled further up. The nesting is the periods': a year of two
 * semesters, a semester of two quarters, a quarter of three months.
 */
function settleBlocks(peopleByMonth: readonly number[], firstMonth: number, lastMonth: number): { settled: DisclosureBlock[]; small: DisclosureBlock | null } {
  if (firstMonth === lastMonth) {
    const block = { months: [firstMonth], people: peopleByMonth[firstMonth - 1] ?? 0 };
    return block.people === 0 || !isWithheld(block.people) ? { settled: [block], small: null } : { settled: [], small: block };
  }
  const size = lastMonth - firstMonth + 1;
  const childSize = size === 3 ? 1 : size / 2;
  const settled: DisclosureBlock[] = [];
  const small: DisclosureBlock[] = [];
  for (let first = firstMonth; first <= lastMonth; first += childSize) {
    const child = settleBlocks(peopleByMonth, first, first + childSize - 1);
    settled.push(...child.settled);
    if (child.small) small.push(child.small);
  }
  if (small.length === 0) return { settled, small: null };
  const residual = mergeBlocks(small);
  if (!isWithheld(residual.people)) return { settled: [...settled, residual], small: null };
  // Complementary suppression: the smallest published part goes with the withheld ones, so that this period's total
  // minus its published parts covers at least MIN_PEOPLE people. Without one (the period itself is below MIN_PEOPLE),
  // the period above settles it.
  const partner = settled
    .filter((b) => b.people > 0)
    .sort((a, b) => a.people - b.people || a.months[0]! - b.months[0]!)[0];
  if (!partner) return { settled, small: residual };
  return { settled: [...settled.filter((b) => b !== partner), mergeBlocks([partner, residual])], small: null };
}

/**
 * The months of a year grouped into blocks of 0 or at least MIN_PEOPLE people, such that a period is published only
 * when it is a union of whole blocks. Then whatever one computes from published figures (a quarter minus its months, a
 * year minus a semester minus a quarter, ...) is again a union of blocks: nothing published, and nothing derived by
 * subtraction, comes from fewer than MIN_PEOPLE people. Months below MIN_PEOPLE are grouped, within their quarter first,
 * then their semester, then the year; when the withheld part of a period is still below MIN_PEOPLE the smallest other
 * part of that period joins it (and is withheld with it). The year's blocks together hold everyone; a remainder below
 * MIN_PEOPLE is left as the last block when the whole year is below MIN_PEOPLE.
 */
export function disclosureBlocks(peopleByMonth: readonly number[]): DisclosureBlock[] {
  if (peopleByMonth.length !== 12) throw new RangeError(`a year has 12 months, got ${peopleByMonth.length}`);
  const { settled, small } = settleBlocks(peopleByMonth, 1, 12);
  return [...settled, ...(small ? [small] : [])].sort((a, b) => a.months[0]! - b.months[0]!);
}

/**
 * Whether the figures of a period of one year (months firstMonth..lastMonth) may be published, given the people behind
 * each month of that year: TOO_FEW below MIN_PEOPLE, COMPLEMENTARY when enough people are behind it but it would let a
 * withheld figure be recovered (it cuts a block of `disclosureBlocks`), else PUBLISHED.
 */
export function periodDisclosure(peopleByMonth: readonly number[], period: Pick<Period, 'firstMonth' | 'lastMonth'>): PeriodDisclosure {
  const inside = (m: number) => m >= period.firstMonth && m <= period.lastMonth;
  const people = peopleByMonth.slice(period.firstMonth - 1, period.lastMonth).reduce((n, p) => n + p, 0);
  if (isWithheld(people)) return 'TOO_FEW';
  const cut = disclosureBlocks(peopleByMonth).some((b) => b.months.some(inside) && !b.months.every(inside));
  return cut ? 'COMPLEMENTARY' : 'PUBLISHED';
}

/**
 * Why `transparency.predikat` has no distribution for a period (no finalised evaluation was counted). Evaluations are
 * periodic (per month or per quarter, as the agency chose) and annual: a semester is never an evaluation's period, so
 * saying it waits for finalisation would be untrue.
 */
export function predikatUnavailableReason(period: Pick<Period, 'kind'>): string {
  if (period.kind === 'SEMESTER') {
    return 'Not available for a semester: performance evaluations cover a month or a quarter (as the agency chose) and a year, never a semester; see its quarters or the year.';
  }
  return 'Withheld: no evaluation for this period is finalised (evaluations cover a month or a quarter, as the agency chose, and a year).';
}

/** The reason a period's figures are withheld; null when they are published. */
export function disclosureReason(disclosure: PeriodDisclosure, people: number, what: string): string | null {
  if (disclosure === 'TOO_FEW') return withheldReason(people, what);
  if (disclosure === 'COMPLEMENTARY') {
    return `Withheld: with the published figures of the periods around it, it would reveal a figure computed from fewer than ${MIN_PEOPLE} ${what}.`;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Clients and rate limits

/**
 * Who counts against a rate limit of `scope`. The public always does. Signed-in employees are exempt for feedback
 * (staff typing in phone and counter feedback for citizens) but not for IKM: the questionnaire is the citizen's own
 * answer, and an exemption let a unit's staff fill in their own unit's score without limit. Partner services relay many
 * citizens from their portals and stay exempt.
 */
export function isRateLimited(viewerKind: 'anonymous' | 'employee' | 'partner', scope: 'feedback' | 'ikm'): boolean {
  if (viewerKind === 'anonymous') return true;
  return viewerKind === 'employee' && scope === 'ikm';
}

/**
 * The part of a client's address its submissions are counted by: an IPv4 address whole, an IPv6 address by its /64
 * (one subscriber's network: a single host can take any of its 2^64 addresses, so counting whole addresses let one
 * client through under as many names as it liked). An IPv4-mapped IPv6 address (`::ffff:a.b.c.d`, how a dual-stack
 * socket shows an IPv4 client) is that IPv4 address. Anything else is kept as given.
 */
export function rateLimitAddressKey(address: string | null | undefined): string {
  const text = (address ?? '').trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (text === '') return 'unknown';
  // Only the usual written forms: ipaddr.js would also take "127.1" or "0x7f.0.0.1" as IPv4.
  if (!ipaddr.IPv4.isValidFourPartDecimal(text) && !ipaddr.IPv6.isValid(text)) return text;
  const parsed = ipaddr.process(text);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const groups = (parsed as ipaddr.IPv6).parts;
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64`;
}
