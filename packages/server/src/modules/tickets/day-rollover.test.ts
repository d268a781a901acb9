import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHallFixture } from '../../../test/support/hall-fixture.js';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(async () => {
  await testApp?.close();
});

// 23:59:59 local on 2026-11-24, in a zone east of UTC and one west of it.
describe.each([
  { timezone: 'Asia/Shanghai', lastSecond: '2026-11-24T15:59:59.000Z' },
  { timezone: 'America/Los_Angeles', lastSecond: '2026-11-25T07:59:59.000Z' },
])('the service day in $timezone', ({ timezone, lastSecond }) => {
  it('restarts numbering at local midnight and expires what was left of the day before, without a job', async () => {
    // Staff log in after the clock is set: a session lasts 12 hours.
    testApp.clock.set(Date.parse(lastSecond) - 60_000);
    const fixture = await createHallFixture(testApp, {
      serviceCount: 1,
      counterCount: 1,
      openCounters: true,
      timezone,
    });
    const issue = async () =>
      (
        await testApp.graphql<{ issueTicket: { ticket: { id: string; number: string } } }>(
          'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { id number } } }',
          { input: { hallId: fixture.hall.id, serviceId: fixture.services[0]!.id } },
          { token: fixture.tokens.kiosk },
        )
      ).data!.issueTicket.ticket;

    const first = await issue();
    testApp.clock.set(Date.parse(lastSecond));
    const last = await issue();
    expect([first.number, last.number]).toEqual(['A001', 'A002']);

    testApp.clock.advance(1000); // 00:00:00 local
    const queue = await testApp.graphql<{ queue: unknown[] }>(
      'query($hallId: ID!) { queue(hallId: $hallId) { id } }',
      { hallId: fixture.hall.id },
      { token: fixture.tokens.clerk },
    );
    expect(queue.data!.queue).toEqual([]);
    const morning = await issue();
    expect(morning.number).toBe('A001');

    // Yesterday's tickets are not called: they expired when the day's first write ran.
    const called = await testApp.graphql<{ callNext: { id: string } }>(
      'mutation($counterId: ID!) { callNext(counterId: $counterId) { id } }',
      { counterId: fixture.counters[0]!.id },
      { token: fixture.tokens.clerk },
    );
    expect(called.data!.callNext.id).toBe(morning.id);
    const statuses = await testApp.app.orm.em
      .fork()
      .execute<{ number: string; status: string; service_day: string }[]>(
        `SELECT t.number, s.status, to_char(s.service_day, 'YYYY-MM-DD') AS service_day FROM ticket t JOIN segment s ON s.ticket_id = t.id
         WHERE t.hall_id = ? ORDER BY t.issued_at`,
        [fixture.hall.id],
      );
    expect(statuses).toEqual([
      { number: 'A001', status: 'EXPIRED', service_day: '2026-11-24' },
      { number: 'A002', status: 'EXPIRED', service_day: '2026-11-24' },
      { number: 'A001', status: 'CALLED', service_day: '2026-11-25' },
    ]);
    const expiredEvents = await testApp.app.orm.em
      .fork()
      .execute<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM hall_event WHERE hall_id = ? AND type = 'TICKET_EXPIRED'`,
        [fixture.hall.id],
      );
    expect(expiredEvents[0]!.count).toBe(2);
  });
});
