/**
 * GraphQL types and reads of the citizens' side. What anyone may read without a token: `feedbackStatus` (by
 * tracking code), `publishedFeedback`, `ikm`, `ikmTrend`, `transparency`, `forums` and the Forum types. Everything
 * else (the queue with contact details, the named employee) is for the unit's staff, the named employee and their
 * appraiser, as `PublicFeedback` says field by field.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { viewerEmployeeId } from '../../auth/viewer.js';
import { totalCountField } from '../../graphql/array-connection.js';
import { builder } from '../../graphql/builder.js';
import { loader, type Context } from '../../graphql/context.js';
import { argumentId } from '../../graphql/ids.js';
import { PREDIKATS, type Predikat } from '../evaluation/rules.js';
import { PredikatEnum } from '../evaluation/schema.js';
import { orgUnitById } from '../org/queries.js';
import { Employee, OrgUnit, unitArgument, viewerAgencyId } from '../org/schema.js';
import type { EmployeeRow } from '../org/tables.js';
import {
  appraiseesSql,
  currentPredikatSource,
  feedbackHandlingByMonth,
  forumTally,
  handlesFeedback,
  ikmSuggestionsOf,
  ikmTallyByMonth,
  isUnitStaff,
  MAX_IKM_SUGGESTIONS,
  mayReadFeedback,
  mayReadPublicVoiceOf,
  publicVoiceOf,
  type IkmTally,
} from './queries.js';
import {
  IKM_ELEMENTS,
  MIN_PEOPLE,
  computeIkm,
  disclosureReason,
  formatTrackingCode,
  ikmGradeLabel,
  isWithheld,
  median,
  normalizeTrackingCode,
  parsePeriod,
  periodDisclosure,
  periodsBetween,
  predikatUnavailableReason,
  singlesOut,
  suppressSmallCells,
  withheldReason,
  type IkmComputation,
  type IkmElementKey,
  type IkmGrade,
  type Period,
  type PeriodDisclosure,
} from './rules.js';
import {
  commitmentStatus,
  feedbackChannel,
  feedbackModeration,
  feedbackStatus,
  forums,
  ikmAgeBand,
  ikmEducation,
  ikmGender,
  ikmOccupation,
  moderationReason,
  publicFeedback,
  type PublicFeedbackRow,
} from './tables.js';

// ---------------------------------------------------------------------------------------------------------------
// Enums

export const FeedbackChannelEnum = builder.enumType('PublicFeedbackChannel', {
  description: 'How the feedback reached the unit.',
  values: {
    WEB: { description: 'The website or an app: the citizen’s own submission, open to anyone.' },
    COUNTER: { description: 'At the service counter (loket), e.g. a paper form, entered by staff (an employee token).' },
    PHONE: { description: 'By phone or a messaging service, entered by staff (an employee token).' },
    FORUM: { description: 'Raised at a community forum (forum diskusi), entered by staff (an employee token).' },
  } satisfies Record<(typeof feedbackChannel.enumValues)[number], unknown>,
});

export const FeedbackStatusEnum = builder.enumType('PublicFeedbackStatus', {
  description: 'Where the handling of a feedback item stands; public under its tracking code.',
  values: {
    RECEIVED: { description: 'Diterima: received, not yet handled.' },
    IN_PROGRESS: { description: 'Diproses: the unit is handling it.' },
    RESOLVED: { description: 'Selesai: handled; see the public answer.' },
    REJECTED: { description: 'Ditolak: not handled (e.g. outside the unit’s remit); see the public answer.' },
  } satisfies Record<(typeof feedbackStatus.enumValues)[number], unknown>,
});

export const FeedbackModerationEnum = builder.enumType('PublicFeedbackModeration', {
  description: 'Whether the comment may be shown: to the public, the named employee and their appraiser.',
  values: {
    PENDING: { description: 'Not yet moderated: seen by the unit’s staff only.' },
    PUBLISHED: { description: 'Published: listed publicly (without contact details or the named employee).' },
    REJECTED: { description: 'Not published (see the reason); still handled by the unit.' },
  } satisfies Record<(typeof feedbackModeration.enumValues)[number], unknown>,
});

export const ModerationReasonEnum = builder.enumType('PublicFeedbackRejectionReason', {
  description: 'Why a comment is not published.',
  values: {
    SPAM: { description: 'Spam or advertising (left out of the published counts too).' },
    ABUSE: { description: 'Abusive, insulting or threatening.' },
    PERSONAL_DATA: { description: 'Contains personal data (an ID number, an address, health details, ...).' },
    OTHER: { description: 'Another reason, given in the note.' },
  } satisfies Record<(typeof moderationReason.enumValues)[number], unknown>,
});

export const CommitmentStatusEnum = builder.enumType('ForumCommitmentStatus', {
  description: 'Tindak lanjut: the follow-up of a commitment made at a forum.',
  values: {
    OPEN: { description: 'Not started.' },
    IN_PROGRESS: { description: 'Being carried out.' },
    DONE: { description: 'Carried out.' },
  } satisfies Record<(typeof commitmentStatus.enumValues)[number], unknown>,
});

const IkmGradeEnum = builder.enumType('IkmGrade', {
  description: 'Mutu pelayanan (PermenPANRB 14/2017), from the IKM rounded to two decimals.',
  values: {
    A: { description: 'Sangat Baik: 88.31 to 100.' },
    B: { description: 'Baik: 76.61 to 88.30.' },
    C: { description: 'Kurang Baik: 65.00 to 76.60.' },
    D: { description: 'Tidak Baik: 25.00 to 64.99.' },
  } satisfies Record<IkmGrade, unknown>,
});

const IkmElementEnum = builder.enumType('IkmElement', {
  description: 'The 9 elements (unsur) of the IKM survey, PermenPANRB 14/2017.',
  values: Object.fromEntries(IKM_ELEMENTS.map((e) => [elementEnumName(e.key), { description: `${e.code} ${e.label}.`, value: e.key }])) as Record<
    string,
    { description: string; value: IkmElementKey }
  >,
});

function elementEnumName(key: IkmElementKey): string {
  return key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
}

export const IkmAgeBandEnum = builder.enumType('IkmAgeBand', {
  description: 'Usia of an IKM (Indeks Kepuasan Masyarakat) survey respondent.',
  values: {
    UNDER_20: { description: 'Under 20 years.' },
    FROM_20_TO_29: { description: '20 to 29 years.' },
    FROM_30_TO_39: { description: '30 to 39 years.' },
    FROM_40_TO_49: { description: '40 to 49 years.' },
    FROM_50_TO_59: { description: '50 to 59 years.' },
    FROM_60: { description: '60 years or more.' },
  } satisfies Record<(typeof ikmAgeBand.enumValues)[number], unknown>,
});

export const IkmGenderEnum = builder.enumType('IkmRespondentGender', {
  description: 'Jenis kelamin of an IKM survey respondent.',
  values: { MALE: { description: 'Laki-laki.' }, FEMALE: { description: 'Perempuan.' } } satisfies Record<
    (typeof ikmGender.enumValues)[number],
    unknown
  >,
});

export const IkmEducationEnum = builder.enumType('IkmEducation', {
  description: 'Pendidikan terakhir.',
  values: {
    SD: { description: 'Sekolah dasar or below.' },
    SMP: { description: 'SMP or equivalent.' },
    SMA: { description: 'SMA/SMK or equivalent.' },
    DIPLOMA: { description: 'D1 to D4.' },
    S1: { description: 'Sarjana.' },
    S2: { description: 'Magister.' },
    S3: { description: 'Doktor.' },
  } satisfies Record<(typeof ikmEducation.enumValues)[number], unknown>,
});

export const IkmOccupationEnum = builder.enumType('IkmOccupation', {
  description: 'Pekerjaan utama.',
  values: {
    PNS: { description: 'Civil servant.' },
    TNI: { description: 'Armed forces.' },
    POLRI: { description: 'Police.' },
    PRIVATE_EMPLOYEE: { description: 'Pegawai swasta.' },
    ENTREPRENEUR: { description: 'Wirausaha.' },
    STUDENT: { description: 'Pelajar/mahasiswa.' },
    OTHER: { description: 'Lainnya.' },
  } satisfies Record<(typeof ikmOccupation.enumValues)[number], unknown>,
});

// ---------------------------------------------------------------------------------------------------------------
// Arguments

function periodArgument(raw: string, argument = 'period'): Period {
  const period = parsePeriod(raw);
  if (!period) {
    throw new GraphQLError(
      `Argument "${argument}": "${raw.slice(0, 20)}" is not a period: give a year ("2025"), a semester ("2025-S1"), a quarter ("2025-Q2") or a month ("2025-06").`,
      { extensions: { code: 'BAD_USER_INPUT', argumentName: argument } },
    );
  }
  return period;
}

/** A unit given to a public read: units of every agency are public. */
function publicUnit(ctx: Context, raw: string | number, argument = 'unitId') {
  return unitArgument(ctx, raw, { argument, agencyId: null });
}

const PERIOD_DESCRIPTION = 'A year ("2025"), semester ("2025-S1"), quarter ("2025-Q2") or month ("2025-06"), in WIB.';

// ---------------------------------------------------------------------------------------------------------------
// Figures read per month

/**
 * [start, end) of the whole years the periods fall in: a period's figures are read per month of its whole year, since
 * whether they are published depends on the other months of that year (`periodDisclosure`).
 */
function wholeYears(periods: readonly Period[]): { start: string; end: string } {
  return { start: parsePeriod(String(periods[0]!.year))!.start, end: parsePeriod(String(periods.at(-1)!.year))!.end };
}

/** "YYYY-MM" of each month of the period. */
function monthsOf(period: Pick<Period, 'year' | 'firstMonth' | 'lastMonth'>): string[] {
  const months: string[] = [];
  for (let m = period.firstMonth; m <= period.lastMonth; m++) months.push(`${period.year}-${String(m).padStart(2, '0')}`);
  return months;
}

/** The people behind each month of the period's year, for `periodDisclosure`. */
function peopleOfYear<T>(byMonth: ReadonlyMap<string, T>, year: number, people: (month: T) => number): number[] {
  return monthsOf({ year, firstMonth: 1, lastMonth: 12 }).map((m) => {
    const month = byMonth.get(m);
    return month === undefined ? 0 : people(month);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Feedback as staff, the named employee and the appraiser see it

builder.drizzleObject('feedbackStatusHistory', {
  name: 'PublicFeedbackStatusChange',
  description: 'One step of the handling, with who took it and the internal note (staff only).',
  fields: (t) => ({
    status: t.expose('status', { description: 'The status set.', type: FeedbackStatusEnum }),
    previousStatus: t.expose('previousStatus', { description: 'The status before; null for the first.', type: FeedbackStatusEnum, nullable: true }),
    note: t.exposeString('note', { nullable: true, description: 'Internal note: never shown to the public.' }),
    changedBy: t.relation('changedBy', { nullable: true, description: 'Null for the submission itself.' }),
    changedAt: t.field({ description: 'When it changed.', type: 'DateTime', resolve: (h) => h.changedAt }),
  }),
});

// Staff handling the item: not the employee it names, though placed in the unit (they read it as the named employee).
const staffOnly = {
  authScopes: (row: PublicFeedbackRow, _args: unknown, ctx: Context) => handlesFeedback(ctx, row),
  unauthorizedResolver: () => null,
};

export const PublicFeedback = builder.drizzleNode('publicFeedback', {
  name: 'PublicFeedback',
  description:
    'Feedback from a citizen on a service unit (pengaduan, saran, apresiasi). Read by the staff of the unit (employees ' +
    'placed in it) and admins; once published, also by the employee it names and that employee’s appraiser. ' +
    'Contact details and internal notes are for the unit’s staff only (null for everyone else, and for the employee ' +
    'named even when placed in the unit: they neither handle the item nor learn who sent it).',
  id: { column: (f) => f.id, description: 'Global ID (Relay `Node`).' },
  runScopesOnType: true,
  authScopes: (row, ctx) => mayReadFeedback(ctx, row),
  fields: (t) => ({
    trackingCode: t.string({
      nullable: true,
      description: 'Staff only: the code the citizen follows the item with, as printed ("7KQ2M-X9DPA").',
      ...staffOnly,
      resolve: (f) => formatTrackingCode(f.trackingCode),
    }),
    unit: t.relation('unit', { description: 'The service unit it is about.' }),
    employee: t.relation('employee', {
      nullable: true,
      description: 'The employee the citizen named, when exactly one employee of the unit (or below it) matched.',
    }),
    employeeReference: t.exposeString('employeeReference', {
      nullable: true,
      description: 'Staff only: what the citizen typed to name an employee (a NIP or a name), matched or not.',
      ...staffOnly,
    }),
    counter: t.exposeString('counter', { nullable: true, description: 'Loket / counter named by the citizen.' }),
    serviceName: t.exposeString('serviceName', { nullable: true, description: 'The service used (jenis layanan).' }),
    rating: t.exposeInt('rating', { description: '1 (very poor) to 5 (excellent).' }),
    comment: t.exposeString('comment', { description: 'What the citizen wrote.', nullable: true }),
    channel: t.expose('channel', { description: 'How it came in.', type: FeedbackChannelEnum }),
    contactName: t.exposeString('contactName', { nullable: true, description: 'Staff only.', ...staffOnly }),
    contactEmail: t.exposeString('contactEmail', { nullable: true, description: 'Staff only.', ...staffOnly }),
    contactPhone: t.exposeString('contactPhone', { nullable: true, description: 'Staff only.', ...staffOnly }),
    status: t.expose('status', { description: 'Where the handling stands.', type: FeedbackStatusEnum }),
    statusChangedAt: t.field({ description: 'When the status last changed.', type: 'DateTime', resolve: (f) => f.statusChangedAt }),
    moderation: t.expose('moderation', { description: 'Whether it may be published.', type: FeedbackModerationEnum }),
    moderationReason: t.expose('moderationReason', { description: 'Why it was rejected for publication.', type: ModerationReasonEnum, nullable: true }),
    moderationNote: t.exposeString('moderationNote', { nullable: true, description: 'Staff only.', ...staffOnly }),
    moderatedAt: t.field({ description: 'When it was moderated.', type: 'DateTime', nullable: true, resolve: (f) => f.moderatedAt }),
    publicAnswer: t.exposeString('publicAnswer', { nullable: true, description: 'The unit’s answer, public under the tracking code.' }),
    answeredBy: t.relation('answeredBy', {
      nullable: true,
      description: 'Staff only.',
      authScopes: (row: unknown, _args: unknown, ctx: Context) => handlesFeedback(ctx, row as PublicFeedbackRow),
      unauthorizedResolver: () => null as never,
    }),
    answeredAt: t.field({ description: 'When the unit answered.', type: 'DateTime', nullable: true, resolve: (f) => f.answeredAt }),
    resolvedAt: t.field({ description: 'When it was resolved.', type: 'DateTime', nullable: true, resolve: (f) => f.resolvedAt }),
    receivedAt: t.field({ description: 'When it was received.', type: 'DateTime', resolve: (f) => f.createdAt }),
    history: t.relation('history', {
      nullable: true,
      description: 'Staff only: every status change, oldest first.',
      query: { orderBy: { id: 'asc' } },
      authScopes: (row: unknown, _args: unknown, ctx: Context) => handlesFeedback(ctx, row as PublicFeedbackRow),
      unauthorizedResolver: () => null as never,
    }),
  }),
});


const PublicFeedbackConnection = builder.connectionObject(
  { type: PublicFeedback, name: 'PublicFeedbackConnection', fields: (t) => ({ totalCount: totalCountField(t, 'All items that match, across pages.') }) },
  { name: 'PublicFeedbackEdge' },
);

// ---------------------------------------------------------------------------------------------------------------
// Feedback as the public sees it

type TrackingRow = Pick<
  PublicFeedbackRow,
  'trackingCode' | 'status' | 'publicAnswer' | 'createdAt' | 'statusChangedAt' | 'answeredAt' | 'resolvedAt'
>;

export const FeedbackTracking = builder.objectRef<TrackingRow>('PublicFeedbackTracking').implement({
  description: 'What anyone holding the tracking code sees: the status, the unit’s public answer and the dates. Nothing else.',
  fields: (t) => ({
    trackingCode: t.string({ description: 'As printed, "7KQ2M-X9DPA".', resolve: (f) => formatTrackingCode(f.trackingCode) }),
    status: t.field({ description: 'Where the handling stands.', type: FeedbackStatusEnum, resolve: (f) => f.status }),
    publicAnswer: t.string({ description: 'The unit’s public answer.', nullable: true, resolve: (f) => f.publicAnswer }),
    receivedAt: t.field({ description: 'When it was received.', type: 'DateTime', resolve: (f) => f.createdAt }),
    statusChangedAt: t.field({ description: 'When the status last changed.', type: 'DateTime', resolve: (f) => f.statusChangedAt }),
    answeredAt: t.field({ description: 'When the unit answered.', type: 'DateTime', nullable: true, resolve: (f) => f.answeredAt }),
    resolvedAt: t.field({ description: 'When it was resolved.', type: 'DateTime', nullable: true, resolve: (f) => f.resolvedAt }),
  }),
});

/** The columns of the tracking view, and only those, so that a public read never loads the rest. */
export const trackingColumns = {
  trackingCode: true,
  status: true,
  publicAnswer: true,
  createdAt: true,
  statusChangedAt: true,
  answeredAt: true,
  resolvedAt: true,
} as const;

export async function trackingByCode(ctx: Context, raw: string): Promise<(TrackingRow & { id: number }) | null> {
  const code = normalizeTrackingCode(raw);
  if (!code) return null;
  const row = await ctx.db.query.publicFeedback.findFirst({ where: { trackingCode: code }, columns: { id: true, ...trackingColumns } });
  return row ?? null;
}

export const PublishedFeedback = builder.drizzleObject('publicFeedback', {
  variant: 'PublishedFeedback',
  description:
    'A published comment as the public sees it: the service, rating, comment and the unit’s answer. Never the sender, ' +
    'their contact details or the employee they named.',
  select: { columns: { id: true, unitId: true, serviceName: true, rating: true, comment: true, channel: true, status: true, publicAnswer: true, createdAt: true, answeredAt: true } },
  fields: (t) => ({
    unit: t.relation('unit', { description: 'The service unit.' }),
    serviceName: t.exposeString('serviceName', { nullable: true, description: 'The service it is about.' }),
    rating: t.exposeInt('rating', { description: '1 (very poor) to 5 (excellent).' }),
    comment: t.exposeString('comment', { nullable: true, description: 'What the citizen wrote (moderated).' }),
    channel: t.expose('channel', { type: FeedbackChannelEnum, description: 'How it came in.' }),
    status: t.expose('status', { type: FeedbackStatusEnum, description: 'Where the handling stands.' }),
    publicAnswer: t.exposeString('publicAnswer', { nullable: true, description: 'The unit’s public answer.' }),
    receivedAt: t.field({ type: 'DateTime', description: 'When it was received.', resolve: (f) => f.createdAt }),
    answeredAt: t.field({ type: 'DateTime', nullable: true, description: 'When the unit answered.', resolve: (f) => f.answeredAt }),
  }),
});

const PublishedFeedbackConnection = builder.connectionObject(
  { type: PublishedFeedback, name: 'PublishedFeedbackConnection', fields: (t) => ({ totalCount: totalCountField(t, 'All published items of the unit.') }) },
  { name: 'PublishedFeedbackEdge' },
);

// ---------------------------------------------------------------------------------------------------------------
// IKM

interface IkmShape {
  unitId: number;
  period: Period;
  respondents: number;
  disclosure: PeriodDisclosure;
  result: IkmComputation | null;
}

const NO_RESPONSES: IkmTally = { respondents: 0, tallies: IKM_ELEMENTS.map(() => ({ sum: 0, count: 0 })) };

/**
 * The IKM of a unit for each period (in order), from the months of their whole years: one statement. A period is
 * computed only when `periodDisclosure` publishes it, so neither its figures nor their differences with the other
 * periods' come from fewer than MIN_PEOPLE respondents.
 */
async function ikmOfPeriods(ctx: Context, unitId: number, periods: readonly Period[]): Promise<IkmShape[]> {
  const { start, end } = wholeYears(periods);
  const byMonth = await ikmTallyByMonth(ctx.db, unitId, start, end);
  return periods.map((period) => {
    const tally = monthsOf(period).reduce<IkmTally>((sum, m) => {
      const month = byMonth.get(m);
      if (!month) return sum;
      return {
        respondents: sum.respondents + month.respondents,
        tallies: sum.tallies.map((s, i) => ({ sum: s.sum + month.tallies[i]!.sum, count: s.count + month.tallies[i]!.count })),
      };
    }, NO_RESPONSES);
    const disclosure = periodDisclosure(peopleOfYear(byMonth, period.year, (m) => m.respondents), period);
    const result = disclosure === 'PUBLISHED' ? computeIkm(tally.tallies) : null;
    return { unitId, period, respondents: tally.respondents, disclosure, result };
  });
}

const IkmElementScore = builder
  .objectRef<{ key: IkmElementKey; mean: number }>('IkmElementScore')
  .implement({
    description: 'One element’s mean score (nilai rata-rata unsur), 1 to 4.',
    fields: (t) => ({
      element: t.field({ description: 'The survey element (unsur pelayanan).', type: IkmElementEnum, resolve: (e) => e.key }),
      code: t.string({ description: 'U1 to U9.', resolve: (e) => IKM_ELEMENTS.find((x) => x.key === e.key)!.code }),
      label: t.string({ description: 'The element’s name in the regulation.', resolve: (e) => IKM_ELEMENTS.find((x) => x.key === e.key)!.label }),
      mean: t.float({ description: 'Mean of the scores given, rounded to two decimals.', resolve: (e) => e.mean }),
    }),
  });

export const IkmResult = builder.objectRef<IkmShape>('IkmResult').implement({
  description:
    'Indeks Kepuasan Masyarakat of a unit for a period (PermenPANRB 14/2017): each element’s mean, their mean with ' +
    `equal weights times 25 (25 to 100) and the grade. Figures are withheld (null) below ${MIN_PEOPLE} respondents, and ` +
    'where, with the figures of the periods around it, they would reveal those of fewer.',
  fields: (t) => ({
    unit: t.field({ description: 'The service unit.', type: OrgUnit, resolve: async (r, _args, ctx) => (await loader(ctx, orgUnitById).load(r.unitId))! }),
    period: t.string({ description: PERIOD_DESCRIPTION, resolve: (r) => r.period.label }),
    respondents: t.int({ description: 'Questionnaires answered in the period.', resolve: (r) => r.respondents }),
    withheld: t.boolean({
      description: `True below ${MIN_PEOPLE} respondents, or when the figures would reveal those of a period withheld for that: every figure is null.`,
      resolve: (r) => r.result === null,
    }),
    reason: t.string({ description: 'Why the figures are withheld; null when they are shown.', nullable: true, resolve: (r) => (r.result === null ? disclosureReason(r.disclosure, r.respondents, 'respondents') : null) }),
    score: t.float({
      nullable: true,
      description:
        'The IKM, 25 to 100, rounded half up to two decimals (computed exactly from the element sums; the grade is ' +
        'read from this rounded value).',
      resolve: (r) => r.result?.scoreRounded ?? null,
    }),
    grade: t.field({ description: 'Mutu pelayanan (A to D); null when withheld.', type: IkmGradeEnum, nullable: true, resolve: (r) => r.result?.grade ?? null }),
    gradeLabel: t.string({
      nullable: true,
      description: 'Mutu pelayanan: Sangat Baik, Baik, Kurang Baik or Tidak Baik.',
      resolve: (r) => (r.result ? ikmGradeLabel(r.result.grade) : null),
    }),
    elements: t.field({
      description: 'Mean score of each of the 9 elements; null when withheld.',
      type: [IkmElementScore],
      nullable: true,
      resolve: (r) => (r.result ? IKM_ELEMENTS.map((e, i) => ({ key: e.key, mean: r.result!.elementMeansRounded[i]! })) : null),
    }),
    suggestions: t.stringList({
      nullable: true,
      description:
        `Saran written on the questionnaires, newest first (at most ${MAX_IKM_SUGGESTIONS}), without any profile. For the unit’s ` +
        `staff and admins, and only when the figures are published (${MIN_PEOPLE} respondents or more); null otherwise.`,
      resolve: async (r, _args, ctx) => {
        if (r.result === null || !(await isUnitStaff(ctx, r.unitId))) return null;
        // Through a loader: a trend of 120 periods reads them in one statement.
        return loader(ctx, ikmSuggestionsOf).load({ unitId: r.unitId, period: r.period });
      },
    }),
  }),
});

// ---------------------------------------------------------------------------------------------------------------
// Transparency

interface TransparencyShape {
  unitId: number;
  period: Period;
}

interface FeedbackSummaryShape {
  received: number;
  resolved: number;
  averageRating: number | null;
  /** Why averageRating is null. */
  ratingReason: string | null;
  medianResolutionHours: number | null;
}

const FeedbackTransparency = builder.objectRef<FeedbackSummaryShape>('FeedbackTransparency').implement({
  description: `Volume and handling of the feedback the unit received in the period (spam left out). Figures computed from fewer than ${MIN_PEOPLE} items are null.`,
  fields: (t) => ({
    received: t.int({ description: 'Items received.', resolve: (f) => f.received }),
    resolved: t.int({ description: 'Of those, resolved.', resolve: (f) => f.resolved }),
    averageRating: t.float({
      nullable: true,
      description: `Mean rating, 1 to 5, two decimals; null below ${MIN_PEOPLE} items, and where, with the periods around it, it would reveal the ratings of fewer.`,
      resolve: (f) => f.averageRating,
    }),
    medianResolutionHours: t.float({
      nullable: true,
      description: `Median time from receipt to resolution, in hours (one decimal); null below ${MIN_PEOPLE} resolved items.`,
      resolve: (f) => f.medianResolutionHours,
    }),
    withheld: t.boolean({
      description: 'True when a figure above is null because too few items were behind it.',
      resolve: (f) => f.averageRating === null || f.medianResolutionHours === null,
    }),
    reason: t.string({
      description: 'Why figures are withheld.',
      nullable: true,
      resolve: (f) =>
        [f.averageRating === null ? f.ratingReason : null, f.medianResolutionHours === null ? withheldReason(f.resolved, 'resolved items') : null]
          .filter(Boolean)
          .join(' ') || null,
    }),
  }),
});

const PredikatCount = builder.objectRef<{ predikat: Predikat; count: number | null; total: number }>('TransparencyPredikatCount').implement({
  description: 'How many evaluated employees of a unit had one predikat kinerja pegawai.',
  fields: (t) => ({
    predikat: t.field({ type: PredikatEnum, description: 'The predikat.', resolve: (c) => c.predikat }),
    count: t.int({ nullable: true, description: `Null when 1 to ${MIN_PEOPLE - 1} (and, to keep those unrecoverable, the next smallest).`, resolve: (c) => c.count }),
    share: t.float({ nullable: true, description: 'Share of the evaluated employees, 0 to 1, three decimals.', resolve: (c) => (c.count === null ? null : Math.round((c.count / c.total) * 1000) / 1000) }),
  }),
});

interface PredikatShape {
  available: boolean;
  total: number | null;
  withheld: boolean;
  reason: string | null;
  counts: { predikat: Predikat; count: number | null; total: number }[] | null;
}

const PredikatTransparency = builder.objectRef<PredikatShape>('PredikatTransparency').implement({
  description:
    'The distribution of predikat kinerja among the unit’s employees with a finalised evaluation for the period; never ' +
    `anyone’s own. Withheld below ${MIN_PEOPLE} employees, and unavailable until evaluations of the period are finalised ` +
    '(never for a semester: evaluations cover a month or a quarter, and a year).',
  fields: (t) => ({
    available: t.boolean({
      description: 'False until evaluations for the period are finalised, and always for a semester (no evaluation covers one); see the reason.',
      resolve: (p) => p.available,
    }),
    evaluated: t.int({ nullable: true, description: `Employees counted; null below ${MIN_PEOPLE}.`, resolve: (p) => p.total }),
    withheld: t.boolean({ description: 'True when fewer than 5 people were evaluated: no counts are shown.', resolve: (p) => p.withheld }),
    reason: t.string({ description: 'Why the counts are withheld.', nullable: true, resolve: (p) => p.reason }),
    counts: t.field({ description: 'Count per predikat; null when withheld.', type: [PredikatCount], nullable: true, resolve: (p) => p.counts }),
  }),
});

const ForumTransparency = builder
  .objectRef<{ forums: number; participants: number; commitments: Record<'OPEN' | 'IN_PROGRESS' | 'DONE', number> }>('ForumTransparency')
  .implement({
    description: 'Community forums the unit held in the period and the follow-up of the commitments made there.',
    fields: (t) => ({
      forums: t.int({ description: 'Forums held in the period.', resolve: (f) => f.forums }),
      participants: t.int({ description: 'Attendance over those forums.', resolve: (f) => f.participants }),
      commitmentsOpen: t.int({ description: 'Commitments not started.', resolve: (f) => f.commitments.OPEN }),
      commitmentsInProgress: t.int({ description: 'Commitments being followed up.', resolve: (f) => f.commitments.IN_PROGRESS }),
      commitmentsDone: t.int({ description: 'Commitments done.', resolve: (f) => f.commitments.DONE }),
    }),
  });

export const UnitTransparency = builder.objectRef<TransparencyShape>('UnitTransparency').implement({
  description:
    'What the public may know of a unit for a period: its IKM and grade, the volume and handling time of feedback, the ' +
    `distribution of predikat, and its forums. No individual appears, and every figure computed from fewer than ${MIN_PEOPLE} ` +
    'people is withheld (null, with the reason).',
  fields: (t) => ({
    unit: t.field({ description: 'The unit.', type: OrgUnit, resolve: async (r, _args, ctx) => (await loader(ctx, orgUnitById).load(r.unitId))! }),
    period: t.string({ description: PERIOD_DESCRIPTION, resolve: (r) => r.period.label }),
    ikm: t.field({ description: 'Indeks Kepuasan Masyarakat.', type: IkmResult, resolve: async (r, _args, ctx) => (await ikmOfPeriods(ctx, r.unitId, [r.period]))[0]! }),
    feedback: t.field({
      description: 'Volume and handling of public feedback.',
      type: FeedbackTransparency,
      resolve: async (r, _args, ctx) => {
        const { start, end } = wholeYears([r.period]);
        const byMonth = await feedbackHandlingByMonth(ctx.db, r.unitId, start, end);
        const months = monthsOf(r.period).flatMap((m) => byMonth.get(m) ?? []);
        const received = months.reduce((n, m) => n + m.received, 0);
        const resolved = months.reduce((n, m) => n + m.resolved, 0);
        const ratingSum = months.reduce((n, m) => n + m.ratingSum, 0);
        // The mean rating adds up over months like the IKM: a quarter's minus its published months' would give a withheld
        // month's. Medians do not add up, so the median only needs its own MIN_PEOPLE.
        const rating = periodDisclosure(peopleOfYear(byMonth, r.period.year, (m) => m.received), r.period);
        const middle = isWithheld(resolved) ? null : median(months.flatMap((m) => m.resolutionSeconds));
        return {
          received,
          resolved,
          averageRating: rating === 'PUBLISHED' ? Math.round((ratingSum / received) * 100) / 100 : null,
          ratingReason: disclosureReason(rating, received, 'feedback items'),
          medianResolutionHours: middle === null ? null : Math.round((middle / 3600) * 10) / 10,
        };
      },
    }),
    predikat: t.field({
      description: 'Distribution of predikat kinerja pegawai.',
      type: PredikatTransparency,
      resolve: async (r, _args, ctx) => {
        const source = currentPredikatSource();
        // No evaluation's period is a semester: nothing to ask the source.
        const counts = source && r.period.kind !== 'SEMESTER' ? await source(ctx.db, r.unitId, r.period) : null;
        if (!counts) {
          return { available: false, total: null, withheld: true, reason: predikatUnavailableReason(r.period), counts: null };
        }
        const full = Object.fromEntries(PREDIKATS.map((p) => [p, counts[p] ?? 0])) as Record<Predikat, number>;
        const published = suppressSmallCells(full);
        if (published.withheld) {
          return { available: true, total: null, withheld: true, reason: withheldReason(published.total, 'evaluated employees'), counts: null };
        }
        // Six of six BAIK tells each of the six their predikat: never an individual's evaluation (domain.md).
        if (singlesOut(full)) {
          return {
            available: true,
            total: null,
            withheld: true,
            reason: `Withheld: one predikat covers all but fewer than ${MIN_PEOPLE} of the evaluated employees, which would tell individuals’ predikat.`,
            counts: null,
          };
        }
        const cells = PREDIKATS.map((p) => ({ predikat: p, count: published.counts[p], total: published.total }));
        const someSuppressed = cells.some((c) => c.count === null);
        return {
          available: true,
          total: published.total,
          withheld: someSuppressed,
          reason: someSuppressed ? `Counts of fewer than ${MIN_PEOPLE} employees are withheld.` : null,
          counts: cells,
        };
      },
    }),
    forums: t.field({ description: 'Forum diskusi held and commitments.', type: ForumTransparency, resolve: (r, _args, ctx) => forumTally(ctx.db, r.unitId, r.period) }),
  }),
});

// ---------------------------------------------------------------------------------------------------------------
// Forums (public)

export const ForumCommitment = builder.drizzleNode('forumCommitments', {
  name: 'ForumCommitment',
  description: 'A commitment the unit made at a forum, with the office responsible, the due date and its follow-up. Public.',
  id: { column: (c) => c.id, description: 'Global ID (Relay `Node`).' },
  fields: (t) => ({
    forum: t.relation('forum', { description: 'The forum where it was made.' }),
    description: t.exposeString('description', { description: 'What was promised.' }),
    owner: t.exposeString('ownerName', { description: 'The office or body responsible, as published (e.g. "Kepala UPTD Puskesmas Batu 10").' }),
    ownerEmployee: t.relation('ownerEmployee', {
      nullable: true,
      description: 'The employee responsible, when one was named: for signed-in readers (the Employee type needs a token).',
      authScopes: { authenticated: true },
      unauthorizedResolver: () => null as never,
    }),
    dueOn: t.field({ description: 'When it is due.', type: 'Date', nullable: true, resolve: (c) => c.dueOn }),
    status: t.expose('status', { description: 'How far it is followed up.', type: CommitmentStatusEnum }),
    note: t.exposeString('note', { nullable: true, description: 'Follow-up note (tindak lanjut), public.' }),
    statusChangedAt: t.field({ description: 'When the status last changed.', type: 'DateTime', resolve: (c) => c.statusChangedAt }),
  }),
});

export const Forum = builder.drizzleNode('forums', {
  name: 'Forum',
  description: 'Forum diskusi / forum konsultasi publik: a meeting between a unit and citizens, with its commitments. Public.',
  id: { column: (f) => f.id, description: 'Global ID (Relay `Node`).' },
  fields: (t) => ({
    unit: t.relation('unit', { description: 'The unit that held the forum.' }),
    heldOn: t.field({ description: 'The day the forum was held.', type: 'Date', resolve: (f) => f.heldOn }),
    topic: t.exposeString('topic', { description: 'Its topic.' }),
    location: t.exposeString('location', { description: 'Where it was held.', nullable: true }),
    participants: t.exposeInt('participants', { description: 'Attendance.' }),
    summary: t.exposeString('summary', { description: 'Summary of the discussion.' }),
    commitments: t.relation('commitments', { description: 'Commitments made, in the order recorded.', query: { orderBy: { id: 'asc' } } }),
  }),
});

const ForumConnection = builder.connectionObject(
  { type: Forum, name: 'ForumConnection', fields: (t) => ({ totalCount: totalCountField(t, 'All forums that match, across pages.') }) },
  { name: 'ForumEdge' },
);

// ---------------------------------------------------------------------------------------------------------------
// The public's voice in an employee's evaluation context

const PublicVoice = builder
  .objectRef<{ items: number; ratingSum: number }>('PublicVoice')
  .implement({
    description: `Published feedback naming the employee in a period. The mean rating is withheld below ${MIN_PEOPLE} items.`,
    fields: (t) => ({
      items: t.int({ description: 'Feedback items counted.', resolve: (v) => v.items }),
      averageRating: t.float({ description: 'Mean rating; null when withheld.', nullable: true, resolve: (v) => (isWithheld(v.items) ? null : Math.round((v.ratingSum / v.items) * 100) / 100) }),
      withheld: t.boolean({ description: 'True when too few items to show figures.', resolve: (v) => isWithheld(v.items) }),
    }),
  });

builder.drizzleObjectFields(Employee, (t) => ({
  publicFeedback: t.relatedConnection(
    'publicFeedback',
    {
      nullable: true,
      description:
        'Published feedback from citizens naming this employee, newest first: the public’s voice in the evaluation ' +
        'context. For the employee, their appraiser and admins (null for others); never contact details.',
      totalCount: true,
      authScopes: (parent: unknown, _args: unknown, ctx: Context) => mayReadPublicVoiceOf(ctx, (parent as EmployeeRow).id),
      unauthorizedResolver: () => null as never,
      query: { where: { moderation: 'PUBLISHED' }, orderBy: { id: 'desc' } },
    },
    PublicFeedbackConnection,
  ),
  publicVoice: t.field({
    type: PublicVoice,
    nullable: true,
    description: 'Count and mean rating of the published feedback naming this employee in a period. Visible like publicFeedback.',
    args: { period: t.arg.string({ required: true, description: PERIOD_DESCRIPTION }) },
    authScopes: (e: Pick<EmployeeRow, 'id'>, _args: unknown, ctx: Context) => mayReadPublicVoiceOf(ctx, e.id),
    unauthorizedResolver: () => null,
    // Through a loader: a page of employees reads their voices in one statement.
    resolve: (e, args, ctx) => loader(ctx, publicVoiceOf).load({ employeeId: e.id, period: periodArgument(args.period) }),
  }),
}));

// ---------------------------------------------------------------------------------------------------------------
// Root fields

const IKM_TREND_DESCRIPTION =
  'The IKM of a unit for every period from `from` to `to` (both included, the same kind: years, semesters, quarters or months; at most 120).';

builder.queryFields((t) => ({
  feedbackStatus: t.field({
    type: FeedbackTracking,
    nullable: true,
    description: 'Public: the status and public answer of a feedback item, by its tracking code (case, spaces and dashes ignored). Null for an unknown code.',
    args: { trackingCode: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => trackingByCode(ctx, args.trackingCode),
  }),
  publishedFeedback: t.drizzleConnection(
    {
      type: PublishedFeedback,
      description: 'Public: the published comments on a unit and its answers, newest first.',
      args: { unitId: t.arg.id({ required: true }) },
      totalCount: async (_parent, args, ctx) => {
        const { id: unitId } = await publicUnit(ctx, args.unitId);
        return ctx.db.$count(publicFeedback, sql`${publicFeedback.unitId} = ${unitId} and ${publicFeedback.moderation} = 'PUBLISHED'`);
      },
      resolve: async (query, _parent, args, ctx) => {
        const { id: unitId } = await publicUnit(ctx, args.unitId);
        return ctx.db.query.publicFeedback.findMany(query({ where: { unitId, moderation: 'PUBLISHED' }, orderBy: { id: 'desc' } }));
      },
    },
    PublishedFeedbackConnection,
  ),
  unitFeedback: t.drizzleConnection(
    {
      type: PublicFeedback,
      description: 'The feedback queue of a unit, newest first, optionally by status and moderation. For the unit’s staff and admins.',
      authScopes: { employee: true },
      args: {
        unitId: t.arg.id({ required: true }),
        status: t.arg({ type: [FeedbackStatusEnum] }),
        moderation: t.arg({ type: [FeedbackModerationEnum] }),
      },
      totalCount: async (_parent, args, ctx) => {
        const { id: unitId } = await unitArgument(ctx, args.unitId, { agencyId: viewerAgencyId(ctx) });
        if (!(await isUnitStaff(ctx, unitId))) return 0;
        return ctx.db.$count(publicFeedback, queueFilter(unitId, args.status, args.moderation));
      },
      resolve: async (query, _parent, args, ctx) => {
        const { id: unitId } = await unitArgument(ctx, args.unitId, { agencyId: viewerAgencyId(ctx) });
        if (!(await isUnitStaff(ctx, unitId))) {
          throw new GraphQLError('Only the unit’s staff and admins may read its feedback queue.', { extensions: { code: 'FORBIDDEN' } });
        }
        return ctx.db.query.publicFeedback.findMany(
          query({
            where: {
              unitId,
              ...(args.status?.length ? { status: { in: args.status } } : {}),
              ...(args.moderation?.length ? { moderation: { in: args.moderation } } : {}),
            },
            orderBy: { id: 'desc' },
          }),
        );
      },
    },
    PublicFeedbackConnection,
  ),
  appraiseesPublicFeedback: t.drizzleConnection(
    {
      type: PublicFeedback,
      description:
        'Published feedback naming any employee you appraise (as pejabat penilai kinerja), newest first: how feedback ' +
        'on an employee reaches their appraiser.',
      authScopes: { employee: true },
      totalCount: (_parent, _args, ctx) =>
        ctx.db.$count(publicFeedback, sql`${publicFeedback.moderation} = 'PUBLISHED' and ${publicFeedback.employeeId} in ${appraiseesSql(viewerEmployeeId(ctx.viewer) ?? 0)}`),
      resolve: (query, _parent, _args, ctx) =>
        ctx.db.query.publicFeedback.findMany(
          query({
            where: { moderation: 'PUBLISHED', RAW: (table) => sql`${table.employeeId} in ${appraiseesSql(viewerEmployeeId(ctx.viewer) ?? 0)}` },
            orderBy: { id: 'desc' },
          }),
        ),
    },
    PublicFeedbackConnection,
  ),
  ikm: t.field({
    type: IkmResult,
    description: `Public: the IKM of a unit for a period, with the number of respondents; withheld below ${MIN_PEOPLE}.`,
    args: { unitId: t.arg.id({ required: true }), period: t.arg.string({ required: true, description: PERIOD_DESCRIPTION }) },
    resolve: async (_root, args, ctx) => {
      const period = periodArgument(args.period);
      const unit = await publicUnit(ctx, args.unitId);
      return (await ikmOfPeriods(ctx, unit.id, [period]))[0]!;
    },
  }),
  ikmTrend: t.field({
    type: [IkmResult],
    description: `Public: ${IKM_TREND_DESCRIPTION}`,
    args: {
      unitId: t.arg.id({ required: true }),
      from: t.arg.string({ required: true, description: PERIOD_DESCRIPTION }),
      to: t.arg.string({ required: true, description: 'The last period, of the same kind as `from`.' }),
    },
    resolve: async (_root, args, ctx) => {
      const from = periodArgument(args.from, 'from');
      const to = periodArgument(args.to, 'to');
      const periods = periodsBetween(from, to);
      if (!periods) {
        throw new GraphQLError('Arguments "from" and "to" must be periods of the same kind, in order, at most 120 apart.', {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      const unit = await publicUnit(ctx, args.unitId);
      return ikmOfPeriods(ctx, unit.id, periods);
    },
  }),
  transparency: t.field({
    type: UnitTransparency,
    description: 'Public: what may be known of a unit for a period (IKM, feedback handling, predikat distribution, forums).',
    args: { unitId: t.arg.id({ required: true }), period: t.arg.string({ required: true, description: PERIOD_DESCRIPTION }) },
    resolve: async (_root, args, ctx) => {
      const period = periodArgument(args.period);
      const unit = await publicUnit(ctx, args.unitId);
      return { unitId: unit.id, period };
    },
  }),
  forums: t.drizzleConnection(
    {
      type: 'forums',
      description: 'Public: community forums, newest first, of one unit or all, optionally in a period.',
      args: { unitId: t.arg.id(), period: t.arg.string({ description: PERIOD_DESCRIPTION }) },
      totalCount: async (_parent, args, ctx) => {
        if (args.unitId != null) await publicUnit(ctx, args.unitId);
        return ctx.db.$count(forums, forumFilter(args));
      },
      resolve: async (query, _parent, args, ctx) => {
        if (args.unitId != null) await publicUnit(ctx, args.unitId);
        return ctx.db.query.forums.findMany(query({ where: { RAW: (table) => forumFilter(args, table) ?? sql`true` }, orderBy: { heldOn: 'desc', id: 'desc' } }));
      },
    },
    ForumConnection,
  ),
}));

// The enum columns compared as themselves (not ::text), so the count uses public_feedback_unit_status_idx.
function queueFilter(
  unitId: number,
  status?: readonly (typeof feedbackStatus.enumValues)[number][] | null,
  moderation?: readonly (typeof feedbackModeration.enumValues)[number][] | null,
) {
  const parts = [eq(publicFeedback.unitId, unitId)];
  if (status?.length) parts.push(inArray(publicFeedback.status, [...status]));
  if (moderation?.length) parts.push(inArray(publicFeedback.moderation, [...moderation]));
  return and(...parts);
}

function forumFilter(args: { unitId?: string | number | null; period?: string | null }, table: typeof forums = forums) {
  const parts = [];
  if (args.unitId != null) parts.push(sql`${table.unitId} = ${argumentId(String(args.unitId), 'OrgUnit', 'unitId')}`);
  if (args.period != null) {
    const period = periodArgument(args.period);
    parts.push(sql`${table.heldOn} >= ${period.start.slice(0, 10)}::date and ${table.heldOn} < ${period.end.slice(0, 10)}::date`);
  }
  return parts.length ? sql.join(parts, sql` and `) : undefined;
}

