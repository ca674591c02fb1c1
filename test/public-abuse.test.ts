/**
 * Abuse resistance of the public entry points: per-client rate limits shared by every server instance, idempotency
 * keys under concurrency (200 submissions, each stored once), content limits, and answers that are the same whether
 * or not a named employee exists.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { rowsOf } from '../src/db/index.js';
import { PubIkmSubmit, PubSubmit, freshClient, publicFixtures, type Fixtures } from './public-fixtures.js';
import { onPostgres, startTestServer, subscribe, type TestServer } from './support/server.js';

const LIMIT = 5;
let t: TestServer;
let f: Fixtures;
const UNIT = 'DINKES-PKM-01';

beforeAll(async () => {
  // Behind a (test) proxy on loopback, X-Forwarded-For names the client: each test picks its own addresses.
  t = await startTestServer({ env: { PUBLIC_SUBMISSIONS_PER_MINUTE: String(LIMIT), TRUST_PROXY: 'loopback' } });
  f = await publicFixtures(t);
});
afterAll(() => t?.stop());

async function count(where: ReturnType<typeof sql>): Promise<number> {
  const rows = rowsOf<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from public_feedback where ${where}`));
  return Number(rows[0]!.n);
}

function submit(server: TestServer, input: Record<string, unknown>, headers: Record<string, string>, token?: string) {
  return server.request(PubSubmit, { input: { unitId: f.unit(UNIT), rating: 3, ...input } as never }, { headers, ...(token ? { token } : {}) });
}

describe('rate limits per client', () => {
  it('refuses the submission after the limit with RATE_LIMITED and the seconds to wait, per client and kind', async () => {
    const client = freshClient();
    const marker = `rate-${Date.now()}`;
    // Refused input counts too: probing is not free.
    const invalid = await submit(t, { comment: marker, rating: 9 }, client);
    expect(invalid.data!.submitPublicFeedback.userErrors[0]!.code).toBe('INVALID');
    for (let i = 1; i < LIMIT; i++) {
      const ok = await submit(t, { comment: marker }, client);
      expect(ok.data!.submitPublicFeedback.userErrors).toEqual([]);
    }
    const limited = await submit(t, { comment: marker }, client);
    expect(limited.errors).toBeUndefined();
    const payload = limited.data!.submitPublicFeedback;
    expect(payload.trackingCode).toBeNull();
    expect(payload.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(payload.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(payload.userErrors).toEqual([{ field: [], code: 'RATE_LIMITED', message: expect.stringContaining(`${payload.retryAfterSeconds} second`) }]);
    expect(await count(sql`comment = ${marker}`)).toBe(LIMIT - 1);

    // Another client, the survey of the same client, and a signed-in employee are not affected.
    expect((await submit(t, { comment: marker }, freshClient())).data!.submitPublicFeedback.userErrors).toEqual([]);
    const survey = await t.request(PubIkmSubmit, { input: { unitId: f.unit(UNIT), scores: scores(3) } }, { headers: client });
    expect(survey.data!.submitIkmSurvey).toMatchObject({ accepted: true, userErrors: [] });
    const staff = (await f.staffOf(UNIT))[0]!;
    const asStaff = await submit(t, { comment: marker, channel: 'PHONE' }, client, await f.tokenOf(staff));
    expect(asStaff.data!.submitPublicFeedback.userErrors).toEqual([]);

    // A new window starts once the minute is over (simulated by moving the window back).
    await t.database.db.execute(sql`update public_rate_limits set window_started_at = now() - interval '61 seconds'`);
    expect((await submit(t, { comment: marker }, client)).data!.submitPublicFeedback.userErrors).toEqual([]);
  });

  it('counts a client by its own address over graphql-ws too, behind the same trusted proxy', async () => {
    const marker = `ws-rate-${Date.now()}`;
    const overWebSocket = async (client: Record<string, string>) => {
      const sent = subscribe(t.ws(undefined, client), PubSubmit, { input: { unitId: f.unit(UNIT), rating: 4, comment: marker } });
      const [result] = await sent.next(1);
      return result!.data!.submitPublicFeedback;
    };
    const first = freshClient();
    for (let i = 0; i < LIMIT; i++) expect((await overWebSocket(first)).userErrors).toEqual([]);
    expect((await overWebSocket(first)).userErrors[0]!.code).toBe('RATE_LIMITED');
    // Through the proxy's one address (loopback) every citizen would share a single limit.
    expect((await overWebSocket(freshClient())).userErrors).toEqual([]);
    expect(await count(sql`comment = ${marker}`)).toBe(LIMIT + 1);
  });

  it('counts an IPv6 client by its /64, and an IPv4-mapped address as the IPv4 address', async () => {
    const marker = `v6-rate-${Date.now()}`;
    // One host may use any address of its /64: each submission from a new one still counts against the same client.
    const network = `2001:db8:${(Date.now() % 0xffff).toString(16)}:7`;
    for (let i = 1; i <= LIMIT; i++) {
      const ok = await submit(t, { comment: marker }, { 'x-forwarded-for': `${network}:${i.toString(16)}::${i}` });
      expect(ok.data!.submitPublicFeedback.userErrors).toEqual([]);
    }
    const limited = await submit(t, { comment: marker }, { 'x-forwarded-for': `${network}:ffff:1:2:3` });
    expect(limited.data!.submitPublicFeedback.userErrors[0]!.code).toBe('RATE_LIMITED');
    // The next /64 is another client.
    expect((await submit(t, { comment: marker }, { 'x-forwarded-for': `${network.slice(0, -1)}8::1` })).data!.submitPublicFeedback.userErrors).toEqual([]);
    expect(await count(sql`comment = ${marker}`)).toBe(LIMIT + 1);

    // ::ffff:a.b.c.d is a.b.c.d: writing the address the other way is not a second allowance.
    const v4 = freshClient()['x-forwarded-for']!;
    for (let i = 0; i < LIMIT; i++) {
      const address = i % 2 === 0 ? v4 : `::ffff:${v4}`;
      expect((await submit(t, { comment: marker }, { 'x-forwarded-for': address })).data!.submitPublicFeedback.userErrors).toEqual([]);
    }
    expect((await submit(t, { comment: marker }, { 'x-forwarded-for': `::ffff:${v4}` })).data!.submitPublicFeedback.userErrors[0]!.code).toBe('RATE_LIMITED');
  });

  it('limits signed-in employees on IKM like citizens, and audits every questionnaire sent with a token', async () => {
    const staff = (await f.staffOf(UNIT))[0]!;
    const staffToken = await f.tokenOf(staff);
    const surveyAs = (headers: Record<string, string>, token?: string) =>
      t.request(PubIkmSubmit, { input: { unitId: f.unit(UNIT), scores: scores(4) } }, { headers, ...(token ? { token } : {}) });
    // Each from a new address: the limit follows the employee's token, not the network.
    for (let i = 0; i < LIMIT; i++) expect((await surveyAs(freshClient(), staffToken)).data!.submitIkmSurvey).toMatchObject({ accepted: true, userErrors: [] });
    const limited = (await surveyAs(freshClient(), staffToken)).data!.submitIkmSurvey;
    expect(limited.accepted).toBe(false);
    expect(limited.userErrors[0]!.code).toBe('RATE_LIMITED');
    expect(limited.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    // Feedback typed in by staff (phone, counter) stays unlimited.
    for (let i = 0; i <= LIMIT; i++) {
      expect((await submit(t, { comment: 'by phone', channel: 'PHONE' }, freshClient(), staffToken)).data!.submitPublicFeedback.userErrors).toEqual([]);
    }
    // A partner portal relays many citizens: not limited, but audited like an employee.
    const partnerToken = await t.token('citizen-portal', ['partner']);
    for (let i = 0; i <= LIMIT; i++) expect((await surveyAs(freshClient(), partnerToken)).data!.submitIkmSurvey.accepted).toBe(true);
    // A citizen's questionnaire is linked to nobody.
    expect((await surveyAs(freshClient())).data!.submitIkmSurvey.accepted).toBe(true);

    const audit: any = await t.request(
      'query { auditLog(first: 100, action: "ikmSurvey.submit") { nodes { actorSubject actor { id } entityId after } } }',
      {},
      { token: f.adminToken },
    );
    expect(audit.errors).toBeUndefined();
    const entries: any[] = audit.data.auditLog.nodes;
    const byStaff = entries.filter((e) => e.actorSubject === staff.nip);
    expect(byStaff).toHaveLength(LIMIT);
    expect(byStaff[0]).toMatchObject({ actor: { id: staff.id }, after: { unitId: expect.any(Number), scores: scores(4) } });
    expect(entries.filter((e) => e.actorSubject === 'citizen-portal')).toHaveLength(LIMIT + 1);
    expect(entries).toHaveLength(2 * LIMIT + 1);
    const ids = entries.map((e) => Buffer.from(e.entityId, 'base64').toString()).map((id) => Number(id.split(':')[1]));
    const stored = rowsOf<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from ikm_responses where id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`));
    expect(Number(stored[0]!.n)).toBe(entries.length);
  });

  it('reads the limit and the trusted proxies from the environment (by default no proxy is trusted)', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
    expect(loadConfig({}).publicSubmissions.perMinute).toBe(10);
    expect(loadConfig({ PUBLIC_SUBMISSIONS_PER_MINUTE: '30' }).publicSubmissions.perMinute).toBe(30);
    expect(() => loadConfig({ PUBLIC_SUBMISSIONS_PER_MINUTE: '0' })).toThrow(/PUBLIC_SUBMISSIONS_PER_MINUTE/);
  });

  it.runIf(onPostgres)('counts across server instances (the counter lives in the database)', async () => {
    const peer = await t.startPeer();
    const client = freshClient();
    for (let i = 0; i < LIMIT; i++) {
      const res = await submit(i % 2 === 0 ? t : peer, { comment: 'peer-rate' }, client);
      expect(res.data!.submitPublicFeedback.userErrors).toEqual([]);
    }
    const limited = await submit(peer, { comment: 'peer-rate' }, client);
    expect(limited.data!.submitPublicFeedback.userErrors[0]!.code).toBe('RATE_LIMITED');
  });
});

function scores(value: number) {
  return { requirements: value, procedure: value, serviceTime: value, cost: value, product: value, competence: value, behaviour: value, complaintHandling: value, facilities: value };
}

describe('idempotency keys', () => {
  it('stores each of 100 keys exactly once when every submission is sent twice at the same time (200 requests)', async () => {
    const run = `idem-${Date.now()}`;
    const clients = Array.from({ length: 100 }, () => freshClient());
    const requests = clients.flatMap((client, i) => {
      const input = { comment: `${run} #${i}`, idempotencyKey: `${run}-${i}`, contact: { email: `idem${i}@contoh.id` } };
      return [submit(t, input, client), submit(t, input, client)];
    });
    const started = performance.now();
    const results = await Promise.all(requests);
    const elapsed = performance.now() - started;
    const codes = results.map((r) => {
      expect(r.errors).toBeUndefined();
      expect(r.data!.submitPublicFeedback.userErrors).toEqual([]);
      return r.data!.submitPublicFeedback.trackingCode!;
    });
    for (let i = 0; i < 100; i++) expect(codes[2 * i + 1], `key ${i}`).toBe(codes[2 * i]);
    expect(new Set(codes).size).toBe(100);
    expect(await count(sql`comment like ${`${run} #%`}`)).toBe(100);
    const perKey = rowsOf<{ n: number }>(
      await t.database.db.execute(sql`select count(*)::int as n from public_feedback where comment like ${`${run} #%`} group by comment having count(*) > 1`),
    );
    expect(perKey).toEqual([]);
    console.log(`200 concurrent submissions (100 keys x 2) on ${t.database.kind}: ${Math.round(elapsed)} ms, ${100} rows`);
  });

  it('refuses a key reused for other content, and scopes keys to the client', async () => {
    const client = freshClient();
    const key = `reuse-${Date.now()}`;
    const first = await submit(t, { comment: 'first', idempotencyKey: key }, client);
    const again = await submit(t, { comment: 'first', idempotencyKey: key }, client);
    expect(again.data!.submitPublicFeedback.trackingCode).toBe(first.data!.submitPublicFeedback.trackingCode);
    const other = await submit(t, { comment: 'something else', idempotencyKey: key }, client);
    expect(other.data!.submitPublicFeedback).toMatchObject({
      trackingCode: null,
      userErrors: [{ field: ['input', 'idempotencyKey'], code: 'IDEMPOTENCY_KEY_REUSED' }],
    });
    // The same key from someone else is their own submission, not a way to learn the first one's code.
    const stranger = await submit(t, { comment: 'first', idempotencyKey: key }, freshClient());
    expect(stranger.data!.submitPublicFeedback.trackingCode).not.toBe(first.data!.submitPublicFeedback.trackingCode);

    const survey = { unitId: f.unit(UNIT), scores: scores(4), comment: key, idempotencyKey: key };
    const surveyClient = freshClient();
    const [a, b] = await Promise.all([
      t.request(PubIkmSubmit, { input: survey }, { headers: surveyClient }),
      t.request(PubIkmSubmit, { input: survey }, { headers: surveyClient }),
    ]);
    expect([a.data!.submitIkmSurvey.accepted, b.data!.submitIkmSurvey.accepted]).toEqual([true, true]);
    const stored = rowsOf<{ n: number }>(await t.database.db.execute(sql`select count(*)::int as n from ikm_responses where comment = ${key}`));
    expect(Number(stored[0]!.n)).toBe(1);
  });
});

describe('content limits', () => {
  it('answers bad input with userErrors naming the field, and stores nothing', async () => {
    const marker = `limits-${Date.now()}`;
    const cases: [Record<string, unknown>, string[], string][] = [
      [{ rating: 0 }, ['input', 'rating'], 'INVALID'],
      [{ rating: 6 }, ['input', 'rating'], 'INVALID'],
      [{ comment: `${marker} ${'x'.repeat(2000)}` }, ['input', 'comment'], 'TOO_LONG'],
      [{ comment: `${marker} a\u0000b` }, ['input', 'comment'], 'INVALID'],
      [{ comment: `${marker} \u202Etxt.exe` }, ['input', 'comment'], 'INVALID'],
      [{ comment: `${marker} \uD800` }, ['input', 'comment'], 'INVALID'],
      [{ comment: `${marker} http://a.id http://b.id http://c.id http://d.id` }, ['input', 'comment'], 'INVALID'],
      [{ comment: marker, serviceName: 's'.repeat(201) }, ['input', 'serviceName'], 'TOO_LONG'],
      [{ comment: marker, employee: 'e'.repeat(101) }, ['input', 'employee'], 'TOO_LONG'],
      [{ comment: marker, counter: 'Loket\n3' }, ['input', 'counter'], 'INVALID'],
      [{ comment: marker, contact: { email: 'not-an-email' } }, ['input', 'contact', 'email'], 'INVALID'],
      [{ comment: marker, contact: { phone: 'call me' } }, ['input', 'contact', 'phone'], 'INVALID'],
      [{ comment: marker, contact: { name: 'n'.repeat(201) } }, ['input', 'contact', 'name'], 'TOO_LONG'],
      [{ comment: marker, idempotencyKey: 'with space' }, ['input', 'idempotencyKey'], 'INVALID'],
      [{ comment: marker, idempotencyKey: 'k'.repeat(129) }, ['input', 'idempotencyKey'], 'INVALID'],
      [{ comment: marker, unitId: 'T3JnVW5pdDo5OTk5OTk=' }, ['input', 'unitId'], 'NOT_FOUND'],
      [{ comment: marker, unitId: 'bm90LWFuLWlk' }, ['input', 'unitId'], 'INVALID_ID'],
    ];
    for (const [input, field, code] of cases) {
      const res = await submit(t, input, freshClient());
      expect(res.errors, JSON.stringify(input).slice(0, 80)).toBeUndefined();
      expect(res.data!.submitPublicFeedback.trackingCode).toBeNull();
      expect(res.data!.submitPublicFeedback.userErrors[0], JSON.stringify(input).slice(0, 80)).toMatchObject({ field, code });
    }
    expect(await count(sql`comment like ${`${marker}%`}`)).toBe(0);
    const emoji = await submit(t, { comment: `${marker} ${'🙂'.repeat(1900)}` }, freshClient());
    expect(emoji.data!.submitPublicFeedback.userErrors).toEqual([]);

    const survey = await t.request(PubIkmSubmit, { input: { unitId: f.unit(UNIT), scores: { ...scores(3), cost: 5, facilities: 0 } } }, { headers: freshClient() });
    expect(survey.data!.submitIkmSurvey.accepted).toBe(false);
    expect(survey.data!.submitIkmSurvey.userErrors.map((e) => e.field.join('.')).sort()).toEqual(['input.scores.cost', 'input.scores.facilities']);
  });
});

describe('no answer reveals whether an employee exists', () => {
  it('answers the same, with the same statements, for existing and unknown NIPs and names', async () => {
    const person = (await f.staffOf(UNIT)).find((p) => p.kind !== 'PENGAWAS')!;
    const variants: Record<string, string | undefined> = {
      none: undefined,
      existingNip: person.nip,
      unknownNip: '199001012015011001',
      existingName: person.name.split(',')[0]!.replace(/^(dr|drg)\.\s+/i, ''),
      unknownName: 'Nama Yang Tidak Ada',
    };
    const rounds = 22;
    const shapes = new Map<string, Set<string>>();
    const statements = new Map<string, Set<number>>();
    const timings = new Map<string, number[]>();
    for (let round = 0; round < rounds; round++) {
      for (const [name, employee] of Object.entries(variants)) {
        const started = performance.now();
        const res = await submit(t, { comment: 'Sama saja.', ...(employee ? { employee } : {}) }, freshClient());
        const elapsed = performance.now() - started;
        if (round > 1) (timings.get(name) ?? timings.set(name, []).get(name)!).push(elapsed);
        const body = JSON.stringify({ ...res.data, errors: res.errors }).replace(/"trackingCode":"[^"]+"/, '"trackingCode":"<code>"');
        (shapes.get(name) ?? shapes.set(name, new Set()).get(name)!).add(body);
        (statements.get(name) ?? statements.set(name, new Set()).get(name)!).add(res.extensions!.sqlStatements!);
      }
    }
    const allShapes = new Set([...shapes.values()].flatMap((s) => [...s]));
    expect(allShapes.size).toBe(1);
    const allStatements = new Set([...statements.values()].flatMap((s) => [...s]));
    expect(allStatements.size).toBe(1);
    const medians = Object.fromEntries(
      [...timings].map(([name, list]) => [name, [...list].sort((a, b) => a - b)[list.length >> 1]!]),
    );
    console.log(
      `submission with an employee named (median ms over ${rounds - 2}, ${[...allStatements][0]} statements each): ` +
        Object.entries(medians).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', '),
    );
    // The match runs inside the one INSERT either way: an existing and an unknown employee of the same kind of
    // reference cost the same work. Compared round by round (adjacent requests, so the machine's load cancels out),
    // the median difference is noise; the bound is generous for a busy test machine.
    const pairedMedian = (a: number[], b: number[]) => {
      const diffs = a.map((x, i) => x - b[i]!).sort((x, y) => x - y);
      return diffs[diffs.length >> 1]!;
    };
    const typical = medians.none!;
    for (const [existing, unknown] of [['existingNip', 'unknownNip'], ['existingName', 'unknownName']] as const) {
      const difference = pairedMedian(timings.get(existing)!, timings.get(unknown)!);
      console.log(`${existing} - ${unknown}, paired median: ${difference.toFixed(2)} ms`);
      expect(Math.abs(difference), `${existing} vs ${unknown}: ${difference.toFixed(1)} ms`).toBeLessThan(Math.max(10, typical * 0.5));
    }
  });
});
