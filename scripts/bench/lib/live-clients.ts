/**
 * The subscriber process of `live`: many graphql-ws subscribers (one WebSocket each) in one process, driven over IPC.
 *   parent -> { type: 'connect', plan }       child -> { type: 'connected', connected, failed }
 *   parent -> { type: 'arm' }                 child -> { type: 'armed' }          (baseline: events seen so far)
 *   parent -> { type: 'collect', timeoutMs }  child -> { type: 'collected', receivedAt: (number | null)[] }
 *   parent -> { type: 'close' }               child exits
 * `receivedAt` holds, per client, the wall-clock time (performance.timeOrigin + performance.now(), ms) at which its
 * first event after `arm` arrived, or null if none came before the timeout.
 */
import WebSocket from 'ws';
import { exitWithParent } from './common.js';

export interface SubscriberPlan {
  /** graphql-ws URLs; client i uses urls[i % urls.length]. */
  urls: string[];
  count: number;
  /** Bearer tokens; client i uses tokens[i % tokens.length]. */
  tokens: string[];
  query: string;
  variables: Record<string, unknown>;
  /** Connections opened at the same time. */
  batch: number;
}

export type ParentMessage =
  | { type: 'connect'; plan: SubscriberPlan }
  | { type: 'arm' }
  | { type: 'collect'; timeoutMs: number }
  | { type: 'close' };

export type ChildMessage =
  | { type: 'connected'; connected: number; failed: number; errors: string[] }
  | { type: 'armed' }
  | { type: 'collected'; receivedAt: (number | null)[]; errors: string[]; clientBusy: number | null };

const now = () => performance.timeOrigin + performance.now();
const send = (message: ChildMessage) => process.send!(message);

interface Subscriber {
  dispose(): Promise<void>;
}

const clients: Subscriber[] = [];
let seen = new Int32Array(0);
let baseline = new Int32Array(0);
let receivedAt: (number | null)[] = [];
let pending = 0;
let onAllReceived: (() => void) | null = null;
// This process's event-loop utilisation from `arm` to the last receipt: near 1 means the clients, not the server,
// set the pace of the receipt times.
let busySince: ReturnType<typeof performance.eventLoopUtilization> | null = null;
let clientBusy: number | null = null;
const errors: string[] = [];

function noteError(message: string) {
  if (errors.length < 20) errors.push(message);
}

function onEvent(index: number) {
  seen[index] = seen[index]! + 1;
  if (receivedAt[index] === null && seen[index]! > baseline[index]!) {
    receivedAt[index] = now();
    pending -= 1;
    if (pending === 0) {
      if (busySince) clientBusy = performance.eventLoopUtilization(busySince).utilization;
      onAllReceived?.();
    }
  }
}

/**
 * One subscriber: a WebSocket speaking graphql-transport-ws (connection_init, then subscribe once acknowledged; next,
 * error, ping). Not graphql-ws's `createClient`: on this 2-core machine the subscriber process shares the cores with
 * the server, and 10,000 such clients kept it 75-90% busy while an event arrived (its per-message validation and
 * dispatch), which the server's delivery figures then included. The server sees the same protocol either way.
 */
function subscriber(plan: SubscriberPlan, index: number, settle: (connected: boolean) => void): Subscriber {
  const socket = new WebSocket(plan.urls[index % plan.urls.length]!, 'graphql-transport-ws');
  const authorization = `Bearer ${plan.tokens[index % plan.tokens.length]}`;
  socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization } })));
  socket.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString()) as { type: string; payload?: { errors?: unknown } };
    switch (message.type) {
      case 'next':
        if (message.payload?.errors) noteError(JSON.stringify(message.payload.errors).slice(0, 300));
        else onEvent(index);
        break;
      case 'connection_ack':
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: plan.query, variables: plan.variables } }));
        settle(true);
        break;
      case 'ping':
        socket.send('{"type":"pong"}');
        break;
      case 'error':
        noteError(`subscription ${index}: ${JSON.stringify(message.payload).slice(0, 300)}`);
        break;
    }
  });
  socket.on('error', () => settle(false));
  socket.on('close', (code) => {
    if (code !== 1000) noteError(`client ${index} closed with ${code}`);
    settle(false);
  });
  return {
    dispose: () =>
      new Promise<void>((resolve) => {
        if (socket.readyState === WebSocket.CLOSED) return resolve();
        socket.once('close', () => resolve());
        socket.close(1000);
      }),
  };
}

async function connect(plan: SubscriberPlan) {
  seen = new Int32Array(plan.count);
  baseline = new Int32Array(plan.count);
  receivedAt = new Array(plan.count).fill(0); // not armed: events before the first `arm` are only counted
  let connected = 0;
  let failed = 0;
  for (let start = 0; start < plan.count; start += plan.batch) {
    const end = Math.min(plan.count, start + plan.batch);
    await Promise.all(
      Array.from({ length: end - start }, (_, offset) => {
        const index = start + offset;
        return new Promise<void>((resolve) => {
          let settled = false;
          const settle = (ok: boolean) => {
            if (settled) return;
            settled = true;
            if (ok) connected += 1;
            else failed += 1;
            resolve();
          };
          clients.push(subscriber(plan, index, settle));
        });
      }),
    );
  }
  send({ type: 'connected', connected, failed, errors: errors.splice(0) });
}

exitWithParent();
process.on('message', async (message: ParentMessage) => {
  switch (message.type) {
    case 'connect':
      await connect(message.plan);
      break;
    case 'arm':
      baseline = Int32Array.from(seen);
      receivedAt = new Array(seen.length).fill(null);
      pending = seen.length;
      busySince = performance.eventLoopUtilization();
      clientBusy = null;
      send({ type: 'armed' });
      break;
    case 'collect': {
      if (pending > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, message.timeoutMs);
          onAllReceived = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        onAllReceived = null;
      }
      send({ type: 'collected', receivedAt, errors: errors.splice(0), clientBusy });
      break;
    }
    case 'close':
      await Promise.all(clients.map((client) => client.dispose()));
      process.exit(0);
  }
});
