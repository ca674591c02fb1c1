import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import type { Logger } from 'drizzle-orm/logger';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { PgAsyncDatabase, PgAsyncTransaction } from 'drizzle-orm/pg-core/async';
import type { PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { type Relations, relations } from './schema.js';

/** The one database type every module uses, whichever driver sits underneath. */
export type Database = PgAsyncDatabase<PgQueryResultHKT, Relations>;
export type Transaction = PgAsyncTransaction<PgQueryResultHKT, Relations>;
/** Either the database or an open transaction: what read helpers accept. */
export type Queryable = Database | Transaction;

/** The drizzle/ folder of the checkout, found upwards from this module (src/db/ under tsx, dist/ when bundled). */
export const MIGRATIONS_FOLDER = findUp('drizzle', dirname(fileURLToPath(import.meta.url)));

function findUp(relative: string, from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, relative, '..', 'package.json')) && existsSync(join(dir, relative))) return join(dir, relative);
    if (dirname(dir) === dir) throw new Error(`${relative} not found above ${from}`);
  }
}

/** A notification handler; `payload` is the text that was sent with pg_notify. */
export type NotificationHandler = (payload: string) => void;

export interface DatabaseHandle {
  kind: 'pglite' | 'postgres';
  db: Database;
  /** LISTEN on a channel; `onListen` runs each time the listen is (re)established. Returns the unlisten call. */
  listen(channel: string, handler: NotificationHandler, onListen?: () => void): Promise<() => Promise<void>>;
  /** Throws when the database cannot answer. */
  ping(): Promise<void>;
  /**
   * Applies pending migrations, then runs `afterMigrate` (e.g. the first start's seeding) while still holding the
   * start-up lock, so that instances starting together do it once.
   */
  migrate(afterMigrate?: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

// Counts the SQL statements run inside `countStatements`, so a request can report how many it caused.
const statementCounter = new AsyncLocalStorage<{ statements: number }>();
let statementsRun = 0;
const recentStatements: string[] = []; // the last few, for tests that check what a read selects
const countingLogger: Logger = {
  logQuery(query) {
    statementsRun += 1;
    recentStatements.push(query);
    if (recentStatements.length > 16) recentStatements.shift();
    const counter = statementCounter.getStore();
    if (counter) counter.statements += 1;
  },
};

/** Every statement this process has run through drizzle so far (work outside requests, e.g. subscriptions). */
export function statementsRunSoFar(): number {
  return statementsRun;
}

/** The SQL text of the last `count` (at most 16) statements this process ran through drizzle. */
export function recentStatementTexts(count: number): string[] {
  return recentStatements.slice(-count);
}

export function currentStatementCount(): number | undefined {
  return statementCounter.getStore()?.statements;
}

export function countStatements<T>(counter: { statements: number }, fn: () => T): T {
  return statementCounter.run(counter, fn);
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** Directory of the embedded database; `memory://` keeps it in memory (tests). */
  pgliteDir?: string;
  /** Largest number of pooled connections on PostgreSQL. */
  maxConnections?: number;
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.maxConnections ?? 10);
  return openPglite(options.pgliteDir ?? 'memory://');
}

async function openPostgres(url: string, max: number): Promise<DatabaseHandle> {
  const client = postgres(url, {
    max,
    onnotice: () => {},
    connect_timeout: 3,
    // A dead server must fail requests quickly instead of queueing them for ever.
    idle_timeout: 60,
    // No JIT: the planner overestimates recursive walks (a supervisor's reports, the plan cascade) and then spends
    // 40-750 ms compiling a statement that runs in a few; this service's statements are short (OLTP).
    connection: { application_name: 'kinerja', jit: 'off' },
  });
  const db = drizzlePostgres({ client, relations, logger: countingLogger });
  return {
    kind: 'postgres',
    db: db as unknown as Database,
    async listen(channel, handler, onListen) {
      const subscription = await client.listen(channel, handler, onListen);
      return () => subscription.unlisten();
    },
    async ping() {
      await client`select 1`;
    },
    async migrate(afterMigrate) {
      // Serialise concurrent starts of several instances on one database.
      const lock = await client.reserve();
      try {
        await lock`select pg_advisory_lock(815417)`;
        await migratePostgres(db, { migrationsFolder: MIGRATIONS_FOLDER }).catch(namingTheMigration);
        await afterMigrate?.();
      } finally {
        await lock`select pg_advisory_unlock(815417)`;
        lock.release();
      }
    },
    async close() {
      await client.end({ timeout: 5 });
    },
  };
}

async function openPglite(dir: string): Promise<DatabaseHandle> {
  let unlock = () => {};
  if (!dir.startsWith('memory://')) {
    mkdirSync(dir, { recursive: true });
    unlock = lockDirectory(dir);
  }
  let client: PGlite;
  try {
    // pg_trgm: the directory's name search has a trigram index (a migration creates the extension on both databases).
    client = await PGlite.create(dir, { extensions: { pg_trgm } });
  } catch (error) {
    unlock();
    throw error;
  }
  const db = drizzlePglite({ client, relations, logger: countingLogger });
  return {
    kind: 'pglite',
    db: db as unknown as Database,
    async listen(channel, handler, onListen) {
      const unlisten = await client.listen(channel, handler);
      onListen?.();
      return () => unlisten();
    },
    async ping() {
      await client.query('select 1');
    },
    async migrate(afterMigrate) {
      // The directory's lock (one process) is the start-up lock here.
      await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER }).catch(namingTheMigration);
      await afterMigrate?.();
    },
    async close() {
      try {
        if (!client.closed) await client.close();
      } finally {
        unlock();
      }
    },
  };
}

/** Directories this process holds the lock of. */
const lockedDirectories = new Set<string>();

/**
 * One process per PGLITE_DIR: PGlite does not lock its files, and two processes on one directory each serve their
 * own copy of the data and lose the other's writes. The lock file holds the pid; a lock whose process is gone
 * (killed, crashed) is taken over. Returns the release, also run at exit.
 */
function lockDirectory(dir: string): () => void {
  const file = join(dir, 'kinerja.lock');
  for (let attempt = 1; ; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 3) throw error;
      const holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
      // Our own pid is stale unless this process holds the lock: a container's process is pid 1 at every start.
      const held = holder === process.pid ? lockedDirectories.has(file) : isRunning(holder);
      if (held) throw new Error(`PGLITE_DIR ${dir} is in use by process ${holder}`);
      unlinkSync(file);
    }
  }
  lockedDirectories.add(file);
  const release = () => {
    if (!lockedDirectories.delete(file)) return;
    process.off('exit', release);
    try {
      unlinkSync(file);
    } catch {
      // already gone
    }
  };
  process.on('exit', release);
  return release;
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, another user's
  }
}

/**
 * drizzle reports the failed statement of a migration, not which migration it was: the error names the migration
 * and repeats its opening comment (where a migration that can refuse old data says what to correct).
 */
function namingTheMigration(error: unknown): never {
  const statement = (error as { query?: unknown } | null)?.query;
  const migration =
    typeof statement === 'string' ? readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).find((m) => m.sql.includes(statement)) : undefined;
  if (!migration) throw error;
  const comment = /^(?:[ \t]*--.*(?:\r?\n|$))+/.exec(migration.sql[0] ?? '')?.[0];
  const advice = comment
    ?.split('\n')
    .map((line) => line.replace(/^\s*--\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
  // Its cause is the driver's error: the statement is in the migration, and drizzle's message adds nothing.
  const cause = (error as { cause?: unknown }).cause ?? error;
  throw new Error(`migration ${migration.name ?? migration.folderMillis} failed${advice ? ` (${advice})` : ''}`, { cause });
}

/** True when the database has no agency yet: the signal to seed demo data on first start. */
export async function isEmpty(db: Database): Promise<boolean> {
  const rows = await db.execute<{ empty: boolean }>(sql`select not exists (select 1 from agencies) as empty`);
  return Boolean(rowsOf<{ empty: boolean }>(rows)[0]?.empty);
}

/** postgres.js returns an array, PGlite an object with `rows`: read both the same way. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/** Connection-level failures (server down, restarting, unreachable): a retryable condition, not a bug. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: any = error, depth = 0; e && depth < 6; e = e.originalError ?? e.cause, depth++) {
    const code = String(e.code ?? '');
    if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED'].includes(code)) return true;
    // 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, 08xxx connection exceptions
    if (/^57P0[123]$|^08/.test(code)) return true;
  }
  return false;
}

