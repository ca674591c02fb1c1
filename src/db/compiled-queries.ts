import { getTableName, sql, type Table } from 'drizzle-orm';
import { PgAsyncRelationalQuery } from 'drizzle-orm/pg-core';
import { LRUCache } from 'lru-cache';

/**
 * Drizzle builds a relational query's SQL anew every time it runs: for the nested statement of a dashboard that is
 * about a sixth of the request's CPU. Here the query is compiled once per shape instead: the numbers and strings of
 * its filters and limits become placeholders, the rest (tables, relations, columns, orders, operators, booleans,
 * lists given to `in`) is the shape, and drizzle's own prepared query runs it with this request's values. A query
 * with anything that is not plain data (a `RAW` filter, SQL extras, an order function) runs as it is.
 */

interface RelationalQueryInternals {
  schema: unknown;
  table: unknown;
  tableConfig: unknown;
  dialect: unknown;
  session: object;
  config: unknown;
  mode: 'many' | 'first';
  parseJson: unknown;
  prepare(name: string): { execute(values: Record<string, unknown>): Promise<unknown> };
}
type Compiled = ReturnType<RelationalQueryInternals['prepare']>;
let shapesPrepared = 0;

/** Per database session (the pool, or a transaction): a prepared query is bound to the session it was made on. */
const compiledBySession = new WeakMap<object, LRUCache<string, Compiled>>();

export function isRelationalQuery(value: unknown): value is PgAsyncRelationalQuery<unknown> {
  return value instanceof PgAsyncRelationalQuery;
}

/** Runs a drizzle relational query through the compiled statement of its shape (compiling it the first time). */
export function runCompiled(query: PgAsyncRelationalQuery<unknown>): Promise<unknown> {
  const internals = query as unknown as RelationalQueryInternals;
  const templated = templateOf(internals.config);
  if (!templated) return Promise.resolve(query);
  let compiled = compiledBySession.get(internals.session);
  if (!compiled) compiledBySession.set(internals.session, (compiled = new LRUCache({ max: 500 })));
  const key = `${getTableName(internals.table as Table)}|${internals.mode}|${JSON.stringify(templated.config)}`;
  let prepared = compiled.get(key);
  if (!prepared) {
    const Query = query.constructor as new (...args: unknown[]) => RelationalQueryInternals;
    const { schema, table, tableConfig, dialect, session, mode, parseJson } = internals;
    // A named statement: postgres.js then prepares it once per connection, and PostgreSQL parses and plans it there
    // once (or keeps a generic plan). Unnamed, as drizzle runs a query it was not asked to prepare, the dashboard's
    // statement was parsed and planned on every request: most of its cost in PostgreSQL.
    prepared = new Query(schema, table, tableConfig, dialect, session, templated.config, mode, parseJson).prepare(`kinerja_shape_${++shapesPrepared}`);
    compiled.set(key, prepared);
  }
  return prepared.execute(templated.values);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;

/** Strings, numbers, booleans, null, and arrays and plain objects of them: data that decides a query's SQL alone. */
export const isPlainData = (value: unknown): boolean =>
  value === null ||
  ['string', 'number', 'boolean'].includes(typeof value) ||
  (Array.isArray(value) && value.every(isPlainData)) ||
  (isPlainObject(value) && Object.values(value).every((v) => v === undefined || isPlainData(v)));

/** The config with its values as placeholders, and the values by placeholder name; null when it is not plain data. */
export function templateOf(config: unknown): { config: unknown; values: Record<string, unknown> } | null {
  const values: Record<string, unknown> = {};
  let plain = true;
  const placeholder = (value: unknown) => {
    const name = `p${Object.keys(values).length}`;
    values[name] = value;
    return sql.placeholder(name);
  };

  // A filter: column conditions, operators, OR/AND/NOT and relation filters. Booleans stay (`isNull: true`, or a
  // relation's existence); lists stay (`in`); numbers and strings are values.
  const filter = (where: unknown): unknown => {
    if (!isPlainObject(where)) return ((plain = false), where);
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(where)) {
      if (value === undefined) continue;
      if (key === 'RAW') plain = false;
      else if (key === 'OR' || key === 'AND') out[key] = Array.isArray(value) ? value.map(filter) : ((plain = false), value);
      else if (typeof value === 'number' || typeof value === 'string') out[key] = placeholder(value);
      else if (typeof value === 'boolean' || value === null) out[key] = value;
      else if (Array.isArray(value)) out[key] = isPlainData(value) ? value : ((plain = false), value);
      else out[key] = filter(value);
    }
    return out;
  };

  const query = (part: unknown): unknown => {
    if (part === true) return part;
    if (!isPlainObject(part)) return ((plain = false), part);
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(part)) {
      if (value === undefined) continue;
      if (key === 'where') out.where = filter(value);
      else if (key === 'limit' || key === 'offset') out[key] = typeof value === 'number' ? placeholder(value) : ((plain = false), value);
      else if (key === 'columns' || key === 'orderBy') out[key] = isPlainData(value) ? value : ((plain = false), value);
      else if (key === 'with' && isPlainObject(value)) out.with = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, query(sub)]));
      else if (key === 'extras' && isPlainObject(value) && Object.keys(value).length === 0) continue;
      else plain = false; // extras, functions, anything this does not know
    }
    return out;
  };

  const templated = query(config);
  return plain ? { config: templated, values } : null;
}
