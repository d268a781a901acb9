import { disposeOneStopClient } from '@onestop/shared/client';
import {
  createFakeGraphqlServer,
  createFakeGraphqlWebSocket,
  errorResponse,
  type FakeGraphqlWebSocket,
  type OperationHandler,
} from '@onestop/shared/testing';
import { eventually, renderAt, type RenderedRoute, typeInto } from '@onestop/shared/testing/react';
import type { Client } from '@urql/core';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppRoutes } from '../app';
import { createCounterClient } from '../graphql-client';
import { LocaleProvider, localeStorageKey } from '../locale/locale';
import { staffTokenStorageKey } from '../session/staff-token';
import { serviceDayOf } from '@onestop/shared';
import { statsRowOf } from './stats/stats-test-rows';

const hall = {
  id: 'hall-1',
  code: 'QS',
  name: '青山区政务服务中心',
  nameEn: 'Qingshan Service Centre',
  timezone: 'Asia/Shanghai',
  targetWaitMinutes: 20,
  maxRecalls: 2,
  active: true,
  parent: null,
};

const signedInManager: OperationHandler = () => ({
  data: {
    me: { id: 'manager-1', username: 'manager', displayName: '王经理', role: 'MANAGER', halls: [hall] },
  },
});

const licences = {
  id: 'service-c',
  name: '企业开办',
  nameEn: 'Business Registration',
  prefix: 'C',
  targetWaitMinutes: 30,
};

const taxes = {
  id: 'service-d',
  name: '税务办理',
  nameEn: 'Taxes',
  prefix: 'D',
  targetWaitMinutes: 20,
};

function hallStatus(seq: number, alerts: object[], remote = { waiting: 0, checkedIn: 0 }) {
  return {
    hallStatusUpdated: {
      hallId: hall.id,
      seq,
      board: {
        at: '2026-11-25T02:00:00.000Z',
        queues: [
          {
            // As the server counts: the checked-in remote tickets among the waiting, the others apart.
            waiting: 3 + remote.checkedIn,
            remoteWaiting: remote.waiting,
            remoteCheckedIn: remote.checkedIn,
            oldestQueuedAt: '2026-11-25T01:41:30.000Z',
            estimate: { p50Minutes: 10, p90Minutes: 25 },
            service: licences,
          },
          {
            waiting: 2,
            remoteWaiting: 1,
            remoteCheckedIn: 0,
            oldestQueuedAt: '2026-11-25T01:55:00.000Z',
            estimate: { p50Minutes: 5, p90Minutes: 10 },
            service: taxes,
          },
        ],
      },
      counters: [
        {
          id: 'counter-4',
          label: '4',
          status: 'PAUSED',
          pauseReason: '午休',
          staff: { id: 'clerk-1', displayName: '李明' },
          currentTicket: null,
        },
        {
          id: 'counter-5',
          label: '5',
          status: 'OPEN',
          pauseReason: null,
          staff: { id: 'clerk-2', displayName: '张华' },
          currentTicket: { id: 'ticket-9', number: 'C009', status: 'SERVING', service: licences },
        },
      ],
      devices: [
        {
          id: 'kiosk-1',
          name: '取号机 1',
          role: 'KIOSK',
          online: true,
          lastSeenAt: '2026-11-25T01:59:40.000Z',
        },
        { id: 'wall-1', name: '综合屏', role: 'DISPLAY', online: false, lastSeenAt: null },
      ],
      alerts,
    },
  };
}

const offlineAlert = {
  kind: 'DEVICE_OFFLINE',
  message: '综合屏 离线',
  since: '2026-11-25T01:40:00.000Z',
  service: null,
  counter: null,
  device: { id: 'wall-1', name: '综合屏' },
};
const longQueueAlert = {
  kind: 'QUEUE_LONG',
  message: '企业开办：3 人等候（提醒线 3 人）',
  since: '2026-11-25T01:58:00.000Z',
  service: { id: licences.id },
  counter: null,
  device: null,
};

const unattendedAlert = {
  kind: 'COUNTER_UNATTENDED',
  message: '5 号窗口开放中，但没有工作站在线',
  since: '2026-11-25T01:30:00.000Z',
  service: null,
  counter: { id: 'counter-5', label: '5' },
  device: null,
};

let client: Client | undefined;
let rendered: RenderedRoute | undefined;
let webSocket: FakeGraphqlWebSocket;

async function open(path: string, handlers: Record<string, OperationHandler>) {
  const server = createFakeGraphqlServer({
    Me: signedInManager,
    ConsoleHalls: () => ({ data: { halls: [hall] } }),
    ConsoleAppointmentStatuses: () => ({ data: { appointments: [] } }),
    ...handlers,
  });
  webSocket = createFakeGraphqlWebSocket();
  client = createCounterClient({
    url: 'http://hall.test/graphql',
    fetch: server.fetch,
    webSocketImpl: webSocket.WebSocket,
  });
  rendered = await renderAt(
    path,
    client,
    <LocaleProvider>
      <AppRoutes />
    </LocaleProvider>,
  );
  return { ...rendered, requests: server.requests };
}

function textOf(container: HTMLElement, selector: string): string {
  return container.querySelector(selector)?.textContent ?? '';
}

function button(container: HTMLElement, label: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((each) => each.textContent === label);
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

function input(container: HTMLElement, selector: string): HTMLInputElement {
  const found = container.querySelector<HTMLInputElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

/** Lets a request that should not have been sent reach the fake server, so that its absence means something. */
async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
}

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(localeStorageKey, 'zh-CN');
  localStorage.setItem(staffTokenStorageKey, 'manager-token');
});
afterEach(() => {
  rendered?.unmount();
  if (client) disposeOneStopClient(client);
  rendered = undefined;
  client = undefined;
});

describe('the live view', () => {
  it('shows each push of hallStatusUpdated, and marks an alert that just arrived', async () => {
    const { container } = await open('/manager', {});
    await eventually(() => expect(webSocket.open('ConsoleHallStatusUpdated')).toHaveLength(1), 4_000);
    const subscription = webSocket.open('ConsoleHallStatusUpdated')[0]!;
    expect(subscription.variables).toEqual({ hallId: hall.id });
    expect(subscription.connectionParams).toMatchObject({ token: 'manager-token' });

    subscription.next(hallStatus(40, [offlineAlert]));
    await eventually(() => expect(textOf(container, 'tr[data-service="C"]')).toContain('约 10–25 分钟'));
    const serviceRow = textOf(container, 'tr[data-service="C"]');
    expect(serviceRow).toContain('3');
    // The oldest waiting ticket queued 18 min 30 s before the server's time (from the push itself).
    await eventually(() => expect(textOf(container, 'tr[data-service="C"]')).toMatch(/18 分 3\d 秒/));
    const counterRows = [...container.querySelectorAll('#live-counters ~ table tbody tr')].map(
      (row) => row.textContent,
    );
    expect(counterRows[0]).toContain('暂停（午休）');
    expect(counterRows[0]).toContain('李明');
    expect(counterRows[1]).toContain('C009');
    expect(textOf(container, '#live-devices')).toContain('在线 1 · 离线 1');
    expect(textOf(container, '.alert-list')).toContain('设备离线');
    // Nothing is "new" on the first push.
    expect(container.querySelectorAll('.alert-fresh')).toHaveLength(0);

    expect(textOf(container, '#live-counters ~ table')).not.toContain('窗口无人值守');
    subscription.next(hallStatus(41, [offlineAlert, longQueueAlert, unattendedAlert]));
    await eventually(() => expect(container.querySelectorAll('.alert-list li')).toHaveLength(3));
    const items = [...container.querySelectorAll('.alert-list li')];
    // Newest first, and only the new one marked.
    expect(items[0]?.textContent).toContain('排队过长');
    expect(items[0]?.className).toContain('alert-fresh');
    expect(items[1]?.className).not.toContain('alert-fresh');
    // The counter whose workstation vanished says so in its row too.
    const counterFive = container.querySelectorAll('#live-counters ~ table tbody tr')[1];
    expect(counterFive?.textContent).toContain('窗口无人值守');
  });

  it("counts today's appointments, read again after each push", async () => {
    let statuses = ['BOOKED', 'BOOKED', 'CHECKED_IN', 'CANCELLED'];
    const { container, requests } = await open('/manager', {
      ConsoleAppointmentStatuses: () => ({
        data: { appointments: statuses.map((status, index) => ({ id: `a-${index}`, status })) },
      }),
    });
    await eventually(() => expect(webSocket.open('ConsoleHallStatusUpdated')).toHaveLength(1), 4_000);
    const subscription = webSocket.open('ConsoleHallStatusUpdated')[0]!;
    subscription.next(hallStatus(40, []));
    const count = (status: string) =>
      textOf(container, `#live-appointments ~ * [data-appointment-count="${status}"]`);
    await eventually(() => expect(count('BOOKED')).toBe('2'));
    expect(count('CHECKED_IN')).toBe('1');
    expect(count('MISSED')).toBe('0');
    // Booked, checked in and missed: a cancelled booking is no longer expected in the hall.
    expect(container.querySelector('#live-appointments ~ * [data-appointment-count="CANCELLED"]')).toBeNull();
    const statusReads = () =>
      requests.filter((request) => request.operationName === 'ConsoleAppointmentStatuses');
    // Today by the server's clock (the push's time), not the laptop's.
    expect(statusReads().at(-1)?.variables).toEqual({ hallId: hall.id, date: '2026-11-25' });

    // A check-in issues a ticket: the hall's next push reads the counts again.
    statuses = ['BOOKED', 'CHECKED_IN', 'CHECKED_IN', 'CANCELLED'];
    subscription.next(hallStatus(41, []));
    await eventually(() => expect(count('CHECKED_IN')).toBe('2'));
    expect(count('BOOKED')).toBe('1');
  });

  it('counts remote tickets waiting not checked in and checked in, per service and for the hall', async () => {
    const { container } = await open('/manager', {});
    await eventually(() => expect(webSocket.open('ConsoleHallStatusUpdated')).toHaveLength(1), 4_000);
    const subscription = webSocket.open('ConsoleHallStatusUpdated')[0]!;
    subscription.next(hallStatus(40, [], { waiting: 2, checkedIn: 1 }));
    const cell = (row: string, column: string) => textOf(container, `${row} [data-${column}]`);
    await eventually(() => expect(cell('tr[data-service="C"]', 'remote-waiting')).toBe('2'));
    expect(cell('tr[data-service="C"]', 'remote-checked-in')).toBe('1');
    expect(textOf(container, 'tr[data-service="C"] .waiting-count')).toBe('4');
    expect(cell('tr[data-service="D"]', 'remote-waiting')).toBe('1');
    expect(cell('tr[data-service="D"]', 'remote-checked-in')).toBe('0');
    expect(textOf(container, '[data-hall-total] th')).toBe('全厅合计');
    expect(textOf(container, '[data-hall-total] .waiting-count')).toBe('6');
    expect(cell('[data-hall-total]', 'remote-waiting')).toBe('3');
    expect(cell('[data-hall-total]', 'remote-checked-in')).toBe('1');
    const headers = [...container.querySelectorAll('#live-queues ~ table thead th')].map(
      (header) => header.textContent,
    );
    expect(headers).toEqual(['业务', '等候人数', '远程取号', '当前最长等候', '预计等候', '已签到', '未签到']);
    expect(textOf(container, '.live-queues-note')).toContain('未签到的远程号另计');

    // A check-in moves a ticket from one count to the other on the next push.
    subscription.next(hallStatus(41, [], { waiting: 1, checkedIn: 2 }));
    await eventually(() => expect(cell('[data-hall-total]', 'remote-checked-in')).toBe('2'));
    expect(cell('[data-hall-total]', 'remote-waiting')).toBe('2');
    expect(textOf(container, '[data-hall-total] .waiting-count')).toBe('7');
  });

  it('explains a refused subscription', async () => {
    const { container } = await open('/manager', {});
    await eventually(() => expect(webSocket.open('ConsoleHallStatusUpdated')).toHaveLength(1), 4_000);
    webSocket.open('ConsoleHallStatusUpdated')[0]!.error('FORBIDDEN');
    await eventually(() => expect(textOf(container, '[role="alert"]')).toBe('无权执行此操作'));
  });
});

const hallSetup = {
  hall: {
    ...hall,
    languages: ['zh-CN', 'en'],
    services: [
      {
        id: licences.id,
        code: 'business',
        prefix: 'C',
        name: licences.name,
        nameEn: licences.nameEn,
        names: [
          { lang: 'zh-CN', text: licences.name },
          { lang: 'en', text: licences.nameEn },
        ],
        targetWaitMinutes: 30,
        dailyQuota: null,
        queueAlertThreshold: 30,
        lastIssueMinutesBeforeClose: 0,
        active: true,
      },
    ],
    counters: [{ id: 'counter-4', label: '4', status: 'OPEN', services: [] }],
  },
};

function statsRow(key: string, label: string, served: number) {
  return statsRowOf(key, label, { issued: served + 1, served, noShows: 0, noShowRate: 0, utilisation: 0.5 });
}

describe('the statistics', () => {
  it("asks for today's figures in the hall's time zone, and again by counter and threshold", async () => {
    const { container, requests } = await open('/manager?tab=stats', {
      ConsoleHallSetup: () => ({ data: hallSetup }),
      ConsoleHallStaff: () => ({ data: { staff: [] } }),
      ConsoleWaitStats: ({ variables }) => {
        const groupBy = (variables['input'] as { groupBy: string }).groupBy;
        return {
          data: {
            waitStats:
              groupBy === 'COUNTER'
                ? [statsRow('counter-4', '4 号窗口', 7)]
                : [statsRow(licences.id, '企业开办', 5)],
          },
        };
      },
    });
    await eventually(() => expect(textOf(container, '.stats-table tbody')).toContain('企业开办'));
    const statsInputs = () =>
      requests
        .filter((request) => request.operationName === 'ConsoleWaitStats')
        .map((request) => request.variables['input'] as Record<string, unknown>);
    const today = serviceDayOf(new Date(), hall.timezone);
    const first = statsInputs().find((each) => each['groupBy'] === 'SERVICE')!;
    expect(first).toMatchObject({
      hallId: hall.id,
      from: new Date(`${today}T00:00:00+08:00`).toISOString(),
      waitOverMinutes: 20,
      serviceIds: null,
    });
    // The charts ask for the same selection by hour, by day and by counter.
    expect(new Set(statsInputs().map((each) => each['groupBy']))).toEqual(
      new Set(['SERVICE', 'HOUR_OF_DAY', 'DAY', 'COUNTER']),
    );
    const servedCell = container.querySelector('.stats-table td[data-column="served"]');
    expect(servedCell?.textContent).toBe('5');
    expect(textOf(container, '.stats-table td[data-column="p90Wait"]')).toBe('21.0');
    expect(textOf(container, '.stats-table thead')).toContain('等待超过 20 分钟');

    const groupBy = input(container, 'select[name="groupBy"]') as unknown as HTMLSelectElement;
    await act(async () => {
      groupBy.value = 'COUNTER';
      groupBy.dispatchEvent(new Event('change', { bubbles: true }));
    });
    typeInto(input(container, 'input[name="waitOverMinutes"]'), '15');
    await eventually(() => expect(textOf(container, '.stats-table thead')).toContain('等待超过 15 分钟'));
    await eventually(() => expect(textOf(container, '.stats-table tbody')).toContain('4 号窗口'));
    await eventually(() =>
      expect(
        statsInputs().some((each) => each['groupBy'] === 'COUNTER' && each['waitOverMinutes'] === 15),
      ).toBe(true),
    );

    // A threshold that is no number is refused by the form and not sent.
    const sentBefore = statsInputs().length;
    typeInto(input(container, 'input[name="waitOverMinutes"]'), 'abc');
    expect(input(container, 'input[name="waitOverMinutes"]').getAttribute('aria-invalid')).toBe('true');
    expect(textOf(container, '#wait-over-help')).toBe('请输入 0–1440 的整数分钟');
    await settle();
    expect(statsInputs()).toHaveLength(sentBefore);
  });
});

describe('the ratings', () => {
  it('lists a bad rating and saves its follow-up', async () => {
    let followedUp = false;
    const rating = {
      id: 'rating-1',
      score: 1,
      comment: '等了太久',
      createdAt: '2026-11-25T02:00:00.000Z',
      followUpNote: null as string | null,
      followedUpAt: null as string | null,
      ticket: { id: 'ticket-3', number: 'C003' },
      segment: {
        id: 'segment-3',
        service: licences,
        counter: { id: 'counter-4', label: '4' },
        staff: { id: 'clerk-1', displayName: '李明' },
      },
    };
    const { container, requests } = await open('/manager?tab=ratings', {
      ConsoleRatings: () => ({
        data: {
          ratings: [
            followedUp
              ? { ...rating, followUpNote: '已电话回访', followedUpAt: '2026-11-25T03:00:00.000Z' }
              : rating,
            { ...rating, id: 'rating-2', score: 5, comment: null },
          ],
        },
      }),
      ConsoleFollowUpRating: ({ variables }) => {
        followedUp = true;
        return {
          data: {
            followUpRating: { id: variables['ratingId'], followUpNote: variables['note'], followedUpAt: 'x' },
          },
        };
      },
    });
    await eventually(() => expect(textOf(container, '.bad-rating')).toContain('C003'));
    expect(textOf(container, '[data-figure="satisfaction"]')).toBe('50%');
    expect(textOf(container, '[data-figure="open"]')).toBe('1');
    expect(textOf(container, '.bad-rating')).toContain('李明');
    expect(container.querySelectorAll('.bad-rating')).toHaveLength(1);

    const note = container.querySelector<HTMLTextAreaElement>('textarea[name="note"]')!;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(note, '已电话回访');
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => container.querySelector<HTMLFormElement>('.follow-up-form')?.requestSubmit());
    await eventually(() => expect(textOf(container, '.follow-up-done')).toContain('已电话回访'));
    expect(requests.find((request) => request.operationName === 'ConsoleFollowUpRating')?.variables).toEqual({
      ratingId: 'rating-1',
      note: '已电话回访',
    });
    expect(textOf(container, '[data-figure="open"]')).toBe('0');
  });
});

describe('the administration', () => {
  it('shows a refused prefix next to its field, and reloads the services after a creation', async () => {
    let created = false;
    const { container, requests } = await open('/admin?tab=services', {
      ConsoleHallSetup: () => ({
        data: created
          ? {
              hall: {
                ...hallSetup.hall,
                services: [
                  ...hallSetup.hall.services,
                  { ...hallSetup.hall.services[0]!, id: 'service-g', prefix: 'G', name: '居住证办理' },
                ],
              },
            }
          : hallSetup,
      }),
      ConsoleCreateService: ({ variables }) => {
        const serviceInput = variables['input'] as { prefix: string };
        if (serviceInput.prefix !== 'G') {
          return errorResponse('BAD_USER_INPUT', '字段 prefix 须为 1–3 个大写字母', { field: 'prefix' });
        }
        created = true;
        return { data: { createService: { id: 'service-g' } } };
      },
    });
    await eventually(() => expect(container.querySelector('form[data-form="service"]')).not.toBeNull());
    const form = container.querySelector<HTMLFormElement>('form[data-form="service"]')!;
    typeInto(input(form, 'input[name="prefix"]'), 'g1');
    typeInto(input(form, 'input[name="code"]'), 'residence');
    typeInto(input(form, 'input[name="names.zh-CN"]'), '居住证办理');
    typeInto(input(form, 'input[name="queueAlertThreshold"]'), '12');
    await act(async () => form.requestSubmit());
    await eventually(() =>
      expect(textOf(form, '#service-new-prefix-error')).toBe('字段 prefix 须为 1–3 个大写字母'),
    );
    expect(input(form, 'input[name="prefix"]').getAttribute('aria-invalid')).toBe('true');
    expect(input(form, 'input[name="prefix"]').getAttribute('aria-describedby')).toBe(
      'service-new-prefix-error',
    );
    expect(input(form, 'input[name="code"]').getAttribute('aria-invalid')).toBe('false');

    typeInto(input(form, 'input[name="prefix"]'), 'G');
    await act(async () => form.requestSubmit());
    await eventually(() => expect(textOf(container, 'table tbody')).toContain('居住证办理'));
    const creations = requests.filter((request) => request.operationName === 'ConsoleCreateService');
    expect(creations[1]?.variables).toEqual({
      hallId: hall.id,
      input: {
        code: 'residence',
        prefix: 'G',
        name: '居住证办理',
        nameEn: null,
        names: [{ lang: 'zh-CN', text: '居住证办理' }],
        targetWaitMinutes: null,
        dailyQuota: null,
        queueAlertThreshold: 12,
        lastIssueMinutesBeforeClose: null,
        active: true,
      },
    });
  });

  it('refuses a quota that is no whole number without asking the server', async () => {
    const { container, requests } = await open('/admin?tab=services', {
      ConsoleHallSetup: () => ({ data: hallSetup }),
    });
    await eventually(() => expect(container.querySelector('form[data-form="service"]')).not.toBeNull());
    const form = container.querySelector<HTMLFormElement>('form[data-form="service"]')!;
    typeInto(input(form, 'input[name="dailyQuota"]'), '12a');
    await act(async () => form.requestSubmit());
    await settle();
    expect(textOf(form, '#service-new-dailyQuota-error')).toBe('请输入整数');
    expect(requests.some((request) => request.operationName === 'ConsoleCreateService')).toBe(false);
    expect(button(container, '创建').disabled).toBe(false);
  });
});
