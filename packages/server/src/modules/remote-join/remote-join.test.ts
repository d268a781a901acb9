import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEventually } from '../../../test/support/eventually.js';
import { createHallFixture, type HallFixture } from '../../../test/support/hall-fixture.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../../../test/support/test-app.js';
import { expectRefused, minute, mutations, succeeded } from '../../../test/support/ticket-desk.js';
import { checkInCodeAt, minuteOf } from './check-in-code.js';

/**
 * Remote join (docs/domain.md, "Remote join") over HTTP on an injected clock: the settings, the
 * join and its limits, the call order passing over a remote ticket until it is checked in, the hold
 * rule, and the check-in by the wall's minute code or by the hall's kiosk.
 */

let testApp: TestApp;
let nextPhone = 13_900_000_000;
const freshPhone = (): string => String((nextPhone += 1));

const joinMutation = `mutation($input: JoinRemotelyInput!) { joinRemotely(input: $input) {
  accessCode peopleAhead estimate { p50Minutes p90Minutes } ticket { id number channel status checkedIn queuedAt } } }`;
const checkInMutation = `mutation($accessCode: String!, $checkInCode: String) {
  checkInTicket(accessCode: $accessCode, checkInCode: $checkInCode) {
    id status checkedIn queuedAt position estimate { p50Minutes p90Minutes }
    segments { estimate { p50Minutes p90Minutes } } } }`;
const settingsMutation = `mutation($serviceId: ID!, $input: RemoteJoinSettingsInput!) {
  setRemoteJoinSettings(serviceId: $serviceId, input: $input) {
    remoteJoinSettings { enabled maxWaiting checkInAhead holdMinutes } } }`;

interface Joined {
  accessCode: string;
  peopleAhead: number;
  estimate: { p50Minutes: number; p90Minutes: number };
  ticket: {
    id: string;
    number: string;
    channel: string;
    status: string;
    checkedIn: boolean;
    queuedAt: string;
  };
}
interface CheckedIn {
  id: string;
  status: string;
  checkedIn: boolean;
  queuedAt: string;
  position: number | null;
  estimate: { p50Minutes: number; p90Minutes: number };
  segments: { estimate: { p50Minutes: number; p90Minutes: number } | null }[];
}

/** A hall whose first service takes remote tickets with the given settings. */
async function remoteHall(
  settings: Record<string, unknown> = {},
  options: { counterCount?: number } = {},
): Promise<HallFixture> {
  const hall = await createHallFixture(testApp, {
    serviceCount: 1,
    counterCount: options.counterCount ?? 1,
    openCounters: true,
  });
  succeeded(
    await testApp.graphql(
      settingsMutation,
      { serviceId: hall.services[0]!.id, input: { enabled: true, ...settings } },
      { token: hall.tokens.admin },
    ),
    'setRemoteJoinSettings',
  );
  return hall;
}

async function join(
  hall: HallFixture,
  phone = freshPhone(),
  idempotencyKey: string | null = null,
): Promise<GraphQLResponse<{ joinRemotely: Joined }>> {
  return await testApp.graphql<{ joinRemotely: Joined }>(
    joinMutation,
    { input: { hallId: hall.hall.id, serviceId: hall.services[0]!.id, phone, idempotencyKey } },
    { token: null },
  );
}

async function joined(hall: HallFixture, phone?: string): Promise<Joined> {
  return succeeded(await join(hall, phone), 'joinRemotely');
}

async function issueWalkIn(hall: HallFixture): Promise<{ accessCode: string; ticket: { id: string } }> {
  return succeeded(
    await testApp.graphql<{ issueTicket: { accessCode: string; ticket: { id: string } } }>(
      mutations.issue,
      { input: { hallId: hall.hall.id, serviceId: hall.services[0]!.id } },
      { token: hall.tokens.kiosk },
    ),
    'issueTicket',
  );
}

async function checkIn(
  accessCode: string,
  options: { checkInCode?: string | null; token?: string | null } = {},
): Promise<GraphQLResponse<{ checkInTicket: CheckedIn }>> {
  return await testApp.graphql<{ checkInTicket: CheckedIn }>(
    checkInMutation,
    { accessCode, checkInCode: options.checkInCode ?? null },
    { token: options.token === undefined ? null : options.token },
  );
}

async function callNext(hall: HallFixture, counterIndex = 0): Promise<{ id: string } | null> {
  return succeeded(
    await testApp.graphql<{ callNext: { id: string } | null }>(
      mutations.callNext,
      { counterId: hall.counters[counterIndex]!.id },
      { token: hall.tokens.clerk },
    ),
    'callNext',
  );
}

async function finish(hall: HallFixture, ticketId: string): Promise<void> {
  for (const operation of [mutations.startServing, mutations.completeTicket]) {
    const result = await testApp.graphql(operation, { ticketId }, { token: hall.tokens.clerk });
    expect(result.errors).toBeUndefined();
  }
}

async function boardCode(hall: HallFixture): Promise<string | null> {
  const result = await testApp.graphql<{ board: { checkInCode: string | null } }>(
    'query($hallId: ID!) { board(hallId: $hallId) { checkInCode } }',
    { hallId: hall.hall.id },
    { token: hall.tokens.display },
  );
  return succeeded(result, 'board').checkInCode;
}

async function secretOf(hall: HallFixture): Promise<string> {
  const [row] = await testApp.app.orm.em
    .fork()
    .execute<{ check_in_secret: string }[]>('SELECT check_in_secret FROM hall WHERE id = ?', [hall.hall.id]);
  return row!.check_in_secret;
}

async function countRows(table: 'ticket' | 'hall_event', hall: HallFixture, type?: string): Promise<number> {
  const [row] = await testApp.app.orm.em
    .fork()
    .execute<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM ${table} WHERE hall_id = ?${type ? ' AND type = ?' : ''}`,
      type ? [hall.hall.id, type] : [hall.hall.id],
    );
  return row!.count;
}

beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(async () => {
  await testApp?.close();
});

describe('setRemoteJoinSettings', () => {
  it('a service never set takes no remote tickets; set values read back, the rest keep theirs', async () => {
    const hall = await createHallFixture(testApp, { serviceCount: 1, counterCount: 1 });
    const serviceId = hall.services[0]!.id;
    const read = await testApp.graphql<{
      hall: { services: { remoteJoinSettings: Record<string, unknown> }[] };
    }>(
      'query($id: ID!) { hall(id: $id) { services { remoteJoinSettings { enabled maxWaiting checkInAhead holdMinutes } } } }',
      { id: hall.hall.id },
      { token: hall.tokens.admin },
    );
    expect(succeeded(read, 'hall').services[0]!.remoteJoinSettings).toEqual({
      enabled: false,
      maxWaiting: 20,
      checkInAhead: 5,
      holdMinutes: 10,
    });
    expectRefused(await join(hall), 'BAD_USER_INPUT');

    const set = await testApp.graphql<{
      setRemoteJoinSettings: { remoteJoinSettings: Record<string, unknown> };
    }>(
      settingsMutation,
      { serviceId, input: { enabled: true, holdMinutes: 15 } },
      { token: hall.tokens.admin },
    );
    expect(succeeded(set, 'setRemoteJoinSettings').remoteJoinSettings).toEqual({
      enabled: true,
      maxWaiting: 20,
      checkInAhead: 5,
      holdMinutes: 15,
    });
  });

  it('refuses a value out of range, naming it, and a clerk: nothing changes', async () => {
    const hall = await remoteHall({ maxWaiting: 7 });
    const serviceId = hall.services[0]!.id;
    const outOfRange = await testApp.graphql(
      settingsMutation,
      { serviceId, input: { maxWaiting: 0, holdMinutes: 5 } },
      { token: hall.tokens.admin },
    );
    expectRefused(outOfRange, 'BAD_USER_INPUT');
    expect(outOfRange.errors![0]!.extensions?.field).toBe('maxWaiting');
    expectRefused(
      await testApp.graphql(
        settingsMutation,
        { serviceId, input: { enabled: false } },
        { token: hall.tokens.clerk },
      ),
      'FORBIDDEN',
    );
    const read = await testApp.graphql<{
      hall: {
        services: { remoteJoinSettings: { enabled: boolean; maxWaiting: number; holdMinutes: number } }[];
      };
    }>(
      'query($id: ID!) { hall(id: $id) { services { remoteJoinSettings { enabled maxWaiting holdMinutes } } } }',
      { id: hall.hall.id },
      { token: hall.tokens.admin },
    );
    expect(succeeded(read, 'hall').services[0]!.remoteJoinSettings).toEqual({
      enabled: true,
      maxWaiting: 7,
      holdMinutes: 10,
    });
  });
});

describe('joinRemotely', () => {
  it('gives an ONLINE ticket, not checked in, queued now; the same key again the same ticket', async () => {
    const hall = await remoteHall();
    await issueWalkIn(hall);
    testApp.clock.advance(1000);
    const phone = freshPhone();
    const first = succeeded(await join(hall, phone, 'join-key-1'), 'joinRemotely');
    expect(first.ticket).toMatchObject({ channel: 'ONLINE', status: 'WAITING', checkedIn: false });
    expect(first.ticket.queuedAt).toBe(testApp.clock.now().toISOString());
    expect(first.peopleAhead).toBe(1);
    const again = succeeded(await join(hall, phone, 'join-key-1'), 'joinRemotely');
    expect(again.ticket.id).toBe(first.ticket.id);
    expect(again.accessCode).toBe(first.accessCode);
    // A walk-in after it does not count it as ahead: it is not in the hall.
    testApp.clock.advance(1000);
    const walkIn = await issueWalkIn(hall);
    const position = await testApp.graphql<{ myTicket: { position: number } }>(
      'query($code: String!) { myTicket(accessCode: $code) { position } }',
      { code: walkIn.accessCode },
    );
    expect(succeeded(position, 'myTicket').position).toBe(1);
  });

  it('refuses a number that is not a mobile phone, and a service of another hall', async () => {
    const hall = await remoteHall();
    const other = await remoteHall();
    const before = await countRows('ticket', hall);
    const badPhone = await join(hall, '12345');
    expectRefused(badPhone, 'BAD_USER_INPUT');
    expect(badPhone.errors![0]!.extensions?.field).toBe('phone');
    const foreign = await testApp.graphql(
      joinMutation,
      { input: { hallId: hall.hall.id, serviceId: other.services[0]!.id, phone: freshPhone() } },
      { token: null },
    );
    expectRefused(foreign, 'BAD_USER_INPUT');
    expect(await countRows('ticket', hall)).toBe(before);
  });

  it('one active remote ticket per phone and hall: a second is refused until the first is over', async () => {
    const hall = await remoteHall();
    const other = await remoteHall();
    const phone = freshPhone();
    const first = await joined(hall, phone);
    const second = await join(hall, phone);
    expectRefused(second, 'QUOTA_REACHED');
    expect(second.errors![0]!.extensions?.quota).toBe('remotePerPhone');
    expect(await countRows('ticket', hall)).toBe(1);
    // Another hall is another line.
    await joined(other, phone);
    const cancelled = await testApp.graphql(mutations.cancelTicket, { code: first.accessCode });
    expect(cancelled.errors).toBeUndefined();
    await joined(hall, phone);
  });

  it('at most maxWaiting wait unchecked-in: the next is refused; a check-in frees a place', async () => {
    const hall = await remoteHall({ maxWaiting: 2 });
    const first = await joined(hall);
    await joined(hall);
    const third = await join(hall);
    expectRefused(third, 'QUOTA_REACHED');
    expect(third.errors![0]!.extensions?.quota).toBe('remoteWaiting');
    succeeded(await checkIn(first.accessCode, { token: hall.tokens.kiosk }), 'checkInTicket');
    await joined(hall);
  });

  it('20 joins racing for 3 places make 3 tickets; 5 joins of one phone at once make 1', async () => {
    const hall = await remoteHall({ maxWaiting: 3 });
    const results = await Promise.all(Array.from({ length: 20 }, () => join(hall)));
    const made = results.filter((result) => !result.errors);
    expect(made).toHaveLength(3);
    for (const refused of results.filter((result) => result.errors)) {
      expect(refused.errors![0]!.extensions?.quota).toBe('remoteWaiting');
    }
    expect(await countRows('ticket', hall)).toBe(3);

    const samePhoneHall = await remoteHall();
    const phone = freshPhone();
    const samePhone = await Promise.all(Array.from({ length: 5 }, () => join(samePhoneHall, phone)));
    expect(samePhone.filter((result) => !result.errors)).toHaveLength(1);
    expect(await countRows('ticket', samePhoneHall)).toBe(1);
  });

  it('a service that does not issue now: SERVICE_CLOSED, nothing written', async () => {
    const hall = await remoteHall();
    await testApp.app.orm.em
      .fork()
      .execute('UPDATE service SET active = false WHERE id = ?', [hall.services[0]!.id]);
    expectRefused(await join(hall), 'SERVICE_CLOSED');
    expect(await countRows('ticket', hall)).toBe(0);
  });
});

describe('the call order passes over a remote ticket until it is checked in', () => {
  it('10 concurrent callNext at its head call the walk-ins behind it; after check-in it is called exactly once', async () => {
    const hall = await remoteHall({}, { counterCount: 10 });
    const remote = await joined(hall);
    testApp.clock.advance(minute);
    const walkIns = [];
    for (let index = 0; index < 4; index += 1) walkIns.push((await issueWalkIn(hall)).ticket.id);

    const firstRound = await Promise.all(hall.counters.map((_, index) => callNext(hall, index)));
    const calledFirst = firstRound.filter((ticket) => ticket !== null).map((ticket) => ticket!.id);
    expect(calledFirst.sort()).toEqual([...walkIns].sort());
    // A counter the first round left free: one holding a walk-in would answer COUNTER_BUSY first.
    const freeCounter = hall.counters[firstRound.findIndex((ticket) => ticket === null)]!;
    expectRefused(
      await testApp.graphql(
        mutations.callTicket,
        { counterId: freeCounter.id, ticketId: remote.ticket.id },
        { token: hall.tokens.clerk },
      ),
      'INVALID_TRANSITION',
      'NOT_CHECKED_IN',
    );
    for (const ticketId of calledFirst) await finish(hall, ticketId);

    succeeded(await checkIn(remote.accessCode, { token: hall.tokens.kiosk }), 'checkInTicket');
    const secondRound = await Promise.all(hall.counters.map((_, index) => callNext(hall, index)));
    const calledSecond = secondRound.filter((ticket) => ticket !== null).map((ticket) => ticket!.id);
    expect(calledSecond).toEqual([remote.ticket.id]);
    const [row] = await testApp.app.orm.em
      .fork()
      .execute<{ calls: number }[]>(
        "SELECT count(*)::int AS calls FROM hall_event WHERE ticket_id = ? AND type = 'TICKET_CALLED'",
        [remote.ticket.id],
      );
    expect(row!.calls).toBe(1);
  });

  it("a display's board gets the next minute's code pushed when the minute turns", async () => {
    const hall = await remoteHall();
    await joined(hall);
    const client = testApp.webSocketClient({ token: hall.tokens.display });
    const codes: (string | null)[] = [];
    const stop = client.subscribe<{ boardUpdated: { checkInCode: string | null } }>(
      {
        query: 'subscription($hallId: ID!) { boardUpdated(hallId: $hallId) { checkInCode } }',
        variables: { hallId: hall.hall.id },
      },
      {
        next: (value) => codes.push(value.data!.boardUpdated.checkInCode),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    try {
      const secret = await secretOf(hall);
      const minuteNow = minuteOf(testApp.clock.now());
      await expectEventually(() => expect(codes).toEqual([checkInCodeAt(secret, minuteNow)]));
      testApp.clock.advance(minute);
      // The feeds look for stale codes every 5 s.
      await expectEventually(() => expect(codes.at(-1)).toBe(checkInCodeAt(secret, minuteNow + 1)), 15_000);
    } finally {
      stop();
      await client.dispose();
    }
  });

  it('the wall shows a check-in code only while a remote ticket waits unchecked-in', async () => {
    const hall = await remoteHall();
    expect(await boardCode(hall)).toBeNull();
    const remote = await joined(hall);
    expect(await boardCode(hall)).toBe(checkInCodeAt(await secretOf(hall), minuteOf(testApp.clock.now())));
    succeeded(await checkIn(remote.accessCode, { token: hall.tokens.kiosk }), 'checkInTicket');
    expect(await boardCode(hall)).toBeNull();
  });
});

describe('the hold rule (injected clock)', () => {
  it('checked in within holdMinutes of being first passed over it keeps its place; later it queues at its check-in', async () => {
    const hall = await remoteHall({ holdMinutes: 10 });
    const start = testApp.clock.now().getTime();
    const early = await joined(hall);
    const late = await joined(hall);
    testApp.clock.set(start + minute);
    const walkIn = await issueWalkIn(hall);
    testApp.clock.set(start + 5 * minute);
    const calledWalkIn = await callNext(hall);
    expect(calledWalkIn!.id).toBe(walkIn.ticket.id);
    await finish(hall, walkIn.ticket.id);
    testApp.clock.set(start + 6 * minute);
    const behind = await issueWalkIn(hall);

    // First passed over at +5; +15 is exactly holdMinutes later: still kept.
    testApp.clock.set(start + 15 * minute);
    const kept = succeeded(await checkIn(early.accessCode, { token: hall.tokens.kiosk }), 'checkInTicket');
    expect(kept).toMatchObject({ checkedIn: true, queuedAt: new Date(start).toISOString(), position: 0 });
    // Kept its place, its segment keeps the estimate it was given (the statistics judge that one).
    expect(kept.segments[0]!.estimate).toEqual(early.estimate);

    testApp.clock.set(start + 15 * minute + 1000);
    const requeued = succeeded(await checkIn(late.accessCode, { token: hall.tokens.kiosk }), 'checkInTicket');
    expect(requeued.queuedAt).toBe(new Date(start + 15 * minute + 1000).toISOString());
    // Behind the walk-in who came at +6, and the one kept in front.
    expect(requeued.position).toBe(2);
    // Queued anew, its segment is given the estimate of a wait from now, behind 2 (its join's
    // counted nobody ahead, and the trip): the statistics judge that one.
    expect(late.peopleAhead).toBe(0);
    expect(requeued.segments[0]!.estimate).toEqual(requeued.estimate);
    // Written with it: the people ahead it queued anew behind, whose minutes per place its wait will teach.
    const [stored] = await testApp.app.orm.em
      .fork()
      .execute<{ people_ahead_at_queue: number | null }[]>(
        'SELECT people_ahead_at_queue FROM segment WHERE ticket_id = ?',
        [late.ticket.id],
      );
    expect(stored!.people_ahead_at_queue).toBe(2);
    expect((await callNext(hall))!.id).toBe(early.ticket.id);
    await finish(hall, early.ticket.id);
    expect((await callNext(hall))!.id).toBe(behind.ticket.id);
  });

  it('never passed over, it keeps its place however late it checks in', async () => {
    const hall = await remoteHall({ holdMinutes: 0 });
    const start = testApp.clock.now().getTime();
    const remote = await joined(hall);
    testApp.clock.set(start + 60 * minute);
    const checkedIn = succeeded(
      await checkIn(remote.accessCode, { token: hall.tokens.kiosk }),
      'checkInTicket',
    );
    expect(checkedIn.queuedAt).toBe(new Date(start).toISOString());
  });
});

describe('checkInTicket', () => {
  it("the wall's code of this minute and of the last one check in; older or wrong ones are refused and change nothing", async () => {
    const hall = await remoteHall();
    const secret = await secretOf(hall);
    const first = await joined(hall);
    const second = await joined(hall);
    const third = await joined(hall);
    const minuteNow = minuteOf(testApp.clock.now());

    const wrong = await checkIn(first.accessCode, {
      checkInCode: '000000' === checkInCodeAt(secret, minuteNow) ? '000001' : '000000',
    });
    expectRefused(wrong, 'BAD_USER_INPUT');
    expect(wrong.errors![0]!.extensions?.field).toBe('checkInCode');
    const expired = await checkIn(first.accessCode, { checkInCode: checkInCodeAt(secret, minuteNow - 2) });
    expectRefused(expired, 'BAD_USER_INPUT');
    const anotherHalls = await checkIn(first.accessCode, {
      checkInCode: checkInCodeAt(await secretOf(await remoteHall()), minuteNow),
    });
    expectRefused(anotherHalls, 'BAD_USER_INPUT');
    expect(await countRows('hall_event', hall, 'TICKET_CHECKED_IN')).toBe(0);

    const current = succeeded(
      await checkIn(first.accessCode, { checkInCode: checkInCodeAt(secret, minuteNow) }),
      'checkInTicket',
    );
    expect(current.checkedIn).toBe(true);
    const previous = succeeded(
      await checkIn(second.accessCode, { checkInCode: ` ${checkInCodeAt(secret, minuteNow - 1)} ` }),
      'checkInTicket',
    );
    expect(previous.checkedIn).toBe(true);
    expect(await countRows('hall_event', hall, 'TICKET_CHECKED_IN')).toBe(2);
    const stillWaiting = await testApp.graphql<{ myTicket: { checkedIn: boolean } }>(
      'query($code: String!) { myTicket(accessCode: $code) { checkedIn } }',
      { code: third.accessCode },
    );
    expect(succeeded(stillWaiting, 'myTicket').checkedIn).toBe(false);
  });

  it('by the access code alone: the hall kiosk and staff only', async () => {
    const hall = await remoteHall();
    const other = await remoteHall();
    const remote = await joined(hall);
    expectRefused(await checkIn(remote.accessCode, { token: null }), 'UNAUTHENTICATED');
    expectRefused(await checkIn(remote.accessCode, { token: other.tokens.kiosk }), 'FORBIDDEN');
    expectRefused(await checkIn(remote.accessCode, { token: hall.tokens.display }), 'FORBIDDEN');
    expect(
      succeeded(await checkIn(remote.accessCode, { token: hall.tokens.clerk }), 'checkInTicket').checkedIn,
    ).toBe(true);
    expectRefused(await checkIn('no-such-code', { token: hall.tokens.kiosk }), 'NOT_FOUND');
  });

  it('5 check-ins at once: one TICKET_CHECKED_IN, all answer checked in; a walk-in answers as it is', async () => {
    const hall = await remoteHall();
    const remote = await joined(hall);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => checkIn(remote.accessCode, { token: hall.tokens.kiosk })),
    );
    for (const result of results) expect(succeeded(result, 'checkInTicket').checkedIn).toBe(true);
    expect(await countRows('hall_event', hall, 'TICKET_CHECKED_IN')).toBe(1);
    const walkIn = await issueWalkIn(hall);
    expect(
      succeeded(await checkIn(walkIn.accessCode, { token: hall.tokens.kiosk }), 'checkInTicket').checkedIn,
    ).toBe(true);
    expect(await countRows('hall_event', hall, 'TICKET_CHECKED_IN')).toBe(1);
  });

  it('a cancelled remote ticket cannot be checked in: INVALID_TRANSITION', async () => {
    const hall = await remoteHall();
    const remote = await joined(hall);
    expect(
      (await testApp.graphql(mutations.cancelTicket, { code: remote.accessCode })).errors,
    ).toBeUndefined();
    expectRefused(
      await checkIn(remote.accessCode, { token: hall.tokens.kiosk }),
      'INVALID_TRANSITION',
      'CANCELLED',
    );
  });
});
