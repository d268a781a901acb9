/** A server time behind the estimate by more than this is believed: the server's clock was set back. */
export const serverClockSetBackMilliseconds = 5 * 60_000;

/** Options of {@link ServerClock}. */
export interface ServerClockOptions {
  /** A monotonic clock in milliseconds; default `performance.now()`. */
  monotonicNow?: () => number;
  /** The device's wall clock, used until the server has said what time it is; default `Date.now()`. */
  wallNow?: () => number;
}

/**
 * The server's time as a hall screen estimates it. A TV's own clock is often wrong, and is set
 * by the network at odd moments; the hall's clock, "is this call older than a minute" and the
 * service day must follow the server's. Each time the server stamps a value with its time (a
 * board's `at`), the estimate becomes at least that time plus what has elapsed since, measured
 * on a monotonic clock that no setting of the TV's clock moves. Taking the latest of these lower
 * bounds keeps the estimate from going back when an older stamp (a board computed earlier and
 * handed out again) arrives late.
 */
export class ServerClock {
  private readonly monotonicNow: () => number;
  private readonly wallNow: () => number;
  /** server time − monotonic time, once known. */
  private offset: number | null = null;

  constructor(options: ServerClockOptions = {}) {
    this.monotonicNow = options.monotonicNow ?? (() => performance.now());
    this.wallNow = options.wallNow ?? (() => Date.now());
  }

  /** Whether the server has told the time yet. */
  get synchronised(): boolean {
    return this.offset !== null;
  }

  /** The server stamped a value just received with `serverTime` (an ISO string or epoch milliseconds). */
  observe(serverTime: string | number): void {
    const stamp = typeof serverTime === 'number' ? serverTime : Date.parse(serverTime);
    if (!Number.isFinite(stamp)) return;
    const offset = stamp - this.monotonicNow();
    const setBack = this.offset !== null && this.offset - offset > serverClockSetBackMilliseconds;
    if (this.offset === null || offset > this.offset || setBack) this.offset = offset;
  }

  /** The server's time now, in epoch milliseconds (the device's clock until the first observation). */
  now(): number {
    return this.offset === null ? this.wallNow() : this.monotonicNow() + this.offset;
  }

  /** How long ago, in server time, `isoString` was; null when it cannot be parsed. */
  ageMilliseconds(isoString: string): number | null {
    const moment = Date.parse(isoString);
    return Number.isFinite(moment) ? this.now() - moment : null;
  }
}
