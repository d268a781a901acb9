import jsQRModule from 'jsqr';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureState } from './accessibility.js';
import { startDemoApp, type DemoApp } from './demo-app.js';

// A remote citizen's whole visit (远程取号), each step in Chromium against the real server with the
// demo district's 24-hour centre, whose tax services take remote tickets as seeded: a number taken
// on the phone's booking page, "come to the hall and check in" once few are ahead, the check-in by
// the wall display's QR code (read from the wall's picture, as the phone's camera would, and opened
// on the phone), the clerk's workstation calling it, and the call on the phone and on the wall.

let demo: DemoApp;

beforeAll(async () => {
  demo = await startDemoApp({ name: 'remote-join-visit', chineseAndEnglishOnly: true });
});
afterAll(async () => await demo?.close());

async function shot(page: Page, name: string): Promise<Buffer> {
  return await captureState(page, `remote-join-visit-${name}.png`);
}

// jsqr is CommonJS: Node's ESM hands over module.exports, whose types read as ESM see only `default`.
const jsQR = jsQRModule.default;

/** The text of the one QR code in a picture, as a phone's camera reads it; null when none is found. */
function readQrCode(picture: Buffer): string | null {
  const image = PNG.sync.read(picture);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

/** A tax walk-in taken at the kiosk through the API, a second after the one before (a hand-moved clock). */
async function issueWalkIn(): Promise<void> {
  demo.testApp.clock.advance(1_000);
  await demo.api(
    'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { id } } }',
    { input: { hallId: demo.hall.id, serviceId: demo.serviceId('D') } },
    demo.deviceToken('KIOSK'),
  );
}

/** The clerk completes the ticket the desk holds from the keyboard (F4, then the first outcome). */
async function finishCurrent(clerk: Page): Promise<void> {
  await clerk.keyboard.press('F4');
  await clerk.locator('[role="dialog"]').waitFor();
  await clerk.keyboard.press('Enter');
  await clerk.locator('.current-none').waitFor();
}

/** The clerk calls the next ticket with the desk's button and waits until the desk holds it. */
async function callNextAtDesk(clerk: Page): Promise<void> {
  await clerk.locator('[data-operation="callNext"]:enabled').click();
  await clerk.locator('[data-operation="complete"]:enabled').waitFor();
}

describe('a remote citizen’s visit', () => {
  it('joins on the phone, is asked to come and check in, checks in by the wall’s QR code, is called at the counter and sees the call', async () => {
    // Seven walk-ins of tax services wait already: the remote ticket waits behind them, at home,
    // until 5 (the demo's checkInAhead) or fewer are ahead.
    for (let index = 0; index < 7; index += 1) await issueWalkIn();

    const phoneContext = await demo.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
      isMobile: true,
      hasTouch: true,
    });
    const phone = await phoneContext.newPage();
    await phone.goto(`${demo.testApp.url}/book/${demo.hall.code}`);
    // The demo's tax services take remote tickets without any setting changed here.
    await phone.locator(`[data-remote-service-id="${demo.serviceId('D')}"]`).click();
    await phone.locator('input[name="remotePhone"]').fill('13912345678');
    demo.testApp.clock.advance(1_000);
    await phone.getByRole('button', { name: '取号', exact: true }).click();
    await phone.waitForURL(/\/t\/[A-Za-z0-9_-]{20,}$/);
    const accessCode = new URL(phone.url()).pathname.split('/').at(-1)!;
    await phone.locator('[data-remote-phase="holdingPlace"]').waitFor();
    await shot(phone, '1-phone-waiting-at-home');

    const wall = await demo.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await wall.goto(`${demo.testApp.url}/display?token=${demo.deviceToken('DISPLAY')}`);
    await wall.locator('.wall-check-in').waitFor();

    // Counter 5 (tax first) opens at the clerk's workstation and serves the walk-ins: after two
    // calls, 5 are ahead and the phone asks its citizen to come.
    const clerk = await (
      await demo.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
    ).newPage();
    await demo.logIn(clerk, '/counter', 'clerk1');
    await clerk.locator('[data-counter-label="5"]').click();
    await clerk.locator('[data-operation="openCounter"]').click();
    await clerk.locator('[data-counter-status="OPEN"]').waitFor();
    await callNextAtDesk(clerk);
    expect(await phone.locator('[data-remote-phase="holdingPlace"]').count()).toBe(1);
    await finishCurrent(clerk);
    await callNextAtDesk(clerk);
    await phone.locator('[data-remote-phase="comeAndCheckIn"]').waitFor();
    await shot(phone, '2-phone-come-and-check-in');

    // At the hall: the phone's camera reads the wall's QR code and opens what it says.
    const wallPicture = await shot(wall, '3-wall-check-in-code');
    const checkInAddress = readQrCode(wallPicture);
    expect(checkInAddress).toMatch(new RegExp(`^${demo.testApp.url}/checkin/\\d{6}$`));
    await phone.goto(checkInAddress!);
    await phone.waitForURL(`${demo.testApp.url}/t/${accessCode}`);
    await phone.locator('[data-remote-phase="checkedIn"]').waitFor();
    await shot(phone, '4-phone-checked-in');
    await expect.poll(() => wall.locator('.wall-check-in').count()).toBe(0);

    // The clerk serves the five walk-ins left; the sixth call is the remote citizen's.
    for (let index = 0; index < 5; index += 1) {
      await finishCurrent(clerk);
      await callNextAtDesk(clerk);
    }
    await finishCurrent(clerk);
    await callNextAtDesk(clerk);
    const { myTicket } = await demo.api<{ myTicket: { number: string; status: string; checkedIn: boolean } }>(
      'query($code: String!) { myTicket(accessCode: $code) { number status checkedIn } }',
      { code: accessCode },
      null,
    );
    expect(myTicket).toMatchObject({ status: 'CALLED', checkedIn: true });
    await expect.poll(() => clerk.locator('[data-ticket-number]').textContent()).toBe(myTicket.number);
    await clerk.locator('.current-ticket').getByText('远程').first().waitFor();
    await shot(clerk, '5-counter-called');

    const banner = phone.getByRole('alertdialog');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toContain('请到 5 号窗口');
    await shot(phone, '6-phone-called');
    await wall.locator('main').getByText(myTicket.number).first().waitFor();
    await shot(wall, '7-wall-call');

    // The server's own record: one call of the remote ticket, after its check-in.
    const events = await demo.testApp.app.orm.em.fork().execute<{ type: string }[]>(
      `SELECT e.type FROM hall_event e JOIN ticket t ON t.id = e.ticket_id
         WHERE t.access_code = ? ORDER BY e.seq`,
      [accessCode],
    );
    expect(events.map((event) => event.type)).toEqual([
      'TICKET_ISSUED',
      'TICKET_CHECKED_IN',
      'TICKET_CALLED',
    ]);
    await phoneContext.close();
  });
});
