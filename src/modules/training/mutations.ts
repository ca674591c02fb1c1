/**
 * Writes of competency development. Every mutation is one transaction; every change is audited; status changes of
 * enrolments are published as `enrolment.statusChanged` inside the transaction (delivered after commit).
 *
 * Places are never over-given: every write that can give, take or free a place first locks the session row
 * (SELECT ... FOR UPDATE) and only then counts the places taken, so concurrent enrolments into one session run one
 * after the other and draw their queue numbers in that order.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { hasRole, type Viewer } from '../../auth/viewer.js';
import type { Transaction } from '../../db/index.js';
import { builder } from '../../graphql/builder.js';
import type { Context } from '../../graphql/context.js';
import { UserError, refuse, refuseIfAny, runMutation, userError, type UserErrorShape, USER_ERRORS } from '../../graphql/errors.js';
import { DATE_WINDOW_MESSAGE, inDateWindow } from '../../graphql/dates.js';
import { inputId } from '../../graphql/ids.js';
import { checkText, checkUrl } from '../../graphql/text.js';
import { recordAudit } from '../audit/audit.js';
import { PositionKindEnum } from '../org/schema.js';
import { serviceToday } from '../org/rules.js';
import type { EmployeeRow, PositionKind } from '../org/tables.js';
import {
  ACTIVE_ENROLMENT,
  OCCUPYING_ENROLMENT,
  checkAttendance,
  checkCapacity,
  checkEligible,
  checkMayRate,
  checkRating,
  formOfKind,
  MAX_JP_PER_DAY,
  maxJpForDates,
  nextEnrolmentStatus,
  placeOnOpening,
  promotions,
  sessionTransition,
  type EnrolmentAction,
  type RuleResult,
  type SessionState,
} from './rules.js';
import {
  CompetencyAreaEnum,
  CoreValueCodeEnum,
  Enrolment,
  ExternalTraining,
  SessionRating,
  TrainingFormEnum,
  TrainingKindEnum,
  TrainingProgramme,
  TrainingSession,
  TrainingSessionStatusEnum,
} from './schema.js';
import {
  enrolments,
  externalTrainings,
  sessionRatings,
  trainingProgrammes,
  trainingSessions,
  type EnrolmentRow,
  type EnrolmentStatus,
  type ExternalTrainingRow,
  type SessionRatingRow,
  type TrainingProgrammeRow,
  type TrainingSessionRow,
} from './tables.js';

declare module '../../events/pubsub.js' {
  interface EventMap {
    /** An enrolment changed status; `promoted` when it left the waitlist for a freed place. */
    'enrolment.statusChanged': {
      enrolmentId: number;
      employeeId: number;
      sessionId: number;
      status: EnrolmentStatus;
      previousStatus: EnrolmentStatus | null;
      promoted: boolean;
    };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Input checks

interface TextRule {
  label: string;
  max: number;
  required?: boolean;
  multiline?: boolean;
}

/** A trimmed text, or null when empty and optional; problems go to `errors` (the shared rule, src/graphql/text.ts). */
function text(errors: UserErrorShape[], field: string[], value: string | null | undefined, rule: TextRule): string | null {
  return checkText(errors, field, value, rule.label, rule);
}

function wholeNumber(errors: UserErrorShape[], field: string[], value: number | null | undefined, label: string, min: number, max: number) {
  if (value == null) return;
  if (!Number.isInteger(value) || value < min || value > max) errors.push(userError(field, 'INVALID', `${label} must be a whole number from ${min} to ${max}.`));
}

function dateRange(errors: UserErrorShape[], field: string[], startsOn: string, endsOn: string) {
  if (!inDateWindow(startsOn) || !inDateWindow(endsOn)) errors.push(userError(field, 'INVALID', DATE_WINDOW_MESSAGE));
  else if (endsOn < startsOn) errors.push(userError(field, 'INVALID', 'The end date is before the start date.'));
}

/** A session takes place somewhere: in person, online or both (the CHECK `training_sessions_place`). */
const noPlace = () => userError(['input', 'location'], 'INVALID', 'A session needs a location or an online link (or both).');

function ruleOrRefuse<T>(field: string[], result: RuleResult<T>): T {
  if (!result.ok) refuse(field, result.code, result.message);
  return result.value;
}

function viewerOf(ctx: Context): Extract<Viewer, { kind: 'employee' }> {
  // Every mutation here carries authScopes { employee: true } or { admin: true }: admins are employees too.
  if (ctx.viewer.kind !== 'employee') throw new Error('training mutations need an employee viewer');
  return ctx.viewer;
}


/** SQL timestamps for insert/update values, whose inferred types only name plain strings. */
const NOW = sql`now()` as unknown as string;
/** The time inside the transaction at the moment of the statement: orders writes that waited for the same lock. */
const CLOCK_NOW = sql`clock_timestamp()` as unknown as string;

// ---------------------------------------------------------------------------------------------------------------
// Reads inside the transaction

async function programmeInAgency(tx: Transaction, field: string[], globalId: string, agencyId: number): Promise<TrainingProgrammeRow> {
  const id = inputId(field, globalId, 'TrainingProgramme');
  const programme = await tx.query.trainingProgrammes.findFirst({ where: { id, agencyId } });
  if (!programme) refuse(field, 'NOT_FOUND', 'No such programme in your agency.');
  return programme;
}

type LockedSession = TrainingSessionRow & { programme: TrainingProgrammeRow };

/**
 * Locks the session row for the rest of the transaction (SELECT ... FOR UPDATE): whoever changes places in this
 * session waits here, so the counts read afterwards stay true until commit.
 */
async function lockSession(
  tx: Transaction,
  field: string[],
  sessionId: number,
  agencyId: number,
  notFound = 'No such training session in your agency.',
): Promise<LockedSession> {
  const [session] = await tx.select().from(trainingSessions).where(eq(trainingSessions.id, sessionId)).for('update');
  const programme = session ? await tx.query.trainingProgrammes.findFirst({ where: { id: session.programmeId, agencyId } }) : undefined;
  if (!session || !programme) refuse(field, 'NOT_FOUND', notFound);
  return { ...session, programme };
}

async function occupiedPlaces(tx: Transaction, sessionId: number): Promise<number> {
  return tx.$count(enrolments, and(eq(enrolments.sessionId, sessionId), inArray(enrolments.status, [...OCCUPYING_ENROLMENT])));
}

async function sessionState(tx: Transaction, session: TrainingSessionRow): Promise<SessionState> {
  return { status: session.status, capacity: session.capacity, occupied: await occupiedPlaces(tx, session.id) };
}

async function nextQueueNumber(tx: Transaction, sessionId: number): Promise<number> {
  const [row] = await tx
    .select({ next: sql<number>`coalesce(max(${enrolments.queueNumber}), 0) + 1` })
    .from(enrolments)
    .where(eq(enrolments.sessionId, sessionId));
  return Number(row!.next);
}

async function employeeWithKind(tx: Transaction, field: string[], employeeId: number, agencyId: number) {
  const employee = await tx.query.employees.findFirst({ where: { id: employeeId, agencyId }, with: { position: { columns: { kind: true } } } });
  if (!employee) refuse(field, 'NOT_FOUND', 'No such employee in your agency.');
  return employee as EmployeeRow & { position: { kind: PositionKind } };
}

type PersonWithKind = Pick<EmployeeRow, 'name' | 'employmentType'> & { position: { kind: PositionKind } };

/** `checkEligible` of a programme row and an employee read with their position's kind, as they are now. */
function eligibility(programme: TrainingProgrammeRow, person: PersonWithKind) {
  return checkEligible(
    { title: programme.title, positionKinds: programme.positionKinds as PositionKind[] },
    { name: person.name, employmentType: person.employmentType, positionKind: person.position.kind },
  );
}

/** Refuses an employee the programme is not meant for (`eligibility`). */
function refuseIfNotEligible(field: string[], programme: TrainingProgrammeRow, employee: PersonWithKind) {
  ruleOrRefuse(field, eligibility(programme, employee));
}

/** The enrolment and its session, with the session locked. */
async function lockEnrolment(tx: Transaction, field: string[], globalId: string, agencyId: number) {
  const id = inputId(field, globalId, 'Enrolment');
  const found = await tx.query.enrolments.findFirst({ where: { id }, columns: { sessionId: true } });
  if (!found) refuse(field, 'NOT_FOUND', 'No such enrolment.');
  const session = await lockSession(tx, field, found.sessionId, agencyId, 'No such enrolment.');
  // Re-read after the lock: a concurrent writer may have changed it while we waited.
  const enrolment = await tx.query.enrolments.findFirst({ where: { id } });
  const employee = await tx.query.employees.findFirst({ where: { id: enrolment!.employeeId } });
  return { enrolment: enrolment!, session, employee: employee! };
}

// ---------------------------------------------------------------------------------------------------------------
// Status changes

interface StatusChange {
  status: EnrolmentStatus;
  action: string;
  promoted?: boolean;
  values?: Partial<typeof enrolments.$inferInsert>;
}

/** Writes a status change of one enrolment with its audit entry and event. */
async function changeStatus(ctx: Context, tx: Transaction, before: EnrolmentRow, change: StatusChange): Promise<EnrolmentRow> {
  const [after] = await tx
    .update(enrolments)
    .set({ ...change.values, status: change.status, statusChangedAt: sql`clock_timestamp()`, updatedAt: sql`now()` })
    .where(eq(enrolments.id, before.id))
    .returning();
  await recordAudit(tx, ctx.viewer, { action: change.action, entityType: 'Enrolment', entityId: before.id, before, after });
  if (before.status !== after!.status) {
    await ctx.pubsub.publish(tx, 'enrolment.statusChanged', {
      enrolmentId: before.id,
      employeeId: before.employeeId,
      sessionId: before.sessionId,
      status: after!.status,
      previousStatus: before.status,
      promoted: change.promoted ?? false,
    });
  }
  return after!;
}

/** Values that put an enrolment in line for a place: the next queue number, drawn under the session lock. */
async function queueValues(tx: Transaction, sessionId: number): Promise<Partial<typeof enrolments.$inferInsert>> {
  return { queueNumber: await nextQueueNumber(tx, sessionId), queuedAt: CLOCK_NOW };
}

/**
 * The candidates for a place who are still eligible for the programme (`checkEligible`); the others are released.
 * They were eligible when put in line, but a change of position since then may have ended it, and a place that
 * `decideEnrolment` would refuse them must not reach them by the waitlist or a nomination either.
 */
async function releaseIneligible(
  ctx: Context,
  tx: Transaction,
  programme: TrainingProgrammeRow,
  candidates: EnrolmentRow[],
): Promise<EnrolmentRow[]> {
  if (candidates.length === 0) return candidates;
  const people = await tx.query.employees.findMany({
    where: { id: { in: [...new Set(candidates.map((e) => e.employeeId))] } },
    columns: { id: true, name: true, employmentType: true },
    with: { position: { columns: { kind: true } } },
  });
  const refusal = new Map<number, string>();
  for (const person of people) {
    const verdict = eligibility(programme, person);
    if (!verdict.ok) refusal.set(person.id, verdict.message);
  }
  const eligible: EnrolmentRow[] = [];
  for (const row of candidates) {
    const reason = refusal.get(row.employeeId);
    if (reason === undefined) {
      eligible.push(row);
      continue;
    }
    await changeStatus(ctx, tx, row, {
      status: 'CANCELLED',
      action: 'enrolment.release',
      values: { decisionNote: `No longer eligible: ${reason}`, decidedAt: NOW },
    });
  }
  return eligible;
}

/** Gives freed places of an OPEN session to the waitlist, first in line first (of those still eligible). */
async function fillFromWaitlist(ctx: Context, tx: Transaction, session: TrainingSessionRow, programme: TrainingProgrammeRow): Promise<void> {
  if (session.status !== 'OPEN') return;
  const state = await sessionState(tx, session);
  if (state.occupied >= state.capacity) return;
  const waiting = await tx
    .select()
    .from(enrolments)
    .where(and(eq(enrolments.sessionId, session.id), eq(enrolments.status, 'WAITLISTED')))
    .orderBy(asc(enrolments.queueNumber), asc(enrolments.id));
  const waitlisted = await releaseIneligible(ctx, tx, programme, waiting);
  const promoted = new Set(promotions(waitlisted.map((e) => ({ id: e.id, queueNumber: e.queueNumber ?? Number.MAX_SAFE_INTEGER })), state));
  for (const row of waitlisted) {
    if (promoted.has(row.id)) await changeStatus(ctx, tx, row, { status: 'APPROVED', action: 'enrolment.promote', promoted: true });
  }
}

/** Whether the viewer may decide for this employee: the direct supervisor, or an admin; never for themself. */
function maySupervise(viewer: Extract<Viewer, { kind: 'employee' }>, employee: Pick<EmployeeRow, 'id' | 'supervisorId'>): boolean {
  if (employee.id === viewer.employeeId) return false;
  return hasRole(viewer, 'admin') || employee.supervisorId === viewer.employeeId;
}

// ---------------------------------------------------------------------------------------------------------------
// Payloads and inputs

/** The one sentence every payload's userErrors field carries. */

function payload<K extends string, T extends object>(name: string, key: K, type: any, description: string, objectDescription: string) {
  return builder.objectRef<{ [P in K]?: T } & { userErrors: UserErrorShape[] }>(name).implement({
    description,
    fields: (t) => ({
      [key]: t.field({ type, nullable: true, description: objectDescription, resolve: (p: any) => p[key] ?? null }),
      userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (p) => p.userErrors }),
    }),
  });
}

const ProgrammePayload = (name: string, description: string) =>
  payload<'programme', TrainingProgrammeRow>(name, 'programme', TrainingProgramme, description, 'The training programme as stored after the change; null when refused.');
const SessionPayload = (name: string, description: string) =>
  payload<'session', TrainingSessionRow>(name, 'session', TrainingSession, description, 'The training session as stored after the change; null when refused.');
const EnrolmentPayload = (name: string, description: string) =>
  payload<'enrolment', EnrolmentRow>(name, 'enrolment', Enrolment, description, 'The enrolment as stored after the change; null when refused.');
const ExternalPayload = (name: string, description: string) =>
  payload<'externalTraining', ExternalTrainingRow>(name, 'externalTraining', ExternalTraining, description, 'The external training as stored after the change; null when refused.');

const RateSessionPayload = builder
  .objectRef<{ enrolment?: EnrolmentRow; rating?: SessionRatingRow; userErrors: UserErrorShape[] }>('RateSessionPayload')
  .implement({
    description: 'What rateSession returns: your enrolment and the rating you gave, or why it was refused.',
    fields: (t) => ({
      enrolment: t.field({ type: Enrolment, nullable: true, description: 'The rated enrolment; null when refused.', resolve: (p) => p.enrolment ?? null }),
      rating: t.field({ type: SessionRating, nullable: true, description: 'The rating as stored; null when refused.', resolve: (p) => p.rating ?? null }),
      userErrors: t.field({ type: [UserError], description: USER_ERRORS, resolve: (p) => p.userErrors }),
    }),
  });

const CreateProgrammeInput = builder.inputType('CreateTrainingProgrammeInput', {
  description: 'A new programme of competency development (pengembangan kompetensi) in your agency’s catalogue.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'The title, up to 200 characters; unique in your agency.' }),
    area: t.field({ type: CompetencyAreaEnum, required: true, description: 'The competency area: technical, managerial or socio-cultural.' }),
    kind: t.field({ type: TrainingKindEnum, required: true, description: 'The kind of training (diklat, bimtek, e-learning, coaching, ...); it sets the form.' }),
    form: t.field({ type: TrainingFormEnum, description: 'Follows from the kind; when given it must agree.' }),
    jpHours: t.int({ required: true, description: 'JP credited on completion (jam pelajaran of 45 minutes), 1 to 1000.' }),
    provider: t.string({ required: true, description: 'Who gives it (penyelenggara), up to 200 characters.' }),
    description: t.string({ description: 'What it covers, up to 4000 characters (several lines allowed).' }),
    coreValues: t.field({ type: [CoreValueCodeEnum], description: 'BerAKHLAK values it develops.' }),
    positionKinds: t.field({ type: [PositionKindEnum], description: 'Kinds of position it is meant for; omit or empty for all.' }),
  }),
});

const UpdateProgrammeInput = builder.inputType('UpdateTrainingProgrammeInput', {
  description: 'Omitted fields stay as they are. JP already credited are not changed by a new jpHours.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'A TrainingProgramme of your agency.' }),
    title: t.string({ description: 'The title, up to 200 characters; unique in your agency.' }),
    area: t.field({ type: CompetencyAreaEnum, description: 'The competency area: technical, managerial or socio-cultural.' }),
    kind: t.field({ type: TrainingKindEnum, description: 'The kind of training; it sets the form.' }),
    form: t.field({ type: TrainingFormEnum, description: 'Klasikal or nonklasikal: follows from the kind; when given it must agree.' }),
    jpHours: t.int({ description: 'JP credited on completion (jam pelajaran of 45 minutes), 1 to 1000.' }),
    provider: t.string({ description: 'Who gives it (penyelenggara), up to 200 characters.' }),
    description: t.string({ description: 'What it covers, up to 4000 characters. Null clears it.' }),
    coreValues: t.field({ type: [CoreValueCodeEnum], description: 'BerAKHLAK values it develops; replaces the list.' }),
    positionKinds: t.field({ type: [PositionKindEnum], description: 'Kinds of position it is meant for (empty for all); replaces the list.' }),
    active: t.boolean({ description: 'False retires the programme from the catalogue.' }),
  }),
});

const CreateSessionInput = builder.inputType('CreateTrainingSessionInput', {
  description: 'A scheduled session (angkatan) of a training programme, with its places.',
  fields: (t) => ({
    programmeId: t.id({ required: true, description: 'An active TrainingProgramme of your agency.' }),
    startsOn: t.field({ type: 'Date', required: true, description: 'First day.' }),
    endsOn: t.field({ type: 'Date', required: true, description: 'Last day; not before startsOn.' }),
    location: t.string({ description: 'Where, if in person; up to 300 characters.' }),
    onlineUrl: t.string({ description: 'Link, if online. Give a location, a link or both.' }),
    capacity: t.int({ required: true, description: 'Places, 1 to 10000.' }),
    status: t.field({ type: TrainingSessionStatusEnum, description: 'PLANNED (default) or OPEN.' }),
  }),
});

const UpdateSessionInput = builder.inputType('UpdateTrainingSessionInput', {
  description:
    'Omitted fields stay as they are. Status moves PLANNED -> OPEN (nominations are placed, in order) -> ONGOING ' +
    '(enrolment closes; whoever still waits is released) -> COMPLETED; cancel with cancelTrainingSession.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'A TrainingSession of your agency.' }),
    startsOn: t.field({ type: 'Date', description: 'First day.' }),
    endsOn: t.field({ type: 'Date', description: 'Last day; not before the first.' }),
    location: t.string({ description: 'Where, if in person; up to 300 characters. A session keeps a location, a link or both.' }),
    onlineUrl: t.string({ description: 'Link, if online. A session keeps a location, a link or both.' }),
    capacity: t.int({ description: 'Never below the places already taken; a larger capacity moves the waitlist up.' }),
    status: t.field({ type: TrainingSessionStatusEnum, description: 'The next status, as above.' }),
  }),
});

const CancelSessionInput = builder.inputType('CancelTrainingSessionInput', {
  description: 'A session to cancel, with every live enrolment in it.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'A TrainingSession of your agency, not already cancelled.' }),
    reason: t.string({ required: true, description: 'Why, up to 1000 characters: the session’s cancellationReason, and the decision note of each enrolment cancelled with it.' }),
  }),
});

const RecordCompletionInput = builder.inputType('RecordTrainingCompletionInput', {
  description: 'The result of a participant with a place, once the session is ONGOING or COMPLETED. May be corrected.',
  fields: (t) => ({
    enrolmentId: t.id({ required: true, description: 'An Enrolment with a place, of an employee of your agency (not your own).' }),
    attendancePercent: t.int({ required: true, description: 'Kehadiran, 0 to 100.' }),
    passed: t.boolean({ required: true, description: 'True: COMPLETED, the programme’s JP are credited. False: NOT_COMPLETED.' }),
    result: t.string({ description: 'The result as the provider states it (e.g. "Lulus, Sangat Memuaskan").' }),
    certificateNumber: t.string({ description: 'Nomor sertifikat / STTPP, when passed.' }),
    completedOn: t.field({ type: 'Date', description: 'Defaults to the session’s end date; the JP count for its year. Never after today.' }),
  }),
});

const NominateInput = builder.inputType('NominateForSessionInput', {
  description: 'A supervisor’s nomination of an employee for a place in a training session.',
  fields: (t) => ({
    sessionId: t.id({ required: true, description: 'A TrainingSession of your agency.' }),
    employeeId: t.id({ required: true, description: 'A direct report of yours (admins: anyone in the agency), never yourself.' }),
    note: t.string({ description: 'Why, up to 1000 characters; shown to the employee.' }),
  }),
});

const EnrolmentDecisionEnum = builder.enumType('EnrolmentDecision', {
  description: 'The supervisor’s answer to an employee’s request for a place in a training session.',
  values: {
    APPROVE: { description: 'A place, or the waitlist when the session is full; the employee must still be eligible.' },
    DECLINE: { description: 'No place.' },
  },
});

const DecideEnrolmentInput = builder.inputType('DecideEnrolmentInput', {
  description: 'The direct supervisor’s (or an admin’s) decision on a request for a place.',
  fields: (t) => ({
    enrolmentId: t.id({ required: true, description: 'A requested Enrolment of a direct report of yours (admins: anyone in the agency but yourself).' }),
    decision: t.field({ type: EnrolmentDecisionEnum, required: true, description: 'APPROVE or DECLINE.' }),
    note: t.string({ description: 'Why, up to 1000 characters; shown to the employee.' }),
  }),
});

const RequestEnrolmentInput = builder.inputType('RequestEnrolmentInput', {
  description: 'Your request for a place in a training session; your direct supervisor decides.',
  fields: (t) => ({
    sessionId: t.id({ required: true, description: 'A PLANNED or OPEN TrainingSession of your agency.' }),
    note: t.string({ description: 'Why you want to take part, up to 1000 characters.' }),
  }),
});

const CancelEnrolmentInput = builder.inputType('CancelEnrolmentInput', {
  description: 'A withdrawal from a session before it starts.',
  fields: (t) => ({
    enrolmentId: t.id({ required: true, description: 'Your own Enrolment, a direct report’s, or (admins) anyone’s in the agency.' }),
    reason: t.string({ description: 'Why, up to 1000 characters.' }),
  }),
});

const SubmitExternalInput = builder.inputType('SubmitExternalTrainingInput', {
  description: 'Training you took outside the agency’s catalogue, with evidence (bukti dukung); its JP count once an admin verifies it.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'The title, up to 200 characters.' }),
    provider: t.string({ required: true, description: 'Who gave it (penyelenggara), up to 200 characters.' }),
    area: t.field({ type: CompetencyAreaEnum, required: true, description: 'The competency area: technical, managerial or socio-cultural.' }),
    kind: t.field({ type: TrainingKindEnum, required: true, description: 'The kind of training; it sets the form.' }),
    form: t.field({ type: TrainingFormEnum, description: 'Follows from the kind; when given it must agree.' }),
    jpHours: t.int({ required: true, description: 'JP claimed, 1 to 1000, and at most 32 a day of the course (45-minute JP in 24 hours).' }),
    startsOn: t.field({ type: 'Date', required: true, description: 'First day of the course.' }),
    endsOn: t.field({ type: 'Date', required: true, description: 'Not in the future: only training taken counts.' }),
    evidenceUrl: t.string({ required: true, description: 'Bukti dukung: link to the certificate or other evidence.' }),
    certificateNumber: t.string({ description: 'Nomor sertifikat / STTPP, up to 100 characters.' }),
  }),
});

const VerifyExternalInput = builder.inputType('VerifyExternalTrainingInput', {
  description: 'Submitted external training to accept after checking its evidence.',
  fields: (t) => ({ id: t.id({ required: true, description: 'A SUBMITTED ExternalTraining of your agency, not your own.' }) }),
});
const RejectExternalInput = builder.inputType('RejectExternalTrainingInput', {
  description: 'Submitted external training to refuse, with the reason.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'A SUBMITTED ExternalTraining of your agency, not your own.' }),
    reason: t.string({ required: true, description: 'Why, up to 1000 characters; kept as its rejectionReason.' }),
  }),
});

const RateSessionInput = builder.inputType('RateSessionInput', {
  description: 'Your rating of a training session you completed, given once.',
  fields: (t) => ({
    enrolmentId: t.id({ required: true, description: 'Your completed enrolment.' }),
    content: t.int({ required: true, description: 'Materi, 1 to 5.' }),
    trainer: t.int({ required: true, description: 'Pengajar / widyaiswara, 1 to 5.' }),
    usefulness: t.int({ required: true, description: 'Usefulness for your work, 1 to 5.' }),
    comment: t.string({ description: 'Up to 2000 characters (several lines allowed).' }),
  }),
});

// ---------------------------------------------------------------------------------------------------------------
// Shared steps

function programmeValues(errors: UserErrorShape[], input: {
  title?: string | null;
  area?: TrainingProgrammeRow['area'] | null;
  kind?: TrainingProgrammeRow['kind'] | null;
  form?: TrainingProgrammeRow['form'] | null;
  jpHours?: number | null;
  provider?: string | null;
  description?: string | null;
  coreValues?: string[] | null;
  positionKinds?: PositionKind[] | null;
}, before: TrainingProgrammeRow | null): Partial<typeof trainingProgrammes.$inferInsert> {
  const values: Partial<typeof trainingProgrammes.$inferInsert> = {};
  const creating = before === null;
  if (creating || input.title != null) values.title = text(errors, ['input', 'title'], input.title, { label: 'Title', max: 200, required: true })!;
  if (creating || input.provider != null) values.provider = text(errors, ['input', 'provider'], input.provider, { label: 'Provider', max: 200, required: true })!;
  if (input.description !== undefined) values.description = text(errors, ['input', 'description'], input.description, { label: 'Description', max: 4000, multiline: true });
  if (input.area != null) values.area = input.area;
  wholeNumber(errors, ['input', 'jpHours'], input.jpHours, 'JP', 1, 1000);
  if (input.jpHours != null) values.jpHours = input.jpHours;
  if (input.kind != null || input.form != null) {
    const kind = input.kind ?? before!.kind;
    const form = formOfKind(kind, input.form ?? (input.kind == null ? null : undefined));
    if (!form.ok) errors.push(userError(['input', 'form'], 'INVALID', form.message));
    else Object.assign(values, { kind, form: form.value });
  }
  if (input.coreValues != null) values.coreValues = [...new Set(input.coreValues)];
  if (input.positionKinds != null) values.positionKinds = [...new Set(input.positionKinds)];
  return values;
}

async function checkTitleFree(tx: Transaction, agencyId: number, title: string, exceptId: number | null) {
  const other = await tx.query.trainingProgrammes.findFirst({ where: { agencyId, title }, columns: { id: true } });
  if (other && other.id !== exceptId) refuse(['input', 'title'], 'DUPLICATE', `A programme titled "${title}" already exists in your agency.`);
}

/** Applies an enrolment action to (maybe) an existing row: insert or update, with queue number, audit and event. */
async function applyEnrolmentAction(
  ctx: Context,
  tx: Transaction,
  field: string[],
  session: LockedSession,
  employeeId: number,
  existing: EnrolmentRow | null,
  action: Extract<EnrolmentAction, 'REQUEST' | 'NOMINATE' | 'APPROVE'>,
  extra: Partial<typeof enrolments.$inferInsert>,
): Promise<EnrolmentRow> {
  const state = await sessionState(tx, session);
  const status = ruleOrRefuse(field, nextEnrolmentStatus(existing?.status ?? null, action, state));
  const placed = status === 'NOMINATED' || status === 'APPROVED' || status === 'WAITLISTED';
  const values: Partial<typeof enrolments.$inferInsert> = {
    ...extra,
    ...(placed ? await queueValues(tx, session.id) : { queueNumber: null, queuedAt: null }),
  };
  const auditAction = `enrolment.${action.toLowerCase()}`;
  if (!existing) {
    const [created] = await tx
      .insert(enrolments)
      .values({ sessionId: session.id, employeeId, status, origin: action === 'NOMINATE' ? 'NOMINATION' : 'REQUEST', ...values })
      .returning();
    await recordAudit(tx, ctx.viewer, { action: auditAction, entityType: 'Enrolment', entityId: created!.id, after: created });
    await ctx.pubsub.publish(tx, 'enrolment.statusChanged', {
      enrolmentId: created!.id,
      employeeId,
      sessionId: session.id,
      status,
      previousStatus: null,
      promoted: false,
    });
    return created!;
  }
  return changeStatus(ctx, tx, existing, { status, action: auditAction, values });
}

// ---------------------------------------------------------------------------------------------------------------
// Mutations

builder.mutationFields((t) => ({
  createTrainingProgramme: t.field({
    type: ProgrammePayload('CreateTrainingProgrammePayload', 'What createTrainingProgramme returns: the new programme, or why it was refused.'),
    description: 'Adds a programme to your agency’s catalogue (admin).',
    authScopes: { admin: true },
    args: { input: t.arg({ type: CreateProgrammeInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const { agencyId } = viewerOf(ctx);
        const errors: UserErrorShape[] = [];
        const values = programmeValues(errors, input, null);
        values.area = input.area;
        refuseIfAny(errors);
        await checkTitleFree(tx, agencyId, values.title!, null);
        const [programme] = await tx
          .insert(trainingProgrammes)
          .values({ ...(values as typeof trainingProgrammes.$inferInsert), agencyId })
          .returning();
        await recordAudit(tx, ctx.viewer, { action: 'trainingProgramme.create', entityType: 'TrainingProgramme', entityId: programme!.id, after: programme });
        return { programme: programme! };
      }),
  }),
  updateTrainingProgramme: t.field({
    type: ProgrammePayload('UpdateTrainingProgrammePayload', 'What updateTrainingProgramme returns: the changed programme, or why it was refused.'),
    description: 'Edits or retires a programme (admin).',
    authScopes: { admin: true },
    args: { input: t.arg({ type: UpdateProgrammeInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const { agencyId } = viewerOf(ctx);
        const before = await programmeInAgency(tx, ['input', 'id'], String(input.id), agencyId);
        const errors: UserErrorShape[] = [];
        const values = programmeValues(errors, input, before);
        refuseIfAny(errors);
        if (input.active != null) values.active = input.active;
        if (values.title && values.title !== before.title) await checkTitleFree(tx, agencyId, values.title, before.id);
        const [programme] = await tx
          .update(trainingProgrammes)
          .set({ ...values, updatedAt: sql`now()` })
          .where(eq(trainingProgrammes.id, before.id))
          .returning();
        await recordAudit(tx, ctx.viewer, { action: 'trainingProgramme.update', entityType: 'TrainingProgramme', entityId: before.id, before, after: programme });
        return { programme: programme! };
      }),
  }),
  createTrainingSession: t.field({
    type: SessionPayload('CreateTrainingSessionPayload', 'What createTrainingSession returns: the new session, or why it was refused.'),
    description: 'Schedules a session of a programme (admin).',
    authScopes: { admin: true },
    args: { input: t.arg({ type: CreateSessionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const { agencyId } = viewerOf(ctx);
        const errors: UserErrorShape[] = [];
        dateRange(errors, ['input', 'endsOn'], input.startsOn, input.endsOn);
        const location = text(errors, ['input', 'location'], input.location, { label: 'Location', max: 300 });
        const onlineUrl = checkUrl(errors, ['input', 'onlineUrl'], input.onlineUrl, 'The online link');
        // The cleaned values decide: a blank location is no location (the table requires one of the two).
        if (location === null && onlineUrl === null) errors.push(noPlace());
        const capacity = checkCapacity(input.capacity, 0);
        if (!capacity.ok) errors.push(userError(['input', 'capacity'], capacity.code, capacity.message));
        const status = input.status ?? 'PLANNED';
        if (status !== 'PLANNED' && status !== 'OPEN') errors.push(userError(['input', 'status'], 'INVALID', 'A new session is PLANNED or OPEN.'));
        refuseIfAny(errors);
        const programme = await programmeInAgency(tx, ['input', 'programmeId'], String(input.programmeId), agencyId);
        if (!programme.active) refuse(['input', 'programmeId'], 'INVALID', 'The programme is retired; reactivate it first.');
        const [session] = await tx
          .insert(trainingSessions)
          .values({ programmeId: programme.id, startsOn: input.startsOn, endsOn: input.endsOn, location, onlineUrl, capacity: input.capacity, status })
          .returning();
        await recordAudit(tx, ctx.viewer, { action: 'trainingSession.create', entityType: 'TrainingSession', entityId: session!.id, after: session });
        return { session: session! };
      }),
  }),
  updateTrainingSession: t.field({
    type: SessionPayload('UpdateTrainingSessionPayload', 'What updateTrainingSession returns: the changed session, or why it was refused.'),
    description: 'Changes dates, place, capacity or status of a session (admin).',
    authScopes: { admin: true },
    args: { input: t.arg({ type: UpdateSessionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const { agencyId } = viewerOf(ctx);
        const id = inputId(['input', 'id'], String(input.id), 'TrainingSession');
        const before = await lockSession(tx, ['input', 'id'], id, agencyId);
        const errors: UserErrorShape[] = [];
        const changes: Partial<typeof trainingSessions.$inferInsert> = {};
        if (input.startsOn != null || input.endsOn != null) {
          if (before.status !== 'PLANNED' && before.status !== 'OPEN') {
            errors.push(userError(['input', 'startsOn'], 'SESSION_STATUS', `The dates of a ${before.status} session are fixed.`));
          }
          changes.startsOn = input.startsOn ?? before.startsOn;
          changes.endsOn = input.endsOn ?? before.endsOn;
          dateRange(errors, ['input', 'endsOn'], changes.startsOn, changes.endsOn);
        }
        if (input.location !== undefined) changes.location = text(errors, ['input', 'location'], input.location, { label: 'Location', max: 300 });
        if (input.onlineUrl !== undefined) changes.onlineUrl = checkUrl(errors, ['input', 'onlineUrl'], input.onlineUrl, 'The online link');
        // An explicit null (or blank) clears the value; only an omitted field keeps the old one.
        const location = 'location' in changes ? changes.location : before.location;
        const onlineUrl = 'onlineUrl' in changes ? changes.onlineUrl : before.onlineUrl;
        if (location == null && onlineUrl == null) errors.push(noPlace());
        if (input.status === 'CANCELLED') errors.push(userError(['input', 'status'], 'INVALID', 'Cancel a session with cancelTrainingSession.'));
        refuseIfAny(errors);
        const state = await sessionState(tx, before);
        if (input.capacity != null) changes.capacity = ruleOrRefuse(['input', 'capacity'], checkCapacity(input.capacity, state.occupied));
        if (input.status != null) changes.status = ruleOrRefuse(['input', 'status'], sessionTransition(before.status, input.status));
        const [session] = await tx
          .update(trainingSessions)
          .set({ ...changes, updatedAt: sql`now()` })
          .where(eq(trainingSessions.id, before.id))
          .returning();
        const { programme: _programme, ...beforeRow } = before;
        await recordAudit(tx, ctx.viewer, { action: 'trainingSession.update', entityType: 'TrainingSession', entityId: before.id, before: beforeRow, after: session });

        if (before.status === 'PLANNED' && session!.status === 'OPEN') {
          // Opening: nominations take places in nomination order, then the waitlist.
          const nominations = await tx
            .select()
            .from(enrolments)
            .where(and(eq(enrolments.sessionId, session!.id), eq(enrolments.status, 'NOMINATED')))
            .orderBy(asc(enrolments.queueNumber), asc(enrolments.id));
          const nominated = await releaseIneligible(ctx, tx, before.programme, nominations);
          const placed = placeOnOpening(nominated.map((e) => ({ id: e.id, queueNumber: e.queueNumber! })), session!.capacity, state.occupied);
          for (const row of nominated) await changeStatus(ctx, tx, row, { status: placed.get(row.id)!, action: 'enrolment.place' });
        } else if (before.status === 'OPEN' && session!.status === 'ONGOING') {
          // Enrolment closes: whoever still waits is released.
          const waiting = await tx
            .select()
            .from(enrolments)
            .where(and(eq(enrolments.sessionId, session!.id), inArray(enrolments.status, ['REQUESTED', 'NOMINATED', 'WAITLISTED'])));
          for (const row of waiting) {
            await changeStatus(ctx, tx, row, {
              status: 'CANCELLED',
              action: 'enrolment.release',
              values: { decisionNote: 'The session started before a place became free.', decidedAt: NOW },
            });
          }
        } else {
          await fillFromWaitlist(ctx, tx, session!, before.programme);
        }
        return { session: session! };
      }),
  }),
  cancelTrainingSession: t.field({
    type: SessionPayload('CancelTrainingSessionPayload', 'What cancelTrainingSession returns: the cancelled session, or why it was refused.'),
    description: 'Cancels a session and every live enrolment in it (admin).',
    authScopes: { admin: true },
    args: { input: t.arg({ type: CancelSessionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = viewerOf(ctx);
        const errors: UserErrorShape[] = [];
        const reason = text(errors, ['input', 'reason'], input.reason, { label: 'The reason', max: 1000, required: true, multiline: true });
        refuseIfAny(errors);
        const id = inputId(['input', 'id'], String(input.id), 'TrainingSession');
        const before = await lockSession(tx, ['input', 'id'], id, viewer.agencyId);
        if (before.status === 'CANCELLED') refuse(['input', 'id'], 'SESSION_STATUS', 'The session is already cancelled.');
        ruleOrRefuse(['input', 'id'], sessionTransition(before.status, 'CANCELLED'));
        // Recorded results would stay credited (JP count every COMPLETED enrolment): a session that ran is finished.
        const withResults = await tx.$count(enrolments, and(eq(enrolments.sessionId, before.id), inArray(enrolments.status, ['COMPLETED', 'NOT_COMPLETED'])));
        if (withResults > 0) {
          refuse(
            ['input', 'id'],
            'SESSION_STATUS',
            `Results are recorded for ${withResults} participant${withResults === 1 ? '' : 's'}: finish the session (status COMPLETED) instead of cancelling it.`,
          );
        }
        const [session] = await tx
          .update(trainingSessions)
          .set({ status: 'CANCELLED', cancellationReason: reason, updatedAt: sql`now()` })
          .where(eq(trainingSessions.id, before.id))
          .returning();
        const { programme: _programme, ...beforeRow } = before;
        await recordAudit(tx, ctx.viewer, { action: 'trainingSession.cancel', entityType: 'TrainingSession', entityId: before.id, before: beforeRow, after: session });
        const live = await tx
          .select()
          .from(enrolments)
          .where(and(eq(enrolments.sessionId, before.id), inArray(enrolments.status, [...ACTIVE_ENROLMENT])));
        for (const row of live) {
          await changeStatus(ctx, tx, row, {
            status: 'CANCELLED',
            action: 'enrolment.cancel',
            values: { decidedById: viewer.employeeId, decidedAt: NOW, decisionNote: `Session cancelled: ${reason}` },
          });
        }
        return { session: session! };
      }),
  }),
  recordTrainingCompletion: t.field({
    type: EnrolmentPayload('RecordTrainingCompletionPayload', 'What recordTrainingCompletion returns: the enrolment with its result (and JP credited on a pass), or why it was refused.'),
    description: 'Records attendance and result of a participant; a pass credits the programme’s JP (admin).',
    authScopes: { admin: true },
    args: { input: t.arg({ type: RecordCompletionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = viewerOf(ctx);
        const errors: UserErrorShape[] = [];
        const attendance = checkAttendance(input.attendancePercent);
        if (attendance) errors.push(userError(['input', 'attendancePercent'], 'INVALID', attendance));
        const result = text(errors, ['input', 'result'], input.result, { label: 'The result', max: 500 });
        const certificateNumber = text(errors, ['input', 'certificateNumber'], input.certificateNumber, { label: 'The certificate number', max: 100 });
        if (certificateNumber !== null && !input.passed) {
          errors.push(userError(['input', 'certificateNumber'], 'INVALID', 'Only a participant who passed has a certificate.'));
        }
        refuseIfAny(errors);
        const { enrolment, session } = await lockEnrolment(tx, ['input', 'enrolmentId'], String(input.enrolmentId), viewer.agencyId);
        // A pass credits JP: nobody records their own, as nobody verifies their own external training.
        if (enrolment.employeeId === viewer.employeeId) {
          refuse(['input', 'enrolmentId'], 'NOT_SUPERVISOR', 'Your own result is recorded by another admin.');
        }
        const state = await sessionState(tx, session);
        const status = ruleOrRefuse(['input', 'enrolmentId'], nextEnrolmentStatus(enrolment.status, input.passed ? 'COMPLETE' : 'NOT_COMPLETE', state));
        const completedOn = input.completedOn ?? session.endsOn;
        if (completedOn < session.startsOn) refuse(['input', 'completedOn'], 'INVALID', 'The completion date is before the session began.');
        // JP count in the year of completedOn: a future date would credit a year not reached yet.
        if (completedOn > serviceToday()) {
          refuse(
            ['input', 'completedOn'],
            'INVALID',
            input.completedOn == null
              ? `The session ends on ${session.endsOn}, after today: give the completion date (today or earlier).`
              : 'The completion date is in the future: only training already taken can be recorded.',
          );
        }
        const after = await changeStatus(ctx, tx, enrolment, {
          status,
          action: 'enrolment.complete',
          values: {
            attendancePercent: input.attendancePercent,
            result,
            certificateNumber,
            completedOn,
            jpCredited: status === 'COMPLETED' ? session.programme.jpHours : null,
          },
        });
        return { enrolment: after };
      }),
  }),
  nominateForSession: t.field({
    type: EnrolmentPayload('NominateForSessionPayload', 'What nominateForSession returns: the nominated enrolment (a place or the waitlist), or why it was refused.'),
    description:
      'The supervisor puts a direct report forward (admins: anyone in the agency): a place at once if one is free, else the ' +
      'waitlist; for a session not yet open, placed in nomination order when it opens.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: NominateInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = viewerOf(ctx);
        const errors: UserErrorShape[] = [];
        const note = text(errors, ['input', 'note'], input.note, { label: 'The note', max: 1000, multiline: true });
        refuseIfAny(errors);
        const sessionId = inputId(['input', 'sessionId'], String(input.sessionId), 'TrainingSession');
        const employeeId = inputId(['input', 'employeeId'], String(input.employeeId), 'Employee');
        const session = await lockSession(tx, ['input', 'sessionId'], sessionId, viewer.agencyId);
        const employee = await employeeWithKind(tx, ['input', 'employeeId'], employeeId, viewer.agencyId);
        if (employee.id === viewer.employeeId) refuse(['input', 'employeeId'], 'NOT_SUPERVISOR', 'You cannot nominate yourself; request a place instead.');
        if (!maySupervise(viewer, employee)) refuse(['input', 'employeeId'], 'NOT_SUPERVISOR', `${employee.name} is not a direct report of yours.`);
        refuseIfNotEligible(['input', 'employeeId'], session.programme, employee);
        const existing = (await tx.query.enrolments.findFirst({ where: { sessionId, employeeId } })) ?? null;
        const enrolment = await applyEnrolmentAction(ctx, tx, ['input', 'sessionId'], session, employeeId, existing, 'NOMINATE', {
          origin: existing?.status === 'REQUESTED' ? existing.origin : 'NOMINATION',
          nominatedById: viewer.employeeId,
          decidedById: viewer.employeeId,
          decidedAt: NOW,
          ...(note !== null ? (existing?.status === 'REQUESTED' ? { decisionNote: note } : { requestNote: note }) : {}),
        });
        return { enrolment };
      }),
  }),
  decideEnrolment: t.field({
    type: EnrolmentPayload('DecideEnrolmentPayload', 'What decideEnrolment returns: the decided enrolment, or why it was refused.'),
    description: 'The direct supervisor (or an admin) approves a request (a place, or the waitlist when full) or declines it.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: DecideEnrolmentInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = viewerOf(ctx);
        const errors: UserErrorShape[] = [];
        const note = text(errors, ['input', 'note'], input.note, { label: 'The note', max: 1000, multiline: true });
        refuseIfAny(errors);
        const { enrolment, session, employee } = await lockEnrolment(tx, ['input', 'enrolmentId'], String(input.enrolmentId), viewer.agencyId);
        if (!maySupervise(viewer, employee)) {
          refuse(
            ['input', 'enrolmentId'],
            'NOT_SUPERVISOR',
            employee.id === viewer.employeeId
              ? 'Your own request is decided by your supervisor (or another admin).'
              : 'Only the employee’s direct supervisor (or an admin) decides this request.',
          );
        }
        const decided = { decidedById: viewer.employeeId, decidedAt: NOW, decisionNote: note };
        if (input.decision === 'DECLINE') {
          const status = ruleOrRefuse(['input', 'enrolmentId'], nextEnrolmentStatus(enrolment.status, 'DECLINE', await sessionState(tx, session)));
          return { enrolment: await changeStatus(ctx, tx, enrolment, { status, action: 'enrolment.decline', values: decided }) };
        }
        // Eligible when they asked is not enough: a change of position since then may have ended it.
        const now = await employeeWithKind(tx, ['input', 'enrolmentId'], enrolment.employeeId, employee.agencyId);
        refuseIfNotEligible(['input', 'enrolmentId'], session.programme, now);
        return { enrolment: await applyEnrolmentAction(ctx, tx, ['input', 'enrolmentId'], session, enrolment.employeeId, enrolment, 'APPROVE', decided) };
      }),
  }),
  requestEnrolment: t.field({
    type: EnrolmentPayload('RequestEnrolmentPayload', 'What requestEnrolment returns: your requested enrolment, or why it was refused.'),
    description: 'Asks for a place in a PLANNED or OPEN session; the direct supervisor decides.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: RequestEnrolmentInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = viewerOf(ctx);
        const errors: UserErrorShape[] = [];
        const note = text(errors, ['input', 'note'], input.note, { label: 'The note', max: 1000, multiline: true });
        refuseIfAny(errors);
        const sessionId = inputId(['input', 'sessionId'], String(input.sessionId), 'TrainingSession');
        const session = await lockSession(tx, ['input', 'sessionId'], sessionId, viewer.agencyId);
        const employee = await employeeWithKind(tx, ['input', 'sessionId'], viewer.employeeId, viewer.agencyId);
        refuseIfNotEligible(['input', 'sessionId'], session.programme, employee);
        const existing = (await tx.query.enrolments.findFirst({ where: { sessionId, employeeId: viewer.employeeId } })) ?? null;
        const enrolment = await applyEnrolmentAction(ctx, tx, ['input', 'sessionId'], session, viewer.employeeId, existing, 'REQUEST', {
          origin: 'REQUEST',
          requestNote: note,
          requestedAt: NOW,
          nominatedById: null,
          decidedById: null,
          decidedAt: null,
          decisionNote: null,
        });
        return { enrolment };
      }),
  }),
  cancelEnrolment: t.field({
    type: EnrolmentPayload('CancelEnrolmentPayload', 'What cancelEnrolment returns: the cancelled enrolment, or why it was refused.'),
    description:
      'Withdraws from a session before it starts: your own enrolment, a direct report’s, or (admins) anyone’s. A freed ' +
      'place goes to the first on the waitlist.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: CancelEnrolmentInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = viewerOf(ctx);
        const errors: UserErrorShape[] = [];
        const reason = text(errors, ['input', 'reason'], input.reason, { label: 'The reason', max: 1000, multiline: true });
        refuseIfAny(errors);
        const { enrolment, session, employee } = await lockEnrolment(tx, ['input', 'enrolmentId'], String(input.enrolmentId), viewer.agencyId);
        if (enrolment.employeeId !== viewer.employeeId && !maySupervise(viewer, employee)) {
          refuse(['input', 'enrolmentId'], 'NOT_FOUND', 'No such enrolment.');
        }
        const status = ruleOrRefuse(['input', 'enrolmentId'], nextEnrolmentStatus(enrolment.status, 'CANCEL', await sessionState(tx, session)));
        const after = await changeStatus(ctx, tx, enrolment, {
          status,
          action: 'enrolment.cancel',
          values: { decidedById: viewer.employeeId, decidedAt: NOW, decisionNote: reason },
        });
        await fillFromWaitlist(ctx, tx, session, session.programme);
        return { enrolment: after };
      }),
  }),
  submitExternalTraining: t.field({
    type: ExternalPayload('SubmitExternalTrainingPayload', 'What submitExternalTraining returns: the submitted external training, or why it was refused.'),
    description: 'Records training you took elsewhere, with evidence; it counts once an admin verifies it.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: SubmitExternalInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = viewerOf(ctx);
        const errors: UserErrorShape[] = [];
        const title = text(errors, ['input', 'title'], input.title, { label: 'Title', max: 200, required: true });
        const provider = text(errors, ['input', 'provider'], input.provider, { label: 'Provider', max: 200, required: true });
        const evidenceUrl = checkUrl(errors, ['input', 'evidenceUrl'], input.evidenceUrl, 'The evidence link', true);
        const certificateNumber = text(errors, ['input', 'certificateNumber'], input.certificateNumber, { label: 'The certificate number', max: 100 });
        wholeNumber(errors, ['input', 'jpHours'], input.jpHours, 'JP', 1, 1000);
        dateRange(errors, ['input', 'endsOn'], input.startsOn, input.endsOn);
        if (input.endsOn > serviceToday()) errors.push(userError(['input', 'endsOn'], 'INVALID', 'Only training already taken can be recorded.'));
        // Plausibility (rules.ts): the JP claimed fit in the course's days.
        const maxJp = maxJpForDates(input.startsOn, input.endsOn);
        if (input.endsOn >= input.startsOn && input.jpHours > maxJp) {
          errors.push(userError(['input', 'jpHours'], 'INVALID', `A course from ${input.startsOn} to ${input.endsOn} gives at most ${maxJp} JP (${MAX_JP_PER_DAY} a day).`));
        }
        const form = formOfKind(input.kind, input.form);
        if (!form.ok) errors.push(userError(['input', 'form'], 'INVALID', form.message));
        refuseIfAny(errors);
        const [external] = await tx
          .insert(externalTrainings)
          .values({
            employeeId: viewer.employeeId,
            title: title!,
            provider: provider!,
            area: input.area,
            kind: input.kind,
            form: form.ok ? form.value : 'CLASSICAL',
            jpHours: input.jpHours,
            startsOn: input.startsOn,
            endsOn: input.endsOn,
            evidenceUrl: evidenceUrl!,
            certificateNumber,
          })
          .returning();
        await recordAudit(tx, ctx.viewer, { action: 'externalTraining.submit', entityType: 'ExternalTraining', entityId: external!.id, after: external });
        return { externalTraining: external! };
      }),
  }),
  verifyExternalTraining: t.field({
    type: ExternalPayload('VerifyExternalTrainingPayload', 'What verifyExternalTraining returns: the verified external training, or why it was refused.'),
    description: 'Accepts submitted external training after checking the evidence: its JP count (admin).',
    authScopes: { admin: true },
    args: { input: t.arg({ type: VerifyExternalInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => decideExternal(ctx, tx, String(input.id), 'VERIFIED', null)),
  }),
  rejectExternalTraining: t.field({
    type: ExternalPayload('RejectExternalTrainingPayload', 'What rejectExternalTraining returns: the rejected external training, or why it was refused.'),
    description: 'Refuses submitted external training, with the reason (admin).',
    authScopes: { admin: true },
    args: { input: t.arg({ type: RejectExternalInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const errors: UserErrorShape[] = [];
        const reason = text(errors, ['input', 'reason'], input.reason, { label: 'The reason', max: 1000, required: true, multiline: true });
        refuseIfAny(errors);
        return decideExternal(ctx, tx, String(input.id), 'REJECTED', reason);
      }),
  }),
  rateSession: t.field({
    type: RateSessionPayload,
    description: 'Rates a session you completed (COMPLETED, not NOT_COMPLETED): content, trainer and usefulness from 1 to 5, once.',
    authScopes: { employee: true },
    args: { input: t.arg({ type: RateSessionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      runMutation(ctx, async (tx) => {
        const viewer = viewerOf(ctx);
        const errors: UserErrorShape[] = [];
        for (const key of ['content', 'trainer', 'usefulness'] as const) {
          const problem = checkRating(input[key], key[0]!.toUpperCase() + key.slice(1));
          if (problem) errors.push(userError(['input', key], 'INVALID', problem));
        }
        const comment = text(errors, ['input', 'comment'], input.comment, { label: 'The comment', max: 2000, multiline: true });
        refuseIfAny(errors);
        const id = inputId(['input', 'enrolmentId'], String(input.enrolmentId), 'Enrolment');
        const enrolment = await tx.query.enrolments.findFirst({ where: { id, employeeId: viewer.employeeId } });
        if (!enrolment) refuse(['input', 'enrolmentId'], 'NOT_FOUND', 'No such enrolment of yours.');
        ruleOrRefuse(['input', 'enrolmentId'], checkMayRate(enrolment.status));
        if (await tx.query.sessionRatings.findFirst({ where: { enrolmentId: id }, columns: { id: true } })) {
          refuse(['input', 'enrolmentId'], 'ALREADY_RATED', 'You have already rated this session.');
        }
        const [rating] = await tx
          .insert(sessionRatings)
          .values({ enrolmentId: id, content: input.content, trainer: input.trainer, usefulness: input.usefulness, comment })
          .onConflictDoNothing()
          .returning();
        if (!rating) refuse(['input', 'enrolmentId'], 'ALREADY_RATED', 'You have already rated this session.');
        await recordAudit(tx, ctx.viewer, { action: 'enrolment.rate', entityType: 'Enrolment', entityId: id, after: rating });
        return { enrolment, rating };
      }),
  }),
}));

async function decideExternal(ctx: Context, tx: Transaction, globalId: string, status: 'VERIFIED' | 'REJECTED', reason: string | null) {
  const viewer = viewerOf(ctx);
  const id = inputId(['input', 'id'], globalId, 'ExternalTraining');
  const [before] = await tx
    .select()
    .from(externalTrainings)
    .where(and(eq(externalTrainings.id, id), sql`${externalTrainings.employeeId} in (select id from employees where agency_id = ${viewer.agencyId})`))
    .for('update');
  if (!before) refuse(['input', 'id'], 'NOT_FOUND', 'No such external training in your agency.');
  // As with enrolments: never a decision for themself, or an admin would credit their own JP.
  if (before.employeeId === viewer.employeeId) {
    refuse(['input', 'id'], 'NOT_SUPERVISOR', 'Your own external training is verified or rejected by another admin.');
  }
  if (before.status !== 'SUBMITTED') refuse(['input', 'id'], 'ALREADY_DECIDED', `It was already ${before.status.toLowerCase()}.`);
  const [after] = await tx
    .update(externalTrainings)
    .set({ status, verifiedById: viewer.employeeId, verifiedAt: sql`now()`, rejectionReason: reason, updatedAt: sql`now()` })
    .where(eq(externalTrainings.id, id))
    .returning();
  await recordAudit(tx, ctx.viewer, {
    action: status === 'VERIFIED' ? 'externalTraining.verify' : 'externalTraining.reject',
    entityType: 'ExternalTraining',
    entityId: id,
    before,
    after,
  });
  return { externalTraining: after! };
}
