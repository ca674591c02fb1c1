import DataLoader from 'dataloader';
import type { Database } from '../db/index.js';
import type { PubSub } from '../events/pubsub.js';
import type { Viewer } from '../auth/viewer.js';
import type { PublicSubmissionSettings } from '../config.js';

/** What every resolver receives: the one db handle, the viewer, the one pub/sub and per-request loaders. */
export interface Context {
  db: Database;
  viewer: Viewer;
  pubsub: PubSub;
  /** Per-request caches (DataLoaders and memos) by their factory; `clear()` forgets everything the request read. */
  loaders: Map<LoaderFactory<any, any> | MemoFactory<any, any>, DataLoader<any, any> | Map<any, any>>;
  /** The client's network address (HTTP: req.ip, after TRUST_PROXY; WebSocket: the socket's); absent in scripts. */
  clientAddress?: string | undefined;
  /** Limits on anonymous submissions; absent outside a server (the public module then uses its defaults). */
  publicSubmissions?: PublicSubmissionSettings | undefined;
}

export type LoaderFactory<K, V> = (ctx: Context) => DataLoader<K, V>;

/**
 * The per-request DataLoader a factory makes, created on first use. Modules declare factories beside their
 * queries; the cache key is the factory itself, so two modules never share a loader by accident.
 */
export function loader<K, V>(ctx: Context, factory: LoaderFactory<K, V>): DataLoader<K, V> {
  let existing = ctx.loaders.get(factory) as DataLoader<K, V> | undefined;
  if (!existing) {
    existing = factory(ctx);
    ctx.loaders.set(factory, existing);
  }
  return existing;
}

/** A per-request map (values known synchronously, unlike a loader's), kept and cleared with the loaders. */
export type MemoFactory<K, V> = () => Map<K, V>;

export function requestMemo<K, V>(ctx: Context, factory: MemoFactory<K, V>): Map<K, V> {
  let existing = ctx.loaders.get(factory) as Map<K, V> | undefined;
  if (!existing) {
    existing = factory();
    ctx.loaders.set(factory, existing);
  }
  return existing;
}

/** Applies `then` now to a plain value, or when a promise settles: checks that can answer at once stay synchronous. */
export function whenKnown<T, R>(value: T | Promise<T>, then: (value: T) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(then) : then(value);
}

export function createContext(parts: { db: Database; viewer: Viewer; pubsub: PubSub }): Context {
  return { ...parts, loaders: new Map() };
}

/** Builds a loader that fetches rows by numeric id and returns them in key order (null where missing). */
export function byIdLoader<V extends { id: number }>(
  fetch: (ctx: Context, ids: readonly number[]) => Promise<V[]>,
): LoaderFactory<number, V | null> {
  return (ctx) =>
    new DataLoader<number, V | null>(async (ids) => {
      const rows = await fetch(ctx, ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
}
