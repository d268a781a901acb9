import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHallFixture, type HallFixture } from '../../../test/support/hall-fixture.js';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';

// A kiosk cannot issue faster than KIOSK_ISSUES_PER_MINUTE, nor one address try access codes faster
// than ACCESS_CODE_REQUESTS_PER_MINUTE, nor book without a login faster than ONLINE_BOOKINGS_PER_MINUTE:
// RATE_LIMITED with the seconds to wait, and nothing written.

let testApp: TestApp;
let fixture: HallFixture;
beforeAll(async () => {
  testApp = await startTestApp({
    kioskIssuesPerMinute: 3,
    accessCodeRequestsPerMinute: 4,
    onlineBookingsPerMinute: 2,
  });
  fixture = await createHallFixture(testApp, { serviceCount: 1, counterCount: 1 });
});
afterAll(async () => {
  await testApp?.close();
});

async function issue(token: string) {
  return await testApp.graphql<{ issueTicket: { accessCode: string; ticket: { number: string } } }>(
    'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { accessCode ticket { number } } }',
    { input: { hallId: fixture.hall.id, serviceId: fixture.services[0]!.id } },
    { token },
  );
}

async function ticketCount(): Promise<number> {
  const rows = await testApp.app.orm.em
    .fork()
    .execute<{ count: number }[]>('SELECT count(*)::int AS count FROM ticket WHERE hall_id = ?', [
      fixture.hall.id,
    ]);
  return rows[0]!.count;
}

describe('request limits', () => {
  it('let a kiosk issue its quota per minute, then refuse until the minute is over', async () => {
    for (let index = 0; index < 3; index += 1)
      expect((await issue(fixture.tokens.kiosk)).errors).toBeUndefined();
    const refused = await issue(fixture.tokens.kiosk);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(await ticketCount()).toBe(3);
    // Staff issuing for a citizen at the desk are not a kiosk.
    expect((await issue(fixture.tokens.clerk)).errors).toBeUndefined();
    testApp.clock.advance(61_000);
    expect((await issue(fixture.tokens.kiosk)).errors).toBeUndefined();
    expect(await ticketCount()).toBe(5);
  });

  it('let one address try its quota of access codes per minute', async () => {
    testApp.clock.advance(61_000);
    const issued = await issue(fixture.tokens.kiosk);
    const code = issued.data!.issueTicket.accessCode;
    const myTicket = () =>
      testApp.graphql<{ myTicket: { number: string } | null }>(
        'query($code: String!) { myTicket(accessCode: $code) { number } }',
        { code },
      );
    for (let index = 0; index < 4; index += 1) expect((await myTicket()).errors).toBeUndefined();
    const refused = await myTicket();
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const cancel = await testApp.graphql(
      'mutation($code: String!) { cancelTicket(accessCode: $code) { status } }',
      {
        code,
      },
    );
    expect(cancel.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    testApp.clock.advance(61_000);
    expect((await myTicket()).data?.myTicket?.number).toBe(issued.data!.issueTicket.ticket.number);
  });

  it('let one address book its quota of appointments without a login per minute; staff booking for callers are not limited', async () => {
    const service = fixture.services[0]!;
    const settings = await testApp.graphql(
      'mutation($id: ID!) { setAppointmentSettings(serviceId: $id, input: { enabled: true, capacityPerSlot: 50, leadMinutes: 0 }) { id } }',
      { id: service.id },
      { token: fixture.tokens.admin },
    );
    expect(settings.errors).toBeUndefined();
    const tomorrowAtTen = new Date(testApp.clock.now().getTime() + 86_400_000);
    tomorrowAtTen.setUTCHours(2, 0, 0, 0);
    let phone = 13_700_000_000;
    const book = (token?: string) =>
      testApp.graphql(
        'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { manageCode } }',
        {
          input: {
            hallId: fixture.hall.id,
            serviceId: service.id,
            slotStart: tomorrowAtTen.toISOString(),
            phone: String((phone += 1)),
          },
        },
        token ? { token } : {},
      );
    const booked = async () =>
      (
        await testApp.app.orm.em
          .fork()
          .execute<{ count: number }[]>('SELECT count(*)::int AS count FROM appointment')
      )[0]!.count;
    for (let index = 0; index < 2; index += 1) expect((await book()).errors).toBeUndefined();
    const refused = await book();
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(await booked()).toBe(2);
    expect((await book(fixture.tokens.clerk)).errors).toBeUndefined();
    testApp.clock.advance(61_000);
    expect((await book()).errors).toBeUndefined();
    expect(await booked()).toBe(4);
  });
});
