import {
  GraphQLEnumType,
  GraphQLInt,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  defaultFieldResolver,
  execute,
  parse,
  type GraphQLFieldResolver,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/graphql/schema.js';

// The execution patch of graphql (scripts/patches/graphql+16.15.0.patch) answers a leaf field from its source when
// the resolver is known to return `source[property]` whenever that is defined.
const SOURCE_PROPERTY = Symbol.for('graphql.execution.sourceProperty');

describe('leaf fields answered from their source (graphql execution patch)', () => {
  let calls = 0;
  const fromRow: GraphQLFieldResolver<Record<string, unknown>, unknown> = (row) => {
    calls += 1;
    return row.title !== undefined ? row.title : 'loaded elsewhere';
  };
  Object.assign(fromRow, { [SOURCE_PROPERTY]: 'title' });
  const Status = new GraphQLEnumType({ name: 'Status', values: { OPEN: {}, DONE: {} } });
  const Row = new GraphQLObjectType({
    name: 'Row',
    fields: {
      title: { type: new GraphQLNonNull(GraphQLString), resolve: fromRow },
      name: { type: new GraphQLNonNull(GraphQLString) },
      note: { type: GraphQLString },
      status: { type: Status },
      label: { type: GraphQLString, args: { width: { type: new GraphQLNonNull(GraphQLInt) } } },
    },
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: { row: { type: Row, args: {}, resolve: (_root, _args, context: { row: unknown }) => context.row } },
    }),
  });
  const run = (row: unknown, query = '{ row { title name note status } }', variableValues?: Record<string, unknown>) =>
    execute({ schema, document: parse(query), contextValue: { row }, variableValues }) as Awaited<ReturnType<typeof execute>>;

  it('does not call a resolver that carries its property when the row has it', () => {
    calls = 0;
    expect(run({ title: 'Laporan', name: 'Ani', note: null, status: 'OPEN' })).toEqual({
      data: { row: { title: 'Laporan', name: 'Ani', note: null, status: 'OPEN' } },
    });
    expect(calls).toBe(0);
  });

  it('calls it when the row lacks the property', () => {
    calls = 0;
    expect(run({ name: 'Ani' })).toEqual({ data: { row: { title: 'loaded elsewhere', name: 'Ani', note: null, status: null } } });
    expect(calls).toBe(1);
  });

  it('reports what the full path reports: null for non-null, a value the type refuses, an Error, a method', () => {
    const nullName = run({ title: 't', name: null });
    expect(nullName.data).toEqual({ row: null });
    expect(nullName.errors?.map((e) => [e.message, e.path])).toEqual([['Cannot return null for non-nullable field Row.name.', ['row', 'name']]]);

    const badStatus = run({ title: 't', name: 'n', status: 'LOST' });
    expect(badStatus.errors?.map((e) => [e.message, e.path])).toEqual([['Enum "Status" cannot represent value: "LOST"', ['row', 'status']]]);

    const failed = run({ title: 't', name: 'n', note: new Error('no note') });
    expect(failed.errors?.map((e) => [e.message, e.path])).toEqual([['no note', ['row', 'note']]]);

    expect(run({ title: 't', name: () => 'from a method' }, '{ row { name } }')).toEqual({ data: { row: { name: 'from a method' } } });
  });

  it('leaves a field with arguments to the full path, which reports an argument that fails to coerce', () => {
    const query = 'query ($width: Int = 10) { row { label(width: $width) } }';
    expect(run({ label: 'Ani' }, query)).toEqual({ data: { row: { label: 'Ani' } } });
    const nullWidth = run({ label: 'Ani' }, query, { width: null });
    expect(nullWidth.data).toEqual({ row: { label: null } });
    expect(nullWidth.errors?.map((e) => [e.message, e.path])).toEqual([['Argument "width" of non-null type "Int!" must not be null.', ['row', 'label']]]);
  });

  it('applies to the exposed columns of the drizzle types (their resolvers carry the column)', () => {
    const fields = (type: string) => (buildSchema().getType(type) as GraphQLObjectType).getFields();
    const readsSource = (type: string, field: string) => {
      const resolve = fields(type)[field]!.resolve;
      return resolve === defaultFieldResolver || (resolve as unknown as Record<symbol, unknown>)?.[SOURCE_PROPERTY] === field;
    };
    for (const field of ['statement', 'targetKind', 'targetValue', 'unit']) expect(readsSource('PerformanceIndicator', field)).toBe(true);
    expect(readsSource('WorkResult', 'statement')).toBe(true);
    expect(readsSource('Employee', 'name')).toBe(true);
    // A field with its own rule never does.
    expect(readsSource('Evaluation', 'predikat')).toBe(false);
  });
});
