import { fork, spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type pg from 'pg';
import WebSocket from 'ws';
import { seededRandom } from '../../src/common/seeded-random.js';
import type { FleetAnswer, FleetCommand, FleetMeasure } from '../support/display-fleet.js';
import { GraphqlHttp } from '../support/graphql-http.js';
import {
  machineCpuTicks,
  percentile,
  processCpuMilliseconds,
  processRssBytes,
  settleDatabase,
  sleep,
} from '../support/measure.js';
import type { ProvinceHall } from '../support/province-district.js';

/**
 * The province: thousands of halls on one installation, loaded the way halls load it — each hall
 * its own open-loop Poisson stream of the kiosk's issues and its counters' calls, recalls,
 * starts, completions, no-shows and pauses, at rates proportional to its counters — with every
 * hall's displays following its events. See README "Performance", "The province".
 */
export type ProvinceOperation =
  | 'issueTicket'
  | 'callNext'
  | 'recallTicket'
  | 'startServing'
  | 'completeTicket'
  | 'markNoShow'
  | 'pauseCounter'
  | 'resumeCounter';

export interface LatencySummary {
  count: number;
  p50Ms: number;
  p99Ms: number;
}

export interface LoadStep {
  /** Mutations per second asked for (the Poisson rate of all halls together). */
  rate: number;
  /** Mutations per second answered, over the step. */
  achieved: number;
  p50Ms: number;
  p99Ms: number;
  failures: number;
  /** The server fell seconds behind and the step was cut short (not held). */
  overloaded: boolean;
  /** Commit to the hall's last display, per event. */
  display: { p50Ms: number; p99Ms: number; events: number; incomplete: number };
  /** Server CPU per answered mutation (all its work: HTTP, GraphQL, SQL client, pushes). */
  serverCpuMsPerMutation: number;
  /** The machine's busy share over the step (server, PostgreSQL, load generator, displays). */
  machineBusyPercent: number;
  held: boolean;
}

export interface ProvinceFigures {
  instances: number;
  halls: number;
  counters: number;
  displays: number;
  /** Counters per hall: the smallest, median, largest, and the halls of 60 or more. */
  hallSizes: { smallest: number; median: number; largest: number; largeHalls: number };
  connectMs: number;
  /** Server RSS added by the idle displays, per display (beside the floor's bare `ws` socket). */
  rssKilobytesPerIdleDisplay: number;
  base: LoadStep & { byOperation: Record<string, LatencySummary>; failureCodes: Record<string, number> };
  seconds: number;
  lost: number;
  repeated: number;
  serverRssMegabytes: number;
  capacity: { steps: LoadStep[]; heldRate: number | null; limitMs: number };
  storm?: {
    displays: number;
    /** Mutations per second during the storm. */
    rate: number;
    allCaughtUpMs: number;
    p50Ms: number;
    p99Ms: number;
    notCaughtUp: number;
    connectRetries: number;
  };
  floor?: { p50Ms: number; p99Ms: number; rssKilobytesPerIdleSocket: number };
}

export interface ProvinceOptions {
  halls: ProvinceHall[];
  servers: { url: string; pid: number }[];
  pool: pg.Pool;
  rate: number;
  warmSeconds: number;
  seconds: number;
  capacity: { factors: number[]; seconds: number; limitMs: number };
  storm: boolean;
  floor: boolean;
  seed: number;
}

const documents: Record<ProvinceOperation, string> = {
  issueTicket: 'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { id } } }',
  callNext: 'mutation($id: ID!) { callNext(counterId: $id) { id } }',
  recallTicket: 'mutation($id: ID!) { recallTicket(ticketId: $id) { id } }',
  startServing: 'mutation($id: ID!) { startServing(ticketId: $id) { id } }',
  completeTicket: 'mutation($id: ID!) { completeTicket(ticketId: $id) { id } }',
  markNoShow: 'mutation($id: ID!) { markNoShow(ticketId: $id) { id } }',
  pauseCounter: 'mutation($id: ID!) { pauseCounter(counterId: $id, reason: "break") { id } }',
  resumeCounter: 'mutation($id: ID!) { resumeCounter(counterId: $id) { id } }',
};

interface CounterState {
  id: string;
  state: 'idle' | 'called' | 'serving' | 'paused';
  ticketId: string | null;
  recalls: number;
  /** A request of this counter is on its way: the counter's next step waits for its answer. */
  busy: boolean;
}

interface HallState {
  hall: ProvinceHall;
  /** Tickets issued and not yet called, as far as this generator knows. */
  waiting: number;
  kiosk: GraphqlHttp;
  clerk: GraphqlHttp;
  counters: CounterState[];
}

/** Requests waiting for answers, in seconds of the asked rate, beyond which a step is given up. */
const backlogSeconds = 3;

/** A hall's share of the issues among its arrivals; the rest are its counters' steps. */
const issueShare = 0.27;

class ProvinceLoad {
  private readonly states: HallState[];
  /** Cumulative counter totals: a hall is drawn with the weight of its counters. */
  private readonly cumulative: number[];
  private readonly random: () => number;

  constructor(halls: ProvinceHall[], urls: string[], seed: number, start: ProvinceStart) {
    this.random = seededRandom(seed);
    this.states = halls.map((hall, index) => {
      const client = new GraphqlHttp(urls[index % urls.length]!);
      return {
        hall,
        waiting: start.waiting.get(hall.id) ?? 0,
        kiosk: client.withToken(hall.kioskToken),
        clerk: client.withToken(hall.clerkToken),
        counters: hall.counterIds.map((id) => ({
          id,
          state: 'idle',
          ticketId: null,
          recalls: 0,
          busy: false,
          ...start.counters.get(id),
        })),
      };
    });
    let total = 0;
    this.cumulative = halls.map((hall) => (total += hall.counterIds.length));
  }

  /** Poisson arrivals at `rate` for `seconds`; each request timed from its scheduled start. */
  async run(
    rate: number,
    seconds: number,
  ): Promise<{
    latencies: Map<ProvinceOperation, number[]>;
    failures: Map<string, number>;
    answered: number;
    /** The server fell more than `backlogSeconds` behind: the rest of the step was not sent. */
    overloaded: boolean;
  }> {
    const latencies = new Map<ProvinceOperation, number[]>();
    const failures = new Map<string, number>();
    let answered = 0;
    let overloaded = false;
    const started = performance.now();
    const end = started + seconds * 1000;
    const inFlight = new Set<Promise<void>>();
    let due = started + this.exponential(rate);
    while (due < end) {
      // An open loop against a server that cannot keep up queues without end: stop the step once
      // the requests waiting for answers are more than a few seconds of the rate.
      if (inFlight.size > rate * backlogSeconds) {
        overloaded = true;
        break;
      }
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      // Everything due by now goes out, each timed from the moment it was due.
      const now = performance.now();
      while (due <= now && due < end) {
        const scheduled = due;
        const request = this.arrival().then(
          (operation) => {
            if (!operation) return;
            answered += 1;
            const list = latencies.get(operation) ?? [];
            list.push(performance.now() - scheduled);
            latencies.set(operation, list);
          },
          (error: unknown) => {
            const code = String(error instanceof Error ? error.message : error).split(':')[0]!;
            failures.set(code, (failures.get(code) ?? 0) + 1);
          },
        );
        inFlight.add(request);
        void request.finally(() => inFlight.delete(request));
        due += this.exponential(rate);
      }
    }
    await Promise.all(inFlight);
    return { latencies, failures, answered, overloaded };
  }

  private exponential(rate: number): number {
    return (-Math.log(1 - this.random()) / rate) * 1000;
  }

  private pickHall(): HallState {
    const target = this.random() * this.cumulative[this.cumulative.length - 1]!;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return this.states[low]!;
  }

  /** One arrival at a hall drawn by size: the kiosk issues, or a free counter takes its next step. */
  private async arrival(): Promise<ProvinceOperation | null> {
    const hall = this.pickHall();
    let counter: CounterState | undefined;
    if (this.random() >= issueShare) {
      for (let attempt = 0; attempt < 4 && !counter; attempt += 1) {
        const candidate = hall.counters[Math.floor(this.random() * hall.counters.length)]!;
        if (!candidate.busy) counter = candidate;
      }
    }
    // A clerk calls when someone waits: the kiosk takes the arrival of a free counter in an empty
    // hall, and of a hall whose counters are all waiting for answers.
    if (counter?.state === 'idle' && hall.waiting <= 0) counter = undefined;
    if (!counter) {
      const serviceId = hall.hall.serviceIds[Math.floor(this.random() * hall.hall.serviceIds.length)]!;
      hall.waiting += 1;
      await hall.kiosk.request(documents.issueTicket, { input: { hallId: hall.hall.id, serviceId } });
      return 'issueTicket';
    }
    counter.busy = true;
    try {
      return await this.counterStep(hall, counter);
    } finally {
      counter.busy = false;
    }
  }

  private async counterStep(hall: HallState, counter: CounterState): Promise<ProvinceOperation> {
    const draw = this.random();
    const mutate = async (operation: ProvinceOperation, id: string): Promise<{ id: string } | null> => {
      const data = await hall.clerk.request<Record<string, { id: string } | null>>(documents[operation], {
        id,
      });
      return data[operation] ?? null;
    };
    switch (counter.state) {
      case 'paused':
        await mutate('resumeCounter', counter.id);
        counter.state = 'idle';
        return 'resumeCounter';
      case 'idle': {
        if (draw < 0.01) {
          await mutate('pauseCounter', counter.id);
          counter.state = 'paused';
          return 'pauseCounter';
        }
        hall.waiting -= 1;
        const ticket = await mutate('callNext', counter.id);
        if (ticket) Object.assign(counter, { state: 'called', ticketId: ticket.id, recalls: 0 });
        // Nobody was left (another counter of the hall was quicker): the count was off by one.
        else hall.waiting = Math.max(0, hall.waiting + 1);
        return 'callNext';
      }
      case 'called': {
        const ticketId = counter.ticketId!;
        if (draw < 0.08 && counter.recalls < 2) {
          await mutate('recallTicket', ticketId);
          counter.recalls += 1;
          return 'recallTicket';
        }
        if (draw < 0.12) {
          await mutate('markNoShow', ticketId);
          Object.assign(counter, { state: 'idle', ticketId: null });
          return 'markNoShow';
        }
        await mutate('startServing', ticketId);
        counter.state = 'serving';
        return 'startServing';
      }
      case 'serving':
        await mutate('completeTicket', counter.ticketId!);
        Object.assign(counter, { state: 'idle', ticketId: null });
        return 'completeTicket';
    }
  }
}

/** Where the halls stand as a case begins (a case after another finds its counters mid-ticket). */
interface ProvinceStart {
  waiting: Map<string, number>;
  counters: Map<string, Pick<CounterState, 'state' | 'ticketId' | 'recalls'>>;
}

async function readProvinceStart(pool: pg.Pool, halls: ProvinceHall[]): Promise<ProvinceStart> {
  const hallIds = halls.map((hall) => hall.id);
  const counters = await pool.query<{
    id: string;
    status: string;
    ticket_id: string | null;
    segment_status: string | null;
    recall_count: number | null;
  }>(
    `SELECT c.id, c.status, s.ticket_id, s.status AS segment_status, s.recall_count
       FROM counter c LEFT JOIN segment s ON s.counter_id = c.id AND s.status IN ('CALLED', 'SERVING')
      WHERE c.hall_id = ANY($1::uuid[])`,
    [hallIds],
  );
  const waiting = await pool.query<{ hall_id: string; waiting: number }>(
    `SELECT hall_id, count(*)::int AS waiting FROM segment
      WHERE hall_id = ANY($1::uuid[]) AND status = 'WAITING' GROUP BY hall_id`,
    [hallIds],
  );
  return {
    waiting: new Map(waiting.rows.map((row) => [row.hall_id, row.waiting])),
    counters: new Map(
      counters.rows.map((row) => [
        row.id,
        row.status === 'PAUSED'
          ? { state: 'paused', ticketId: null, recalls: 0 }
          : row.segment_status === 'CALLED'
            ? { state: 'called', ticketId: row.ticket_id, recalls: row.recall_count ?? 0 }
            : row.segment_status === 'SERVING'
              ? { state: 'serving', ticketId: row.ticket_id, recalls: 0 }
              : { state: 'idle', ticketId: null, recalls: 0 },
      ]),
    ),
  };
}

/** The display fleet's process, and a typed request/answer over its IPC channel. */
class Fleet {
  private readonly child: ChildProcess;
  private readonly waiting: ((answer: FleetAnswer) => void)[] = [];
  failure: string | null = null;

  constructor() {
    this.child = fork(resolve(import.meta.dirname, '../support/display-fleet.ts'), [], {
      execArgv: ['--import', 'tsx', '--max-old-space-size=4096'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.on('message', (answer: FleetAnswer) => {
      if (answer.type === 'failed') {
        this.failure ??= answer.message;
        return;
      }
      this.waiting.shift()?.(answer);
    });
  }

  async ask<Type extends FleetAnswer['type']>(
    command: FleetCommand,
    expected: Type,
  ): Promise<Extract<FleetAnswer, { type: Type }>> {
    const answer = await new Promise<FleetAnswer>((resolveAnswer) => {
      this.waiting.push(resolveAnswer);
      this.child.send(command);
    });
    if (answer.type !== expected)
      throw new Error(`the display fleet answered ${answer.type} to ${command.type}`);
    return answer as Extract<FleetAnswer, { type: Type }>;
  }

  tell(command: FleetCommand): void {
    this.child.send(command);
  }

  close(): void {
    this.child.send({ type: 'close' } satisfies FleetCommand);
  }
}

const cpuOf = async (servers: { pid: number }[]): Promise<number> =>
  (await Promise.all(servers.map((server) => processCpuMilliseconds(server.pid)))).reduce((a, b) => a + b, 0);
const rssOf = async (servers: { pid: number }[]): Promise<number> =>
  (await Promise.all(servers.map((server) => processRssBytes(server.pid)))).reduce((a, b) => a + b, 0);

async function measuredStep(
  load: ProvinceLoad,
  fleet: Fleet,
  servers: { pid: number }[],
  rate: number,
  seconds: number,
  limitMs: number,
): Promise<{ step: LoadStep; run: Awaited<ReturnType<ProvinceLoad['run']>>; window: FleetMeasure }> {
  const cpuBefore = await cpuOf(servers);
  const ticksBefore = await machineCpuTicks();
  const started = performance.now();
  fleet.tell({ type: 'measure', on: true });
  const run = await load.run(rate, seconds);
  const elapsed = (performance.now() - started) / 1000;
  // Pushes of the step's last mutations are still on their way: give them a moment.
  await sleep(500);
  const window = await fleet.ask({ type: 'measure', on: false }, 'measured');
  const cpu = (await cpuOf(servers)) - cpuBefore;
  const ticksAfter = await machineCpuTicks();
  const all = [...run.latencies.values()].flat();
  const failures = [...run.failures.values()].reduce((a, b) => a + b, 0);
  const busy = ticksAfter.busy - ticksBefore.busy;
  const p99 = percentile(all, 99);
  return {
    step: {
      rate,
      achieved: run.answered / elapsed,
      p50Ms: percentile(all, 50),
      p99Ms: p99,
      failures,
      overloaded: run.overloaded,
      display: {
        p50Ms: percentile(window.latencies, 50),
        p99Ms: percentile(window.latencies, 99),
        events: window.events,
        incomplete: window.incomplete,
      },
      serverCpuMsPerMutation: cpu / Math.max(1, run.answered),
      machineBusyPercent:
        (100 * busy) /
        Math.max(1, busy + ticksAfter.idle - ticksBefore.idle + ticksAfter.steal - ticksBefore.steal),
      held: !run.overloaded && p99 <= limitMs && failures <= run.answered / 1000,
    },
    run,
    window,
  };
}

/** The floor of the mutations: a bare `INSERT … RETURNING` through `pg` on the same Poisson schedule. */
async function mutationFloor(pool: pg.Pool, rate: number, seconds: number, seed: number): Promise<number[]> {
  await pool.query(`CREATE TABLE IF NOT EXISTS bench_floor_ticket (
    id bigserial PRIMARY KEY, hall_id uuid NOT NULL, number text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`);
  const random = seededRandom(seed);
  const latencies: number[] = [];
  const pending: Promise<unknown>[] = [];
  const started = performance.now();
  let due = started;
  let index = 0;
  while (due < started + seconds * 1000) {
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    const scheduled = due;
    index += 1;
    pending.push(
      pool
        .query(
          'INSERT INTO bench_floor_ticket (hall_id, number) VALUES (gen_random_uuid(), $1) RETURNING id',
          [`A${index}`],
        )
        .then(() => latencies.push(performance.now() - scheduled)),
    );
    due += (-Math.log(1 - random()) / rate) * 1000;
  }
  await Promise.all(pending);
  return latencies;
}

/** The floor of an idle display: RSS of `count` bare `ws` sockets on a bare `ws` server. */
async function idleSocketFloor(count: number): Promise<number> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', resolve(import.meta.dirname, '../support/ws-floor-server.ts')],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    const port = await new Promise<number>((resolvePort) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        const match = /ready (\d+)/.exec(chunk.toString());
        if (match) resolvePort(Number(match[1]));
      });
    });
    await sleep(300);
    const before = await processRssBytes(child.pid!);
    const sockets: WebSocket[] = [];
    for (let start = 0; start < count; start += 250) {
      const batch = Array.from(
        { length: Math.min(250, count - start) },
        () =>
          new Promise<WebSocket>((resolveSocket, reject) => {
            const socket = new WebSocket(`ws://127.0.0.1:${port}`, { perMessageDeflate: false });
            socket.on('open', () => resolveSocket(socket));
            socket.on('error', reject);
          }),
      );
      sockets.push(...(await Promise.all(batch)));
    }
    await sleep(1000);
    const after = await processRssBytes(child.pid!);
    for (const socket of sockets) socket.terminate();
    return (after - before) / 1024 / count;
  } finally {
    child.kill('SIGTERM');
  }
}

const summarise = (latencies: number[]): LatencySummary => ({
  count: latencies.length,
  p50Ms: percentile(latencies, 50),
  p99Ms: percentile(latencies, 99),
});

export async function benchProvince(
  options: ProvinceOptions,
  step: (message: string) => void,
): Promise<ProvinceFigures> {
  const { halls, servers, pool } = options;
  const urls = servers.map((server) => server.url);
  const sizes = halls.map((hall) => hall.counterIds.length).sort((a, b) => a - b);
  const displays = halls.reduce((sum, hall) => sum + hall.displays, 0);
  const seqs = await pool.query<{ id: string; last_event_seq: number }>(
    'SELECT id, last_event_seq FROM hall WHERE id = ANY($1::uuid[])',
    [halls.map((hall) => hall.id)],
  );
  const seqByHall = new Map(seqs.rows.map((row) => [row.id, row.last_event_seq]));

  const fleet = new Fleet();
  try {
    const rssBefore = await rssOf(servers);
    step(
      `province: connecting ${displays} displays of ${halls.length} halls to ${servers.length} instance(s)`,
    );
    const connected = await fleet.ask(
      {
        type: 'connect',
        halls: halls.map((hall, index) => ({
          hallId: hall.id,
          token: hall.displayToken,
          displays: hall.displays,
          afterSeq: seqByHall.get(hall.id) ?? 0,
          // A hall's displays alternate between the instances; its mutations go to one of them.
          urls:
            urls.length > 1
              ? [urls[index % urls.length]!, ...urls.filter((_, i) => i !== index % urls.length)]
              : urls,
        })),
      },
      'connected',
    );
    await sleep(2000);
    const rssIdle = await rssOf(servers);

    const load = new ProvinceLoad(halls, urls, options.seed, await readProvinceStart(pool, halls));
    step(`province: warming at ${options.rate}/s for ${options.warmSeconds} s`);
    await load.run(options.rate, options.warmSeconds);
    await settleDatabase(pool);
    step(`province: ${options.rate}/s for ${options.seconds} s`);
    const base = await measuredStep(
      load,
      fleet,
      servers,
      options.rate,
      options.seconds,
      options.capacity.limitMs,
    );
    const serverRss = await rssOf(servers);
    const byOperation = Object.fromEntries(
      [...base.run.latencies.entries()].map(([operation, latencies]) => [operation, summarise(latencies)]),
    );

    const steps: LoadStep[] = [base.step];
    let heldRate: number | null = base.step.held ? options.rate : null;
    // Up from the province's rate while it holds; down from it, until one holds, when it does not.
    const factors =
      options.capacity.factors.length === 0
        ? []
        : base.step.held
          ? options.capacity.factors
          : [0.75, 0.5, 0.35, 0.25, 0.15, 0.1];
    {
      for (const factor of factors) {
        const rate = Math.round(options.rate * factor);
        await settleDatabase(pool);
        step(`province capacity: ${rate}/s for ${options.capacity.seconds} s`);
        const { step: measured } = await measuredStep(
          load,
          fleet,
          servers,
          rate,
          options.capacity.seconds,
          options.capacity.limitMs,
        );
        steps.push(measured);
        if (base.step.held !== measured.held) {
          if (measured.held) heldRate = rate;
          break;
        }
        if (measured.held) heldRate = rate;
      }
    }

    let storm: ProvinceFigures['storm'];
    if (options.storm) {
      // Under the load the server carried (the province's own rate when it held).
      const stormRate = Math.min(options.rate, heldRate ?? Math.round(options.rate * (factors.at(-1) ?? 1)));
      step(`province: reconnect storm, ${displays} displays dropped for 2 s under ${stormRate}/s`);
      const running = load.run(stormRate, 6);
      await sleep(1000);
      await fleet.ask({ type: 'drop' }, 'dropped');
      await sleep(2000);
      const targets = await pool.query<{ id: string; last_event_seq: number }>(
        'SELECT id, last_event_seq FROM hall WHERE id = ANY($1::uuid[])',
        [halls.map((hall) => hall.id)],
      );
      const targetByHall = new Map(targets.rows.map((row) => [row.id, row.last_event_seq]));
      const reconnected = await fleet.ask(
        { type: 'reconnect', targets: halls.map((hall) => targetByHall.get(hall.id)!), timeoutMs: 120_000 },
        'reconnected',
      );
      await running;
      storm = {
        displays,
        rate: stormRate,
        allCaughtUpMs: Math.max(...reconnected.catchUpMs),
        p50Ms: percentile(reconnected.catchUpMs, 50),
        p99Ms: percentile(reconnected.catchUpMs, 99),
        notCaughtUp: reconnected.notCaughtUp,
        connectRetries: reconnected.connectRetries,
      };
    }
    // The run's whole record of seqs: lost and repeated since the displays connected.
    await sleep(500);
    const totals = await fleet.ask({ type: 'totals' }, 'totals');
    if (fleet.failure) throw new Error(fleet.failure);

    let floor: ProvinceFigures['floor'];
    if (options.floor) {
      await settleDatabase(pool);
      step(`province floor: bare INSERT … RETURNING at ${options.rate}/s, ${displays} bare ws sockets`);
      const floorLatencies = await mutationFloor(pool, options.rate, options.seconds, options.seed);
      floor = {
        p50Ms: percentile(floorLatencies, 50),
        p99Ms: percentile(floorLatencies, 99),
        rssKilobytesPerIdleSocket: await idleSocketFloor(displays),
      };
    }

    const failureCodes = Object.fromEntries(base.run.failures);
    return {
      instances: servers.length,
      halls: halls.length,
      counters: sizes.reduce((a, b) => a + b, 0),
      displays,
      hallSizes: {
        smallest: sizes[0]!,
        median: sizes[Math.floor(sizes.length / 2)]!,
        largest: sizes[sizes.length - 1]!,
        largeHalls: sizes.filter((size) => size >= 60).length,
      },
      connectMs: connected.milliseconds,
      rssKilobytesPerIdleDisplay: (rssIdle - rssBefore) / 1024 / displays,
      base: { ...base.step, byOperation, failureCodes },
      seconds: options.seconds,
      lost: totals.lost,
      repeated: totals.repeated,
      serverRssMegabytes: serverRss / 1024 / 1024,
      capacity: { steps, heldRate, limitMs: options.capacity.limitMs },
      ...(storm ? { storm } : {}),
      ...(floor ? { floor } : {}),
    };
  } finally {
    fleet.close();
  }
}
