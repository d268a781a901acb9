import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { addDays, serviceDayOf, weekdayOf } from '@onestop/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testAdminPassword, type TestApp } from '../support/test-app.js';
import { launchBrowser } from './browser.js';
import { captureState } from './accessibility.js';

// A first install without the demo, in Chromium against the real server: the administrator sets
// the district hall up through /admin's set-up path (hall, service, counter, clerk, kiosk and
// display tokens), the new hall's kiosk issues a ticket, its clerk calls it and the wall display
// shows the call. Then the hall's calendar and the district tree, as an administrator uses them.

const dataDir = mkdtempSync(join(tmpdir(), 'onestop-first-install-e2e-'));
const timeZone = 'Asia/Shanghai';
let testApp: TestApp;
let browser: Browser;
let admin: Page;
const tokens: { kiosk?: string; display?: string } = {};

async function shot(page: Page, name: string): Promise<void> {
  await captureState(page, name, { fullPage: true });
}

/** Creates a device in the devices step and returns its token, shown once. */
async function createDevice(page: Page, name: string, role: 'KIOSK' | 'DISPLAY'): Promise<string> {
  const form = page.locator('form[data-form="device"]');
  await form.locator('input[name="name"]').fill(name);
  await form.locator('select[name="role"]').selectOption(role);
  await form.getByRole('button', { name: '创建' }).click();
  const shown = page.locator('.token-once', { hasText: name });
  const token = (await shown.locator('.device-token').textContent())!;
  await shown.getByRole('button', { name: '已记下，关闭' }).click();
  await page.locator('table tr', { hasText: name }).waitFor();
  return token;
}

beforeAll(async () => {
  testApp = await startTestApp({ demo: 'off', dataDir, appsDir: resolve(import.meta.dirname, '../../..') });
  // The browser reads "today" from its own clock: the server's hand-moved clock starts at the same moment.
  testApp.clock.set(Date.now());
  browser = await launchBrowser();
  admin = await browser.newPage({
    viewport: { width: 1366, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
});
afterAll(async () => {
  await browser?.close();
  await testApp?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a first install without the demo', () => {
  it('sets the district hall up from an empty database, and its kiosk, counter and wall display work', async () => {
    await admin.goto(`${testApp.url}/admin`);
    await admin.locator('input[name="username"]').fill('admin');
    await admin.locator('input[name="password"]').fill(testAdminPassword);
    await admin.locator('button[type="submit"]').click();

    // No hall yet: the set-up path opens on the district hall.
    const hallForm = admin.locator('form[data-form="hall"]');
    await hallForm.waitFor();
    await hallForm.locator('input[name="code"]').fill('HX');
    await hallForm.locator('input[name="name"]').fill('河西区政务服务中心');
    await hallForm.locator('input[name="nameEn"]').fill('Hexi District Service Centre');
    await expect(hallForm.locator('input[name="timezone"]').inputValue()).resolves.toBe(timeZone);
    await shot(admin, 'setup-hall.png');
    await hallForm.getByRole('button', { name: '创建' }).click();

    // Its hours can wait: without them the hall is open all day.
    await admin.locator('form[data-form="week"]').waitFor();
    await admin.getByRole('button', { name: '下一步' }).click();

    // Services.
    const serviceForm = admin.locator('form[data-form="service"]');
    await serviceForm.waitFor();
    await serviceForm.locator('input[name="prefix"]').fill('A');
    await serviceForm.locator('input[name="code"]').fill('social-security');
    await serviceForm.locator('input[name="names.zh-CN"]').fill('社会保障');
    await serviceForm.locator('input[name="names.en"]').fill('Social Security');
    await serviceForm.getByRole('button', { name: '创建' }).click();
    await admin.locator('table tr', { hasText: '社会保障' }).waitFor();
    await shot(admin, 'setup-services.png');
    await admin.getByRole('button', { name: '下一步' }).click();

    // Counters, each with the services it serves.
    const counterForm = admin.locator('form[data-form="counter"]');
    await counterForm.locator('input[name="label"]').fill('1');
    await counterForm.getByRole('button', { name: '创建' }).click();
    const counterRow = admin.locator('table tr', { has: admin.locator('th', { hasText: /^1$/ }) });
    await counterRow.getByRole('button', { name: '分配业务' }).click();
    const servicesForm = admin.locator('form[data-form="counter-services"]');
    await servicesForm.getByLabel('A 社会保障').check();
    await servicesForm.locator('input[name="rank-A"]').fill('1');
    await servicesForm.getByRole('button', { name: '保存' }).click();
    await expect.poll(async () => await counterRow.textContent()).toContain('社会保障');
    await admin.getByRole('button', { name: '下一步' }).click();

    // A clerk of the new hall.
    const staffForm = admin.locator('form[data-form="staff"]');
    await staffForm.locator('input[name="username"]').fill('wang.fang');
    await staffForm.locator('input[name="displayName"]').fill('王芳');
    await staffForm.locator('input[name="password"]').fill('clerk-password-1');
    await expect(staffForm.getByLabel('河西区政务服务中心').isChecked()).resolves.toBe(true);
    await staffForm.getByRole('button', { name: '创建' }).click();
    await admin.locator('table tr', { hasText: 'wang.fang' }).waitFor();
    await admin.getByRole('button', { name: '下一步' }).click();

    // The kiosk and the wall display, their tokens shown once.
    tokens.kiosk = await createDevice(admin, '一楼取号机', 'KIOSK');
    tokens.display = await createDevice(admin, '大厅综合屏', 'DISPLAY');
    await shot(admin, 'setup-devices.png');
    await admin.getByRole('button', { name: '下一步' }).click();
    await admin.getByText('“河西区政务服务中心”已设置完成。').waitFor();
    await shot(admin, 'setup-done.png');

    // The wall display of the new hall.
    const display = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await display.goto(`${testApp.url}/display?token=${tokens.display}`);
    await display.getByRole('heading', { name: /河西区政务服务中心/ }).waitFor();

    // A citizen takes a ticket at the new kiosk (the hall has no hours yet: open all day).
    const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await kiosk.addInitScript(() => {
      (globalThis as unknown as { print: () => void }).print = () => {};
    });
    await kiosk.goto(`${testApp.url}/kiosk?token=${tokens.kiosk}`);
    await kiosk.getByRole('heading', { name: /河西区政务服务中心/ }).waitFor();
    await kiosk.locator('.kiosk-service-button', { hasText: '社会保障' }).click();
    await expect
      .poll(async () => (await kiosk.locator('#printed-ticket-number').textContent())?.trim())
      .toBe('A001');
    await captureState(kiosk, 'setup-kiosk-ticket.png');

    // The clerk opens counter 1 and calls it; the wall display shows the call.
    const context: BrowserContext = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
    });
    const clerk = await context.newPage();
    await clerk.goto(`${testApp.url}/counter`);
    await clerk.locator('input[name="username"]').fill('wang.fang');
    await clerk.locator('input[name="password"]').fill('clerk-password-1');
    await clerk.locator('button[type="submit"]').click();
    await clerk.locator('[data-counter-label="1"]').click();
    await clerk.locator('[data-operation="openCounter"]').click();
    await clerk.locator('[data-counter-status="OPEN"]').waitFor();
    await clerk.locator('[data-operation="callNext"]:enabled').click();
    await expect
      .poll(async () => (await clerk.locator('[data-ticket-number]').textContent())?.trim())
      .toBe('A001');
    await display.locator('.now-calling, main').getByText('A001').first().waitFor();
    await captureState(display, 'setup-display-call.png');
    await Promise.all([display.close(), kiosk.close(), context.close()]);
  });

  it('sets the weekly hours, a holiday and imported holidays on the month calendar', async () => {
    await admin.getByRole('button', { name: '进入系统管理' }).click();
    await admin.getByRole('button', { name: '开放时间' }).click();
    const week = admin.locator('form[data-form="week"]');
    await week.getByLabel('按星期设置时段').check();
    // A usual week to start from: Monday to Friday with a lunch break, the weekend closed.
    await expect(week.locator('input[name="hours[0].periods[1].opens"]').inputValue()).resolves.toBe('13:30');
    await expect(week.locator('input[name="open-6"]').isChecked()).resolves.toBe(false);
    // A Tuesday afternoon that closes before it opens is refused at its field, by the shared rules.
    await week.locator('input[name="hours[1].periods[1].closes"]').fill('12:30');
    await week.getByRole('button', { name: '保存' }).click();
    await expect(week.locator('.field-error').textContent()).resolves.toBe('结束时间须晚于开始时间');
    await expect(
      week.locator('input[name="hours[1].periods[1].closes"]').getAttribute('aria-invalid'),
    ).resolves.toBe('true');
    await week.locator('input[name="hours[1].periods[1].closes"]').fill('17:30');
    // Saturday mornings open.
    await week.locator('input[name="open-6"]').check();
    await week.getByRole('button', { name: '删除周六第 2 个时段' }).click();
    await week.getByRole('button', { name: '保存' }).click();
    await week.getByText('已保存').waitFor();
    await shot(admin, 'admin-week-hours.png');

    // A holiday on the 15th of this month, by clicking it.
    const today = serviceDayOf(new Date(), timeZone);
    const fifteenth = `${today.slice(0, 8)}15`;
    await admin.locator(`.month-calendar td[data-day="${fifteenth}"] button`).click();
    const dayForm = admin.locator(`form[data-form="exception"][data-date="${fifteenth}"]`);
    await dayForm.getByLabel('休息（节假日）').check();
    await dayForm.locator('input[name="exceptions[0].note"]').fill('建馆纪念日');
    await dayForm.getByRole('button', { name: '保存例外' }).click();
    await admin
      .locator(`.month-calendar td[data-day="${fifteenth}"] .day-note`, { hasText: '建馆纪念日' })
      .waitFor();

    // Holidays (the 10th and 11th) and a swapped working Sunday (in the 13th–19th) of a month ahead, from an .ics file.
    const month = `${addDays(today, 40).slice(0, 8)}01`;
    const start = addDays(month, 9);
    const thirteenth = addDays(month, 12);
    const sunday = addDays(thirteenth, 7 - weekdayOf(thirteenth));
    const compact = (day: string) => day.replaceAll('-', '');
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//OneStop//e2e//CN',
      'BEGIN:VEVENT',
      'UID:holiday@onestop.test',
      `DTSTART;VALUE=DATE:${compact(start)}`,
      `DTEND;VALUE=DATE:${compact(addDays(start, 2))}`,
      'SUMMARY:秋季假期',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:workday@onestop.test',
      `DTSTART;VALUE=DATE:${compact(sunday)}`,
      `DTEND;VALUE=DATE:${compact(addDays(sunday, 1))}`,
      'SUMMARY:调休上班',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const importForm = admin.locator('form[data-form="calendar-import"]');
    await importForm.locator('input[type="file"]').setInputFiles({
      name: 'holidays.ics',
      mimeType: 'text/calendar',
      buffer: Buffer.from(ics),
    });
    await importForm.getByRole('button', { name: '导入' }).click();
    await importForm.getByText('已导入 3 天：').waitFor();
    await expect(importForm.locator('table').textContent()).resolves.toContain('调休上班');
    // The calendar moved to the imported days' month: the working Sunday opens with Monday's hours.
    const swapped = admin.locator(`.month-calendar td[data-day="${sunday}"]`);
    await swapped.locator('.day-note', { hasText: '调休上班' }).waitFor();
    await expect(swapped.textContent()).resolves.toContain('09:00–12:00');
    await expect(
      admin.locator(`.month-calendar td[data-day="${start}"] button`).getAttribute('data-exception'),
    ).resolves.toBe('holiday');
    await shot(admin, 'admin-month-calendar.png');

    // The same in English: the catalogue's words and the grid's own month and weekday names.
    await admin.getByRole('button', { name: 'English' }).click();
    await admin.getByText("The hall's weekly hours").waitFor();
    await admin.locator('.month-calendar .day-note', { hasText: '调休上班' }).waitFor();
    await shot(admin, 'admin-month-calendar-en.png');
    await admin.getByRole('button', { name: '中文' }).click();
    await admin.getByText('大厅每周开放时间').waitFor();
  });

  it('grows the district: a hall below, a move refused as a cycle, a deactivation', async () => {
    await admin.getByRole('button', { name: '辖区' }).click();
    const form = admin.locator('form[data-form="hall"]');
    await form.locator('input[name="code"]').fill('HX-DJ');
    await form.locator('input[name="name"]').fill('东街街道便民服务中心');
    await form.locator('select[name="parentId"]').selectOption({ label: '河西区政务服务中心' });
    await form.getByRole('button', { name: '创建' }).click();
    const child = admin.locator('li[data-hall="HX"] li[data-hall="HX-DJ"]');
    await child.waitFor();

    // The district hall under its own child: the server's refusal stands at the parent field.
    const top = admin.locator('li[data-hall="HX"] > .district-hall');
    await top.getByRole('button', { name: '改名或移动' }).click();
    const place = admin.locator('form[data-form="hall-place"]');
    await place.locator('select[name="parentId"]').selectOption({ label: '　东街街道便民服务中心' });
    await place.getByRole('button', { name: '保存' }).click();
    await expect(place.locator('.field-error').textContent()).resolves.toBe('不能是本大厅或其下级大厅');
    await place.getByRole('button', { name: '取消' }).click();

    admin.once('dialog', (dialog) => void dialog.accept());
    await child.getByRole('button', { name: '停用' }).click();
    await child.locator('.hall-state', { hasText: '已停用' }).waitFor();
    await shot(admin, 'admin-district-tree.png');

    // The district's configuration saved as a file, and the same file imported again at the top:
    // halls are matched by code, so nothing is duplicated.
    const download = admin.waitForEvent('download');
    await admin.getByRole('button', { name: '导出配置' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^onestop-HX-configuration-\d{4}-\d{2}-\d{2}\.json$/);
    const json = readFileSync((await file.path())!, 'utf8');
    expect(json).toContain('HX-DJ');
    expect(json).toContain('social-security');
    const importForm = admin.locator('form[data-form="configuration-import"]');
    await importForm.locator('input[type="file"]').setInputFiles({
      name: 'district.json',
      mimeType: 'application/json',
      buffer: Buffer.from(json),
    });
    await importForm.locator('select[name="parentId"]').selectOption('');
    await importForm.getByRole('button', { name: '导入配置' }).click();
    await importForm.getByText(/已导入 2 个大厅/).waitFor();
    await expect(admin.locator('li[data-hall]').count()).resolves.toBe(2);
    await shot(admin, 'admin-configuration.png');
  });

  it('shows the district hall in Mongolian first, and tags the names still missing in it', async () => {
    const mongolianHallName = 'ᠬᠧᠰᠢ ᠲᠣᠭᠣᠷᠢᠭ';
    await admin.getByRole('button', { name: '大厅设置' }).click();
    const settings = admin.locator('form[data-form="hall-settings"]');
    await settings.waitFor();
    await settings.getByRole('button', { name: '添加语言' }).click();
    await settings.getByRole('button', { name: '上移：蒙古文' }).click();
    await settings.getByRole('button', { name: '上移：蒙古文' }).click();
    await expect(settings.locator('.missing-name').textContent()).resolves.toBe('缺少蒙古文名称');
    await settings.locator('input[name="names.mn-Mong"]').fill(mongolianHallName);
    await expect(settings.locator('.missing-name').count()).resolves.toBe(0);
    // The app's own Mongolian font draws it, not a fallback's boxes.
    await expect
      .poll(() =>
        admin.evaluate(async (name) => {
          // The server's tests are typed without the DOM: the page's font set, as far as used here.
          const { fonts } = (
            globalThis as unknown as {
              document: {
                fonts: {
                  load(font: string, text: string): Promise<unknown>;
                  check(font: string, text: string): boolean;
                };
              };
            }
          ).document;
          await fonts.load(`16px "Noto Sans Mongolian"`, name);
          return fonts.check(`16px "Noto Sans Mongolian"`, name);
        }, mongolianHallName),
      )
      .toBe(true);
    await settings.getByRole('button', { name: '保存' }).click();
    await settings.getByText('已保存').waitFor();
    await shot(admin, 'admin-hall-languages.png');

    const adminToken = await testApp.login('admin', testAdminPassword);
    const response = await fetch(`${testApp.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
      body: JSON.stringify({ query: '{ halls { code languages names { lang text } } }' }),
    });
    const { data } = (await response.json()) as {
      data: { halls: { code: string; languages: string[]; names: { lang: string; text: string }[] }[] };
    };
    const district = data.halls.find((hall) => hall.code === 'HX');
    expect(district?.languages).toEqual(['mn-Mong', 'zh-CN', 'en']);
    expect(district?.names).toContainEqual({ lang: 'mn-Mong', text: mongolianHallName });

    // Its service has no Mongolian name yet: the public screens show the Chinese one meanwhile.
    await admin.getByRole('button', { name: '业务' }).click();
    const row = admin.locator('table tr', { hasText: '社会保障' });
    await row.locator('.missing-name', { hasText: '缺少蒙古文名称' }).waitFor();
    await admin.locator('.missing-names-count', { hasText: '1 项业务' }).waitFor();
    await shot(admin, 'admin-services-missing-names.png');
  });
});
