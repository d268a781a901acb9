import { describe, expect, it } from 'vitest';
import {
  deriveWebSocketUrl,
  maxRetryDelayMilliseconds,
  resolveHttpUrl,
  retryDelayMilliseconds,
} from './connection.js';

describe('resolveHttpUrl', () => {
  it.each<[string | undefined, string | undefined, string]>([
    [undefined, 'http://hall.example/_app/hall-display/display', 'http://hall.example/graphql'],
    ['/graphql', 'https://hall.example:8443/kiosk?token=x', 'https://hall.example:8443/graphql'],
    ['/api/graphql', 'http://127.0.0.1:5173/counter', 'http://127.0.0.1:5173/api/graphql'],
    ['http://other.example/graphql', undefined, 'http://other.example/graphql'],
    ['http://other.example/graphql', 'https://hall.example/', 'http://other.example/graphql'],
  ])('%s against %s → %s', (url, base, expected) => {
    expect(resolveHttpUrl(url, base)).toBe(expected);
  });

  it('refuses a relative URL without a base', () => {
    expect(() => resolveHttpUrl('/graphql', undefined)).toThrow(TypeError);
  });
});

describe('deriveWebSocketUrl', () => {
  it.each([
    ['http://hall.example/graphql', 'ws://hall.example/graphql'],
    ['https://hall.example/graphql', 'wss://hall.example/graphql'],
    ['http://127.0.0.1:4000/graphql', 'ws://127.0.0.1:4000/graphql'],
    ['https://hall.example:8443/x/graphql?tenant=a', 'wss://hall.example:8443/x/graphql?tenant=a'],
    ['ws://hall.example/graphql', 'ws://hall.example/graphql'],
    ['wss://hall.example/graphql', 'wss://hall.example/graphql'],
  ])('%s → %s', (httpUrl, expected) => {
    expect(deriveWebSocketUrl(httpUrl)).toBe(expected);
  });

  it('refuses other protocols', () => {
    expect(() => deriveWebSocketUrl('ftp://hall.example/graphql')).toThrow(TypeError);
  });
});

describe('retryDelayMilliseconds', () => {
  it.each<[number, number, number]>([
    // [retries, random, expected]: the window doubles from 1 s and stops at 10 s; jitter picks its upper half.
    [0, 0, 500],
    [0, 0.999999, 1_000],
    [1, 0, 1_000],
    [1, 0.5, 1_500],
    [2, 0, 2_000],
    [3, 1, 8_000],
    [4, 0, 5_000],
    [4, 1, 10_000],
    [50, 1, 10_000],
    [10_000, 0.5, 7_500],
    [-1, 0, 500],
  ])('retry %i with random %d → %i ms', (retries, random, expected) => {
    expect(retryDelayMilliseconds(retries, () => random)).toBe(expected);
  });

  it('never exceeds the cap nor drops below half of the window', () => {
    for (let retries = 0; retries < 40; retries += 1) {
      const delay = retryDelayMilliseconds(retries);
      expect(delay).toBeLessThanOrEqual(maxRetryDelayMilliseconds);
      expect(delay).toBeGreaterThanOrEqual(Math.min(maxRetryDelayMilliseconds, 1_000 * 2 ** retries) / 2);
    }
  });
});
