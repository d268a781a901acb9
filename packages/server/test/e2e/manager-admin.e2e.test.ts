import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statsCsvFigures } from '../../src/modules/stats/stats-csv.js';
import { captureState } from './accessibility.js';
import { demoPassword, startDemoApp, type DemoApp } from './demo-app.js';

// The manager console and the administration, in Chromium, against the real server with the demo district.
/** The page's document, as the functions run in the browser see it (the server's tsconfig has no DOM types). */
declare const document: { querySelector(selector: string): { textContent: string | null } | null };

let demo: DemoApp;

async function issue(serviceId: string): Promise<{ id: string; number: string; accessCode: string }> {
  const data = await demo.api<{
    issueTicket: { accessCode: string; ticket: { id: string; number: string } };
  }>(
    'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { accessCode ticket { id number } } }',
    { input: { hallId: demo.hall.id, serviceId } },
    demo.deviceToken('KIOSK'),
  );
  return { ...data.issueTicket.ticket, accessCode: data.issueTicket.accessCode };
}

async function shot(page: Page, name: string): Promise<void> {
  await captureState(page, name, { fullPage: true });
}

function parseCsvLine(line: string): string[] {
  // The demo's labels hold no commas or quotes; a quoted field would fail the comparison loudly.
  return line.split(',');
}

beforeAll(async () => {
  demo = await startDemoApp({
    name: 'console',
    // The browser reads "today" from its own clock: the server's hand-moved clock starts at the same moment.
    handClockAt: Date.now(),
    locale: 'zh-CN',
  });
});
afterAll(async () => await demo?.close());

describe('the manager console', () => {
  let page: Page;
  let servedTicket: { id: string; number: string; accessCode: string };

  beforeAll(async () => {
    page = await demo.browser.newPage({
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    await demo.logIn(page, '/manager', 'manager');
    await page.locator('#live-queues').waitFor();
  });
  afterAll(async () => page?.close());

  // How soon a pushed change reaches a screen is pnpm bench's figure; here, that the live view shows it.
  it('shows a ticket issued through the API on the live view', async () => {
    const licences = demo.hall.services.find((service) => service.prefix === 'C')!;
    const waitingCell = page.locator('tr[data-service="C"] .waiting-count');
    const before = Number(await waitingCell.textContent());
    await issue(licences.id);
    await page.waitForFunction(
      (expected) =>
        document.querySelector('tr[data-service="C"] .waiting-count')?.textContent === String(expected),
      before + 1,
    );
    // Fifteen minutes later the longest wait of the service reads 15 min.
    demo.testApp.clock.advance(16 * 60_000);
    await issue(licences.id);
    await page.waitForFunction(
      (expected) =>
        document.querySelector('tr[data-service="C"] .waiting-count')?.textContent === String(expected),
      before + 2,
    );
    await page.getByText(/16 分/).first().waitFor();
    await shot(page, 'manager-live.png');
  });

  it("moves today's served count after a completion, and the CSV matches waitStats", async () => {
    await page.getByRole('button', { name: '统计' }).click();
    await page.locator('.stats-table').waitFor();
    const servedCell = page
      .locator('.stats-table tr', { hasText: '企业开办' })
      .locator('td[data-column="served"]');
    const servedBefore = Number(await servedCell.textContent());

    const clerkToken = await demo.testApp.login('clerk1', demoPassword);
    const counter = demo.hall.counters.find((each) => each.label === '4')!;
    await demo.api(
      'mutation($id: ID!) { openCounter(counterId: $id) { id } }',
      { id: counter.id },
      clerkToken,
    );
    const called = await demo.api<{ callNext: { id: string; number: string } }>(
      'mutation($id: ID!) { callNext(counterId: $id) { id number } }',
      { id: counter.id },
      clerkToken,
    );
    demo.testApp.clock.advance(4 * 60_000);
    await demo.api(
      'mutation($id: ID!) { completeTicket(ticketId: $id) { id } }',
      { id: called.callNext.id },
      clerkToken,
    );
    servedTicket = { id: called.callNext.id, number: called.callNext.number, accessCode: '' };

    await page.getByRole('button', { name: '刷新' }).click();
    await expect
      .poll(async () => Number(await servedCell.textContent()), { timeout: 5_000 })
      .toBe(servedBefore + 1);
    await shot(page, 'manager-stats-today.png');

    const csvRequest = page.waitForRequest(
      (request) => request.postData()?.includes('ConsoleWaitStatsCsv') ?? false,
    );
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 CSV' }).click();
    const input = (
      JSON.parse((await csvRequest).postData()!) as { variables: { input: Record<string, unknown> } }
    ).variables.input;
    const file = readFileSync((await (await download).path())!, 'utf8');
    expect((await download).suggestedFilename()).toMatch(/^onestop-.+-service\.csv$/);

    const managerToken = await demo.testApp.login('manager', demoPassword);
    const { waitStats } = await demo.api<{ waitStats: Record<string, string | number | null>[] }>(
      `query($input: StatsInput!) { waitStats(input: $input) { key label waitedOver ${statsCsvFigures.join(' ')} } }`,
      { input },
      managerToken,
    );
    const lines = file
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
      .slice(1);
    expect(lines).toHaveLength(waitStats.length);
    waitStats.forEach((row, index) => {
      expect(parseCsvLine(lines[index]!)).toEqual([
        row['label'],
        row['key'],
        ...statsCsvFigures.map((figure) => (row[figure] === null ? '' : String(row[figure]))),
        // With a threshold, the count of longer waits is the last column.
        ...((statsCsvFigures as readonly string[]).includes('waitedOver') || input['waitOverMinutes'] == null
          ? []
          : [String(row['waitedOver'] ?? '')]),
      ]);
    });
    expect(waitStats.find((row) => row['label'] === '企业开办')?.['served']).toBe(servedBefore + 1);
  });

  it('answers "how long did people wait for business registration last week, per window" in a few clicks', async () => {
    const statsRequests: Record<string, unknown>[] = [];
    page.on('request', (request) => {
      const body = request.postData();
      if (body?.includes('ConsoleWaitStats(')) {
        statsRequests.push(
          (JSON.parse(body) as { variables: { input: Record<string, unknown> } }).variables.input,
        );
      }
    });
    await page.getByLabel('上周').check();
    await page.locator('details[data-filter="serviceIds"] summary').click();
    await page.getByLabel('C 企业开办').check();
    await page.locator('details[data-filter="serviceIds"] summary').click();
    await page.locator('select[name="groupBy"]').selectOption('COUNTER');
    await page.locator('input[name="waitOverMinutes"]').fill('15');
    const licences = demo.hall.services.find((service) => service.prefix === 'C')!;
    await expect
      .poll(() =>
        statsRequests.some(
          (input) =>
            input['groupBy'] === 'COUNTER' &&
            input['waitOverMinutes'] === 15 &&
            JSON.stringify(input['serviceIds']) === JSON.stringify([licences.id]),
        ),
      )
      .toBe(true);
    await page.getByText('该时间范围内没有数据。').first().waitFor();
    await shot(page, 'manager-stats-last-week.png');

    // Back to today, by counter: counter 4 served the licence ticket that waited 16 minutes.
    await page.getByLabel('今天').check();
    const counterRow = page.locator('.stats-table tr', { hasText: '4 号窗口' });
    await expect
      .poll(async () => await counterRow.locator('td[data-column="waitedOver"]').textContent())
      .toBe('1');
    await shot(page, 'manager-stats-today-by-counter.png');

    // The same page in English: labels from the catalogue, row labels from the server in the new language.
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('th', { hasText: 'Waited over 15 min' }).waitFor();
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page.locator('.stats-table tr', { hasText: 'Counter 4' }).waitFor();
    await shot(page, 'manager-stats-en.png');
    await page.getByRole('button', { name: '中文' }).click();
    await page.locator('th', { hasText: '等待超过 15 分钟' }).waitFor();
  });

  it('lists a bad rating with ticket, counter and clerk, and keeps its follow-up', async () => {
    // The served ticket's access code: the clerk does not know it, the citizen does; reissue and serve one to rate.
    const licences = demo.hall.services.find((service) => service.prefix === 'C')!;
    const clerkToken = await demo.testApp.login('clerk1', demoPassword);
    const counter = demo.hall.counters.find((each) => each.label === '4')!;
    let rated: { id: string; number: string; accessCode: string } | null = null;
    const ticket = await issue(licences.id);
    for (;;) {
      const called = await demo.api<{ callNext: { id: string } | null }>(
        'mutation($id: ID!) { callNext(counterId: $id) { id } }',
        { id: counter.id },
        clerkToken,
      );
      if (!called.callNext) break;
      await demo.api(
        'mutation($id: ID!) { completeTicket(ticketId: $id) { id } }',
        { id: called.callNext.id },
        clerkToken,
      );
      if (called.callNext.id === ticket.id) {
        rated = ticket;
        break;
      }
    }
    expect(rated).not.toBeNull();
    await demo.testApp.graphql(
      'mutation($code: String!) { rateTicket(accessCode: $code, score: 1, comment: "等了太久，窗口态度一般") { id } }',
      { code: rated!.accessCode },
    );
    expect(servedTicket.number).toMatch(/^C\d{3}$/);

    await page.getByRole('button', { name: '评价' }).click();
    const item = page.locator('.bad-rating', { hasText: rated!.number });
    await item.waitFor();
    await expect(item.textContent()).resolves.toContain('等了太久');
    await expect(item.textContent()).resolves.toContain('李明');
    await item.locator('textarea[name="note"]').fill('已电话回访，致歉并说明高峰时段');
    await item.getByRole('button', { name: '保存回访' }).click();
    await item.locator('.follow-up-done').waitFor();
    await expect(item.locator('.follow-up-done').textContent()).resolves.toContain('已电话回访');
    await shot(page, 'manager-ratings.png');
  });
});

describe('the administration', () => {
  it('creates a service and a counter that serves it, and a kiosk issues for it', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    await demo.logIn(page, '/admin', 'admin');
    const form = page.locator('form[data-form="service"]');
    await form.waitFor();
    await form.locator('input[name="prefix"]').fill('g1');
    await form.locator('input[name="code"]').fill('residence');
    await form.locator('input[name="names.zh-CN"]').fill('居住证办理');
    await form.locator('input[name="names.en"]').fill('Residence Permits');
    await form.locator('input[name="queueAlertThreshold"]').fill('12');
    await form.getByRole('button', { name: '创建' }).click();
    // The refusal sits under the prefix field, saying what was wrong (the label names the field).
    const prefixError = form.locator('#service-new-prefix-error');
    await prefixError.waitFor();
    await expect(prefixError.textContent()).resolves.toBe('须为 1–3 个大写字母');
    await expect(form.locator('input[name="prefix"]').getAttribute('aria-invalid')).resolves.toBe('true');
    await shot(page, 'admin-service-error.png');

    await form.locator('input[name="prefix"]').fill('G');
    await form.getByRole('button', { name: '创建' }).click();
    await page.locator('table tr', { hasText: '居住证办理' }).waitFor();
    await expect(page.locator('table tr', { hasText: '居住证办理' }).textContent()).resolves.toContain('12');
    await shot(page, 'admin-services.png');

    await page.getByRole('button', { name: '窗口', exact: true }).click();
    const counterForm = page.locator('form[data-form="counter"]');
    await counterForm.locator('input[name="label"]').fill('9');
    await counterForm.getByRole('button', { name: '创建' }).click();
    const row = page.locator('table tr', { has: page.locator('th', { hasText: /^9$/ }) });
    await row.waitFor();
    await row.getByRole('button', { name: '分配业务' }).click();
    const servicesForm = page.locator('form[data-form="counter-services"]');
    await servicesForm.getByLabel('G 居住证办理').check();
    await servicesForm.locator('input[name="rank-G"]').fill('1');
    await servicesForm.getByRole('button', { name: '保存' }).click();
    await expect.poll(async () => await row.textContent()).toContain('居住证办理');
    await shot(page, 'admin-counters.png');

    const adminToken = await demo.testApp.login('admin', demoPassword);
    const setup = await demo.api<{
      hall: {
        services: { id: string; prefix: string }[];
        counters: { label: string; services: { rank: number; service: { prefix: string } }[] }[];
      };
    }>(
      'query($id: ID!) { hall(id: $id) { services { id prefix } counters { label services { rank service { prefix } } } } }',
      { id: demo.hall.id },
      adminToken,
    );
    expect(setup.hall.counters.find((counter) => counter.label === '9')?.services).toEqual([
      { rank: 1, service: { prefix: 'G' } },
    ]);
    const ticket = await issue(setup.hall.services.find((service) => service.prefix === 'G')!.id);
    expect(ticket.number).toBe('G001');
    await page.close();
  });

  it('creates a kiosk and shows its token once, with a QR code of its set-up address', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    await demo.logIn(page, '/admin?tab=devices', 'admin');
    const form = page.locator('form[data-form="device"]');
    await form.locator('input[name="name"]').fill('二楼取号机');
    await form.locator('select[name="role"]').selectOption('KIOSK');
    await form.getByRole('button', { name: '创建' }).click();
    const shown = page.locator('.token-once');
    await shown.locator('img').waitFor();
    const address = (await shown.locator('.device-setup-url').textContent())!;
    expect(address).toMatch(new RegExp(`^${demo.testApp.url}/kiosk\\?token=`));
    const token = (await shown.locator('.device-token').textContent())!;
    const device = await demo.testApp.graphql<{ myDevice: { name: string; role: string } }>(
      '{ myDevice { name role } }',
      {},
      { token },
    );
    expect(device.data?.myDevice).toEqual({ name: '二楼取号机', role: 'KIOSK' });
    await page.locator('table tr', { hasText: '二楼取号机' }).waitFor();
    await shot(page, 'admin-device-token.png');
    await page.close();
  });

  it('adds a clerk (refusals by field), deactivates them, and changes the hall settings', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    await demo.logIn(page, '/admin?tab=staff', 'admin');
    const form = page.locator('form[data-form="staff"]');
    await form.locator('input[name="username"]').fill('zhao.clerk');
    await form.locator('input[name="displayName"]').fill('赵六');
    await form.locator('input[name="password"]').fill('123');
    await form.getByRole('button', { name: '创建' }).click();
    await form.locator('#staff-new-password-error').waitFor();
    await shot(page, 'admin-staff-error.png');
    await form.locator('input[name="password"]').fill('a-long-enough-password');
    await form.getByRole('button', { name: '创建' }).click();
    const row = page.locator('table tr', { hasText: 'zhao.clerk' });
    await row.waitFor();
    // The form is emptied for the next person, the password first.
    await expect(form.locator('input[name="password"]').inputValue()).resolves.toBe('');
    await row.getByRole('button', { name: '停用' }).click();
    await row.getByRole('button', { name: '启用' }).waitFor();
    await expect(row.textContent()).resolves.toContain('否');
    await shot(page, 'admin-staff.png');

    await page.getByRole('button', { name: '大厅设置' }).click();
    const settings = page.locator('form', { has: page.locator('input[name="timezone"]') });
    await settings.locator('input[name="targetWaitMinutes"]').fill('twenty');
    await settings.getByRole('button', { name: '保存' }).click();
    await settings.getByText('请输入整数').waitFor();
    await settings.locator('input[name="timezone"]').fill('Mars/Olympus');
    await settings.locator('input[name="targetWaitMinutes"]').fill('25');
    await settings.getByRole('button', { name: '保存' }).click();
    await settings.locator('#hall-settings-timezone-error').waitFor();
    await shot(page, 'admin-hall-error.png');
    await settings.locator('input[name="timezone"]').fill('Asia/Shanghai');
    await settings.getByRole('button', { name: '保存' }).click();
    await settings.getByText('已保存').waitFor();
    const adminToken = await demo.testApp.login('admin', demoPassword);
    const hall = await demo.api<{ hall: { targetWaitMinutes: number } }>(
      'query($id: ID!) { hall(id: $id) { targetWaitMinutes } }',
      { id: demo.hall.id },
      adminToken,
    );
    expect(hall.hall.targetWaitMinutes).toBe(25);
    await page.close();
  });

  it('keeps a clerk out of /manager and /admin', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    await demo.logIn(page, '/manager', 'clerk1');
    await page.getByText('您的角色（窗口人员）无权访问此页面。').waitFor();
    await page.goto(`${demo.testApp.url}/admin`);
    await page.getByText('您的角色（窗口人员）无权访问此页面。').waitFor();
    await shot(page, 'admin-clerk-refused.png');
    await page.close();
  });
});
