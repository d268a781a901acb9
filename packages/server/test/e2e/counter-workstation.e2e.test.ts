import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureState } from './accessibility.js';
import { startDemoApp, type DemoApp } from './demo-app.js';
import { runningClock } from './display-server.js';

// The clerk's workstation (/counter) against the real server with the demo district, in
// Chromium, worked from the keyboard as a clerk at a 1366×768 laptop does.

// 09:30 on a Tuesday in Shanghai, running at the real pace.
const clock = runningClock('2026-11-24T01:30:00.000Z');
let demo: DemoApp;

beforeAll(async () => {
  demo = await startDemoApp({ name: 'workstation', clock: clock.now });
});
afterAll(async () => await demo?.close());

/** A ticket taken at the kiosk, through the API with the kiosk's device token. */
async function issueAtKiosk(prefix: string): Promise<{ id: string; number: string }> {
  const serviceId = demo.serviceId(prefix);
  const data = await demo.api<{ issueTicket: { ticket: { id: string; number: string } } }>(
    'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { id number } } }',
    { input: { hallId: demo.hall.id, serviceId } },
    demo.deviceToken('KIOSK'),
  );
  return data.issueTicket.ticket;
}

/** Logs a clerk in at /counter in its own browser context and takes counter `label`. */
async function clerkAtCounter(context: BrowserContext, username: string, label: string): Promise<Page> {
  const page = await context.newPage();
  await demo.logIn(page, '/counter', username);
  await page.locator(`[data-counter-label="${label}"]`).click();
  await page.locator('[data-counter-status]').waitFor();
  return page;
}

async function openCounter(page: Page): Promise<void> {
  await page.locator('[data-operation="openCounter"]').click();
  await page.locator('[data-counter-status="OPEN"]').waitFor();
  // The desk is ready for F1 once "call next" is enabled.
  await page.locator('[data-operation="callNext"]:enabled').waitFor();
}

async function ticketNumberOn(page: Page): Promise<string> {
  const number = page.locator('[data-ticket-number]');
  await number.waitFor();
  // Settled: the operation is over and the next ones are enabled.
  await page.locator('[data-operation="complete"]:enabled').waitFor();
  return (await number.textContent())?.trim() ?? '';
}

/**
 * Waits until the operation's button is enabled: the last operation is over (the double-press
 * guard ignores keys until then, as it would a clerk's second press).
 */
async function settled(page: Page, operation: string): Promise<void> {
  await page.locator(`[data-operation="${operation}"]:enabled`).waitFor();
}

/** Completes the ticket at the counter from the keyboard: F4, then Enter on the first outcome. */
async function completeByKeyboard(page: Page): Promise<void> {
  await page.keyboard.press('F4');
  await page.locator('[role="dialog"]').waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.current-none').waitFor();
  await settled(page, 'callNext');
}

describe('the counter workstation', () => {
  it('lets a clerk open a counter and work a kiosk ticket from the keyboard, and the wall display shows the call', async () => {
    const display = await demo.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await display.goto(`${demo.testApp.url}/display?token=${demo.deviceToken('DISPLAY')}`);
    await display.getByRole('heading', { name: /青山区政务服务中心/ }).waitFor();

    const context = await demo.browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
    });
    const login = await context.newPage();
    await demo.logIn(login, '/counter', 'clerk1');
    await login.getByRole('heading', { name: '选择窗口' }).waitFor();
    await captureState(login, 'workstation-picker.png');
    await login.locator('[data-counter-label="1"]').click();
    await login.locator('[data-counter-status="CLOSED"]').waitFor();
    await captureState(login, 'workstation-closed.png');
    const page = login;
    // The open button has the focus: Enter opens the counter.
    await page.keyboard.press('Enter');
    await page.locator('[data-counter-status="OPEN"]').waitFor();
    await settled(page, 'callNext');

    const ticket = await issueAtKiosk('A');
    // The live queue shows it without a reload.
    await page.locator('.next-tickets').getByText(ticket.number).waitFor();
    await captureState(page, 'workstation-open.png');

    await page.keyboard.press('F1');
    expect(await ticketNumberOn(page)).toBe(ticket.number);
    // The wall display of the same hall shows the call.
    await display.locator('.now-calling, main').getByText(ticket.number).first().waitFor();
    await captureState(display, 'workstation-display-call.png');

    await page.keyboard.press('F2');
    await expect.poll(() => page.locator('[data-recall-count]').textContent()).toBe('1 / 2');
    await settled(page, 'start');
    await page.keyboard.press('F3');
    await page.locator('.ticket-status-serving').waitFor();
    await settled(page, 'complete');
    await captureState(page, 'workstation-serving.png');

    await page.keyboard.press('F4');
    await page.locator('[role="dialog"]').waitFor();
    await captureState(page, 'workstation-complete-dialog.png');
    await page.keyboard.press('Enter');
    await page.locator('.current-none').waitFor();
    await expect.poll(() => page.locator('[data-figure="served"]').textContent()).toBe('1');

    const done = await demo.api<{
      ticket: { status: string; segments: { outcome: string | null; recallCount: number }[] };
    }>('query($id: ID!) { ticket(id: $id) { status segments { outcome recallCount } } }', { id: ticket.id });
    expect(done.ticket).toEqual({ status: 'DONE', segments: [{ outcome: 'completed', recallCount: 1 }] });

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'My day' }).waitFor();
    await captureState(page, 'workstation-english.png');

    // Logging out with the counter open asks first; pausing records why.
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.locator('[role="dialog"]').waitFor();
    await captureState(page, 'workstation-leave.png');
    await page.getByRole('button', { name: 'Pause and log out' }).click();
    await page.locator('input[name="username"]').waitFor();
    const counter = await demo.api<{
      hall: { counters: { label: string; status: string; pauseReason: string | null }[] };
    }>('query($id: ID!) { hall(id: $id) { counters { label status pauseReason } } }', { id: demo.hall.id });
    expect(counter.hall.counters.find((candidate) => candidate.label === '1')).toEqual({
      label: '1',
      status: 'PAUSED',
      pauseReason: '工作人员已退出登录',
    });
    await context.close();
    await display.close();
  });

  it('never gives two clerks pressing call next at the same moment the same ticket (20 times)', async () => {
    const first = await demo.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const second = await demo.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    const pageAtTwo = await clerkAtCounter(first, 'clerk1', '2');
    const pageAtThree = await clerkAtCounter(second, 'clerk2', '3');
    await openCounter(pageAtTwo);
    await openCounter(pageAtThree);
    // Counters 2 and 3 both serve A (social security): 40 tickets for 20 rounds of two calls.
    const issued: string[] = [];
    for (let index = 0; index < 40; index += 1) issued.push((await issueAtKiosk('A')).number);

    const called: string[] = [];
    for (let round = 0; round < 20; round += 1) {
      await Promise.all([pageAtTwo.keyboard.press('F1'), pageAtThree.keyboard.press('F1')]);
      const [atTwo, atThree] = await Promise.all([ticketNumberOn(pageAtTwo), ticketNumberOn(pageAtThree)]);
      expect(atTwo, `round ${round}`).not.toBe(atThree);
      called.push(atTwo, atThree);
      if (round === 0) {
        await captureState(pageAtTwo, 'workstation-race-counter-2.png');
      }
      await Promise.all([completeByKeyboard(pageAtTwo), completeByKeyboard(pageAtThree)]);
    }

    expect(new Set(called).size).toBe(40);
    expect([...called].sort()).toEqual([...issued].sort());

    // Closing the tab with the counter open: the browser asks (its own generic question).
    const asked = new Promise<string>((resolve) =>
      pageAtTwo.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.accept();
      }),
    );
    await pageAtTwo.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    await first.close();
    await second.close();
  }, 180_000);

  it('parks and resumes, transfers, calls a given ticket, requeues a no-show, pauses and closes', async () => {
    const context = await demo.browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
    });
    const page = await clerkAtCounter(context, 'clerk2', '8');
    await openCounter(page);
    const first = await issueAtKiosk('C');
    const second = await issueAtKiosk('D');
    const third = await issueAtKiosk('F');

    // Park the first, call the next.
    await page.keyboard.press('F1');
    expect(await ticketNumberOn(page)).toBe(first.number);
    await page.locator('[data-operation="park"]').click();
    await page.locator('.parked-tickets').getByText(first.number).waitFor();
    await settled(page, 'callNext');
    await page.keyboard.press('F1');
    expect(await ticketNumberOn(page)).toBe(second.number);
    await captureState(page, 'workstation-parked.png');

    // Transfer it to real-estate registration, ahead by its original time.
    await page.locator('[data-operation="transfer"]').click();
    const realEstate = demo.serviceId('E');
    await page.locator('select[name="transferService"]').selectOption(realEstate);
    await page.getByLabel('按原取号时间排队（优先）').check();
    await captureState(page, 'workstation-transfer-dialog.png');
    await page.getByRole('button', { name: '确认转办' }).click();
    await page.getByText(`${second.number} 已转至「不动产登记」排队。`).waitFor();

    // Resume the parked one and complete it.
    await settled(page, 'callTicket');
    await page.getByRole('button', { name: `恢复暂挂的 ${first.number}` }).click();
    expect(await ticketNumberOn(page)).toBe(first.number);
    await completeByKeyboard(page);
    expect(await page.locator('.parked-tickets').count()).toBe(0);

    // Call the F ticket out of order, with a reason.
    await page.locator('[data-operation="callTicket"]').click();
    await page.locator('input[name="ticketNumber"]').fill(third.number);
    await page.locator('input[name="callReason"]').fill('预约时间已到');
    await page.keyboard.press('Enter');
    expect(await ticketNumberOn(page)).toBe(third.number);

    // No-show, then back in the queue.
    await page.keyboard.press('F8');
    await page.locator('[data-operation="requeue"]:enabled').click();
    await page.getByText(`${third.number} 已重新排队。`).waitFor();
    await page.locator('.next-tickets').getByText(third.number).waitFor();

    // F9 pauses with the first listed reason, F9 again resumes; then the counter closes.
    await settled(page, 'callNext');
    await page.keyboard.press('F9');
    await page.locator('[role="dialog"]').waitFor();
    await page.keyboard.press('Enter');
    await page.locator('[data-counter-status="PAUSED"]').getByText('短暂休息').waitFor();
    await captureState(page, 'workstation-paused.png');
    await settled(page, 'resumeCounter');
    await page.keyboard.press('F9');
    await page.locator('[data-counter-status="OPEN"]').waitFor();
    await settled(page, 'closeCounter');
    await page.locator('[data-operation="closeCounter"]').click();
    await page.locator('[data-counter-status="CLOSED"]').waitFor();

    const events = await demo.api<{ hallEvents: { type: string; ticket: { number: string } | null }[] }>(
      'query($hallId: ID!) { hallEvents(hallId: $hallId, afterSeq: 0, limit: 1000) { type ticket { number } } }',
      { hallId: demo.hall.id },
    );
    const ofTicket = (number: string) =>
      events.hallEvents.filter((event) => event.ticket?.number === number).map((event) => event.type);
    expect(ofTicket(first.number)).toEqual([
      'TICKET_ISSUED',
      'TICKET_CALLED',
      'TICKET_PARKED',
      'TICKET_RESUMED',
      'TICKET_COMPLETED',
    ]);
    expect(ofTicket(second.number)).toEqual(['TICKET_ISSUED', 'TICKET_CALLED', 'TICKET_TRANSFERRED']);
    expect(ofTicket(third.number)).toEqual([
      'TICKET_ISSUED',
      'TICKET_CALLED',
      'TICKET_NO_SHOW',
      'TICKET_REQUEUED',
    ]);
    await context.close();
  });

  it('does not open for a display token', async () => {
    const context = await demo.browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
    });
    const displayToken = demo.deviceToken('DISPLAY');
    // As if someone put the wall display's token where the staff session is kept.
    // A string script: the server's tsconfig has no DOM types for a function that runs in the page.
    await context.addInitScript(
      `localStorage.setItem('onestop.staffToken', ${JSON.stringify(displayToken)})`,
    );
    const page = await context.newPage();
    await page.goto(`${demo.testApp.url}/counter`);
    await page.locator('input[name="username"]').waitFor();
    expect(await page.locator('[data-counter-status], .counter-picker').count()).toBe(0);
    await captureState(page, 'workstation-display-token.png');

    const counters = await demo.api<{ hall: { counters: { id: string }[] } }>(
      'query($id: ID!) { hall(id: $id) { counters { id } } }',
      { id: demo.hall.id },
    );
    const refused = await demo.testApp.graphql(
      'mutation($id: ID!) { callNext(counterId: $id) { id } }',
      { id: counters.hall.counters[0]!.id },
      { token: displayToken },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await context.close();
  });
});
