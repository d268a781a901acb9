import { join } from 'node:path';
import { addDays, formatClockTime, serviceDayOf } from '@onestop/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countPrints, printed, screenshotsDir } from './browser.js';
import { captureState } from './accessibility.js';
import { startDemoApp, type DemoApp } from './demo-app.js';
import { showMongolian } from './mongolian-hall.js';
import { languagesOf, mongolianFontLoaded } from './mongolian-font.js';

// An appointment checked in at the kiosk, in Chromium against the real server with the demo
// district's 24-hour centre, at the test clock's time (Tuesday 09:30 in the hall): booked through the API, its code typed on the
// kiosk's keypad prints its ticket; its booking QR code scanned (a scanner types the manage link,
// then Enter) prints the same ticket again; a booking for tomorrow is too early, a cancelled one
// offers an ordinary ticket. The start screen and the ticket show the booking page's QR code.

let demo: DemoApp;

beforeAll(async () => {
  demo = await startDemoApp({ name: 'kiosk-check-in', chineseAndEnglishOnly: true });
  const settings = { enabled: true, slotMinutes: 30, capacityPerSlot: 5, horizonDays: 7, leadMinutes: 0 };
  // A: check-in opens 4 hours ahead (the most allowed): the next slot can be checked in now.
  await demo.setAppointmentSettings('A', { ...settings, earlyCheckInMinutes: 240 });
  // B: check-in opens 15 minutes ahead, so that tomorrow's slot cannot be checked in yet.
  await demo.setAppointmentSettings('B', { ...settings, earlyCheckInMinutes: 15 });
});
afterAll(async () => await demo?.close());

interface Booked {
  manageCode: string;
  appointment: { checkInCode: string; slotStart: string };
}

/** Books a slot of `date` (the first bookable one, or the last) as a citizen without a login. */
async function book(prefix: string, date: string, which: 'first' | 'last', phone: string): Promise<Booked> {
  const { slots } = await demo.api<{ slots: { start: string; available: number }[] }>(
    'query($hallId: ID!, $serviceId: ID!, $date: String!) { slots(hallId: $hallId, serviceId: $serviceId, date: $date) { start available } }',
    { hallId: demo.hall.id, serviceId: demo.serviceId(prefix), date },
    null,
  );
  const open = slots.filter((slot) => slot.available > 0);
  const slot = which === 'first' ? open[0] : open.at(-1);
  if (!slot) throw new Error(`no bookable slot of ${prefix} on ${date}`);
  const { bookAppointment } = await demo.api<{ bookAppointment: Booked }>(
    'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { manageCode appointment { checkInCode slotStart } } }',
    { input: { hallId: demo.hall.id, serviceId: demo.serviceId(prefix), slotStart: slot.start, phone } },
    null,
  );
  return bookAppointment;
}

/** The next bookable slot of A: today's first from the test clock's 09:30 on. */
async function bookNextSlot(phone: string): Promise<Booked> {
  return await book('A', serviceDayOf(demo.testApp.clock.now(), demo.hall.timezone), 'first', phone);
}

/** Opens the kiosk in portrait with a printer that only counts what it is given. */
async function openKiosk(): Promise<Page> {
  const page = await demo.browser.newPage({ viewport: { width: 1080, height: 1920 } });
  await countPrints(page);
  await page.goto(`${demo.testApp.url}/kiosk?token=${demo.deviceToken('KIOSK')}&resetAfter=120`);
  await page.locator('.kiosk-service-figures').first().waitFor();
  // The appointment path shows once the kiosk has read that the hall takes appointments.
  await page.locator('.kiosk-appointment').waitFor();
  return page;
}

/** What a kiosk's QR scanner does: types what it read, then Enter, at whatever has the focus. */
async function scan(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

describe('appointment check-in at the kiosk', () => {
  it('prints the ticket for a code typed on the keypad, and the same ticket again for the scanned booking', async () => {
    const booked = await bookNextSlot('13800138001');
    const kiosk = await openKiosk();
    const bookingUrl = `${demo.testApp.url}/book/${demo.hall.code}`;
    await expect
      .poll(() => kiosk.locator('.kiosk-booking-qr svg').getAttribute('data-qr-text'))
      .toBe(bookingUrl);
    await captureState(kiosk, 'kiosk-check-in-start.png');
    await kiosk.setViewportSize({ width: 1920, height: 1080 });
    await captureState(kiosk, 'kiosk-check-in-start-landscape.png');
    await kiosk.setViewportSize({ width: 1080, height: 1920 });

    await kiosk.getByRole('button', { name: /我有预约/ }).click();
    for (const digit of booked.appointment.checkInCode) {
      await kiosk.locator('.kiosk-key', { hasText: new RegExp(`^${digit}$`) }).click();
    }
    await expect
      .poll(() => kiosk.locator('.kiosk-check-in-code').inputValue())
      .toBe(booked.appointment.checkInCode);
    await captureState(kiosk, 'kiosk-check-in-keypad.png');
    await kiosk.getByRole('button', { name: '签到取号' }).click();

    const number = (await kiosk.locator('#printed-ticket-number').textContent())!.trim();
    expect(number).toMatch(/^A\d{3}$/);
    const bookedAt = formatClockTime(Date.parse(booked.appointment.slotStart), demo.hall.timezone);
    await expect
      .poll(() => kiosk.locator('.printed-ticket-appointment').textContent())
      .toBe(`预约 ${bookedAt}Appointment ${bookedAt}`);
    expect(await kiosk.locator('.printed-ticket-booking svg').getAttribute('data-qr-text')).toBe(bookingUrl);
    await expect.poll(() => printed(kiosk)).toBe(1);
    await captureState(kiosk, 'kiosk-check-in-ticket.png');
    await kiosk.emulateMedia({ media: 'print' });
    await kiosk
      .locator('.printed-ticket')
      .screenshot({ path: join(screenshotsDir, 'kiosk-check-in-printed-ticket.png') });
    await kiosk.emulateMedia({ media: 'screen' });

    // The server made one ticket of the appointment, on the appointment channel.
    const { myAppointment } = await demo.api<{
      myAppointment: { status: string; ticket: { number: string; channel: string } | null };
    }>(
      'query($code: String!) { myAppointment(manageCode: $code) { status ticket { number channel } } }',
      { code: booked.manageCode },
      null,
    );
    expect(myAppointment).toEqual({ status: 'CHECKED_IN', ticket: { number, channel: 'APPOINTMENT' } });

    // Back at the start, nothing focused: the booking's QR code held to the scanner.
    await kiosk.getByRole('button', { name: '完成' }).click();
    await kiosk.locator('.kiosk-appointment').waitFor();
    await scan(kiosk, `${demo.testApp.url}/b/${booked.manageCode}`);
    await expect.poll(() => printed(kiosk)).toBe(2);
    expect((await kiosk.locator('#printed-ticket-number').textContent())!.trim()).toBe(number);
    await kiosk.close();
  });

  it('says when check-in opens for tomorrow’s appointment, in Chinese and in English', async () => {
    const tomorrow = addDays(serviceDayOf(demo.testApp.clock.now(), demo.hall.timezone), 1);
    const booked = await book('B', tomorrow, 'last', '13800138002');
    const opensAt = formatClockTime(
      Date.parse(booked.appointment.slotStart) - 15 * 60_000,
      demo.hall.timezone,
    );
    const kiosk = await openKiosk();

    // Its check-in code is tomorrow's: today the kiosk knows it by its manage link.
    await scan(kiosk, `${demo.testApp.url}/b/${booked.manageCode}`);
    const alert = kiosk.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain(`预约签到 明天 ${opensAt} 开始，请届时再来`);
    await captureState(kiosk, 'kiosk-check-in-too-early.png');

    await kiosk.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => alert.textContent()).toContain(`Check-in opens tomorrow ${opensAt}`);
    // Back at the start (in Chinese again), the bare manage code, in English.
    await kiosk.getByRole('button', { name: 'Back to start' }).click();
    await kiosk.getByRole('button', { name: 'English' }).click();
    await scan(kiosk, booked.manageCode);
    await expect.poll(() => alert.textContent()).toContain(`Check-in opens tomorrow ${opensAt}`);
    await captureState(kiosk, 'kiosk-check-in-too-early-en.png');
    expect(await printed(kiosk)).toBe(0);
    await kiosk.close();
  });

  it('offers an ordinary ticket for a cancelled appointment', async () => {
    // A booking is cancelled before its slot starts: today's last slot.
    const booked = await book(
      'A',
      serviceDayOf(demo.testApp.clock.now(), demo.hall.timezone),
      'last',
      '13800138003',
    );
    await demo.api(
      'mutation($code: String!) { cancelAppointment(manageCode: $code) { id } }',
      { code: booked.manageCode },
      null,
    );
    const kiosk = await openKiosk();
    await scan(kiosk, booked.appointment.checkInCode);
    await expect.poll(() => kiosk.getByRole('alert').textContent()).toContain('该预约已取消');
    await captureState(kiosk, 'kiosk-check-in-cancelled.png');

    await kiosk.getByRole('button', { name: '改取普通号' }).click();
    await kiosk.locator(`[data-service-id="${demo.serviceId('A')}"]`).click();
    expect((await kiosk.locator('#printed-ticket-number').textContent())!.trim()).toMatch(/^A\d{3}$/);
    await expect.poll(() => kiosk.locator('.printed-ticket-appointment').count()).toBe(0);
    await kiosk.close();
  });

  // Last: it turns the hall's Mongolian on for the rest of the file.
  it('shows the appointment path and the ticket’s mark in Mongolian first, in a hall that shows it', async () => {
    await showMongolian(demo.testApp, demo.adminToken, demo.hall.id);
    const booked = await bookNextSlot('13800138004');
    const kiosk = await openKiosk();
    await mongolianFontLoaded(kiosk);
    expect(await languagesOf(kiosk, '.kiosk-appointment .kiosk-option-name')).toEqual(['mn-Mong', 'zh-CN']);
    expect(await languagesOf(kiosk, '.kiosk-booking-qr figcaption')).toEqual(['mn-Mong', 'zh-CN']);
    await captureState(kiosk, 'kiosk-check-in-start-mongolian.png');
    await kiosk.setViewportSize({ width: 1920, height: 1080 });
    await captureState(kiosk, 'kiosk-check-in-start-mongolian-landscape.png');
    await kiosk.setViewportSize({ width: 1080, height: 1920 });

    await kiosk.getByRole('button', { name: /我有预约/ }).click();
    await kiosk.locator('.kiosk-keypad').waitFor();
    await captureState(kiosk, 'kiosk-check-in-keypad-mongolian.png');
    // Typed on a keyboard into the field, which has the focus after a tap.
    await kiosk.locator('.kiosk-check-in-code').click();
    await kiosk.keyboard.type(booked.appointment.checkInCode);
    await kiosk.keyboard.press('Enter');
    await kiosk.locator('#printed-ticket-number').waitFor();
    expect(await languagesOf(kiosk, '.printed-ticket-appointment')).toEqual(['mn-Mong', 'zh-CN', 'en']);
    await captureState(kiosk, 'kiosk-check-in-ticket-mongolian.png');

    // On paper the booking code and its caption stay inside the ticket, on one page.
    await kiosk.emulateMedia({ media: 'print' });
    const ticket = (await kiosk.locator('.printed-ticket').boundingBox())!;
    for (const part of ['.printed-ticket-booking svg', '.printed-ticket-booking figcaption']) {
      const box = (await kiosk.locator(part).boundingBox())!;
      expect(box.x, part).toBeGreaterThanOrEqual(ticket.x);
      expect(box.x + box.width, part).toBeLessThanOrEqual(ticket.x + ticket.width);
    }
    await kiosk
      .locator('.printed-ticket')
      .screenshot({ path: join(screenshotsDir, 'kiosk-check-in-printed-ticket-mongolian.png') });
    const pdf = await kiosk.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
    await kiosk.close();
  });
});
