import { expect, it } from 'vitest';
import type { HallEventBus } from '../../src/realtime/event-bus.js';
import { expectEventually } from '../support/eventually.js';
import { recorder, seqsUpTo, type BusDatabase } from './bus-fixture.js';

/** What the shared suite needs of a cross-instance bus beyond {@link HallEventBus}. */
export interface TransportBus extends HallEventBus {
  /** Names the instance, and the connections it opens. */
  readonly origin: string;
  /** Whether it listens to the other instances now. */
  readonly listening: boolean;
  /** How many times its listening connection was re-established. */
  readonly reconnects: number;
}

/** The options of every transport the suite sets. */
export interface TransportBusOptions {
  /** First wait before re-establishing a lost listening connection. */
  reconnectDelayMs?: number;
  /** How often followed halls are compared with the table (0: never). */
  checkIntervalMs?: number;
}

/**
 * One transport under the suite: its test database, how to start an instance's bus (closed after
 * the file), and how to see and cut that bus's connections from the server's side.
 */
export interface BusTransport<Bus extends TransportBus> {
  database(): BusDatabase;
  startBus(options?: TransportBusOptions): Promise<Bus>;
  /** Cuts the bus's listening connection from the server's side, as a network fault would. */
  cutListenerConnection(bus: Bus): Promise<void>;
  /** Whether the server still has connections this bus opened. */
  hasOpenConnections(bus: Bus): Promise<boolean>;
}

/**
 * What every cross-instance transport must do, written once and run for each one inside its own
 * describe (postgres-event-bus.test.ts, redis-event-bus.test.ts): each event once and in order on
 * every instance, whatever the transport lost filled from the hall_event table, and clean closing.
 */
export function describeBusContract<Bus extends TransportBus>(transport: BusTransport<Bus>): void {
  const database = (): BusDatabase => transport.database();

  it('delivers each event once and in order, on the other instance and on the publishing one', async () => {
    const hallId = await database().createHall();
    const [one, two] = [await transport.startBus(), await transport.startBus()];
    const onOne = recorder();
    const onTwo = recorder();
    one.subscribe(hallId, onOne.listener);
    two.subscribe(hallId, onTwo.listener);
    // Transactions of one and of several events, published from both instances in turn.
    for (const [bus, count] of [
      [two, 1],
      [one, 2],
      [two, 3],
      [one, 1],
    ] as const) {
      await database().commit(hallId, count, { bus });
    }
    await expectEventually(() => {
      expect(onOne.seqs()).toEqual(seqsUpTo(7));
      expect(onTwo.seqs()).toEqual(seqsUpTo(7));
    });
    // A last event, then nothing late or repeated before it.
    const [last] = await database().commit(hallId, 1, { bus: two });
    await expectEventually(() => expect(onOne.seqs().at(-1)).toBe(last!.seq));
    expect(onOne.seqs()).toEqual(seqsUpTo(8));
    expect(onTwo.seqs()).toEqual(seqsUpTo(8));
    expect(onOne.events).toEqual(onTwo.events);
  });

  it('reconnects by itself after its connection is cut and delivers what was published meanwhile, with no further event', async () => {
    const busy = await database().createHall();
    const quiet = await database().createHall();
    // A second of waiting before reconnecting leaves time to commit while nobody listens.
    const listener = await transport.startBus({ reconnectDelayMs: 1_000 });
    const publisher = await transport.startBus();
    const onBusy = recorder();
    const onQuiet = recorder();
    listener.subscribe(busy, onBusy.listener);
    listener.subscribe(quiet, onQuiet.listener);
    await database().commit(busy, 2, { bus: publisher });
    await expectEventually(() => expect(onBusy.seqs()).toEqual([1, 2]));

    await transport.cutListenerConnection(listener);
    await expectEventually(() => expect(listener.listening).toBe(false));
    // Committed and published while the listener is away: neither NOTIFY nor pub/sub keeps
    // anything for it.
    await database().commit(busy, 3, { bus: publisher });
    await database().commit(quiet, 2, { bus: publisher });
    expect(listener.listening).toBe(false);

    await expectEventually(() => {
      expect(onBusy.seqs()).toEqual(seqsUpTo(5));
      expect(onQuiet.seqs()).toEqual([1, 2]);
    });
    expect(listener.reconnects).toBe(1);
    // Live again afterwards, without repeats.
    await database().commit(busy, 1, { bus: publisher });
    await expectEventually(() => expect(onBusy.seqs()).toEqual(seqsUpTo(6)));
  });

  it('catches up on events whose message never came', async () => {
    const hallId = await database().createHall();
    const bus = await transport.startBus({ checkIntervalMs: 100 });
    const received = recorder();
    bus.subscribe(hallId, received.listener);
    // Committed and never published (a crash between commit and publish): only the periodic
    // check of the table can bring them.
    await database().commit(hallId, 3);
    await expectEventually(() => expect(received.seqs()).toEqual([1, 2, 3]));
  });

  it('fills a gap from the table when a later event arrives first', async () => {
    const hallId = await database().createHall();
    const [sender, receiver] = [await transport.startBus(), await transport.startBus()];
    const received = recorder();
    receiver.subscribe(hallId, received.listener);
    await database().commit(hallId, 1, { bus: sender });
    await expectEventually(() => expect(received.seqs()).toEqual([1]));
    // Seqs 2 and 3 never published; 4 is, and brings them along in order.
    await database().commit(hallId, 2);
    await database().commit(hallId, 1, { bus: sender });
    await expectEventually(() => expect(received.seqs()).toEqual([1, 2, 3, 4]));
  });

  it('keeps sending after a transaction that wrote no events', async () => {
    const hallId = await database().createHall();
    const [sender, receiver] = [await transport.startBus(), await transport.startBus()];
    const received = recorder();
    receiver.subscribe(hallId, received.listener);
    sender.publish([]);
    await database().commit(hallId, 1, { bus: sender });
    await database().commit(hallId, 1, { bus: sender });
    await expectEventually(() => expect(received.seqs()).toEqual([1, 2]));
  });

  it('closes its connections, and a second close is harmless', async () => {
    const bus = await transport.startBus();
    bus.subscribe(await database().createHall(), () => undefined);
    expect(await transport.hasOpenConnections(bus)).toBe(true);
    await bus.close();
    await bus.close();
    await expectEventually(async () => expect(await transport.hasOpenConnections(bus)).toBe(false));
  });
}
