import {
  paceWindowMinutes,
  recentCalledRead,
  type QueueReading,
} from '../src/modules/tickets/wait-estimators.js';

/**
 * What the simulator knows of one hall's queues, from the actions it drives itself (issues, calls,
 * completions, counters opened and paused): the reading every compared estimator takes
 * ({@link QueueReading}), at the moment a citizen is given an estimate. The server reads the same
 * things from its database (queue-readings.ts); the simulator reads them from its own log, so each
 * estimator can be judged on the same citizens, whichever one the server gives.
 */
export class QueueView {
  private readonly waiting = new Map<
    string,
    {
      prefix: string;
      queuedMinute: number;
      callable: boolean;
      aheadAtQueue: number | null;
    }
  >();

  private readonly calledOf = new Map<string, { waitedMinutes: number; aheadAtQueue: number | null }[]>();
  private readonly calls: { minute: number; counterId: string; prefix: string }[] = [];
  private readonly durations = new Map<string, number[]>();
  private readonly open = new Set<string>();
  private readonly appointments = new Map<string, { prefix: string; slotMinute: number }>();

  constructor(
    private readonly counters: readonly { id: string; prefixes: readonly string[] }[],
    private readonly priorServiceMinutes = 8,
  ) {}

  opened(counterId: string): void {
    this.open.add(counterId);
  }

  closed(counterId: string): void {
    this.open.delete(counterId);
  }

  /** A ticket joined `prefix`'s queue at `minute`; a remote ticket not checked in is not callable. */
  queued(
    ticketId: string,
    prefix: string,
    minute: number,
    callable = true,
    aheadAtQueue: number | null = null,
  ): void {
    this.waiting.set(ticketId, { prefix, queuedMinute: minute, callable, aheadAtQueue });
  }

  /** A remote ticket checked in: callable from now, queued anew at `queuedMinute` if it came late. */
  checkedIn(ticketId: string, queuedMinute: number | null, aheadAtQueue: number | null = null): void {
    const entry = this.waiting.get(ticketId);
    if (!entry) return;
    entry.callable = true;
    if (queuedMinute !== null) Object.assign(entry, { queuedMinute, aheadAtQueue });
  }

  left(ticketId: string): void {
    this.waiting.delete(ticketId);
  }

  /** A booked appointment of `prefix`, not checked in yet. */
  booked(code: string, prefix: string, slotMinute: number): void {
    this.appointments.set(code, { prefix, slotMinute });
  }

  appointmentCame(code: string): void {
    this.appointments.delete(code);
  }

  called(ticketId: string, counterId: string, prefix: string, minute: number): void {
    this.calls.push({ minute, counterId, prefix });
    const entry = this.waiting.get(ticketId);
    if (entry && entry.prefix === prefix && entry.callable) {
      const list = this.calledOf.get(prefix) ?? [];
      list.unshift({ waitedMinutes: minute - entry.queuedMinute, aheadAtQueue: entry.aheadAtQueue });
      if (list.length > recentCalledRead) list.pop();
      this.calledOf.set(prefix, list);
    }
    this.waiting.delete(ticketId);
  }

  /** A service of `prefix` ended, `minutes` after its call. */
  served(prefix: string, minutes: number): void {
    const list = this.durations.get(prefix) ?? [];
    list.unshift(minutes * 60);
    if (list.length > 50) list.pop();
    this.durations.set(prefix, list);
  }

  /**
   * The reading of `prefix`'s queue at `minute` for a place with `peopleAhead` callable before it
   * (the server's answer), queued at `queuedMinute`.
   */
  reading(prefix: string, minute: number, peopleAhead: number, queuedMinute = minute): QueueReading {
    const since = minute - paceWindowMinutes;
    const recent = this.calls.filter((call) => call.minute >= since && call.minute <= minute);
    const waitingOf = (service: string) =>
      [...this.waiting.values()].filter((entry) => entry.prefix === service);
    const callableWaiting = (service: string) => waitingOf(service).some((entry) => entry.callable);
    const head = waitingOf(prefix)
      .filter((entry) => entry.callable)
      .reduce<number | null>(
        (earliest, entry) => Math.min(earliest ?? entry.queuedMinute, entry.queuedMinute),
        null,
      );
    return {
      peopleAhead,
      expectedAppointments: [...this.appointments.values()].filter(
        (appointment) =>
          appointment.prefix === prefix &&
          appointment.slotMinute < queuedMinute &&
          appointment.slotMinute + 15 >= minute,
      ).length,
      // Only those the line has not reached yet: one queued before its head has been passed over.
      remoteAhead:
        head === null
          ? 0
          : waitingOf(prefix).filter(
              (entry) => !entry.callable && entry.queuedMinute > head && entry.queuedMinute < queuedMinute,
            ).length,
      // Copies: the lists go on changing after the estimate was given.
      recentServiceSeconds: [...(this.durations.get(prefix) ?? [])],
      priorServiceMinutes: this.priorServiceMinutes,
      openCounters: this.counters
        .filter((counter) => this.open.has(counter.id) && counter.prefixes.includes(prefix))
        .map((counter) => {
          const rank = counter.prefixes.indexOf(prefix) + 1;
          const own = recent.filter((call) => call.counterId === counter.id);
          return {
            rank,
            busyWithLowerRanks: counter.prefixes.slice(0, rank - 1).some(callableWaiting),
            recentCalls: own.length,
            recentCallsOfService: own.filter((call) => call.prefix === prefix).length,
          };
        }),
      recentCalls: recent.filter((call) => call.prefix === prefix).length,
      recentCalled: (this.calledOf.get(prefix) ?? []).map((called) => ({ ...called })),
      headOfLineWaitedMinutes: head === null ? null : minute - head,
    };
  }
}
