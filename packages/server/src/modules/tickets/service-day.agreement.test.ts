import { addDays, serviceDayOf, serviceDayRange, startOfServiceDay } from '@onestop/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHallFixture } from '../../../test/support/hall-fixture.js';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';
import { runSql, sql } from '../../db/sql.js';

/**
 * The server and the apps take the service day from one function of packages/shared; the server
 * also reads it in PostgreSQL (issuing's readings, statistics by day), from the same time zone
 * names. Both must agree with that function, above all where days start oddly.
 */

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(async () => {
  await testApp?.close();
});

// Zones whose days start oddly: a midnight skipped (Santiago, Asunción), repeated (Havana), DST at
// 02:00 (Los Angeles, Berlin), half-hour DST (Lord Howe), no DST (Shanghai, Kolkata), +14 h.
const zones = [
  'Asia/Shanghai',
  'America/Santiago',
  'America/Havana',
  'America/Los_Angeles',
  'Europe/Berlin',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Pacific/Kiritimati',
  'America/Asuncion',
];

describe('the service day, on the server and in the apps', () => {
  it('reads in PostgreSQL the same day as packages/shared: every day 2020–2030 from its first instant, and the day before a millisecond earlier', async () => {
    const checked: { zone: string; instant: string; day: string }[] = [];
    for (const zone of zones) {
      for (let day = '2020-01-01'; day <= '2030-12-31'; day = addDays(day, 1)) {
        const start = startOfServiceDay(day, zone).getTime();
        checked.push({ zone, instant: new Date(start).toISOString(), day });
        checked.push({ zone, instant: new Date(start - 1).toISOString(), day: addDays(day, -1) });
      }
    }
    const rows = await runSql<{ position: number; day: string }>(
      testApp.app.orm.em.fork(),
      sql`SELECT position::int, (instant AT TIME ZONE zone)::date::text AS day
          FROM unnest(${checked.map((each) => each.zone)}::text[], ${checked.map((each) => each.instant)}::timestamptz[])
            WITH ORDINALITY AS checked(zone, instant, position)
          ORDER BY position`,
    );
    const disagreements = rows
      .filter((row) => row.day !== checked[row.position - 1]!.day)
      .map((row) => ({ ...checked[row.position - 1]!, postgres: row.day }));
    expect(disagreements).toEqual([]);
    expect(rows).toHaveLength(zones.length * 4018 * 2);
  });

  it('issues on the day the shared function names, where the apps once put the start an hour early (Santiago, 2024-09-08)', async () => {
    const timezone = 'America/Santiago';
    // Midnight is skipped: 2024-09-08 starts at 01:00 −03, 04:00Z; an earlier copy said 03:00Z.
    const dayStart = Date.parse('2024-09-08T04:00:00.000Z');
    testApp.clock.set(dayStart - 60 * 60_000);
    const fixture = await createHallFixture(testApp, { serviceCount: 1, counterCount: 1, timezone });
    const issueAt = async (instant: number) => {
      testApp.clock.set(instant);
      const response = await testApp.graphql<{ issueTicket: { ticket: { id: string; number: string } } }>(
        'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { id number } } }',
        { input: { hallId: fixture.hall.id, serviceId: fixture.services[0]!.id } },
        { token: fixture.tokens.kiosk },
      );
      const { id, number } = response.data!.issueTicket.ticket;
      // The API does not show the service day; the ticket row keeps it.
      const [row] = await runSql<{ service_day: string }>(
        testApp.app.orm.em.fork(),
        sql`SELECT service_day::text FROM ticket WHERE id = ${id}::uuid`,
      );
      return { number, serviceDay: row!.service_day };
    };

    const beforeTheJump = await issueAt(dayStart - 30 * 60_000);
    const lastOfTheDay = await issueAt(dayStart - 1);
    const firstOfTheDay = await issueAt(dayStart);
    expect([beforeTheJump, lastOfTheDay, firstOfTheDay]).toEqual([
      { number: 'A001', serviceDay: '2024-09-07' },
      { number: 'A002', serviceDay: '2024-09-07' },
      { number: 'A001', serviceDay: '2024-09-08' },
    ]);
    for (const [instant, ticket] of [
      [dayStart - 1, lastOfTheDay],
      [dayStart, firstOfTheDay],
    ] as const) {
      expect(ticket.serviceDay).toBe(serviceDayOf(instant, timezone));
    }
    // The apps' day (the workstation's own figures) starts where the server's numbering restarted.
    expect(serviceDayRange(new Date(dayStart + 3_600_000), timezone).from).toBe(
      new Date(dayStart).toISOString(),
    );
  });
});
