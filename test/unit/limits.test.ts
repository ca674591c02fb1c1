import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkOperationCost, readsSchema } from '../../src/graphql/limits.js';

const schema = buildSchema(`
  type Query { me: Person, people(first: Int): PersonConnection!, tags: [String!]! }
  type PersonConnection { nodes: [Person!]!, totalCount: Int! }
  type Person { id: ID!, friends(first: Int): PersonConnection!, best: Person }
`);
const limits = { maxCost: 10_000, maxPageSize: 100 };
const cost = (query: string, variables: Record<string, unknown> = {}) =>
  checkOperationCost(schema, parse(query), undefined, variables, limits);

describe('list-weighted operation cost', () => {
  it('counts one per field and multiplies by page sizes', () => {
    expect(cost('{ me { id } }')).toBe(2);
    // people: 1 + 10 × (nodes: 1 + 1 × (id: 1)) = 21
    expect(cost('{ people(first: 10) { nodes { id } } }')).toBe(21);
    expect(cost('query($n: Int) { people(first: $n) { nodes { id } } }', { n: 5 })).toBe(11);
    // without `first`, a connection holds the default page of 20 and a plain list is assumed to hold 10
    expect(cost('{ tags }')).toBe(1);
    expect(cost('{ people { nodes { id } } }')).toBe(41);
    expect(cost('{ me { friends { nodes { best { id } } } } }')).toBe(1 + 1 + 20 * (1 + 1 + 1));
  });

  it('follows fragments and inline fragments', () => {
    expect(cost('{ me { ...F } } fragment F on Person { id best { id } }')).toBe(cost('{ me { id best { id } } }'));
    expect(cost('{ me { ... on Person { id } } }')).toBe(2);
  });

  it('refuses a page over the cap and a cost over the limit', () => {
    expect(() => cost('{ people(first: 101) { nodes { id } } }')).toThrow(/between 0 and 100/);
    expect(() => cost('{ people(first: 100) { nodes { friends(first: 100) { nodes { id } } } } }')).toThrow(/too expensive/);
  });

  it('tells schema reads apart', () => {
    expect(readsSchema(parse('{ __schema { types { name } } }'))).toBe(true);
    expect(readsSchema(parse('{ _service { sdl } }'))).toBe(true);
    expect(readsSchema(parse('{ me { id __typename } }'))).toBe(false);
  });
});
