import { instantAtLocalTime } from '@onestop/shared';
import { disposeOneStopClient } from '@onestop/shared/client';
import {
  createFakeGraphqlServer,
  createFakeGraphqlWebSocket,
  type OperationHandler,
  type RecordedRequest,
} from '@onestop/shared/testing';
import { eventually, renderAt, type RenderedRoute } from '@onestop/shared/testing/react';
import type { Client } from '@urql/core';
import { act } from 'react';
import { expect } from 'vitest';
import { AppRoutes } from '../app';
import { createHallDisplayClient } from '../graphql-client';
import { named } from '../test-names';
import { bookingDays } from './booking-rules';

/**
 * The booking pages' tests' data and helpers: a hall in Shanghai with two services that take
 * appointments, slots from the real clock, the app opened at an address against a fake server.
 */

export const timeZone = 'Asia/Shanghai';
/** Today and the next two days on the hall's clock, as the page lists them for a horizon of 2. */
export const days = bookingDays(Date.now(), timeZone, 2);

export const hallNames = named('青山区政务服务中心', 'Qingshan Service Centre');
export const socialSecurity = { id: 'service-a', prefix: 'A', ...named('社会保障', 'Social Security') };

export function bookingHall(overrides: Record<string, unknown> = {}) {
  return {
    id: 'hall-1',
    code: 'QS',
    ...hallNames,
    languages: ['zh-CN', 'en'],
    timezone: timeZone,
    services: [
      { ...socialSecurity, slotMinutes: 30, horizonDays: 2 },
      { id: 'service-d', prefix: 'D', ...named('税务办理', 'Tax Services'), slotMinutes: 20, horizonDays: 2 },
    ],
    // No service takes remote tickets unless a test says so.
    remoteJoinServices: [] as unknown[],
    ...overrides,
  };
}

/** A slot of `day` from `hour`:00 for 30 minutes, with `available` of its 2 seats left. */
export function slot(day: string, hour: number, available: number) {
  return {
    start: instantAtLocalTime(day, hour * 60, timeZone).toISOString(),
    end: instantAtLocalTime(day, hour * 60 + 30, timeZone).toISOString(),
    capacity: 2,
    available,
  };
}

export function appointment(overrides: Record<string, unknown> = {}) {
  const booked = slot(days[1]!, 9, 1);
  return {
    id: 'appointment-1',
    status: 'BOOKED',
    checkInCode: '4821',
    phoneMasked: '138****5678',
    name: null as string | null,
    slotStart: booked.start,
    slotEnd: booked.end,
    service: { id: socialSecurity.id, names: socialSecurity.names },
    hall: {
      id: 'hall-1',
      code: 'QS',
      names: hallNames.names,
      languages: ['zh-CN', 'en'],
      timezone: timeZone,
    },
    ...overrides,
  };
}

let client: Client | undefined;
let rendered: RenderedRoute | undefined;

/** Opens the app at `path` against a fake server answering with `handlers`. */
export async function openAt(path: string, handlers: Record<string, OperationHandler>) {
  const server = createFakeGraphqlServer(handlers);
  client = createHallDisplayClient({
    url: 'http://hall.test/graphql',
    fetch: server.fetch,
    webSocketImpl: createFakeGraphqlWebSocket().WebSocket,
  });
  rendered = await renderAt(path, client, <AppRoutes />);
  return { container: rendered.container, requests: server.requests };
}

/** Closes what {@link openAt} opened (afterEach). */
export function closeApp(): void {
  rendered?.unmount();
  if (client) disposeOneStopClient(client);
  rendered = undefined;
  client = undefined;
}

export function button(container: HTMLElement, name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find(
    (candidate) => candidate.textContent?.trim() === name,
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

export const hasButton = (container: HTMLElement, name: string): boolean =>
  [...container.querySelectorAll('button')].some((candidate) => candidate.textContent?.trim() === name);

export const dayButton = (container: HTMLElement, date: string) =>
  container.querySelector<HTMLButtonElement>(`[data-day="${date}"]`)!;
export const slotButton = (container: HTMLElement, start: string) =>
  container.querySelector<HTMLButtonElement>(`[data-slot-start="${start}"]`)!;

/** Clicks, and lets the queries the click starts reach their first state inside act. */
export async function click(element: HTMLElement): Promise<void> {
  await act(async () => element.click());
}

export const operations = (requests: RecordedRequest[], name: string) =>
  requests.filter((request) => request.operationName === name);

/** Every day's slots read: no answer comes in after the test has looked. */
export async function daysRead(container: HTMLElement): Promise<void> {
  await eventually(() => {
    expect(container.querySelectorAll('[data-day]').length).toBeGreaterThan(0);
    expect(container.querySelectorAll('[data-day][aria-busy="true"]')).toHaveLength(0);
  });
}
