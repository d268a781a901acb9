import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type ConnectionState,
  createOneStopClient,
  disposeOneStopClient,
  keepAliveMilliseconds,
  maxRetryDelayMilliseconds,
  pongTimeoutMilliseconds,
  restartOneStopConnection,
} from './index.js';

interface SentMessage {
  type: string;
  payload?: Record<string, unknown>;
}

/**
 * Plays the server side of graphql-transport-ws inside the test: acknowledges every
 * connection_init while `serverUp`, fails to connect while it is down, and never answers a
 * ping unless told to, so that a silent dead connection can be staged.
 */
class FakeWebSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  static instances: FakeWebSocket[] = [];
  static serverUp = true;

  readyState = FakeWebSocket.CONNECTING;
  readonly sent: SentMessage[] = [];
  onopen: ((event: unknown) => void) | null = null;
  onclose: ((event: unknown) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;

  constructor(
    readonly url: string,
    readonly protocol: string,
  ) {
    FakeWebSocket.instances.push(this);
    const reachable = FakeWebSocket.serverUp;
    queueMicrotask(() => {
      if (!reachable) return this.drop();
      this.readyState = FakeWebSocket.OPEN;
      this.onopen?.({});
    });
  }

  send(data: string): void {
    const message = JSON.parse(data) as SentMessage;
    this.sent.push(message);
    if (message.type === 'connection_init') queueMicrotask(() => this.receive({ type: 'connection_ack' }));
  }

  close(code = 1000, reason = ''): void {
    if (this.readyState === FakeWebSocket.CLOSED) return;
    this.readyState = FakeWebSocket.CLOSED;
    this.onclose?.({ code, reason, wasClean: true });
  }

  /** The server vanished: an abnormal close, as a browser reports it. */
  drop(): void {
    this.readyState = FakeWebSocket.CLOSED;
    this.onclose?.({ code: 1006, reason: '', wasClean: false });
  }

  receive(message: SentMessage): void {
    this.onmessage?.({ data: JSON.stringify(message) });
  }

  static latest(): FakeWebSocket {
    const socket = FakeWebSocket.instances.at(-1);
    if (!socket) throw new Error('no socket was opened');
    return socket;
  }
}

describe('createOneStopClient over HTTP', () => {
  it('POSTs with the current token and locale, read at each request', async () => {
    const requests: { url: string; init: RequestInit }[] = [];
    const recordingFetch: typeof fetch = async (input, init) => {
      requests.push({ url: String(input), init: init ?? {} });
      return new Response(JSON.stringify({ data: { __typename: 'Query' } }), {
        headers: { 'Content-Type': 'application/json' },
      });
    };
    let token: string | null = null;
    let locale: 'zh-CN' | 'en' = 'zh-CN';
    const client = createOneStopClient({
      url: 'http://hall.example/graphql',
      getToken: () => token,
      locale: () => locale,
      fetch: recordingFetch,
      webSocketImpl: FakeWebSocket,
    });

    await client.query('{ __typename }', {}, { requestPolicy: 'network-only' }).toPromise();
    token = 'device-secret';
    locale = 'en';
    await client.query('{ __typename }', {}, { requestPolicy: 'network-only' }).toPromise();
    disposeOneStopClient(client);

    expect(requests.map((request) => request.url)).toEqual([
      'http://hall.example/graphql',
      'http://hall.example/graphql',
    ]);
    const [first, second] = requests.map((request) => new Headers(request.init.headers));
    expect(requests.every((request) => request.init.method === 'POST')).toBe(true);
    expect(first?.get('authorization')).toBeNull();
    expect(first?.get('accept-language')).toBe('zh-CN');
    expect(second?.get('authorization')).toBe('Bearer device-secret');
    expect(second?.get('accept-language')).toBe('en');
  });
});

describe('createOneStopClient over WebSocket', () => {
  let token: string | null;
  let states: ConnectionState[];

  function connectEagerly() {
    return createOneStopClient({
      url: 'https://hall.example/graphql',
      getToken: () => token,
      locale: 'zh-CN',
      lazy: false,
      onConnectionChange: (state) => states.push(state),
      webSocketImpl: FakeWebSocket,
    });
  }

  beforeEach(() => {
    vi.useFakeTimers();
    FakeWebSocket.instances = [];
    FakeWebSocket.serverUp = true;
    token = 'first-token';
    states = [];
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('connects to the derived wss URL with the token in connectionParams', async () => {
    const client = connectEagerly();
    await vi.advanceTimersByTimeAsync(0);

    expect(FakeWebSocket.latest().url).toBe('wss://hall.example/graphql');
    expect(FakeWebSocket.latest().protocol).toBe('graphql-transport-ws');
    expect(FakeWebSocket.latest().sent[0]).toEqual({
      type: 'connection_init',
      payload: { token: 'first-token' },
    });
    expect(states).toEqual(['connecting', 'connected']);
    disposeOneStopClient(client);
  });

  it('keeps retrying while the server is down, far past graphql-ws’s default 5 attempts, then reconnects with the current token', async () => {
    const client = connectEagerly();
    await vi.advanceTimersByTimeAsync(0);
    FakeWebSocket.serverUp = false;
    token = 'second-token';
    FakeWebSocket.latest().drop();
    expect(states.at(-1)).toBe('reconnecting');

    for (let attempt = 0; attempt < 12; attempt += 1) {
      await vi.advanceTimersByTimeAsync(maxRetryDelayMilliseconds);
    }
    expect(FakeWebSocket.instances.length).toBeGreaterThanOrEqual(12);
    expect(states.at(-1)).toBe('reconnecting');

    FakeWebSocket.serverUp = true;
    await vi.advanceTimersByTimeAsync(maxRetryDelayMilliseconds);
    expect(states).toEqual(['connecting', 'connected', 'reconnecting', 'connected']);
    expect(FakeWebSocket.latest().sent[0]).toEqual({
      type: 'connection_init',
      payload: { token: 'second-token' },
    });
    disposeOneStopClient(client);
  });

  it('waits between attempts: nothing within half a second, at most ten seconds', async () => {
    const client = connectEagerly();
    await vi.advanceTimersByTimeAsync(0);
    FakeWebSocket.latest().drop();
    const socketsAfterDrop = FakeWebSocket.instances.length;

    await vi.advanceTimersByTimeAsync(499);
    expect(FakeWebSocket.instances.length).toBe(socketsAfterDrop);
    await vi.advanceTimersByTimeAsync(maxRetryDelayMilliseconds);
    expect(FakeWebSocket.instances.length).toBe(socketsAfterDrop + 1);
    disposeOneStopClient(client);
  });

  it('treats an unanswered ping as a dead connection and reconnects', async () => {
    const client = connectEagerly();
    await vi.advanceTimersByTimeAsync(0);
    const first = FakeWebSocket.latest();

    await vi.advanceTimersByTimeAsync(keepAliveMilliseconds);
    expect(first.sent.at(-1)).toEqual({ type: 'ping' });
    await vi.advanceTimersByTimeAsync(pongTimeoutMilliseconds);
    expect(states.at(-1)).toBe('reconnecting');

    await vi.advanceTimersByTimeAsync(maxRetryDelayMilliseconds);
    expect(FakeWebSocket.latest()).not.toBe(first);
    expect(states.at(-1)).toBe('connected');
    disposeOneStopClient(client);
  });

  it('keeps an answered ping’s connection', async () => {
    const client = connectEagerly();
    await vi.advanceTimersByTimeAsync(0);
    const first = FakeWebSocket.latest();

    await vi.advanceTimersByTimeAsync(keepAliveMilliseconds);
    first.receive({ type: 'pong' });
    await vi.advanceTimersByTimeAsync(pongTimeoutMilliseconds * 2);
    expect(FakeWebSocket.instances).toEqual([first]);
    expect(states).toEqual(['connecting', 'connected']);
    disposeOneStopClient(client);
  });

  it('restarts the connection on request so that a new token is presented', async () => {
    const client = connectEagerly();
    await vi.advanceTimersByTimeAsync(0);
    token = 'after-login';
    restartOneStopConnection(client);
    await vi.advanceTimersByTimeAsync(maxRetryDelayMilliseconds);

    expect(FakeWebSocket.latest().sent[0]).toEqual({
      type: 'connection_init',
      payload: { token: 'after-login' },
    });
    expect(states.at(-1)).toBe('connected');
    disposeOneStopClient(client);
  });

  it('stops for good once disposed', async () => {
    const client = connectEagerly();
    await vi.advanceTimersByTimeAsync(0);
    const first = FakeWebSocket.latest();
    disposeOneStopClient(client);
    await vi.advanceTimersByTimeAsync(maxRetryDelayMilliseconds * 3);

    expect(first.readyState).toBe(FakeWebSocket.CLOSED);
    expect(FakeWebSocket.instances).toEqual([first]);
  });
});
