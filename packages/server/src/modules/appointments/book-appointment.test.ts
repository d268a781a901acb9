import { addDays, instantAtLocalTime, serviceDayOf } from '@onestop/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectBadUserInput,
  startAdministrationApp,
  type AdministrationFixture,
} from '../../../test/support/administration-fixture.js';
import { TestClock, type TestApp } from '../../../test/support/test-app.js';

/**
 * Booking a slot (docs/domain.md, "Appointments"): exactly capacityPerSlot bookings fit a slot
 * however many race for it, a retry with the same key is the same booking, a phone's limits hold,
 * bad input is refused naming the field, and no answer carries the whole phone number. The hall
 * has no calendar (open all day), so every half hour from tomorrow on is a slot.
 */

let testApp: TestApp;
let adminToken: string;
let fixture: AdministrationFixture;
const zone = 'Asia/Shanghai';
// The test app's clock starts where a TestClock does: Tuesday 24 November 2026, 09:30 in Shanghai.
const tomorrow = addDays(serviceDayOf(new TestClock().now(), zone), 1);
/** The slot starting at `hour`:`minute` on the hall's clock, `days` after tomorrow. */
const slotAt = (hour: number, minute = 0, days = 0): string =>
  instantAtLocalTime(addDays(tomorrow, days), hour * 60 + minute, zone).toISOString();

beforeAll(async () => {
  ({ testApp, adminToken, fixture } = await startAdministrationApp());
  const result = await testApp.graphql(
    `mutation($serviceId: ID!) { setAppointmentSettings(serviceId: $serviceId,
       input: { enabled: true, slotMinutes: 30, capacityPerSlot: 3, horizonDays: 14, leadMinutes: 0 }) { id } }`,
    { serviceId: fixture.passportServiceId },
    { token: adminToken },
  );
  expect(result.errors).toBeUndefined();
});
afterAll(async () => {
  await testApp?.close();
});

const book = `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) {
  manageCode appointment { id status slotStart slotEnd checkInCode phoneMasked name service { id } } } }`;

interface Booked {
  manageCode: string;
  appointment: { id: string; status: string; slotStart: string; checkInCode: string; phoneMasked: string };
}

/** A phone number of its own for every booking that should not meet another's limits. */
let nextPhone = 13_900_000_000;
const freshPhone = (): string => String((nextPhone += 1));

async function bookSlot(slotStart: string, phone = freshPhone(), extra: Record<string, unknown> = {}) {
  return await testApp.graphql<{ bookAppointment: Booked }>(book, {
    input: { hallId: fixture.hallId, serviceId: fixture.passportServiceId, slotStart, phone, ...extra },
  });
}

async function appointmentRows(slotStart: string): Promise<number> {
  const [row] = await testApp.app.orm.em
    .fork()
    .execute<{ count: number }[]>(`SELECT count(*)::int AS count FROM appointment WHERE slot_start = ?`, [
      slotStart,
    ]);
  return row!.count;
}

const slotsQuery = `query($hallId: ID!, $serviceId: ID!, $date: String!) {
  slots(hallId: $hallId, serviceId: $serviceId, date: $date) { start end capacity booked available } }`;

describe('booking a slot', () => {
  it('gives the check-in code and the manage code, and shows the phone only masked', async () => {
    const result = await bookSlot(slotAt(9), '13812345678', { name: '王芳' });
    expect(result.errors).toBeUndefined();
    const booked = result.data!.bookAppointment;
    expect(booked.appointment).toMatchObject({
      status: 'BOOKED',
      slotStart: slotAt(9),
      phoneMasked: '138****5678',
    });
    expect(booked.appointment.checkInCode).toMatch(/^\d{6}$/);
    expect(booked.manageCode.length).toBeGreaterThanOrEqual(24);
    expect(JSON.stringify(result)).not.toContain('13812345678');

    const read = await testApp.graphql<{ myAppointment: { id: string; phoneMasked: string } | null }>(
      'query($code: String!) { myAppointment(manageCode: $code) { id phoneMasked } }',
      { code: booked.manageCode },
    );
    expect(read.data!.myAppointment).toEqual({ id: booked.appointment.id, phoneMasked: '138****5678' });
  });

  it('lists the day’s slots with the seats taken', async () => {
    const result = await testApp.graphql<{
      slots: { start: string; capacity: number; booked: number; available: number }[];
    }>(slotsQuery, { hallId: fixture.hallId, serviceId: fixture.passportServiceId, date: tomorrow });
    expect(result.data!.slots).toHaveLength(48);
    expect(result.data!.slots.find((slot) => slot.start === slotAt(9))).toMatchObject({
      capacity: 3,
      booked: 1,
      available: 2,
    });
    const other = await testApp.graphql<{ slots: unknown[] }>(slotsQuery, {
      hallId: fixture.hallId,
      serviceId: fixture.visaServiceId,
      date: tomorrow,
    });
    // A service that takes no appointments offers no slot.
    expect(other.data!.slots).toEqual([]);
  });

  it('fits exactly capacityPerSlot bookings in a slot however many race for it; the rest get SLOT_FULL', async () => {
    const slotStart = slotAt(10);
    const results = await Promise.all(Array.from({ length: 50 }, () => bookSlot(slotStart)));
    const codes = results.map((result) => result.errors?.[0]?.extensions?.['code'] ?? 'BOOKED');
    expect(codes.filter((code) => code === 'BOOKED')).toHaveLength(3);
    expect(codes.filter((code) => code === 'SLOT_FULL')).toHaveLength(47);
    expect(await appointmentRows(slotStart)).toBe(3);
    const checkInCodes = results.flatMap(
      (result) => result.data?.bookAppointment.appointment.checkInCode ?? [],
    );
    expect(new Set(checkInCodes).size).toBe(3);
  });

  it('answers a retry with the same idempotency key with the first booking, even when both race', async () => {
    const slotStart = slotAt(11);
    const phone = freshPhone();
    // The same key five times at once: one booking, and every answer is that booking.
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => bookSlot(slotStart, phone, { idempotencyKey: 'retry-1' })),
    );
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(new Set(answers.map((answer) => answer.data!.bookAppointment.manageCode)).size).toBe(1);
    expect(new Set(answers.map((answer) => answer.data!.bookAppointment.appointment.id)).size).toBe(1);
    expect(await appointmentRows(slotStart)).toBe(1);
  });

  it('keeps one active booking per phone, service and day, and three per phone (QUOTA_REACHED, nothing written)', async () => {
    const phone = freshPhone();
    expect((await bookSlot(slotAt(13, 0, 1), phone)).errors).toBeUndefined();
    const sameDay = await bookSlot(slotAt(14, 0, 1), phone);
    expect(sameDay.errors?.[0]?.extensions).toMatchObject({
      code: 'QUOTA_REACHED',
      quota: 'onePerServiceAndDay',
    });
    expect(await appointmentRows(slotAt(14, 0, 1))).toBe(0);

    expect((await bookSlot(slotAt(13, 0, 2), phone)).errors).toBeUndefined();
    expect((await bookSlot(slotAt(13, 0, 3), phone)).errors).toBeUndefined();
    const fourth = await bookSlot(slotAt(13, 0, 4), phone);
    expect(fourth.errors?.[0]?.extensions).toMatchObject({ code: 'QUOTA_REACHED', quota: 'activeBookings' });
    expect(fourth.errors?.[0]?.message).toContain('3');
    expect(await appointmentRows(slotAt(13, 0, 4))).toBe(0);
  });

  it('keeps a phone’s limits when its bookings race: one of two for the same day', async () => {
    const phone = freshPhone();
    const results = await Promise.all([bookSlot(slotAt(15, 0, 5), phone), bookSlot(slotAt(16, 0, 5), phone)]);
    expect(results.filter((result) => result.errors === undefined)).toHaveLength(1);
    expect(
      results.filter((result) => result.errors?.[0]?.extensions?.['code'] === 'QUOTA_REACHED'),
    ).toHaveLength(1);
  });

  it('tells a caller whose staff token is no longer valid so, instead of booking as a citizen', async () => {
    const result = await testApp.graphql(
      book,
      {
        input: {
          hallId: fixture.hallId,
          serviceId: fixture.passportServiceId,
          slotStart: slotAt(12),
          phone: freshPhone(),
        },
      },
      { token: 'not-a-valid-token' },
    );
    expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(await appointmentRows(slotAt(12))).toBe(0);
  });

  it.each([
    ['a phone number that is not a mobile number', 'phone', { phone: '12345678901' }],
    ['a time that is no slot', 'slotStart', { slotStart: slotAt(9, 10) }],
    ['a slot past the booking horizon', 'slotStart', { slotStart: slotAt(9, 0, 20) }],
    ['a slot that has begun', 'slotStart', { slotStart: slotAt(9, 0, -2) }],
    ['a service that takes no appointments', 'serviceId', { serviceId: '' }],
  ])('refuses %s with BAD_USER_INPUT on %s, nothing written', async (_, field, override) => {
    const input = {
      hallId: fixture.hallId,
      serviceId: fixture.passportServiceId,
      slotStart: slotAt(12),
      phone: freshPhone(),
      ...override,
    };
    if (input.serviceId === '') input.serviceId = fixture.visaServiceId;
    await expectBadUserInput(testApp, adminToken, book, { input }, field);
  });
});

describe('managing a booking', () => {
  const reschedule = `mutation($code: String!, $slotStart: DateTime!) {
    rescheduleAppointment(manageCode: $code, slotStart: $slotStart) { id status slotStart checkInCode } }`;
  const cancel = 'mutation($code: String!) { cancelAppointment(manageCode: $code) { id status } }';

  async function booked(slotStart: string): Promise<Booked> {
    const result = await bookSlot(slotStart);
    expect(result.errors).toBeUndefined();
    return result.data!.bookAppointment;
  }

  it('cancels by the manage code, which frees the seat; a second cancel is INVALID_TRANSITION', async () => {
    const slotStart = slotAt(8, 0, 6);
    const booking = await booked(slotStart);
    const result = await testApp.graphql<{ cancelAppointment: { status: string } }>(cancel, {
      code: booking.manageCode,
    });
    expect(result.data!.cancelAppointment.status).toBe('CANCELLED');
    const again = await testApp.graphql(cancel, { code: booking.manageCode });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', status: 'CANCELLED' });
    // Three seats again: three more fit.
    const more = await Promise.all([bookSlot(slotStart), bookSlot(slotStart), bookSlot(slotStart)]);
    expect(more.every((each) => each.errors === undefined)).toBe(true);
  });

  it('moves a booking to a free slot, and refuses a full one (SLOT_FULL) without changing anything', async () => {
    const booking = await booked(slotAt(8, 30, 6));
    const moved = await testApp.graphql<{
      rescheduleAppointment: { slotStart: string; checkInCode: string };
    }>(reschedule, { code: booking.manageCode, slotStart: slotAt(9, 30, 7) });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.rescheduleAppointment.slotStart).toBe(slotAt(9, 30, 7));
    expect(await appointmentRows(slotAt(8, 30, 6))).toBe(0);

    // 08:00 of day 6 is full (the cancel test filled it again).
    const refused = await testApp.graphql(reschedule, {
      code: booking.manageCode,
      slotStart: slotAt(8, 0, 6),
    });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('SLOT_FULL');
    const read = await testApp.graphql<{ myAppointment: { slotStart: string } }>(
      'query($code: String!) { myAppointment(manageCode: $code) { slotStart } }',
      { code: booking.manageCode },
    );
    expect(read.data!.myAppointment.slotStart).toBe(slotAt(9, 30, 7));
  });

  it('lets one of two moves racing for a slot’s last seat take it', async () => {
    const target = slotAt(10, 0, 8);
    await booked(target);
    await booked(target);
    const [first, second] = [await booked(slotAt(11, 0, 8)), await booked(slotAt(11, 30, 8))];
    const results = await Promise.all(
      [first, second].map((booking) =>
        testApp.graphql(reschedule, { code: booking.manageCode, slotStart: target }),
      ),
    );
    expect(results.filter((result) => result.errors === undefined)).toHaveLength(1);
    expect(results.filter((result) => result.errors?.[0]?.extensions?.['code'] === 'SLOT_FULL')).toHaveLength(
      1,
    );
    expect(await appointmentRows(target)).toBe(3);
  });

  it('lists a day’s appointments to staff with phones masked, and lets them cancel one with a reason', async () => {
    const list = `query($hallId: ID!, $date: String!) { appointments(hallId: $hallId, date: $date) {
      id status phoneMasked slotStart } }`;
    const date = addDays(tomorrow, 8);
    const anonymous = await testApp.graphql(list, { hallId: fixture.hallId, date });
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const result = await testApp.graphql<{ appointments: { id: string; phoneMasked: string }[] }>(
      list,
      { hallId: fixture.hallId, date },
      { token: adminToken },
    );
    expect(result.data!.appointments.length).toBe(4);
    expect(result.data!.appointments.every((each) => /^1\d\d\*{4}\d{4}$/.test(each.phoneMasked))).toBe(true);

    const staffCancel = `mutation($id: ID!, $reason: String!) {
      cancelAppointmentAsStaff(appointmentId: $id, reason: $reason) { status } }`;
    const id = result.data!.appointments[0]!.id;
    await expectBadUserInput(testApp, adminToken, staffCancel, { id, reason: '  ' }, 'reason');
    const cancelled = await testApp.graphql<{ cancelAppointmentAsStaff: { status: string } }>(
      staffCancel,
      { id, reason: '来电取消' },
      { token: adminToken },
    );
    expect(cancelled.data!.cancelAppointmentAsStaff.status).toBe('CANCELLED');
  });

  it('can no longer be cancelled or moved once its slot has started', async () => {
    const booking = await booked(slotAt(9, 0, 0));
    testApp.clock.set(Date.parse(slotAt(9, 0, 0)));
    const late = await testApp.graphql(cancel, { code: booking.manageCode });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', status: 'BOOKED' });
    const moved = await testApp.graphql(reschedule, { code: booking.manageCode, slotStart: slotAt(9, 0, 9) });
    expect(moved.errors?.[0]?.extensions?.['code']).toBe('INVALID_TRANSITION');
  });
});
