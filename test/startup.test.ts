/**
 * What an operator sees when start-up cannot succeed: one line and a non-zero exit, never a hang or a stack trace;
 * one process per embedded database directory; seeding once when instances start together; and a log that never
 * carries the values of a failed statement.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startNodeOptions } from '../scripts/build/start-command.js';
import { openDatabase } from '../src/db/index.js';
import { seedDemo } from '../src/seed.js';
import { onPostgres, startTestServer } from './support/server.js';

const root = new URL('..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'kinerja-startup-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(scratch, { recursive: true, force: true });
});

// What `npm start` runs: the bundle of src/ (scripts/build.mjs), then node on it.
beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: root });
});

interface Started {
  child: ChildProcess;
  output: () => string;
  /** The URL once "ready at" is logged; null when the process exits first. */
  ready: Promise<string | null>;
  /** The exit code, or 'running' after `ms`. */
  exited: (ms: number) => Promise<number | 'running'>;
  stop: () => Promise<number | 'running'>;
}

function start(env: Record<string, string>): Started {
  const child = spawn(process.execPath, [...startNodeOptions(root), 'dist/main.js'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  const exit = new Promise<number>((resolve) =>
    child.on('exit', (code, signal) => {
      if (signal) output += `killed by ${signal}\n`;
      resolve(code ?? 128);
    }),
  );
  const ready = new Promise<string | null>((resolve) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready at (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exit.then(() => resolve(null));
  });
  const exited = (ms: number) => Promise.race([exit, new Promise<'running'>((r) => setTimeout(() => r('running'), ms))]);
  return {
    child,
    output: () => output,
    ready,
    exited,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited(15_000);
    },
  };
}

/** Lines an operator should not have to read: stack frames, printed source, minified code. */
function noise(output: string): string[] {
  return output.split('\n').filter((line) => /^\s+at /.test(line) || line.length > 400 || /^\s*\^+\s*$/.test(line));
}

/** Ends as a failed start-up must: exit 1 within 30 s, one line starting with "start-up failed: ", nothing else. */
async function failsToStart(env: Record<string, string>): Promise<string> {
  const s = start(env);
  const code = await s.exited(30_000);
  expect(code, s.output()).toBe(1);
  expect(noise(s.output()), s.output().slice(0, 2000)).toEqual([]);
  const lines = s.output().trim().split('\n');
  expect(lines.at(-1)).toMatch(/^start-up failed: /);
  return lines.at(-1)!;
}

const postgresBase = process.env.DATABASE_URL ?? '';

async function createDatabase(name: string): Promise<string> {
  const admin = postgres(postgresBase, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(postgresBase);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(name: string): Promise<void> {
  const admin = postgres(postgresBase, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}

describe('a start-up that cannot succeed', () => {
  it('a port in use: exit 1 with one line (it hung for ever, LISTEN connection open)', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    try {
      const line = await failsToStart({ PGLITE_DIR: 'memory://', SEED_ON_EMPTY: 'false', PORT: String((blocker.address() as { port: number }).port) });
      expect(line).toMatch(/EADDRINUSE/);
    } finally {
      blocker.close();
    }
  }, 60_000);

  it('a database server that refuses connections, or a PGLITE_DIR that is a file: one line each', async () => {
    expect(await failsToStart({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/kinerja' })).toMatch(/ECONNREFUSED/);
    const file = join(scratch, 'a-file');
    writeFileSync(file, '');
    expect(await failsToStart({ PGLITE_DIR: join(file, 'pglite') })).toMatch(/ENOTDIR/);
  }, 60_000);

  it.runIf(onPostgres)('a database or role that does not exist: PostgreSQL\'s message and code', async () => {
    const url = new URL(postgresBase);
    url.pathname = '/kinerja_fxops_no_such_database';
    expect(await failsToStart({ DATABASE_URL: url.toString() })).toMatch(/database "kinerja_fxops_no_such_database" does not exist \(3D000\)/);
    url.username = 'kinerja_fxops_nobody';
    url.pathname = '/postgres';
    expect(await failsToStart({ DATABASE_URL: url.toString() })).toMatch(/role "kinerja_fxops_nobody" does not exist \(28000\)/);
  }, 60_000);
});

describe('one process per PGLITE_DIR', () => {
  it('a second process on a served directory refuses to start; a lock left by a dead process is taken over', async () => {
    const dir = join(scratch, 'shared');
    const first = start({ PGLITE_DIR: dir, SEED_ON_EMPTY: 'false' });
    expect(await first.ready, first.output()).toBeTruthy();
    const line = await failsToStart({ PGLITE_DIR: dir, SEED_ON_EMPTY: 'false' });
    expect(line).toBe(`start-up failed: PGLITE_DIR ${dir} is in use by process ${first.child.pid}`);
    expect(await first.stop()).toBe(0);
    expect(existsSync(join(dir, 'kinerja.lock'))).toBe(false);

    // A process killed without its exit handlers leaves its lock behind.
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => dead.on('exit', resolve));
    writeFileSync(join(dir, 'kinerja.lock'), `${dead.pid}\n`);
    const third = start({ PGLITE_DIR: dir, SEED_ON_EMPTY: 'false' });
    expect(await third.ready, third.output()).toBeTruthy();
    expect(readFileSync(join(dir, 'kinerja.lock'), 'utf8').trim()).toBe(String(third.child.pid));
    expect(await third.stop(), third.output()).toBe(0);
  }, 120_000);
});

describe('an upgrade migration refused on old data', () => {
  it('names the migration, its advice and the constraint, without the rows\' values or a stack trace', async () => {
    // The data before 20261126010017_employees_email_lower: two e-mails differing only in case.
    const name = 'kinerja_fxops_migration';
    const url = onPostgres ? await createDatabase(name) : undefined;
    const dir = join(scratch, 'migration');
    try {
      const database = await openDatabase({ databaseUrl: url, pgliteDir: dir });
      await database.migrate();
      await seedDemo(database.db, { employees: 20 });
      for (const statement of [
        'drop index employees_email_lower_key',
        'alter table employees add constraint employees_email_key unique (email)',
        "delete from drizzle.__drizzle_migrations where name = '20261126010017_employees_email_lower'",
        'update employees set email = upper((select email from employees where id = 2)) where id = 3',
      ]) {
        await database.db.execute(sql.raw(statement));
      }
      const rows = (await database.db.execute(sql.raw('select email from employees where id = 3'))) as any;
      const email: string = (rows.rows ?? rows)[0].email;
      await database.close();

      const line = await failsToStart(url ? { DATABASE_URL: url, SEED_ON_EMPTY: 'false' } : { PGLITE_DIR: dir, SEED_ON_EMPTY: 'false' });
      expect(line).toMatch(/migration 20261126010017_employees_email_lower failed \(One mailbox, one employee: .* correct one of them, then migrate again\.\)/);
      expect(line).toMatch(/23505; constraint employees_email_lower_key/);
      expect(line.toLowerCase()).not.toContain(email.toLowerCase());
    } finally {
      if (url) await dropDatabase(name);
    }
  }, 120_000);
});

describe.runIf(onPostgres)('two instances starting together on an empty PostgreSQL database', () => {
  it('both become ready and the demo agency is seeded once (the second crashed on a unique violation)', async () => {
    const name = 'kinerja_fxops_twostart';
    const url = await createDatabase(name);
    try {
      const a = start({ DATABASE_URL: url });
      const b = start({ DATABASE_URL: url });
      const ready = await Promise.all([a.ready, b.ready]);
      expect(ready.map(Boolean), `A:\n${a.output().slice(0, 1000)}\nB:\n${b.output().slice(0, 1000)}`).toEqual([true, true]);
      expect((a.output() + b.output()).match(/seeding the demo agency/g)).toHaveLength(1);
      expect(await a.stop()).toBe(0);
      expect(await b.stop()).toBe(0);
    } finally {
      await dropDatabase(name);
    }
  }, 120_000);
});

describe('the log of a failed statement', () => {
  it('carries the error and the operation, never the statement\'s values (citizen text, e-mail); nor does the answer', async () => {
    const t = await startTestServer({ env: { LOG_LEVEL: 'error' } });
    const logged: string[] = [];
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: any) => (logged.push(String(chunk)), true));
    try {
      // Any failure of the insert will do: a trigger's, which works alike on PGlite and PostgreSQL.
      await t.database.db.execute(
        sql.raw(`create function fxops_refuse() returns trigger language plpgsql as $$ begin raise exception 'refused by a test trigger'; end $$`),
      );
      await t.database.db.execute(sql.raw('create trigger fxops_refuse before insert on public_feedback for each row execute function fxops_refuse()'));
      const unit = Buffer.from('OrgUnit:1').toString('base64');
      const answer = await t.request(
        `mutation Complain($u: ID!) { submitPublicFeedback(input: { unitId: $u, rating: 1, comment: "CITIZEN-SECRET-TEXT about my neighbour", contact: { email: "warga.rahasia@example.com" } }) { trackingCode } }`,
        { u: unit },
      );
      expect(answer.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      const log = logged.join('');
      for (const text of [log, JSON.stringify(answer)]) {
        expect(text).not.toContain('CITIZEN-SECRET-TEXT');
        expect(text).not.toContain('warga.rahasia');
        expect(text).not.toMatch(/params:/);
      }
      expect(log).toMatch(/ERROR unexpected error in operation Complain at submitPublicFeedback refused by a test trigger \(P0001\): statement: insert into "public_feedback"/);
    } finally {
      write.mockRestore();
      await t.stop();
    }
  }, 60_000);
});
