import { randomUUID } from 'node:crypto';
import { describeInputProblem, remoteJoinSettingLimits } from '@onestop/shared';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureState } from './accessibility.js';
import { startDemoApp, type DemoApp } from './demo-app.js';

// Issue 20 on the staff's screens, in Chromium against the real server with the demo district: the
// administrator sets a service's remote join (远程取号), the manager's live view counts the remote
// tickets at home and in the hall, and a clerk's desk marks a remote ticket and whether it checked
// in, calls it once it has, and not before.

let demo: DemoApp;

interface RemoteSettings {
  enabled: boolean;
  maxWaiting: number;
  checkInAhead: number;
  holdMinutes: number;
}

interface JoinedTicket {
  id: string;
  number: string;
  channel: string;
  checkedIn: boolean;
  accessCode: string;
}

/** Takes a number from a phone, as the booking page does: anonymous, with a mobile number. */
async function joinRemotely(prefix: string, phone: string): Promise<JoinedTicket> {
  const data = await demo.api<{
    joinRemotely: { ticket: Omit<JoinedTicket, 'accessCode'>; accessCode: string };
  }>(
    'mutation($input: JoinRemotelyInput!) { joinRemotely(input: $input) { ticket { id number channel checkedIn } accessCode } }',
    {
      input: { hallId: demo.hall.id, serviceId: demo.serviceId(prefix), phone, idempotencyKey: randomUUID() },
    },
    null,
  );
  return { ...data.joinRemotely.ticket, accessCode: data.joinRemotely.accessCode };
}

/** A walk-in ticket taken at the kiosk. */
async function issueAtKiosk(prefix: string): Promise<{ id: string; number: string }> {
  const data = await demo.api<{ issueTicket: { ticket: { id: string; number: string } } }>(
    'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { id number } } }',
    { input: { hallId: demo.hall.id, serviceId: demo.serviceId(prefix) } },
    demo.deviceToken('KIOSK'),
  );
  return data.issueTicket.ticket;
}

async function remoteJoinSettingsOf(prefix: string): Promise<RemoteSettings> {
  const { hall } = await demo.api<{
    hall: { services: { id: string; remoteJoinSettings: RemoteSettings }[] };
  }>(
    'query($id: ID!) { hall(id: $id) { services { id remoteJoinSettings { enabled maxWaiting checkInAhead holdMinutes } } } }',
    { id: demo.hall.id },
  );
  return hall.services.find((service) => service.id === demo.serviceId(prefix))!.remoteJoinSettings;
}

async function shot(page: Page, name: string): Promise<void> {
  await captureState(page, `remote-join-staff-${name}.png`, { fullPage: true });
}

/** Waits until the element `selector` finds reads `expected` (a pushed change reaches the screen). */
async function readsEventually(page: Page, selector: string, expected: string): Promise<void> {
  await expect
    .poll(async () => (await page.locator(selector).first().textContent())?.trim(), { timeout: 10_000 })
    .toBe(expected);
}

beforeAll(async () => {
  demo = await startDemoApp({
    name: 'remote-join-staff',
    // The browser reads "today" from its own clock: the server's hand-moved clock starts at the same moment.
    handClockAt: Date.now(),
    locale: 'zh-CN',
  });
});
afterAll(async () => await demo?.close());

describe("a service's remote join in the administration", () => {
  it('is turned on and set in /admin, refused beyond its limits, and reads back through the API', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    await demo.logIn(page, '/admin?tab=services', 'admin');
    await page.locator('table tr', { hasText: '医疗保障' }).getByRole('button', { name: '编辑' }).click();
    const form = page.locator('form[data-form="remote-join"]');
    await form.waitFor();
    await expect(form.locator('h3').textContent()).resolves.toBe('远程取号设置：医疗保障');
    // Never set (the demo turns remote join on for tax services alone): off, with the shared defaults.
    await expect(form.locator('input[name="enabled"]').isChecked()).resolves.toBe(false);
    await expect(form.locator('input[name="maxWaiting"]').inputValue()).resolves.toBe('20');

    await form.locator('input[name="enabled"]').check();
    await form.locator('input[name="maxWaiting"]').fill('501');
    await form.getByRole('button', { name: '保存' }).click();
    await expect(form.locator('.field-error').textContent()).resolves.toBe(
      describeInputProblem('zh-CN', { kind: 'outOfRange', ...remoteJoinSettingLimits.maxWaiting }),
    );
    await expect(form.locator('input[name="maxWaiting"]').getAttribute('aria-invalid')).resolves.toBe('true');
    await form.scrollIntoViewIfNeeded();
    await shot(page, 'admin-refused-zh');

    await form.locator('input[name="maxWaiting"]').fill('8');
    await form.locator('input[name="checkInAhead"]').fill('4');
    await form.locator('input[name="holdMinutes"]').fill('15');
    await form.getByRole('button', { name: '保存' }).click();
    await form.getByRole('status').getByText('已保存').waitFor();
    await expect(remoteJoinSettingsOf('B')).resolves.toEqual({
      enabled: true,
      maxWaiting: 8,
      checkInAhead: 4,
      holdMinutes: 15,
    });
    await shot(page, 'admin-saved-zh');

    await page.getByRole('button', { name: 'English' }).click();
    await form.locator('h3', { hasText: 'Remote join: Medical Insurance' }).waitFor();
    await expect(
      form.locator('#remote-join-' + demo.serviceId('B') + '-holdMinutes-hint').textContent(),
    ).resolves.toContain('keeps its place this long');
    await shot(page, 'admin-en');
    await page.getByRole('button', { name: '中文' }).click();
    await page.close();
  });
});

describe('remote tickets on the live view and at the desk', () => {
  let manager: Page;
  let clerkContext: BrowserContext;
  let desk: Page;
  let first: JoinedTicket;
  let second: JoinedTicket;
  let walkIn: { id: string; number: string };
  const householdRow = 'tr[data-service="F"]';

  beforeAll(async () => {
    // 户籍办理 (F) takes remote tickets; counter 7 serves it first.
    await demo.api(
      'mutation($serviceId: ID!, $input: RemoteJoinSettingsInput!) { setRemoteJoinSettings(serviceId: $serviceId, input: $input) { id } }',
      {
        serviceId: demo.serviceId('F'),
        input: { enabled: true, maxWaiting: 5, checkInAhead: 3, holdMinutes: 10 },
      },
    );
    manager = await demo.browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    await demo.logIn(manager, '/manager', 'manager');
    await manager.locator('#live-queues').waitFor();
  });
  afterAll(async () => {
    await manager?.close();
    await clerkContext?.close();
  });

  it('counts the remote tickets waiting at home, per service and for the hall', async () => {
    // A second apart each: the hand-moved clock stands still, and tickets queued at the same
    // instant are called in the (random) order of their ids.
    first = await joinRemotely('F', '13800000001');
    demo.testApp.clock.advance(1_000);
    second = await joinRemotely('F', '13900000002');
    demo.testApp.clock.advance(1_000);
    walkIn = await issueAtKiosk('F');
    expect(first).toMatchObject({ channel: 'ONLINE', checkedIn: false });

    // Waiting counts who can be called (the walk-in); the remote tickets at home are counted apart.
    await readsEventually(manager, `${householdRow} [data-remote-waiting]`, '2');
    await readsEventually(manager, `${householdRow} .waiting-count`, '1');
    await readsEventually(manager, `${householdRow} [data-remote-checked-in]`, '0');
    await readsEventually(manager, '[data-hall-total] [data-remote-waiting]', '2');
    await readsEventually(manager, '[data-hall-total] .waiting-count', '1');
    await shot(manager, 'manager-joined-zh');
  });

  it('moves a checked-in ticket from one count to the other', async () => {
    const { checkInTicket } = await demo.api<{ checkInTicket: { id: string; checkedIn: boolean } }>(
      'mutation($accessCode: String!) { checkInTicket(accessCode: $accessCode) { id checkedIn } }',
      { accessCode: first.accessCode },
    );
    expect(checkInTicket).toEqual({ id: first.id, checkedIn: true });

    await readsEventually(manager, `${householdRow} [data-remote-checked-in]`, '1');
    await readsEventually(manager, `${householdRow} [data-remote-waiting]`, '1');
    // Checked in, it can be called: among the waiting now.
    await readsEventually(manager, `${householdRow} .waiting-count`, '2');
    await readsEventually(manager, '[data-hall-total] [data-remote-checked-in]', '1');
    await shot(manager, 'manager-checked-in-zh');

    await manager.getByRole('button', { name: 'English' }).click();
    await manager.locator('#live-queues ~ table th', { hasText: 'Not checked in' }).waitFor();
    await manager.locator('[data-hall-total] th', { hasText: 'Hall total' }).waitFor();
    await shot(manager, 'manager-checked-in-en');
    await manager.getByRole('button', { name: '中文' }).click();
  });

  it("marks the checked-in remote ticket at a clerk's desk, lists the other as not checked in, and calls the first", async () => {
    clerkContext = await demo.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    desk = await clerkContext.newPage();
    await demo.logIn(desk, '/counter', 'clerk1');
    await desk.locator('[data-counter-label="7"]').click();
    await desk.locator('[data-operation="openCounter"]').click();
    await desk.locator('[data-counter-status="OPEN"]').waitFor();
    await desk.locator('[data-operation="callNext"]:enabled').waitFor();

    // The counter's queue holds what it can call: the checked-in remote ticket and the walk-in.
    const line = (number: string) => desk.locator('.next-tickets li', { hasText: number });
    await line(first.number).waitFor();
    await line(walkIn.number).waitFor();
    await expect(line(first.number).locator('[data-remote-badge]').textContent()).resolves.toBe('远程');
    await expect(line(first.number).locator('[data-checked-in="true"]').textContent()).resolves.toBe(
      '已签到',
    );
    await expect(line(walkIn.number).locator('[data-remote-badge]').count()).resolves.toBe(0);
    // The one not checked in keeps its place but is not the counter's to call.
    await expect(line(second.number).count()).resolves.toBe(0);
    await shot(desk, 'desk-queue-zh');

    // Calling by number lists the hall's queue: the unchecked remote ticket is there, not to be chosen.
    await desk.locator('[data-operation="callTicket"]').click();
    const dialog = desk.locator('[role="dialog"]');
    await dialog.locator('input[name="ticketNumber"]').fill(second.number);
    const choice = dialog.locator('.desk-choice', { hasText: second.number });
    await choice.waitFor();
    await expect(choice.locator('[data-checked-in="false"]').textContent()).resolves.toBe('未签到');
    await expect(choice.locator('input').isDisabled()).resolves.toBe(true);
    await dialog.locator('input[name="callReason"]').fill('测试');
    await expect(dialog.locator('button[type="submit"]').isDisabled()).resolves.toBe(true);
    await shot(desk, 'desk-call-unchecked-zh');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });

    await desk.locator('[data-operation="callNext"]:enabled').waitFor();
    await desk.keyboard.press('F1');
    await readsEventually(desk, '[data-ticket-number]', first.number);
    await expect(desk.locator('.current-ticket [data-remote-badge]').textContent()).resolves.toBe('远程');
    await expect(desk.locator('.current-ticket [data-checked-in="true"]').textContent()).resolves.toBe(
      '已签到',
    );
    await shot(desk, 'desk-called-zh');

    await desk.getByRole('button', { name: 'English' }).click();
    await readsEventually(desk, '.current-ticket [data-remote-badge]', 'Remote');
    await expect(desk.locator('.current-ticket [data-checked-in]').textContent()).resolves.toBe('Checked in');
    await shot(desk, 'desk-called-en');
    await desk.getByRole('button', { name: '中文' }).click();

    // Called, it waits no more: the live view counts the one still at home.
    await readsEventually(manager, `${householdRow} [data-remote-checked-in]`, '0');
    await expect(manager.locator(`${householdRow} [data-remote-waiting]`).textContent()).resolves.toBe('1');

    await desk.locator('[data-operation="complete"]:enabled').waitFor();
    await desk.keyboard.press('F4');
    await desk.locator('[role="dialog"]').waitFor();
    await desk.keyboard.press('Enter');
    await desk.locator('.current-none').waitFor();
  });

  it('shows remote tickets as 远程取号 / Remote in the statistics by channel', async () => {
    await manager.getByRole('button', { name: '统计' }).click();
    await manager.locator('.stats-table').waitFor();
    await manager.locator('select[name="groupBy"]').selectOption('CHANNEL');
    const remoteRow = manager.locator('.stats-table tr[data-key="ONLINE"]');
    await remoteRow.waitFor();
    await expect(remoteRow.locator('th').textContent()).resolves.toBe('远程取号');
    await expect(remoteRow.locator('td[data-column="issued"]').textContent()).resolves.toBe('2');
    await expect(remoteRow.locator('td[data-column="served"]').textContent()).resolves.toBe('1');
    await shot(manager, 'manager-stats-channel-zh');

    await manager.getByRole('button', { name: 'English' }).click();
    await manager.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(async () => await remoteRow.locator('th').textContent()).toBe('Remote');
    await shot(manager, 'manager-stats-channel-en');
    await manager.getByRole('button', { name: '中文' }).click();
  });
});
