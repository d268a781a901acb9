import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureState, expectNoAxeViolations, focusedElement, reflowProblems } from './accessibility.js';
import { demoPassword, startDemoApp, type DemoApp } from './demo-app.js';

// Issue 22: the main journeys walked by keyboard alone, asserting where focus is after each step;
// time limits a person controls; the phone page's live announcements and call banner; reflow at
// 200 % and 400 % zoom (320 CSS px) and in the phone's large-text mode. axe-core checks each state
// (captureState). Zoom is emulated as Chromium's own zoom lays out: a viewport of fewer CSS pixels,
// each drawn larger (a 390 px phone at 200 % is 195 CSS px wide).

let demo: DemoApp;

beforeAll(async () => {
  demo = await startDemoApp({ name: 'accessibility', chineseAndEnglishOnly: true });
});
afterAll(async () => await demo?.close());

/** A ticket taken at the kiosk, through the API with the kiosk's device token. */
async function issueAtKiosk(prefix: string): Promise<{ id: string; number: string; accessCode: string }> {
  const data = await demo.api<{
    issueTicket: { accessCode: string; ticket: { id: string; number: string } };
  }>(
    'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { accessCode ticket { id number } } }',
    { input: { hallId: demo.hall.id, serviceId: demo.serviceId(prefix) } },
    demo.deviceToken('KIOSK'),
  );
  // Tickets taken in the same instant are ordered by id: a second apart, they queue as taken.
  demo.testApp.clock.advance(1_000);
  return { ...data.issueTicket.ticket, accessCode: data.issueTicket.accessCode };
}

async function asClerk(query: string, variables: Record<string, unknown>): Promise<void> {
  const token = await demo.testApp.login('clerk2', demoPassword);
  await demo.api(query, variables, token);
}

const openCounterMutation = 'mutation($id: ID!) { openCounter(counterId: $id) { id } }';
const callTicketMutation =
  'mutation($counterId: ID!, $ticketId: ID!) { callTicket(counterId: $counterId, ticketId: $ticketId, reason: "e2e") { id } }';

/** Presses Tab until focus is on an element whose description matches, at most `limit` times. */
async function tabTo(page: Page, wanted: RegExp, limit = 40): Promise<string> {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    const focused = await focusedElement(page);
    if (wanted.test(focused)) return focused;
  }
  throw new Error(`Tab never reached ${wanted} (last: ${await focusedElement(page)})`);
}

async function phoneContext(width: number, height: number, scale = 2): Promise<BrowserContext> {
  return await demo.browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: scale,
    locale: 'zh-CN',
  });
}

/** Whether the focus is inside `node` (run in the page; standard DOM only). */
function bannerHoldsFocus(node: unknown): boolean {
  const element = node as { contains(other: unknown): boolean; ownerDocument: { activeElement: unknown } };
  return element.contains(element.ownerDocument.activeElement);
}

describe('accessibility, by keyboard alone', () => {
  it('takes a ticket at the kiosk by keyboard: focus goes to 完成, then back to the start', async () => {
    const kiosk = await demo.browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await kiosk.goto(`${demo.testApp.url}/kiosk?token=${demo.deviceToken('KIOSK')}&resetAfter=120&print=0`);
    await kiosk.locator('.kiosk-service-figures').first().waitFor();
    expect(await kiosk.evaluate('document.documentElement.lang')).toBe('zh-CN');
    await tabTo(kiosk, /English/);
    await kiosk.keyboard.press('Enter');
    await expect.poll(() => kiosk.evaluate('document.documentElement.lang')).toBe('en');
    // Focus stays on the language button that was pressed.
    expect(await focusedElement(kiosk)).toMatch(/中文|English/);
    await tabTo(kiosk, /Social Security/);
    await kiosk.keyboard.press('Enter');
    await kiosk.locator('#printed-ticket-number').waitFor();
    await expect.poll(() => focusedElement(kiosk)).toMatch(/^button: Done/);
    await captureState(kiosk, 'a11y-kiosk-ticket-focus.png');
    await kiosk.keyboard.press('Enter');
    await kiosk.locator('.kiosk-service-figures').first().waitFor();
    expect(await focusedElement(kiosk)).not.toBe('body: ');
    await kiosk.close();
  });

  it('warns 10 s before the kiosk resets, counts from the last key, and extends with one press', async () => {
    const kiosk = await demo.browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await kiosk.goto(`${demo.testApp.url}/kiosk?token=${demo.deviceToken('KIOSK')}&resetAfter=11&print=0`);
    await kiosk.locator('.kiosk-service-figures').first().waitFor();
    await kiosk.getByRole('button', { name: 'English' }).click();
    // Keys every 2 s for 14 s: longer than the limit, and the kiosk stays in English, no warning.
    for (let step = 0; step < 7; step += 1) {
      await kiosk.waitForTimeout(2_000);
      await kiosk.keyboard.press('Shift');
    }
    expect(await kiosk.evaluate('document.documentElement.lang')).toBe('en');
    const warning = kiosk.getByRole('alertdialog');
    expect(await warning.count()).toBe(0);
    // Left alone, it warns, with focus on the one button that extends.
    await warning.waitFor({ timeout: 10_000 });
    await expect.poll(() => focusedElement(kiosk)).toMatch(/^button: /);
    await captureState(kiosk, 'a11y-kiosk-time-warning.png');
    await kiosk.keyboard.press('Enter');
    await warning.waitFor({ state: 'detached' });
    expect(await kiosk.evaluate('document.documentElement.lang')).toBe('en');
    // Left alone again, it goes back to Chinese.
    await expect
      .poll(() => kiosk.evaluate('document.documentElement.lang'), { timeout: 20_000 })
      .toBe('zh-CN');
    await kiosk.close();
  });

  it('cancels a ticket on the phone by keyboard: the safe choice first and focused, Escape keeps the place', async () => {
    const ticket = await issueAtKiosk('C');
    const context = await phoneContext(390, 844);
    const phone = await context.newPage();
    await phone.goto(`${demo.testApp.url}/t/${ticket.accessCode}`);
    await phone.locator('#phone-ticket-number').waitFor();
    expect(await phone.evaluate('document.documentElement.lang')).toBe('zh-CN');
    await tabTo(phone, /^button: 取消排队/);
    await phone.keyboard.press('Enter');
    await expect.poll(() => focusedElement(phone)).toMatch(/^button: 继续排队/);
    await captureState(phone, 'a11y-phone-cancel-question.png');
    // The safe choice comes first in the reading and Tab order.
    const order = await phone
      .locator('.confirm-control button, [role="alertdialog"] button, [role="dialog"] button')
      .allTextContents();
    expect(order.findIndex((text) => text.includes('继续排队'))).toBeLessThan(
      order.findIndex((text) => text.includes('确定取消')),
    );
    await phone.keyboard.press('Escape');
    await expect.poll(() => focusedElement(phone)).toMatch(/^button: 取消排队/);
    await phone.keyboard.press('Enter');
    await tabTo(phone, /^button: 确定取消/, 3);
    await phone.keyboard.press('Enter');
    await phone.getByText('已取消').first().waitFor();
    expect(await focusedElement(phone)).not.toMatch(/^body/);
    await captureState(phone, 'a11y-phone-cancelled.png');
    await context.close();
  });

  it('follows the call on the phone: announced once, the banner holds focus, and a rating by keyboard', async () => {
    const ahead = await issueAtKiosk('B');
    await issueAtKiosk('B');
    const ticket = await issueAtKiosk('B');
    const context = await phoneContext(390, 844);
    const phone = await context.newPage();
    await phone.goto(`${demo.testApp.url}/t/${ticket.accessCode}`);
    await phone.locator('#phone-ticket-number').waitFor();
    const polite = phone.locator('[aria-live="polite"]').filter({ hasText: /前面还有|下一位/ });
    await polite.first().waitFor();
    // Count every change to the polite region's text from here on.
    await phone.evaluate(() => {
      const scope = globalThis as unknown as {
        document: { querySelectorAll(selector: string): ArrayLike<object> };
        MutationObserver: new (callback: () => void) => { observe(node: object, options: object): void };
        __politeChanges: number;
      };
      scope.__politeChanges = 0;
      for (const region of Array.from(scope.document.querySelectorAll('[aria-live="polite"]'))) {
        new scope.MutationObserver(() => {
          scope.__politeChanges += 1;
        }).observe(region, { childList: true, characterData: true, subtree: true });
      }
    });
    await asClerk(openCounterMutation, { id: demo.counterId('3') });
    await asClerk(callTicketMutation, { counterId: demo.counterId('3'), ticketId: ahead.id });
    const before = await polite.first().textContent();
    await expect.poll(() => polite.first().textContent()).not.toBe(before);
    await phone.waitForTimeout(1_000);
    const changes = await phone.evaluate('globalThis.__politeChanges');
    expect(changes).toBeGreaterThanOrEqual(1);
    expect(changes).toBeLessThanOrEqual(2);

    await asClerk('mutation($id: ID!) { completeTicket(ticketId: $id) { id } }', { id: ahead.id });
    await asClerk(callTicketMutation, { counterId: demo.counterId('3'), ticketId: ticket.id });
    const banner = phone.getByRole('alertdialog');
    await banner.waitFor();
    await expect(
      phone.locator('[role="alert"], [aria-live="assertive"]').first().textContent(),
    ).resolves.toMatch(/窗口/);
    // Focus is in the banner and stays there: 20 Tab stops, none outside it.
    await expect.poll(() => banner.evaluate(bannerHoldsFocus)).toBe(true);
    for (let step = 0; step < 20; step += 1) {
      await phone.keyboard.press('Tab');
      expect(await banner.evaluate(bannerHoldsFocus)).toBe(true);
    }
    await captureState(phone, 'a11y-phone-called.png');
    await phone.keyboard.press('Escape');
    await banner.waitFor({ state: 'detached' });
    expect(await focusedElement(phone)).not.toMatch(/^body/);

    await asClerk('mutation($id: ID!) { completeTicket(ticketId: $id) { id } }', { id: ticket.id });
    const form = phone.locator('form.rating-form');
    await form.waitFor();
    await captureState(phone, 'a11y-phone-rating.png', { fullPage: true });
    await tabTo(phone, /radio/);
    await phone.keyboard.press('Space');
    await tabTo(phone, /^button: 提交/);
    await phone.keyboard.press('Enter');
    await phone.getByText('感谢您的评价').first().waitFor();
    expect(await focusedElement(phone)).not.toMatch(/^body/);
    await context.close();
  });

  it('works a ticket at the desk by keyboard, from login to call, start and complete', async () => {
    const ticket = await issueAtKiosk('E');
    const context = await demo.browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    await page.goto(`${demo.testApp.url}/counter`);
    await page.locator('input[name="username"]').waitFor();
    await captureState(page, 'a11y-login.png');
    await tabTo(page, /^text: 用户名/);
    await page.keyboard.type('clerk1');
    await page.keyboard.press('Tab');
    await page.keyboard.type(demoPassword);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '选择窗口' }).waitFor();
    await tabTo(page, /^button: 6 号窗口/);
    await page.keyboard.press('Enter');
    await page.locator('[data-counter-status]').waitFor();
    await expect.poll(() => focusedElement(page)).toMatch(/^button: 开启窗口/);
    await page.keyboard.press('Enter');
    await page.locator('[data-counter-status="OPEN"]').waitFor();
    await expect.poll(() => focusedElement(page)).toMatch(/叫下一位/);
    await page.locator('.next-tickets').getByText(ticket.number).waitFor();
    // The ticket's arrival in the queue leaves the focus where it was.
    await page.locator('[data-operation="callNext"]:enabled').waitFor();
    expect(await focusedElement(page)).toMatch(/叫下一位/);
    await page.keyboard.press('Enter');
    await page
      .locator('[data-ticket-number]')
      .waitFor({ timeout: 10_000 })
      .catch(async (error: unknown) => {
        const notices = await page.locator('[role="alert"], .notice').allTextContents();
        throw new Error(
          `${String(error)}\nfocus: ${await focusedElement(page)}\nnotices: ${notices.join(' | ')}`,
        );
      });
    await expect.poll(() => focusedElement(page)).toMatch(/开始办理|办理/);
    await captureState(page, 'a11y-desk-called.png');
    await page.keyboard.press('Enter');
    await page.locator('.ticket-status-serving').waitFor();
    await expect.poll(() => focusedElement(page)).toMatch(/办结|完成/);
    await page.keyboard.press('Enter');
    await page.locator('[role="dialog"]').waitFor();
    await captureState(page, 'a11y-desk-complete-dialog.png');
    await page.keyboard.press('Enter');
    await page.locator('.current-none').waitFor();
    await expect.poll(() => focusedElement(page)).toMatch(/叫下一位/);
    await context.close();
  });
});

describe('accessibility, zoom and reflow', () => {
  /** The public pages at 200 % of a 390 px phone (195 CSS px) and 400 % of 1280 (320 CSS px). */
  const widths = [
    { name: '200', width: 195, height: 422 },
    { name: '400', width: 320, height: 256 },
  ];

  it('the phone page reflows at 200 %, at 400 % and in large text, waiting, called and rating; its call banner fits turned', async () => {
    const ticket = await issueAtKiosk('A');
    const views = [
      { name: 'zoom-200', width: 195, height: 422, largeText: false },
      { name: 'zoom-400', width: 320, height: 256, largeText: false },
      { name: 'large-text-320', width: 320, height: 568, largeText: true },
      { name: 'turned', width: 844, height: 390, largeText: false },
      { name: 'turned-zoom-200', width: 422, height: 195, largeText: false },
    ];
    const opened: { name: string; height: number; page: Page; context: BrowserContext }[] = [];
    for (const view of views) {
      const context = await phoneContext(view.width, view.height);
      const page = await context.newPage();
      if (view.largeText) {
        await page.addInitScript(() => {
          const storage = (
            globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } }
          ).localStorage;
          storage.setItem('onestop.citizen.largeText', '1');
        });
      }
      await page.goto(`${demo.testApp.url}/t/${ticket.accessCode}`);
      await page.locator('#phone-ticket-number').waitFor();
      opened.push({ name: view.name, height: view.height, page, context });
    }
    const check = async (state: string, fullPage: boolean) => {
      for (const { name, page } of opened) {
        expect(await reflowProblems(page), `the phone page ${state}, ${name}`).toEqual([]);
        await captureState(page, `a11y-phone-${state}-${name}.png`, { fullPage });
      }
    };
    await check('waiting', true);

    await asClerk(openCounterMutation, { id: demo.counterId('1') });
    await asClerk(callTicketMutation, { counterId: demo.counterId('1'), ticketId: ticket.id });
    for (const { name, height, page } of opened) {
      const banner = page.getByRole('alertdialog');
      await banner.waitFor();
      // Its button can be reached: scrolled to inside the banner, it is on the screen.
      const button = banner.getByRole('button').last();
      await button.scrollIntoViewIfNeeded();
      const box = (await button.boundingBox())!;
      expect(box.y, `the call's button, ${name}`).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, `the call's button, ${name}`).toBeLessThanOrEqual(height);
    }
    await check('called', false);

    for (const { page } of opened) {
      await page.keyboard.press('Escape');
      await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    }
    await asClerk('mutation($id: ID!) { completeTicket(ticketId: $id) { id } }', { id: ticket.id });
    for (const { page } of opened) await page.locator('form.rating-form').waitFor();
    await check('rating', true);
    for (const { context } of opened) await context.close();
  });

  it('the booking pages reflow at 200 % and 400 % (services, form, booked, its own page), and the kiosk at 320 CSS px (start, ticket, warning)', async () => {
    for (const size of widths) {
      const context = await phoneContext(size.width, size.height);
      const page = await context.newPage();
      // The page lists days from the phone's clock: the server's (moved by hand) here.
      await page.clock.setFixedTime(demo.testApp.clock.now());
      await page.goto(`${demo.testApp.url}/book/${demo.hall.code}`);
      await page.locator('main').first().waitFor();
      await page.getByRole('heading').first().waitFor();
      expect(await reflowProblems(page), `booking at ${size.width} CSS px`).toEqual([]);
      await captureState(page, `a11y-booking-zoom-${size.name}.png`, { fullPage: true });
      // The form: a day, a slot, a phone number; then the booking and its own page.
      await page.getByRole('button', { name: /企业开办/ }).click();
      await page.locator('[data-day]').first().waitFor();
      await expect.poll(() => page.locator('[data-day][aria-busy="true"]').count()).toBe(0);
      await page.locator('[data-day]:not([disabled])').first().click();
      await page.locator('[data-slot-start]:not([disabled])').first().click();
      await page.locator('input[name="phone"]').fill(`1370000${size.width}`.padEnd(11, '0'));
      expect(await reflowProblems(page), `the booking form at ${size.width} CSS px`).toEqual([]);
      await captureState(page, `a11y-booking-form-zoom-${size.name}.png`, { fullPage: true });
      await page.getByRole('button', { name: '确认预约', exact: true }).click();
      await page.locator('#booking-check-in-code').waitFor();
      expect(await reflowProblems(page), `the booking made at ${size.width} CSS px`).toEqual([]);
      await captureState(page, `a11y-booking-booked-zoom-${size.name}.png`, { fullPage: true });
      await page.goto((await page.locator('.booking-manage-link').getAttribute('href'))!);
      await page.locator('#booking-check-in-code').waitFor();
      expect(await reflowProblems(page), `the booking's page at ${size.width} CSS px`).toEqual([]);
      await captureState(page, `a11y-booking-manage-zoom-${size.name}.png`, { fullPage: true });
      await context.close();
    }
    // The kiosk at 400 % of 1280: the start, a ticket, the warning before it goes back.
    const kiosk = await demo.browser.newPage({ viewport: { width: 320, height: 568 } });
    await kiosk.goto(`${demo.testApp.url}/kiosk?token=${demo.deviceToken('KIOSK')}&resetAfter=14&print=0`);
    await kiosk.locator('.kiosk-service-figures').first().waitFor();
    expect(await reflowProblems(kiosk), "the kiosk's start at 320 CSS px").toEqual([]);
    await captureState(kiosk, 'a11y-kiosk-start-320.png', { fullPage: true });
    await kiosk.locator(`[data-service-id="${demo.serviceId('A')}"]`).click();
    await kiosk.locator('#printed-ticket-number').waitFor();
    expect(await reflowProblems(kiosk), "the kiosk's ticket at 320 CSS px").toEqual([]);
    await captureState(kiosk, 'a11y-kiosk-ticket-320.png', { fullPage: true });
    await kiosk.getByRole('alertdialog').waitFor({ timeout: 10_000 });
    expect(await reflowProblems(kiosk), "the kiosk's warning at 320 CSS px").toEqual([]);
    await captureState(kiosk, 'a11y-kiosk-warning-320.png');
    await kiosk.close();
  });

  it('sets <html lang> to the chosen language on the staff pages', async () => {
    const context = await demo.browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'en-US',
    });
    const page = await context.newPage();
    await demo.logIn(page, '/counter', 'clerk1');
    await page.locator('[data-counter-label="1"]').waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await expectNoAxeViolations(page, 'counter picker in English');
    await context.close();
  });
});
