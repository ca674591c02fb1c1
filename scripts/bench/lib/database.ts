/**
 * The benchmark databases: `kinerja_bench_<size>` on the local PostgreSQL server, created, migrated and seeded with
 * `seedDemo(db, { employees: size })`, and reused while size, migrations and seeders are unchanged (a fingerprint
 * kept as the database's comment). Also the fixtures the benchmarks draw their inputs from.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import type { Logger as DrizzleLogger } from 'drizzle-orm/logger';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { MIGRATIONS_FOLDER, openDatabase, type Database, type DatabaseHandle } from '../../../src/db/index.js';
import { relations } from '../../../src/db/schema.js';
import { seedDemo } from '../../../src/seed.js';
import { BASE_DATABASE_URL, REPO_ROOT } from './common.js';

export interface BenchDatabase {
  name: string;
  url: string;
  size: number;
  /** NIP of the seeded admin persona (a kepala bidang in BKPSDM). */
  adminNip: string;
  reused: boolean;
  /** Seconds spent creating, migrating and seeding (0 when reused). */
  seedSeconds: number;
}

interface Marker {
  size: number;
  fingerprint: string;
  adminNip: string;
}

export function databaseUrl(name: string): string {
  const url = new URL(BASE_DATABASE_URL);
  if (url.hostname !== '127.0.0.1') throw new Error(`benchmarks only talk to 127.0.0.1, not ${url.hostname}`);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Changes when a migration or a seeder changes: the data of a reused database would no longer be what seeding gives. */
function seedFingerprint(): string {
  const hash = createHash('sha256');
  for (const entry of readdirSync(MIGRATIONS_FOLDER).sort()) hash.update(entry);
  hash.update(readFileSync(`${REPO_ROOT}/src/seed.ts`));
  for (const module of readdirSync(`${REPO_ROOT}/src/modules`).sort()) {
    try {
      hash.update(readFileSync(`${REPO_ROOT}/src/modules/${module}/seed.ts`));
    } catch {
      // a module without demo data
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** Creates (or reuses) `kinerja_bench_<size>`: migrated and seeded with the demo agency of `size` employees. */
export async function ensureBenchDatabase(size: number, log: (message: string) => void = console.log): Promise<BenchDatabase> {
  const name = `kinerja_bench_${size}`;
  const url = databaseUrl(name);
  const fingerprint = seedFingerprint();
  const admin = postgres(BASE_DATABASE_URL, { max: 1, onnotice: () => {} });
  try {
    const [existing] = await admin<{ comment: string | null }[]>`
      select shobj_description(oid, 'pg_database') as comment from pg_database where datname = ${name}`;
    if (existing) {
      const marker = parseMarker(existing.comment);
      if (marker && marker.size === size && marker.fingerprint === fingerprint) {
        log(`database ${name}: reused (${size} employees, fingerprint ${fingerprint})`);
        return { name, url, size, adminNip: marker.adminNip, reused: true, seedSeconds: 0 };
      }
      log(`database ${name}: stale (${existing.comment ?? 'no marker'}), recreating`);
      await admin.unsafe(`drop database ${name} with (force)`);
    }
    const started = performance.now();
    await admin.unsafe(`create database ${name}`);
    const database = await openDatabase({ databaseUrl: url });
    try {
      await database.migrate();
      const summary = await seedDemo(database.db, { employees: size });
      await database.db.execute(sql.raw('analyze'));
      const marker: Marker = { size, fingerprint, adminNip: summary.adminNip };
      await admin.unsafe(`comment on database ${name} is '${JSON.stringify(marker)}'`);
      const seedSeconds = (performance.now() - started) / 1000;
      log(`database ${name}: created and seeded with ${summary.employees} employees in ${summary.units} units in ${seedSeconds.toFixed(1)} s`);
      return { name, url, size, adminNip: summary.adminNip, reused: false, seedSeconds };
    } finally {
      await database.close();
    }
  } finally {
    await admin.end();
  }
}

function parseMarker(comment: string | null): Marker | null {
  if (!comment) return null;
  try {
    const value = JSON.parse(comment) as Partial<Marker>;
    return typeof value.size === 'number' && typeof value.fingerprint === 'string' && typeof value.adminNip === 'string'
      ? (value as Marker)
      : null;
  } catch {
    return null;
  }
}

/**
 * A database made elsewhere with the bench marker, e.g. a copy of `kinerja_bench_<size>` taken before a migration
 * (`create database ... template ...` does not copy the comment: copy it too), read as it is, never recreated.
 */
export async function existingBenchDatabase(name: string): Promise<BenchDatabase> {
  const admin = postgres(BASE_DATABASE_URL, { max: 1, onnotice: () => {} });
  try {
    const [row] = await admin<{ comment: string | null }[]>`
      select shobj_description(oid, 'pg_database') as comment from pg_database where datname = ${name}`;
    const marker = parseMarker(row?.comment ?? null);
    if (!marker) throw new Error(`database ${name} has no bench marker (its comment, as on kinerja_bench_<size>)`);
    return { name, url: databaseUrl(name), size: marker.size, adminNip: marker.adminNip, reused: true, seedSeconds: 0 };
  } finally {
    await admin.end();
  }
}

/** The inputs the load runs rotate through, drawn deterministically from the seeded agency. */
export interface Fixture {
  adminNip: string;
  /** NIPs of employees with at least one direct report (the employee page then lists someone). */
  supervisorNips: string[];
  /** Units with the most employees placed directly in them (the directory page is full). */
  unitIds: number[];
  /** The top unit of the agency (what a dashboard subscribes to). */
  topUnitId: number;
  /** Employees the write benchmark edits (it writes their own name back, so the data stays as seeded). */
  writeTargets: { id: number; name: string }[];
}

export async function loadFixture(url: string, adminNip: string, count = 100): Promise<Fixture> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const supervisors = await client<{ nip: string }[]>`
      select s.nip from employees s
       where s.nip is not null and exists (select 1 from employees e where e.supervisor_id = s.id)
       order by md5(s.id::text) limit ${count}`;
    const units = await client<{ id: number }[]>`
      select unit_id as id from employees group by unit_id order by count(*) desc, unit_id limit ${count}`;
    const [top] = await client<{ id: number }[]>`
      select u.id from org_units u where u.parent_id is null
       order by (select count(*) from org_units d where d.path like u.path || '%') desc, u.id limit 1`;
    // Employees below the top unit, so that an edit reaches the subscribers of `live`.
    const targets = await client<{ id: number; name: string }[]>`
      select e.id, e.name from employees e join org_units d on d.id = e.unit_id
       where e.nip is not null and d.path like (select path from org_units where id = ${top!.id}) || '%'
       order by md5('w' || e.id::text) limit ${count}`;
    return {
      adminNip,
      supervisorNips: supervisors.map((row) => row.nip),
      unitIds: units.map((row) => Number(row.id)),
      topUnitId: Number(top!.id),
      writeTargets: targets.map((row) => ({ id: Number(row.id), name: row.name })),
    };
  } finally {
    await client.end();
  }
}

/** NIPs of `count` employees (as many as there are, if fewer): the distinct viewers of `live`. */
export async function loadEmployeeNips(url: string, count: number): Promise<string[]> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const rows = await client<{ nip: string }[]>`select nip from employees where nip is not null order by id limit ${count}`;
    return rows.map((row) => row.nip);
  } finally {
    await client.end();
  }
}

/** A SQL statement a drizzle query sent, with its parameters. */
export interface CapturedStatement {
  sql: string;
  params: unknown[];
}

/**
 * A database handle like `openDatabase`'s on PostgreSQL, whose drizzle logger records every statement: the scale
 * benchmark runs the real server on it to see the exact SQL of an operation, then EXPLAINs it.
 */
export function capturingDatabase(url: string): { handle: DatabaseHandle; captured: CapturedStatement[] } {
  const captured: CapturedStatement[] = [];
  const logger: DrizzleLogger = { logQuery: (query, params) => void captured.push({ sql: query, params }) };
  const client = postgres(url, { max: 4, onnotice: () => {}, connection: { application_name: 'kinerja-bench-capture', jit: 'off' } }); // as the server's pool
  const db = drizzlePostgres({ client, relations, logger }) as unknown as Database;
  const handle: DatabaseHandle = {
    kind: 'postgres',
    db,
    async listen(channel, handler, onListen) {
      const subscription = await client.listen(channel, handler, onListen);
      return () => subscription.unlisten();
    },
    async ping() {
      await client`select 1`;
    },
    async migrate() {
      await migratePostgres(drizzlePostgres({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
    },
    async close() {
      await client.end({ timeout: 5 });
    },
  };
  return { handle, captured };
}

/** Runs EXPLAIN (ANALYZE, BUFFERS) on a captured statement and returns the plan's text and its execution time. */
export async function explain(url: string, statement: CapturedStatement): Promise<{ plan: string; executionMs: number }> {
  const client = postgres(url, { max: 1, onnotice: () => {}, connection: { jit: 'off' } }); // as the server's pool
  try {
    const rows = await client.unsafe<{ 'QUERY PLAN': string }[]>(
      `explain (analyze, buffers) ${statement.sql}`,
      statement.params as postgres.ParameterOrJSON<never>[],
    );
    const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
    const match = /Execution Time: ([\d.]+) ms/.exec(plan);
    return { plan, executionMs: match ? Number(match[1]) : Number.NaN };
  } finally {
    await client.end();
  }
}
