import { ErrorCode } from '@onestop/shared';
import { DomainError } from '../../common/domain-error.js';
import type { Clock } from '../../config.js';

/**
 * Counts failures per key in a fixed window. Once a key reaches the limit it is refused until
 * its window ends. Kept in memory: one server's view (the scale-out issue moves it to shared storage).
 */
export class FailureRateLimiter {
  private readonly windows = new Map<string, { count: number; resetsAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowSeconds: number,
    private readonly clock: Clock,
  ) {}

  /** Seconds until the key may try again, or 0 when it may try now. */
  retryAfterSeconds(key: string): number {
    const window = this.current(key);
    if (!window || window.count < this.limit) return 0;
    return Math.max(1, Math.ceil((window.resetsAt - this.clock().getTime()) / 1000));
  }

  recordFailure(key: string): void {
    const window = this.current(key);
    if (window) window.count += 1;
    else this.windows.set(key, { count: 1, resetsAt: this.clock().getTime() + this.windowSeconds * 1000 });
    if (this.windows.size > 100_000) this.sweep();
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  private current(key: string): { count: number; resetsAt: number } | undefined {
    const window = this.windows.get(key);
    if (window && window.resetsAt <= this.clock().getTime()) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  private sweep(): void {
    const now = this.clock().getTime();
    for (const [key, window] of this.windows) if (window.resetsAt <= now) this.windows.delete(key);
  }
}

/**
 * Counts requests per key in a fixed window of a minute and refuses those over the limit:
 * a kiosk issuing faster than any printer can, or one address trying access codes.
 */
export class RequestRateLimiter {
  private readonly counter: FailureRateLimiter;

  constructor(limitPerMinute: number, clock: Clock) {
    this.counter = new FailureRateLimiter(limitPerMinute, 60, clock);
  }

  /** Counts one request; returns 0 when it may go ahead, else the seconds until it may. */
  take(key: string): number {
    const retryAfterSeconds = this.counter.retryAfterSeconds(key);
    if (retryAfterSeconds > 0) return retryAfterSeconds;
    this.counter.recordFailure(key);
    return 0;
  }
}

/** Counts a request against `limiter`; refuses it with RATE_LIMITED (and when to retry) when over. */
export function requireWithinRate(limiter: RequestRateLimiter, key: string): void {
  const retryAfterSeconds = limiter.take(key);
  if (retryAfterSeconds > 0) throw new DomainError(ErrorCode.RATE_LIMITED, { retryAfterSeconds });
}
