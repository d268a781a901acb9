import { instantAtLocalTime } from '@onestop/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHallFixture, type HallFixture } from '../../../test/support/hall-fixture.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../../../test/support/test-app.js';

/**
 * Appointments in the statistics (docs/domain.md, "Appointments"): booked and missed per row,
 * `groupBy: CHANNEL` beside walk-ins, an appointment's wait from its slot's start, and the CSV.
 * One day on the test clock (Tuesday 24 November 2026 in Shanghai).
 */

let testApp: TestApp;
let fixture: HallFixture;
const day = '2026-11-24';
const at = (hour: number, minute = 0): Date => instantAtLocalTime(day, hour * 60 + minute, 'Asia/Shanghai');

async function ok<Data>(promise: Promise<GraphQLResponse<Data>>): Promise<Data> {
  const result = await promise;
  expect(result.errors).toBeUndefined();
  return result.data!;
}

interface Row {
  key: string;
  label: string;
  issued: number;
  p50WaitSeconds: number | null;
  appointmentsBooked: number;
  appointmentsMissed: number;
}

async function rows(groupBy: string, extra = ''): Promise<Row[]> {
  const data = await ok(
    testApp.graphql<{ waitStats: Row[] }>(
      `query($hallId: ID!, $from: DateTime!, $to: DateTime!) { waitStats(input: { hallId: $hallId,
         from: $from, to: $to, groupBy: ${groupBy} ${extra} }) {
         key label issued p50WaitSeconds appointmentsBooked appointmentsMissed } }`,
      { hallId: fixture.hall.id, from: at(0).toISOString(), to: at(24).toISOString() },
      { token: fixture.tokens.admin, locale: 'en' },
    ),
  );
  return data.waitStats;
}

beforeAll(async () => {
  testApp = await startTestApp();
  fixture = await createHallFixture(testApp, { serviceCount: 1, counterCount: 1, openCounters: true });
  const serviceId = fixture.services[0]!.id;
  await ok(
    testApp.graphql(
      `mutation($serviceId: ID!) { setAppointmentSettings(serviceId: $serviceId, input: { enabled: true,
         slotMinutes: 30, capacityPerSlot: 3, horizonDays: 7, leadMinutes: 0 }) { id } }`,
      { serviceId },
      { token: fixture.tokens.admin },
    ),
  );
  testApp.clock.set(at(9, 30).getTime());
  let phone = 13_600_000_000;
  const book = async (hour: number, minute: number) =>
    (
      await ok(
        testApp.graphql<{ bookAppointment: { manageCode: string } }>(
          `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { manageCode } }`,
          {
            input: {
              hallId: fixture.hall.id,
              serviceId,
              slotStart: at(hour, minute).toISOString(),
              phone: String((phone += 1)),
            },
          },
        ),
      )
    ).bookAppointment.manageCode;
  const comes = await book(10, 0);
  await book(11, 0); // never comes: MISSED once its window closes
  const cancels = await book(11, 30);
  await ok(
    testApp.graphql('mutation($c: String!) { cancelAppointment(manageCode: $c) { id } }', { c: cancels }),
  );

  const clerk = (query: string, variables: Record<string, unknown>) =>
    ok(testApp.graphql<Record<string, { id: string }>>(query, variables, { token: fixture.tokens.clerk }));
  // Checked in at 09:50 for 10:00 and called at 09:52, before its slot: it waited 0, not −8 minutes.
  testApp.clock.set(at(9, 50).getTime());
  await ok(
    testApp.graphql(
      'mutation($h: ID!, $c: String!) { checkInAppointment(hallId: $h, code: $c) { ticket { id } } }',
      { h: fixture.hall.id, c: comes },
      { token: fixture.tokens.kiosk },
    ),
  );
  testApp.clock.set(at(9, 52).getTime());
  const counterId = fixture.counters[0]!.id;
  const first = await clerk('mutation($c: ID!) { callNext(counterId: $c) { id } }', { c: counterId });
  await clerk('mutation($t: ID!) { completeTicket(ticketId: $t) { id } }', { t: first['callNext']!.id });
  // A walk-in at 10:00, called at 10:06.
  testApp.clock.set(at(10, 0).getTime());
  await ok(
    testApp.graphql(
      'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { id } } }',
      { input: { hallId: fixture.hall.id, serviceId } },
      { token: fixture.tokens.kiosk },
    ),
  );
  testApp.clock.set(at(10, 6).getTime());
  await clerk('mutation($c: ID!) { callNext(counterId: $c) { id } }', { c: counterId });
  testApp.clock.set(at(12, 0).getTime());
});
afterAll(async () => {
  await testApp?.close();
});

describe('appointments in waitStats', () => {
  it('groups by channel: walk-ins and appointments side by side, the appointment waiting from its slot', async () => {
    const byChannel = await rows('CHANNEL');
    expect(byChannel.map((row) => [row.key, row.label, row.issued, row.p50WaitSeconds])).toEqual(
      expect.arrayContaining([
        ['KIOSK', 'Walk-in', 1, 360],
        ['APPOINTMENT', 'Appointment', 1, 0],
      ]),
    );
    expect(byChannel.find((row) => row.key === 'APPOINTMENT')).toMatchObject({
      appointmentsBooked: 2,
      appointmentsMissed: 1,
    });
    expect(byChannel.find((row) => row.key === 'KIOSK')).toMatchObject({
      appointmentsBooked: 0,
      appointmentsMissed: 0,
    });
  });

  it('counts booked (not cancelled) and missed appointments per service, hall, day and slot hour', async () => {
    expect(await rows('SERVICE')).toMatchObject([{ appointmentsBooked: 2, appointmentsMissed: 1 }]);
    expect(await rows('HALL')).toMatchObject([{ appointmentsBooked: 2, appointmentsMissed: 1 }]);
    expect(await rows('DAY')).toMatchObject([{ key: day, appointmentsBooked: 2, appointmentsMissed: 1 }]);
    const byHour = await rows('HOUR_OF_DAY');
    // The appointment's ticket is in the hour of its slot (10:00), not of its check-in (09:50).
    expect(
      byHour.map((row) => [row.key, row.issued, row.appointmentsBooked, row.appointmentsMissed]),
    ).toEqual([
      ['10', 2, 1, 0],
      ['11', 0, 1, 1],
    ]);
  });

  it('counts none in counter rows, nor when the report is filtered by counter', async () => {
    for (const row of await rows('COUNTER')) expect(row.appointmentsBooked).toBe(0);
    const filtered = await rows('SERVICE', `, counterIds: ["${fixture.counters[0]!.id}"]`);
    expect(filtered[0]).toMatchObject({ appointmentsBooked: 0, appointmentsMissed: 0 });
  });

  it('writes both counts in the CSV', async () => {
    const data = await ok(
      testApp.graphql<{ waitStatsCsv: string }>(
        `query($hallId: ID!, $from: DateTime!, $to: DateTime!) { waitStatsCsv(input: { hallId: $hallId,
           from: $from, to: $to, groupBy: CHANNEL }) }`,
        { hallId: fixture.hall.id, from: at(0).toISOString(), to: at(24).toISOString() },
        { token: fixture.tokens.admin, locale: 'en' },
      ),
    );
    const [header, ...lines] = data.waitStatsCsv.replace('\uFEFF', '').trim().split('\r\n');
    expect(header).toMatch(/^Channel,.*,Appointments booked,Appointments missed$/);
    expect(lines.find((line) => line.startsWith('Appointment,APPOINTMENT,'))).toMatch(/,2,1$/);
  });
});
