import { type OneStopClientOptions, createOneStopClient } from '@onestop/shared/client';
import type { Client } from '@urql/core';
import { readPreferredLocale } from './locale/locale';
import { readStaffToken } from './session/staff-token';

/** The app's one urql client: the staff token and the chosen language are read at each request. */
export function createCounterClient(overrides: Partial<OneStopClientOptions> = {}): Client {
  return createOneStopClient({
    getToken: readStaffToken,
    locale: readPreferredLocale,
    ...overrides,
  });
}
