import type { Transaction } from '../db/index.js';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { databaseError } from '../db/errors.js';

/** Machine-readable reasons a mutation refused its input; clients switch on these, people read `message`. */
export const USER_ERROR_CODES = {
  INVALID: 'The value is not acceptable (see the message).',
  INVALID_ID: 'The ID is malformed or names an object of another type.',
  INVALID_NIP: 'The NIP or NI PPPK is not valid; the message names the wrong part.',
  NOT_FOUND: 'No object with that ID exists, or you may not see it.',
  DUPLICATE: 'Another object already uses this unique value.',
  SUPERVISOR_CYCLE: 'The supervisor chain would loop back to the employee.',
  UNIT_CYCLE: 'The unit would become its own ancestor.',
  CONFLICT: 'The object changed while you were editing it; read it again.',
  SESSION_STATUS: 'The training session is not in a status that allows this (e.g. it takes no enrolments).',
  ENROLMENT_STATUS: 'The enrolment is not in a status that allows this step.',
  ALREADY_ENROLLED: 'The employee already has a live enrolment in this training session.',
  NOT_SUPERVISOR: 'Only the employee’s direct supervisor (atasan langsung) or an admin may do this.',
  NOT_ELIGIBLE: 'The training programme is not meant for this employee (position kind, or not ASN).',
  CAPACITY_TOO_SMALL: 'The capacity would fall below the places already taken.',
  ALREADY_RATED: 'The participant has already rated this session.',
  ALREADY_DECIDED: 'The submission was already verified or rejected.',
  NOT_APPRAISER: 'Only the employee’s appraiser (pejabat penilai kinerja) may do this.',
  NOT_APPRAISER_SUPERIOR: 'Only the appraiser’s superior (atasan pejabat penilai) may do this.',
  NOT_EVALUATED_EMPLOYEE: 'Only the evaluated employee may do this.',
  PLAN_NOT_APPROVED: 'The performance plan is not the approved plan in force.',
  EVALUATION_STATUS: 'The evaluation is not in a status that allows this (e.g. finalised evaluations are locked).',
  NOT_RATED: 'Ratings are missing: both overall ratings, every RHK and each BerAKHLAK value are needed first.',
  CURVE_BROKEN: 'Finalising would break the distribution curve; give an override reason.',
  ORGANISATION_PREDIKAT_REQUIRED: 'The organisation’s predikat for the year, which selects the distribution curve, is not set yet.',
  IMPROVEMENT_PLAN_REQUIRED: 'The predikat requires an improvement plan (pembinaan) with actions and a due date.',
  OBJECTION_WINDOW_CLOSED: 'The 14 days to object (keberatan) after finalisation have passed.',
  ALREADY_OBJECTED: 'An objection to this evaluation was already filed.',
  OBJECTION_STATUS: 'The objection is not in a status that allows this step.',
  REPORT_STATUS: 'The monthly report is not in a status that allows this (e.g. already reviewed).',
  RATE_LIMITED: 'Too many submissions from this client; the message (and `retryAfterSeconds`) says when to try again.',
  TOO_LONG: 'The text is longer than allowed; the message gives the limit.',
  IDEMPOTENCY_KEY_REUSED: 'This idempotency key was already used for a different submission.',
  FEEDBACK_STATUS: 'The feedback item is not in a status that allows this change.',
  NOT_UNIT_STAFF: 'Only the unit’s staff (employees placed in it) and admins may do this.',
  PLAN_STATUS: 'The performance plan (SKP) is not in a status that allows this (e.g. approved: revise it instead).',
  NOT_PLAN_OWNER: 'Only the employee whose performance plan it is may do this.',
  PERIOD_NOT_OPEN: 'The performance year is not open (not opened yet, or closed).',
  INCOMPLETE_PLAN: 'The plan lacks what submission needs (a main RHK with an indicator, an indicator on every RHK).',
  INVALID_CASCADE: 'An RHK must cascade from an RHK of the appraiser’s current plan for the same year (a JPT may cite the strategic goal).',
  APPRAISER_PLAN_MISSING: 'The appraiser has no plan (SKP) for the year yet: the appraiser’s plan must exist first.',
  CASCADED: 'RHK of other plans cascade from this RHK.',
  NO_APPRAISER: 'No appraiser (pejabat penilai kinerja) was found in the employee’s supervisor chain.',
  NOT_TRANSFERRED: 'The employee’s position, unit and appraiser are still those of the plan in force.',
} as const;
export type UserErrorCode = keyof typeof USER_ERROR_CODES;

export interface UserErrorShape {
  /** Path to the input field at fault, e.g. ['input', 'nip']. */
  field: string[];
  message: string;
  code: UserErrorCode;
}

export const UserErrorCodeEnum = builder.enumType('UserErrorCode', {
  description: 'Why a mutation refused its input.',
  values: Object.fromEntries(
    Object.entries(USER_ERROR_CODES).map(([name, description]) => [name, { description }]),
  ) as Record<UserErrorCode, { description: string }>,
});

export const UserError = builder.objectRef<UserErrorShape>('UserError').implement({
  description: 'A problem with the input of a mutation, returned as data so that forms can show it beside the field.',
  fields: (t) => ({
    field: t.exposeStringList('field', { description: 'Path to the input field at fault, e.g. ["input", "nip"] or ["input", "indicators", "2", "target"].' }),
    message: t.exposeString('message', { description: 'What is wrong and how to correct it, in English, for the person filling in the form.' }),
    code: t.field({ type: UserErrorCodeEnum, description: 'The kind of problem, for code that reacts to it.', resolve: (e) => e.code }),
  }),
});

/** The description of every payload's `userErrors` field. */
export const USER_ERRORS =
  'Why the input was refused, each naming the field at fault; empty when the change was made (nothing is changed when any is returned).';

/** Thrown inside a mutation to roll its transaction back and answer with userErrors. */
export class UserInputError extends Error {
  constructor(readonly errors: UserErrorShape[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'UserInputError';
  }
}

export function userError(field: string[], code: UserErrorCode, message: string): UserErrorShape {
  return { field, code, message };
}

/** Refuses the mutation with one user error. */
export function refuse(field: string[], code: UserErrorCode, message: string): never {
  throw new UserInputError([userError(field, code, message)]);
}

/** Refuses the mutation with every error collected so far, if any. */
/**
 * Runs a check that refuses (`refuse`, `inputId`) and keeps its user errors with the others, so that one answer names
 * every bad field; null when it refused.
 */
export async function collecting<T>(errors: UserErrorShape[], check: () => Promise<T>): Promise<T | null> {
  try {
    return await check();
  } catch (error) {
    if (!(error instanceof UserInputError)) throw error;
    errors.push(...error.errors);
    return null;
  }
}

export function refuseIfAny(errors: UserErrorShape[]): void {
  if (errors.length > 0) throw new UserInputError(errors);
}

export type Payload<T> = (T & { userErrors: UserErrorShape[] }) | ({ [K in keyof T]?: undefined } & { userErrors: UserErrorShape[] });

/** Names of unique constraints and what to tell the user when they are hit by a concurrent write. */
const UNIQUE_VIOLATIONS: Record<string, UserErrorShape> = {
  employees_nip_key: userError(['input', 'nip'], 'DUPLICATE', 'An employee with this NIP already exists.'),
  employees_email_lower_key: userError(['input', 'email'], 'DUPLICATE', 'An employee with this email already exists.'),
  org_units_agency_code_key: userError(['input', 'code'], 'DUPLICATE', 'A unit with this code already exists in the agency.'),
};

const UNIQUE_VIOLATION = new Set(['23505']);

function uniqueViolation(error: unknown): UserErrorShape | null {
  const violation = databaseError(error, UNIQUE_VIOLATION);
  if (!violation) return null;
  const constraint = violation.constraint_name ?? violation.constraint;
  return (constraint && UNIQUE_VIOLATIONS[constraint]) || userError([], 'DUPLICATE', 'This value is already in use.');
}

/**
 * SQLSTATEs of text PostgreSQL cannot store: 22021 (invalid byte sequence: NUL in text) and 22P05 (untranslatable
 * character: \u0000 in jsonb). The modules' text rule (text.ts) refuses such text first, naming the field; this is the
 * net under a field that slipped past it, so that the client still hears it is their input, not a server fault.
 */
const UNSTORABLE_TEXT = new Set(['22021', '22P05']);

export function unstorableText(error: unknown): UserErrorShape | null {
  if (!databaseError(error, UNSTORABLE_TEXT)) return null;
  return userError([], 'INVALID', 'The input contains characters that cannot be stored (such as the NUL character \\u0000); remove them.');
}

/**
 * SQLSTATEs of a transaction that lost a race to a concurrent one (serialization failure, deadlock, a unique or
 * foreign key that a concurrent commit took or removed between our check and our write). Run again, the work sees
 * that commit and answers as its checks do: the right field and message, an update instead of an insert.
 */
const LOST_RACE = new Set(['40001', '40P01', '23505', '23503']);
const MAX_ATTEMPTS = 3;


/**
 * Runs a mutation as one transaction. Rows, audit entries and events written through `tx` commit together;
 * a refusal (UserInputError) rolls everything back and becomes userErrors. A transaction that lost a race is run
 * again (at most MAX_ATTEMPTS in all, so `work` must keep its effects inside `tx`); a unique-constraint race that
 * persists becomes a DUPLICATE userError, and text PostgreSQL cannot store (`unstorableText`) an INVALID one.
 */
export async function runMutation<T extends object>(
  ctx: Context,
  work: (tx: Transaction) => Promise<T>,
): Promise<Payload<T>> {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await ctx.db.transaction((tx) => work(tx));
      return { ...result, userErrors: [] };
    } catch (error) {
      if (error instanceof UserInputError) return { userErrors: error.errors } as Payload<T>;
      if (attempt < MAX_ATTEMPTS && databaseError(error, LOST_RACE)) {
        // What the loaders read before the rollback may be what the winner just changed.
        ctx.loaders.clear();
        continue;
      }
      const refused = uniqueViolation(error) ?? unstorableText(error);
      if (refused) return { userErrors: [refused] } as Payload<T>;
      throw error;
    }
  }
}
