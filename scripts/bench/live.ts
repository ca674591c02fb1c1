/**
 * live: N graphql-ws subscribers to `employeeUpdated(unitId)` on the agency's top unit (every employee event reaches
 * them), held by a separate client process; one `updateEmployee` is published and each subscriber's receipt time is
 * taken. Reports the time from sending the mutation until each subscriber has the event (p50, p99, max), how many
 * never got it, and the server's RSS (/proc/<pid>/status VmRSS) before and after connecting the subscribers.
 * Then the same with two server processes on one database (LISTEN/NOTIFY), half the subscribers on each, the write
 * sent to the first. Those subscribers are all one viewer (the admin's employee token), as a wall of dashboards or
 * a public page would be: the server executes the event once for all of them. Last, one process again with every
 * subscriber a different employee, so each still costs one execution of the event: the worst case.
 * First of all, the floor: the same subscriber process against `lib/live-floor.ts`, a process that only holds the
 * sockets and, on request, writes each subscriber the same `next` frame in one loop (no GraphQL, no database). It
 * is what this machine gives to anything at 10,000 sockets, as the hand-written endpoint is for `read`; no target.
 * Before the measured events, warm-up events are published until every subscriber has received one, so that all
 * subscriptions are known to be registered. Then five events are measured, each a second after the last (a server is
 * busy for tens of ms after its last subscriber has an event); the figures reported are those of the event with the
 * median p99, and every event's p99 is listed.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { distribution, forkScript, mib, sleep, printTable, printTarget, reportBroken, residentBytes, round, startForkedServer, type BenchOptions, type Distribution, type ForkedServer } from './lib/common.js';
import { ensureBenchDatabase, loadEmployeeNips, loadFixture, type Fixture } from './lib/database.js';
import type { ChildMessage, ParentMessage, SubscriberPlan } from './lib/live-clients.js';
import { postGraphQL, spawnKinerja, type KinerjaProcess } from './lib/servers.js';

const CLIENTS = fileURLToPath(new URL('./lib/live-clients.ts', import.meta.url));
const FLOOR = fileURLToPath(new URL('./lib/live-floor.ts', import.meta.url));
const SUBSCRIPTION = 'subscription Live($unitId: ID!) { employeeUpdated(unitId: $unitId) { id name } }';
const UPDATE = 'mutation Touch($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { userErrors { message } } }';
const WARMUP_ROUNDS = 5;
/** A server is still busy for tens of ms after its last subscriber has an event (write callbacks, each
 * subscription asking for its next event, collecting the garbage): the measured event waits until that is over. */
const QUIET_MS = 1000;
const MEASURED_EVENTS = 5;

/** The subscriber process, driven one request/answer at a time. */
class Subscribers {
  private readonly waiting: ((message: ChildMessage) => void)[] = [];
  private constructor(private readonly child: ChildProcess) {
    child.on('message', (message: ChildMessage) => this.waiting.shift()?.(message));
  }

  static start(): Subscribers {
    return new Subscribers(forkScript(CLIENTS));
  }

  request<T extends ChildMessage['type']>(message: ParentMessage, expected: T): Promise<Extract<ChildMessage, { type: T }>> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`subscriber process exited with code ${code}`));
      this.child.once('exit', onExit);
      this.waiting.push((answer) => {
        this.child.off('exit', onExit);
        if (answer.type !== expected) reject(new Error(`expected ${expected} from the subscriber process, got ${answer.type}`));
        else resolve(answer as Extract<ChildMessage, { type: T }>);
      });
      this.child.send(message);
    });
  }

  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.send({ type: 'close' } satisfies ParentMessage);
    await exited;
  }
}

interface MeasuredEvent {
  /** Milliseconds from sending the mutation to each subscriber's receipt. */
  delivery: Distribution;
  missed: number;
  mutationMs: number;
  clientBusyPercent: number | null;
}

export interface DeliveryResult {
  /** kinerja, or the floor (`lib/live-floor.ts`); results from before the floor are all kinerja. */
  server?: 'kinerja' | 'floor';
  servers: number;
  subscribers: number;
  /** Distinct viewers (tokens) among the subscribers. */
  viewers: number;
  connected: number;
  connectSeconds: number;
  warmupRounds: number;
  /** The measured event with the median p99 (of `events`): milliseconds from sending the mutation to each
   * subscriber's receipt. */
  delivery: Distribution;
  /** The most subscribers any measured event missed. */
  missed: number;
  mutationMs: number;
  /** The subscriber process's event-loop utilisation from arming to the last receipt, in percent (near 100: the
   * clients, not the server, set the pace). */
  clientBusyPercent: number | null;
  /** Every measured event, in order. */
  events: MeasuredEvent[];
  rssBeforeMiB: number[];
  rssAfterMiB: number[];
  errors: string[];
}

/** The server side of one case: where the subscribers connect, whose RSS is read, and how one event is published. */
interface LiveTarget {
  server: 'kinerja' | 'floor';
  urls: string[];
  pids: number[];
  /** The subscribers' bearer tokens, one per viewer. */
  tokens: string[];
  /** Publishes one event; resolves with the milliseconds its request took. */
  publish(): Promise<number>;
}

async function kinerjaTarget(servers: KinerjaProcess[], fixture: Fixture, viewerNips: string[]): Promise<LiveTarget> {
  const adminToken = await servers[0]!.token(fixture.adminNip, ['employee', 'admin']);
  const target = fixture.writeTargets[0]!;
  return {
    server: 'kinerja',
    urls: servers.map((server) => server.url),
    pids: servers.map((server) => server.pid),
    tokens: await Promise.all(viewerNips.map((nip) => servers[0]!.token(nip, ['employee']))),
    async publish() {
      const started = performance.now();
      const input = { id: encodeGlobalID('Employee', target.id), name: target.name };
      const body = await postGraphQL(servers[0]!.url, UPDATE, { input }, adminToken);
      if (body.errors || body.data?.updateEmployee?.userErrors?.length) throw new Error(`updateEmployee failed: ${JSON.stringify(body)}`);
      return performance.now() - started;
    },
  };
}

/** The floor publishes the data kinerja's subscribers get for the same event: the same frame size. */
function floorTarget(floor: ForkedServer, fixture: Fixture): LiveTarget {
  const target = fixture.writeTargets[0]!;
  const data = JSON.stringify({ employeeUpdated: { id: encodeGlobalID('Employee', target.id), name: target.name } });
  return {
    server: 'floor',
    urls: [floor.url],
    pids: [floor.pid],
    tokens: ['floor'],
    async publish() {
      const started = performance.now();
      const response = await fetch(new URL('/publish', floor.url), { method: 'POST', body: data });
      if (!response.ok) throw new Error(`floor publish failed: ${response.status}`);
      await response.arrayBuffer();
      return performance.now() - started;
    },
  };
}

async function deliver(target: LiveTarget, count: number, variables: Record<string, unknown>): Promise<DeliveryResult> {
  const { tokens } = target;
  // A request first, so that "before" is a server that has done work, not a freshly loaded one.
  await target.publish();
  const rssBeforeMiB = target.pids.map((pid) => mib(residentBytes(pid)));

  const subscribers = Subscribers.start();
  const errors: string[] = [];
  try {
    const connectStarted = performance.now();
    const plan: SubscriberPlan = {
      urls: target.urls.map((url) => url.replace(/^http/, 'ws')),
      count,
      tokens,
      query: SUBSCRIPTION,
      variables,
      batch: 200,
    };
    const connected = await subscribers.request({ type: 'connect', plan }, 'connected');
    errors.push(...connected.errors);
    const connectSeconds = (performance.now() - connectStarted) / 1000;
    console.log(`  ${connected.connected} of ${count} subscribers connected in ${connectSeconds.toFixed(1)} s (${connected.failed} failed)`);

    let warmupRounds = 0;
    let missing = count;
    while (missing > 0 && warmupRounds < WARMUP_ROUNDS) {
      warmupRounds += 1;
      await subscribers.request({ type: 'arm' }, 'armed');
      await target.publish();
      const warmup = await subscribers.request({ type: 'collect', timeoutMs: 30_000 + count * 5 }, 'collected');
      errors.push(...warmup.errors);
      missing = warmup.receivedAt.filter((t) => t === null).length;
      console.log(`  warm-up event ${warmupRounds}: ${count - missing} of ${count} subscribers received it`);
    }
    const rssAfterMiB = target.pids.map((pid) => mib(residentBytes(pid)));

    // Several measured events, each on a quiet server: one event's figures move by tens of ms between runs here.
    const events: MeasuredEvent[] = [];
    for (let event = 0; event < MEASURED_EVENTS; event += 1) {
      await sleep(QUIET_MS);
      await subscribers.request({ type: 'arm' }, 'armed');
      const sentAt = performance.timeOrigin + performance.now();
      const mutationMs = await target.publish();
      const measured = await subscribers.request({ type: 'collect', timeoutMs: 60_000 + count * 5 }, 'collected');
      errors.push(...measured.errors);
      const delays = measured.receivedAt.filter((t): t is number => t !== null).map((t) => t - sentAt);
      events.push({
        delivery: distribution(delays),
        missed: measured.receivedAt.length - delays.length,
        mutationMs: round(mutationMs, 1),
        clientBusyPercent: measured.clientBusy === null ? null : Math.round(measured.clientBusy * 100),
      });
    }
    const byP99 = [...events].sort((a, b) => a.delivery.p99 - b.delivery.p99);
    const median = byP99[Math.floor((byP99.length - 1) / 2)]!;
    console.log(`  p99 of each measured event: ${events.map((e) => round(e.delivery.p99)).join(', ')} ms`);
    return {
      server: target.server,
      servers: target.pids.length,
      subscribers: count,
      viewers: tokens.length,
      connected: connected.connected,
      connectSeconds: round(connectSeconds, 2),
      warmupRounds,
      delivery: median.delivery,
      missed: Math.max(...events.map((e) => e.missed)),
      mutationMs: median.mutationMs,
      clientBusyPercent: median.clientBusyPercent,
      events,
      rssBeforeMiB,
      rssAfterMiB,
      errors: errors.slice(0, 20),
    };
  } finally {
    await subscribers.close();
  }
}

export async function runLive(options: BenchOptions): Promise<{ database: string; scenarios: DeliveryResult[] }> {
  const database = await ensureBenchDatabase(options.size);
  const fixture = await loadFixture(database.url, database.adminNip);
  const jwtSecret = randomBytes(32).toString('hex');
  const scenarios: DeliveryResult[] = [];
  // Every case's subscribers watch the top unit, where the event's employee works.
  const variables = { unitId: encodeGlobalID('OrgUnit', fixture.topUnitId) };

  console.log(`\nthe floor: a raw ws process that only writes the frames, ${options.subscribers} subscribers`);
  const floor = await startForkedServer(FLOOR);
  try {
    scenarios.push(await deliver(floorTarget(floor, fixture), options.subscribers, variables));
  } finally {
    await floor.stop();
  }

  console.log(`\none server process, ${options.subscribers} subscribers`);
  const single = await spawnKinerja({ databaseUrl: database.url, jwtSecret });
  try {
    scenarios.push(await deliver(await kinerjaTarget([single], fixture, [fixture.adminNip]), options.subscribers, variables));
  } finally {
    await single.stop();
  }

  console.log(`\ntwo server processes sharing LISTEN/NOTIFY, ${options.subscribers / 2} subscribers on each, the write on the first`);
  const pair = [
    await spawnKinerja({ databaseUrl: database.url, jwtSecret, label: 'kinerja-a' }),
    await spawnKinerja({ databaseUrl: database.url, jwtSecret, label: 'kinerja-b' }),
  ];
  try {
    scenarios.push(await deliver(await kinerjaTarget(pair, fixture, [fixture.adminNip]), options.subscribers, variables));
  } finally {
    await Promise.all(pair.map((server) => server.stop()));
  }

  const viewerNips = await loadEmployeeNips(database.url, options.subscribers);
  console.log(`\none server process, ${options.subscribers} subscribers, ${viewerNips.length} distinct viewers`);
  const distinct = await spawnKinerja({ databaseUrl: database.url, jwtSecret });
  try {
    scenarios.push(await deliver(await kinerjaTarget([distinct], fixture, viewerNips), options.subscribers, variables));
  } finally {
    await distinct.stop();
  }

  printTable(
    'delivery of one event to every subscriber (ms from sending the mutation, or the floor\'s publish request)',
    scenarios.map((s) => ({
      server: s.server,
      servers: s.servers,
      subscribers: s.subscribers,
      viewers: s.viewers,
      connected: s.connected,
      'connect s': s.connectSeconds,
      missed: s.missed,
      'p50 ms': round(s.delivery.p50),
      'p99 ms': round(s.delivery.p99),
      'p99 of each event': s.events.map((e) => round(e.delivery.p99)).join(' / '),
      'max ms': round(s.delivery.max),
      'mutation ms': s.mutationMs,
      'clients busy %': s.clientBusyPercent ?? '?',
      'RSS before MiB': s.rssBeforeMiB.join(' / '),
      'RSS after MiB': s.rssAfterMiB.join(' / '),
    })),
  );
  const floorP99 = scenarios.find((s) => s.server === 'floor')?.delivery.p99;
  for (const scenario of scenarios) {
    for (const error of scenario.errors) console.log(`  subscriber error (${scenario.server}): ${error}`);
    if (scenario.connected < scenario.subscribers || scenario.missed > 0 || scenario.errors.length > 0) {
      reportBroken(
        `${scenario.server} on ${scenario.servers} process(es): ${scenario.subscribers - scenario.connected} subscribers not ` +
          `connected, ${scenario.missed} missed an event, ${scenario.errors.length} errors`,
      );
    }
    if (scenario.server === 'floor') continue; // a yardstick, not a target
    const rss = Math.max(...scenario.rssAfterMiB);
    const who = `${scenario.servers} process(es), ${scenario.viewers === 1 ? 'one viewer' : `${scenario.viewers} viewers`}`;
    printTarget(
      `${who}: p99 delivery < 250 ms with nobody missed`,
      scenario.delivery.p99 < 250 && scenario.missed === 0,
      `p99 ${round(scenario.delivery.p99)} ms, ${scenario.missed} missed, ${scenario.subscribers} subscribers (the issue: 10,000)` +
        (floorP99 ? `; the floor's p99 ${round(floorP99)} ms` : ''),
    );
    printTarget(`${who}: RSS < 1 GiB`, rss < 1024, `${rss} MiB`);
  }
  return { database: database.name, scenarios };
}
