import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder.js';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(value: unknown): string {
  if (typeof value !== 'string') throw new GraphQLError('Date must be a string in the form YYYY-MM-DD');
  const match = DATE_PATTERN.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError(`"${value.slice(0, 40)}" is not a calendar date in the form YYYY-MM-DD`);
  }
  return value;
}

builder.scalarType('Date', {
  description: 'A calendar date without time zone, as YYYY-MM-DD (ISO 8601).',
  serialize: (value) => String(value).slice(0, 10),
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string in the form YYYY-MM-DD');
    return parseDate(ast.value);
  },
});

function toIsoString(value: unknown): string {
  const date = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be an ISO 8601 timestamp');
  return date.toISOString();
}

builder.scalarType('DateTime', {
  description: 'A point in time, as an ISO 8601 timestamp in UTC (e.g. 2026-11-24T08:30:00.000Z).',
  serialize: toIsoString,
  parseValue: (value) => toIsoString(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be an ISO 8601 string');
    return toIsoString(ast.value);
  },
});

builder.scalarType('JSON', {
  description: 'A JSON value (used for audit snapshots, whose shape follows the audited object).',
  serialize: (value) => value,
  parseValue: (value) => value,
});
