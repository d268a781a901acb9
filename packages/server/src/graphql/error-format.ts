import { DriverException } from '@mikro-orm/core';
import { ErrorCode, errorMessage, isErrorCode, type Locale } from '@onestop/shared';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from '../common/domain-error.js';
import type { Logger } from '../logger.js';

/** Connection failures: the database is down, restarting, unreachable or out of connections. */
const unavailableErrorCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  // SQLSTATE class 08 (connection exception), too many connections, admin/crash shutdown, starting up.
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '53300',
  '57P01',
  '57P02',
  '57P03',
]);

/**
 * What pg and knex say when a connection broke while a request held it (the server stopped
 * mid-query: "not queryable"), or when no connection came within the pool's acquire timeout.
 * "Transaction query already complete": a COMMIT failed on a broken connection and MikroORM's
 * ROLLBACK after it replaced the commit's error with this one, so the cause is no longer visible.
 */
const unavailableMessage =
  /Connection terminated|connect ECONNREFUSED|the database system is (starting up|shutting down)|Connection ended unexpectedly|has encountered a connection error and is not queryable|Timeout acquiring a connection|Transaction query already complete/i;

function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    const message = String((current as { message?: unknown }).message ?? '');
    if (typeof code === 'string' && unavailableErrorCodes.has(code)) return true;
    if (unavailableMessage.test(message)) return true;
    current =
      (current as { cause?: unknown; previous?: unknown }).cause ??
      (current as { previous?: unknown }).previous;
  }
  return false;
}

/**
 * PostgreSQL refusing a string the caller sent: a NUL byte breaks the wire message (08P01, an error
 * the connection survives) or the encoding (22021), a character the encoding lacks (22P05). The
 * input was unstorable; the server is not broken.
 */
const unstorableTextCodes = new Set(['08P01', '22021', '22P05']);

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
    const { field, problem, status, retryAfterSeconds, opensAt, quota } = original.details;
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
        // SERVICE_CLOSED by the calendar: when it issues again (null: not within a year);
        // TOO_EARLY: when the appointment's check-in opens.
        ...(opensAt === undefined ? {} : { opensAt }),
        // QUOTA_REACHED of a booking: which limit on the phone's bookings.
        ...(quota === undefined ? {} : { quota }),
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
  if (original instanceof DriverException && unstorableTextCodes.has(String(original.code))) {
    return {
      ...base,
      message: errorMessage(ErrorCode.BAD_USER_INPUT, locale),
      extensions: { code: ErrorCode.BAD_USER_INPUT },
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

/** Formats an error for a caller; `where` says where it happened (request or WebSocket ids). */
export type LoggedErrorFormatter = (
  error: GraphQLError,
  locale: Locale,
  where: Record<string, unknown>,
) => GraphQLFormattedError;

/**
 * {@link formatApiError}, and an error nobody expected (INTERNAL) logged with its cause and where
 * it happened, since the caller is told nothing about it.
 */
export function loggedErrorFormatter(logger: Logger, production: boolean): LoggedErrorFormatter {
  return (error, locale, where) => {
    const formatted = formatApiError(error, locale, production);
    if (formatted.extensions?.code === ErrorCode.INTERNAL) {
      logger.error({ ...where, err: error.originalError ?? error, path: error.path }, 'unexpected error');
    }
    return formatted;
  };
}
