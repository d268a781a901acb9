import { ErrorCode } from '@onestop/shared';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { badInput, DomainError } from '../common/domain-error.js';
import { formatApiError } from './error-format.js';

function resolverError(original: Error): GraphQLError {
  return new GraphQLError(original.message, { originalError: original, path: ['field'] });
}

describe('formatApiError', () => {
  it.each([
    ['en', 'Field prefix must be 1–3 capital letters'],
    ['zh-CN', '字段 prefix 须为 1–3 个大写字母'],
  ] as const)('turns a domain error into its code, field and a %s message', (locale, message) => {
    const formatted = formatApiError(
      resolverError(badInput('prefix', { kind: 'prefixFormat' })),
      locale,
      true,
    );
    expect(formatted).toMatchObject({
      message,
      path: ['field'],
      extensions: { code: 'BAD_USER_INPUT', field: 'prefix', problem: { kind: 'prefixFormat' } },
    });
  });

  it('names the current status of an invalid transition', () => {
    const formatted = formatApiError(
      resolverError(new DomainError(ErrorCode.INVALID_TRANSITION, { status: 'DONE' })),
      'en',
      true,
    );
    expect(formatted.extensions).toEqual({ code: 'INVALID_TRANSITION', status: 'DONE' });
    expect(formatted.message).toContain('DONE');
  });

  it('hides an unexpected error in production and shows its message in development', () => {
    const secret = new Error('relation "staff" does not exist at /srv/app/src/x.ts:12');
    const production = formatApiError(resolverError(secret), 'en', true);
    expect(production).toEqual({
      message: 'Internal server error',
      path: ['field'],
      locations: undefined,
      extensions: { code: 'INTERNAL' },
    });
    expect(JSON.stringify(production)).not.toContain('staff');
    const development = formatApiError(resolverError(secret), 'en', false);
    expect(development.extensions).toEqual({ code: 'INTERNAL', detail: secret.message });
  });

  it('reports a database that cannot be reached as UNAVAILABLE', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(formatApiError(resolverError(refused), 'zh-CN', true).extensions).toEqual({ code: 'UNAVAILABLE' });
    const wrapped = Object.assign(new Error('query failed'), { cause: refused });
    expect(formatApiError(resolverError(wrapped), 'en', true).extensions).toEqual({ code: 'UNAVAILABLE' });
  });

  it.each([
    'select 1 - Client has encountered a connection error and is not queryable',
    'Transaction query already complete, run with DEBUG=knex:tx for more info',
    'Knex: Timeout acquiring a connection. The pool is probably full.',
    'Connection ended unexpectedly',
  ])('reports a connection lost in the middle of a request as UNAVAILABLE: %s', (message) => {
    const formatted = formatApiError(resolverError(new Error(message)), 'en', false);
    expect(formatted.extensions).toEqual({ code: 'UNAVAILABLE' });
    expect(formatted.message).toBe('The service is unavailable; please try again shortly');
  });

  it('gives BAD_USER_INPUT to documents graphql-js refused before any resolver ran', () => {
    const validation = new GraphQLError('Cannot query field "nope" on type "Query".');
    expect(formatApiError(validation, 'en', true)).toMatchObject({
      message: 'Cannot query field "nope" on type "Query".',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
