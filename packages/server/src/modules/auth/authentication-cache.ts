import type { HallScope } from './access.js';
import type { Principal } from './principal.js';

/**
 * How long this process trusts what it read of a token. Within it, a change made through another
 * instance (or by SQL outside the API) is not yet seen here; a change made through this instance's
 * API is seen at once, because every mutation that may change access forgets everything
 * (docs/architecture.md, "Authentication").
 */
export const authenticationCacheSeconds = 3;

/** Tokens remembered at most; past it the cache starts over (a flood of tokens must not grow it). */
const maxRememberedTokens = 10_000;

interface RememberedOwner {
  principal: Principal;
  scope: HallScope;
  /** A session's end (epoch ms); null for a device. */
  sessionExpiresAt: number | null;
  /** On the monotonic clock: the reading is dropped after this. */
  rememberedUntil: number;
}

/**
 * Who a bearer token belongs to and the halls it reaches, as `authenticate` last read them, for a
 * few seconds: every request pays for that reading, and a counter sends one every few seconds.
 * Only valid tokens are remembered.
 */
export class AuthenticationCache {
  private readonly owners = new Map<string, RememberedOwner>();
  /** Bumped by every {@link forgetAll}: a reading begun before it must not be remembered after it. */
  private generation = 0;

  constructor(
    private readonly lifetimeMs: number = authenticationCacheSeconds * 1000,
    private readonly monotonicNow: () => number = () => performance.now(),
  ) {}

  /** What a reading begun now must hand to {@link remember}. */
  get currentGeneration(): number {
    return this.generation;
  }

  /** The remembered owner of `token`, unless the reading is too old or the session has ended by `now`. */
  find(token: string, now: Date): { principal: Principal; scope: HallScope } | null {
    const owner = this.owners.get(token);
    if (!owner) return null;
    if (
      owner.rememberedUntil <= this.monotonicNow() ||
      (owner.sessionExpiresAt !== null && owner.sessionExpiresAt <= now.getTime())
    ) {
      this.owners.delete(token);
      return null;
    }
    return owner;
  }

  /** Keeps a reading begun at `generation`, unless something was forgotten since it began. */
  remember(
    token: string,
    generation: number,
    owner: { principal: Principal; scope: HallScope; sessionExpiresAt: Date | null },
  ): void {
    if (generation !== this.generation || this.lifetimeMs <= 0) return;
    if (this.owners.size >= maxRememberedTokens) this.owners.clear();
    this.owners.set(token, {
      principal: owner.principal,
      scope: owner.scope,
      sessionExpiresAt: owner.sessionExpiresAt?.getTime() ?? null,
      rememberedUntil: this.monotonicNow() + this.lifetimeMs,
    });
  }

  /** After a change that may take access away or give it: every token is read afresh. */
  forgetAll(): void {
    this.generation += 1;
    this.owners.clear();
  }
}
