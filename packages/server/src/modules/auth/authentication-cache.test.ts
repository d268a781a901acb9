import { Role } from '@onestop/shared';
import { describe, expect, it } from 'vitest';
import type { HallScope } from './access.js';
import { AuthenticationCache } from './authentication-cache.js';
import type { Principal } from './principal.js';

const clerk: Principal = { kind: 'staff', staffId: 's1', role: Role.CLERK, sessionId: 'session-1' };
const clerkScope: HallScope = { kind: 'some', hallIds: new Set(['hall-1']) };
const now = new Date('2026-12-07T09:00:00Z');

/** A cache on a hand-moved monotonic clock. */
function cacheAt(lifetimeMs = 3000): { cache: AuthenticationCache; advance(ms: number): void } {
  let monotonic = 1000;
  return {
    cache: new AuthenticationCache(lifetimeMs, () => monotonic),
    advance: (ms) => {
      monotonic += ms;
    },
  };
}

function rememberClerk(
  cache: AuthenticationCache,
  sessionExpiresAt = new Date('2026-12-07T21:00:00Z'),
): void {
  cache.remember('token-1', cache.currentGeneration, {
    principal: clerk,
    scope: clerkScope,
    sessionExpiresAt,
  });
}

describe('the authentication cache', () => {
  it('gives back what was read of a token for its lifetime, and nothing after', () => {
    const { cache, advance } = cacheAt();
    rememberClerk(cache);
    expect(cache.find('token-1', now)).toMatchObject({ principal: clerk, scope: clerkScope });
    expect(cache.find('token-2', now)).toBeNull();
    advance(2999);
    expect(cache.find('token-1', now)).not.toBeNull();
    advance(1);
    expect(cache.find('token-1', now)).toBeNull();
  });

  it('refuses a session from the instant it ends, however recently it was read', () => {
    const { cache } = cacheAt();
    rememberClerk(cache, new Date(now.getTime() + 1000));
    expect(cache.find('token-1', new Date(now.getTime() + 999))).not.toBeNull();
    expect(cache.find('token-1', new Date(now.getTime() + 1000))).toBeNull();
  });

  it('forgets every token at once', () => {
    const { cache } = cacheAt();
    rememberClerk(cache);
    cache.forgetAll();
    expect(cache.find('token-1', now)).toBeNull();
  });

  it('does not keep a reading begun before a change it forgot for (it may predate the change)', () => {
    const { cache } = cacheAt();
    const generation = cache.currentGeneration;
    cache.forgetAll(); // the change commits while the reading is on its way
    cache.remember('token-1', generation, { principal: clerk, scope: clerkScope, sessionExpiresAt: null });
    expect(cache.find('token-1', now)).toBeNull();
    cache.remember('token-1', cache.currentGeneration, {
      principal: clerk,
      scope: clerkScope,
      sessionExpiresAt: null,
    });
    expect(cache.find('token-1', now)).not.toBeNull();
  });

  it('keeps nothing when its lifetime is zero', () => {
    const { cache } = cacheAt(0);
    rememberClerk(cache);
    expect(cache.find('token-1', now)).toBeNull();
  });
});
