import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { defaultLocale, type Locale } from '@onestop/shared';
import type { RequestHandler } from 'express';
import type { Logger } from '../logger.js';

/** What every log line and error of one HTTP request shares. */
export interface RequestScope {
  /** Sent back as `X-Request-Id`, and on every log line the request causes. */
  requestId: string;
  locale: Locale;
}

/**
 * The HTTP request being handled. Apollo formats errors without access to the request's context,
 * so its language and id travel with the request's asynchronous flow instead.
 */
const requestScope = new AsyncLocalStorage<RequestScope>();

export function currentLocale(): Locale {
  return requestScope.getStore()?.locale ?? defaultLocale;
}

export function currentRequestId(): string | null {
  return requestScope.getStore()?.requestId ?? null;
}

/** An id a proxy in front already gave (nginx's `$request_id`), if it looks like one; else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && /^[A-Za-z0-9._:-]{8,64}$/.test(header) ? header : randomUUID();
}

/**
 * Gives each HTTP request its id and language, and logs it when it ends: every request at debug,
 * a server error at warn (its cause is logged at error where it happened, with the same id).
 */
export function requestScopeMiddleware(
  logger: Logger,
  localeOf: (header?: string) => Locale,
): RequestHandler {
  return (request, response, next) => {
    const scope: RequestScope = {
      requestId: requestIdFrom(request.headers['x-request-id']),
      locale: localeOf(request.headers['accept-language']),
    };
    response.setHeader('X-Request-Id', scope.requestId);
    const started = performance.now();
    // Read now: a mounted router rewrites the path while the request passes through it.
    const { method, path } = request;
    response.once('finish', () => {
      const entry = {
        requestId: scope.requestId,
        method,
        path,
        status: response.statusCode,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      };
      if (response.statusCode >= 500) logger.warn(entry, 'request failed');
      else logger.debug(entry, 'request');
    });
    requestScope.run(scope, next);
  };
}
