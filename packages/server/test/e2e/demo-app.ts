import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DeviceRole, Locale } from '@onestop/shared';
import type { Browser, Page } from 'playwright-core';
import { readDemoCredentials, type DemoCredentials } from '../../src/demo/seed.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { launchBrowser } from './browser.js';
import { showChineseAndEnglishOnly } from './display-server.js';

/** The password the demo's accounts get in the browser tests (admin, manager, clerk1…). */
export const demoPassword = 'demo-password-1';

export interface DemoAppOptions {
  /** Names the data directory (`onestop-<name>-e2e-…`), so that a leftover one says whose it is. */
  name: string;
  /** The server's clock (e.g. a `runningClock`); without it, the test app's hand-moved one. */
  clock?: () => Date;
  /**
   * Sets the test app's hand-moved clock to this instant (epoch milliseconds) as soon as the server
   * is up, before the admin logs in (a session made before a jump of weeks would be expired).
   */
  handClockAt?: number;
  /** Sets the centre back to Chinese and English only (see {@link showChineseAndEnglishOnly}). */
  chineseAndEnglishOnly?: boolean;
  /** The language `api` asks the server to answer in; English unless given. */
  locale?: Locale;
}

/** The demo district's centre (its first hall, open around the clock), as the tests find their way in it. */
export interface DemoHall {
  id: string;
  code: string;
  timezone: string;
  services: { id: string; prefix: string }[];
  counters: { id: string; label: string }[];
}

/** The settings `setAppointmentSettings` takes; what is left out the server keeps or defaults. */
export interface AppointmentSettings {
  enabled: boolean;
  slotMinutes?: number;
  capacityPerSlot?: number;
  horizonDays?: number;
  leadMinutes?: number;
  earlyCheckInMinutes?: number;
}

export interface DemoApp {
  testApp: TestApp;
  browser: Browser;
  credentials: DemoCredentials;
  /** The admin's token, logged in with {@link demoPassword}. */
  adminToken: string;
  hall: DemoHall;
  /** A GraphQL operation as `token` (the admin's unless given; `null`: no login); throws on errors. */
  api<Data>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<Data>;
  /** The demo device token of `role` in a hall (the centre unless given). */
  deviceToken(role: DeviceRole, hallId?: string): string;
  /** The id of the centre's service with this ticket prefix. */
  serviceId(prefix: string): string;
  /** The id of the centre's counter with this label. */
  counterId(label: string): string;
  /** Sets the appointment settings of the centre's service with this prefix, as the admin. */
  setAppointmentSettings(prefix: string, input: AppointmentSettings): Promise<void>;
  /** Opens `path` in the page and logs `username` in on its form with {@link demoPassword}. */
  logIn(page: Page, path: string, username: string): Promise<void>;
  /** Closes the browser and the server and removes the data directory. */
  close(): Promise<void>;
}

/**
 * The real server with the demo district seeded and the built apps served, logged in as the
 * admin, and a Chromium to look at it with: the start every browser test shares, so that each
 * file says only what its own test needs (a clock, the hall's languages, appointment settings).
 * Servers that a test stops and starts again keep their own start (`startRestartableServer`).
 */
export async function startDemoApp(options: DemoAppOptions): Promise<DemoApp> {
  const dataDir = mkdtempSync(join(tmpdir(), `onestop-${options.name}-e2e-`));
  let testApp: TestApp | undefined;
  let browser: Browser | undefined;
  const close = async (): Promise<void> => {
    await browser?.close();
    await testApp?.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    testApp = await startTestApp({
      demo: 'on',
      dataDir,
      adminPassword: null,
      demoPassword,
      appsDir: resolve(import.meta.dirname, '../../..'),
      ...(options.clock ? { clock: options.clock } : {}),
    });
    const app = testApp;
    if (options.handClockAt !== undefined) app.clock.set(options.handClockAt);
    const credentials = readDemoCredentials(dataDir)!;
    const adminToken = await app.login('admin', demoPassword);
    async function api<Data>(
      query: string,
      variables: Record<string, unknown> = {},
      token: string | null = adminToken,
    ): Promise<Data> {
      const result = await app.graphql<Data>(query, variables, { token, locale: options.locale });
      if (result.errors?.length) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
      return result.data!;
    }
    const hallId = credentials.halls[0]!.id;
    if (options.chineseAndEnglishOnly) await showChineseAndEnglishOnly(app, hallId, adminToken);
    const { hall } = await api<{ hall: DemoHall }>(
      'query($id: ID!) { hall(id: $id) { id code timezone services { id prefix } counters { id label } } }',
      { id: hallId },
    );
    const serviceId = (prefix: string): string =>
      hall.services.find((service) => service.prefix === prefix)!.id;
    browser = await launchBrowser();
    return {
      testApp: app,
      browser,
      credentials,
      adminToken,
      hall,
      api,
      deviceToken: (role, hallId = hall.id) =>
        credentials.devices.find((device) => device.role === role && device.hallId === hallId)!.token,
      serviceId,
      counterId: (label) => hall.counters.find((counter) => counter.label === label)!.id,
      async setAppointmentSettings(prefix, input) {
        await api(
          'mutation($serviceId: ID!, $input: AppointmentSettingsInput!) { setAppointmentSettings(serviceId: $serviceId, input: $input) { id } }',
          { serviceId: serviceId(prefix), input },
        );
      },
      async logIn(page, path, username) {
        await page.goto(`${app.url}${path}`);
        await page.locator('input[name="username"]').fill(username);
        await page.locator('input[name="password"]').fill(demoPassword);
        await page.locator('button[type="submit"]').click();
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
