import { ErrorCode, errorMessage, pickLocale } from '@onestop/shared';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../logger.js';

/** What body-parser says about a body it could not read (an http-errors error). */
interface BodyError {
  status?: number;
}

/**
 * The last word on any error that escaped a route (a body too large or not JSON, a bug): a
 * GraphQL-shaped JSON answer with a code from packages/shared, never express's page with a stack.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const locale = pickLocale(request.headers['accept-language']);
    const bodyError = (error ?? {}) as BodyError;
    // Every 4xx body-parser raises is the client's fault: an unreadable or oversized body, an unknown
    // charset or encoding, a gzip header on bytes that are not gzip (that one carries no type).
    const refusedBody =
      typeof bodyError.status === 'number' && bodyError.status >= 400 && bodyError.status < 500;
    if (refusedBody) {
      response.status(bodyError.status === 413 ? 413 : 400).json({
        errors: [
          {
            message: errorMessage(ErrorCode.BAD_USER_INPUT, locale),
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      });
      return;
    }
    logger.error(
      { err: error, path: request.path, requestId: response.getHeader('X-Request-Id') },
      'unhandled HTTP error',
    );
    response.status(500).json({
      errors: [{ message: errorMessage(ErrorCode.INTERNAL, locale), extensions: { code: 'INTERNAL' } }],
    });
  };
}
