import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotsDir } from './browser.js';
import { captureState } from './accessibility.js';
import { startDemoApp, type DemoApp } from './demo-app.js';
import { runningClock } from './display-server.js';
import { showMongolian } from './mongolian-hall.js';

// A citizen books an appointment on their phone in Chromium against the real server with the demo
// district (its first hall is open around the clock, so slots exist whenever the test runs): the
// booking page (/book/:hallCode) books a slot, the booking's own page (/b/:manageCode) shows it,
// moves it and cancels it; and a slot taken by someone else meanwhile is explained.

let demo: DemoApp;

beforeAll(async () => {
  demo = await startDemoApp({
    name: 'booking',
    // The server's day is the phone's: the page lists days from the phone's clock.
    clock: runningClock(new Date().toISOString()).now,
    chineseAndEnglishOnly: true,
  });
  // Two seats a slot on A; one on B, for the race. No lead time: the next slot is bookable at once.
  const settings = { enabled: true, slotMinutes: 30, horizonDays: 2, leadMinutes: 0 };
  await demo.setAppointmentSettings('A', { ...settings, capacityPerSlot: 2 });
  await demo.setAppointmentSettings('B', { ...settings, capacityPerSlot: 1 });
});
afterAll(async () => await demo?.close());

interface AppointmentRow {
  status: string;
  phone: string;
  name: string | null;
  /** ISO, as the API writes instants. */
  slot_start: string;
}

/** The appointments stored for a phone number, straight from the database. */
async function appointmentRows(phone: string): Promise<AppointmentRow[]> {
  return await demo.testApp.app.orm.em.fork().execute<AppointmentRow[]>(
    `SELECT status, phone, name,
         to_char(slot_start AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS slot_start
       FROM appointment WHERE phone = ?`,
    [phone],
  );
}

/** A phone upright, in the given language, with the page at `path` open. */
async function openPhone(locale: 'zh-CN' | 'en', path: string): Promise<Page> {
  const context = await demo.browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    locale,
  });
  const page = await context.newPage();
  await page.goto(`${demo.testApp.url}${path}`);
  return page;
}

async function screenshot(page: Page, name: string): Promise<void> {
  await captureState(page, `booking-${name}.png`, { fullPage: true });
}

/** Waits until every day shown knows its slots, then picks the first day with a free seat. */
async function chooseFirstFreeDay(page: Page): Promise<void> {
  await page.locator('[data-day]').first().waitFor();
  await expect.poll(() => page.locator('[data-day][aria-busy="true"]').count()).toBe(0);
  await page.locator('[data-day]:not([disabled])').first().click();
}

/** Picks the first slot with a seat left on the chosen day and returns its start (ISO). */
async function chooseFirstFreeSlot(page: Page): Promise<string> {
  const slot = page.locator('[data-slot-start]:not([disabled])').first();
  await slot.waitFor();
  await slot.click();
  return (await slot.getAttribute('data-slot-start'))!;
}

/** Chooses service `prefix`, a day and a slot, and types the phone number (and a name). */
async function fillBooking(page: Page, prefix: string, phone: string, name: string | null): Promise<string> {
  await page.locator(`[data-service-id="${demo.serviceId(prefix)}"]`).click();
  await chooseFirstFreeDay(page);
  const slotStart = await chooseFirstFreeSlot(page);
  await page.locator('input[name="phone"]').fill(phone);
  if (name) await page.locator('input[name="name"]').fill(name);
  return slotStart;
}

const texts = {
  'zh-CN': {
    service: '社会保障',
    submit: '确认预约',
    booked: '预约成功',
    phoneInvalid: '请输入 11 位手机号',
    move: '改约',
    moveTo: '改到此时段',
    moved: '已改约到新的时段。',
    cancel: '取消预约',
    cancelYes: '确定取消',
    cancelled: '已取消',
  },
  en: {
    service: 'Social Security',
    submit: 'Book',
    booked: 'Booked',
    phoneInvalid: 'Enter an 11-digit mobile number',
    move: 'Move to another time',
    moveTo: 'Move to this time',
    moved: 'Your booking was moved to the new time.',
    cancel: 'Cancel booking',
    cancelYes: 'Yes, cancel',
    cancelled: 'Cancelled',
  },
} as const;

describe('booking on a phone', () => {
  it.each([
    { locale: 'zh-CN' as const, phone: '13812345678', masked: '138****5678', name: '王芳' },
    { locale: 'en' as const, phone: '13998765432', masked: '139****5432', name: null },
  ])(
    'books in $locale, shows the booking with the phone masked, moves it and cancels it',
    async ({ locale, phone, masked, name }) => {
      const text = texts[locale];
      const page = await openPhone(locale, `/book/${demo.hall.code}`);
      await page.getByText(text.service).first().waitFor();
      await screenshot(page, `${locale}-1-services`);

      const slotStart = await fillBooking(page, 'A', phone.slice(0, 10), name);
      await page.getByRole('button', { name: text.submit, exact: true }).click();
      await page.getByText(text.phoneInvalid).waitFor();
      await screenshot(page, `${locale}-2-phone-refused`);
      expect(await appointmentRows(phone)).toEqual([]);

      await page.locator('input[name="phone"]').fill(phone);
      await page.getByRole('button', { name: text.submit, exact: true }).click();
      await page.locator('#booking-check-in-code').waitFor();
      await page.getByText(text.booked, { exact: true }).waitFor();
      await screenshot(page, `${locale}-3-booked`);

      const checkInCode = (await page.locator('#booking-check-in-code').textContent())!.trim();
      const manageUrl = (await page.locator('.booking-manage-link').getAttribute('href'))!;
      expect(manageUrl).toMatch(new RegExp(`^${demo.testApp.url}/b/[A-Za-z0-9_-]{20,}$`));
      expect(await page.locator('.booking-qr').getAttribute('data-qr-text')).toBe(manageUrl);
      const rows = await appointmentRows(phone);
      expect(rows).toEqual([{ status: 'BOOKED', phone, name, slot_start: slotStart }]);
      expect(await page.locator('body').textContent()).not.toContain(phone);

      await page.goto(manageUrl);
      await expect.poll(() => page.locator('#booking-check-in-code').textContent()).toBe(checkInCode);
      const body = (await page.locator('body').textContent())!;
      expect(body).toContain(masked);
      expect(body).not.toContain(phone);
      expect(await page.locator('.booking-qr').getAttribute('data-qr-text')).toBe(manageUrl);
      await screenshot(page, `${locale}-4-manage`);

      await page.getByRole('button', { name: text.move, exact: true }).click();
      await chooseFirstFreeDay(page);
      const movedTo = await chooseFirstFreeSlot(page);
      expect(movedTo).not.toBe(slotStart);
      await screenshot(page, `${locale}-5-move`);
      await page.getByRole('button', { name: text.moveTo, exact: true }).click();
      await page.getByText(text.moved).waitFor();
      await screenshot(page, `${locale}-6-moved`);
      expect((await appointmentRows(phone)).map((row) => row.slot_start)).toEqual([movedTo]);

      await page.getByRole('button', { name: text.cancel, exact: true }).click();
      await screenshot(page, `${locale}-7-cancel-confirm`);
      await page.getByRole('button', { name: text.cancelYes, exact: true }).click();
      await expect.poll(() => page.locator('.booking-status').textContent()).toBe(text.cancelled);
      await screenshot(page, `${locale}-8-cancelled`);
      expect((await appointmentRows(phone)).map((row) => row.status)).toEqual(['CANCELLED']);
      expect(await page.getByRole('button', { name: text.move, exact: true }).count()).toBe(0);
      await page.context().close();
    },
  );

  it('explains that the slot was just taken when another booking took its last seat', async () => {
    const page = await openPhone('zh-CN', `/book/${demo.hall.code}`);
    const slotStart = await fillBooking(page, 'B', '13700001111', null);
    // Someone else takes the one seat while this citizen types.
    await demo.api(
      `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { manageCode } }`,
      { input: { hallId: demo.hall.id, serviceId: demo.serviceId('B'), slotStart, phone: '13600002222' } },
      null,
    );
    await page.getByRole('button', { name: '确认预约', exact: true }).click();
    await page.getByText('您选的时段刚刚被约满，请另选一个时段。').waitFor();
    // The slots were read again: the one taken shows as full and cannot be chosen.
    const taken = page.locator(`[data-slot-start="${slotStart}"]`);
    await expect.poll(() => taken.isDisabled()).toBe(true);
    await expect(taken.textContent()).resolves.toContain('已约满');
    await screenshot(page, 'zh-CN-slot-taken');
    expect(await appointmentRows('13700001111')).toEqual([]);
    await page.context().close();
  });

  it('says so for a hall code that does not exist', async () => {
    const page = await openPhone('zh-CN', '/book/NO-SUCH-HALL');
    await page.getByText('未找到此大厅').waitFor();
    await screenshot(page, 'zh-CN-unknown-hall');
    await page.goto(`${demo.testApp.url}/b/no-such-booking-code-0000000000`);
    await page.getByText('未找到此预约').waitFor();
    await screenshot(page, 'zh-CN-unknown-booking');
    await page.context().close();
  });

  // Last: it turns the hall's Mongolian on for the rest of the file.
  it('shows a hall that shows traditional Mongolian in Mongolian beside the chosen language', async () => {
    await showMongolian(demo.testApp, demo.adminToken, demo.hall.id, {
      hall: 'ᠴᠢᠩᠱᠠᠨ ᠲᠣᠭᠣᠷᠢᠭ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠣᠷᠳᠣᠨ ᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ',
      services: { A: 'ᠨᠡᠶᠢᠭᠡᠮ ᠦᠨ ᠬᠠᠮᠠᠭᠠᠯᠠᠯ' },
    });
    const page = await openPhone('zh-CN', `/book/${demo.hall.code}`);
    await fillBooking(page, 'A', '13511112222', null);
    await expect.poll(() => page.locator('.booking-details [lang="mn-Mong"]').count()).toBeGreaterThan(0);
    await expect(page.locator('h1 [lang="mn-Mong"]').textContent()).resolves.toBe(
      'ᠰᠦᠯᠵᠢᠶᠡᠨ ᠳᠡᠭᠡᠷᠡ ᠴᠠᠭ ᠲᠣᠭᠲᠠᠭᠠᠬᠤ',
    );
    await page.evaluate('document.fonts.ready.then(() => true)');
    await screenshot(page, 'mn-Mong-form');
    // Close-ups at the phone's own size: a whole page of columns is too tall to read as one picture.
    for (const [part, selector] of [
      ['services', '[aria-labelledby="booking-services-title"]'],
      ['days', '[aria-labelledby="booking-days-title"]'],
      ['details', '.booking-details'],
    ] as const) {
      await page
        .locator(selector)
        .screenshot({ path: join(screenshotsDir, `booking-mn-Mong-form-${part}.png`) });
    }
    await page.getByRole('button', { name: /确认预约/ }).click();
    await page.locator('#booking-check-in-code').waitFor();
    await page.evaluate('document.fonts.ready.then(() => true)');
    await screenshot(page, 'mn-Mong-booked');
    await page
      .locator('.booking-confirmation')
      .screenshot({ path: join(screenshotsDir, 'booking-mn-Mong-booked-card.png') });
    await page.context().close();
  });
});
