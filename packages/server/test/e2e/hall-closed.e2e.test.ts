import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDemoCredentials, type DemoCredentials } from '../../src/demo/seed.js';
import type { TestApp } from '../support/test-app.js';
import { launchBrowser } from './browser.js';
import { captureState } from './accessibility.js';
import { layoutProblems } from './display-layout.js';
import {
  type RestartableServer,
  runningClock,
  showChineseAndEnglishOnly,
  startRestartableServer,
} from './display-server.js';

// Closing time in Chromium against the real server with the demo district: the hall gets weekday
// hours 09:00–12:00 and 13:30–17:30, service B stops issuing 30 minutes before closing (停止取号).
// The kiosk, the wall and the counter screen must say what is closed and when it opens, at the
// instant it closes (no hall event says so), while calls go on after hours.

/** The few browser globals the page functions below read (the server's tsconfig has no DOM types). */
interface BrowserElement {
  scrollHeight: number;
  clientHeight: number;
}
interface BrowserGlobals {
  document: { querySelector(selector: string): BrowserElement | null };
}

interface ServiceSetup {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  prefix: string;
}

const dataDir = mkdtempSync(join(tmpdir(), 'onestop-hall-closed-e2e-'));
// Tuesday 24 November 2026, 17:20 in Shanghai, running at the real pace.
const clock = runningClock('2026-11-24T09:20:00.000Z');
/** 17:30 on that Tuesday, when the hall closes. */
const closing = Date.parse('2026-11-24T09:30:00.000Z');
const password = 'demo-password-1';
let server: RestartableServer;
let browser: Browser;
let credentials: DemoCredentials;
let adminToken: string;
let hallId: string;
let services: ServiceSetup[];
let counters: { id: string; label: string }[];

beforeAll(async () => {
  server = await startRestartableServer({
    demo: 'on',
    dataDir,
    adminPassword: null,
    demoPassword: password,
    appsDir: resolve(import.meta.dirname, '../../..'),
    clock: clock.now,
  });
  credentials = readDemoCredentials(dataDir)!;
  hallId = credentials.halls[0]!.id;
  adminToken = await server.app.login('admin', password);
  await showChineseAndEnglishOnly(server.app, hallId, adminToken);
  const hall = await api<{ hall: { services: ServiceSetup[]; counters: { id: string; label: string }[] } }>(
    'query($id: ID!) { hall(id: $id) { services { id code name nameEn prefix } counters { id label } } }',
    { id: hallId },
  );
  services = hall.hall.services;
  counters = hall.hall.counters;
  const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({
    weekday,
    periods: [
      { opens: '09:00', closes: '12:00' },
      { opens: '13:30', closes: '17:30' },
    ],
  }));
  await api(
    'mutation($hallId: ID!, $hours: [WeeklyHoursInput!]!) { setWeeklyHours(hallId: $hallId, hours: $hours) { weekday } }',
    {
      hallId,
      hours: weekdays,
    },
  );
  const serviceB = service('B');
  await api(
    'mutation($id: ID!, $input: ServiceInput!) { updateService(serviceId: $id, input: $input) { id } }',
    {
      id: serviceB.id,
      input: {
        code: serviceB.code,
        name: serviceB.name,
        nameEn: serviceB.nameEn,
        prefix: serviceB.prefix,
        lastIssueMinutesBeforeClose: 30,
      },
    },
  );
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function api<Data>(
  query: string,
  variables: Record<string, unknown> = {},
  app: TestApp = server.app,
): Promise<Data> {
  const result = await app.graphql<Data>(query, variables, { token: adminToken });
  if (result.errors?.length) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
  return result.data!;
}

function service(prefix: string): ServiceSetup {
  return services.find((candidate) => candidate.prefix === prefix)!;
}

function deviceToken(role: 'KIOSK' | 'DISPLAY', hall = hallId): string {
  return credentials.devices.find((device) => device.role === role && device.hallId === hall)!.token;
}

async function issue(prefix: string): Promise<{ number: string; accessCode: string }> {
  const data = await api<{ issueTicket: { accessCode: string; ticket: { number: string } } }>(
    'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { accessCode ticket { number } } }',
    { input: { hallId, serviceId: service(prefix).id } },
  );
  return { number: data.issueTicket.ticket.number, accessCode: data.issueTicket.accessCode };
}

async function openPage(path: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${server.url}${path}`);
  return page;
}

/** What a kiosk would make someone scroll to see: its content taller than its screen. */
async function kioskOverflow(page: Page): Promise<number> {
  return await page.evaluate(() => {
    const kiosk = (globalThis as unknown as BrowserGlobals).document.querySelector('.kiosk');
    return kiosk ? kiosk.scrollHeight - kiosk.clientHeight : Number.NaN;
  });
}

const serviceCard = (page: Page, prefix: string) => page.locator(`[data-service-id="${service(prefix).id}"]`);

let wall: Page;
let kiosk: Page;
/** A ticket taken just before closing, still waiting after it. */
let lateTicket: { number: string; accessCode: string };

describe('before closing', () => {
  it('the kiosk shows a service past its last issue time closed, with when it issues again; the wall no banner', async () => {
    kiosk = await openPage(`/kiosk?token=${deviceToken('KIOSK')}&print=0&resetAfter=600`, {
      width: 1080,
      height: 1920,
    });
    await kiosk.locator('.kiosk-service-figures').first().waitFor();
    await expect(serviceCard(kiosk, 'B').textContent()).resolves.toContain(
      '已停止取号 · 明天 09:00 开始取号',
    );
    // B is no button at all; A still is.
    await expect(kiosk.locator(`button[data-service-id="${service('B').id}"]`).count()).resolves.toBe(0);
    await expect(kiosk.locator(`button[data-service-id="${service('A').id}"]`).count()).resolves.toBe(1);
    await expect(kioskOverflow(kiosk)).resolves.toBeLessThanOrEqual(0);
    await captureState(kiosk, 'kiosk-service-stopped-portrait.png');

    wall = await openPage(`/display?token=${deviceToken('DISPLAY')}&speaker=record`, {
      width: 1920,
      height: 1080,
    });
    await wall.locator('.wall').waitFor();
    await wall.locator('.wall-queue-name').first().waitFor();
    await expect(wall.locator('.closed-banner').count()).resolves.toBe(0);
  });
});

describe('at closing time', () => {
  it('the kiosk and the wall say the hall is closed and when it opens, right after 17:30', async () => {
    // On to 17:29:57. A citizen takes a ticket at the last moment: its board tells the screens the
    // server's new time (in a real hall the clock runs on by itself).
    clock.advance(closing - 3_000 - clock.now().getTime());
    // The first is called after hours (below), the second still waits.
    await issue('A');
    lateTicket = await issue('A');

    await kiosk.locator('.kiosk-closed').waitFor({ timeout: 20_000 });
    const kioskLate = clock.now().getTime() - closing;
    await wall.locator('.closed-banner').waitFor({ timeout: 20_000 });
    const wallLate = clock.now().getTime() - closing;
    console.info(`closing: kiosk closed ${kioskLate} ms and wall banner ${wallLate} ms after 17:30:00`);
    // Read again just after the closing instant, not at the 5-minute fallback.
    expect(kioskLate).toBeLessThan(15_000);
    expect(wallLate).toBeLessThan(15_000);

    await expect(kiosk.locator('.kiosk-closed').textContent()).resolves.toBe('非办公时间明天 09:00 开始取号');
    await expect(kiosk.locator('button.kiosk-service-button').count()).resolves.toBe(0);
    await expect(wall.locator('.closed-banner').textContent()).resolves.toBe(
      '非办公时间Closed明天 09:00 开始办公Opens tomorrow 09:00已取号的市民将继续叫号Tickets already taken will still be called',
    );
  });

  it('the kiosk fits its screen, portrait and landscape, in Chinese and English', async () => {
    await expect(kioskOverflow(kiosk)).resolves.toBeLessThanOrEqual(0);
    await captureState(kiosk, 'kiosk-hall-closed-portrait.png');
    await kiosk.getByRole('button', { name: 'English' }).click();
    await expect(kiosk.locator('.kiosk-closed').textContent()).resolves.toBe(
      'The hall is closedTickets from tomorrow 09:00',
    );
    await expect(kioskOverflow(kiosk)).resolves.toBeLessThanOrEqual(0);
    await kiosk.setViewportSize({ width: 1920, height: 1080 });
    await expect(kioskOverflow(kiosk)).resolves.toBeLessThanOrEqual(0);
    await captureState(kiosk, 'kiosk-hall-closed-landscape-en.png');
    await kiosk.getByRole('button', { name: '中文' }).click();
    await expect(kioskOverflow(kiosk)).resolves.toBeLessThanOrEqual(0);
    await captureState(kiosk, 'kiosk-hall-closed-landscape.png');
    await kiosk.close();
  });
});

describe('after hours', () => {
  it('the wall keeps showing the calls made after closing beside the banner, every slot whole', async () => {
    const counterId = counters.find((counter) => counter.label === '1')!.id;
    await api('mutation($id: ID!) { openCounter(counterId: $id) { id } }', { id: counterId });
    const called = await api<{ callNext: { number: string } }>(
      'mutation($id: ID!) { callNext(counterId: $id) { number } }',
      { id: counterId },
    );
    await wall
      .locator('.wall-call-newest .wall-call-number', { hasText: called.callNext.number })
      .waitFor({ timeout: 5_000 });
    await expect(wall.locator('.closed-banner').count()).resolves.toBe(1);
    await expect(layoutProblems(wall)).resolves.toEqual([]);
    await captureState(wall, 'display-wall-closed-landscape.png');
    await wall.close();

    const portrait = await openPage(`/display?token=${deviceToken('DISPLAY')}&speaker=record`, {
      width: 1080,
      height: 1920,
    });
    await portrait.locator('.closed-banner').waitFor();
    await portrait
      .locator('.wall-call-newest .wall-call-number', { hasText: called.callNext.number })
      .waitFor();
    await expect(layoutProblems(portrait)).resolves.toEqual([]);
    await captureState(portrait, 'display-wall-closed-portrait.png');
    await portrait.close();

    const counter = await openPage(`/display/counter/1?token=${deviceToken('DISPLAY')}`, {
      width: 1920,
      height: 1080,
    });
    await counter.locator('.counter-screen-number', { hasText: called.callNext.number }).waitFor();
    await counter.locator('.closed-banner').waitFor();
    await expect(counter.locator('.closed-banner').textContent()).resolves.toBe(
      '非办公时间Closed明天 09:00 开始办公Opens tomorrow 09:00',
    );
    await expect(layoutProblems(counter)).resolves.toEqual([]);
    await captureState(counter, 'display-counter-closed.png');
    await counter.close();
  });

  it('the phone page of a ticket still waiting says when its service opens, and that the ticket counts', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      locale: 'zh-CN',
    });
    const phone = await context.newPage();
    // The phone page says "tomorrow" by the phone's own clock (it has no server time): a phone in the
    // hall reads the hall's Tuesday evening, as the server's test clock does.
    await phone.clock.install({ time: clock.now() });
    await phone.goto(`${server.url}/t/${lateTicket.accessCode}`);
    await phone.locator('.phone-notice-closed').waitFor();
    await expect(phone.locator('.phone-notice-closed').textContent()).resolves.toBe(
      '此业务现在不取号，明天 09:00 开始取号。 您的号码仍然有效，请继续等候叫号。',
    );
    await captureState(phone, 'phone-service-closed.png');
    await context.close();
  });
});

describe('a deactivated hall', () => {
  it('its kiosk says the hall is not in service', async () => {
    const otherHall = credentials.halls[1]!.id;
    await api('mutation($id: ID!) { updateHall(hallId: $id, input: { active: false }) { id active } }', {
      id: otherHall,
    });
    const page = await openPage(`/kiosk?token=${deviceToken('KIOSK', otherHall)}`, {
      width: 1080,
      height: 1920,
    });
    await page.getByText('本大厅暂停服务').waitFor();
    await expect(page.getByText('This hall is not in service').isVisible()).resolves.toBe(true);
    // Nothing a passer-by could press: no setup form, no token button.
    await expect(page.locator('input[name="deviceToken"]').count()).resolves.toBe(0);
    await expect(page.locator('button:visible').count()).resolves.toBe(0);
    await captureState(page, 'kiosk-hall-inactive.png');
    await page.close();
  });
});
