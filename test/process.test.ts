/**
 * The service as a newcomer runs it: `npm start` on a fresh embedded database, a second start that reuses the
 * data, health endpoints, the Sandbox landing page, production settings and a graceful SIGTERM.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { startNodeOptions } from '../scripts/build/start-command.js';
import { signToken } from '../src/auth/token.js';
import { loadConfig } from '../src/config.js';

const root = new URL('..', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'kinerja-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

// What `npm start` runs: the bundle of src/ (scripts/build.mjs), then node on it.
beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: root });
});

function start(env: Record<string, string>, nodeOptions: string[] = []): Promise<Started> {
  const child = spawn(process.execPath, [...startNodeOptions(root), ...nodeOptions, 'dist/main.js'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, output: () => output, exited });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

let adminNip = '';

async function post(url: string, query: string, variables: Record<string, unknown>, token: string): Promise<any> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (const started = Date.now(); !condition(); await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() - started > 10_000) throw new Error(`timed out waiting for ${what}`);
  }
}

async function countEmployees(url: string): Promise<number> {
  const token = await signToken(loadConfig({}).jwt, { subject: adminNip, roles: ['employee', 'admin'] });
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ employees(first: 1) { totalCount } }' }),
  });
  const body: any = await res.json();
  return body.data.employees.totalCount;
}

describe('npm start on the embedded database', () => {
  it('migrates and seeds on first start, serves health, Sandbox and GraphQL, and drains on SIGTERM', async () => {
    const first = await start({ PGLITE_DIR: dataDir });
    const seeded = /seeded (\d+) employees .*admin NIP (\d{18})/.exec(first.output());
    expect(seeded).not.toBeNull();
    adminNip = seeded![2]!;
    const base = first.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'pglite' });
    const landing = await fetch(first.url, { headers: { accept: 'text/html' } });
    expect(landing.status).toBe(200);
    expect(await landing.text()).toMatch(/sandbox/i);
    expect(await countEmployees(first.url)).toBe(Number(seeded![1]));

    // A subscriber's socket is closed with 1001 (going away) when the server drains.
    const closed = new Promise<number>((resolve) => {
      const client = createClient({
        url: first.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => {},
        on: { closed: (event: any) => resolve(event.code) },
      });
      void client;
    });
    await new Promise((r) => setTimeout(r, 300));
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(await closed).toBe(1001);

    const second = await start({ PGLITE_DIR: dataDir });
    expect(second.output()).not.toMatch(/seeded/);
    expect(await countEmployees(second.url)).toBe(Number(seeded![1]));
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 180_000);

  it('bundles Apollo with Node\'s crypto for hashing, not sha.js (JavaScript SHA-256 for every query text)', () => {
    const { sources } = JSON.parse(readFileSync(join(root, 'dist/main.js.map'), 'utf8')) as { sources: string[] };
    expect(sources.some((source) => source.includes('@apollo/server/'))).toBe(true);
    expect(sources.filter((source) => /\/(sha\.js|@apollo\/utils\.createhash)\//.test(source))).toEqual([]);
  });

  it('refuses to start in production with the development signing secret', async () => {
    await expect(start({ PGLITE_DIR: dataDir, NODE_ENV: 'production', JWT_SECRET: '' })).rejects.toThrow(/JWT_SECRET/);
  }, 60_000);

  it('answers a broken _entities request and keeps serving; a rejection nobody awaited is logged, not fatal', async () => {
    const secret = 'a-production-secret-that-is-long-enough-1234';
    // A rejected promise nothing awaits, on demand: what code that abandons its promises on an error leaves behind.
    const rejectOnSignal = "data:text/javascript,process.on('SIGUSR2', () => { Promise.reject(new Error('an abandoned promise')); });";
    const prod = await start(
      { PGLITE_DIR: 'memory://', SEED_ON_EMPTY: 'false', NODE_ENV: 'production', JWT_SECRET: secret },
      ['--import', rejectOnSignal],
    );
    const partner = await signToken(loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret }).jwt, { subject: 'payroll-service', roles: ['partner'] });
    const entities = (representations: unknown[]) =>
      post(prod.url, 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }', { r: representations }, partner);
    const globalId = (raw: string) => Buffer.from(raw).toString('base64');

    // Apollo's _entities stops at the unknown type and abandons the entities before it: none of them may reject.
    const unknownType = await entities([{ __typename: 'Employee', id: 'x' }, { __typename: 'Nope' }]);
    expect(unknownType.errors).toHaveLength(1);
    // Keys that name no entity (malformed, of another type, beyond PostgreSQL's integer, not even a string) are null.
    const badKeys = await entities([
      { __typename: 'Employee', id: 'x' },
      { __typename: 'Employee', id: globalId('OrgUnit:1') },
      { __typename: 'Employee', nip: 19700512 },
      { __typename: 'OrgUnit', id: 'x' },
      { __typename: 'OrgUnit', id: globalId('OrgUnit:99999999999') },
      { __typename: 'OrgUnit', id: { nested: true } },
    ]);
    expect(badKeys).toEqual({ data: { _entities: [null, null, null, null, null, null] } });
    expect(prod.output()).not.toMatch(/unhandled/i);

    prod.child.kill('SIGUSR2');
    await waitFor(() => /ERROR unhandled promise rejection.*an abandoned promise/.test(prod.output()), 'the rejection in the log');
    const directory = await post(prod.url, '{ employees(first: 1) { totalCount } }', {}, partner);
    expect(directory).toEqual({ data: { employees: { totalCount: 0 } } });
    prod.child.kill('SIGTERM');
    expect(await prod.exited).toBe(0);
  }, 120_000);

  it('hides internal details in production errors', async () => {
    const prod = await start({ PGLITE_DIR: dataDir, NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-that-is-long-enough-1234' });
    const res = await fetch(prod.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ employee(nip: "1") { nam } }' }),
    });
    const body: any = await res.json();
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
    expect(JSON.stringify(body)).not.toMatch(/Did you mean/);
    prod.child.kill('SIGTERM');
    expect(await prod.exited).toBe(0);
  }, 120_000);
});
