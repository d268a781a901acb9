import { AsyncLocalStorage } from 'node:async_hooks';
import { defaultLocale, type Locale } from '@onestop/shared';

/**
 * The language of the HTTP request being handled. Apollo formats errors without access to the
 * request's context, so the locale travels with the request's asynchronous flow instead.
 */
export const requestLocale = new AsyncLocalStorage<Locale>();

export function currentLocale(): Locale {
  return requestLocale.getStore() ?? defaultLocale;
}
