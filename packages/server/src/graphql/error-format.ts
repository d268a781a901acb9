import { DriverException } from '@mikro-orm/core';
import { ErrorCode, errorMessage, isErrorCode, type Locale } from '@onestop/shared';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from '../common/domain-error.js';

/** Connection failures: the database is down or restarting. */
const unavailableErrorCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
]);

function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    const message = String((current as { message?: unknown }).message ?? '');
    if (typeof code === 'string' && unavailableErrorCodes.has(code)) return true;
    if (
      /Connection terminated|connect ECONNREFUSED|the database system is (starting up|shutting down)/i.test(
        message,
      )
    ) {
      return true;
    }
    current =
      (current as { cause?: unknown; previous?: unknown }).cause ??
      (current as { previous?: unknown }).previous;
  }
  return false;
}

/** Errors graphql-js and Apollo raise for a malformed request: the caller's fault. */
const requestErrorCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The one mapper from any error to what a client sees: `extensions.code` from packages/shared,
 * a message in the request's language, no internals in production. HTTP and WebSocket both use it.
 */
export function formatApiError(
  error: GraphQLError,
  locale: Locale,
  production: boolean,
): GraphQLFormattedError {
  const original = error.originalError;
  const base = { locations: error.locations, path: error.path };

  if (original instanceof DomainError) {
    const { field, problem, status, retryAfterSeconds } = original.details;
    return {
      ...base,
      message: errorMessage(original.code, locale, original.details),
      extensions: {
        code: original.code,
        ...(field === undefined ? {} : { field }),
        // What was wrong, so a form can say it next to the field in the user's own words.
        ...(problem === undefined ? {} : { problem }),
        ...(status === undefined ? {} : { status }),
        ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
      },
    };
  }
  if (isDatabaseUnavailable(original ?? error)) {
    return {
      ...base,
      message: errorMessage(ErrorCode.UNAVAILABLE, locale),
      extensions: { code: ErrorCode.UNAVAILABLE },
    };
  }
  const existingCode = error.extensions?.code;
  // No originalError: graphql-js refused the document or its variables before any resolver ran.
  if (!original || (typeof existingCode === 'string' && requestErrorCodes.has(existingCode))) {
    if (
      typeof existingCode === 'string' &&
      isErrorCode(existingCode) &&
      existingCode !== ErrorCode.BAD_USER_INPUT
    ) {
      return { ...base, message: error.message, extensions: { code: existingCode } };
    }
    return { ...base, message: error.message, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  if (original instanceof GraphQLError) return formatApiError(original, locale, production);
  return {
    ...base,
    message: errorMessage(ErrorCode.INTERNAL, locale),
    extensions: {
      code: ErrorCode.INTERNAL,
      ...(production || original instanceof DriverException ? {} : { detail: original.message }),
    },
  };
}
