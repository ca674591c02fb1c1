import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { refuse } from './errors.js';

export { encodeGlobalID };

/** Every table's key is a PostgreSQL integer: a larger number names no row, and would fail inside the database. */
const MAX_ROW_ID = 2_147_483_647;

/** The row id inside a decoded global ID, or null when it cannot be one. */
export function rowIdOf(raw: string): number | null {
  const id = Number(raw);
  return Number.isInteger(id) && id > 0 && id <= MAX_ROW_ID ? id : null;
}

function decode(value: string, typename: string): number | null {
  try {
    const decoded = decodeGlobalID(value);
    return decoded.typename === typename ? rowIdOf(decoded.id) : null;
  } catch {
    return null;
  }
}

/** Decodes a global ID in a mutation input; a bad one becomes a userError on that field. */
export function inputId(field: string[], value: string, typename: string): number {
  const id = decode(value, typename);
  if (id === null) refuse(field, 'INVALID_ID', `"${value.slice(0, 64)}" is not the ID of a ${typename}.`);
  return id;
}

/** Decodes a global ID given to a query argument; a bad one is a GraphQL error with code BAD_USER_INPUT. */
export function argumentId(value: string, typename: string, argument = 'id'): number {
  const id = decode(value, typename);
  if (id === null) {
    throw new GraphQLError(`Argument "${argument}": "${value.slice(0, 64)}" is not the ID of a ${typename}.`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: argument },
    });
  }
  return id;
}
