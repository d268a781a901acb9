import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import WebSocket from 'ws';
import { issueOne, type BenchHall } from '../support/bench-hall.js';
import { percentile, processCpuMilliseconds, processRssBytes, sleep } from '../support/measure.js';

export type FanOutSubscription = 'boardUpdated' | 'hallEvents';

export interface FanOutSide {
  /** Publish (the mutation sent, or the broadcast asked for) to receipt, over every display. */
  p50Ms: number;
  p99Ms: number;
  /** Per publish, when the last display had it; p99 over the publishes. */
  lastReachedP99Ms: number;
  deliveredPerSecond: number;
  serverCpuMicrosecondsPerMessage: number;
  rssKilobytesPerConnection: number;
  missed: number;
}

export interface FanOutFigures {
  subscription: FanOutSubscription;
  displays: number;
  calls: number;
  payloadBytes: number;
  oneStop: FanOutSide;
  floor: FanOutSide;
}

const documents: Record<FanOutSubscription, string> = {
  // seq first, so a receipt's seq is read from the first bytes without parsing the whole board.
  boardUpdated: `subscription($hallId: ID!) { boardUpdated(hallId: $hallId) {
    seq at queues { waiting service { id prefix name nameEn } estimate { p50Minutes p90Minutes } }
    recentCalls { seq ticketNumber serviceName counterLabel calledAt recallCount }
    counters { status ticketNumber counter { label } } } }`,
  hallEvents: `subscription($hallId: ID!) { hallEvents(hallId: $hallId) {
    seq type at call { ticketNumber serviceName counterLabel calledAt recallCount } } }`,
};

const seqPattern = /"seq":(\d+)/;

/** The displays' side: who has seen which seq, and when the current publish reached each. */
class Receivers {
  readonly lastSeq: number[];
  delivered = 0;
  lastPayload = '';
  private publish: { sentAt: number; minimumSeq: number; reached: Set<number>; latencies: number[] } | null =
    null;

  constructor(readonly count: number) {
    this.lastSeq = new Array<number>(count).fill(-1);
  }

  receive(index: number, data: string, seq: number): void {
    this.delivered += 1;
    this.lastPayload = data;
    if (seq > this.lastSeq[index]!) this.lastSeq[index] = seq;
    const current = this.publish;
    if (current && seq >= current.minimumSeq && !current.reached.has(index)) {
      current.reached.add(index);
      current.latencies.push(performance.now() - current.sentAt);
    }
  }

  /** Starts timing a publish whose message carries a seq of at least `minimumSeq`. */
  begin(minimumSeq: number): void {
    this.publish = { sentAt: performance.now(), minimumSeq, reached: new Set(), latencies: [] };
  }

  /** Waits until every display has the publish (or `timeoutMs` passes); returns its latencies. */
  async finish(timeoutMs: number): Promise<{ latencies: number[]; missed: number }> {
    const deadline = performance.now() + timeoutMs;
    const current = this.publish!;
    while (current.reached.size < this.count && performance.now() < deadline) await sleep(1);
    this.publish = null;
    return { latencies: current.latencies, missed: this.count - current.reached.size };
  }

  highestSeq(): number {
    return Math.max(...this.lastSeq);
  }
}

async function connectInBatches(
  count: number,
  connect: (index: number) => Promise<WebSocket>,
): Promise<WebSocket[]> {
  const sockets: WebSocket[] = [];
  for (let start = 0; start < count; start += 250) {
    const batch = Array.from({ length: Math.min(250, count - start) }, (_, offset) =>
      connect(start + offset),
    );
    sockets.push(...(await Promise.all(batch)));
  }
  return sockets;
}

function summarise(
  latencies: number[],
  lastReached: number[],
  delivered: number,
  busyMs: number,
  cpuMs: number,
  rssBytes: number,
  displays: number,
  missed: number,
): FanOutSide {
  return {
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    lastReachedP99Ms: percentile(lastReached, 99),
    deliveredPerSecond: delivered / (busyMs / 1000),
    serverCpuMicrosecondsPerMessage: (cpuMs * 1000) / delivered,
    rssKilobytesPerConnection: rssBytes / 1024 / displays,
    missed,
  };
}

/** OneStop: `displays` graphql-ws clients on the real server, `calls` calls made through the API. */
async function measureOneStop(
  hall: BenchHall,
  server: { url: string; pid: number },
  subscription: FanOutSubscription,
  displays: number,
  calls: number,
): Promise<{ side: FanOutSide; payload: string }> {
  const counterId = hall.counterIds[0]!;
  for (let index = 0; index < calls; index += 1) await issueOne(hall);
  const receivers = new Receivers(displays);
  /** The first message that was neither an ack nor a payload (an error says why nothing arrives). */
  let unexpected: string | null = null;
  const rssBefore = await processRssBytes(server.pid);
  const webSocketUrl = `${server.url.replace('http', 'ws')}/graphql`;
  const sockets = await connectInBatches(
    displays,
    (index) =>
      new Promise<WebSocket>((resolveSocket, reject) => {
        const socket = new WebSocket(webSocketUrl, 'graphql-transport-ws');
        socket.on('open', () =>
          socket.send(JSON.stringify({ type: 'connection_init', payload: { token: hall.displayToken } })),
        );
        socket.on('error', reject);
        socket.on('message', (raw: Buffer) => {
          const head = raw.toString('latin1', 0, 120);
          if (head.includes('"connection_ack"')) {
            socket.send(
              JSON.stringify({
                id: '1',
                type: 'subscribe',
                payload: { query: documents[subscription], variables: { hallId: hall.hallId } },
              }),
            );
            resolveSocket(socket);
            return;
          }
          const seq = seqPattern.exec(head);
          if (seq) receivers.receive(index, raw.toString('utf8'), Number(seq[1]));
          else if (!unexpected) unexpected = raw.toString('utf8').slice(0, 500);
        });
      }),
  );
  // Subscriptions are registered shortly after `subscribe` is sent: settle, then a warm-up call
  // that every display must receive before anything is timed.
  await sleep(1000 + displays / 10);
  if (unexpected) throw new Error(`the ${subscription} subscription answered: ${unexpected}`);
  // Settled and subscribed, before any publish: what the connections themselves hold (as the floor).
  const rssAfter = await processRssBytes(server.pid);
  const mutate = async (query: string, variables: Record<string, unknown>): Promise<void> => {
    await hall.admin.request(query, variables);
  };
  const publishCount = async (
    send: () => Promise<void>,
  ): Promise<{ latencies: number[]; missed: number }> => {
    receivers.begin(receivers.highestSeq() + 1);
    await send();
    return await receivers.finish(10_000 + displays);
  };
  let current: string | null = null;
  const call = async (): Promise<void> => {
    const data = await hall.admin.request<{ callNext: { id: string } | null }>(
      'mutation($id: ID!) { callNext(counterId: $id) { id } }',
      { id: counterId },
    );
    current = data.callNext?.id ?? null;
  };
  const complete = async (): Promise<void> => {
    if (current) await mutate('mutation($id: ID!) { completeTicket(ticketId: $id) { id } }', { id: current });
  };
  await publishCount(call);
  await publishCount(complete);

  const latencies: number[] = [];
  const lastReached: number[] = [];
  let missed = 0;
  let busyMs = 0;
  const deliveredBefore = receivers.delivered;
  const cpuBefore = await processCpuMilliseconds(server.pid);
  for (let index = 1; index < calls; index += 1) {
    const started = performance.now();
    const called = await publishCount(call);
    busyMs += performance.now() - started;
    latencies.push(...called.latencies);
    lastReached.push(Math.max(...called.latencies));
    missed += called.missed;
    // The completion is a publish too (counted in CPU and delivery), but only calls are timed.
    const completeStarted = performance.now();
    const completed = await publishCount(complete);
    busyMs += performance.now() - completeStarted;
    missed += completed.missed;
  }
  const cpuMs = (await processCpuMilliseconds(server.pid)) - cpuBefore;
  const delivered = receivers.delivered - deliveredBefore;
  for (const socket of sockets) socket.terminate();
  await sleep(500);
  return {
    side: summarise(latencies, lastReached, delivered, busyMs, cpuMs, rssAfter - rssBefore, displays, missed),
    payload: receivers.lastPayload,
  };
}

/** The floor: the same number of bare `ws` sockets, the same payload bytes, broadcast as they are. */
async function measureFloor(payload: string, displays: number, calls: number): Promise<FanOutSide> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', resolve(import.meta.dirname, '../support/ws-floor-server.ts')],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const port = await new Promise<number>((resolvePort) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /ready (\d+)/.exec(chunk.toString());
      if (match) resolvePort(Number(match[1]));
    });
  });
  try {
    const receivers = new Receivers(displays);
    const rssBefore = await processRssBytes(child.pid!);
    let broadcastSeq = 0;
    const sockets = await connectInBatches(
      displays,
      (index) =>
        new Promise<WebSocket>((resolveSocket, reject) => {
          const socket = new WebSocket(`ws://127.0.0.1:${port}`);
          socket.on('open', () => resolveSocket(socket));
          socket.on('error', reject);
          // The payload's own seq never changes, so each receipt counts as the current broadcast.
          socket.on('message', (raw: Buffer) => {
            raw.toString('latin1', 0, 120);
            receivers.receive(index, '', broadcastSeq);
          });
        }),
    );
    await sleep(500);
    const rssAfter = await processRssBytes(child.pid!);
    const broadcast = async (): Promise<{ latencies: number[]; missed: number }> => {
      broadcastSeq += 1;
      receivers.begin(broadcastSeq);
      await fetch(`http://127.0.0.1:${port}/broadcast`, { method: 'POST', body: payload });
      return await receivers.finish(10_000 + displays);
    };
    await broadcast();
    const latencies: number[] = [];
    const lastReached: number[] = [];
    let missed = 0;
    let busyMs = 0;
    const deliveredBefore = receivers.delivered;
    const cpuBefore = await processCpuMilliseconds(child.pid!);
    for (let index = 1; index < calls; index += 1) {
      const started = performance.now();
      const sent = await broadcast();
      busyMs += performance.now() - started;
      latencies.push(...sent.latencies);
      lastReached.push(Math.max(...sent.latencies));
      missed += sent.missed;
    }
    const cpuMs = (await processCpuMilliseconds(child.pid!)) - cpuBefore;
    const delivered = receivers.delivered - deliveredBefore;
    for (const socket of sockets) socket.terminate();
    return summarise(
      latencies,
      lastReached,
      delivered,
      busyMs,
      cpuMs,
      rssAfter - rssBefore,
      displays,
      missed,
    );
  } finally {
    child.kill('SIGTERM');
  }
}

/** One fan-out case: OneStop, then the floor with the payload OneStop actually sent. */
export async function benchFanOut(
  hall: BenchHall,
  server: { url: string; pid: number },
  options: { subscription: FanOutSubscription; displays: number; calls: number },
): Promise<FanOutFigures> {
  const oneStop = await measureOneStop(hall, server, options.subscription, options.displays, options.calls);
  const floor = await measureFloor(oneStop.payload, options.displays, options.calls);
  return {
    subscription: options.subscription,
    displays: options.displays,
    calls: options.calls,
    payloadBytes: Buffer.byteLength(oneStop.payload),
    oneStop: oneStop.side,
    floor,
  };
}
