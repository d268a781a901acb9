import { instantAtLocalTime, serviceDayOf } from '@onestop/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHallFixture, type HallFixture } from '../../../test/support/hall-fixture.js';
import { TestClock, startTestApp, testAdminPassword, type TestApp } from '../../../test/support/test-app.js';
import { expectRefused, minute, mutations, succeeded } from '../../../test/support/ticket-desk.js';

/**
 * Check-in at the kiosk (docs/domain.md, "Appointments"), on an injected clock: before the window
 * TOO_EARLY with opensAt, inside it the appointment's ticket (channel APPOINTMENT, queued at the
 * slot's start), the same code again the same ticket, after it MISSED — and the ticket's place in
 * the call order against walk-ins around its slot. The hall has no calendar (open all day); its one
 * service takes 30-minute slots of 3, check-in from 30 minutes before to 15 after.
 */

const zone = 'Asia/Shanghai';
let testApp: TestApp;
let hall: HallFixture;
let serviceId: string;
// The test clock starts on Tuesday 24 November 2026, 09:30 in Shanghai; each test sets its own time.
const today = serviceDayOf(new TestClock().now(), zone);
/** The instant of `hour`:`minute` on the hall's clock, `days` after today. */
const at = (hour: number, minuteOfHour = 0, days = 0): Date => {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return instantAtLocalTime(date.toISOString().slice(0, 10), hour * 60 + minuteOfHour, zone);
};

let nextPhone = 13_700_000_000;
const freshPhone = (): string => String((nextPhone += 1));

const bookMutation = `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) {
  manageCode appointment { id checkInCode status } } }`;
const checkInMutation = `mutation($hallId: ID!, $code: String!) { checkInAppointment(hallId: $hallId, code: $code) {
  accessCode peopleAhead ticket { id number channel status issuedAt queuedAt appointment { id slotStart status } } } }`;

interface Booked {
  manageCode: string;
  appointment: { id: string; checkInCode: string; status: string };
}
interface CheckedIn {
  accessCode: string;
  peopleAhead: number;
  ticket: {
    id: string;
    number: string;
    channel: string;
    status: string;
    issuedAt: string;
    queuedAt: string;
    appointment: { id: string; slotStart: string; status: string } | null;
  };
}

async function book(slotStart: Date, phone = freshPhone(), token: string | null = null): Promise<Booked> {
  const result = await testApp.graphql<{ bookAppointment: Booked }>(
    bookMutation,
    { input: { hallId: hall.hall.id, serviceId, slotStart: slotStart.toISOString(), phone } },
    { token },
  );
  return succeeded(result, 'bookAppointment');
}

async function checkIn(code: string, token = hall.tokens.kiosk) {
  return await testApp.graphql<{ checkInAppointment: CheckedIn }>(
    checkInMutation,
    { hallId: hall.hall.id, code },
    { token },
  );
}

async function appointmentRow(id: string) {
  const [row] = await testApp.app.orm.em
    .fork()
    .getConnection()
    .execute<{ status: string; ticket_id: string | null; checked_in_at: Date | null }[]>(
      'SELECT status, ticket_id, checked_in_at FROM appointment WHERE id = ?',
      [id],
    );
  return row!;
}

async function ticketCount(): Promise<number> {
  const [row] = await testApp.app.orm.em
    .fork()
    .getConnection()
    .execute<{ count: number }[]>('SELECT count(*)::int AS count FROM ticket WHERE hall_id = ?', [
      hall.hall.id,
    ]);
  return row!.count;
}

beforeAll(async () => {
  testApp = await startTestApp();
  hall = await createHallFixture(testApp, { serviceCount: 1, counterCount: 1, openCounters: true });
  serviceId = hall.services[0]!.id;
  const settings = await testApp.graphql(
    `mutation($serviceId: ID!) { setAppointmentSettings(serviceId: $serviceId, input: { enabled: true,
       slotMinutes: 30, capacityPerSlot: 3, horizonDays: 14, leadMinutes: 0,
       earlyCheckInMinutes: 30, lateCheckInMinutes: 15 }) { id } }`,
    { serviceId },
    { token: hall.tokens.admin },
  );
  expect(settings.errors).toBeUndefined();
});
afterAll(async () => {
  await testApp?.close();
});

describe('checkInAppointment', () => {
  it('before the window: TOO_EARLY with the time it opens, and nothing written', async () => {
    testApp.clock.set(at(9, 30).getTime());
    const booked = await book(at(11, 0));
    const before = await ticketCount();
    const result = await checkIn(booked.appointment.checkInCode);
    expectRefused(result, 'TOO_EARLY');
    expect(result.errors![0]!.extensions?.opensAt).toBe(at(10, 30).toISOString());
    expect(await ticketCount()).toBe(before);
    expect((await appointmentRow(booked.appointment.id)).status).toBe('BOOKED');
  });

  it('inside the window: a ticket queued at the slot start; the same code, or the manage code, again → the same ticket', async () => {
    testApp.clock.set(at(9, 30).getTime());
    const booked = await book(at(10, 0));
    testApp.clock.set(at(9, 50).getTime());
    const first = succeeded(await checkIn(booked.appointment.checkInCode), 'checkInAppointment');
    expect(first.ticket).toMatchObject({
      channel: 'APPOINTMENT',
      status: 'WAITING',
      issuedAt: at(9, 50).toISOString(),
      queuedAt: at(10, 0).toISOString(),
      appointment: { id: booked.appointment.id, slotStart: at(10, 0).toISOString(), status: 'CHECKED_IN' },
    });
    const row = await appointmentRow(booked.appointment.id);
    expect(row).toMatchObject({ status: 'CHECKED_IN', ticket_id: first.ticket.id });
    expect(new Date(row.checked_in_at!).toISOString()).toBe(at(9, 50).toISOString());

    const count = await ticketCount();
    testApp.clock.set(at(9, 52).getTime());
    const again = succeeded(await checkIn(` ${booked.appointment.checkInCode} `), 'checkInAppointment');
    const scanned = succeeded(
      await checkIn(`https://hall.example.cn/b/${booked.manageCode}`),
      'checkInAppointment',
    );
    for (const answer of [again, scanned]) {
      expect(answer.ticket.id).toBe(first.ticket.id);
      expect(answer.accessCode).toBe(first.accessCode);
    }
    expect(await ticketCount()).toBe(count);

    const view = await testApp.graphql<{ myAppointment: { status: string; ticket: { number: string } } }>(
      'query($code: String!) { myAppointment(manageCode: $code) { status ticket { number } } }',
      { code: booked.manageCode },
    );
    expect(view.data?.myAppointment).toEqual({
      status: 'CHECKED_IN',
      ticket: { number: first.ticket.number },
    });
  });

  it('the same code five times at once → one ticket, the same answer to all', async () => {
    testApp.clock.set(at(9, 30).getTime());
    const booked = await book(at(10, 0));
    const count = await ticketCount();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => checkIn(booked.appointment.checkInCode)),
    );
    const ids = answers.map((answer) => succeeded(answer, 'checkInAppointment').ticket.id);
    expect(new Set(ids).size).toBe(1);
    expect(await ticketCount()).toBe(count + 1);
  });

  it('at the last instant of the window it checks in; a moment later the appointment is MISSED and a walk-in ticket still issues', async () => {
    testApp.clock.set(at(9, 30).getTime());
    const onTime = await book(at(10, 30));
    const late = await book(at(10, 30));
    testApp.clock.set(at(10, 45).getTime());
    succeeded(await checkIn(onTime.appointment.checkInCode), 'checkInAppointment');
    testApp.clock.set(at(10, 45).getTime() + 1);
    const count = await ticketCount();
    expectRefused(await checkIn(late.appointment.checkInCode), 'INVALID_TRANSITION', 'MISSED');
    expect(await ticketCount()).toBe(count);
    expect((await appointmentRow(late.appointment.id)).status).toBe('MISSED');
    const listed = await testApp.graphql<{ appointments: { id: string; status: string }[] }>(
      'query($hallId: ID!, $date: String!) { appointments(hallId: $hallId, date: $date, status: MISSED) { id status } }',
      { hallId: hall.hall.id, date: today },
      { token: hall.tokens.clerk },
    );
    expect(listed.data?.appointments.map((appointment) => appointment.id)).toContain(late.appointment.id);
    const walkIn = await testApp.graphql(
      mutations.issue,
      { input: { hallId: hall.hall.id, serviceId } },
      {
        token: hall.tokens.kiosk,
      },
    );
    expect(walkIn.errors).toBeUndefined();
  });

  it('an appointment past its window is MISSED for whoever reads it first, with no job run', async () => {
    testApp.clock.set(at(9, 30).getTime());
    const booked = await book(at(12, 0));
    testApp.clock.set(at(12, 16).getTime());
    const view = await testApp.graphql<{ myAppointment: { status: string } }>(
      'query($code: String!) { myAppointment(manageCode: $code) { status } }',
      { code: booked.manageCode },
    );
    expect(view.data?.myAppointment.status).toBe('MISSED');
  });

  it('refuses a cancelled appointment, an unknown code, an empty one, another hall and a display', async () => {
    testApp.clock.set(at(9, 30).getTime());
    const booked = await book(at(10, 0));
    const cancelled = await testApp.graphql(
      'mutation($code: String!) { cancelAppointment(manageCode: $code) { status } }',
      { code: booked.manageCode },
    );
    expect(cancelled.errors).toBeUndefined();
    testApp.clock.set(at(9, 55).getTime());
    expectRefused(await checkIn(booked.appointment.checkInCode), 'INVALID_TRANSITION', 'CANCELLED');
    expectRefused(await checkIn('999999x'), 'NOT_FOUND');
    expectRefused(await checkIn('   '), 'BAD_USER_INPUT');
    expectRefused(await checkIn(booked.appointment.checkInCode, hall.tokens.display), 'FORBIDDEN');
    const other = await createHallFixture(testApp, { serviceCount: 1, counterCount: 1 });
    const elsewhere = await testApp.graphql(
      checkInMutation,
      { hallId: other.hall.id, code: booked.manageCode },
      { token: other.tokens.kiosk },
    );
    expectRefused(elsewhere, 'NOT_FOUND');
  });
});

describe('an appointment ticket comes only from a check-in', () => {
  it('refuses issueTicket on the APPOINTMENT channel, naming the field, and writes nothing', async () => {
    testApp.clock.set(at(9, 30).getTime());
    const before = await ticketCount();
    const refused = await testApp.graphql(
      mutations.issue,
      { input: { hallId: hall.hall.id, serviceId, channel: 'APPOINTMENT' } },
      { token: hall.tokens.clerk },
    );
    expectRefused(refused, 'BAD_USER_INPUT');
    expect(refused.errors![0]!.extensions?.field).toBe('channel');
    expect(await ticketCount()).toBe(before);
  });

  it('checks in after the service stopped issuing for the day: the seat was promised', async () => {
    // A hall of its own whose service is open 08:00–17:00 every day and stops issuing at 16:00.
    const late = await createHallFixture(testApp, { serviceCount: 1, counterCount: 1 });
    const lateService = late.services[0]!.id;
    const admin = async (query: string, variables: Record<string, unknown>) =>
      expect((await testApp.graphql(query, variables, { token: late.tokens.admin })).errors).toBeUndefined();
    await admin(
      `mutation($hallId: ID!, $serviceId: ID, $hours: [WeeklyHoursInput!]!) {
         setWeeklyHours(hallId: $hallId, serviceId: $serviceId, hours: $hours) { weekday } }`,
      {
        hallId: late.hall.id,
        serviceId: lateService,
        hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
          weekday,
          periods: [{ opens: '08:00', closes: '17:00' }],
        })),
      },
    );
    await admin(
      'mutation($id: ID!) { updateService(serviceId: $id, input: { code: "service-0", name: "业务 0", prefix: "A", lastIssueMinutesBeforeClose: 60 }) { id } }',
      { id: lateService },
    );
    await admin(
      `mutation($serviceId: ID!) { setAppointmentSettings(serviceId: $serviceId, input: { enabled: true,
         slotMinutes: 30, capacityPerSlot: 3, horizonDays: 14, leadMinutes: 0 }) { id } }`,
      { serviceId: lateService },
    );
    testApp.clock.set(at(9, 30).getTime());
    const booked = succeeded(
      await testApp.graphql<{ bookAppointment: Booked }>(bookMutation, {
        input: {
          hallId: late.hall.id,
          serviceId: lateService,
          slotStart: at(16, 30).toISOString(),
          phone: freshPhone(),
        },
      }),
      'bookAppointment',
    );
    testApp.clock.set(at(16, 25).getTime());
    expectRefused(
      await testApp.graphql(
        mutations.issue,
        { input: { hallId: late.hall.id, serviceId: lateService } },
        { token: late.tokens.kiosk },
      ),
      'SERVICE_CLOSED',
    );
    const checkedIn = succeeded(
      await testApp.graphql<{ checkInAppointment: CheckedIn }>(
        checkInMutation,
        { hallId: late.hall.id, code: booked.appointment.checkInCode },
        { token: late.tokens.kiosk },
      ),
      'checkInAppointment',
    );
    expect(checkedIn.ticket).toMatchObject({ channel: 'APPOINTMENT', queuedAt: at(16, 30).toISOString() });
  });
});

describe('an appointment in the call order', () => {
  it('is called at its booked time: after walk-ins who came before it, before those who came after', async () => {
    const order = await createHallFixture(testApp, { serviceCount: 1, counterCount: 1, openCounters: true });
    const service = order.services[0]!.id;
    const counter = order.counters[0]!.id;
    const enabled = await testApp.graphql(
      `mutation($serviceId: ID!) { setAppointmentSettings(serviceId: $serviceId, input: { enabled: true,
         slotMinutes: 30, capacityPerSlot: 3, horizonDays: 14, leadMinutes: 0 }) { id } }`,
      { serviceId: service },
      { token: order.tokens.admin },
    );
    expect(enabled.errors).toBeUndefined();
    testApp.clock.set(at(9, 0).getTime());
    const bookOne = async (slot: Date) =>
      succeeded(
        await testApp.graphql<{ bookAppointment: Booked }>(bookMutation, {
          input: {
            hallId: order.hall.id,
            serviceId: service,
            slotStart: slot.toISOString(),
            phone: freshPhone(),
          },
        }),
        'bookAppointment',
      );
    const early = await bookOne(at(10, 0));
    const late = await bookOne(at(10, 30));
    const walkIn = async () =>
      succeeded(
        await testApp.graphql<{ issueTicket: { ticket: { id: string } } }>(
          mutations.issue,
          { input: { hallId: order.hall.id, serviceId: service } },
          { token: order.tokens.kiosk },
        ),
        'issueTicket',
      ).ticket.id;
    const arrive = async (code: string) =>
      succeeded(
        await testApp.graphql<{ checkInAppointment: CheckedIn }>(
          checkInMutation,
          { hallId: order.hall.id, code },
          { token: order.tokens.kiosk },
        ),
        'checkInAppointment',
      ).ticket.id;

    testApp.clock.set(at(9, 50).getTime());
    const earlyTicket = await arrive(early.appointment.checkInCode); // in at 09:50 for 10:00
    testApp.clock.set(at(9, 55).getTime());
    const beforeSlot = await walkIn(); // came before 10:00
    testApp.clock.set(at(10, 5).getTime());
    const afterSlot = await walkIn(); // came after 10:00, before 10:30
    testApp.clock.set(at(10, 35).getTime());
    const afterLateSlot = await walkIn(); // came after 10:30
    testApp.clock.set(at(10, 40).getTime());
    const lateTicket = await arrive(late.appointment.checkInCode); // in at 10:40, still for 10:30

    testApp.clock.set(at(10, 41).getTime());
    const called: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const ticket = succeeded(
        await testApp.graphql<{ callNext: { id: string } }>(
          mutations.callNext,
          { counterId: counter },
          {
            token: order.tokens.clerk,
          },
        ),
        'callNext',
      );
      called.push(ticket.id);
      succeeded(
        await testApp.graphql(
          mutations.completeTicket,
          { ticketId: ticket.id },
          { token: order.tokens.clerk },
        ),
        'completeTicket',
      );
    }
    expect(called).toEqual([beforeSlot, earlyTicket, afterSlot, lateTicket, afterLateSlot]);
  });
});

describe('the wait estimate of a walk-in', () => {
  it('counts a booked appointment whose slot began before it came, as one more ahead', async () => {
    const enable = async (fixture: HallFixture) => {
      const result = await testApp.graphql(
        `mutation($serviceId: ID!) { setAppointmentSettings(serviceId: $serviceId, input: { enabled: true,
           slotMinutes: 30, capacityPerSlot: 3, horizonDays: 14, leadMinutes: 0 }) { id } }`,
        { serviceId: fixture.services[0]!.id },
        { token: fixture.tokens.admin },
      );
      expect(result.errors).toBeUndefined();
    };
    const walkIn = async (fixture: HallFixture) =>
      succeeded(
        await testApp.graphql<{
          issueTicket: { peopleAhead: number; estimate: { p50Minutes: number; p90Minutes: number } };
        }>(
          'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { peopleAhead estimate { p50Minutes p90Minutes } } }',
          { input: { hallId: fixture.hall.id, serviceId: fixture.services[0]!.id } },
          { token: fixture.tokens.kiosk },
        ),
        'issueTicket',
      );
    // Two halls alike: one with a 10:00 appointment not checked in yet, one with a walk-in ahead.
    const withAppointment = await createHallFixture(testApp, {
      serviceCount: 1,
      counterCount: 1,
      openCounters: true,
    });
    const withWalkIn = await createHallFixture(testApp, {
      serviceCount: 1,
      counterCount: 1,
      openCounters: true,
    });
    await enable(withAppointment);
    testApp.clock.set(at(9, 0).getTime());
    const booked = await testApp.graphql(bookMutation, {
      input: {
        hallId: withAppointment.hall.id,
        serviceId: withAppointment.services[0]!.id,
        slotStart: at(10, 0).toISOString(),
        phone: freshPhone(),
      },
    });
    expect(booked.errors).toBeUndefined();
    testApp.clock.set(at(10, 4).getTime());
    const alone = await walkIn(withWalkIn);
    testApp.clock.set(at(10, 5).getTime());
    const behindWalkIn = await walkIn(withWalkIn);
    const behindAppointment = await walkIn(withAppointment);
    expect(behindAppointment.peopleAhead).toBe(0);
    expect(behindWalkIn.peopleAhead).toBe(1);
    expect(behindAppointment.estimate).toEqual(behindWalkIn.estimate);
    expect(behindAppointment.estimate.p50Minutes).toBeGreaterThan(alone.estimate.p50Minutes);
  });
});

describe('online booking after missed appointments', () => {
  it('three missed in 90 days close online booking to the phone for 30 days; staff still book for it', async () => {
    testApp.clock.set(at(9, 0).getTime());
    const phone = freshPhone();
    for (const days of [1, 2, 3]) await book(at(10, 0, days), phone);
    testApp.clock.set(at(12, 0, 3).getTime());
    const refused = await testApp.graphql(bookMutation, {
      input: { hallId: hall.hall.id, serviceId, slotStart: at(15, 0, 4).toISOString(), phone },
    });
    expectRefused(refused, 'QUOTA_REACHED');
    expect(refused.errors![0]!.extensions?.quota).toBe('missedAppointments');
    const byStaff = await book(at(15, 0, 4), phone, await testApp.login('admin', testAdminPassword));
    expect(byStaff.appointment.status).toBe('BOOKED');

    // The staff's booking is missed too: 30 days after that fourth miss the phone books online again.
    testApp.clock.set(at(15, 0, 34).getTime() - minute);
    expectRefused(
      await testApp.graphql(bookMutation, {
        input: { hallId: hall.hall.id, serviceId, slotStart: at(15, 0, 35).toISOString(), phone },
      }),
      'QUOTA_REACHED',
    );
    testApp.clock.set(at(15, 0, 34).getTime() + minute);
    await book(at(15, 0, 35), phone);
  });
});
