import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { type Client as WebSocketClient, createClient as createWebSocketClient } from 'graphql-ws';
import type { Locale } from '../i18n/locale.js';
import { deriveWebSocketUrl, resolveHttpUrl, retryDelayMilliseconds } from './connection.js';

export {
  baseRetryDelayMilliseconds,
  defaultGraphqlPath,
  deriveWebSocketUrl,
  maxRetryDelayMilliseconds,
  resolveHttpUrl,
  retryDelayMilliseconds,
} from './connection.js';
export {
  type ClientErrorLike,
  describeClientError,
  errorCodeOf,
  inputProblemOf,
  opensAtOf,
} from './errors.js';
export { type ConnectionStateStore, createConnectionStateStore } from './connection-state-store.js';
export { type CatchUpResult, HallEventCatchUp, type SeqGap, type Sequenced } from './hall-event-catch-up.js';
export {
  type FollowHallEventsOptions,
  followHallEvents,
  type HallEventFollower,
  type HallEventSink,
  type HallEventTransport,
  maxReplayEvents,
} from './follow-hall-events.js';
export { createIdempotencyKey, type RandomSource } from './idempotency-key.js';
export { setDocumentLanguage } from './document-language.js';
export { ServerClock, type ServerClockOptions, serverClockSetBackMilliseconds } from './server-clock.js';

/** The state of the WebSocket, as a screen shows it ("reconnecting…"). */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting';

/** How often the client pings the server over the WebSocket. */
export const keepAliveMilliseconds = 10_000;

/** A ping unanswered for this long means the socket is dead even if the browser has not noticed. */
export const pongTimeoutMilliseconds = 5_000;

/** Options of {@link createOneStopClient}. */
export interface OneStopClientOptions {
  /** The HTTP endpoint; default `/graphql`, resolved against the page's address. */
  url?: string;
  /** The WebSocket endpoint; default derived from `url` (`http` → `ws`, `https` → `wss`). */
  wsUrl?: string;
  /**
   * The current token (staff session or device token), or null. Read before every HTTP
   * request and at every WebSocket (re)connect, so a new login needs no new client.
   */
  getToken: () => string | null;
  /** The language of the server's messages, sent as `Accept-Language`; a function is read per request. */
  locale: Locale | (() => Locale);
  /** Told when the WebSocket connects, is connected, or lost the server and is retrying. */
  onConnectionChange?: (state: ConnectionState) => void;
  /**
   * `false` connects the WebSocket at once and keeps it open (wall screens, which must notice
   * a dead server before anyone subscribes); default `true`, connect on the first subscription.
   */
  lazy?: boolean;
  /** The fetch implementation for HTTP; default the global one (tests pass their own). */
  fetch?: typeof fetch;
  /** The WebSocket implementation; default the global one (Node tools pass `ws`). */
  webSocketImpl?: unknown;
}

// The graphql-ws client behind each urql client, so that it can be disposed or restarted
// without widening urql's Client type.
const webSocketClients = new WeakMap<Client, WebSocketClient>();

/**
 * Creates the urql client every OneStop app uses: queries and mutations over HTTP (POST, so
 * that no request is refused as a CSRF risk), subscriptions over graphql-ws on the same
 * path. The WebSocket reconnects forever with capped, jittered backoff and pings the server
 * to notice a dead connection; the token is sent as `Authorization: Bearer` over HTTP and as
 * `connectionParams: { token }` over the WebSocket.
 *
 * Screens that subscribe should refetch their snapshot when `onConnectionChange` reports
 * `connected` after `reconnecting`, since events may have been missed in between.
 */
export function createOneStopClient(options: OneStopClientOptions): Client {
  const httpUrl = resolveHttpUrl(options.url);
  const webSocketUrl = options.wsUrl ?? deriveWebSocketUrl(httpUrl);
  const currentLocale = (): Locale =>
    typeof options.locale === 'function' ? options.locale() : options.locale;

  let reportedState: ConnectionState | undefined;
  const report = (state: ConnectionState): void => {
    if (state === reportedState) return;
    reportedState = state;
    options.onConnectionChange?.(state);
  };

  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  const clearPongTimer = (): void => {
    if (pongTimer !== undefined) clearTimeout(pongTimer);
    pongTimer = undefined;
  };

  const webSocketClient = createWebSocketClient({
    url: webSocketUrl,
    lazy: options.lazy ?? true,
    // Read at each connect, so a reconnect after login or a token change carries the new token.
    connectionParams: () => {
      const token = options.getToken();
      return token ? { token } : {};
    },
    retryAttempts: Number.POSITIVE_INFINITY,
    // Displays and kiosks run unattended: every failure, even one graphql-ws deems fatal by default, is retried.
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelayMilliseconds(retries))),
    keepAlive: keepAliveMilliseconds,
    webSocketImpl: options.webSocketImpl,
    on: {
      connecting: (isRetry) => report(isRetry ? 'reconnecting' : 'connecting'),
      connected: () => report('connected'),
      ping: (received) => {
        if (received) return;
        clearPongTimer();
        // A dead network path can leave a socket "open" for minutes; terminating it at once
        // hands over to the retry loop instead of waiting for a closing handshake that never comes.
        pongTimer = setTimeout(() => webSocketClient.terminate(), pongTimeoutMilliseconds);
      },
      pong: (received) => {
        if (received) clearPongTimer();
      },
      closed: (event) => {
        clearPongTimer();
        // 1000 is a normal close (lazy mode after the last subscription, or dispose): nothing was lost.
        const code = (event as { code?: number } | undefined)?.code;
        if (reportedState === 'connected' && code !== 1000) report('reconnecting');
      },
    },
  });

  const client = new Client({
    url: httpUrl,
    fetch: options.fetch,
    // urql would send queries as GET; Apollo's CSRF protection refuses GETs without a preflight header.
    preferGetMethod: false,
    fetchOptions: () => {
      const headers: Record<string, string> = { 'Accept-Language': currentLocale() };
      const token = options.getToken();
      if (token) headers['Authorization'] = `Bearer ${token}`;
      return { headers };
    },
    exchanges: [
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => {
          const payload = { ...request, query: request.query ?? '' };
          return {
            subscribe: (sink) => ({ unsubscribe: webSocketClient.subscribe(payload, sink) }),
          };
        },
      }),
    ],
  });
  webSocketClients.set(client, webSocketClient);
  return client;
}

/**
 * Closes the WebSocket of a client made by {@link createOneStopClient} for good (tests, an
 * app being torn down). HTTP requests keep working; subscriptions end.
 */
export function disposeOneStopClient(client: Client): void {
  const webSocketClient = webSocketClients.get(client);
  if (!webSocketClient) return;
  webSocketClients.delete(client);
  void webSocketClient.dispose();
}

/**
 * Drops the current WebSocket so that the next connection presents the current token:
 * call it after login, logout or a device token change. Active subscriptions resubscribe
 * on the new connection.
 */
export function restartOneStopConnection(client: Client): void {
  webSocketClients.get(client)?.terminate();
}
