import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Locale } from '@onestop/shared';
import type { Clock } from '../../config.js';
import type { HallEventBus } from '../../realtime/event-bus.js';
import { HallEventStreams } from '../../realtime/event-stream.js';
import type { HallEventMessage } from '../../realtime/events.js';
import { SharedComputation } from '../../realtime/shared-computation.js';
import { currentView } from '../tickets/current-segment.js';
import { nextForCounter } from '../tickets/ticket-queries.js';
import type { TicketView } from '../tickets/ticket.types.js';
import { minuteOf } from '../remote-join/check-in-code.js';
import { buildBoard, buildHallStatus, hallStatusSignature } from './board.service.js';
import type { Board, HallStatus } from './board.types.js';
import { CounterPresence } from './counter-presence.js';

/** How often the boards are checked for a check-in code of a past minute. */
const checkInCodeCheckIntervalMs = 5_000;

/** How many tickets counterQueueUpdated pushes. */
const counterQueueLength = 20;

/**
 * The live views of the API, each computed once per change and shared by all its subscribers:
 * boards and manager status per hall, next tickets per counter, a citizen's ticket per ticket.
 * What each view is, is computed here in the modules; realtime/ delivers it (SharedComputation
 * recomputes on the hall's events, HallEventStreams carries the events themselves).
 */
export class HallFeeds {
  readonly boards: SharedComputation<Board>;
  readonly statuses: SharedComputation<HallStatus>;
  readonly counterQueues: SharedComputation<TicketView[]>;
  readonly tickets: SharedComputation<TicketView>;
  /** Which counters a workstation follows, for the COUNTER_UNATTENDED alert. */
  readonly presence: CounterPresence;
  private readonly eventStreams: HallEventStreams;
  private readonly alertTimer: NodeJS.Timeout;
  private readonly checkInCodeTimer: NodeJS.Timeout;

  constructor(
    private readonly orm: MikroORM<PostgreSqlDriver>,
    private readonly bus: HallEventBus,
    clock: Clock,
    /** How often the managers' status is recomputed for alerts that time alone raises or clears. */
    alertCheckIntervalMs: number,
  ) {
    const fork = (): EntityManager => orm.em.fork();
    this.presence = new CounterPresence(clock);
    this.eventStreams = new HallEventStreams(bus, fork);
    this.boards = new SharedComputation(bus, (hallId) => buildBoard(fork(), hallId, clock()));
    this.statuses = new SharedComputation(
      bus,
      (key) => {
        const [hallId, locale] = key.split('|') as [string, Locale];
        return buildHallStatus(fork(), hallId, clock(), locale, this.presence);
      },
      () => true,
      (previous, next) => hallStatusSignature(previous) !== hallStatusSignature(next),
    );
    this.alertTimer = setInterval(() => this.statuses.recheckAll(), alertCheckIntervalMs);
    // The timer alone must not keep a process alive.
    this.alertTimer.unref();
    // A board showing a check-in code is pushed again soon after the minute turns: the previous
    // minute's code is still accepted, so this much lag refuses nobody.
    this.checkInCodeTimer = setInterval(() => {
      const minute = minuteOf(clock());
      this.boards.refreshWhere(
        (board) => board.checkInCodeMinute !== null && board.checkInCodeMinute !== minute,
      );
    }, checkInCodeCheckIntervalMs);
    this.checkInCodeTimer.unref();
    this.counterQueues = new SharedComputation(
      bus,
      async (counterId) => await nextForCounter(fork(), counterId, clock(), counterQueueLength),
      (event) => event.type.startsWith('TICKET_') || event.type.startsWith('COUNTER_'),
    );
    this.tickets = new SharedComputation(
      bus,
      async (ticketId) => await currentView(fork(), { ticketId }),
      // Any call ahead moves a waiting ticket's position, so every ticket event of the hall counts.
      (event: HallEventMessage) => event.type.startsWith('TICKET_'),
    );
  }

  /** Every event of a hall, replayed after `afterSeq`, then live. */
  events(hallId: string, afterSeq: number | null): AsyncIterableIterator<HallEventMessage> {
    return this.eventStreams.stream(hallId, afterSeq);
  }

  board(hallId: string): AsyncIterableIterator<Board> {
    return this.boards.subscribe(hallId, hallId);
  }

  hallStatus(hallId: string, locale: Locale): AsyncIterableIterator<HallStatus> {
    return this.statuses.subscribe(`${hallId}|${locale}`, hallId);
  }

  /** A counter's next tickets; while followed, the counter counts as attended by a workstation. */
  counterQueue(counterId: string, hallId: string): AsyncIterableIterator<TicketView[]> {
    return this.counterQueues.subscribe(counterId, hallId, this.presence.follow(counterId));
  }

  ticket(ticketId: string, hallId: string): AsyncIterableIterator<TicketView> {
    return this.tickets.subscribe(ticketId, hallId);
  }

  close(): void {
    clearInterval(this.alertTimer);
    clearInterval(this.checkInCodeTimer);
  }
}
