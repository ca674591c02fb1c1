/**
 * Operation limits, the same for HTTP and WebSocket: GraphQL Armor for depth, aliases, directives, tokens and
 * field suggestions, and our own cost weighted by list sizes (Armor's cost ignores `first`), plus the page-size cap.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  valueFromASTUntyped,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** Largest `first` or `last` a connection accepts. */
  maxPageSize: number;
  /** Largest estimated number of objects and values an operation may produce. */
  maxCost: number;
  /** Hide "Did you mean ...?" hints (production). */
  blockFieldSuggestions: boolean;
}

export const DEFAULT_LIMITS: OperationLimits = {
  // Nested dashboards (unit -> employees -> plan -> results -> indicators -> ...) and a router's _entities calls.
  maxDepth: 15,
  maxAliases: 30,
  maxDirectives: 50,
  maxTokens: 5000,
  maxPageSize: 100,
  maxCost: 100_000,
  blockFieldSuggestions: true,
};

/** Apollo Server options (plugins and validation rules) for the Armor protections. */
export function armorProtection(limits: OperationLimits) {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases, allowList: [] },
    maxDirectives: { n: limits.maxDirectives },
    // graphql's own parser counts tokens (Apollo's parseOptions); Armor's version turns syntax errors into 500s.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    // `blockFieldSuggestions` is applied where errors are formatted, for HTTP and graphql-ws alike (server.ts).
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect();
}

/** Whether the operation reads the schema itself: introspection or federation's `_service`. */
export function readsSchema(document: DocumentNode): boolean {
  let found = false;
  const walk = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD && ['__schema', '__type', '_service'].includes(selection.name.value)) found = true;
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) walk(definition.selectionSet);
  }
  return found;
}

/** A connection without `first`/`last` returns the default page; a plain list (a tree level) is assumed this long. */
const DEFAULT_PAGE_SIZE = 20;
const ASSUMED_LIST_SIZE = 10;

function pageSize(field: { arguments?: readonly { name: { value: string }; value: any }[] }, variables: Record<string, unknown>): number | null {
  for (const argument of field.arguments ?? []) {
    if (argument.name.value === 'first' || argument.name.value === 'last') {
      const value = valueFromASTUntyped(argument.value, variables);
      if (typeof value === 'number') return value;
    }
  }
  return null;
}

/** The types of keys a list field returns one object for each of: `nodes(ids:)` and `_entities(representations:)`. */
const KEY_TYPES = new Set(['ID', '_Any']);

/** How many keys a field that returns one object per key is given (variables resolved); null for other fields. */
function keyCount(field: GraphQLField<unknown, unknown>, selection: FieldNode, variables: Record<string, unknown>): number | null {
  if (!isListType(getNullableType(field.type))) return null;
  for (const argument of selection.arguments ?? []) {
    const type = field.args.find((arg) => arg.name === argument.name.value)?.type;
    if (!type || !isListType(getNullableType(type)) || !KEY_TYPES.has(getNamedType(type).name)) continue;
    const value = valueFromASTUntyped(argument.value, variables);
    // A single value where a list is expected is a list of one.
    return Array.isArray(value) ? value.length : value == null ? 0 : 1;
  }
  return null;
}

/**
 * Checks page sizes and computes the cost of the operation: each field costs 1, and a list (or connection) field
 * multiplies the cost of what is selected beneath it by its page size; a field given keys (`nodes(ids:)`,
 * `_entities`) by their number, each key costing its object too. Throws a GraphQLError (BAD_USER_INPUT) when a limit
 * is broken.
 */
export function checkOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  limits: Pick<OperationLimits, 'maxCost' | 'maxPageSize'>,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else if (definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName)) {
      operation ??= definition;
    }
  }
  if (!operation) return 0;
  const root =
    operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return 0;

  const costOf = (type: GraphQLNamedType, selectionSet: SelectionSetNode, visiting: Set<string>): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const field: GraphQLField<unknown, unknown> | undefined =
          isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
        if (!field) continue;
        const size = pageSize(selection, variables);
        if (size !== null && (size < 0 || size > limits.maxPageSize)) {
          throw new GraphQLError(
            `${selection.name.value}: "first" and "last" must be between 0 and ${limits.maxPageSize} (got ${size}).`,
            { extensions: { code: 'BAD_USER_INPUT', maxPageSize: limits.maxPageSize, http: { status: 400 } } },
          );
        }
        const keys = keyCount(field, selection, variables);
        // A page of ids, as of anything else. A router's _entities batch follows its supergraph query, not a page:
        // the cost bounds it.
        if (keys !== null && field.name !== '_entities' && keys > limits.maxPageSize) {
          throw new GraphQLError(`${selection.name.value}: at most ${limits.maxPageSize} ids (got ${keys}).`, {
            extensions: { code: 'BAD_USER_INPUT', maxPageSize: limits.maxPageSize, http: { status: 400 } },
          });
        }
        const isList = isListType(getNullableType(field.type));
        const isConnection = size !== null || getNamedType(field.type).name.endsWith('Connection');
        // A connection's `nodes`/`edges` are the page the connection field already multiplied by.
        const withinConnection = type.name.endsWith('Connection') && (field.name === 'nodes' || field.name === 'edges');
        const multiplier = withinConnection ? 1 : isConnection ? (size ?? DEFAULT_PAGE_SIZE) : isList ? ASSUMED_LIST_SIZE : 1;
        const childCost = selection.selectionSet ? costOf(getNamedType(field.type), selection.selectionSet, visiting) : 0;
        // Each key is a lookup even when only `__typename` is selected.
        total += keys !== null ? 1 + keys * (1 + childCost) : 1 + multiplier * childCost;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const narrowed = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) ?? type : type;
        total += costOf(narrowed, selection.selectionSet, visiting);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || visiting.has(fragment.name.value)) continue;
        const narrowed = schema.getType(fragment.typeCondition.name.value) ?? type;
        total += costOf(narrowed, fragment.selectionSet, new Set([...visiting, fragment.name.value]));
      }
    }
    return total;
  };
  const cost = costOf(root, operation.selectionSet, new Set());
  if (cost > limits.maxCost) {
    throw new GraphQLError(`The operation is too expensive: estimated cost ${cost} exceeds ${limits.maxCost}. Ask for smaller pages or fewer nested lists.`, {
      extensions: { code: 'BAD_USER_INPUT', cost, maxCost: limits.maxCost, http: { status: 400 } },
    });
  }
  return cost;
}

function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value !== null && typeof value === 'object') return Object.values(value).some(holdsNul);
  return false;
}

/**
 * Refuses a query or subscription whose arguments or variables hold a NUL character: PostgreSQL cannot compare or
 * store it, so it would reach the client as a database error (a search, an `_entities` NIP). Mutations answer it as
 * a userError on the field instead (`checkText`, and `runMutation`'s net).
 */
export function checkNoNulInput(document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): void {
  if (operation.operation === 'mutation') return;
  // Only an escape puts a NUL in a literal (the raw character is not valid GraphQL source): skip the walk without one.
  let found = holdsNul(variables);
  if (!found && (document.loc?.source.body ?? '\\u').includes('\\u')) {
    visit(document, {
      StringValue(node) {
        if (node.value.includes('\u0000')) found = true;
      },
    });
  }
  if (found) {
    throw new GraphQLError('The input contains the NUL character (\\u0000), which cannot be stored or searched; remove it.', {
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
}

/**
 * A size given to a query argument (`limit`, `days`): outside `min`..`max` it is BAD_USER_INPUT naming the bounds, as
 * `first`/`last` beyond the page size are, never a silent clamp that would pass a cut list off as the whole.
 */
export function argumentInRange(argument: string, value: number | null | undefined, range: { fallback: number; min: number; max: number }): number {
  const given = value ?? range.fallback;
  if (!Number.isInteger(given) || given < range.min || given > range.max) {
    throw new GraphQLError(`Argument "${argument}" must be between ${range.min} and ${range.max} (got ${given}).`, {
      extensions: { code: 'BAD_USER_INPUT', argumentName: argument, min: range.min, max: range.max },
    });
  }
  return given;
}
