import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countPrints, printed, screenshotsDir } from './browser.js';
import { captureState } from './accessibility.js';
import { demoPassword, startDemoApp, type DemoApp } from './demo-app.js';

// A citizen's whole visit in Chromium against the real server with the demo district: the kiosk
// (/kiosk) issues and prints a ticket, the phone page (/t/:accessCode) follows it, a clerk calls
// and completes it through the API, the citizen rates it on the phone.

// The QR library the kiosk draws with, loaded from the app's own dependencies, to check that the
// code on the ticket holds the address printed under it.
const qrcode = createRequire(resolve(import.meta.dirname, '../../../hall-display/package.json'))(
  'qrcode',
) as {
  create(
    text: string,
    options: object,
  ): { modules: { size: number; get(row: number, column: number): number } };
};

/** The few browser globals the page functions below touch (the server's tsconfig has no DOM types). */
interface BrowserWindow {
  document: { querySelector(selector: string): { click(): void } | null };
}

let demo: DemoApp;

beforeAll(async () => {
  demo = await startDemoApp({ name: 'kiosk', chineseAndEnglishOnly: true });
});
afterAll(async () => await demo?.close());

/** The WAITING tickets of one service, as the API lists them. */
async function waitingTickets(prefix: string): Promise<{ id: string; number: string }[]> {
  return (
    await demo.api<{ queue: { id: string; number: string }[] }>(
      'query($hallId: ID!, $serviceId: ID) { queue(hallId: $hallId, serviceId: $serviceId) { id number } }',
      { hallId: demo.hall.id, serviceId: demo.serviceId(prefix) },
    )
  ).queue;
}

/** Opens the kiosk in portrait with a printer that only counts what it is given. */
async function openKiosk(query = 'resetAfter=120'): Promise<Page> {
  const page = await demo.browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await countPrints(page);
  await page.goto(`${demo.testApp.url}/kiosk?token=${demo.deviceToken('KIOSK')}&${query}`);
  await page.getByRole('heading', { name: /青山区政务服务中心/ }).waitFor();
  // The live board has come: every service shows its queue.
  await page.locator('.kiosk-service-figures').first().waitFor();
  return page;
}

function serviceButton(page: Page, prefix: string) {
  return page.locator(`[data-service-id="${demo.serviceId(prefix)}"]`);
}

/** The dark modules of the QR code on the page, read back from its SVG path. */
async function renderedQrModules(page: Page): Promise<Set<string>> {
  const path = (await page.locator('.printed-ticket-qr path').getAttribute('d')) ?? '';
  const dark = new Set<string>();
  for (const match of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [column, row, width] = [Number(match[1]), Number(match[2]), Number(match[3])];
    for (let offset = 0; offset < width; offset += 1) dark.add(`${row}:${column + offset}`);
  }
  return dark;
}

function expectedQrModules(text: string): Set<string> {
  const { modules } = qrcode.create(text, { errorCorrectionLevel: 'M' });
  const dark = new Set<string>();
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (modules.get(row, column)) dark.add(`${row}:${column}`);
    }
  }
  return dark;
}

describe('kiosk and phone page', () => {
  it('takes a ticket at the kiosk, follows it on the phone, shows the call within 1 s, and takes a rating', async () => {
    const kiosk = await openKiosk();
    await captureState(kiosk, 'kiosk-start-portrait.png');
    await kiosk.setViewportSize({ width: 1920, height: 1080 });
    await captureState(kiosk, 'kiosk-start-landscape.png');
    await kiosk.setViewportSize({ width: 1080, height: 1920 });
    const before = await waitingTickets('A');

    await serviceButton(kiosk, 'A').click();
    const number = (await kiosk.locator('#printed-ticket-number').textContent())!.trim();
    const phoneUrl = (await kiosk.locator('.printed-ticket-url').textContent())!.trim();
    expect(number).toMatch(/^A\d{3}$/);
    expect(phoneUrl).toMatch(new RegExp(`^${demo.testApp.url}/t/[A-Za-z0-9_-]{20,}$`));
    expect(await renderedQrModules(kiosk)).toEqual(expectedQrModules(phoneUrl));
    await expect.poll(() => printed(kiosk)).toBeGreaterThanOrEqual(1);
    await captureState(kiosk, 'kiosk-ticket-portrait.png');
    await kiosk.emulateMedia({ media: 'print' });
    await kiosk
      .locator('.printed-ticket')
      .screenshot({ path: join(screenshotsDir, 'kiosk-printed-ticket.png') });
    await kiosk.emulateMedia({ media: 'screen' });

    const after = await waitingTickets('A');
    expect(after).toHaveLength(before.length + 1);
    const ticket = after.find((candidate) => candidate.number === number)!;
    expect(ticket).toBeDefined();

    const phoneContext = await demo.browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      locale: 'zh-CN',
    });
    const phone = await phoneContext.newPage();
    await phone.goto(phoneUrl);
    await expect.poll(() => phone.locator('#phone-ticket-number').textContent()).toBe(number);
    await phone.getByText('前面还有 0 人').or(phone.getByText('下一位就是您')).first().waitFor();
    await captureState(phone, 'phone-waiting.png');

    const clerkToken = await demo.testApp.login('clerk1', demoPassword);
    await demo.api(
      'mutation($id: ID!) { openCounter(counterId: $id) { id } }',
      { id: demo.counterId('1') },
      clerkToken,
    );
    await demo.api(
      'mutation($counterId: ID!, $ticketId: ID!) { callTicket(counterId: $counterId, ticketId: $ticketId, reason: "e2e") { id } }',
      { counterId: demo.counterId('1'), ticketId: ticket.id },
      clerkToken,
    );
    const banner = phone.getByRole('alertdialog');
    await banner.waitFor({ timeout: 1_000 });
    await expect(banner.textContent()).resolves.toContain('请到 1 号窗口');
    await captureState(phone, 'phone-called.png');

    // Dismissed, then a recall brings it back.
    await banner.getByRole('button', { name: '我知道了' }).click();
    await banner.waitFor({ state: 'detached' });
    await demo.api(
      'mutation($id: ID!) { recallTicket(ticketId: $id) { id } }',
      { id: ticket.id },
      clerkToken,
    );
    await banner.waitFor({ timeout: 1_000 });
    await expect(banner.textContent()).resolves.toContain('第 2 次呼叫');
    await banner.getByRole('button', { name: '我知道了' }).click();

    await demo.api(
      'mutation($id: ID!) { completeTicket(ticketId: $id) { id } }',
      { id: ticket.id },
      clerkToken,
    );
    const form = phone.locator('form.rating-form');
    await form.waitFor();
    // The citizen reads on in English.
    await phone.getByRole('button', { name: 'English' }).click();
    await form.getByText('Please rate the service').waitFor();
    await captureState(phone, 'phone-rating.png', { fullPage: true });
    await form.getByText('Very satisfied').click();
    await form.getByLabel('Comments or suggestions (optional)').fill('Quick and friendly');
    await form.getByRole('button', { name: 'Send rating' }).click();
    await phone.getByText('Thank you for your rating!').waitFor();

    // The server has the rating, once, for this ticket.
    const ratings = await demo.api<{
      ratings: { score: number; comment: string | null; ticket: { number: string } }[];
    }>(
      'query($hallId: ID!, $from: DateTime!, $to: DateTime!) { ratings(hallId: $hallId, from: $from, to: $to) { score comment ticket { number } } }',
      { hallId: demo.hall.id, from: '2026-11-23T00:00:00.000Z', to: '2026-11-26T00:00:00.000Z' },
    );
    expect(ratings.ratings.filter((rating) => rating.ticket.number === number)).toEqual([
      { score: 5, comment: 'Quick and friendly', ticket: { number } },
    ]);

    // A reload shows the same ticket, rated, without asking again.
    await phone.reload();
    await expect.poll(() => phone.locator('#phone-ticket-number').textContent()).toBe(number);
    await phone.getByText('Your business is done. Thank you for waiting.').waitFor();
    expect(await phone.locator('form.rating-form').count()).toBe(0);
    await phoneContext.close();
    await kiosk.close();
  });

  it('shows the wait estimated again as the queue moves, while the ticket keeps the one it was given', async () => {
    // Six citizens take social insurance (B) tickets; the phone follows the last.
    const issued: { accessCode: string; ticket: { id: string } }[] = [];
    for (let index = 0; index < 6; index += 1) {
      const { issueTicket } = await demo.api<{
        issueTicket: { accessCode: string; peopleAhead: number; ticket: { id: string } };
      }>(
        'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { accessCode peopleAhead ticket { id } } }',
        { input: { hallId: demo.hall.id, serviceId: demo.serviceId('B') } },
        demo.deviceToken('KIOSK'),
      );
      issued.push(issueTicket);
      demo.testApp.clock.advance(1_000);
    }
    const last = issued.at(-1)!;
    const phoneContext = await demo.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'zh-CN',
    });
    const phone = await phoneContext.newPage();
    await phone.goto(`${demo.testApp.url}/t/${last.accessCode}`);
    const wait = phone.locator('.phone-wait strong');
    await wait.waitFor();
    const ahead = Number((await phone.locator('.phone-ahead').textContent())!.match(/\d+/)![0]);
    expect(ahead).toBeGreaterThanOrEqual(5);
    const waitAtIssue = (await wait.textContent())!;
    expect(waitAtIssue).toMatch(/\d+–\d+ 分钟/);
    await captureState(phone, 'phone-estimate-at-issue.png');

    // A clerk serves the first four in 3 minutes each: the page says fewer ahead and a new wait.
    const clerkToken = await demo.testApp.login('clerk2', demoPassword);
    await demo.api(
      'mutation($id: ID!) { openCounter(counterId: $id) { id } }',
      { id: demo.counterId('3') },
      clerkToken,
    );
    for (const { ticket } of issued.slice(0, 4)) {
      await demo.api(
        'mutation($counterId: ID!, $ticketId: ID!) { callTicket(counterId: $counterId, ticketId: $ticketId, reason: "e2e") { id } }',
        { counterId: demo.counterId('3'), ticketId: ticket.id },
        clerkToken,
      );
      demo.testApp.clock.advance(3 * 60_000);
      await demo.api(
        'mutation($id: ID!) { completeTicket(ticketId: $id) { id } }',
        { id: ticket.id },
        clerkToken,
      );
    }
    await phone.getByText(`前面还有 ${ahead - 4} 人`).waitFor();
    await expect.poll(() => wait.textContent()).not.toBe(waitAtIssue);
    await captureState(phone, 'phone-estimate-moved.png');

    // The server keeps the estimate given at issue on the segment: the statistics judge that one.
    const { myTicket } = await demo.api<{
      myTicket: { estimate: { p50Minutes: number }; segments: { estimate: { p50Minutes: number } }[] };
    }>(
      'query($code: String!) { myTicket(accessCode: $code) { estimate { p50Minutes } segments { estimate { p50Minutes } } } }',
      {
        code: last.accessCode,
      },
    );
    expect(myTicket.estimate.p50Minutes).toBeLessThan(myTicket.segments[0]!.estimate.p50Minutes);
    expect(await wait.textContent()).toContain(`${myTicket.estimate.p50Minutes}–`);
    await phoneContext.close();
  });

  it('prints exactly one ticket for a double tap and for a request whose answer is lost', async () => {
    const kiosk = await openKiosk();
    const before = await waitingTickets('B');

    // Two taps in the same instant, before React could even disable the button.
    await kiosk.evaluate(
      (selector) => {
        const button = (globalThis as unknown as BrowserWindow).document.querySelector(selector)!;
        button.click();
        button.click();
      },
      `[data-service-id="${demo.serviceId('B')}"]`,
    );
    const firstNumber = (await kiosk.locator('#printed-ticket-number').textContent())!.trim();
    await kiosk.getByRole('button', { name: '完成' }).click();
    await kiosk.locator('.kiosk-service-figures').first().waitFor();
    const afterDoubleTap = await waitingTickets('B');
    expect(afterDoubleTap).toHaveLength(before.length + 1);
    expect(afterDoubleTap.map((ticket) => ticket.number)).toContain(firstNumber);

    // The first answer is lost on its way back: the server issued, the browser saw a broken connection.
    const keys: string[] = [];
    await kiosk.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as {
        operationName?: string;
        variables?: { input?: { idempotencyKey?: string } };
      } | null;
      if (body?.operationName !== 'IssueTicket') return await route.continue();
      keys.push(body.variables?.input?.idempotencyKey ?? '');
      if (keys.length === 1) {
        await route.fetch();
        return await route.abort('connectionreset');
      }
      return await route.continue();
    });
    await serviceButton(kiosk, 'B').click();
    const secondNumber = (await kiosk.locator('#printed-ticket-number').textContent())!.trim();
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys).size).toBe(1);
    const afterLostAnswer = await waitingTickets('B');
    expect(afterLostAnswer).toHaveLength(before.length + 2);
    expect(afterLostAnswer.map((ticket) => ticket.number)).toContain(secondNumber);
    expect(secondNumber).not.toBe(firstNumber);
    await kiosk.close();
  });

  it('says in the chosen language when a service has no tickets left, and issues priority tickets in English', async () => {
    const service = (
      await demo.api<{
        hall: { services: { id: string; code: string; name: string; nameEn: string; prefix: string }[] };
      }>('query($id: ID!) { hall(id: $id) { services { id code name nameEn prefix } } }', {
        id: demo.hall.id,
      })
    ).hall.services.find((candidate) => candidate.prefix === 'F')!;
    const kiosk = await openKiosk();
    await kiosk.getByRole('button', { name: 'English' }).click();
    // A one-stop visit is put together in the order tapped; switching it off forgets it.
    await kiosk.getByRole('button', { name: /Several services/ }).click();
    await serviceButton(kiosk, 'D').click();
    await serviceButton(kiosk, 'A').click();
    await expect(kiosk.locator('.kiosk-route-list').textContent()).resolves.toMatch(
      /Tax Services.*Social Security/,
    );
    await captureState(kiosk, 'kiosk-one-stop.png');
    await kiosk.getByRole('button', { name: /Several services/ }).click();
    await kiosk.getByRole('button', { name: /Priority service/ }).click();
    await serviceButton(kiosk, 'F').click();
    await kiosk.locator('.printed-ticket').getByText('Priority', { exact: true }).waitFor();
    await expect(kiosk.locator('.printed-ticket').textContent()).resolves.toContain('Household Registration');
    await kiosk.getByRole('button', { name: 'Done' }).click();

    // Today's quota is now the one ticket already taken.
    await demo.api(
      'mutation($id: ID!, $input: ServiceInput!) { updateService(serviceId: $id, input: $input) { id } }',
      {
        id: service.id,
        input: {
          code: service.code,
          name: service.name,
          nameEn: service.nameEn,
          prefix: service.prefix,
          dailyQuota: 1,
        },
      },
    );
    await kiosk.getByRole('button', { name: 'English' }).click();
    await serviceButton(kiosk, 'F').click();
    await kiosk.getByRole('alert').getByText("Today's tickets for this service are all taken").waitFor();
    await captureState(kiosk, 'kiosk-quota-reached.png');
    await kiosk.close();
  });

  it('shows a clear page for an unknown code', async () => {
    const phone = await demo.browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    await phone.goto(`${demo.testApp.url}/t/no-such-ticket-code-0123456789`);
    await phone.getByRole('heading', { name: '未找到此号码' }).waitFor();
    await phone.close();
  });
});
