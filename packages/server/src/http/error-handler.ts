import { ErrorCode, errorMessage, pickLocale } from '@onestop/shared';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../logger.js';

/** What body-parser says about a body it could not read. */
interface BodyError {
  type?: string;
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
    const bodyError = error as BodyError;
    const refusedBody = bodyError.type?.startsWith('entity.') || bodyError.type === 'encoding.unsupported';
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
    logger.error({ err: error, path: request.path }, 'unhandled HTTP error');
    response.status(500).json({
      errors: [{ message: errorMessage(ErrorCode.INTERNAL, locale), extensions: { code: 'INTERNAL' } }],
    });
  };
}
