import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EventQueue, SubscriberFellBehindError, mapEvents } from '../../src/events/streams.js';

describe('EventQueue (one subscriber’s events)', () => {
  it('hands events to a waiting consumer and keeps the others in order', async () => {
    const queue = new EventQueue<number>(() => {});
    const waiting = queue.next();
    queue.push(1);
    queue.push(2);
    queue.push(3);
    expect(await waiting).toEqual({ value: 1, done: false });
    expect(await queue.next()).toEqual({ value: 2, done: false });
    expect(await queue.next()).toEqual({ value: 3, done: false });
  });

  it('closes once on return, finishes a waiting consumer and ignores later events', async () => {
    let closed = 0;
    const queue = new EventQueue<number>(() => (closed += 1));
    const waiting = queue.next();
    await queue.return();
    await queue.return();
    queue.push(1);
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(await queue.next()).toEqual({ value: undefined, done: true });
    expect(closed).toBe(1);
  });

  it('ends a subscriber that falls behind with an error after what it had queued, instead of growing without bound', async () => {
    let closed = 0;
    const queue = new EventQueue<number>(() => (closed += 1), 3);
    for (let i = 1; i <= 5; i++) queue.push(i);
    expect(closed).toBe(1);
    expect((await queue.next()).value).toBe(1);
    expect((await queue.next()).value).toBe(2);
    expect((await queue.next()).value).toBe(3);
    const failure = await queue.next().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SubscriberFellBehindError);
    // What graphql-ws sends the client: a GraphQLError made from it, with its code.
    expect(new GraphQLError((failure as Error).message, { originalError: failure as Error }).toJSON().extensions).toEqual({
      code: 'SUBSCRIPTION_FELL_BEHIND',
    });
    expect(await queue.next()).toEqual({ value: undefined, done: true });
  });
});

describe('mapEvents', () => {
  it('maps, skips what maps to undefined, and closes the source at once on return', async () => {
    let closed = 0;
    const queue = new EventQueue<number>(() => (closed += 1));
    const mapped = mapEvents(queue, async (n) => (n % 2 === 0 ? undefined : n * 10));
    const first = mapped.next();
    queue.push(2);
    queue.push(3);
    expect(await first).toEqual({ value: 30, done: false });
    const pending = mapped.next();
    await mapped.return(undefined);
    expect(closed).toBe(1);
    expect(await pending).toEqual({ value: undefined, done: true });
  });

  it('in two steps: a shared promise first, then each consumer’s own answer (synchronous or not)', async () => {
    const shared = Promise.resolve({ base: 100 });
    const queue = new EventQueue<number>(() => {});
    const mapped = mapEvents(queue, (n) => shared.then((s) => ({ ...s, n })), (s) => (s.n === 2 ? Promise.resolve(s.base + s.n) : s.base + s.n));
    queue.push(1);
    queue.push(2);
    expect(await mapped.next()).toEqual({ value: 101, done: false });
    expect(await mapped.next()).toEqual({ value: 102, done: false });
  });

  it('closes the source when the mapping fails, and passes the error on', async () => {
    let closed = 0;
    const queue = new EventQueue<number>(() => (closed += 1));
    const mapped = mapEvents(queue, () => {
      throw new Error('read failed');
    });
    queue.push(1);
    await expect(mapped.next()).rejects.toThrow('read failed');
    expect(closed).toBe(1);
  });
});
