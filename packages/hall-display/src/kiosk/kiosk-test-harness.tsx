/**
 * The kiosk's component tests' world (kiosk-screen.test.tsx, kiosk-check-in.test.tsx): a hall
 * with two services, its live board, the fake server's answers, and /kiosk rendered against them;
 * each test gets a fresh client, WebSocket and print spy, and is unmounted after it.
 */
import { disposeOneStopClient } from '@onestop/shared/client';
import {
  createFakeGraphqlServer,
  createFakeGraphqlWebSocket,
  type FakeGraphqlWebSocket,
  type OperationHandler,
  type RecordedRequest,
} from '@onestop/shared/testing';
import { eventually, renderAt, type RenderedRoute } from '@onestop/shared/testing/react';
import type { Client } from '@urql/core';
import { act } from 'react';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { AppRoutes } from '../app';
import { deviceTokenStorageKey } from '../device/device-token';
import { createHallDisplayClient } from '../graphql-client';
import { named } from '../test-names';

export const hall = {
  id: 'hall-1',
  ...named('青山区政务服务中心', 'Qingshan District Government Service Centre'),
  languages: ['zh-CN', 'en'],
  timezone: 'Asia/Shanghai',
  services: [
    { id: 'service-a', ...named('社会保障', 'Social Security'), prefix: 'A', active: true },
    { id: 'service-d', ...named('税务办理', 'Tax Services'), prefix: 'D', active: true },
    { id: 'service-e', ...named('不动产登记', 'Real Estate'), prefix: 'E', active: false },
  ],
  counters: [{ id: 'counter-1', label: '1', status: 'OPEN' }],
};

export const board = {
  hallId: 'hall-1',
  seq: 7,
  at: '2026-11-24T01:30:00.000Z',
  queues: [
    {
      service: { id: 'service-a', ...named('社会保障', 'Social Security'), prefix: 'A' },
      waiting: 4,
      estimate: { p50Minutes: 6, p90Minutes: 14 },
    },
    {
      service: { id: 'service-d', ...named('税务办理', 'Tax Services'), prefix: 'D' },
      waiting: 0,
      estimate: null,
    },
  ],
  recentCalls: [],
  counters: [],
};

export function issued(
  serviceId: string,
  number: string,
  route: { id: string; name: string; nameEn: string; names: { lang: string; text: string }[] }[] = [],
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
          channel: 'KIOSK',
          issuedAt: '2026-11-24T01:31:00.000Z',
          appointment: null as { id: string; slotStart: string } | null,
          service: { id: service.id, name: service.name, nameEn: service.nameEn, names: service.names },
          route,
        },
      },
    },
  };
}

// Wednesday in Shanghai, the day after the board's Tuesday 09:30.
export const tomorrowNine = '2026-11-25T01:00:00.000Z';
export const tomorrowHalfPastOne = '2026-11-25T05:30:00.000Z';

interface ServiceState {
  openNow: boolean;
  opensAt?: string | null;
  stopsIssuingAt?: string | null;
}

/** The HallOpening answer: the hall open or not, each service issuing or not. */
export function opening(
  hallOpen: boolean,
  services: Record<string, ServiceState>,
  hallOpensAt: string | null = null,
) {
  return {
    data: {
      hall: {
        id: 'hall-1',
        openNow: hallOpen,
        opensAt: hallOpen ? null : hallOpensAt,
        closesAt: null,
        services: Object.entries(services).map(([id, state]) => ({
          id,
          openNow: state.openNow,
          opensAt: state.opensAt ?? null,
          stopsIssuingAt: state.stopsIssuingAt ?? null,
        })),
      },
    },
  };
}

export const allIssuing = opening(true, { 'service-a': { openNow: true }, 'service-d': { openNow: true } });

/** The KioskBooking answer: the hall's code and whether its services take appointments. */
export function bookingHall(takesAppointments: boolean) {
  return {
    id: 'hall-1',
    code: 'qingshan',
    services: hall.services.map((service) => ({
      id: service.id,
      active: service.active,
      appointmentSettings: { enabled: takesAppointments && service.id === 'service-a' },
    })),
  };
}

export const kioskHandlers: Record<string, OperationHandler> = {
  MyDevice: () => ({
    data: { myDevice: { id: 'device-1', hallId: 'hall-1', role: 'KIOSK', name: '取号机 1' } },
  }),
  DeviceHall: () => ({ data: { hall } }),
  // No service takes appointments unless a test says so.
  KioskBooking: () => ({ data: { hall: bookingHall(false) } }),
  Heartbeat: () => ({ data: { heartbeat: { id: 'device-1', lastSeenAt: '2026-11-24T01:30:00.000Z' } } }),
  HallOpening: () => allIssuing,
};

let client: Client | undefined;
let rendered: RenderedRoute | undefined;
let webSocket: FakeGraphqlWebSocket;
let print: ReturnType<typeof vi.fn>;

/** The fake WebSocket of the kiosk opened last. */
export function kioskWebSocket(): FakeGraphqlWebSocket {
  return webSocket;
}

/** What stands in for `window.print`, fresh for each test. */
export function printSpy(): ReturnType<typeof vi.fn> {
  return print;
}

/** Renders /kiosk (or `path`) against `fetch`, with a fresh fake WebSocket; unmounted after the test. */
export async function renderKiosk(fetch: typeof globalThis.fetch, path = '/kiosk'): Promise<RenderedRoute> {
  webSocket = createFakeGraphqlWebSocket();
  client = createHallDisplayClient({
    url: 'http://hall.test/graphql',
    fetch,
    webSocketImpl: webSocket.WebSocket,
  });
  rendered = await renderAt(path, client, <AppRoutes />);
  return rendered;
}

/**
 * Opens the kiosk with its token stored. `loseAnswers` makes that many IssueTicket (or
 * CheckInAppointment) requests reach the fake server but fail in the browser, as a connection
 * cut on the way back does.
 */
export async function openKiosk(
  issueTicket: OperationHandler,
  options: {
    path?: string;
    loseAnswers?: number;
    handlers?: Record<string, OperationHandler>;
    /** What shows once the board has come; by default every service's queue. */
    ready?: string;
    /** The live board pushed once the kiosk listens; by default {@link board}. */
    board?: typeof board;
  } = {},
) {
  localStorage.setItem(deviceTokenStorageKey, 'kiosk-token');
  const server = createFakeGraphqlServer({
    ...kioskHandlers,
    IssueTicket: issueTicket,
    ...options.handlers,
  });
  let toLose = options.loseAnswers ?? 0;
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const response = await server.fetch(input, init);
    const operation = (JSON.parse(String(init?.body)) as { operationName: string }).operationName;
    if ((operation === 'IssueTicket' || operation === 'CheckInAppointment') && toLose > 0) {
      toLose -= 1;
      throw new TypeError('Failed to fetch');
    }
    return response;
  };
  const shown = await renderKiosk(fetch, options.path);
  await eventually(() => expect(webSocket.open('BoardUpdated')).toHaveLength(1), 4_000);
  webSocket.open('BoardUpdated')[0]?.next({ boardUpdated: options.board ?? board });
  const ready = options.ready ?? '.kiosk-service-figures';
  await eventually(() => expect(shown.container.querySelector(ready)).not.toBeNull());
  return { container: shown.container, requests: server.requests };
}

export const issueRequests = (requests: RecordedRequest[]) =>
  requests.filter((request) => request.operationName === 'IssueTicket');

export function button(container: HTMLElement, name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((candidate) =>
    candidate.textContent?.includes(name),
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

export function serviceButton(container: HTMLElement, serviceId: string): HTMLButtonElement {
  const found = container.querySelector<HTMLButtonElement>(`[data-service-id="${serviceId}"]`);
  if (!found) throw new Error(`no button for ${serviceId}`);
  return found;
}

export function click(element: HTMLElement): void {
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
