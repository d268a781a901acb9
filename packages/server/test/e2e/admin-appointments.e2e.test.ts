import { addDays, formatClockTime, minuteOfTime, serviceDayOf } from '@onestop/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTimezone } from '../../src/demo/demo-district.js';
import { captureState } from './accessibility.js';
import { demoPassword, startDemoApp, type DemoApp } from './demo-app.js';

// Issue 19 in the administration, in Chromium against the real server with the demo district: a
// service's week of slots shows the bookings made through the API, a full slot and a half one.

const slotMinutes = 240;
let demo: DemoApp;
let realEstateId: string;

/** A slot of the demo centre (open around the clock), as the hall's clock and the API name it. */
interface Slot {
  date: string;
  start: string;
  instant: Date;
}

function slotAt(instant: Date): Slot {
  return {
    date: serviceDayOf(instant, demoTimezone),
    start: formatClockTime(instant, demoTimezone),
    instant,
  };
}

/** The first slot starting after now, and the one after it: both bookable, the lead time being 0. */
function nextSlots(now: Date): [Slot, Slot] {
  const minute = minuteOfTime(formatClockTime(now, demoTimezone))!;
  const wholeMinute = Math.floor(now.getTime() / 60_000) * 60_000;
  const first = new Date(wholeMinute + (slotMinutes - (minute % slotMinutes)) * 60_000);
  return [slotAt(first), slotAt(new Date(first.getTime() + slotMinutes * 60_000))];
}

async function book(slot: Slot, phone: string): Promise<{ checkInCode: string }> {
  const data = await demo.api<{ bookAppointment: { appointment: { checkInCode: string } } }>(
    'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { checkInCode } } }',
    {
      input: { hallId: demo.hall.id, serviceId: realEstateId, slotStart: slot.instant.toISOString(), phone },
    },
    null,
  );
  return data.bookAppointment.appointment;
}

async function counterLabelled(label: string, token: string): Promise<string> {
  const data = await demo.api<{ hall: { counters: { id: string; label: string }[] } }>(
    'query($id: ID!) { hall(id: $id) { counters { id label } } }',
    { id: demo.hall.id },
    token,
  );
  return data.hall.counters.find((counter) => counter.label === label)!.id;
}

async function shot(page: Page, name: string): Promise<void> {
  await captureState(page, name, { fullPage: true });
}

const holiday = () => addDays(serviceDayOf(new Date(), demoTimezone), 3);
let fullSlot: Slot;
let firstBooking: { checkInCode: string };
let halfSlot: Slot;

beforeAll(async () => {
  demo = await startDemoApp({
    name: 'admin-appointments',
    // The browser reads "today" from its own clock: the server's hand-moved clock starts on the same
    // day, at 09:30 in the hall, so that the next two slots are today's whatever the hour the test
    // runs (a kiosk checks in today's appointments only; from 20:00 the next slot was tomorrow's).
    handClockAt: Date.parse(`${serviceDayOf(new Date(), demoTimezone)}T09:30:00+08:00`),
    locale: 'zh-CN',
  });
  realEstateId = demo.serviceId('E');
  // Four-hour slots of two seats keep the centre's 24 hours to six rows; check-in opens as early as it may.
  await demo.setAppointmentSettings('E', {
    enabled: true,
    slotMinutes,
    capacityPerSlot: 2,
    leadMinutes: 0,
    earlyCheckInMinutes: 240,
  });
  // A holiday three days on: the week shows the centre closed that day.
  await demo.api(
    'mutation($hallId: ID!, $exceptions: [CalendarExceptionInput!]!) { setCalendarExceptions(hallId: $hallId, exceptions: $exceptions) { date } }',
    { hallId: demo.hall.id, exceptions: [{ date: holiday(), periods: [], note: '设备检修' }] },
  );
  [fullSlot, halfSlot] = nextSlots(demo.testApp.clock.now());
  firstBooking = await book(fullSlot, '13800000001');
  await book(fullSlot, '13900000002');
  await book(halfSlot, '13700000003');
});
afterAll(async () => await demo?.close());

describe("a service's week of slots in the administration", () => {
  it('shows the full slot and the half one, in Chinese and in English, a week at a time', async () => {
    const page = await demo.browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    await demo.logIn(page, '/admin?tab=services', 'admin');
    await page.locator('table tr', { hasText: '不动产登记' }).getByRole('button', { name: '编辑' }).click();
    const grid = page.locator('.appointment-week-grid');
    await grid.waitFor();
    const cell = (slot: Slot) => grid.locator(`tr[data-start="${slot.start}"] td[data-date="${slot.date}"]`);

    await expect(cell(fullSlot).textContent()).resolves.toBe('2/2已满');
    await expect(cell(fullSlot).getAttribute('class')).resolves.toContain('full');
    await expect(cell(halfSlot).textContent()).resolves.toBe('1/2');
    // Six four-hour slots a day, seven dates from today on the hall's clock.
    await expect(grid.locator('tbody tr').count()).resolves.toBe(6);
    const today = serviceDayOf(new Date(), demoTimezone);
    await expect(grid.locator('thead th[data-date]').first().getAttribute('data-date')).resolves.toBe(today);
    await expect(grid.locator('thead th[data-date]').count()).resolves.toBe(7);
    await expect(grid.locator(`thead th[data-date="${holiday()}"]`).textContent()).resolves.toContain(
      '休息：设备检修',
    );
    await expect(grid.locator(`td.week-closed[data-date="${holiday()}"]`).count()).resolves.toBe(6);
    // Today's first slot began at midnight: greyed, no longer bookable.
    await expect(
      grid.locator(`tr[data-start="00:00"] td[data-date="${today}"]`).getAttribute('class'),
    ).resolves.toContain('started');
    await page.locator('.appointment-week').scrollIntoViewIfNeeded();
    await shot(page, 'admin-appointments-week.png');

    // Unsaved edits: the grid says it shows the saved settings.
    await page.locator('form[data-form="appointments"] input[name="capacityPerSlot"]').fill('3');
    await page.locator('.appointment-week-unsaved').waitFor();
    await expect(cell(fullSlot).textContent()).resolves.toBe('2/2已满');
    await shot(page, 'admin-appointments-week-unsaved.png');

    await page.getByRole('button', { name: 'English' }).click();
    await grid.locator('thead th', { hasText: 'Slot (booked/seats)' }).waitFor();
    await expect(cell(fullSlot).textContent()).resolves.toBe('2/2Full');
    await page.getByRole('button', { name: 'Next week' }).click();
    await expect
      .poll(async () => await grid.locator('thead th[data-date]').first().getAttribute('data-date'))
      .not.toBe(today);
    await expect(cell(fullSlot).count()).resolves.toBe(0);
    await shot(page, 'admin-appointments-week-en-next.png');
    await page.getByRole('button', { name: 'Back to this week' }).click();
    await expect(cell(fullSlot).textContent()).resolves.toBe('2/2Full');
    await page.getByRole('button', { name: '中文' }).click();
    await page.close();
  });
});

describe('appointments in the statistics', () => {
  it('compares the appointment channel with walk-ins, in Chinese and in English', async () => {
    // A walk-in ticket of the service, and the first booking checked in at the kiosk.
    const kiosk = demo.deviceToken('KIOSK');
    await demo.api(
      'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { id } } }',
      { input: { hallId: demo.hall.id, serviceId: realEstateId } },
      kiosk,
    );
    const checkedIn = await demo.api<{ checkInAppointment: { ticket: { channel: string } } }>(
      'mutation($hallId: ID!, $code: String!) { checkInAppointment(hallId: $hallId, code: $code) { ticket { channel } } }',
      { hallId: demo.hall.id, code: firstBooking.checkInCode },
      kiosk,
    );
    expect(checkedIn.checkInAppointment.ticket.channel).toBe('APPOINTMENT');
    // Counter 6 (real estate first) calls both after five minutes: the walk-in waited, the appointment's wait
    // counts from its slot's start and so is none.
    demo.testApp.clock.advance(5 * 60_000);
    const clerkToken = await demo.testApp.login('clerk1', demoPassword);
    const counterId = await counterLabelled('6', clerkToken);
    await demo.api(
      'mutation($id: ID!) { openCounter(counterId: $id) { id } }',
      { id: counterId },
      clerkToken,
    );
    const serveNext = async (): Promise<void> => {
      const called = await demo.api<{ callNext: { id: string } }>(
        'mutation($id: ID!) { callNext(counterId: $id) { id } }',
        { id: counterId },
        clerkToken,
      );
      await demo.api(
        'mutation($id: ID!) { completeTicket(ticketId: $id) { id } }',
        { id: called.callNext.id },
        clerkToken,
      );
    };
    await serveNext();
    await serveNext();

    const page = await demo.browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    await demo.logIn(page, '/manager?tab=stats', 'manager');
    // The checked-in ticket queues at its slot's start, which may be tomorrow: the period runs to the later slot's day.
    await page.getByLabel('自定义').check();
    await page.locator('input[name="firstDay"]').fill(serviceDayOf(new Date(), demoTimezone));
    await page.locator('input[name="lastDay"]').fill(halfSlot.date);
    await page.locator('select[name="groupBy"]').selectOption('CHANNEL');
    const appointmentRow = page.locator('.stats-table tr[data-key="APPOINTMENT"]');
    await appointmentRow.waitFor();
    await expect(appointmentRow.locator('th').textContent()).resolves.toBe('预约');
    await expect(appointmentRow.locator('td[data-column="issued"]').textContent()).resolves.toBe('1');
    await expect(appointmentRow.locator('td[data-column="served"]').textContent()).resolves.toBe('1');
    await expect(appointmentRow.locator('td[data-column="appointmentsBooked"]').textContent()).resolves.toBe(
      '3',
    );
    await expect(appointmentRow.locator('td[data-column="appointmentsMissed"]').textContent()).resolves.toBe(
      '0',
    );
    await expect(appointmentRow.locator('td[data-column="p50Wait"]').textContent()).resolves.toBe('0.0');
    const walkInRow = page.locator('.stats-table tr[data-key="KIOSK"]');
    await expect(walkInRow.locator('th').textContent()).resolves.toBe('现场取号');
    await expect(walkInRow.locator('td[data-column="p50Wait"]').textContent()).resolves.toBe('5.0');
    await page.locator('figcaption', { hasText: '各取号方式等待对比' }).waitFor();
    await shot(page, 'manager-stats-by-channel.png');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(async () => await appointmentRow.locator('th').textContent()).toBe('Appointment');
    await expect(walkInRow.locator('th').textContent()).resolves.toBe('Walk-in');
    await page.locator('th', { hasText: 'Appointments missed' }).waitFor();
    await shot(page, 'manager-stats-by-channel-en.png');
    await page.getByRole('button', { name: '中文' }).click();
    await page.close();
  });
});
