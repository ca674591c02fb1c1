import { GraphQLError } from 'graphql';
import { databaseError } from './db/errors.js';

/** A small levelled logger on stderr; structured enough for a container log collector. */
export interface Logger {
  error(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
  debug(message: string, detail?: unknown): void;
}

const LEVELS = { silent: 0, error: 1, info: 2, debug: 3 } as const;

export function createLogger(level: keyof typeof LEVELS): Logger {
  const threshold = LEVELS[level];
  const write = (severity: keyof typeof LEVELS, message: string, detail?: unknown) => {
    if (LEVELS[severity] > threshold) return;
    const extra = detail instanceof Error ? ` ${describeError(detail)}` : detail === undefined ? '' : ` ${JSON.stringify(detail)}`;
    process.stderr.write(`${new Date().toISOString()} ${severity.toUpperCase()} ${message}${extra}\n`);
  };
  return {
    error: (m, d) => write('error', m, d),
    info: (m, d) => write('info', m, d),
    debug: (m, d) => write('debug', m, d),
  };
}

/** drizzle's wrapper of a failed statement: its message ends with the statement's parameters (people's data). */
function isFailedQuery(error: unknown): error is Error & { query: string } {
  return error instanceof Error && error.name === 'DrizzleQueryError' && typeof (error as { query?: unknown }).query === 'string';
}

/**
 * What may be logged (or shown to a developer) of an error. A database error is described by its SQLSTATE,
 * message, constraint and hint, and the statement's text: never the statement's parameters (drizzle puts them in
 * its message and stack) nor a detail of class 22 or 23, which quotes row values. Any other error: its stack
 * (or only its message, `stack: false`).
 */
export function describeError(error: unknown, options: { stack?: boolean } = {}): string {
  const top = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  let query: string | undefined;
  for (let e: any = top, depth = 0; e && depth < 8; e = e.cause, depth++) if (isFailedQuery(e)) query ??= e.query;
  const found = databaseError(top);
  const database = found && (query !== undefined || SQLSTATE.test(found.code)) ? found : null;
  if (!database && query === undefined) {
    if (!(top instanceof Error)) return String(top);
    if (options.stack !== false) return top.stack ?? top.message;
    // An AggregateError (every address of a host refused) has no message of its own.
    return top.message || (found ? found.message || found.code : top.name);
  }
  const parts: string[] = [];
  for (let e: any = top, depth = 0; e && e !== database && depth < 8; e = e.cause, depth++) {
    if (!isFailedQuery(e) && e.message) parts.push(e.message);
  }
  if (database) {
    const facts = [database.code];
    const constraint = database.constraint_name ?? database.constraint;
    if (constraint) facts.push(`constraint ${constraint}`);
    if (database.detail && !/^2[23]/.test(database.code)) facts.push(`detail: ${database.detail}`);
    if (database.hint) facts.push(`hint: ${database.hint}`);
    parts.push(`${database.message || database.code} (${facts.join('; ')})`);
  }
  if (query !== undefined) parts.push(`statement: ${oneLine(query)}`);
  return parts.join(': ');
}

// Five characters with a digit: not EPIPE or EPERM.
const SQLSTATE = /^(?=.*\d)[0-9A-Z]{5}$/;

function oneLine(text: string, max = 300): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}
