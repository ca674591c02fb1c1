/**
 * The async iterators a subscription is made of: one subscriber's queue of events, and a mapping of a stream.
 * Written here rather than taken from Repeater: `push` there costs some ten promises (about 6 µs), which for one
 * event to 10,000 subscribers was 60 ms of JavaScript before the first socket write. Here an event handed to a
 * waiting consumer is one resolved promise.
 */

/** How far a subscriber may fall behind (a client that stopped reading) before its stream ends with an error. */
export const MAX_QUEUED_EVENTS = 1000;

export class SubscriberFellBehindError extends Error {
  /** graphql-ws turns the error into a GraphQLError, which takes these extensions over: clients get the code. */
  readonly extensions = { code: 'SUBSCRIPTION_FELL_BEHIND' };

  constructor(limit: number) {
    super(`This subscription fell more than ${limit} events behind and was ended; subscribe again.`);
    this.name = 'SubscriberFellBehindError';
  }
}

const finished: IteratorReturnResult<undefined> = Object.freeze({ value: undefined, done: true });

/**
 * One subscriber's events in order, from `push` until `return()`. `onClose` runs once, when the consumer stops or
 * the stream ends by overflow, so the producer can forget the subscriber.
 */
export class EventQueue<T> implements AsyncIterableIterator<T, undefined> {
  private readonly queued: T[] = [];
  private waiting: ((result: IteratorResult<T, undefined>) => void) | null = null;
  private failure: Error | null = null;
  private closed = false;

  constructor(
    private readonly onClose: () => void,
    private readonly limit = MAX_QUEUED_EVENTS,
  ) {}

  push(event: T): void {
    if (this.closed) return;
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = null;
      waiting({ value: event, done: false });
    } else if (this.queued.length < this.limit) {
      this.queued.push(event);
    } else {
      this.failure = new SubscriberFellBehindError(this.limit);
      this.close();
    }
  }

  next(): Promise<IteratorResult<T, undefined>> {
    if (this.queued.length > 0) return Promise.resolve({ value: this.queued.shift()!, done: false });
    if (this.failure) {
      const failure = this.failure;
      this.failure = null;
      return Promise.reject(failure);
    }
    if (this.closed) return Promise.resolve(finished);
    // graphql-ws asks for the next event only after the last one was sent: one consumer, one waiting call.
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T, undefined>> {
    this.queued.length = 0;
    this.failure = null;
    this.close();
    return Promise.resolve(finished);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
    // Only a full queue fails, and a queue is full only while nobody waits: a waiting consumer just finishes.
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.(finished);
  }
}

/**
 * `source` with each value mapped; a value mapped to `undefined` is skipped. `return()` reaches the source at once
 * (an async generator would wait for the next event first, keeping the subscriber's listener until then), and a
 * failing `map` ends the source before the error reaches the consumer.
 */
export function mapEvents<T, R>(source: AsyncIterable<T>, map: (value: T) => Promise<R | undefined> | R | undefined): AsyncGenerator<R, undefined>;
/**
 * The same, in two steps: `map` may return a promise that many subscribers share (waiting on it costs each nothing
 * new) and `finish` turns its value into this subscriber's.
 */
export function mapEvents<T, M, R>(
  source: AsyncIterable<T>,
  map: (value: T) => Promise<M> | M,
  finish: (mapped: M) => Promise<R | undefined> | R | undefined,
): AsyncGenerator<R, undefined>;
export function mapEvents<T, R>(
  source: AsyncIterable<T>,
  map: (value: T) => unknown,
  finish?: (mapped: unknown) => Promise<R | undefined> | R | undefined,
): AsyncGenerator<R, undefined> {
  const iterator = source[Symbol.asyncIterator]();
  const close = async (): Promise<IteratorReturnResult<undefined>> => {
    await iterator.return?.();
    return finished;
  };
  const next = async (): Promise<IteratorResult<R, undefined>> => {
    for (;;) {
      const result = await iterator.next();
      if (result.done) return finished;
      let value: R | undefined;
      try {
        const mapped = await map(result.value);
        const own = finish ? finish(mapped) : (mapped as R | undefined);
        value = own instanceof Promise ? await own : own; // no extra turn for an answer known at once
      } catch (error) {
        await close().catch(() => {});
        throw error;
      }
      if (value !== undefined) return { value, done: false };
    }
  };
  return asyncGeneratorOf(next, close);
}

/**
 * `source` with some values expanded into several: `expand` returns null for a value that passes as it is (no array
 * and no promise per subscriber for the usual event), or the values that stand for it, in order. The expansion is
 * taken one value at a time as the consumer asks, so a large one never fills the subscriber's queue; `return()`
 * reaches the source at once, as with `mapEvents`.
 */
export function expandEvents<T>(source: AsyncIterable<T>, expand: (value: T) => readonly T[] | Promise<readonly T[]> | null): AsyncGenerator<T, undefined> {
  const iterator = source[Symbol.asyncIterator]();
  let expanded: readonly T[] = [];
  let taken = 0;
  const close = async (): Promise<IteratorReturnResult<undefined>> => {
    expanded = [];
    await iterator.return?.();
    return finished;
  };
  const next = async (): Promise<IteratorResult<T, undefined>> => {
    while (taken >= expanded.length) {
      const result = await iterator.next();
      if (result.done) return finished;
      let values: readonly T[] | Promise<readonly T[]> | null;
      try {
        values = expand(result.value);
        if (values === null) return result;
        expanded = await values;
      } catch (error) {
        await close().catch(() => {});
        throw error;
      }
      taken = 0;
    }
    return { value: expanded[taken++]!, done: false };
  };
  return asyncGeneratorOf(next, close);
}

/** An async generator of a `next` and a `close` that ends the source at once (on `return()` and on `throw()`). */
function asyncGeneratorOf<T>(next: () => Promise<IteratorResult<T, undefined>>, close: () => Promise<IteratorReturnResult<undefined>>): AsyncGenerator<T, undefined> {
  const generator = {
    next,
    return: close,
    throw: async (error: unknown) => {
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return generator;
    },
  } as AsyncGenerator<T, undefined>;
  return generator;
}
