import { type OneStopClientOptions, createOneStopClient } from '@onestop/shared/client';
import type { Client } from '@urql/core';
import { readDeviceToken } from './device/device-token';

/**
 * The app's one urql client. Public screens speak both languages at once, so the server's
 * own messages are asked for in the default language, zh-CN; the screens localise by code.
 */
export function createHallDisplayClient(overrides: Partial<OneStopClientOptions> = {}): Client {
  return createOneStopClient({
    getToken: readDeviceToken,
    locale: 'zh-CN',
    ...overrides,
  });
}
