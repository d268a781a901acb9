import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureState } from './accessibility.js';
import { startDemoApp, type DemoApp } from './demo-app.js';
import { runningClock } from './display-server.js';

// The manager's Appointments tab (预约) in Chromium against the real server with the demo district:
// the day's list by slot, a cancel with its reason, and a booking for a caller on the phone.

// 09:30 on a Tuesday in Shanghai, running at the real pace; the browser's clock is set to it too.
const clock = runningClock('2026-11-24T01:30:00.000Z');
const day = '2026-11-24';
let demo: DemoApp;
let page: Page;
let businessId: string;
/** The two bookings made through the API, as a citizen makes them. */
const citizens = [
  { phone: '13800000001', checkInCode: '', id: '' },
  { phone: '13900000002', checkInCode: '', id: '' },
];

/** One row of the appointment table, as the server stored it. */
async function storedAppointment(where: { id: string } | { checkInCode: string }) {
  const [row] = await demo.testApp.app.orm.em
    .fork()
    .getConnection()
    .execute<
      {
        status: string;
        cancel_reason: string | null;
        phone: string;
        name: string | null;
        booked_by_id: string | null;
      }[]
    >(
      'id' in where
        ? 'SELECT * FROM appointment WHERE id = ?'
        : 'SELECT * FROM appointment WHERE check_in_code = ? AND service_day = ?',
      'id' in where ? [where.id] : [where.checkInCode, day],
    );
  return row!;
}

async function shot(name: string): Promise<void> {
  await captureState(page, name, { fullPage: true });
}

beforeAll(async () => {
  demo = await startDemoApp({ name: 'appointments', clock: clock.now });
  businessId = demo.serviceId('C');
  // 企业开办 takes appointments: half-hour slots of two, booked up to 15 minutes before.
  await demo.setAppointmentSettings('C', {
    enabled: true,
    slotMinutes: 30,
    capacityPerSlot: 2,
    leadMinutes: 15,
  });
  const { slots } = await demo.api<{ slots: { start: string }[] }>(
    'query($hallId: ID!, $serviceId: ID!, $date: String!) { slots(hallId: $hallId, serviceId: $serviceId, date: $date) { start } }',
    { hallId: demo.hall.id, serviceId: businessId, date: day },
    null,
  );
  // 10:00 and 10:30: the first slots that start 15 minutes or more after 09:30 (the clock runs).
  for (const [index, citizen] of citizens.entries()) {
    const { bookAppointment } = await demo.api<{
      bookAppointment: { appointment: { id: string; checkInCode: string } };
    }>(
      'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { id checkInCode } } }',
      {
        input: {
          hallId: demo.hall.id,
          serviceId: businessId,
          slotStart: slots[index]!.start,
          phone: citizen.phone,
        },
      },
      null,
    );
    Object.assign(citizen, bookAppointment.appointment);
  }

  page = await demo.browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  // The tab's "today" is the browser's day in the hall: the hall's Tuesday, as on the server.
  await page.clock.install({ time: clock.now() });
  await demo.logIn(page, '/manager?tab=appointments', 'manager');
  await page.locator('.appointment-list').waitFor();
});
afterAll(async () => await demo?.close());

describe("the manager's appointments", () => {
  it('lists the booked appointments of today by slot, phones masked', async () => {
    const slots = page.locator('.appointment-list tbody');
    const slotNames = await Promise.all((await slots.all()).map((slot) => slot.getAttribute('data-slot')));
    expect(slotNames).toEqual(['10:00', '10:30']);
    const first = page.locator(`[data-appointment="${citizens[0]!.checkInCode}"]`);
    await expect(first.locator('.phone').textContent()).resolves.toBe('138****0001');
    await expect(first.locator('[data-status]').textContent()).resolves.toBe('已预约');
    await expect(page.locator('tbody[data-slot="10:30"]').textContent()).resolves.toContain(
      citizens[1]!.checkInCode,
    );
    await expect(page.locator('[data-appointment-count="BOOKED"]').textContent()).resolves.toBe('2');
    const html = await page.content();
    for (const citizen of citizens) expect(html).not.toContain(citizen.phone);
    await shot('manager-appointments-list.png');
  });

  it('cancels one with the reason given, and the stored booking says so', async () => {
    const code = citizens[0]!.checkInCode;
    await page.getByRole('button', { name: `取消预约 ${code}` }).click();
    const form = page.locator('form[data-form="cancel-appointment"]');
    // No reason, no cancel.
    await form.getByRole('button', { name: '确认取消' }).click();
    await expect(form.locator('.field-error').textContent()).resolves.toBe('请填写取消原因');
    await form.locator('input[name="reason"]').fill('来电人改约到下周');
    await shot('manager-appointments-cancel.png');
    await form.getByRole('button', { name: '确认取消' }).click();
    await page.locator(`[data-appointment="${code}"] [data-status="CANCELLED"]`).waitFor();
    await expect(page.locator('[data-appointment-count="CANCELLED"]').textContent()).resolves.toBe('1');

    const stored = await storedAppointment({ id: citizens[0]!.id });
    expect(stored.status).toBe('CANCELLED');
    expect(stored.cancel_reason).toBe('来电人改约到下周');
  });

  it('books for a caller through the form: booked by the manager, the phone stored whole and shown masked', async () => {
    await page.getByRole('button', { name: '电话预约' }).click();
    const form = page.locator('form[data-form="staff-booking"]');
    await form.locator('select[name="serviceId"]').selectOption(businessId);
    // 10:00 has both seats again since the cancel; 10:30 has one left.
    await expect(form.locator('[data-slot="10:00"]').textContent()).resolves.toBe('10:00–10:30 余 2');
    await expect(form.locator('[data-slot="10:30"]').textContent()).resolves.toBe('10:30–11:00 余 1');
    await form.locator('[data-slot="10:30"] input').check();
    await form.locator('input[name="phone"]').fill('137 0000 1234');
    await form.locator('input[name="name"]').fill('赵六');
    await form.getByRole('button', { name: '预约', exact: true }).click();
    const codeShown = page.locator('[data-check-in-code]');
    await codeShown.waitFor();
    const code = (await codeShown.textContent())!;
    expect(code).toMatch(/^\d{6}$/);
    await expect(page.locator('[data-manage-path]').textContent()).resolves.toMatch(/^\/b\/\S{20,}$/);
    // The list shows the new booking in its slot, its phone masked.
    const row = page.locator(`tbody[data-slot="10:30"] [data-appointment="${code}"]`);
    await expect(row.locator('.phone').textContent()).resolves.toBe('137****1234');
    await expect(page.content()).resolves.not.toContain('13700001234');
    await shot('manager-appointments-booked.png');

    const stored = await storedAppointment({ checkInCode: code });
    const [manager] = await demo.testApp.app.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>('SELECT id FROM staff WHERE username = ?', ['manager']);
    expect(stored).toMatchObject({
      phone: '13700001234',
      name: '赵六',
      status: 'BOOKED',
      booked_by_id: manager!.id,
    });
    // The citizens' own bookings were booked by no one.
    await expect(storedAppointment({ id: citizens[1]!.id })).resolves.toMatchObject({ booked_by_id: null });

    // The slot is full now: the form offers it no more.
    await page.getByRole('button', { name: '再约一个' }).click();
    await form.locator('select[name="serviceId"]').selectOption(businessId);
    await expect(form.locator('[data-slot="10:30"]').textContent()).resolves.toBe('10:30–11:00 已满');
    await expect(form.locator('[data-slot="10:30"] input').isDisabled()).resolves.toBe(true);
  });

  it("counts today's appointments on the live view", async () => {
    await page.getByRole('button', { name: '实时', exact: true }).click();
    const count = (status: string) => page.locator(`[data-appointment-count="${status}"]`).textContent();
    await page.locator('[data-appointment-count="BOOKED"]').waitFor();
    await expect(count('BOOKED')).resolves.toBe('2');
    await expect(count('CHECKED_IN')).resolves.toBe('0');
    await expect(count('MISSED')).resolves.toBe('0');
    await shot('manager-live-appointments.png');
  });

  it("marks a checked-in appointment's ticket at the counter with its booked time, and the list says when it checked in", async () => {
    const { slots } = await demo.api<{ slots: { start: string }[] }>(
      'query($hallId: ID!, $serviceId: ID!, $date: String!) { slots(hallId: $hallId, serviceId: $serviceId, date: $date) { start } }',
      { hallId: demo.hall.id, serviceId: businessId, date: day },
      null,
    );
    // 10:00, whose check-in opened at 09:30 (30 minutes early by default).
    const { bookAppointment } = await demo.api<{ bookAppointment: { appointment: { checkInCode: string } } }>(
      'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { checkInCode } } }',
      {
        input: {
          hallId: demo.hall.id,
          serviceId: businessId,
          slotStart: slots[0]!.start,
          phone: '13600000003',
        },
      },
      null,
    );
    const { checkInAppointment } = await demo.api<{ checkInAppointment: { ticket: { number: string } } }>(
      'mutation($hallId: ID!, $code: String!) { checkInAppointment(hallId: $hallId, code: $code) { ticket { number } } }',
      { hallId: demo.hall.id, code: bookAppointment.appointment.checkInCode },
      demo.deviceToken('KIOSK'),
    );
    const number = checkInAppointment.ticket.number;

    const context = await demo.browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
    });
    const desk = await context.newPage();
    await demo.logIn(desk, '/counter', 'clerk1');
    // Counter 4 serves 企业开办 first.
    await desk.locator('[data-counter-label="4"]').click();
    const line = desk.locator('.next-tickets li', { hasText: number });
    await expect(line.locator('[data-appointment-badge]').textContent()).resolves.toBe('预约 10:00');
    await captureState(desk, 'counter-appointment-ticket.png');
    await context.close();

    await page.getByRole('button', { name: '预约', exact: true }).click();
    const status = page.locator(
      `[data-appointment="${bookAppointment.appointment.checkInCode}"] [data-status]`,
    );
    await expect(status.textContent()).resolves.toMatch(/^已签到 09:3\d 签到$/);
    await page.getByRole('button', { name: '实时', exact: true }).click();
    await expect(page.locator('[data-appointment-count="CHECKED_IN"]').textContent()).resolves.toBe('1');
  });

  it('reads the same in English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Appointments', exact: true }).click();
    await page.locator('.appointment-list').waitFor();
    await expect(
      page.locator(`[data-appointment="${citizens[0]!.checkInCode}"] [data-status]`).textContent(),
    ).resolves.toBe('Cancelled');
    await expect(
      page.locator(`[data-appointment="${citizens[1]!.checkInCode}"] [data-status]`).textContent(),
    ).resolves.toBe('Booked');
    await expect(page.locator('tbody[data-slot="10:30"] .slot-heading').textContent()).resolves.toBe(
      '10:30–11:00 Appointments: 2',
    );
    await page.getByRole('button', { name: 'Book for a caller' }).click();
    const form = page.locator('form[data-form="staff-booking"]');
    await form.locator('select[name="serviceId"]').selectOption(businessId);
    await form.locator('[data-slot="10:00"] input').check();
    await form.locator('input[name="phone"]').fill('1370000');
    await form.getByRole('button', { name: 'Book', exact: true }).click();
    await expect(form.locator('#staff-booking-phone-error').textContent()).resolves.toBe(
      'Must be an 11-digit mobile number',
    );
    await shot('manager-appointments-en.png');
  });
});
