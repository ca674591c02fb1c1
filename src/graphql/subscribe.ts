import { createHash } from 'node:crypto';
import { createSourceEventStream, execute, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { memoPerEvent } from '../events/pubsub.js';
import { mapEvents } from '../events/streams.js';
import type { Context } from './context.js';

/** The text each subscription's document was parsed from (set where it is parsed), for the sharing key. */
const operationTexts = new WeakMap<DocumentNode, string>();

export function rememberOperationText(document: DocumentNode, text: string): void {
  operationTexts.set(document, text);
}

let executions = 0;

/** Executions of subscription events so far in this process (tests compare it before and after an event). */
export function subscriptionExecutionsSoFar(): number {
  return executions;
}

/**
 * The operation a subscriber runs, without who runs it: its text, name and variables. Null when the text is unknown
 * (then the subscriber executes alone). A digest, because every event looks it up once per subscriber.
 */
function operationKey(args: ExecutionArgs): string | null {
  const text = operationTexts.get(args.document);
  if (text === undefined) return null;
  const identity = JSON.stringify([args.operationName ?? null, args.variableValues ?? {}, text]);
  return `execute|${createHash('sha256').update(identity).digest('base64')}`;
}

const EVERY_KEY = Symbol('every key');
/** Each execution gets fresh per-request caches, so they are no input. */
const FRESH_PER_EXECUTION = 'loaders';
/** Listing the context's keys reads the viewer through its own record, not as one object. */
const NOT_LISTED = new Set<PropertyKey>([FRESH_PER_EXECUTION, 'viewer']);

/** The parts of a subscriber's context an execution read: the viewer's properties and the context's other keys. */
interface Footprint {
  viewerKeys: readonly PropertyKey[];
  contextKeys: readonly PropertyKey[];
  /** Which keys (not their values): executions that read the same keys are looked up together. */
  signature: string;
}

/** An event executed once, and what its answer depended on. */
interface Execution {
  result: ExecutionResult;
  footprint: Footprint;
  /** `valuesOf(context, footprint)` of the context it ran with. */
  values: string;
}

const symbolIds = new Map<symbol, number>();
const objectIds = new WeakMap<object, number>();
let nextId = 0;

function keyName(key: PropertyKey): string {
  if (typeof key !== 'symbol') return String(key);
  let id = symbolIds.get(key);
  if (id === undefined) symbolIds.set(key, (id = nextId++));
  return `@@${id}`;
}

/** Primitives compare by value, sets (the viewer's roles) by their members, any other object by identity. */
function comparable(value: unknown): unknown {
  if (value instanceof Set) return [...value].map((member) => JSON.stringify(comparable(member))).sort();
  if ((typeof value === 'object' && value !== null) || typeof value === 'function') {
    let id = objectIds.get(value);
    if (id === undefined) objectIds.set(value, (id = nextId++));
    return `#${id}`;
  }
  if (typeof value === 'symbol') return keyName(value);
  return value === undefined ? '(undefined)' : value;
}

function readKeys(source: object, keys: readonly PropertyKey[]): unknown[] {
  const every = keys.includes(EVERY_KEY);
  const read = every ? Reflect.ownKeys(source).filter((key) => !NOT_LISTED.has(key)).sort((a, b) => keyName(a).localeCompare(keyName(b))) : keys;
  return read.map((key) => [keyName(key), comparable(Reflect.get(source, key))]);
}

function valuesOf(context: Context, footprint: Footprint): string {
  return JSON.stringify([readKeys(context.viewer, footprint.viewerKeys), readKeys(context, footprint.contextKeys)]);
}

/** Every property of the viewer and every key of the context: subscribers with all of these alike are alike. */
const WHOLE_CONTEXT = footprintOf(new Set([EVERY_KEY]), new Set([EVERY_KEY]));

function footprintOf(viewerKeys: Set<PropertyKey>, contextKeys: Set<PropertyKey>): Footprint {
  const sorted = (keys: Set<PropertyKey>) => (keys.has(EVERY_KEY) ? [EVERY_KEY] : [...keys].sort((a, b) => keyName(a).localeCompare(keyName(b))));
  const footprint = { viewerKeys: sorted(viewerKeys), contextKeys: sorted(contextKeys) };
  return { ...footprint, signature: JSON.stringify([footprint.viewerKeys.map(keyName), footprint.contextKeys.map(keyName)]) };
}

/** A read-only view of `target` that adds every key read to `reads` (listing the keys reads them all). */
function recording<T extends object>(target: T, reads: Set<PropertyKey>, substitute?: (key: PropertyKey) => unknown): T {
  const refuse = () => false; // an execution changes nothing of its subscriber's context
  return new Proxy(target, {
    get: (object, key) => {
      const replaced = substitute?.(key);
      if (replaced !== undefined) return replaced;
      reads.add(key);
      return Reflect.get(object, key);
    },
    has: (object, key) => (reads.add(key), Reflect.has(object, key)),
    getOwnPropertyDescriptor: (object, key) => (reads.add(key), Reflect.getOwnPropertyDescriptor(object, key)),
    ownKeys: (object) => (reads.add(EVERY_KEY), Reflect.ownKeys(object)),
    set: refuse,
    defineProperty: refuse,
    deleteProperty: refuse,
    setPrototypeOf: refuse,
  });
}

/**
 * Executes an event for one subscriber through a context that records what the execution reads of it: which
 * properties of the viewer (their kind, roles, agency, id, ...) and which other parts of the context. The answer
 * is a function of the event and of those values alone, so any subscriber whose context has the same values there
 * gets the same answer: a rule that reads the viewer's id makes every viewer's answer their own, a selection whose
 * rules only ask "signed in?" is one answer for all. Each execution gets its own per-request caches.
 */
async function executeRecording(args: ExecutionArgs, event: unknown): Promise<Execution> {
  const context = args.contextValue as Context;
  const viewerKeys = new Set<PropertyKey>();
  const contextKeys = new Set<PropertyKey>();
  const viewer = recording({ ...context.viewer }, viewerKeys);
  const loaders: Context['loaders'] = new Map();
  const own = (key: PropertyKey) => (key === 'viewer' ? viewer : key === FRESH_PER_EXECUTION ? loaders : undefined);
  const probe = recording({ ...context }, contextKeys, own); // a copy: a proxy of a frozen object must return its values
  executions += 1;
  const result = await execute({ ...args, contextValue: probe, rootValue: event });
  const footprint = footprintOf(viewerKeys, contextKeys);
  return { result, footprint, values: valuesOf(context, footprint) };
}

/** The executions of one event for one operation, by the footprint and values they were asked for. */
interface SharedExecutions {
  event: unknown;
  /** Settles when the first subscriber's execution is done: the others look theirs up by its footprint. */
  first: Promise<SharedExecutions>;
  firstDone?: Execution;
  done: Map<string, Execution>;
  running: Map<string, Promise<Execution>>;
}

function startSharing(args: ExecutionArgs, event: unknown): SharedExecutions {
  const shared: SharedExecutions = { event, first: undefined!, done: new Map(), running: new Map() };
  shared.first = executeRecording(args, event).then((execution) => {
    shared.firstDone = execution;
    shared.done.set(`${execution.footprint.signature}|${execution.values}`, execution);
    return shared;
  });
  return shared;
}

/**
 * One subscription's side of sharing: one execution per event for every subscriber whose context has the same
 * values where the first execution looked. The first subscriber to reach the event executes it; the others compute
 * the values its footprint names and share the execution of those values (running it if they are the first with
 * them). An execution whose own footprint came out different (its rules took another branch for its viewer) is
 * shared only with subscribers whose values match that footprint too; the others execute with everyone whose
 * whole context has their values. Every subscriber waits on the same promise (the first execution, settled or not)
 * and then answers at once: a promise of its own per subscriber and event was a young-generation collection more
 * per event at 10,000 subscribers.
 */
function sharingExecutions(
  args: ExecutionArgs,
  operation: string,
): { start: (event: unknown) => Promise<SharedExecutions>; answer: (shared: SharedExecutions) => ExecutionResult | Promise<ExecutionResult> } {
  const context = args.contextValue as Context;
  // A connection's context is built once when it connects and never written, so its values are read once per footprint.
  const keys = new Map<string, string>();
  const keyFor = (footprint: Footprint) => {
    let key = keys.get(footprint.signature);
    if (key === undefined) keys.set(footprint.signature, (key = `${footprint.signature}|${valuesOf(context, footprint)}`));
    return key;
  };
  const run = (shared: SharedExecutions, key: string): Promise<Execution> => {
    let running = shared.running.get(key);
    if (!running) {
      running = executeRecording(args, shared.event).then((execution) => (shared.done.set(key, execution), execution));
      shared.running.set(key, running);
    }
    return running;
  };
  const answer = (shared: SharedExecutions): ExecutionResult | Promise<ExecutionResult> => {
    const first = shared.firstDone!;
    const key = keyFor(first.footprint);
    const done = shared.done.get(key);
    if (done?.footprint.signature === first.footprint.signature) return done.result;
    const accept = (execution: Execution) =>
      execution.footprint.signature === first.footprint.signature || valuesOf(context, execution.footprint) === execution.values
        ? execution.result
        : run(shared, keyFor(WHOLE_CONTEXT)).then((own) => own.result);
    return done ? accept(done) : run(shared, key).then(accept);
  };
  // An event is shared by being one object for all its subscribers (anything else is this subscriber's alone).
  const start = (event: unknown) =>
    (typeof event === 'object' && event !== null ? memoPerEvent(event, operation, () => startSharing(args, event)) : startSharing(args, event)).first;
  return { start, answer };
}

/**
 * graphql-js `subscribe`, except that subscribers of one event who would get the same answer share one execution.
 * Each subscriber still has its own source stream: its authorization when it subscribes and its own filter of
 * events (`createSourceEventStream`). The per-event execution (the resolvers, each type's rules for the viewer) is
 * what 10,000 dashboards would otherwise repeat 10,000 times.
 */
export async function subscribeSharingExecution(args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream as ExecutionResult;
  const operation = operationKey(args);
  const events = stream as AsyncIterable<unknown>;
  if (operation === null) return mapEvents(events, (event) => executeRecording(args, event).then((own) => own.result));
  const { start, answer } = sharingExecutions(args, operation);
  // Every subscriber of the event waits on one promise, the first execution, and then finds its answer at once.
  return mapEvents(events, start, answer);
}
