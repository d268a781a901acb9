import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './accessibility.js';
import { demoPassword, startDemoApp, type DemoApp } from './demo-app.js';

// Remote join (远程取号) on the citizen's phone in Chromium against the real server with the demo
// district: a number taken on the booking page, the ticket waiting at home, "come to the hall and
// check in" near the front, check-in with the wall's code (typed, and through the wall QR's page),
// the "almost your turn" banner, the call; and the almost-your-turn alert given exactly once across
// a page frozen and resumed by Chromium's page lifecycle (a phone asleep), and not again on reload.

// The QR library the apps draw with, loaded from the hall-display's dependencies, to draw the wall's
// check-in code into the picture Chromium's fake camera shows.
const qrcode = createRequire(resolve(import.meta.dirname, '../../../hall-display/package.json'))(
  'qrcode',
) as {
  create(
    text: string,
    options: object,
  ): { modules: { size: number; get(row: number, column: number): number } };
};

/**
 * A still video (YUV4MPEG2, 4:2:0) of `text` as a QR code, black on white with its quiet zone, for
 * Chromium's `--use-file-for-fake-video-capture`: what a phone's camera sees held up to the wall.
 */
function qrVideo(text: string, path: string): void {
  const { modules } = qrcode.create(text, { errorCorrectionLevel: 'M' });
  const width = 640;
  const height = 480;
  const moduleSize = Math.floor(360 / (modules.size + 8));
  const side = moduleSize * (modules.size + 8);
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  const luma = Buffer.alloc(width * height, 235);
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (!modules.get(row, column)) continue;
      for (let y = 0; y < moduleSize; y += 1) {
        const start = (top + (row + 4) * moduleSize + y) * width + left + (column + 4) * moduleSize;
        luma.fill(16, start, start + moduleSize);
      }
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  writeFileSync(
    path,
    Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F5:1 Ip A1:1 C420jpeg\n`), frame, frame]),
  );
}

/** Where this file's screenshots go, to be looked at. */
const shotsDir = '/tmp/shots-phone';

let demo: DemoApp;
let clerkToken: string;
const pageErrors: string[] = [];

/** Remote join as the household service (F) has it here: asked to come at 4 ahead. */
const settings = { enabled: true, maxWaiting: 20, checkInAhead: 4, holdMinutes: 10 };

beforeAll(async () => {
  mkdirSync(shotsDir, { recursive: true });
  demo = await startDemoApp({ name: 'remote-join-phone', chineseAndEnglishOnly: true });
  for (const prefix of ['F', 'D']) {
    await demo.api(
      'mutation($serviceId: ID!, $input: RemoteJoinSettingsInput!) { setRemoteJoinSettings(serviceId: $serviceId, input: $input) { id } }',
      { serviceId: demo.serviceId(prefix), input: settings },
    );
  }
  clerkToken = await demo.testApp.login('clerk1', demoPassword);
  await demo.api(
    'mutation($id: ID!) { openCounter(counterId: $id) { id } }',
    { id: demo.counterId('7') },
    clerkToken,
  );
});
afterEach(() => {
  expect(pageErrors.splice(0)).toEqual([]);
});
afterAll(async () => await demo?.close());

/**
 * A walk-in ticket of service `prefix`, taken at the kiosk through the API a second after the one
 * before: the server's clock is moved by hand here, and tickets of one instant queue in id order.
 */
async function issueWalkIn(prefix: string): Promise<void> {
  demo.testApp.clock.advance(1_000);
  await demo.api(
    'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { id } } }',
    { input: { hallId: demo.hall.id, serviceId: demo.serviceId(prefix) } },
    demo.deviceToken('KIOSK'),
  );
}

/** Counter `label` opened by clerk1, who then calls and completes the next ticket `times` times. */
async function serveNext(label: string, times: number): Promise<void> {
  for (let index = 0; index < times; index += 1) {
    const called = await demo.api<{ callNext: { id: string } | null }>(
      'mutation($id: ID!) { callNext(counterId: $id) { id } }',
      { id: demo.counterId(label) },
      clerkToken,
    );
    if (!called.callNext) throw new Error(`counter ${label} found nobody to call`);
    await demo.api(
      'mutation($id: ID!) { completeTicket(ticketId: $id) { id } }',
      { id: called.callNext.id },
      clerkToken,
    );
  }
}

/** The six digits the wall display shows now, read as the hall's display device reads its board. */
async function wallCheckInCode(): Promise<string> {
  const { board } = await demo.api<{ board: { checkInCode: string | null } }>(
    'query($hallId: ID!) { board(hallId: $hallId) { checkInCode } }',
    { hallId: demo.hall.id },
    demo.deviceToken('DISPLAY'),
  );
  if (!board.checkInCode) throw new Error('the board shows no check-in code');
  return board.checkInCode;
}

/** The ticket behind an access code, as the phone reads it. */
async function ticketOf(
  accessCode: string,
): Promise<{ id: string; position: number | null; checkedIn: boolean; status: string }> {
  const { myTicket } = await demo.api<{
    myTicket: { id: string; position: number | null; checkedIn: boolean; status: string };
  }>(
    'query($code: String!) { myTicket(accessCode: $code) { id position checkedIn status } }',
    { code: accessCode },
    null,
  );
  return myTicket;
}

/** The globals the init script below leaves in the page (the server's tsconfig has no DOM types). */
interface AlertCountingWindow {
  __vibrations: number[][];
  navigator: { vibrate?: (pattern: number | number[]) => boolean };
}

/**
 * A phone upright in `locale`, whose `navigator.vibrate` records each pattern it is given (in
 * `__vibrations`, counted afresh on every load), so a test can count the alerts.
 */
async function openPhone(locale: 'zh-CN' | 'en'): Promise<Page> {
  const context = await demo.browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    locale,
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  // A script error on the phone fails the test, whatever the page still shows.
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.addInitScript(() => {
    const target = globalThis as unknown as AlertCountingWindow;
    target.__vibrations = [];
    target.navigator.vibrate = (pattern) => {
      target.__vibrations.push(Array.isArray(pattern) ? pattern : [pattern]);
      return true;
    };
  });
  return page;
}

/** The almost-your-turn vibrations (two short pulses) since the page loaded. */
async function almostVibrations(page: Page): Promise<number> {
  return await page.evaluate(
    () =>
      (globalThis as unknown as AlertCountingWindow).__vibrations.filter(
        (pattern) => JSON.stringify(pattern) === JSON.stringify([200, 100, 200]),
      ).length,
  );
}

async function screenshot(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page, name);
  await page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage: true });
}

const texts = {
  'zh-CN': {
    take: '取号',
    holding: '您已远程取号，号码为您保留',
    come: '请到大厅签到',
    checkIn: '签到',
    submitCode: '确认签到',
    checkedIn: '已签到',
    almost: '快到您了',
    calledTo: '请到 7 号窗口',
  },
  en: {
    take: 'Take a number',
    holding: 'You hold a place in line',
    come: 'Come to the hall and check in',
    checkIn: 'Check in',
    submitCode: 'Check in',
    checkedIn: 'Checked in',
    almost: 'Almost your turn',
    calledTo: 'Please go to counter 7',
  },
} as const;

describe('remote join on the phone', () => {
  it.each([
    { locale: 'zh-CN' as const, prefix: 'F', counter: '7', phone: '13812340001', checkIn: 'typed' as const },
    { locale: 'en' as const, prefix: 'F', counter: '7', phone: '13812340002', checkIn: 'wallPage' as const },
  ])(
    'in $locale: joins on the booking page, waits at home, checks in ($checkIn), is told it is almost its turn, and is called',
    async ({ locale, prefix, counter, phone, checkIn }) => {
      const text = texts[locale];
      // Six walk-ins ahead: the remote ticket waits at 6 ahead, two more than checkInAhead.
      for (let index = 0; index < 6; index += 1) await issueWalkIn(prefix);

      const page = await openPhone(locale);
      await page.goto(`${demo.testApp.url}/book/${demo.hall.code}`);
      const service = page.locator(`[data-remote-service-id="${demo.serviceId(prefix)}"]`);
      await service.waitFor();
      await screenshot(page, `${locale}-1-booking-take-a-number`);
      await service.click();
      await page.locator('input[name="remotePhone"]').fill(phone);
      // Taken after the walk-ins (see issueWalkIn).
      demo.testApp.clock.advance(1_000);
      await page.getByRole('button', { name: text.take, exact: true }).click();

      await page.waitForURL(/\/t\/[A-Za-z0-9_-]{20,}$/);
      const accessCode = new URL(page.url()).pathname.split('/').at(-1)!;
      await page.locator('[data-remote-phase="holdingPlace"]').waitFor();
      await expect(page.locator('[data-remote-phase="holdingPlace"]').textContent()).resolves.toContain(
        text.holding,
      );
      expect(await ticketOf(accessCode)).toMatchObject({ position: 6, checkedIn: false, status: 'WAITING' });
      await screenshot(page, `${locale}-2-waiting-at-home`);

      // The counter serves two walk-ins: 4 ahead, the service's checkInAhead.
      await serveNext(counter, 2);
      await page.locator('[data-remote-phase="comeAndCheckIn"]').waitFor();
      await expect(page.locator('.remote-come-title').textContent()).resolves.toBe(text.come);
      await screenshot(page, `${locale}-3-come-and-check-in`);
      await page.getByRole('button', { name: text.checkIn, exact: true }).click();
      await page.locator('.check-in-qr').waitFor();
      expect(await page.locator('.check-in-qr').getAttribute('data-qr-text')).toBe(
        `${demo.testApp.url}/t/${accessCode}`,
      );
      await screenshot(page, `${locale}-4-check-in-panel`);

      const code = await wallCheckInCode();
      expect(code).toMatch(/^\d{6}$/);
      if (checkIn === 'typed') {
        await page.locator('input[name="checkInCode"]').fill(code);
        await page.getByRole('button', { name: text.submitCode, exact: true }).last().click();
      } else {
        // The wall QR's address, as a phone's camera app opens it: the page checks in the ticket this
        // phone opened, then shows it.
        await page.goto(`${demo.testApp.url}/checkin/${code}`);
        await page.waitForURL(`${demo.testApp.url}/t/${accessCode}`);
      }
      await page.locator('[data-remote-phase="checkedIn"]').waitFor();
      await expect(page.locator('.remote-checked-in').textContent()).resolves.toContain(text.checkedIn);
      expect(await ticketOf(accessCode)).toMatchObject({ position: 4, checkedIn: true });
      await screenshot(page, `${locale}-5-checked-in`);

      // One more served: 3 ahead, almost its turn, alerted once.
      await serveNext(counter, 1);
      await page.locator('.almost-your-turn').waitFor();
      await expect(page.locator('.almost-your-turn').textContent()).resolves.toContain(text.almost);
      await expect.poll(() => almostVibrations(page)).toBe(1);
      await screenshot(page, `${locale}-6-almost-your-turn`);
      await serveNext(counter, 3);
      await expect.poll(async () => (await ticketOf(accessCode)).position).toBe(0);
      expect(await almostVibrations(page)).toBe(1);

      // Its turn: the call alert as before.
      await demo.api(
        'mutation($id: ID!) { callNext(counterId: $id) { id } }',
        { id: demo.counterId(counter) },
        clerkToken,
      );
      const banner = page.getByRole('alertdialog');
      await banner.waitFor();
      await expect(banner.textContent()).resolves.toContain(text.calledTo);
      await screenshot(page, `${locale}-7-called`);
      await demo.api(
        'mutation($id: ID!) { completeTicket(ticketId: $id) { id } }',
        { id: (await ticketOf(accessCode)).id },
        clerkToken,
      );
      await page.context().close();
    },
  );

  it('refuses a second remote ticket for the same phone in the hall, in words', async () => {
    const page = await openPhone('zh-CN');
    await page.goto(`${demo.testApp.url}/book/${demo.hall.code}`);
    const take = async (): Promise<void> => {
      await page.locator(`[data-remote-service-id="${demo.serviceId('D')}"]`).click();
      await page.locator('input[name="remotePhone"]').fill('13912340003');
      await page.getByRole('button', { name: '取号', exact: true }).click();
    };
    await take();
    await page.waitForURL(/\/t\//);
    await page.goto(`${demo.testApp.url}/book/${demo.hall.code}`);
    await take();
    await page.getByText('该手机号在本大厅已有一个远程取号').waitFor();
    await screenshot(page, 'zh-CN-8-quota-per-phone');
    await page.context().close();
  });

  it('gives the almost-your-turn alert exactly once across a page frozen and resumed, and not again on reload', async () => {
    // A walk-in ticket 6 ahead (every ticket gets the alert), with five more after it for the next test's sake.
    for (let index = 0; index < 6; index += 1) await issueWalkIn('F');
    demo.testApp.clock.advance(1_000);
    const { issueTicket } = await demo.api<{ issueTicket: { accessCode: string } }>(
      'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { accessCode } }',
      { input: { hallId: demo.hall.id, serviceId: demo.serviceId('F') } },
      demo.deviceToken('KIOSK'),
    );
    const accessCode = issueTicket.accessCode;
    const ahead = (await ticketOf(accessCode)).position!;
    expect(ahead).toBeGreaterThan(3);

    const page = await openPhone('zh-CN');
    await page.goto(`${demo.testApp.url}/t/${accessCode}`);
    await page.getByText(`前面还有 ${ahead} 人`).waitFor();
    expect(await page.locator('.almost-your-turn').count()).toBe(0);

    // The phone sleeps: Chromium freezes the page (no task runs), the line moves past 3 meanwhile.
    const session = await page.context().newCDPSession(page);
    await session.send('Page.setWebLifecycleState', { state: 'frozen' });
    await serveNext('7', ahead - 2);
    expect((await ticketOf(accessCode)).position).toBe(2);
    await session.send('Page.setWebLifecycleState', { state: 'active' });

    await page.locator('.almost-your-turn').waitFor();
    await expect.poll(() => almostVibrations(page)).toBe(1);
    expect(await page.locator('.almost-your-turn').count()).toBe(1);
    await screenshot(page, 'zh-CN-9-almost-after-wake');

    // Another freeze and wake, one more served: still the one alert.
    await session.send('Page.setWebLifecycleState', { state: 'frozen' });
    await serveNext('7', 1);
    await session.send('Page.setWebLifecycleState', { state: 'active' });
    await page.getByText('再过 1 人就轮到您').waitFor();
    expect(await almostVibrations(page)).toBe(1);

    // A reload: the banner stays (it is the ticket's state), the alert is not given again.
    await page.reload();
    await page.locator('.almost-your-turn').waitFor();
    // The page follows the line live again (one more served shows), and nothing vibrated on this load.
    await serveNext('7', 1);
    await page.getByText('马上就轮到您，请留意叫号。').waitFor();
    expect(await almostVibrations(page)).toBe(0);
    expect(await page.locator('.almost-your-turn').count()).toBe(1);
    await page.context().close();
  });

  it('checks in by the camera: the phone reads the wall’s QR code and the page says so', async () => {
    // A remote ticket behind two more walk-ins (and what earlier tests left): within checkInAhead.
    for (let index = 0; index < 2; index += 1) await issueWalkIn('F');
    demo.testApp.clock.advance(1_000);
    const { joinRemotely } = await demo.api<{ joinRemotely: { accessCode: string } }>(
      'mutation($input: JoinRemotelyInput!) { joinRemotely(input: $input) { accessCode } }',
      {
        input: {
          hallId: demo.hall.id,
          serviceId: demo.serviceId('F'),
          phone: '13812340004',
          idempotencyKey: 'remote-join-phone-camera-1',
        },
      },
      null,
    );
    const accessCode = joinRemotely.accessCode;
    // The camera shows the wall's QR: the address of the check-in page with this minute's code.
    const videoDir = mkdtempSync(join(tmpdir(), 'onestop-camera-'));
    const video = join(videoDir, 'wall-qr.y4m');
    qrVideo(`${demo.testApp.url}/checkin/${await wallCheckInCode()}`, video);
    // A browser of its own: the fake camera is chosen when Chromium starts. Chromium on Linux has no
    // BarcodeDetector, so this reads the frames with the page's jsQR fallback.
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${video}`,
      ],
    });
    try {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        locale: 'zh-CN',
        permissions: ['camera'],
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${demo.testApp.url}/t/${accessCode}`);
      await page.locator('[data-remote-phase="comeAndCheckIn"]').waitFor();
      await page.getByRole('button', { name: '签到', exact: true }).click();
      await page.getByRole('button', { name: '扫描大厅屏幕上的二维码', exact: true }).click();
      await page.locator('video.check-in-video').waitFor();
      await page.locator('[data-remote-phase="checkedIn"]').waitFor({ timeout: 15_000 });
      expect((await ticketOf(accessCode)).checkedIn).toBe(true);
      await screenshot(page, 'zh-CN-10-checked-in-by-camera');
    } finally {
      await browser.close();
      rmSync(videoDir, { recursive: true, force: true });
    }
  });
});
