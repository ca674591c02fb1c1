import DataLoader from 'dataloader';
import { sql } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { hasRole, isAdminOf, viewerEmployeeId } from '../../auth/viewer.js';
import { offsetConnection, totalCountField } from '../../graphql/array-connection.js';
import { builder } from '../../graphql/builder.js';
import { loader, type Context } from '../../graphql/context.js';
import { argumentId } from '../../graphql/ids.js';
import { argumentInRange } from '../../graphql/limits.js';
import { employeeById, orgUnitById } from '../org/queries.js';
import { Employee, OrgUnit, PositionKindEnum, unitArgument, viewerAgencyId } from '../org/schema.js';
import { CoreValueCodeEnum } from '../planning/schema.js';
import { PredikatEnum } from '../evaluation/schema.js';
import type { EmployeeRow, PositionKind } from '../org/tables.js';
import {
  candidateProgrammes,
  currentEvaluationSource,
  enrolmentById,
  externalTrainingById,
  hasDirectReports,
  loadCompetencyEntries,
  loadEvaluationGaps,
  mayReadCatalogueOf,
  mayReadSession,
  mayViewTraining,
  mayViewTrainingOf,
  programmeAgency,
  programmeOutcomePairs,
  programmeRatingComments,
  programmeRatings,
  loadProgrammesTaken,
  positionKindOf,
  sessionPlaces,
  sessionRatingComments,
  sessionRatingSummary,
  unitJpReport,
  waitlistPosition,
  type CompetencyEntry,
  type ShortfallRow,
  type UnitJpReport,
} from './queries.js';
import {
  JP_MINUTES,
  MIN_OUTCOME_GROUP,
  MIN_RATINGS_SHOWN,
  PREDIKAT,
  aggregateOutcomes,
  evaluationNeedSignals,
  recommendProgrammes,
  summariseJp,
  type NeedKind,
  type NeedSignal,
  type OutcomeSummary,
  type Predikat,
  type RatingDisclosure,
  type RatingSummary,
  type Recommendation,
} from './rules.js';
import {
  CORE_VALUE_CODES,
  competencyArea,
  enrolmentOrigin,
  enrolmentStatus,
  externalTrainingStatus,
  trainingForm,
  trainingKind,
  trainingProgrammes,
  trainingSessions,
  trainingSessionStatus,
  externalTrainings,
  type CompetencyArea,
  type CoreValueCode,
  type TrainingForm,
  type EnrolmentRow,
  type TrainingProgrammeRow,
} from './tables.js';

// ---------------------------------------------------------------------------------------------------------------
// Enums

export const CompetencyAreaEnum = builder.enumType('CompetencyArea', {
  description: 'Rumpun kompetensi: the area of competence a programme develops.',
  values: {
    TECHNICAL: { description: 'Kompetensi teknis: the knowledge and skills of the position’s field.' },
    MANAGERIAL: { description: 'Kompetensi manajerial: leading, managing and organising work.' },
    SOCIO_CULTURAL: { description: 'Kompetensi sosial kultural: working in a plural society, the values of public service.' },
  } satisfies Record<(typeof competencyArea.enumValues)[number], unknown>,
});

export const TrainingFormEnum = builder.enumType('TrainingForm', {
  description: 'Jalur pengembangan kompetensi: klasikal or nonklasikal. Follows from the kind.',
  values: {
    CLASSICAL: { description: 'Klasikal: face-to-face learning in a class (pelatihan, kursus, bimtek, lokakarya, seminar).' },
    NON_CLASSICAL: { description: 'Nonklasikal: e-learning, coaching, mentoring, magang, detasering, benchmarking, belajar mandiri.' },
  } satisfies Record<(typeof trainingForm.enumValues)[number], unknown>,
});

export const TrainingKindEnum = builder.enumType('TrainingKind', {
  description: 'The kind of learning; each kind is either klasikal or nonklasikal.',
  values: {
    DIKLAT: { description: 'Pelatihan / diklat (e.g. Pelatihan Kepemimpinan Pengawas). Klasikal.' },
    COURSE: { description: 'Kursus. Klasikal.' },
    BIMTEK: { description: 'Bimbingan teknis. Klasikal.' },
    WORKSHOP: { description: 'Lokakarya (workshop). Klasikal.' },
    SEMINAR: { description: 'Seminar, konferensi, sarasehan. Klasikal.' },
    E_LEARNING: { description: 'E-learning. Nonklasikal.' },
    COACHING: { description: 'Coaching. Nonklasikal.' },
    MENTORING: { description: 'Mentoring. Nonklasikal.' },
    JOB_ATTACHMENT: { description: 'Magang / praktik kerja (job attachment). Nonklasikal.' },
    DETASERING: { description: 'Detasering (secondment). Nonklasikal.' },
    BENCHMARKING: { description: 'Benchmarking / studi lapangan. Nonklasikal.' },
    SELF_STUDY: { description: 'Belajar mandiri (self-study). Nonklasikal.' },
  } satisfies Record<(typeof trainingKind.enumValues)[number], unknown>,
});

export const TrainingSessionStatusEnum = builder.enumType('TrainingSessionStatus', {
  description: 'Where a session stands: PLANNED -> OPEN -> ONGOING -> COMPLETED, or CANCELLED before completion.',
  values: {
    PLANNED: { description: 'Announced; requests and nominations are collected, places are given when it opens.' },
    OPEN: { description: 'Open for enrolment: approved enrolments take places until it is full, then the waitlist.' },
    ONGOING: { description: 'Running; enrolment is closed and whoever still waits is released.' },
    COMPLETED: { description: 'Finished; results are recorded.' },
    CANCELLED: { description: 'Cancelled; every live enrolment was cancelled with it.' },
  } satisfies Record<(typeof trainingSessionStatus.enumValues)[number], unknown>,
});

export const EnrolmentStatusEnum = builder.enumType('EnrolmentStatus', {
  description: 'Where an enrolment stands.',
  values: {
    REQUESTED: { description: 'The employee asked for a place; the direct supervisor decides.' },
    NOMINATED: { description: 'Endorsed by the supervisor for a session not yet open; placed in nomination order when it opens.' },
    APPROVED: { description: 'Holds a place.' },
    WAITLISTED: { description: 'Endorsed but the session is full: moves up, in order, when a place frees.' },
    DECLINED: { description: 'The supervisor declined the request.' },
    CANCELLED: { description: 'Withdrawn, or the session was cancelled or started before a place freed.' },
    COMPLETED: { description: 'Took part and completed: the programme’s JP are credited.' },
    NOT_COMPLETED: { description: 'Took part but did not complete (attendance or result): no JP.' },
  } satisfies Record<(typeof enrolmentStatus.enumValues)[number], unknown>,
});

export const EnrolmentOriginEnum = builder.enumType('EnrolmentOrigin', {
  description: 'How a place in a session was asked for: by the employee (permohonan) or by nomination (usulan).',
  values: {
    REQUEST: { description: 'The employee asked for a place.' },
    NOMINATION: { description: 'The supervisor (or an admin) nominated the employee.' },
  } satisfies Record<(typeof enrolmentOrigin.enumValues)[number], unknown>,
});

export const ExternalTrainingStatusEnum = builder.enumType('ExternalTrainingStatus', {
  description: 'Where the verification of pengembangan kompetensi taken outside the catalogue stands.',
  values: {
    SUBMITTED: { description: 'Waiting for an admin to check the evidence; counts for nothing yet.' },
    VERIFIED: { description: 'Checked by an admin: its JP count.' },
    REJECTED: { description: 'Not accepted (see the reason).' },
  } satisfies Record<(typeof externalTrainingStatus.enumValues)[number], unknown>,
});

// Owned by planning (perilaku kerja of the SKP); re-exported for the modules that import it from here.
export { CoreValueCodeEnum } from '../planning/schema.js';

const TrainingNeedKindEnum = builder.enumType('TrainingNeedKind', {
  description:
    'Why a programme is recommended: the JP count (MISSING_JP), and the finalised evaluations of the year (values and ' +
    'RHK rated below expectation by the appraiser, an open improvement plan). Peer feedback is not used.',
  values: {
    MISSING_JP: { description: 'The employee is below the yearly JP right.' },
    BEHAVIOUR_BELOW_EXPECTATION: {
      description: 'A BerAKHLAK value rated Di Bawah Ekspektasi by the appraiser in a finalised evaluation; the programme develops it.',
    },
    INDICATOR_NOT_MET: {
      description: 'An RHK (or the work results overall) rated Di Bawah Ekspektasi in a finalised evaluation; the programme is technical.',
    },
    IMPROVEMENT_PLAN: {
      description:
        'An open improvement plan (rencana pembinaan): the programme develops a value its evaluation rated below, or is in the ' +
        'area of the gap (technical for work results, socio-cultural for behaviour).',
    },
  } satisfies Record<NeedKind, unknown>,
});

const CompetencySourceEnum = builder.enumType('CompetencyHoursSource', {
  description: 'Where JP (jam pelajaran) of pengembangan kompetensi were earned.',
  values: {
    ENROLMENT: { description: 'A completed session of the agency’s catalogue.' },
    EXTERNAL_TRAINING: { description: 'Verified training taken elsewhere.' },
  },
});

// ---------------------------------------------------------------------------------------------------------------
// Helpers

/** A performance year given as an argument. */
export function checkYear(year: number, argument = 'year'): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new GraphQLError(`Argument "${argument}" must be a year from 2000 to 2100.`, { extensions: { code: 'BAD_USER_INPUT', argumentName: argument } });
  }
  return year;
}


// ---------------------------------------------------------------------------------------------------------------
// Ratings and outcomes

/** `agencyId`: the programme's agency, whose admins read the comments. */
type RatingSummaryShape = RatingSummary & { key: { kind: 'programme' | 'session'; id: number; agencyId: number | null } };

const WITHHELD_REASON: Record<RatingDisclosure, string | null> = {
  PUBLISHED: null,
  TOO_FEW: `Withheld: fewer than ${MIN_RATINGS_SHOWN} ratings.`,
  COMPLEMENTARY:
    `Withheld: with the published figures of its sessions it would reveal the ratings of sessions withheld for having ` +
    `fewer than ${MIN_RATINGS_SHOWN}.`,
};

const RatingSummaryRef = builder.objectRef<RatingSummaryShape>('TrainingRatingSummary').implement({
  description:
    `Participants' ratings (1 to 5) aggregated. Averages are withheld below ${MIN_RATINGS_SHOWN} ratings so that no ` +
    'participant’s own answer can be read off, and a programme’s also while the ratings of its withheld sessions ' +
    `total fewer than ${MIN_RATINGS_SHOWN} (it minus its published sessions would give them away); raters are never named.`,
  fields: (t) => ({
    count: t.exposeInt('count', { description: 'Ratings given.' }),
    withheld: t.boolean({ description: 'True when the averages are withheld (null): see withheldReason.', resolve: (r) => r.disclosure !== 'PUBLISHED' }),
    withheldReason: t.string({ nullable: true, description: 'Why the averages are withheld; null when shown.', resolve: (r) => WITHHELD_REASON[r.disclosure] }),
    content: t.float({ nullable: true, description: 'Mean rating of the content (materi).', resolve: (r) => r.content }),
    trainer: t.float({ nullable: true, description: 'Mean rating of the trainer (pengajar / widyaiswara).', resolve: (r) => r.trainer }),
    usefulness: t.float({ nullable: true, description: 'Mean rating of the usefulness for the work.', resolve: (r) => r.usefulness }),
    overall: t.float({ nullable: true, description: 'Mean of the three.', resolve: (r) => r.overall }),
    comments: t.stringList({
      description: 'The comments, newest first, without who wrote them. Admins only (empty for others) and withheld like the averages.',
      resolve: (r, _args, ctx) => {
        // Admins of the programme's agency only: another agency's admins are nobody here.
        if (r.disclosure !== 'PUBLISHED' || !isAdminOf(ctx.viewer, r.key.agencyId)) return [];
        return loader(ctx, r.key.kind === 'programme' ? programmeRatingComments : sessionRatingComments).load(r.key.id);
      },
    }),
  }),
});

const PredikatCount = builder.objectRef<{ predikat: Predikat; count: number }>('TrainingPredikatCount').implement({
  description: 'How many participants had one predikat kinerja pegawai.',
  fields: (t) => ({
    predikat: t.field({ type: PredikatEnum, description: 'The predikat.', resolve: (c) => c.predikat }),
    count: t.exposeInt('count', { description: 'Participants with it.' }),
  }),
});

type OutcomeShape = OutcomeSummary & { available: boolean };

const countsOf = (counts: Record<Predikat, number> | null) =>
  counts === null ? null : [...PREDIKAT].reverse().map((predikat) => ({ predikat, count: counts[predikat] }));

const ProgrammeOutcome = builder.objectRef<OutcomeShape>('TrainingProgrammeOutcome').implement({
  description:
    'Closing the loop: the predikat kinerja of the programme’s participants before and after it. Counted over every ' +
    'employee who completed a session of the programme, comparing their last annual evaluation finalised before the ' +
    'session began with the first finalised after it ended; people without both are left out. Withheld below ' +
    `${MIN_OUTCOME_GROUP} people.`,
  fields: (t) => ({
    available: t.exposeBoolean('available', {
      description: 'Whether evaluations are available to compare at all (false until the evaluation module provides them).',
    }),
    participants: t.exposeInt('participants', { description: 'Participants with a predikat both before and after.' }),
    minimumGroupSize: t.int({ description: 'The smallest group shown.', resolve: () => MIN_OUTCOME_GROUP }),
    withheld: t.exposeBoolean('withheld', { description: 'True when fewer people than minimumGroupSize: every figure below is null.' }),
    before: t.field({ description: 'Predikat counts of participants before the training; null when withheld.', type: [PredikatCount], nullable: true, resolve: (o) => countsOf(o.before) }),
    after: t.field({ description: 'Predikat counts after; null when withheld.', type: [PredikatCount], nullable: true, resolve: (o) => countsOf(o.after) }),
    improved: t.int({ nullable: true, description: 'Participants whose predikat went up.', resolve: (o) => o.improved }),
    unchanged: t.int({ description: 'Participants whose predikat did not change.', nullable: true, resolve: (o) => o.unchanged }),
    declined: t.int({ nullable: true, description: 'Participants whose predikat went down.', resolve: (o) => o.declined }),
  }),
});

// ---------------------------------------------------------------------------------------------------------------
// Programme, session, enrolment, external training

const CoreValueList = (p: TrainingProgrammeRow) => p.coreValues.filter((v): v is CoreValueCode => (CORE_VALUE_CODES as readonly string[]).includes(v));

export const TrainingProgramme = builder.drizzleNode('trainingProgrammes', {
  name: 'TrainingProgramme',
  description:
    'A programme of pengembangan kompetensi (competency development) in the agency’s catalogue: its competency area, ' +
    'form (klasikal or nonklasikal) and kind, the JP it credits (jam pelajaran of 45 minutes) and who it is for.',
  id: { column: (p) => p.id, description: 'Global ID (Relay `Node`).' },
  runScopesOnType: true,
  authScopes: (p, ctx) => {
    // Sessions read under the programme then find its agency without a statement.
    loader(ctx, programmeAgency).prime(p.id, p.agencyId);
    return mayReadCatalogueOf(ctx.viewer, p.agencyId);
  },
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Its title.' }),
    area: t.expose('area', { description: 'Competency area.', type: CompetencyAreaEnum }),
    form: t.expose('form', { description: 'Klasikal or nonklasikal.', type: TrainingFormEnum }),
    kind: t.expose('kind', { description: 'The kind of training.', type: TrainingKindEnum }),
    jpHours: t.exposeInt('jpHours', {
      description: `JP credited on completion: jam pelajaran of ${JP_MINUTES} minutes.`,
    }),
    provider: t.exposeString('provider', { description: 'Penyelenggara (e.g. BKPSDM, BPSDM Provinsi, LAN, a ministry).' }),
    description: t.exposeString('description', { description: 'What it covers.', nullable: true }),
    coreValues: t.field({
      type: [CoreValueCodeEnum],
      description: 'The BerAKHLAK values it develops (matched against behaviour rated below expectation).',
      resolve: CoreValueList,
    }),
    positionKinds: t.field({
      type: [PositionKindEnum],
      description: 'The kinds of position it is meant for; empty means every kind.',
      resolve: (p) => p.positionKinds as PositionKind[],
    }),
    active: t.exposeBoolean('active', { description: 'False once retired from the catalogue.' }),
    agency: t.relation('agency', { description: 'The instansi whose catalogue it is in.' }),
    ratingSummary: t.field({
      type: RatingSummaryRef,
      description: 'Ratings of all its sessions (withheld while they would give away a withheld session’s).',
      resolve: async (p, _args, ctx) => ({
        ...(await loader(ctx, programmeRatings).load(p.id)),
        key: { kind: 'programme' as const, id: p.id, agencyId: p.agencyId },
      }),
    }),
    outcomes: t.field({
      type: ProgrammeOutcome,
      nullable: true,
      description: 'Whether the training helped: predikat of participants before and after (admins; an error for others).',
      authScopes: (p, _args, ctx) => isAdminOf(ctx.viewer, p.agencyId),
      resolve: async (p, _args, ctx) => {
        // Batched: a page of programmes costs one statement of completions and one of the evaluation source.
        const available = currentEvaluationSource().available;
        const pairs = available ? await loader(ctx, programmeOutcomePairs).load(p.id) : [];
        return { ...aggregateOutcomes(pairs), available };
      },
    }),
  }),
});

const TrainingSessionFilter = builder.inputType('TrainingSessionFilter', {
  description: 'Narrows the session list; all given conditions must hold.',
  fields: (t) => ({
    programmeId: t.id({ description: 'Only sessions of this TrainingProgramme.' }),
    status: t.field({ type: [TrainingSessionStatusEnum], description: 'Any of these statuses.' }),
    startsFrom: t.field({ type: 'Date', description: 'Sessions starting on or after this day.' }),
    startsBefore: t.field({ type: 'Date', description: 'Sessions starting before this day.' }),
  }),
});

export const TrainingSession = builder.drizzleNode('trainingSessions', {
  name: 'TrainingSession',
  description: 'One run of a programme: dates, place or online link, capacity (kuota peserta) and status.',
  id: { column: (s) => s.id, description: 'Global ID (Relay `Node`).' },
  runScopesOnType: true,
  authScopes: (s, ctx) => mayReadSession(ctx, s),
  fields: (t) => ({
    programme: t.relation('programme', { description: 'The programme.' }),
    startsOn: t.field({ description: 'First day.', type: 'Date', resolve: (s) => s.startsOn }),
    endsOn: t.field({ description: 'Last day.', type: 'Date', resolve: (s) => s.endsOn }),
    location: t.exposeString('location', { nullable: true, description: 'Tempat: where it takes place, if in person.' }),
    onlineUrl: t.exposeString('onlineUrl', { nullable: true, description: 'Link for online participation, if any.' }),
    capacity: t.exposeInt('capacity', { description: 'Places (kuota peserta).' }),
    status: t.expose('status', { description: 'Where the session stands.', type: TrainingSessionStatusEnum }),
    cancellationReason: t.exposeString('cancellationReason', { description: 'Why it was cancelled.', nullable: true }),
    placesTaken: t.int({
      description: 'Places held (APPROVED, and after the session COMPLETED or NOT_COMPLETED).',
      resolve: async (s, _args, ctx) => (await loader(ctx, sessionPlaces).load(s.id)).occupied,
    }),
    placesLeft: t.int({
      description: 'Places still free.',
      resolve: async (s, _args, ctx) => Math.max(0, s.capacity - (await loader(ctx, sessionPlaces).load(s.id)).occupied),
    }),
    waitlistLength: t.int({ description: 'Employees on the waiting list.', resolve: async (s, _args, ctx) => (await loader(ctx, sessionPlaces).load(s.id)).waitlisted }),
    pendingRequests: t.int({
      description: 'Requests waiting for a supervisor’s decision.',
      resolve: async (s, _args, ctx) => (await loader(ctx, sessionPlaces).load(s.id)).requested,
    }),
    ratingSummary: t.field({
      description: 'Participants’ ratings, when enough rated.',
      type: RatingSummaryRef,
      resolve: async (s, _args, ctx) => {
        const [summary, agencyId] = await Promise.all([loader(ctx, sessionRatingSummary).load(s.id), loader(ctx, programmeAgency).load(s.programmeId)]);
        return { ...summary, key: { kind: 'session' as const, id: s.id, agencyId } };
      },
    }),
  }),
});

export const Enrolment = builder.drizzleNode('enrolments', {
  name: 'Enrolment',
  description:
    'An employee’s place in a training session: requested, nominated, approved or waitlisted, then completed. ' +
    'Visible to the employee, their direct supervisor, their appraiser and admins.',
  id: { column: (e) => e.id, description: 'Global ID (Relay `Node`).' },
  runScopesOnType: true,
  authScopes: (e, ctx) => mayViewTrainingOf(ctx, e.employeeId),
  fields: (t) => ({
    session: t.relation('session', { description: 'The training session.' }),
    employee: t.relation('employee', { description: 'The participant.' }),
    status: t.expose('status', { description: 'Where the enrolment stands.', type: EnrolmentStatusEnum }),
    origin: t.expose('origin', { description: 'Asked for by the employee or nominated.', type: EnrolmentOriginEnum }),
    requestNote: t.exposeString('requestNote', { nullable: true, description: 'Why the employee asked, or the nomination note.' }),
    requestedAt: t.field({ description: 'When the place was asked for or the nomination made.', type: 'DateTime', resolve: (e) => e.requestedAt }),
    nominatedBy: t.relation('nominatedBy', { description: 'Who nominated the employee; null for the employee’s own request.', nullable: true }),
    queuedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it joined the line for a place (nomination or approval); places and the waitlist follow this order.',
      resolve: (e) => e.queuedAt,
    }),
    waitlistPosition: t.int({
      nullable: true,
      description: '1 for the next in line; null unless WAITLISTED.',
      resolve: (e, _args, ctx) => (e.status === 'WAITLISTED' ? loader(ctx, waitlistPosition).load(e.id) : null),
    }),
    decidedBy: t.relation('decidedBy', { nullable: true, description: 'Who approved, declined or cancelled it last.' }),
    decidedAt: t.field({ description: 'When the supervisor or an admin decided; null until then.', type: 'DateTime', nullable: true, resolve: (e) => e.decidedAt }),
    decisionNote: t.exposeString('decisionNote', { description: 'The note given with the decision.', nullable: true }),
    statusChangedAt: t.field({ description: 'When the status last changed.', type: 'DateTime', resolve: (e) => e.statusChangedAt }),
    attendancePercent: t.exposeInt('attendancePercent', { nullable: true, description: 'Kehadiran, in percent.' }),
    result: t.exposeString('result', { nullable: true, description: 'The result as the provider states it.' }),
    certificateNumber: t.exposeString('certificateNumber', { nullable: true, description: 'Nomor sertifikat / STTPP.' }),
    completedOn: t.field({ description: 'The day of completion, when JP were credited.', type: 'Date', nullable: true, resolve: (e) => e.completedOn }),
    jpCredited: t.exposeInt('jpCredited', { nullable: true, description: 'JP credited to the year of completedOn (COMPLETED only).' }),
    rating: t.relation('rating', {
      nullable: true,
      description: 'The participant’s own rating: for the participant and admins.',
      authScopes: (e, _args, ctx) => hasRole(ctx.viewer, 'admin') || viewerEmployeeId(ctx.viewer) === e.employeeId,
      unauthorizedResolver: () => null,
    }),
  }),
});

export const SessionRating = builder.drizzleObject('sessionRatings', {
  name: 'SessionRating',
  description: 'A participant’s rating of a session they completed, 1 (poor) to 5 (excellent).',
  fields: (t) => ({
    content: t.exposeInt('content', { description: 'Score for the content, 1 to 5.' }),
    trainer: t.exposeInt('trainer', { description: 'Score for the trainer, 1 to 5.' }),
    usefulness: t.exposeInt('usefulness', { description: 'Score for usefulness at work, 1 to 5.' }),
    comment: t.exposeString('comment', { description: 'The participant’s comment.', nullable: true }),
    createdAt: t.field({ description: 'When it was given.', type: 'DateTime', resolve: (r) => r.createdAt }),
  }),
});

export const ExternalTraining = builder.drizzleNode('externalTrainings', {
  name: 'ExternalTraining',
  description:
    'Training the employee took outside the catalogue, with evidence (bukti dukung). Its JP count once an admin ' +
    'verified it. Visible to the employee, their direct supervisor, their appraiser and admins.',
  id: { column: (x) => x.id, description: 'Global ID (Relay `Node`).' },
  runScopesOnType: true,
  authScopes: (x, ctx) => mayViewTrainingOf(ctx, x.employeeId),
  fields: (t) => ({
    employee: t.relation('employee', { description: 'The employee who took the training.' }),
    title: t.exposeString('title', { description: 'Title of the training.' }),
    provider: t.exposeString('provider', { description: 'Who gave it.' }),
    area: t.expose('area', { description: 'Competency area.', type: CompetencyAreaEnum }),
    form: t.expose('form', { description: 'Klasikal or nonklasikal.', type: TrainingFormEnum }),
    kind: t.expose('kind', { description: 'The kind of training.', type: TrainingKindEnum }),
    jpHours: t.exposeInt('jpHours', { description: `JP claimed (jam pelajaran of ${JP_MINUTES} minutes).` }),
    startsOn: t.field({ description: 'First day of the training.', type: 'Date', resolve: (x) => x.startsOn }),
    endsOn: t.field({ type: 'Date', description: 'The JP count for the year of this day.', resolve: (x) => x.endsOn }),
    evidenceUrl: t.exposeString('evidenceUrl', { description: 'Bukti dukung: link to the certificate or other evidence.' }),
    certificateNumber: t.exposeString('certificateNumber', { description: 'Certificate number, when one was issued.', nullable: true }),
    status: t.expose('status', { description: 'Where the verification stands.', type: ExternalTrainingStatusEnum }),
    submittedAt: t.field({ description: 'When the employee submitted it.', type: 'DateTime', resolve: (x) => x.submittedAt }),
    verifiedBy: t.relation('verifiedBy', { nullable: true, description: 'The admin who verified or rejected it.' }),
    verifiedAt: t.field({ description: 'When an admin verified it.', type: 'DateTime', nullable: true, resolve: (x) => x.verifiedAt }),
    rejectionReason: t.exposeString('rejectionReason', { description: 'Why an admin rejected it.', nullable: true }),
  }),
});

// ---------------------------------------------------------------------------------------------------------------
// Connections

export const TrainingProgrammeConnection = builder.connectionObject(
  { type: TrainingProgramme, name: 'TrainingProgrammeConnection', fields: (t) => ({ totalCount: totalCountField(t, 'All programmes that match, across pages.') }) },
  { name: 'TrainingProgrammeEdge' },
);
export const TrainingSessionConnection = builder.connectionObject(
  { type: TrainingSession, name: 'TrainingSessionConnection', fields: (t) => ({ totalCount: totalCountField(t, 'All sessions that match, across pages.') }) },
  { name: 'TrainingSessionEdge' },
);
export const EnrolmentConnection = builder.connectionObject(
  { type: Enrolment, name: 'EnrolmentConnection', fields: (t) => ({ totalCount: totalCountField(t, 'All enrolments that match, across pages.') }) },
  { name: 'EnrolmentEdge' },
);
export const ExternalTrainingConnection = builder.connectionObject(
  { type: ExternalTraining, name: 'ExternalTrainingConnection', fields: (t) => ({ totalCount: totalCountField(t, 'All that match, across pages.') }) },
  { name: 'ExternalTrainingEdge' },
);

builder.drizzleObjectFields(TrainingProgramme, (t) => ({
  sessions: t.relatedConnection(
    'sessions',
    {
      description: 'Its sessions by start date, optionally of some statuses only.',
      args: { status: t.arg({ type: [TrainingSessionStatusEnum] }) },
      totalCount: true,
      query: (args) => ({
        where: args.status?.length ? { status: { in: args.status } } : {},
        orderBy: { startsOn: 'asc' },
      }),
    },
    TrainingSessionConnection,
  ),
}));

builder.drizzleObjectFields(TrainingSession, (t) => ({
  enrolments: t.relatedConnection(
    'enrolments',
    {
      nullable: true,
      description: 'Participants and candidates, in order of enrolment: for the admins of the programme’s agency, null for others.',
      // The parent is the session (Pothos types it as the node).
      authScopes: async (parent: unknown, _args: unknown, ctx: Context) => {
        if (!hasRole(ctx.viewer, 'admin')) return false;
        return isAdminOf(ctx.viewer, await loader(ctx, programmeAgency).load((parent as { programmeId: number }).programmeId));
      },
      // Null, not FORBIDDEN: a list of sessions asking for it would otherwise lose every session (the field is per row).
      unauthorizedResolver: () => null as never,
      args: { status: t.arg({ type: [EnrolmentStatusEnum] }) },
      totalCount: true,
      query: (args) => ({ where: args.status?.length ? { status: { in: args.status } } : {}, orderBy: { id: 'asc' } }),
    },
    EnrolmentConnection,
  ),
  myEnrolment: t.field({
    type: Enrolment,
    nullable: true,
    description: 'The signed-in employee’s enrolment in this session, if any.',
    resolve: async (s, _args, ctx) => {
      const employeeId = viewerEmployeeId(ctx.viewer);
      if (employeeId === null) return null;
      return loader(ctx, myEnrolments).load(s.id);
    },
  }),
}));

/** The viewer's enrolments in a batch of sessions, in one statement. */
const myEnrolments = (ctx: Context) => {
  const employeeId = viewerEmployeeId(ctx.viewer) ?? 0;
  return new DataLoader<number, EnrolmentRow | null>(async (sessionIds) => {
    const rows = await ctx.db.query.enrolments.findMany({ where: { employeeId, sessionId: { in: [...sessionIds] } } });
    const bySession = new Map(rows.map((r) => [r.sessionId, r]));
    return sessionIds.map((id) => bySession.get(id) ?? null);
  });
};

// ---------------------------------------------------------------------------------------------------------------
// JP of an employee

type CompetencyHoursShape = ReturnType<typeof summariseJp> & { entries: CompetencyEntry[] };

const AreaHours = builder.objectRef<{ area: CompetencyArea; jp: number }>('CompetencyAreaHours').implement({
  description: 'JP earned in one competency area.',
  fields: (t) => ({
    area: t.field({ type: CompetencyAreaEnum, description: 'The competency area.', resolve: (a) => a.area }),
    jp: t.exposeInt('jp', { description: 'JP earned.' }),
  }),
});

const FormHours = builder.objectRef<{ form: TrainingForm; jp: number }>('TrainingFormHours').implement({
  description: 'JP earned in one form (klasikal or nonklasikal).',
  fields: (t) => ({
    form: t.field({ type: TrainingFormEnum, description: 'Klasikal or nonklasikal.', resolve: (f) => f.form }),
    jp: t.exposeInt('jp', { description: 'JP earned.' }),
  }),
});

const CompetencyHoursEntry = builder.objectRef<CompetencyEntry>('CompetencyHoursEntry').implement({
  description: 'One item that credits JP: a completed enrolment or a verified external training.',
  fields: (t) => ({
    source: t.field({ description: 'Where the JP come from.', type: CompetencySourceEnum, resolve: (e) => e.source }),
    title: t.exposeString('title', { description: 'The programme’s or the external training’s title.' }),
    area: t.field({ description: 'Competency area.', type: CompetencyAreaEnum, resolve: (e) => e.area }),
    form: t.field({ description: 'Klasikal or nonklasikal.', type: TrainingFormEnum, resolve: (e) => e.form }),
    kind: t.field({ description: 'The kind of training.', type: TrainingKindEnum, resolve: (e) => e.kind }),
    jp: t.exposeInt('jp', { description: 'JP (jam pelajaran, 45 minutes) credited.' }),
    date: t.field({ type: 'Date', description: 'Completion date (enrolment) or end date (external training).', resolve: (e) => e.date }),
    certificateNumber: t.exposeString('certificateNumber', { description: 'Certificate number, when one was issued.', nullable: true }),
    enrolment: t.field({
      description: 'The completed enrolment, for catalogue training.',
      type: Enrolment,
      nullable: true,
      resolve: (e, _args, ctx) => (e.source === 'ENROLMENT' ? loader(ctx, enrolmentById).load(e.id) : null),
    }),
    externalTraining: t.field({
      description: 'The verified external training, for training taken elsewhere.',
      type: ExternalTraining,
      nullable: true,
      resolve: (e, _args, ctx) => (e.source === 'EXTERNAL_TRAINING' ? loader(ctx, externalTrainingById).load(e.id) : null),
    }),
  }),
});

const CompetencyHours = builder.objectRef<CompetencyHoursShape>('CompetencyHours').implement({
  description:
    'JP (jam pelajaran, 45 minutes) of competency development credited in a year, against the yearly right of at least ' +
    '20 JP (PNS and PPPK). Completed enrolments count in the year of completion, verified external training in the year it ended.',
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'The year counted.' }),
    total: t.exposeInt('total', { description: 'JP credited in the year.' }),
    target: t.exposeInt('target', { nullable: true, description: 'The yearly right in JP (20); null for an elected official.' }),
    shortfall: t.exposeInt('shortfall', { description: 'JP still missing to reach the target; 0 once reached.' }),
    byArea: t.field({
      description: 'JP per competency area (teknis, manajerial, sosial kultural).',
      type: [AreaHours],
      resolve: (h) => (Object.entries(h.byArea) as [CompetencyArea, number][]).map(([area, jp]) => ({ area, jp })),
    }),
    byForm: t.field({
      description: 'JP per form (klasikal, nonklasikal).',
      type: [FormHours],
      resolve: (h) => (Object.entries(h.byForm) as [TrainingForm, number][]).map(([form, jp]) => ({ form, jp })),
    }),
    entries: t.field({ type: [CompetencyHoursEntry], description: 'What was credited, by date.', resolve: (h) => h.entries }),
  }),
});

async function competencyHoursOf(ctx: Context, employee: Pick<EmployeeRow, 'id' | 'employmentType'>, year: number): Promise<CompetencyHoursShape> {
  const entries = await loadCompetencyEntries(ctx, employee.id, year);
  return { ...summariseJp(entries, year, employee.employmentType), entries };
}

// ---------------------------------------------------------------------------------------------------------------
// Needs

const TrainingNeedReason = builder.objectRef<{ kind: NeedKind; detail: string }>('TrainingNeedReason').implement({
  description: 'One reason a programme is recommended.',
  fields: (t) => ({
    kind: t.field({ description: 'The kind of gap.', type: TrainingNeedKindEnum, resolve: (r) => r.kind }),
    detail: t.exposeString('detail', { description: 'The gap in words, e.g. "14 of 20 JP completed in 2025: 6 JP missing; ...".' }),
  }),
});

const TrainingRecommendation = builder.objectRef<Recommendation & { programme: TrainingProgrammeRow }>('TrainingRecommendation').implement({
  description: 'A programme that answers one or more of the employee’s gaps, with every reason.',
  fields: (t) => ({
    programme: t.field({ description: 'The programme recommended.', type: TrainingProgramme, resolve: (r) => r.programme }),
    reasons: t.field({ description: 'Why.', type: [TrainingNeedReason], resolve: (r) => r.reasons }),
  }),
});

/**
 * The gaps of the year: the JP shortfall, and what the evaluations show (nothing until the evaluation module plugs in
 * its source). Both are batched, so a page of employees costs one statement of each.
 */
async function needSignals(ctx: Context, employee: Pick<EmployeeRow, 'id' | 'employmentType'>, year: number): Promise<NeedSignal[]> {
  const [hours, gaps] = await Promise.all([competencyHoursOf(ctx, employee, year), loadEvaluationGaps(ctx, employee.id, year)]);
  const signals: NeedSignal[] = [];
  if (hours.target !== null && hours.shortfall > 0) signals.push({ kind: 'MISSING_JP', year, total: hours.total, target: hours.target });
  return [...signals, ...evaluationNeedSignals(gaps)];
}

// ---------------------------------------------------------------------------------------------------------------
// Employee fields

const viewable = {
  authScopes: (e: Pick<EmployeeRow, 'id' | 'supervisorId' | 'agencyId'>, _args: unknown, ctx: Context) => mayViewTraining(ctx, e),
  unauthorizedResolver: () => null,
};

builder.drizzleObjectFields(Employee, (t) => ({
  competencyHours: t.field({
    type: CompetencyHours,
    nullable: true,
    description: 'JP of competency development in a year. For the employee, the direct supervisor, the appraiser and admins; null for others.',
    args: { year: t.arg.int({ required: true }) },
    ...viewable,
    select: { columns: { employmentType: true } },
    resolve: (e, args, ctx) => competencyHoursOf(ctx, e, checkYear(args.year)),
  }),
  trainingRecommendations: t.field({
    type: [TrainingRecommendation],
    nullable: true,
    description:
      'Programmes recommended for the year, best first, each with why. Visible like competencyHours. Leaves out ' +
      'programmes not meant for the position kind and those completed this year or already enrolled in.',
    args: {
      year: t.arg.int({ required: true }),
      limit: t.arg.int({ defaultValue: 5, description: 'At most this many, from 1 to 20 (default 5); outside that, BAD_USER_INPUT.' }),
    },
    ...viewable,
    select: { columns: { employmentType: true, positionId: true } },
    resolve: async (e, args, ctx) => {
      const year = checkYear(args.year);
      const limit = argumentInRange('limit', args.limit, { fallback: 5, min: 1, max: 20 });
      const signals = await needSignals(ctx, e, year);
      if (signals.length === 0) return [];
      const [candidates, taken, positionKind] = await Promise.all([
        loader(ctx, candidateProgrammes).load(e.agencyId),
        loadProgrammesTaken(ctx, e.id, year),
        loader(ctx, positionKindOf).load(e.positionId),
      ]);
      const byId = new Map(candidates.map((c) => [c.id, c.row]));
      return recommendProgrammes(signals, candidates, { positionKind: positionKind!, exclude: taken, limit }).map((r) => ({
        ...r,
        programme: byId.get(r.programmeId)!,
      }));
    },
  }),
  enrolments: t.relatedConnection(
    'enrolments',
    {
      nullable: true,
      description: 'Training enrolments, newest request first. Visible like competencyHours.',
      args: { status: t.arg({ type: [EnrolmentStatusEnum] }) },
      totalCount: true,
      // The parent is the employee (Pothos types it as the node).
      authScopes: (parent: unknown, _args: unknown, ctx: Context) => mayViewTraining(ctx, parent as EmployeeRow),
      unauthorizedResolver: () => null as never,
      query: (args) => ({ where: args.status?.length ? { status: { in: args.status } } : {}, orderBy: { id: 'desc' } }),
    },
    EnrolmentConnection,
  ),
  externalTrainings: t.relatedConnection(
    'externalTrainings',
    {
      nullable: true,
      description: 'External training submitted, newest first. Visible like competencyHours.',
      args: { status: t.arg({ type: [ExternalTrainingStatusEnum] }) },
      totalCount: true,
      authScopes: (parent: unknown, _args: unknown, ctx: Context) => mayViewTraining(ctx, parent as EmployeeRow),
      unauthorizedResolver: () => null as never,
      query: (args) => ({ where: args.status?.length ? { status: { in: args.status } } : {}, orderBy: { id: 'desc' } }),
    },
    ExternalTrainingConnection,
  ),
}));

// ---------------------------------------------------------------------------------------------------------------
// Unit report

/** Fields of one report share its statement: the totals come with the first page asked for (`TOTALS` when none is). */
type ReportShape = { unitId: number; year: number; includeSubunits: boolean; read: DataLoader<string, UnitJpReport> };
const TOTALS = 'totals';

function reportReader(ctx: Context, options: Omit<Parameters<typeof unitJpReport>[1], 'page'>): DataLoader<string, UnitJpReport> {
  return new DataLoader(async (keys) => {
    const pages = keys.filter((k) => k !== TOTALS);
    const answers = new Map<string, UnitJpReport>();
    for (const key of pages.length > 0 ? pages : [TOTALS]) {
      const [offset, limit] = key === TOTALS ? [0, 0] : key.split(':').map(Number);
      answers.set(key, await unitJpReport(ctx.db, { ...options, page: { offset: offset!, limit: limit! } }));
    }
    return keys.map((k) => answers.get(k) ?? answers.get(pages[0]!)!);
  });
}

const CompetencyShortfall = builder.objectRef<ShortfallRow>('CompetencyShortfall').implement({
  description: 'An employee below the yearly JP right.',
  fields: (t) => ({
    employee: t.field({ description: 'The employee below the yearly right.', type: Employee, resolve: async (r, _args, ctx) => (await loader(ctx, employeeById).load(r.employeeId))! }),
    jp: t.exposeInt('jp', { description: 'JP credited in the year.' }),
    target: t.exposeInt('target', { description: 'The yearly JP right (20 JP).' }),
    shortfall: t.exposeInt('shortfall', { description: 'JP missing.' }),
  }),
});

const UnitCompetencyReport = builder.objectRef<ReportShape>('UnitCompetencyReport').implement({
  description:
    'Who in a unit is below the yearly JP right, and by how much. Admins see everyone; a supervisor sees their own ' +
    'direct and indirect reports in the unit.',
  fields: (t) => ({
    unit: t.field({ description: 'The unit kerja reported on.', type: OrgUnit, resolve: async (r, _args, ctx) => (await loader(ctx, orgUnitById).load(r.unitId))! }),
    year: t.exposeInt('year', { description: 'The year counted.' }),
    includeSubunits: t.exposeBoolean('includeSubunits', { description: 'Whether units below it are included.' }),
    employeeCount: t.int({
      description: 'Employees in the report with a JP right.',
      resolve: async (r) => (await r.read.load(TOTALS)).employeeCount,
    }),
    belowTargetCount: t.int({ description: 'Employees below the yearly JP right (as `belowTarget.totalCount`).', resolve: async (r) => (await r.read.load(TOTALS)).belowCount }),
    totalJp: t.int({ description: 'JP credited to all of them in the year.', resolve: async (r) => (await r.read.load(TOTALS)).totalJp }),
    averageJp: t.float({
      description: 'JP per employee; null when there is nobody.',
      nullable: true,
      resolve: async (r) => {
        const { employeeCount, totalJp } = await r.read.load(TOTALS);
        return employeeCount === 0 ? null : Math.round((totalJp / employeeCount) * 10) / 10;
      },
    }),
    belowTarget: t.connection(
      {
        type: CompetencyShortfall,
        description: 'Employees below the right, most missing first, then by name.',
        resolve: async (r, args) => {
          // Paging forward needs no total; from the end (`last`, `before`) it does, read by a statement of its own.
          // offsetConnection refuses first with last and forged cursors, as every list does, before a page is read.
          const totalCount = args.last != null || args.before != null ? (await r.read.load(TOTALS)).belowCount : undefined;
          let page: UnitJpReport | undefined;
          const paged = await offsetConnection(args, totalCount, async ({ offset, limit }) => {
            page = await r.read.load(`${offset}:${limit}`);
            return page.below;
          });
          // The page's statement counts everyone below the right too: `totalCount` costs no statement of its own.
          const count = () => totalCount ?? page?.belowCount ?? r.read.load(TOTALS).then((totals) => totals.belowCount);
          return { ...paged, totalCount: count };
        },
      },
      {
        name: 'CompetencyShortfallConnection',
        fields: (c) => ({ totalCount: totalCountField(c, 'All employees below the right (as `belowTargetCount`), across pages.') }),
      },
      { name: 'CompetencyShortfallEdge' },
    ),
  }),
});

// ---------------------------------------------------------------------------------------------------------------
// Root fields

const TrainingProgrammeFilter = builder.inputType('TrainingProgrammeFilter', {
  description: 'Narrows the catalogue; all given conditions must hold.',
  fields: (t) => ({
    area: t.field({ description: 'Only this competency area.', type: CompetencyAreaEnum }),
    form: t.field({ description: 'Only this form.', type: TrainingFormEnum }),
    kind: t.field({ description: 'Only this kind.', type: TrainingKindEnum }),
    coreValue: t.field({ type: CoreValueCodeEnum, description: 'Programmes that develop this BerAKHLAK value.' }),
    positionKind: t.field({ type: PositionKindEnum, description: 'Programmes meant for this kind of position (or for every kind).' }),
    search: t.string({ description: 'Part of the title or provider.' }),
    includeRetired: t.boolean({ description: 'Also programmes no longer offered.', defaultValue: false }),
  }),
});

type ProgrammeFilter = {
  area?: CompetencyArea | null;
  form?: TrainingForm | null;
  kind?: (typeof trainingKind.enumValues)[number] | null;
  coreValue?: CoreValueCode | null;
  positionKind?: PositionKind | null;
  search?: string | null;
  includeRetired?: boolean | null;
};

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The catalogue filter as SQL over an alias of the table (relational queries alias it; counts use the table). */
function programmeFilterSql(ctx: Context, filter: ProgrammeFilter | null | undefined, table: typeof trainingProgrammes = trainingProgrammes) {
  const conditions = [];
  if (ctx.viewer.kind === 'employee') conditions.push(sql`${table.agencyId} = ${ctx.viewer.agencyId}`);
  if (!filter?.includeRetired) conditions.push(sql`${table.active}`);
  if (filter?.area) conditions.push(sql`${table.area} = ${filter.area}`);
  if (filter?.form) conditions.push(sql`${table.form} = ${filter.form}`);
  if (filter?.kind) conditions.push(sql`${table.kind} = ${filter.kind}`);
  if (filter?.coreValue) conditions.push(sql`${filter.coreValue}::text = any(${table.coreValues})`);
  if (filter?.positionKind) {
    conditions.push(sql`(cardinality(${table.positionKinds}) = 0 or ${filter.positionKind}::position_kind = any(${table.positionKinds}))`);
  }
  const search = filter?.search?.trim();
  if (search) {
    const pattern = `%${escapeLike(search.slice(0, 200))}%`;
    conditions.push(sql`(${table.title} ilike ${pattern} or ${table.provider} ilike ${pattern})`);
  }
  return conditions.length ? sql.join(conditions, sql` and `) : sql`true`;
}

type SessionFilter = { programmeId?: string | number | null; status?: string[] | null; startsFrom?: string | null; startsBefore?: string | null };

function sessionFilterSql(ctx: Context, filter: SessionFilter | null | undefined, table: typeof trainingSessions = trainingSessions) {
  const conditions = [];
  if (ctx.viewer.kind === 'employee') {
    conditions.push(sql`${table.programmeId} in (select p.id from training_programmes p where p.agency_id = ${ctx.viewer.agencyId})`);
  }
  if (filter?.programmeId != null) conditions.push(sql`${table.programmeId} = ${argumentId(String(filter.programmeId), 'TrainingProgramme', 'filter.programmeId')}`);
  if (filter?.status?.length) conditions.push(sql`${table.status}::text in (${sql.join(filter.status.map((s) => sql`${s}`), sql`, `)})`);
  if (filter?.startsFrom) conditions.push(sql`${table.startsOn} >= ${filter.startsFrom}::date`);
  if (filter?.startsBefore) conditions.push(sql`${table.startsOn} < ${filter.startsBefore}::date`);
  return conditions.length ? sql.join(conditions, sql` and `) : sql`true`;
}

builder.queryFields((t) => ({
  trainingProgrammes: t.drizzleConnection(
    {
      type: 'trainingProgrammes',
      description: 'The catalogue of competency development programmes (of your agency), by title.',
      authScopes: { authenticated: true },
      args: { filter: t.arg({ type: TrainingProgrammeFilter }) },
      totalCount: (_parent, args, ctx) => ctx.db.$count(trainingProgrammes, programmeFilterSql(ctx, args.filter)),
      resolve: (query, _parent, args, ctx) =>
        ctx.db.query.trainingProgrammes.findMany(
          query({ where: { RAW: (table) => programmeFilterSql(ctx, args.filter, table) }, orderBy: { title: 'asc' } }),
        ),
    },
    TrainingProgrammeConnection,
  ),
  trainingSessions: t.drizzleConnection(
    {
      type: 'trainingSessions',
      description: 'Sessions of the catalogue by start date (e.g. the open ones: `filter: { status: [OPEN] }`).',
      authScopes: { authenticated: true },
      args: { filter: t.arg({ type: TrainingSessionFilter }) },
      totalCount: (_parent, args, ctx) => ctx.db.$count(trainingSessions, sessionFilterSql(ctx, args.filter)),
      resolve: (query, _parent, args, ctx) =>
        ctx.db.query.trainingSessions.findMany(
          query({ where: { RAW: (table) => sessionFilterSql(ctx, args.filter, table) }, orderBy: { startsOn: 'asc' } }),
        ),
    },
    TrainingSessionConnection,
  ),
  externalTrainingsToVerify: t.drizzleConnection(
    {
      type: 'externalTrainings',
      description: 'External training of your agency’s employees by status, oldest submission first (admins): the verification queue.',
      authScopes: { admin: true },
      args: { status: t.arg({ type: ExternalTrainingStatusEnum, defaultValue: 'SUBMITTED' }) },
      totalCount: (_parent, args, ctx) =>
        ctx.db.$count(
          externalTrainings,
          sql`${externalTrainings.status} = ${args.status ?? 'SUBMITTED'} and ${externalTrainings.employeeId} in (select id from employees where agency_id = ${ctx.viewer.kind === 'employee' ? ctx.viewer.agencyId : 0})`,
        ),
      resolve: (query, _parent, args, ctx) =>
        ctx.db.query.externalTrainings.findMany(
          query({
            where: {
              status: args.status ?? 'SUBMITTED',
              RAW: (table) =>
                sql`${table.employeeId} in (select id from employees where agency_id = ${ctx.viewer.kind === 'employee' ? ctx.viewer.agencyId : 0})`,
            },
            orderBy: { id: 'asc' },
          }),
        ),
    },
    ExternalTrainingConnection,
  ),
  unitCompetencyReport: t.field({
    type: UnitCompetencyReport,
    nullable: true,
    description:
      'Employees of a unit below the yearly JP right (20 JP), with the shortfall. Admins see everyone; a supervisor sees ' +
      'their own direct and indirect reports. A unitId that names no unit of your agency is BAD_USER_INPUT.',
    authScopes: { employee: true },
    args: {
      unitId: t.arg.id({ required: true }),
      year: t.arg.int({ required: true }),
      includeSubunits: t.arg.boolean({ defaultValue: true }),
    },
    resolve: async (_root, args, ctx) => {
      const year = checkYear(args.year);
      const viewerId = viewerEmployeeId(ctx.viewer)!;
      const admin = hasRole(ctx.viewer, 'admin');
      if (!admin && !(await hasDirectReports(ctx.db, viewerId))) {
        throw new GraphQLError('Only supervisors and admins may read the unit competency report.', { extensions: { code: 'FORBIDDEN' } });
      }
      // A unit of another agency is as unknown as a missing one (its admins are not ours).
      const { id: unitId, path } = await unitArgument(ctx, args.unitId, { agencyId: viewerAgencyId(ctx) ?? 0 });
      const includeSubunits = args.includeSubunits ?? true;
      const read = reportReader(ctx, { unitId, unitPath: path, includeSubunits, year, onlyReportsOf: admin ? null : viewerId });
      return { unitId, year, includeSubunits, read };
    },
  }),
}));

