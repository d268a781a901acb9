import type { IncomingMessage } from 'node:http';
import { CloseCode, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';

/** What a connection keeps of its upgrade request, instead of the request itself. */
export interface ConnectionExtra {
  socket: WebSocket;
  /** The client's address, as the per-address limits count it. */
  clientAddress: string;
  /** The Accept-Language header of the upgrade, for a connection that names no locale. */
  acceptLanguage: string | undefined;
  /** This connection's id in the logs. */
  connectionId: string;
}

/** The keep-alive's period is cut in this many ticks, each pinging its share of the sockets. */
const keepAliveSlices = 60;

/** A socket the shared keep-alive has pinged and not yet heard back from. */
const awaitingPong = new WeakSet<WebSocket>();

/**
 * graphql-ws on a `ws` server, as graphql-ws/use/ws serves it, with less held per connection:
 * what the server reads of the upgrade request (address, language) instead of the whole
 * IncomingMessage for the connection's life, and one keep-alive timer for all sockets instead of
 * one interval per socket (a hall's ten thousand displays each kept a request and two timers),
 * which pings a sixtieth of them at each of its ticks.
 * A socket that has not answered the previous round's ping is terminated, as there.
 */
export function serveGraphqlOverWebSocket<Params extends Record<string, unknown>>(
  options: ServerOptions<Params, ConnectionExtra>,
  webSocketServer: WebSocketServer,
  /** Called once as each connection opens: what it keeps of its request (and any bookkeeping). */
  onConnection: (socket: WebSocket, request: IncomingMessage) => Omit<ConnectionExtra, 'socket'>,
  keepAliveMs = 12_000,
): { dispose(): Promise<void> } {
  const production = process.env.NODE_ENV === 'production';
  const server = makeServer(options);
  webSocketServer.options.handleProtocols = handleProtocols;
  const internalError = (error: unknown): string =>
    production
      ? 'Internal server error'
      : String(error instanceof Error ? error.message : error).slice(0, 120);

  // The sockets in slices, each pinged once a period in its own tick: ten thousand displays pinged
  // in one go held the event loop (and every request waiting on it) for a tenth of a second.
  const slices = Array.from({ length: keepAliveSlices }, () => new Set<WebSocket>());
  let connections = 0;
  let tick = 0;
  const keepAlive = setInterval(() => {
    tick = (tick + 1) % keepAliveSlices;
    for (const socket of slices[tick]!) {
      if (socket.readyState !== socket.OPEN) continue;
      if (awaitingPong.has(socket)) {
        socket.terminate();
        continue;
      }
      awaitingPong.add(socket);
      socket.ping();
    }
  }, keepAliveMs / keepAliveSlices);
  keepAlive.unref();

  webSocketServer.on('connection', (socket, request) => {
    const slice = slices[(connections += 1) % keepAliveSlices]!;
    slice.add(socket);
    socket.once('close', () => slice.delete(socket));
    socket.on('pong', () => awaitingPong.delete(socket));
    socket.once('error', (error) => socket.close(CloseCode.InternalServerError, internalError(error)));
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            socket.send(data, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', async (data) => {
            try {
              await handle(String(data));
            } catch (error) {
              socket.close(CloseCode.InternalServerError, internalError(error));
            }
          }),
      },
      { socket, ...onConnection(socket, request) },
    );
    socket.once('close', (code, reason) => closed(code, String(reason)));
  });

  return {
    async dispose() {
      clearInterval(keepAlive);
      for (const client of webSocketServer.clients) client.close(1001, 'Going away');
      webSocketServer.removeAllListeners();
      await new Promise<void>((resolve, reject) =>
        webSocketServer.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
