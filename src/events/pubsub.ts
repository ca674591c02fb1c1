import { Repeater } from '@repeaterjs/repeater';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle, Queryable } from '../db/index.js';

/**
 * The events of every module, by type. Modules add theirs by augmenting this interface. Events carry ids and
 * kinds only: NOTIFY payloads are limited to about 8 KB, and subscribers re-read what their viewer may see.
 */
export interface EventMap {}
export type EventType = keyof EventMap;
export type DomainEvent<T extends EventType = EventType> = { type: T } & EventMap[T];

/** One channel for all events: a server LISTENs once, whatever its subscribers want. */
export const EVENT_CHANNEL = 'kinerja_events';

export interface PubSub {
  /** Queues the event inside the writing transaction: it is delivered after, and only after, commit. */
  publish<T extends EventType>(tx: Queryable, type: T, event: EventMap[T]): Promise<void>;
  /** Events of one type on this server, from any server sharing the database, for as long as the iterator is open. */
  subscribe<T extends EventType>(type: T, filter?: (event: DomainEvent<T>) => boolean): AsyncIterableIterator<DomainEvent<T>>;
  /** Resolves once the server is listening (after each reconnect, `onListen` runs again). */
  start(): Promise<void>;
  close(): Promise<void>;
  readonly subscriberCount: number;
}

type Listener = (event: { type: string }) => void;

/**
 * pg_notify inside the transaction gives the after-commit guarantee on both databases: PostgreSQL delivers it to
 * every server that LISTENs (postgres.js re-listens after a reconnect); PGlite delivers it in-process.
 */
export function createPubSub(database: DatabaseHandle, options: { onError?: (error: unknown) => void } = {}): PubSub {
  const listeners = new Map<string, Set<Listener>>();
  let unlisten: (() => Promise<void>) | null = null;
  let subscriberCount = 0;

  const dispatch = (payload: string) => {
    let event: { type: string };
    try {
      event = JSON.parse(payload) as { type: string };
    } catch (error) {
      options.onError?.(error);
      return;
    }
    for (const listener of listeners.get(event.type) ?? []) listener(event);
  };

  return {
    get subscriberCount() {
      return subscriberCount;
    },
    async publish(tx, type, event) {
      await tx.execute(sql`select pg_notify(${EVENT_CHANNEL}, ${JSON.stringify({ ...(event as object), type })})`);
    },
    subscribe<T extends EventType>(type: T, filter?: (event: DomainEvent<T>) => boolean) {
      return new Repeater<DomainEvent<T>>(async (push, stop) => {
        const listener: Listener = (event) => {
          const typed = event as unknown as DomainEvent<T>;
          if (!filter || filter(typed)) void push(typed);
        };
        let set = listeners.get(type);
        if (!set) listeners.set(type, (set = new Set()));
        set.add(listener);
        subscriberCount += 1;
        await stop;
        set.delete(listener);
        subscriberCount -= 1;
      });
    },
    async start() {
      if (unlisten) return;
      unlisten = await database.listen(EVENT_CHANNEL, dispatch);
    },
    async close() {
      const stopListening = unlisten;
      unlisten = null;
      if (stopListening) await stopListening().catch(() => {});
      listeners.clear();
    },
  };
}
