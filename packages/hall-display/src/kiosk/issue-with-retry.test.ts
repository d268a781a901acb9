import { describe, expect, it, vi } from 'vitest';
import { type AttemptResult, isRetryable, issueWithRetry } from './issue-with-retry';

const lost = { graphQLErrors: [], networkError: new Error('Failed to fetch') };
const refusal = (code: string) => ({ graphQLErrors: [{ message: code, extensions: { code } }] });

function answers(...results: AttemptResult<string>[]) {
  const queue = [...results];
  return vi.fn(async () => queue.shift() ?? { error: lost });
}

describe('isRetryable', () => {
  it.each([
    ['a lost answer', lost, true],
    ['UNAVAILABLE', refusal('UNAVAILABLE'), true],
    ['RATE_LIMITED', refusal('RATE_LIMITED'), true],
    ['SERVICE_CLOSED', refusal('SERVICE_CLOSED'), false],
    ['QUOTA_REACHED', refusal('QUOTA_REACHED'), false],
    ['FORBIDDEN', refusal('FORBIDDEN'), false],
    ['BAD_USER_INPUT', refusal('BAD_USER_INPUT'), false],
  ])('%s → %s', (_name, error, expected) => {
    expect(isRetryable(error)).toBe(expected);
  });
});

describe('issueWithRetry', () => {
  it('retries lost answers until the ticket comes, telling each next attempt', async () => {
    const attempt = answers({ error: lost }, { error: refusal('UNAVAILABLE') }, { data: 'A001' });
    const retries: number[] = [];
    const outcome = await issueWithRetry({
      attempt,
      onRetry: (next) => retries.push(next),
      delayMilliseconds: () => 0,
    });
    expect(outcome).toEqual({ kind: 'issued', data: 'A001' });
    expect(attempt).toHaveBeenCalledTimes(3);
    expect(retries).toEqual([2, 3]);
  });

  it('stops at a refusal, which no retry can change', async () => {
    const attempt = answers({ error: refusal('QUOTA_REACHED') }, { data: 'A001' });
    const outcome = await issueWithRetry({ attempt, delayMilliseconds: () => 0 });
    expect(outcome).toEqual({ kind: 'refused', error: refusal('QUOTA_REACHED') });
    expect(attempt).toHaveBeenCalledTimes(1);
  });

  it('waits the backoff between attempts and gives up when aborted', async () => {
    const attempt = answers();
    const controller = new AbortController();
    const delays: number[] = [];
    const outcome = issueWithRetry({
      attempt,
      signal: controller.signal,
      delayMilliseconds: (retries) => {
        delays.push(retries);
        if (retries === 2) setTimeout(() => controller.abort(), 0);
        return retries === 2 ? 60_000 : 0;
      },
    });
    await expect(outcome).resolves.toEqual({ kind: 'abandoned' });
    expect(delays).toEqual([0, 1, 2]);
    expect(attempt).toHaveBeenCalledTimes(3);
  });
});
