import { disposeOneStopClient } from '@onestop/shared/client';
import {
  createFakeGraphqlServer,
  createFakeGraphqlWebSocket,
  errorResponse,
  type FakeGraphqlWebSocket,
  type OperationHandler,
  type RecordedRequest,
} from '@onestop/shared/testing';
import { eventually, renderAt, type RenderedRoute } from '@onestop/shared/testing/react';
import type { Client } from '@urql/core';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../app';
import { deviceTokenStorageKey } from '../device/device-token';
import { createHallDisplayClient } from '../graphql-client';

const hall = {
  id: 'hall-1',
  name: '青山区政务服务中心',
  nameEn: 'Qingshan District Government Service Centre',
  timezone: 'Asia/Shanghai',
  services: [
    { id: 'service-a', name: '社会保障', nameEn: 'Social Security', prefix: 'A', active: true },
    { id: 'service-d', name: '税务办理', nameEn: 'Tax Services', prefix: 'D', active: true },
    { id: 'service-e', name: '不动产登记', nameEn: 'Real Estate', prefix: 'E', active: false },
  ],
  counters: [{ id: 'counter-1', label: '1', status: 'OPEN' }],
};

const board = {
  hallId: 'hall-1',
  seq: 7,
  at: '2026-11-24T01:30:00.000Z',
  queues: [
    {
      service: { id: 'service-a', name: '社会保障', nameEn: 'Social Security', prefix: 'A' },
      waiting: 4,
      estimate: { p50Minutes: 6, p90Minutes: 14 },
    },
    {
      service: { id: 'service-d', name: '税务办理', nameEn: 'Tax Services', prefix: 'D' },
      waiting: 0,
      estimate: null,
    },
  ],
  recentCalls: [],
  counters: [],
};

function issued(
  serviceId: string,
  number: string,
  route: { id: string; name: string; nameEn: string }[] = [],
) {
  const service = board.queues.find((queue) => queue.service.id === serviceId)!.service;
  return {
    data: {
      issueTicket: {
        accessCode: 'access-code-0123456789abcdef',
        peopleAhead: 4,
        estimate: { p50Minutes: 6, p90Minutes: 14 },
        ticket: {
          id: `ticket-${number}`,
          number,
          priority: 'NORMAL',
          issuedAt: '2026-11-24T01:31:00.000Z',
          service: { id: service.id, name: service.name, nameEn: service.nameEn },
          route,
        },
      },
    },
  };
}

const kioskHandlers: Record<string, OperationHandler> = {
  MyDevice: () => ({
    data: { myDevice: { id: 'device-1', hallId: 'hall-1', role: 'KIOSK', name: '取号机 1' } },
  }),
  DeviceHall: () => ({ data: { hall } }),
  Heartbeat: () => ({ data: { heartbeat: { id: 'device-1', lastSeenAt: '2026-11-24T01:30:00.000Z' } } }),
};

let client: Client | undefined;
let rendered: RenderedRoute | undefined;
let webSocket: FakeGraphqlWebSocket;
let print: ReturnType<typeof vi.fn>;

/**
 * Opens the kiosk with its token stored. `loseAnswers` makes that many IssueTicket requests
 * reach the fake server but fail in the browser, as a connection cut on the way back does.
 */
async function openKiosk(
  issueTicket: OperationHandler,
  options: { path?: string; loseAnswers?: number } = {},
) {
  localStorage.setItem(deviceTokenStorageKey, 'kiosk-token');
  const server = createFakeGraphqlServer({ ...kioskHandlers, IssueTicket: issueTicket });
  let toLose = options.loseAnswers ?? 0;
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const response = await server.fetch(input, init);
    const operation = (JSON.parse(String(init?.body)) as { operationName: string }).operationName;
    if (operation === 'IssueTicket' && toLose > 0) {
      toLose -= 1;
      throw new TypeError('Failed to fetch');
    }
    return response;
  };
  webSocket = createFakeGraphqlWebSocket();
  client = createHallDisplayClient({
    url: 'http://hall.test/graphql',
    fetch,
    webSocketImpl: webSocket.WebSocket,
  });
  rendered = await renderAt(options.path ?? '/kiosk', client, <AppRoutes />);
  await eventually(() => expect(webSocket.open('BoardUpdated')).toHaveLength(1), 4_000);
  webSocket.open('BoardUpdated')[0]?.next({ boardUpdated: board });
  await eventually(() => expect(rendered?.container.querySelector('.kiosk-service-figures')).not.toBeNull());
  return { container: rendered.container, requests: server.requests };
}

const issueRequests = (requests: RecordedRequest[]) =>
  requests.filter((request) => request.operationName === 'IssueTicket');

function button(container: HTMLElement, name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((candidate) =>
    candidate.textContent?.includes(name),
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

function serviceButton(container: HTMLElement, serviceId: string): HTMLButtonElement {
  const found = container.querySelector<HTMLButtonElement>(`[data-service-id="${serviceId}"]`);
  if (!found) throw new Error(`no button for ${serviceId}`);
  return found;
}

function click(element: HTMLElement): void {
  act(() => element.click());
}

beforeEach(() => {
  localStorage.clear();
  print = vi.fn();
  vi.stubGlobal('print', print);
});
afterEach(() => {
  rendered?.unmount();
  if (client) disposeOneStopClient(client);
  rendered = undefined;
  client = undefined;
  vi.unstubAllGlobals();
});

describe('the kiosk start screen', () => {
  it('offers the active services with their queue and wait range, in Chinese or English', async () => {
    const { container } = await openKiosk(() => issued('service-a', 'A005'));

    expect(container.querySelector('h1')?.textContent).toBe('青山区政务服务中心');
    const buttons = container.querySelectorAll('.kiosk-service-button');
    expect(buttons).toHaveLength(2);
    expect(buttons[0]?.textContent).toContain('社会保障');
    expect(buttons[0]?.textContent).toContain('4 人等候 · 预计等待 约 6–14 分钟');
    expect(buttons[1]?.textContent).toContain('暂无预计');
    expect(container.textContent).not.toContain('不动产登记');

    click(button(container, 'English'));
    expect(container.querySelector('h1')?.textContent).toBe('Qingshan District Government Service Centre');
    expect(container.querySelectorAll('.kiosk-service-button')[0]?.textContent).toContain(
      '4 waiting · Wait about 6–14 min',
    );
    expect(button(container, 'English').getAttribute('aria-pressed')).toBe('true');
  });

  it('sends the heartbeat like the displays', async () => {
    const { requests } = await openKiosk(() => issued('service-a', 'A005'));
    await eventually(() =>
      expect(requests.some((request) => request.operationName === 'Heartbeat')).toBe(true),
    );
  });

  it('says it is offline while the link to the server is down, and no more once it is back', async () => {
    const { container } = await openKiosk(() => issued('service-a', 'A005'));
    webSocket.control.serverUp = false;
    act(() => webSocket.drop());
    await eventually(() => expect(container.textContent).toContain('取号机已离线，正在重新连接…'));

    webSocket.control.serverUp = true;
    await eventually(() => expect(container.textContent).not.toContain('取号机已离线'), 15_000);
  }, 20_000);
});

describe('taking a ticket at the kiosk', () => {
  it('issues with one press, then shows and prints the ticket with the QR code of the phone page', async () => {
    const { container, requests } = await openKiosk(() => issued('service-a', 'A005'));

    click(serviceButton(container, 'service-a'));
    await eventually(() =>
      expect(container.querySelector('#printed-ticket-number')?.textContent).toBe('A005'),
    );

    const [request] = issueRequests(requests);
    expect(request?.variables['input']).toMatchObject({
      hallId: 'hall-1',
      serviceId: 'service-a',
      priority: 'NORMAL',
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
    });
    const ticket = container.querySelector('.printed-ticket');
    expect(ticket?.textContent).toContain('青山区政务服务中心');
    expect(ticket?.textContent).toContain('社会保障');
    expect(ticket?.textContent).toContain('前面还有 4 人');
    expect(ticket?.textContent).toContain('约 6–14 分钟');
    expect(ticket?.textContent).toContain('2026/11/24 09:31');
    const url = 'http://hall.test/t/access-code-0123456789abcdef';
    expect(container.querySelector('.printed-ticket-url')?.textContent).toBe(url);
    expect(container.querySelector('.printed-ticket-qr')?.getAttribute('data-qr-text')).toBe(url);
    expect(container.querySelector('.printed-ticket-qr path')?.getAttribute('d')).toMatch(/^M0 0h7v1h-7z/);
    await eventually(() => expect(print).toHaveBeenCalledTimes(1));
  });

  it('marks a priority ticket, chosen with one tap', async () => {
    const { container, requests } = await openKiosk(() => issued('service-a', 'A006'));
    click(button(container, '优先服务'));
    click(serviceButton(container, 'service-a'));
    await eventually(() => expect(issueRequests(requests)).toHaveLength(1));
    expect(issueRequests(requests)[0]?.variables['input']).toMatchObject({ priority: 'PRIORITY' });
  });

  it('takes one ticket for a one-stop route of several services, in the order tapped', async () => {
    const { container, requests } = await openKiosk(() =>
      issued('service-d', 'D001', [{ id: 'service-a', name: '社会保障', nameEn: 'Social Security' }]),
    );
    click(button(container, '一次办多项'));
    click(serviceButton(container, 'service-d'));
    click(serviceButton(container, 'service-a'));
    expect(issueRequests(requests)).toHaveLength(0);
    expect(container.querySelector('.kiosk-route-list')?.textContent).toContain('税务办理');

    click(container.querySelector<HTMLButtonElement>('.kiosk-take')!);
    await eventually(() =>
      expect(container.querySelector('#printed-ticket-number')?.textContent).toBe('D001'),
    );
    expect(issueRequests(requests)).toHaveLength(1);
    expect(issueRequests(requests)[0]?.variables['input']).toMatchObject({
      serviceId: 'service-d',
      route: ['service-a'],
    });
    expect(container.querySelector('.printed-ticket')?.textContent).toContain('之后办理社会保障');
  });

  it('sends one request for a double tap', async () => {
    const { container, requests } = await openKiosk(() => issued('service-a', 'A007'));
    const service = serviceButton(container, 'service-a');
    act(() => {
      service.click();
      service.click();
    });
    await eventually(() =>
      expect(container.querySelector('#printed-ticket-number')?.textContent).toBe('A007'),
    );
    expect(issueRequests(requests)).toHaveLength(1);
  });

  it('retries a lost answer with the same idempotency key, and says so meanwhile', async () => {
    const { container, requests } = await openKiosk(() => issued('service-a', 'A008'), { loseAnswers: 1 });
    click(serviceButton(container, 'service-a'));
    await eventually(() => expect(container.textContent).toContain('网络不稳定，正在重试（第 2 次）…'));
    await eventually(
      () => expect(container.querySelector('#printed-ticket-number')?.textContent).toBe('A008'),
      4_000,
    );
    const keys = issueRequests(requests).map(
      (request) => (request.variables['input'] as { idempotencyKey: string }).idempotencyKey,
    );
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('uses a new key for the next press', async () => {
    const { container, requests } = await openKiosk(() => issued('service-a', 'A009'));
    click(serviceButton(container, 'service-a'));
    await eventually(() => expect(container.querySelector('.printed-ticket')).not.toBeNull());
    click(button(container, '完成'));
    click(serviceButton(container, 'service-a'));
    await eventually(() => expect(issueRequests(requests)).toHaveLength(2));
    const keys = issueRequests(requests).map(
      (request) => (request.variables['input'] as { idempotencyKey: string }).idempotencyKey,
    );
    expect(keys[1]).not.toBe(keys[0]);
  });

  it.each([
    ['SERVICE_CLOSED', 'zh-CN', '该业务暂停办理'],
    ['QUOTA_REACHED', 'zh-CN', '该业务今日号源已取完'],
    ['SERVICE_CLOSED', 'en', 'This service is closed'],
    ['QUOTA_REACHED', 'en', "Today's tickets for this service are all taken"],
  ])('explains %s in words (%s), without retrying', async (code, locale, words) => {
    const { container, requests } = await openKiosk(() => errorResponse(code));
    if (locale === 'en') click(button(container, 'English'));
    click(serviceButton(container, 'service-a'));
    await eventually(() => expect(container.querySelector('[role="alert"]')?.textContent).toContain(words));
    expect(issueRequests(requests)).toHaveLength(1);
    click(button(container, locale === 'en' ? 'Back to start' : '返回首页'));
    expect(container.querySelectorAll('.kiosk-service-button')).toHaveLength(2);
  });

  it('goes back to the start screen, in Chinese, after ?resetAfter= seconds', async () => {
    const { container } = await openKiosk(() => issued('service-a', 'A010'), { path: '/kiosk?resetAfter=1' });
    click(button(container, 'English'));
    click(serviceButton(container, 'service-a'));
    await eventually(() => expect(container.querySelector('.printed-ticket')).not.toBeNull());
    expect(container.textContent).toContain('Back to the start in 1 s');
    await eventually(() => expect(container.querySelector('.printed-ticket')).toBeNull(), 3_000);
    expect(container.querySelectorAll('.kiosk-service-button')).toHaveLength(2);
    expect(container.querySelector('h1')?.textContent).toBe('青山区政务服务中心');
  });
});
