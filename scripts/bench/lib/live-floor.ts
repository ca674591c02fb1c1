/**
 * The floor of `live`, run as its own process like a kinerja server: the least any server must do to deliver one
 * event to every graphql-ws subscriber on this machine. A `ws` server that speaks just enough graphql-transport-ws
 * for the subscriber process (it acknowledges `connection_init` and remembers each `subscribe`'s id), and on
 * `POST /publish` answers at once and then writes every subscriber its `next` frame of the posted data, stringified
 * per subscriber as graphql-ws does: no GraphQL, no database, no per-subscriber promise, one loop.
 * Tells its parent `{ url }` over IPC once listening; exits on SIGTERM or when the parent is gone.
 */
import { createServer } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { HOST, exitWithParent, readBody } from './common.js';

const subscriptions = new Map<WebSocket, string[]>();

function publish(data: unknown): void {
  for (const [socket, ids] of subscriptions) {
    for (const id of ids) socket.send(JSON.stringify({ id, type: 'next', payload: { data } }));
  }
}

const http = createServer((request, response) => {
  if (request.method !== 'POST' || request.url !== '/publish') {
    response.writeHead(404).end();
    return;
  }
  void readBody(request).then((body) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    // After the answer, as kinerja's fan-out comes after its mutation's answer.
    setImmediate(publish, JSON.parse(body) as unknown);
  });
});

const sockets = new WebSocketServer({ server: http, path: '/graphql' });
sockets.on('connection', (socket) => {
  subscriptions.set(socket, []);
  socket.on('message', (raw) => {
    const message = JSON.parse(String(raw)) as { type: string; id?: string };
    if (message.type === 'connection_init') socket.send('{"type":"connection_ack"}');
    else if (message.type === 'subscribe' && message.id) subscriptions.get(socket)?.push(message.id);
  });
  socket.on('close', () => subscriptions.delete(socket));
});

http.listen(0, HOST, () => {
  const address = http.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  process.send!({ url: `http://${HOST}:${address.port}/graphql` });
});
exitWithParent();
