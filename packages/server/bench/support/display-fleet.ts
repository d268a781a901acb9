/**
 * The province benchmark's displays, in a process of their own (forked by cases/province.ts) so
 * that receiving tens of thousands of pushes a second never delays the load generator's schedule.
 * Each display is a graphql-ws socket following `hallEvents` of its hall from a known seq; the
 * fleet checks every display's seqs are contiguous (none lost, none repeated) and times each event
 * from its `at` (the server's clock as it wrote the event, the same machine's clock as ours) to its
 * receipt at the last display of its hall. Commands and answers are IPC messages (FleetCommand).
 */
import WebSocket from 'ws';

export interface FleetHall {
  hallId: string;
  token: string;
  displays: number;
  /** The hall's last event seq when the displays connect: they follow from the next one. */
  afterSeq: number;
  /** Server URLs; display i of the hall connects to urls[i % urls.length]. */
  urls: string[];
}

export type FleetCommand =
  | { type: 'connect'; halls: FleetHall[] }
  | { type: 'measure'; on: boolean }
  | { type: 'drop' }
  | { type: 'reconnect'; targets: number[]; timeoutMs: number }
  | { type: 'totals' }
  | { type: 'close' };

export interface FleetMeasure {
  /** Commit (the event's `at`) to receipt at the hall's last display, per event, in ms. */
  latencies: number[];
  events: number;
  messages: number;
  lost: number;
  repeated: number;
  /** Events of the window some display of the hall has not received (yet). */
  incomplete: number;
}

export type FleetAnswer =
  | { type: 'connected'; displays: number; milliseconds: number }
  | ({ type: 'measured' } & FleetMeasure)
  | { type: 'dropped' }
  | { type: 'totals'; lost: number; repeated: number }
  | {
      type: 'reconnected';
      /** Per display, from the reconnect to having every event up to its hall's target. */
      catchUpMs: number[];
      notCaughtUp: number;
      connectRetries: number;
      lost: number;
      repeated: number;
    }
  | { type: 'failed'; message: string };

const document = `subscription($hallId: ID!, $afterSeq: Int) { hallEvents(hallId: $hallId, afterSeq: $afterSeq) {
  seq type at call { ticketNumber counterLabel recallCount } } }`;
const seqPattern = /"seq":(\d+)/;
const atPattern = /"at":"([^"]+)"/;
const now = (): number => performance.timeOrigin + performance.now();

interface Display {
  hall: number;
  url: string;
  socket: WebSocket | null;
  lastSeq: number;
  caughtUpAt: number;
}

const halls: FleetHall[] = [];
const displays: Display[] = [];
/** Per hall, the events not yet at all its displays: seq → [displays still to receive, at]. */
const pending: Map<number, [number, number]>[] = [];
let measuring = false;
let window: FleetMeasure = emptyMeasure();
let lost = 0;
let repeated = 0;
let connectRetries = 0;
let reconnecting: { startedAt: number; targets: number[] } | null = null;

function emptyMeasure(): FleetMeasure {
  return { latencies: [], events: 0, messages: 0, lost: 0, repeated: 0, incomplete: 0 };
}

function receive(display: Display, raw: Buffer): void {
  const head = raw.toString('latin1', 0, 160);
  const seqMatch = seqPattern.exec(head);
  if (!seqMatch) {
    if (head.includes('"error"') || head.includes('"complete"')) {
      send({ type: 'failed', message: `a display was answered: ${raw.toString('utf8').slice(0, 400)}` });
    }
    return;
  }
  const seq = Number(seqMatch[1]);
  window.messages += 1;
  if (seq <= display.lastSeq) {
    repeated += 1;
    window.repeated += 1;
    return;
  }
  if (seq > display.lastSeq + 1) {
    lost += seq - display.lastSeq - 1;
    window.lost += seq - display.lastSeq - 1;
  }
  display.lastSeq = seq;
  if (reconnecting && !display.caughtUpAt && seq >= reconnecting.targets[display.hall]!) {
    display.caughtUpAt = now();
  }
  const hallPending = pending[display.hall]!;
  let entry = hallPending.get(seq);
  if (!entry) {
    entry = [halls[display.hall]!.displays, Date.parse(atPattern.exec(head)?.[1] ?? '')];
    hallPending.set(seq, entry);
  }
  entry[0] -= 1;
  if (entry[0] === 0) {
    hallPending.delete(seq);
    if (measuring) {
      window.events += 1;
      window.latencies.push(now() - entry[1]);
    }
  }
}

/** Opens the display's socket and subscribes after its last seq; resolves once subscribed. */
function open(display: Display): Promise<void> {
  const hall = halls[display.hall]!;
  return new Promise((resolveOpen) => {
    const attempt = (): void => {
      const socket = new WebSocket(`${display.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
        perMessageDeflate: false,
      });
      let acknowledged = false;
      socket.on('open', () =>
        socket.send(JSON.stringify({ type: 'connection_init', payload: { token: hall.token } })),
      );
      socket.on('message', (raw: Buffer) => {
        if (acknowledged) {
          receive(display, raw);
          return;
        }
        if (raw.toString('latin1', 0, 40).includes('connection_ack')) {
          acknowledged = true;
          display.socket = socket;
          socket.send(
            JSON.stringify({
              id: '1',
              type: 'subscribe',
              payload: { query: document, variables: { hallId: hall.hallId, afterSeq: display.lastSeq } },
            }),
          );
          resolveOpen();
        }
      });
      // A refused or reset connection is tried again after a random wait, as the hall apps do.
      socket.on('error', () => undefined);
      socket.on('close', () => {
        if (acknowledged) return;
        connectRetries += 1;
        setTimeout(attempt, 100 + Math.random() * 900);
      });
    };
    attempt();
  });
}

async function connectAll(batch: number): Promise<void> {
  for (let start = 0; start < displays.length; start += batch) {
    await Promise.all(displays.slice(start, start + batch).map(open));
  }
}

function send(answer: FleetAnswer): void {
  process.send?.(answer);
}

process.on('message', (command: FleetCommand) => {
  void (async () => {
    switch (command.type) {
      case 'connect': {
        const started = now();
        command.halls.forEach((hall, index) => {
          halls.push(hall);
          pending.push(new Map());
          for (let display = 0; display < hall.displays; display += 1) {
            displays.push({
              hall: index,
              url: hall.urls[display % hall.urls.length]!,
              socket: null,
              lastSeq: hall.afterSeq,
              caughtUpAt: 0,
            });
          }
        });
        await connectAll(250);
        send({ type: 'connected', displays: displays.length, milliseconds: now() - started });
        return;
      }
      case 'measure': {
        if (command.on) {
          window = emptyMeasure();
          measuring = true;
          return;
        }
        measuring = false;
        window.incomplete = pending.reduce((sum, hallPending) => sum + hallPending.size, 0);
        send({ type: 'measured', ...window });
        return;
      }
      case 'drop': {
        await Promise.all(
          displays.map(
            (display) =>
              new Promise<void>((resolveClose) => {
                const socket = display.socket;
                display.socket = null;
                if (!socket || socket.readyState === WebSocket.CLOSED) return resolveClose();
                socket.once('close', () => resolveClose());
                socket.terminate();
              }),
          ),
        );
        // Events counted as pending when the drop cut them off are replayed after the reconnect.
        for (const hallPending of pending) hallPending.clear();
        send({ type: 'dropped' });
        return;
      }
      case 'reconnect': {
        const lostBefore = lost;
        const repeatedBefore = repeated;
        const retriesBefore = connectRetries;
        reconnecting = { startedAt: now(), targets: command.targets };
        for (const display of displays) {
          display.caughtUpAt = display.lastSeq >= command.targets[display.hall]! ? reconnecting.startedAt : 0;
        }
        // All at once, as after a network cut: no batching.
        void Promise.all(displays.map(open));
        const deadline = reconnecting.startedAt + command.timeoutMs;
        while (displays.some((display) => !display.caughtUpAt) && now() < deadline) {
          await new Promise((resolveWait) => setTimeout(resolveWait, 5));
        }
        const startedAt = reconnecting.startedAt;
        reconnecting = null;
        send({
          type: 'reconnected',
          catchUpMs: displays
            .filter((display) => display.caughtUpAt)
            .map((display) => display.caughtUpAt - startedAt),
          notCaughtUp: displays.filter((display) => !display.caughtUpAt).length,
          connectRetries: connectRetries - retriesBefore,
          lost: lost - lostBefore,
          repeated: repeated - repeatedBefore,
        });
        return;
      }
      case 'totals':
        send({ type: 'totals', lost, repeated });
        return;
      case 'close': {
        for (const display of displays) display.socket?.terminate();
        process.exit(0);
      }
    }
  })().catch((error: unknown) => send({ type: 'failed', message: String(error) }));
});
