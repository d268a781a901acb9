import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQRModule from 'jsqr';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotsDir } from './browser.js';
import { startDemoApp, type DemoApp } from './demo-app.js';
import { layoutProblems, verticalTextProblems } from './display-layout.js';
import { expectShippedMongolianFont, languagesOf, mongolianFontLoaded } from './mongolian-font.js';
import { showMongolian } from './mongolian-hall.js';

// Remote join (远程取号) in the hall, in Chromium against the real server with the demo district's
// 24-hour centre: a citizen joins from a phone (through the API, without a login); the wall display
// shows the check-in QR code of this minute's code, its digits and the line, in landscape and
// portrait, without losing a call or cutting a slot; a phone reading the QR code from the screen gets
// the check-in page of the board's code. At the kiosk the ticket's phone page link, held to the
// scanner, checks the ticket in ("已签到"); the server says so, and the wall drops the code once no
// remote ticket waits unchecked-in. Then the same in a hall that shows Mongolian first.

/** Screenshots to look at, besides the project's own folder (CI keeps that one). */
const shotsDirs = [screenshotsDir, '/tmp/shots-hall'];

let demo: DemoApp;

beforeAll(async () => {
  demo = await startDemoApp({ name: 'remote-join-hall', chineseAndEnglishOnly: true });
  mkdirSync('/tmp/shots-hall', { recursive: true });
  await demo.api(
    'mutation($serviceId: ID!, $input: RemoteJoinSettingsInput!) { setRemoteJoinSettings(serviceId: $serviceId, input: $input) { id } }',
    {
      serviceId: demo.serviceId('A'),
      input: { enabled: true, maxWaiting: 20, checkInAhead: 5, holdMinutes: 10 },
    },
  );
});
afterAll(async () => await demo?.close());

/** Saves the page under `name` in every screenshot folder; the picture's bytes, to read the QR code from. */
async function shoot(page: Page, name: string): Promise<Buffer> {
  const picture = await page.screenshot();
  for (const directory of shotsDirs) writeFileSync(join(directory, name), picture);
  return picture;
}

interface Joined {
  accessCode: string;
  ticket: { id: string; number: string };
}

/** Takes a remote ticket of service A as a citizen on a phone, without a login. */
async function joinRemotely(phone: string): Promise<Joined> {
  const { joinRemotely } = await demo.api<{ joinRemotely: Joined }>(
    'mutation($input: JoinRemotelyInput!) { joinRemotely(input: $input) { accessCode ticket { id number } } }',
    {
      input: { hallId: demo.hall.id, serviceId: demo.serviceId('A'), phone, idempotencyKey: randomUUID() },
    },
    null,
  );
  return joinRemotely;
}

/** The board's check-in code as the server gives it now (null while no remote ticket waits unchecked-in). */
async function boardCheckInCode(): Promise<string | null> {
  const { board } = await demo.api<{ board: { checkInCode: string | null } }>(
    'query($hallId: ID!) { board(hallId: $hallId) { checkInCode } }',
    { hallId: demo.hall.id },
  );
  return board.checkInCode;
}

async function checkedIn(accessCode: string): Promise<boolean> {
  const { myTicket } = await demo.api<{ myTicket: { checkedIn: boolean } }>(
    'query($code: String!) { myTicket(accessCode: $code) { checkedIn } }',
    { code: accessCode },
    null,
  );
  return myTicket.checkedIn;
}

async function openWall(viewport: { width: number; height: number }): Promise<Page> {
  const page = await demo.browser.newPage({ viewport });
  await page.goto(`${demo.testApp.url}/display?token=${demo.deviceToken('DISPLAY')}&speaker=record`);
  await page.locator('.wall').waitFor();
  return page;
}

async function openKiosk(): Promise<Page> {
  const page = await demo.browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await page.goto(`${demo.testApp.url}/kiosk?token=${demo.deviceToken('KIOSK')}&resetAfter=120`);
  await page.locator('.kiosk-service-figures').first().waitFor();
  return page;
}

/** What a kiosk's QR scanner does: types what it read, then Enter, at whatever has the focus. */
async function scan(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

// jsqr is CommonJS: Node's ESM hands over module.exports, which is the function and also has it as
// `default`, while its types, read as ESM, see only `default`.
const jsQR = jsQRModule.default;

/** What a phone's camera would read of the screenshot: the text of the one QR code on it. */
function readQrCode(picture: Buffer): string | null {
  const image = PNG.sync.read(picture);
  const found = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  return found?.data ?? null;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not shown`);
  return box;
}

/**
 * The check-in code stands whole on the screen, under the last service row, as tall as the two rows
 * it took; the calls keep their slots; nothing on the wall is cut (display-layout.ts).
 */
async function expectCheckInCodeFitted(page: Page, bigCalls: number): Promise<void> {
  await expect(layoutProblems(page)).resolves.toEqual([]);
  const viewport = page.viewportSize()!;
  const panel = await boxOf(page, '.wall-check-in');
  expect(panel.x).toBeGreaterThanOrEqual(0);
  expect(panel.y).toBeGreaterThanOrEqual(0);
  expect(panel.x + panel.width).toBeLessThanOrEqual(viewport.width);
  expect(panel.y + panel.height).toBeLessThanOrEqual(viewport.height);
  const rows = await page.locator('.wall-queue').all();
  const lastRow = (await rows.at(-1)!.boundingBox())!;
  expect(panel.y).toBeGreaterThanOrEqual(lastRow.y + lastRow.height);
  // Everything inside the panel stays inside it.
  for (const part of ['.wall-check-in-qr', '.wall-check-in-code', '.wall-check-in-line']) {
    const box = await boxOf(page, part);
    expect(box.x, part).toBeGreaterThanOrEqual(panel.x - 1);
    expect(box.y, part).toBeGreaterThanOrEqual(panel.y - 1);
    expect(box.x + box.width, part).toBeLessThanOrEqual(panel.x + panel.width + 1);
    expect(box.y + box.height, part).toBeLessThanOrEqual(panel.y + panel.height + 1);
  }
  // Big enough for a phone a step or two away: 14 % of the screen's shorter side, some 10 cm on a
  // 55-inch panel, where the two service rows it takes leave it the least room (portrait).
  const code = await boxOf(page, '.wall-check-in-qr');
  expect(code.width).toBeGreaterThanOrEqual(Math.min(viewport.width, viewport.height) * 0.14);
  expect(await page.locator('.wall-call').count()).toBe(bigCalls);
}

describe('remote join in the hall', () => {
  let joined: Joined;

  it('shows no check-in code while no remote ticket waits', async () => {
    expect(await boardCheckInCode()).toBeNull();
    const wall = await openWall({ width: 1920, height: 1080 });
    await wall.locator('.wall-queue-prefix').first().waitFor();
    expect(await wall.locator('.wall-check-in').count()).toBe(0);
    expect(await wall.locator('.wall-queue').count()).toBe(6);
    await wall.close();
  });

  it('shows the QR code of this minute’s check-in page, its digits and the line once a remote ticket waits', async () => {
    const wall = await openWall({ width: 1920, height: 1080 });
    await wall.locator('.wall-queue-prefix').first().waitFor();
    joined = await joinRemotely('13800138011');
    const code = await boardCheckInCode();
    expect(code).toMatch(/^\d{6}$/);
    const checkInUrl = `${demo.testApp.url}/checkin/${code}`;

    // The board subscription brings it: no reload.
    const panel = wall.locator('.wall-check-in');
    await expect.poll(() => panel.getAttribute('data-check-in-code'), { timeout: 10_000 }).toBe(code);
    expect(await wall.locator('.wall-check-in svg').getAttribute('data-qr-text')).toBe(checkInUrl);
    expect((await wall.locator('.wall-check-in-code').textContent())?.trim()).toBe(code);
    expect(await wall.locator('.wall-check-in-line').textContent()).toBe(
      '远程取号请扫码签到Remote tickets: scan to check in',
    );
    expect(await wall.locator('.wall-queue').count()).toBe(4);

    const landscape = await shoot(wall, 'remote-join-wall-landscape.png');
    expect(readQrCode(landscape)).toBe(checkInUrl);
    await expectCheckInCodeFitted(wall, 4);

    await wall.setViewportSize({ width: 1080, height: 1920 });
    const portrait = await shoot(wall, 'remote-join-wall-portrait.png');
    expect(readQrCode(portrait)).toBe(checkInUrl);
    await expectCheckInCodeFitted(wall, 4);
    await wall.close();
  });

  it('shows the new code when the minute turns', async () => {
    const wall = await openWall({ width: 1920, height: 1080 });
    const before = await boardCheckInCode();
    await expect.poll(() => wall.locator('.wall-check-in').getAttribute('data-check-in-code')).toBe(before);
    demo.testApp.clock.advance(60_000);
    const after = await boardCheckInCode();
    expect(after).toMatch(/^\d{6}$/);
    // The server pushes the board within about ten seconds of the minute turning.
    await expect
      .poll(() => wall.locator('.wall-check-in').getAttribute('data-check-in-code'), { timeout: 20_000 })
      .toBe(after);
    expect(await wall.locator('.wall-check-in svg').getAttribute('data-qr-text')).toBe(
      `${demo.testApp.url}/checkin/${after}`,
    );
    await wall.close();
  });

  it('checks the ticket in at the kiosk by its phone page link, and the wall drops the code', async () => {
    const wall = await openWall({ width: 1920, height: 1080 });
    await wall.locator('.wall-check-in').waitFor();
    const kiosk = await openKiosk();
    expect(await checkedIn(joined.accessCode)).toBe(false);

    await scan(kiosk, `${demo.testApp.url}/t/${joined.accessCode}`);
    const panel = kiosk.locator('.kiosk-ticket-checked-in');
    await panel.waitFor();
    // In the language the kiosk shows, Chinese until the citizen picks English.
    expect(await panel.locator('.kiosk-panel-title').textContent()).toBe('已签到，请留意叫号');
    expect((await panel.locator('.kiosk-ticket-check-in-number').textContent())?.trim()).toBe(
      joined.ticket.number,
    );
    await shoot(kiosk, 'remote-join-kiosk-checked-in.png');
    await kiosk.setViewportSize({ width: 1920, height: 1080 });
    await shoot(kiosk, 'remote-join-kiosk-checked-in-landscape.png');
    await kiosk.setViewportSize({ width: 1080, height: 1920 });
    expect(await checkedIn(joined.accessCode)).toBe(true);

    // Nobody waits unchecked-in any more: the wall gives its rows back to the services.
    expect(await boardCheckInCode()).toBeNull();
    await expect.poll(() => wall.locator('.wall-check-in').count(), { timeout: 10_000 }).toBe(0);
    expect(await wall.locator('.wall-queue').count()).toBe(6);
    await shoot(wall, 'remote-join-wall-after-check-in.png');

    // Done: back to the start screen; an appointment's code still goes to the appointment path.
    await kiosk.getByRole('button', { name: '完成' }).click();
    await kiosk.locator('.kiosk-service-figures').first().waitFor();
    expect(await kiosk.locator('.kiosk-ticket-check-in').count()).toBe(0);
    await scan(kiosk, '000000');
    await expect.poll(() => kiosk.getByRole('alert').textContent()).toContain('未找到此预约码');
    await kiosk.close();
    await wall.close();
  });

  it('says so when the ticket is not found or no longer waiting', async () => {
    const kiosk = await openKiosk();
    await scan(kiosk, `${demo.testApp.url}/t/no-such-access-code-0000000000`);
    const alert = kiosk.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('未找到此号票，请核对后重新扫码');
    await shoot(kiosk, 'remote-join-kiosk-not-found.png');
    await kiosk.getByRole('button', { name: '返回首页' }).click();

    const cancelled = await joinRemotely('13800138012');
    await demo.api(
      'mutation($code: String!) { cancelTicket(accessCode: $code) { id } }',
      { code: cancelled.accessCode },
      null,
    );
    await kiosk.getByRole('button', { name: 'English' }).click();
    await scan(kiosk, `${demo.testApp.url}/t/${cancelled.accessCode}`);
    await expect
      .poll(() => alert.textContent())
      .toContain('This ticket is no longer waiting (called, done or cancelled)');
    await shoot(kiosk, 'remote-join-kiosk-not-waiting-en.png');
    await kiosk.close();
  });

  // Last: it turns the hall's Mongolian on for the rest of the file.
  it('shows the code and the line Mongolian first, in a hall that shows it, and checks in there too', async () => {
    await showMongolian(demo.testApp, demo.adminToken, demo.hall.id);
    const mongolianJoined = await joinRemotely('13800138013');
    const code = await boardCheckInCode();
    const checkInUrl = `${demo.testApp.url}/checkin/${code}`;

    const wall = await openWall({ width: 1920, height: 1080 });
    await mongolianFontLoaded(wall);
    await expect.poll(() => wall.locator('.wall-check-in').getAttribute('data-check-in-code')).toBe(code);
    expect(await languagesOf(wall, '.wall-check-in-line')).toEqual(['mn-Mong', 'zh-CN', 'en']);
    await expectShippedMongolianFont(wall);
    for (const [viewport, name] of [
      [{ width: 1920, height: 1080 }, 'remote-join-wall-mongolian-landscape.png'],
      [{ width: 1080, height: 1920 }, 'remote-join-wall-mongolian-portrait.png'],
    ] as const) {
      await wall.setViewportSize(viewport);
      const picture = await shoot(wall, name);
      expect(readQrCode(picture), name).toBe(checkInUrl);
      const vertical = await verticalTextProblems(wall);
      expect(vertical.problems, name).toEqual([]);
      await expectCheckInCodeFitted(wall, 3);
    }
    await wall.close();

    const kiosk = await openKiosk();
    await mongolianFontLoaded(kiosk);
    await scan(kiosk, `${demo.testApp.url}/t/${mongolianJoined.accessCode}`);
    const panel = kiosk.locator('.kiosk-ticket-checked-in');
    await panel.waitFor();
    expect(await languagesOf(kiosk, '.kiosk-ticket-checked-in .kiosk-panel-title')).toEqual([
      'mn-Mong',
      'zh-CN',
    ]);
    await shoot(kiosk, 'remote-join-kiosk-checked-in-mongolian.png');
    expect(await checkedIn(mongolianJoined.accessCode)).toBe(true);
    await kiosk.close();
  });
});
