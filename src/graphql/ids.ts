import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { refuse } from './errors.js';
import { rowIdOf } from './row-id.js';

export { encodeGlobalID, rowIdOf };

function decode(value: string, typename: string): number | null {
  try {
    const decoded = decodeGlobalID(value);
    return decoded.typename === typename ? rowIdOf(decoded.id) : null;
  } catch {
    return null;
  }
}

/** Decodes an ID from a federation representation (any JSON): null for anything but the ID of a row of this type. */
export function representationId(value: unknown, typename: string): number | null {
  return typeof value === 'string' ? decode(value, typename) : null;
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
