import { ErrorCode } from '@onestop/shared';
import { DomainError } from '../../common/domain-error.js';
import type { Clock } from '../../config.js';

/**
 * Counts failures per key in a fixed window; once a key reaches the limit it is refused until its
 * window ends. Asynchronous because with several server instances the count lives in PostgreSQL.
 */
export interface FailureLimiter {
  /** Seconds until the key may try again, or 0 when it may try now. */
  retryAfterSeconds(key: string): Promise<number>;
  recordFailure(key: string): Promise<void>;
  reset(key: string): Promise<void>;
}

/** Counts requests per key in a fixed window of a minute and refuses those over the limit. */
export interface RequestLimiter {
  /** Counts one request; returns 0 when it may go ahead, else the seconds until it may. */
  take(key: string): Promise<number>;
}

/** Seconds from `now` to `resetsAt`, at least 1: a client told 0 would retry at once. */
function secondsUntil(resetsAt: number, now: number): number {
  return Math.max(1, Math.ceil((resetsAt - now) / 1000));
}

/** Fixed windows per key, in this process's memory. */
class MemoryWindows {
  private readonly windows = new Map<string, { count: number; resetsAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowSeconds: number,
    private readonly clock: Clock,
  ) {}

  retryAfterSeconds(key: string): number {
    const window = this.current(key);
    if (!window || window.count < this.limit) return 0;
    return secondsUntil(window.resetsAt, this.clock().getTime());
  }

  count(key: string): void {
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

/** The one-server failure limiter: kept in memory (src/modules/auth/postgres-rate-limiter.ts shares it). */
export class FailureRateLimiter implements FailureLimiter {
  private readonly windows: MemoryWindows;

  constructor(limit: number, windowSeconds: number, clock: Clock) {
    this.windows = new MemoryWindows(limit, windowSeconds, clock);
  }

  async retryAfterSeconds(key: string): Promise<number> {
    return this.windows.retryAfterSeconds(key);
  }

  async recordFailure(key: string): Promise<void> {
    this.windows.count(key);
  }

  async reset(key: string): Promise<void> {
    this.windows.reset(key);
  }
}

/**
 * The one-server request limiter, in memory: a kiosk issuing faster than any printer can, or one
 * address trying access codes.
 */
export class RequestRateLimiter implements RequestLimiter {
  private readonly windows: MemoryWindows;

  constructor(limitPerMinute: number, clock: Clock) {
    this.windows = new MemoryWindows(limitPerMinute, 60, clock);
  }

  async take(key: string): Promise<number> {
    const retryAfterSeconds = this.windows.retryAfterSeconds(key);
    if (retryAfterSeconds > 0) return retryAfterSeconds;
    this.windows.count(key);
    return 0;
  }
}

/** Counts a request against `limiter`; refuses it with RATE_LIMITED (and when to retry) when over. */
export async function requireWithinRate(limiter: RequestLimiter, key: string): Promise<void> {
  const retryAfterSeconds = await limiter.take(key);
  if (retryAfterSeconds > 0) throw new DomainError(ErrorCode.RATE_LIMITED, { retryAfterSeconds });
}
