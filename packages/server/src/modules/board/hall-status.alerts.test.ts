import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEventually, waitFor } from '../../../test/support/eventually.js';
import { createHallFixture, type HallFixture } from '../../../test/support/hall-fixture.js';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';
import { unattendedAfterSeconds } from './board.service.js';

// The managers' alerts, raised and cleared as they happen: by hall events (a ticket issued, a
// counter opened) and by time alone (a wait passing its target, a device or a workstation falling
// silent), which the server re-checks every ALERT_CHECK_SECONDS (0.2 s in tests).

interface AlertData {
  kind: string;
  since: string;
  service: { prefix: string } | null;
  counter: { label: string } | null;
  device: { role: string } | null;
}
interface StatusData {
  hallStatusUpdated: {
    seq: number;
    alerts: AlertData[];
    board: { queues: { service: { prefix: string }; waiting: number; oldestQueuedAt: string | null }[] };
  };
}

const statusSubscription = `subscription($hallId: ID!) {
  hallStatusUpdated(hallId: $hallId) {
    seq
    alerts { kind since service { prefix } counter { label } device { role } }
    board { queues { service { prefix } waiting oldestQueuedAt } }
  }
}`;

let testApp: TestApp;
let fixture: HallFixture;
let manager: Client;
const pushes: StatusData[] = [];
let stopStatus: () => void = () => undefined;

beforeAll(async () => {
  testApp = await startTestApp();
  testApp.clock.set(Date.parse('2026-11-24T01:30:00.000Z'));
  fixture = await createHallFixture(testApp, { serviceCount: 2, counterCount: 1 });
  manager = testApp.webSocketClient({ token: fixture.tokens.admin });
  stopStatus = manager.subscribe<StatusData>(
    { query: statusSubscription, variables: { hallId: fixture.hall.id } },
    {
      next: (value) => {
        if (value.data) pushes.push(value.data as StatusData);
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
});
afterAll(async () => {
  stopStatus();
  await testApp?.close();
});

/** The latest pushed alerts as `KIND subject`, sorted. */
function latestAlerts(): string[] {
  const latest = pushes.at(-1);
  if (!latest) return [];
  return latest.hallStatusUpdated.alerts
    .map((alert) => {
      const subject = alert.service?.prefix ?? alert.counter?.label ?? alert.device?.role ?? '';
      return `${alert.kind} ${subject}`;
    })
    .sort();
}

function alertSince(kind: string): number {
  const found = pushes.at(-1)!.hallStatusUpdated.alerts.find((alert) => alert.kind === kind);
  expect(found, kind).toBeDefined();
  return Date.parse(found!.since);
}

async function api<Data>(query: string, variables: Record<string, unknown>, token: string): Promise<Data> {
  const result = await testApp.graphql<Data>(query, variables, { token });
  expect(result.errors).toBeUndefined();
  return result.data!;
}

async function issueTicket(): Promise<void> {
  await api(
    'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { id } } }',
    { input: { hallId: fixture.hall.id, serviceId: fixture.services[0]!.id } },
    fixture.tokens.kiosk,
  );
}

async function issueA(): Promise<number> {
  testApp.clock.advance(1000);
  const queuedAt = testApp.clock.now().getTime();
  await issueTicket();
  return queuedAt;
}

/**
 * Makes a hall event happen and waits for the status the server pushes for it. A hall event is
 * always pushed, computed at the test clock's current time; the pushes come in order on one
 * socket, so once it is here every push computed before it is here too.
 */
async function statusPushedAfter(hallEvent: () => Promise<unknown>): Promise<StatusData> {
  await hallEvent();
  const { board } = await api<{ board: { seq: number } }>(
    'query($id: ID!) { board(hallId: $id) { seq } }',
    { id: fixture.hall.id },
    fixture.tokens.admin,
  );
  return await waitFor(`the status pushed after seq ${board.seq}`, () =>
    pushes.find((push) => push.hallStatusUpdated.seq >= board.seq),
  );
}

/** Waits until the server has recomputed the status `count` more times (re-checks every 0.2 s). */
async function statusRecomputed(count: number): Promise<void> {
  const statuses = testApp.app.services.feeds.statuses;
  const target = statuses.computations + count;
  await waitFor(`${count} more computations of the status`, () => statuses.computations >= target);
}

const hasAlert = (push: StatusData, kind: string): boolean =>
  push.hallStatusUpdated.alerts.some((alert) => alert.kind === kind);

describe('hallStatusUpdated alerts', () => {
  it('raises and clears each kind as it happens, with a since that stays put', async () => {
    const serviceA = fixture.services[0];
    const counter = fixture.counters[0]!;
    // Service A alerts at 3 waiting; the one counter serves A only.
    await api(
      'mutation($id: ID!, $input: ServiceInput!) { updateService(serviceId: $id, input: $input) { id } }',
      {
        id: serviceA!.id,
        input: { code: serviceA!.code, name: serviceA!.name, prefix: 'A', queueAlertThreshold: 3 },
      },
      fixture.tokens.admin,
    );
    await api(
      'mutation($id: ID!, $services: [CounterServiceInput!]!) { setCounterServices(counterId: $id, services: $services) { id } }',
      { id: counter.id, services: [{ serviceId: serviceA!.id, rank: 1 }] },
      fixture.tokens.admin,
    );

    // Two devices that never sent a heartbeat.
    await expectEventually(() =>
      expect(latestAlerts()).toEqual(['DEVICE_OFFLINE DISPLAY', 'DEVICE_OFFLINE KIOSK']),
    );

    // A heartbeat is no hall event: the periodic re-check clears the display's alert.
    await api('mutation { heartbeat { id } }', {}, fixture.tokens.display);
    await expectEventually(() => expect(latestAlerts()).toEqual(['DEVICE_OFFLINE KIOSK']));
    await api('mutation { heartbeat { id } }', {}, fixture.tokens.kiosk);

    // A citizen waits for A and no counter is open.
    const firstQueuedAt = await issueA();
    await expectEventually(() => expect(latestAlerts()).toEqual(['NO_OPEN_COUNTER A']));
    expect(alertSince('NO_OPEN_COUNTER')).toBe(firstQueuedAt);
    // The board tells since when the longest-waiting citizen of each service waits.
    const queues = pushes.at(-1)!.hallStatusUpdated.board.queues;
    expect(queues.map((queue) => [queue.service.prefix, queue.waiting, queue.oldestQueuedAt])).toEqual([
      ['A', 1, new Date(firstQueuedAt).toISOString()],
      ['B', 0, null],
    ]);

    // The clerk opens the counter through the API, with no workstation following it.
    const openedAt = testApp.clock.now().getTime();
    await api(
      'mutation($id: ID!) { openCounter(counterId: $id) { id } }',
      { id: counter.id },
      fixture.tokens.clerk,
    );
    await expectEventually(() => expect(latestAlerts()).toEqual([]));

    // Two more for A: the queue reaches its threshold of 3 when the third queues.
    await issueA();
    const thirdQueuedAt = await issueA();
    await expectEventually(() => expect(latestAlerts()).toEqual(['QUEUE_LONG A']));
    expect(alertSince('QUEUE_LONG')).toBe(thirdQueuedAt);

    // Time alone: a minute without a workstation, and the first wait passes A's target. The
    // devices' heartbeats are older than 90 s by then too.
    const target = (
      await api<{ hall: { services: { id: string; targetWaitMinutes: number }[] } }>(
        'query($id: ID!) { hall(id: $id) { services { id targetWaitMinutes } } }',
        { id: fixture.hall.id },
        fixture.tokens.admin,
      )
    ).hall.services.find((service) => service.id === serviceA!.id)!.targetWaitMinutes;
    testApp.clock.set(firstQueuedAt + target * 60_000 + 1000);
    await expectEventually(() =>
      expect(latestAlerts()).toEqual([
        'COUNTER_UNATTENDED 1',
        'DEVICE_OFFLINE DISPLAY',
        'DEVICE_OFFLINE KIOSK',
        'QUEUE_LONG A',
        'WAIT_OVER_TARGET A',
      ]),
    );
    expect(alertSince('WAIT_OVER_TARGET')).toBe(firstQueuedAt + target * 60_000);
    // Nobody has followed the counter since this server started, before it was opened.
    expect(alertSince('COUNTER_UNATTENDED')).toBeLessThanOrEqual(openedAt);
    expect(alertSince('QUEUE_LONG')).toBe(thirdQueuedAt);
    await api('mutation { heartbeat { id } }', {}, fixture.tokens.display);
    await api('mutation { heartbeat { id } }', {}, fixture.tokens.kiosk);

    // The workstation comes back: it follows the counter's queue.
    const clerk = testApp.webSocketClient({ token: fixture.tokens.clerk });
    const stopQueue = clerk.subscribe(
      {
        query: 'subscription($id: ID!) { counterQueueUpdated(counterId: $id) { number } }',
        variables: { id: counter.id },
      },
      { next: () => undefined, error: () => undefined, complete: () => undefined },
    );
    await expectEventually(() => expect(latestAlerts()).toEqual(['QUEUE_LONG A', 'WAIT_OVER_TARGET A']));

    // Calling the oldest: 2 wait (below 3) and the oldest left waits less than the target.
    const callNext = async (): Promise<string> =>
      (
        await api<{ callNext: { id: string } }>(
          'mutation($id: ID!) { callNext(counterId: $id) { id } }',
          { id: counter.id },
          fixture.tokens.clerk,
        )
      ).callNext.id;
    let currentId = await callNext();
    await expectEventually(() => expect(latestAlerts()).toEqual([]));
    // Serve the other two, so that no wait passes its target while the test clock moves on.
    for (let served = 0; served < 2; served += 1) {
      await api(
        'mutation($id: ID!) { completeTicket(ticketId: $id) { id } }',
        { id: currentId },
        fixture.tokens.clerk,
      );
      currentId = await callNext();
    }

    // The workstation goes: after the grace period the counter is unattended since it left.
    stopQueue();
    // The server notes the time it learns of the unsubscription; the test clock stands still meanwhile.
    const leftAt = testApp.clock.now().getTime();
    await expectEventually(() =>
      expect(testApp.app.services.feeds.presence.unfollowedSince(counter.id)?.getTime()).toBe(leftAt),
    );
    const pushedBefore = pushes.length;
    testApp.clock.advance((unattendedAfterSeconds - 1) * 1000);
    // A second short of the grace period: the status the clerk's last completion pushes, computed
    // now, has no alert, and no re-check before it pushed one.
    await statusRecomputed(3);
    const completion = await statusPushedAfter(() =>
      api(
        'mutation($id: ID!) { completeTicket(ticketId: $id) { id } }',
        { id: currentId },
        fixture.tokens.clerk,
      ),
    );
    expect(completion.hallStatusUpdated.alerts).toEqual([]);
    expect(pushes.slice(pushedBefore).filter((push) => hasAlert(push, 'COUNTER_UNATTENDED'))).toEqual([]);
    testApp.clock.advance(2000);
    await expectEventually(() => expect(latestAlerts()).toEqual(['COUNTER_UNATTENDED 1']));
    expect(alertSince('COUNTER_UNATTENDED')).toBe(leftAt);
  });

  it('re-checks without pushing a status that did not change', async () => {
    const before = pushes.length;
    // Several re-check periods (0.2 s) with nothing changing: none of them pushes, so the first
    // push since is the one of a hall event that comes after them.
    await statusRecomputed(5);
    const afterRechecks = await statusPushedAfter(issueTicket);
    const eventSeq = afterRechecks.hallStatusUpdated.seq;
    expect(pushes.slice(before).filter((push) => push.hallStatusUpdated.seq < eventSeq)).toEqual([]);
    // A change in time that matters is pushed once, not once per re-check: the devices' last
    // heartbeats (61 s ago) pass 90 s.
    const beforeTimeChange = pushes.length;
    testApp.clock.advance(30_000);
    await expectEventually(() => expect(pushes.length).toBe(beforeTimeChange + 1));
    expect(latestAlerts()).toEqual([
      'COUNTER_UNATTENDED 1',
      'DEVICE_OFFLINE DISPLAY',
      'DEVICE_OFFLINE KIOSK',
    ]);
    // Several more re-checks, then another hall event: between the two pushes, nothing.
    await statusRecomputed(5);
    const afterMoreRechecks = await statusPushedAfter(issueTicket);
    const laterSeq = afterMoreRechecks.hallStatusUpdated.seq;
    expect(
      pushes.slice(beforeTimeChange + 1).filter((push) => push.hallStatusUpdated.seq < laterSeq),
    ).toEqual([]);
    expect(latestAlerts()).toEqual([
      'COUNTER_UNATTENDED 1',
      'DEVICE_OFFLINE DISPLAY',
      'DEVICE_OFFLINE KIOSK',
    ]);
  });
});

describe('waiting after hours', () => {
  it('raises WAITING_AFTER_HOURS once the service closes while citizens still wait, since the closing', async () => {
    // Tuesday 2026-11-24 in Shanghai: the hall opens 09:00–12:00; a citizen of B queues at 11:50.
    await api(
      'mutation($hallId: ID!, $hours: [WeeklyHoursInput!]!) { setWeeklyHours(hallId: $hallId, hours: $hours) { weekday } }',
      {
        hallId: fixture.hall.id,
        hours: [1, 2, 3, 4, 5].map((weekday) => ({
          weekday,
          periods: [{ opens: '09:00', closes: '12:00' }],
        })),
      },
      fixture.tokens.admin,
    );
    testApp.clock.set(Date.parse('2026-11-24T11:50:00+08:00'));
    await api(
      'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { ticket { id } } }',
      { input: { hallId: fixture.hall.id, serviceId: fixture.services[1]!.id } },
      fixture.tokens.kiosk,
    );
    await statusRecomputed(2);
    const afterHours = (): string[] =>
      latestAlerts().filter((alert) => alert.startsWith('WAITING_AFTER_HOURS'));
    expect(afterHours()).toEqual([]);
    testApp.clock.set(Date.parse('2026-11-24T12:10:00+08:00'));
    // (Service A may still have a citizen of the test before waiting: it is after hours for A too.)
    await expectEventually(() => expect(afterHours()).toContain('WAITING_AFTER_HOURS B'));
    const alertOfB = pushes
      .at(-1)!
      .hallStatusUpdated.alerts.find(
        (alert) => alert.kind === 'WAITING_AFTER_HOURS' && alert.service?.prefix === 'B',
      );
    expect(Date.parse(alertOfB!.since)).toBe(Date.parse('2026-11-24T12:00:00+08:00'));
  });
});
