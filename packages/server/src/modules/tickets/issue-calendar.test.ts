import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startAdministrationApp,
  type AdministrationFixture,
} from '../../../test/support/administration-fixture.js';
import { databaseSnapshot } from '../../../test/support/database-snapshot.js';
import type { TestApp } from '../../../test/support/test-app.js';
import { withinOpeningHours } from './wait-estimate.js';

/**
 * Issuing follows the calendar (docs/domain.md, "Calendar"): across a day with an injected clock —
 * before opening, during, in the 停止取号 minutes, in the lunch break, after closing, on a holiday,
 * on a swapped Saturday — in Asia/Shanghai and in a zone with DST. A refusal is SERVICE_CLOSED with
 * extensions.opensAt and writes nothing.
 */

let testApp: TestApp;
let adminToken: string;
let fixture: AdministrationFixture;
const ids: Record<string, { hallId: string; serviceId: string }> = {};

const createHall = `mutation($input: CreateHallInput!) { createHall(input: $input) { id } }`;
const createService = `mutation($hallId: ID!, $input: ServiceInput!) { createService(hallId: $hallId, input: $input) { id } }`;
const setWeeklyHours = `mutation($hallId: ID!, $serviceId: ID, $hours: [WeeklyHoursInput!]!) {
  setWeeklyHours(hallId: $hallId, serviceId: $serviceId, hours: $hours) { weekday } }`;
const setExceptions = `mutation($hallId: ID!, $exceptions: [CalendarExceptionInput!]!) {
  setCalendarExceptions(hallId: $hallId, exceptions: $exceptions) { date } }`;
const issue = `mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { number } estimate { p50Minutes p90Minutes } } }`;

const workday = [
  { opens: '09:00', closes: '12:00' },
  { opens: '13:30', closes: '17:30' },
];

async function send<Data>(query: string, variables: Record<string, unknown>): Promise<Data> {
  const result = await testApp.graphql<Data>(query, variables, { token: adminToken });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

async function makeHall(code: string, timezone: string): Promise<void> {
  const { createHall: hall } = await send<{ createHall: { id: string } }>(createHall, {
    input: { code, name: code, timezone },
  });
  const { createService: service } = await send<{ createService: { id: string } }>(createService, {
    hallId: hall.id,
    input: { code: 'permits', name: 'Permits', prefix: 'P', lastIssueMinutesBeforeClose: 30 },
  });
  await send(setWeeklyHours, {
    hallId: hall.id,
    hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, periods: workday })),
  });
  await send(setExceptions, {
    hallId: hall.id,
    exceptions: [
      { date: '2026-10-01', periods: [], note: '国庆节' },
      { date: '2026-10-10', periods: workday, note: '调休上班' },
    ],
  });
  ids[code] = { hallId: hall.id, serviceId: service.id };
}

beforeAll(async () => {
  ({ testApp, adminToken, fixture } = await startAdministrationApp());
  await makeHall('SH', 'Asia/Shanghai');
  await makeHall('NY', 'America/New_York');
});
afterAll(async () => {
  await testApp?.close();
});

async function issueAt(code: string, instant: string) {
  testApp.clock.set(Date.parse(instant));
  return await testApp.graphql<{ issueTicket: { ticket: { number: string } } }>(
    issue,
    { input: { hallId: ids[code]!.hallId, serviceId: ids[code]!.serviceId } },
    { token: adminToken },
  );
}

describe.each([
  ['SH', '+08:00'],
  // New York on 2026-11-02 (Monday) is just past the end of DST (2026-11-01): UTC−5.
  ['NY', '-05:00'],
])('in hall %s (%s)', (code, offset) => {
  const monday = code === 'SH' ? '2026-10-12' : '2026-11-02';
  const tuesday = code === 'SH' ? '2026-10-13' : '2026-11-03';
  it.each([
    ['before opening', '08:59', `${monday}T09:00:00`],
    ['at opening', '09:00', null],
    ['in the morning', '11:29', null],
    ['in the 停止取号 minutes', '11:30', `${monday}T13:30:00`],
    ['in the lunch break', '12:30', `${monday}T13:30:00`],
    ['after lunch', '13:30', null],
    ['in the last minutes of the day', '17:05', `${tuesday}T09:00:00`],
    ['after closing', '18:00', `${tuesday}T09:00:00`],
    ['at 3 a.m.', '03:00', `${monday}T09:00:00`],
  ])('%s (%s)', async (_label, time, opensAt) => {
    const before = opensAt ? await databaseSnapshot(testApp) : null;
    const result = await issueAt(code, `${monday}T${time}:00${offset}`);
    if (opensAt === null) {
      expect(result.errors).toBeUndefined();
      expect(result.data?.issueTicket.ticket.number).toMatch(/^P\d{3}$/);
    } else {
      expect(result.errors?.[0]?.extensions).toEqual({
        code: 'SERVICE_CLOSED',
        opensAt: new Date(`${opensAt}${offset}`).toISOString(),
      });
      expect(await databaseSnapshot(testApp)).toEqual(before);
    }
  });
});

describe('on the night clocks spring forward (America/New_York, 2026-03-08 02:00 → 03:00)', () => {
  it('a Sunday 01:00–03:30 opening lasts one and a half real hours, and the next opening is a week later', async () => {
    const { createHall: hall } = await send<{ createHall: { id: string } }>(createHall, {
      input: { code: 'NYDST', name: 'NYDST', timezone: 'America/New_York' },
    });
    const { createService: service } = await send<{ createService: { id: string } }>(createService, {
      hallId: hall.id,
      input: { code: 'night', name: 'Night', prefix: 'N' },
    });
    await send(setWeeklyHours, {
      hallId: hall.id,
      hours: [{ weekday: 7, periods: [{ opens: '01:00', closes: '03:30' }] }],
    });
    ids.NYDST = { hallId: hall.id, serviceId: service.id };
    // 01:30 EST and 03:10 EDT are 40 real minutes apart; 03:30 EDT closes.
    expect((await issueAt('NYDST', '2026-03-08T06:30:00Z')).errors).toBeUndefined();
    expect((await issueAt('NYDST', '2026-03-08T07:10:00Z')).errors).toBeUndefined();
    const closed = await issueAt('NYDST', '2026-03-08T07:30:00Z');
    expect(closed.errors?.[0]?.extensions).toEqual({
      code: 'SERVICE_CLOSED',
      opensAt: '2026-03-15T05:00:00.000Z',
    });
  });
});

describe('a hall made before calendars', () => {
  it('has no hours set and issues at any hour, as before: 03:00 on a Sunday, 23:59 on National Day', async () => {
    for (const instant of ['2026-10-18T03:00:00+08:00', '2026-10-01T23:59:00+08:00']) {
      testApp.clock.set(Date.parse(instant));
      const result = await testApp.graphql(
        issue,
        { input: { hallId: fixture.hallId, serviceId: fixture.passportServiceId } },
        { token: adminToken },
      );
      expect(result.errors).toBeUndefined();
    }
  });
});

describe('holidays and swapped working days', () => {
  it('on a holiday: closed, opens the next working day', async () => {
    const result = await issueAt('SH', '2026-10-01T10:00:00+08:00');
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'SERVICE_CLOSED',
      opensAt: new Date('2026-10-02T09:00:00+08:00').toISOString(),
    });
  });
  it('on the swapped Saturday: issues', async () => {
    const result = await issueAt('SH', '2026-10-10T10:00:00+08:00');
    expect(result.errors).toBeUndefined();
  });
  it('on an ordinary Saturday: closed until Monday', async () => {
    const result = await issueAt('SH', '2026-10-17T10:00:00+08:00');
    expect(result.errors?.[0]?.extensions?.opensAt).toBe(new Date('2026-10-19T09:00:00+08:00').toISOString());
  });
  it('the messages say so in both languages', async () => {
    testApp.clock.set(Date.parse('2026-10-17T10:00:00+08:00'));
    for (const [locale, text] of [
      ['zh-CN', '该业务现在不取号'],
      ['en', 'not issuing tickets now'],
    ] as const) {
      const result = await testApp.graphql(
        issue,
        { input: { hallId: ids.SH!.hallId, serviceId: ids.SH!.serviceId } },
        { token: adminToken, locale },
      );
      expect(result.errors?.[0]?.message).toContain(text);
    }
  });
});

describe('the estimate knows the lunch break', () => {
  const rules = {
    timeZone: 'Asia/Shanghai',
    hallHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, periods: workday })),
    exceptions: [],
  };
  it.each([
    ['within the morning', '10:00', { p50Minutes: 15, p90Minutes: 30 }, { p50Minutes: 15, p90Minutes: 30 }],
    ['into the break', '11:50', { p50Minutes: 15, p90Minutes: 30 }, { p50Minutes: 105, p90Minutes: 120 }],
    // Past the last closing the counters go on serving who waits: no night added.
    ['past closing', '17:20', { p50Minutes: 20, p90Minutes: 20 }, { p50Minutes: 20, p90Minutes: 20 }],
    ['over the break', '11:00', { p50Minutes: 120, p90Minutes: 300 }, { p50Minutes: 210, p90Minutes: 390 }],
    ['nothing ahead', '11:50', { p50Minutes: 0, p90Minutes: 0 }, { p50Minutes: 0, p90Minutes: 0 }],
  ])('%s: issued at %s, %j of open time → %j', (_label, time, open, expected) => {
    expect(withinOpeningHours(rules, new Date(`2026-10-14T${time}:00+08:00`), open)).toEqual(expected);
  });
});

describe('closing drops nobody', () => {
  it('a ticket still waiting when the service closes is called after hours', async () => {
    const { hallId, serviceId } = ids.SH!;
    testApp.clock.set(Date.parse('2026-10-15T11:25:00+08:00'));
    const { createCounter: counter } = await send<{ createCounter: { id: string } }>(
      'mutation($hallId: ID!) { createCounter(hallId: $hallId, label: "after-hours") { id } }',
      { hallId },
    );
    await send(
      'mutation($id: ID!, $services: [CounterServiceInput!]!) { setCounterServices(counterId: $id, services: $services) { id } }',
      {
        id: counter.id,
        services: [{ serviceId, rank: 1 }],
      },
    );
    const issued = await issueAt('SH', '2026-10-15T11:25:00+08:00');
    const number = issued.data!.issueTicket.ticket.number;
    testApp.clock.set(Date.parse('2026-10-15T12:40:00+08:00'));
    expect((await issueAt('SH', '2026-10-15T12:40:00+08:00')).errors?.[0]?.extensions?.code).toBe(
      'SERVICE_CLOSED',
    );
    await send('mutation($id: ID!) { openCounter(counterId: $id) { id } }', { id: counter.id });
    const called = await send<{ callNext: { number: string } | null }>(
      'mutation($id: ID!) { callNext(counterId: $id) { number } }',
      { id: counter.id },
    );
    // Earlier tickets of the day may wait too; calling goes on until this one is reached.
    const numbers = [called.callNext?.number];
    while (numbers.at(-1) !== number && numbers.at(-1) !== undefined) {
      const current = await send<{ counter: { currentTicket: { id: string } | null } }>(
        'query($id: ID!) { counter(id: $id) { currentTicket { id } } }',
        { id: counter.id },
      );
      await send('mutation($id: ID!) { completeTicket(ticketId: $id) { id } }', {
        id: current.counter.currentTicket!.id,
      });
      const next = await send<{ callNext: { number: string } | null }>(
        'mutation($id: ID!) { callNext(counterId: $id) { number } }',
        { id: counter.id },
      );
      numbers.push(next.callNext?.number);
    }
    expect(numbers.at(-1)).toBe(number);
  });
});
