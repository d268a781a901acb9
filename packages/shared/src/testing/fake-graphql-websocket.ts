/** One subscription a test's fake server received, and the means to answer it. */
export interface FakeSubscription {
  readonly operationName: string;
  readonly variables: Record<string, unknown>;
  /** The connectionParams of the socket it came on (the token). */
  readonly connectionParams: Record<string, unknown>;
  /** False once the client completed it, the server ended it or its socket closed. */
  readonly open: boolean;
  /** Pushes one result (`{ data }`). */
  next(data: unknown): void;
  /** Ends it with one GraphQL error carrying `code`. */
  error(code: string, message?: string): void;
  complete(): void;
}

interface ClientMessage {
  type: string;
  id?: string;
  payload?: { query?: string; operationName?: string; variables?: Record<string, unknown> } & Record<
    string,
    unknown
  >;
}

/**
 * A WebSocket implementation that plays the OneStop server's side of graphql-transport-ws,
 * for app tests: pass `WebSocket` as the client's `webSocketImpl`, then answer the recorded
 * subscriptions. `drop()` cuts every socket the way a dead server does; while `serverUp` is
 * false new sockets fail at once, so the client keeps retrying.
 */
export function createFakeGraphqlWebSocket() {
  const subscriptions: FakeSubscription[] = [];
  const sockets: FakeSocket[] = [];
  const control = { serverUp: true };

  class FakeSocket {
    static readonly CONNECTING = 0;
    static readonly OPEN = 1;
    static readonly CLOSING = 2;
    static readonly CLOSED = 3;

    readyState = FakeSocket.CONNECTING;
    onopen: ((event: unknown) => void) | null = null;
    onclose: ((event: unknown) => void) | null = null;
    onerror: ((event: unknown) => void) | null = null;
    onmessage: ((event: { data: string }) => void) | null = null;
    connectionParams: Record<string, unknown> = {};
    readonly mine = new Map<string, { open: boolean }>();

    constructor(
      readonly url: string,
      readonly protocol: string,
    ) {
      sockets.push(this);
      const reachable = control.serverUp;
      setTimeout(() => {
        if (!reachable) return this.drop();
        this.readyState = FakeSocket.OPEN;
        this.onopen?.({});
      }, 0);
    }

    send(data: string): void {
      const message = JSON.parse(data) as ClientMessage;
      switch (message.type) {
        case 'connection_init':
          this.connectionParams = message.payload ?? {};
          this.deliver({ type: 'connection_ack' });
          break;
        case 'ping':
          this.deliver({ type: 'pong' });
          break;
        case 'subscribe':
          this.subscribe(message);
          break;
        case 'complete': {
          const state = message.id === undefined ? undefined : this.mine.get(message.id);
          if (state) state.open = false;
          break;
        }
        default:
          break;
      }
    }

    close(code = 1000, reason = ''): void {
      if (this.readyState === FakeSocket.CLOSED) return;
      this.end();
      this.onclose?.({ code, reason, wasClean: true });
    }

    /** The server vanished: an abnormal close, as a browser reports it. */
    drop(): void {
      if (this.readyState === FakeSocket.CLOSED) return;
      this.end();
      this.onclose?.({ code: 1006, reason: '', wasClean: false });
    }

    end(): void {
      this.readyState = FakeSocket.CLOSED;
      for (const state of this.mine.values()) state.open = false;
    }

    deliver(message: object): void {
      // Asynchronous, as a network is.
      setTimeout(() => {
        if (this.readyState === FakeSocket.OPEN) this.onmessage?.({ data: JSON.stringify(message) });
      }, 0);
    }

    subscribe(message: ClientMessage): void {
      const id = message.id ?? '';
      const query = message.payload?.query ?? '';
      const state = { open: true };
      this.mine.set(id, state);
      const finish = (final: object): void => {
        if (!state.open) return;
        state.open = false;
        this.deliver(final);
      };
      subscriptions.push({
        operationName:
          message.payload?.operationName ?? /(?:subscription|query)\s+(\w+)/.exec(query)?.[1] ?? '',
        variables: message.payload?.variables ?? {},
        connectionParams: this.connectionParams,
        get open() {
          return state.open;
        },
        next: (data) => {
          if (state.open) this.deliver({ type: 'next', id, payload: { data } });
        },
        error: (code, text = code) =>
          finish({ type: 'error', id, payload: [{ message: text, extensions: { code } }] }),
        complete: () => finish({ type: 'complete', id }),
      });
    }
  }

  return {
    WebSocket: FakeSocket,
    subscriptions,
    /** Whether new sockets connect; set to false before `drop()` to keep the server away. */
    control,
    /** Cuts every open socket, as a server that went away. */
    drop(): void {
      for (const socket of sockets) socket.drop();
    },
    /** The open subscriptions of an operation, oldest first. */
    open(operationName: string): FakeSubscription[] {
      return subscriptions.filter(
        (subscription) => subscription.open && subscription.operationName === operationName,
      );
    },
  };
}

/** What {@link createFakeGraphqlWebSocket} returns. */
export type FakeGraphqlWebSocket = ReturnType<typeof createFakeGraphqlWebSocket>;
