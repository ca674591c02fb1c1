import type { Transaction } from '../db/index.js';
import { builder } from './builder.js';
import type { Context } from './context.js';

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
    field: t.exposeStringList('field', { description: 'Path to the input field at fault, e.g. ["input", "nip"].' }),
    message: t.exposeString('message'),
    code: t.field({ type: UserErrorCodeEnum, resolve: (e) => e.code }),
  }),
});

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
export function refuseIfAny(errors: UserErrorShape[]): void {
  if (errors.length > 0) throw new UserInputError(errors);
}

export type Payload<T> = (T & { userErrors: UserErrorShape[] }) | ({ [K in keyof T]?: undefined } & { userErrors: UserErrorShape[] });

/** Names of unique constraints and what to tell the user when they are hit by a concurrent write. */
const UNIQUE_VIOLATIONS: Record<string, UserErrorShape> = {
  employees_nip_unique: userError(['input', 'nip'], 'DUPLICATE', 'An employee with this NIP already exists.'),
  employees_email_unique: userError(['input', 'email'], 'DUPLICATE', 'An employee with this email already exists.'),
  org_units_agency_code_key: userError(['input', 'code'], 'DUPLICATE', 'A unit with this code already exists in the agency.'),
};

function uniqueViolation(error: unknown): UserErrorShape | null {
  for (let e: any = error; e; e = e.cause) {
    if (e.code === '23505') {
      const constraint: string | undefined = e.constraint_name ?? e.constraint;
      return (constraint && UNIQUE_VIOLATIONS[constraint]) || userError([], 'DUPLICATE', 'This value is already in use.');
    }
  }
  return null;
}

/**
 * Runs a mutation as one transaction. Rows, audit entries and events written through `tx` commit together;
 * a refusal (UserInputError) or a unique-constraint race rolls everything back and becomes userErrors.
 */
export async function runMutation<T extends object>(
  ctx: Context,
  work: (tx: Transaction) => Promise<T>,
): Promise<Payload<T>> {
  try {
    const result = await ctx.db.transaction((tx) => work(tx));
    return { ...result, userErrors: [] };
  } catch (error) {
    if (error instanceof UserInputError) return { userErrors: error.errors } as Payload<T>;
    const duplicate = uniqueViolation(error);
    if (duplicate) return { userErrors: [duplicate] } as Payload<T>;
    throw error;
  }
}
