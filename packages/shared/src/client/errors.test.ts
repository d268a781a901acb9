import { describe, expect, it } from 'vitest';
import { type ClientErrorLike, describeClientError, errorCodeOf, opensAtOf } from './errors.js';

function graphqlError(message: string, extensions?: Record<string, unknown>): ClientErrorLike {
  return { graphQLErrors: [{ message, extensions }] };
}

describe('errorCodeOf', () => {
  it.each<[ClientErrorLike, string | null]>([
    [graphqlError('x', { code: 'UNAUTHENTICATED' }), 'UNAUTHENTICATED'],
    [graphqlError('x', { code: 'GRAPHQL_VALIDATION_FAILED' }), null],
    [graphqlError('x'), null],
    [{ graphQLErrors: [], networkError: new Error('offline') }, null],
  ])('%j → %s', (error, expected) => {
    expect(errorCodeOf(error)).toBe(expected);
  });
});

describe('opensAtOf', () => {
  it.each<[ClientErrorLike, string | null | undefined]>([
    [
      graphqlError('x', { code: 'SERVICE_CLOSED', opensAt: '2026-11-25T01:00:00.000Z' }),
      '2026-11-25T01:00:00.000Z',
    ],
    [graphqlError('x', { code: 'SERVICE_CLOSED', opensAt: null }), null],
    [graphqlError('x', { code: 'SERVICE_CLOSED' }), undefined],
    [graphqlError('x', { code: 'SERVICE_CLOSED', opensAt: 42 }), undefined],
    [{ graphQLErrors: [], networkError: new Error('offline') }, undefined],
  ])('%j → %s', (error, expected) => {
    expect(opensAtOf(error)).toBe(expected);
  });
});

describe('describeClientError', () => {
  it.each<[ClientErrorLike, 'zh-CN' | 'en', string]>([
    [graphqlError('ignored', { code: 'FORBIDDEN' }), 'en', 'You are not allowed to do this'],
    [graphqlError('ignored', { code: 'FORBIDDEN' }), 'zh-CN', '无权执行此操作'],
    [
      graphqlError('ignored', { code: 'NOT_IMPLEMENTED', operation: 'myTicket' }),
      'en',
      'myTicket is not implemented yet',
    ],
    [
      graphqlError('ignored', { code: 'INVALID_TRANSITION', status: 'DONE' }),
      'en',
      'Not possible while the status is DONE',
    ],
    [
      graphqlError('ignored', { code: 'BAD_USER_INPUT', field: 'prefix', problem: { kind: 'prefixFormat' } }),
      'en',
      'Field prefix must be 1–3 capital letters',
    ],
    [
      graphqlError('ignored', { code: 'BAD_USER_INPUT', field: 'prefix', problem: { kind: 'martian' } }),
      'en',
      'Field prefix is invalid',
    ],
    [
      graphqlError('ignored', { code: 'RATE_LIMITED', retryAfterSeconds: 30 }),
      'zh-CN',
      '尝试次数过多，请 30 秒后再试',
    ],
    [
      graphqlError('Cannot query field "nope"', { code: 'GRAPHQL_VALIDATION_FAILED' }),
      'en',
      'Cannot query field "nope"',
    ],
    [
      { graphQLErrors: [], networkError: new Error('Failed to fetch') },
      'en',
      'The service is unavailable; please try again shortly',
    ],
  ])('%j in %s → %s', (error, locale, expected) => {
    expect(describeClientError(error, locale)).toBe(expected);
  });
});
