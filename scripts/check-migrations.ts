/**
 * Fails when the modules' tables (src/modules/*\/tables.ts) differ from what the migrations in drizzle/ build: a
 * forgotten `npm run db:generate`, or a hand-edited snapshot. drizzle-kit generates into a copy of drizzle/, so the
 * check never writes into the tree, and `drizzle-kit check` validates the migrations' snapshots against each other.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MIGRATIONS = 'drizzle';
const drizzleKit = (args: string[]) =>
  execFileSync('npx', ['--no-install', 'drizzle-kit', ...args, '--dialect', 'postgresql'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

const copy = mkdtempSync(join(tmpdir(), 'kinerja-migrations-'));
try {
  cpSync(MIGRATIONS, copy, { recursive: true });
  const existing = new Set(readdirSync(copy));
  drizzleKit(['check', '--out', MIGRATIONS]);
  drizzleKit(['generate', '--schema', './src/modules/*/tables.ts', '--out', copy, '--name', 'pending']);
  const pending = readdirSync(copy).filter((name) => !existing.has(name));
  if (pending.length > 0) {
    console.error('drizzle/ is stale: the tables differ from the migrations. Run `npm run db:generate`. Pending:\n');
    for (const name of pending) console.error(readFileSync(join(copy, name, 'migration.sql'), 'utf8'));
    process.exitCode = 1;
  } else {
    console.log('drizzle/ matches the tables');
  }
} catch (error) {
  const failure = error as { stdout?: string; stderr?: string; message: string };
  console.error(failure.stderr || failure.stdout || failure.message);
  process.exitCode = 1;
} finally {
  rmSync(copy, { recursive: true, force: true });
}
