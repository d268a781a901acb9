import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDemoCredentials, type DemoCredentials } from '../../src/demo/seed.js';
import { launchBrowser } from './browser.js';
import { captureState } from './accessibility.js';
import { expectShippedMongolianFont, languagesOf, mongolianFontLoaded } from './mongolian-font.js';
import { layoutProblems, verticalTextProblems } from './display-layout.js';
import { type NamedService, showMongolian } from './mongolian-hall.js';
import { runningClock, startRestartableServer, type RestartableServer } from './display-server.js';

// The wall and counter screens of a hall in Inner Mongolia, in Chromium against the real server
// with the demo district: traditional Mongolian first, in vertical columns, in the font the app
// ships and in the size of the Chinese beside it; then Chinese and English (docs/domain.md,
// "Languages of the public screens"). Every slot whole, in both orientations of the wall.

const dataDir = mkdtempSync(join(tmpdir(), 'onestop-mongolian-e2e-'));
// 09:30 on a Tuesday in Shanghai, running at the real pace.
const clock = runningClock('2026-11-24T01:30:00.000Z');
const password = 'demo-password-1';

/** The hall's name in Mongolian: longer than the demo's, so that it wraps into more columns. */
const hallMongolian = 'ᠬᠣᠲᠠ ᠶᠢᠨ ᠴᠢᠩᠰᠠᠨ ᠲᠣᠭᠣᠷᠢᠭ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠣᠷᠳᠣᠨ ᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ';
/** The service whose Mongolian name is taken away: it shows its Chinese and English names alone. */
const untranslated = 'F';

let server: RestartableServer;
let browser: Browser;
let credentials: DemoCredentials;
let adminToken: string;
let hallId: string;
let services: NamedService[];
const counterIds = new Map<string, string>();

async function api<Data>(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const result = await server.app.graphql<Data>(query, variables, { token: adminToken });
  if (result.errors?.length) throw new Error(`${query}: ${JSON.stringify(result.errors)}`);
  return result.data!;
}

const service = (prefix: string) => services.find((candidate) => candidate.prefix === prefix)!;

async function setLanguages(languages: string[]): Promise<void> {
  await api(
    'mutation($id: ID!, $input: HallSettingsInput!) { updateHall(hallId: $id, input: $input) { id } }',
    {
      id: hallId,
      input: { languages },
    },
  );
}

async function issue(prefix: string): Promise<void> {
  await api('mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { number } } }', {
    input: { hallId, serviceId: service(prefix).id },
  });
}

async function callNext(label: string): Promise<{ id: string; number: string }> {
  const data = await api<{ callNext: { id: string; number: string } | null }>(
    'mutation($id: ID!) { callNext(counterId: $id) { id number } }',
    { id: counterIds.get(label) },
  );
  if (!data.callNext) throw new Error(`nobody waits for counter ${label}`);
  return data.callNext;
}

async function counterAction(action: 'openCounter' | 'closeCounter', label: string): Promise<void> {
  await api(`mutation($id: ID!) { ${action}(counterId: $id) { id } }`, { id: counterIds.get(label) });
}

function displayToken(hall = hallId): string {
  return credentials.devices.find((device) => device.role === 'DISPLAY' && device.hallId === hall)!.token;
}

async function openScreen(
  path: string,
  viewport: { width: number; height: number },
  hall = hallId,
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${server.url}${path}?token=${displayToken(hall)}&speaker=record`);
  await page.locator('.wall, .counter-screen').first().waitFor();
  return page;
}

// Page functions as strings: the server's TypeScript has no DOM types.
/**
 * Every Mongolian text follows the rules, every slot is whole; `minimum` Mongolian texts at least.
 * The screenshot, when named, is taken first, to look at when a check fails.
 */
async function expectFitted(page: Page, minimum: number, screenshot?: string): Promise<void> {
  await expectShippedMongolianFont(page);
  if (screenshot) await captureState(page, screenshot);
  const vertical = await verticalTextProblems(page);
  expect(vertical.problems).toEqual([]);
  expect(vertical.checked).toBeGreaterThanOrEqual(minimum);
  await expect(layoutProblems(page)).resolves.toEqual([]);
}

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
  const hall = await api<{
    hall: {
      name: string;
      nameEn: string;
      services: NamedService[];
      counters: { id: string; label: string }[];
    };
  }>(
    'query($id: ID!) { hall(id: $id) { name nameEn services { id code name nameEn prefix names { lang text } } counters { id label } } }',
    { id: hallId },
  );
  services = hall.hall.services;
  for (const counter of hall.hall.counters) counterIds.set(counter.label, counter.id);

  // The demo's services have Mongolian names (its first draft of them); one loses its own.
  expect(services.every((each) => each.names.some((name) => name.lang === 'mn-Mong'))).toBe(true);
  services = await showMongolian(server.app, adminToken, hallId, {
    hall: hallMongolian,
    services: { [untranslated]: null },
  });
  // A two-digit counter: the widest label the big rows hold.
  const created = await api<{ createCounter: { id: string } }>(
    'mutation($hallId: ID!) { createCounter(hallId: $hallId, label: "12") { id } }',
    { hallId },
  );
  counterIds.set('12', created.createCounter.id);
  await api(
    'mutation($id: ID!, $services: [CounterServiceInput!]!) { setCounterServices(counterId: $id, services: $services) { id } }',
    {
      id: created.createCounter.id,
      services: [
        { serviceId: service('E').id, rank: 1 },
        { serviceId: service('A').id, rank: 2 },
      ],
    },
  );

  // Calls, oldest first. The three big rows, newest first: E002 at counter 12, recalled (the
  // longest English name and label, and the recall mark), A001, and F001 (no Mongolian name); the
  // recent cells the three before: D001, C001 and E001 at counter 12 again.
  for (const prefix of 'CDAFEEABBDEF') await issue(prefix);
  for (const label of ['4', '5', '1', '7', '12']) await counterAction('openCounter', label);
  const first = await callNext('12');
  for (const label of ['4', '5', '7', '1']) await callNext(label);
  await api('mutation($id: ID!) { completeTicket(ticketId: $id) { id } }', { id: first.id });
  const recalled = await callNext('12');
  await api('mutation($id: ID!) { recallTicket(ticketId: $id) { id } }', { id: recalled.id });

  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a hall that shows Mongolian, Chinese and English', () => {
  it('the wall, landscape: every text Mongolian first, vertical, in the Chinese size; every slot whole', async () => {
    const page = await openScreen('/display', { width: 1920, height: 1080 });
    await page.locator('.wall-call-newest .wall-call-recall').waitFor();
    await page.locator('.wall-page', { hasText: '第 1/2 页' }).waitFor();
    await expectFitted(page, 20, 'display-mongolian-wall-landscape.png');
    expect(await languagesOf(page, '.wall-hall')).toEqual(['mn-Mong', 'zh-CN', 'en']);
    expect(await languagesOf(page, '.wall-call-newest .wall-call-counter')).toEqual([
      'mn-Mong',
      'zh-CN',
      'en',
    ]);
    await page.close();
  });

  it('the wall, portrait', async () => {
    const page = await openScreen('/display', { width: 1080, height: 1920 });
    await page.locator('.wall-call-newest .wall-call-recall').waitFor();
    await page.locator('.wall-page', { hasText: '第 1/2 页' }).waitFor();
    await expectFitted(page, 20, 'display-mongolian-wall-portrait.png');
    await page.close();
  });

  it('the counter screen, calling', async () => {
    const page = await openScreen('/display/counter/12', { width: 1920, height: 1080 });
    await page.locator('.counter-screen-number').waitFor();
    await expectFitted(page, 4, 'display-mongolian-counter.png');
    expect(await languagesOf(page, '.counter-screen-label')).toEqual(['mn-Mong', 'zh-CN', 'en']);
    expect(await languagesOf(page, '.counter-screen-service')).toEqual(['mn-Mong', 'zh-CN', 'en']);
    await page.close();
  });

  it('the counter screen, closed, waiting for a call and paused', async () => {
    const page = await openScreen('/display/counter/8', { width: 1280, height: 720 });
    await page.getByText('窗口关闭').waitFor();
    await expectFitted(page, 3, 'display-mongolian-counter-closed.png');
    await counterAction('openCounter', '8');
    await page.getByText('等候叫号').waitFor();
    await expectFitted(page, 3, 'display-mongolian-counter-idle.png');
    await api('mutation($id: ID!) { pauseCounter(counterId: $id, reason: "lunch") { id } }', {
      id: counterIds.get('8'),
    });
    await page.getByText('暂停服务').waitFor();
    await expectFitted(page, 3, 'display-mongolian-counter-paused.png');
    await page.close();
  });
});

describe('the sound overlay', () => {
  it('asks for the click that turns sound on in every language, Mongolian in columns', async () => {
    // The loudspeaker, not the recording one, in a browser that plays no sound before a click
    // (headless Chromium does, so its audio is made to wait for one as a TV's browser would).
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.addInitScript(`window.AudioContext = class extends AudioContext {
      get state() { return 'suspended'; }
      resume() { return new Promise(() => {}); }
    };`);
    await page.goto(`${server.url}/display?token=${displayToken()}`);
    await page.locator('.sound-overlay').waitFor();
    await expectFitted(page, 22, 'display-mongolian-sound-overlay.png');
    expect(await languagesOf(page, '.sound-overlay-hint')).toEqual(['mn-Mong', 'zh-CN', 'en']);
    await page.close();
  });
});

describe('a hall that shows Mongolian and Chinese', () => {
  beforeAll(async () => await setLanguages(['mn-Mong', 'zh-CN']));
  afterAll(async () => await setLanguages(['mn-Mong', 'zh-CN', 'en']));

  it('the wall, both orientations, and the counter screen: Mongolian and Chinese, no English', async () => {
    for (const [viewport, path, screenshot] of [
      [{ width: 1920, height: 1080 }, '/display', 'display-mongolian-chinese-wall-landscape.png'],
      [{ width: 1080, height: 1920 }, '/display', 'display-mongolian-chinese-wall-portrait.png'],
      [{ width: 1920, height: 1080 }, '/display/counter/12', 'display-mongolian-chinese-counter.png'],
    ] as const) {
      const page = await openScreen(path, viewport);
      await page.locator('.wall-call-newest .wall-call-recall, .counter-screen-number').first().waitFor();
      await expectFitted(page, 4, screenshot);
      const heading = path === '/display' ? '.wall-hall' : '.counter-screen-label';
      expect(await languagesOf(page, heading)).toEqual(['mn-Mong', 'zh-CN']);
      await expect(page.locator('.wall [lang="en"], .counter-screen [lang="en"]').count()).resolves.toBe(0);
      await page.close();
    }
  });
});

describe('a hall that turns Mongolian on before it has names in it', () => {
  it('shows its wall with no call yet, its name in Chinese and English alone', async () => {
    const subDistrict = credentials.halls[1]!.id;
    await api(
      'mutation($id: ID!) { updateHall(hallId: $id, input: { languages: ["mn-Mong", "zh-CN", "en"] }) { id } }',
      { id: subDistrict },
    );
    try {
      for (const [viewport, screenshot] of [
        [{ width: 1920, height: 1080 }, 'display-mongolian-wall-no-calls-landscape.png'],
        [{ width: 1080, height: 1920 }, 'display-mongolian-wall-no-calls-portrait.png'],
      ] as const) {
        const page = await openScreen('/display', viewport, subDistrict);
        await page.locator('.wall-call-none').waitFor();
        await expectFitted(page, 8, screenshot);
        expect(await languagesOf(page, '.wall-call-none')).toEqual(['mn-Mong', 'zh-CN', 'en']);
        expect(await languagesOf(page, '.wall-hall')).toEqual(['zh-CN', 'en']);
        await page.close();
      }
    } finally {
      await api(
        'mutation($id: ID!) { updateHall(hallId: $id, input: { languages: ["zh-CN", "en"] }) { id } }',
        { id: subDistrict },
      );
    }
  });
});

describe('a hall that shows Chinese and English', () => {
  it('never loads the Mongolian font', async () => {
    const otherHall = credentials.halls[1]!.id;
    const page = await openScreen('/display', { width: 1920, height: 1080 }, otherHall);
    await page.locator('.wall-queue-name').first().waitFor();
    await page.evaluate('document.fonts.ready');
    const faces = (await page.evaluate(
      `[...document.fonts].map((face) => face.family.replace(/["']/g, ''))`,
    )) as string[];
    expect(faces).not.toContain('Noto Sans Mongolian');
    await expect(page.locator('[lang="mn-Mong"]').count()).resolves.toBe(0);
    await expect(page.locator('.wall-with-vertical').count()).resolves.toBe(0);
    await captureState(page, 'display-chinese-english-wall.png');
    await expect(layoutProblems(page)).resolves.toEqual([]);
    await page.close();
  });
});

describe('a closed hall that shows Mongolian', () => {
  beforeAll(async () => {
    // Closed at 09:30: it opens at 13:30 today. Tickets still wait, so the wall says they will be called.
    const afternoons = [1, 2, 3, 4, 5].map((weekday) => ({
      weekday,
      periods: [{ opens: '13:30', closes: '17:30' }],
    }));
    await api(
      'mutation($hallId: ID!, $hours: [WeeklyHoursInput!]!) { setWeeklyHours(hallId: $hallId, hours: $hours) { weekday } }',
      { hallId, hours: afternoons },
    );
  });

  it('the wall, both orientations, and the counter screen keep every slot whole beside the banner', async () => {
    for (const [viewport, path, screenshot] of [
      [{ width: 1920, height: 1080 }, '/display', 'display-mongolian-wall-closed-landscape.png'],
      [{ width: 1080, height: 1920 }, '/display', 'display-mongolian-wall-closed-portrait.png'],
      [{ width: 1920, height: 1080 }, '/display/counter/12', 'display-mongolian-counter-closed-hall.png'],
    ] as const) {
      const page = await openScreen(path, viewport);
      await page.locator('.closed-banner').waitFor();
      await page.locator('.wall-call-newest .wall-call-recall, .counter-screen-number').first().waitFor();
      await expectFitted(page, 6, screenshot);
      expect(await languagesOf(page, '.closed-banner-title')).toEqual(['mn-Mong', 'zh-CN', 'en']);
      await page.close();
    }
  });
});

describe('a lost connection', () => {
  it('the mark says so in every language, in the corner, in columns', async () => {
    const page = await openScreen('/display', { width: 1920, height: 1080 });
    await page.locator('.wall-call-newest').waitFor();
    // The font came with the screen, before the link went down.
    await mongolianFontLoaded(page);
    await server.stop();
    try {
      await page.locator('.reconnecting-mark').waitFor({ timeout: 15_000 });
      await expectFitted(page, 20, 'display-mongolian-wall-reconnecting.png');
      expect(await languagesOf(page, '.reconnecting-mark')).toEqual(['mn-Mong', 'zh-CN', 'en']);
    } finally {
      await page.close();
      await server.start();
    }
  });
});
