import { disposeOneStopClient } from '@onestop/shared/client';
import {
  createFakeGraphqlServer,
  createFakeGraphqlWebSocket,
  errorResponse,
  type FakeGraphqlWebSocket,
  type FakeSubscription,
  type OperationHandler,
  type RecordedRequest,
} from '@onestop/shared/testing';
import { eventually, renderAt, type RenderedRoute } from '@onestop/shared/testing/react';
import type { Client } from '@urql/core';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../app';
import { bookingHall } from '../booking/booking-test-support';
import { createHallDisplayClient } from '../graphql-client';
import { named } from '../test-names';
import { rememberTicket } from './remembered-tickets';
import { callVibrationPattern } from './use-call-alert';
import { almostYourTurnVibrationPattern, comeAndCheckInVibrationPattern } from './use-reminder-alert';

// The phone side of remote join (远程取号) against a fake server: a remote ticket's states on its
// page, its check-in, the almost-your-turn alert once per segment across reloads and wake-ups, the
// booking page's "take a number now" and the wall QR's check-in page.

const accessCode = 'remote-access-code-0123456789';
const social = {
  id: 'service-a',
  ...named('社会保障', 'Social Security'),
  remoteJoinSettings: { checkInAhead: 5 },
};

type Ticket = ReturnType<typeof ticket>;

/** A remote ticket (ONLINE), not checked in, 10 ahead, unless told otherwise. */
function ticket(overrides: Record<string, unknown> = {}) {
  return {
    id: 'ticket-1',
    number: 'A031',
    status: 'WAITING',
    channel: 'ONLINE',
    checkedIn: false,
    priority: 'NORMAL',
    issuedAt: '2026-12-07T01:31:00.000Z',
    position: 10 as number | null,
    recallCount: 0,
    calledAt: null as string | null,
    estimate: { p50Minutes: 20, p90Minutes: 35 } as { p50Minutes: number; p90Minutes: number } | null,
    service: social,
    counter: null as { id: string; label: string } | null,
    hall: {
      id: 'hall-1',
      ...named('青山区政务服务中心', 'Qingshan Service Centre'),
      languages: ['zh-CN', 'en'],
      timezone: 'Asia/Shanghai',
    },
    route: [] as (typeof social)[],
    segments: [{ id: 'segment-1', status: 'WAITING', rating: null as number | null, service: social }],
    ...overrides,
  };
}

const kioskTicket = (position: number): Ticket =>
  ticket({ channel: 'KIOSK', checkedIn: true, number: 'A007', position });

const calledTicket = (): Ticket =>
  ticket({
    channel: 'KIOSK',
    checkedIn: true,
    status: 'CALLED',
    position: null,
    estimate: null,
    calledAt: '2026-12-07T01:45:00.000Z',
    counter: { id: 'counter-3', label: '3' },
    segments: [{ id: 'segment-1', status: 'CALLED', rating: null, service: social }],
  });

let client: Client | undefined;
let rendered: RenderedRoute | undefined;
let webSocket: FakeGraphqlWebSocket;
let vibrate: ReturnType<typeof vi.fn>;

async function openAt(path: string, handlers: Record<string, OperationHandler>) {
  const server = createFakeGraphqlServer(handlers);
  webSocket = createFakeGraphqlWebSocket();
  client = createHallDisplayClient({
    url: 'http://hall.test/graphql',
    fetch: server.fetch,
    webSocketImpl: webSocket.WebSocket,
  });
  rendered = await renderAt(path, client, <AppRoutes />);
  return { container: rendered.container, requests: server.requests };
}

/** The page opened again on the same phone (same storage), as after a reload. */
async function reload(path = `/t/${accessCode}`): Promise<HTMLElement> {
  rendered?.unmount();
  rendered = await renderAt(path, client!, <AppRoutes />);
  return rendered.container;
}

async function liveFeed(): Promise<FakeSubscription> {
  await eventually(() => expect(webSocket.open('CitizenTicketUpdated').length).toBeGreaterThan(0), 4_000);
  return webSocket.open('CitizenTicketUpdated').at(-1)!;
}

function push(feed: FakeSubscription, next: Ticket): void {
  act(() => feed.next({ myTicketUpdated: next }));
}

function button(container: HTMLElement, name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find(
    (candidate) => candidate.textContent?.trim() === name,
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

async function click(element: HTMLElement): Promise<void> {
  await act(async () => element.click());
}

/** Types into a controlled input as a person would (React reads the input event). */
async function type(input: HTMLInputElement, value: string): Promise<void> {
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit(form: HTMLFormElement): Promise<void> {
  await act(async () => form.requestSubmit());
}

const operations = (requests: RecordedRequest[], name: string) =>
  requests.filter((request) => request.operationName === name);

/** The vibrations given with `pattern`. */
const vibrations = (pattern: number[]) =>
  vibrate.mock.calls.filter((call) => JSON.stringify(call[0]) === JSON.stringify(pattern)).length;

beforeEach(() => {
  localStorage.clear();
  vibrate = vi.fn(() => true);
  Object.defineProperty(navigator, 'vibrate', { value: vibrate, configurable: true });
  Object.defineProperty(navigator, 'languages', { value: ['zh-CN'], configurable: true });
});
afterEach(() => {
  rendered?.unmount();
  if (client) disposeOneStopClient(client);
  rendered = undefined;
  client = undefined;
});

describe('a remote ticket on its phone page', () => {
  it('holds its place at home, asks the citizen to come near the front, and shows the check-in', async () => {
    const { container } = await openAt(`/t/${accessCode}`, {
      CitizenTicket: () => ({ data: { myTicket: ticket() } }),
    });
    await eventually(() =>
      expect(container.querySelector('[data-remote-phase="holdingPlace"]')).not.toBeNull(),
    );
    expect(container.textContent).toContain('您已远程取号，号码为您保留');
    expect(container.textContent).toContain('前面还有 10 人');
    expect(container.textContent).not.toContain('请到大厅签到');
    expect(vibrate).not.toHaveBeenCalled();

    const feed = await liveFeed();
    push(feed, ticket({ position: 5 }));
    await eventually(() =>
      expect(container.querySelector('[data-remote-phase="comeAndCheckIn"]')).not.toBeNull(),
    );
    expect(container.querySelector('.remote-come-title')?.textContent).toBe('请到大厅签到');
    expect(container.textContent).toContain('再过 5 人就轮到您');
    expect(vibrations(comeAndCheckInVibrationPattern)).toBe(1);
    // Not within 3 and not checked in: never an almost-your-turn alert before check-in.
    push(feed, ticket({ position: 2 }));
    await eventually(() => expect(container.textContent).toContain('再过 2 人就轮到您'));
    expect(container.querySelector('.almost-your-turn')).toBeNull();
    expect(vibrations(comeAndCheckInVibrationPattern)).toBe(1);

    await click(button(container, '签到'));
    expect(button(container, '扫描大厅屏幕上的二维码')).toBeDefined();
    expect(container.querySelector('input[name="checkInCode"]')).not.toBeNull();
    const qr = container.querySelector('.check-in-qr');
    expect(qr?.getAttribute('data-qr-text')).toBe(`${window.location.origin}/t/${accessCode}`);
    expect(container.textContent).toContain('或在自助取号机上扫描此码');
  });

  it('checks in with the six digits typed, and then says it is checked in', async () => {
    const { container, requests } = await openAt(`/t/${accessCode}`, {
      CitizenTicket: () => ({ data: { myTicket: ticket({ position: 4 }) } }),
      CheckInMyTicket: () => ({ data: { checkInTicket: ticket({ position: 4, checkedIn: true }) } }),
    });
    await eventually(() =>
      expect(container.querySelector('[data-remote-phase="comeAndCheckIn"]')).not.toBeNull(),
    );
    await click(button(container, '签到'));
    const input = container.querySelector<HTMLInputElement>('input[name="checkInCode"]')!;
    await type(input, '12a45');
    await submit(input.form!);
    expect(container.textContent).toContain('请输入 6 位数字');
    expect(operations(requests, 'CheckInMyTicket')).toHaveLength(0);

    await type(input, '123456');
    await submit(input.form!);
    await eventually(() => expect(container.querySelector('[data-remote-phase="checkedIn"]')).not.toBeNull());
    expect(operations(requests, 'CheckInMyTicket')[0]?.variables).toEqual({
      accessCode,
      checkInCode: '123456',
    });
    expect(container.textContent).toContain('已签到');
    expect(container.textContent).not.toContain('请到大厅签到');
  });

  it('explains a code the server refused (wrong or expired) in the page’s language', async () => {
    const { container } = await openAt(`/t/${accessCode}`, {
      CitizenTicket: () => ({ data: { myTicket: ticket({ position: 4 }) } }),
      CheckInMyTicket: () => errorResponse('BAD_USER_INPUT', 'expired', { field: 'checkInCode' }),
    });
    await eventually(() =>
      expect(container.querySelector('[data-remote-phase="comeAndCheckIn"]')).not.toBeNull(),
    );
    await click(button(container, 'English'));
    await click(button(container, 'Check in'));
    const input = container.querySelector<HTMLInputElement>('input[name="checkInCode"]')!;
    await type(input, '000000');
    await submit(input.form!);
    await eventually(() =>
      expect(container.querySelector('#check-in-code-problem')?.textContent).toContain(
        'This check-in code is wrong or expired',
      ),
    );
  });
});

describe('the almost-your-turn alert', () => {
  it('comes once at 3 ahead: banner, vibration; not again as the line moves or after a reload', async () => {
    // The server's ticket as it is now: what a reload reads.
    let current = kioskTicket(6);
    const move = (next: Ticket): void => {
      current = next;
      push(feed, next);
    };
    const { container } = await openAt(`/t/${accessCode}`, {
      CitizenTicket: () => ({ data: { myTicket: current } }),
    });
    const feed = await liveFeed();
    await eventually(() => expect(container.textContent).toContain('前面还有 6 人'));
    expect(container.querySelector('.almost-your-turn')).toBeNull();

    move(kioskTicket(3));
    await eventually(() => expect(container.querySelector('.almost-your-turn')).not.toBeNull());
    const banner = container.querySelector('.almost-your-turn')!;
    // Seen, not said: the place's own live region says the new place, once (two would say it twice).
    expect(banner.getAttribute('role')).toBeNull();
    expect(banner.getAttribute('aria-live')).toBeNull();
    expect(container.querySelectorAll('[aria-live="polite"]')).toHaveLength(1);
    expect(banner.textContent).toContain('快到您了');
    expect(banner.textContent).toContain('再过 3 人就轮到您');
    expect(vibrations(almostYourTurnVibrationPattern)).toBe(1);

    move(kioskTicket(1));
    move(kioskTicket(0));
    await eventually(() => expect(container.textContent).toContain('马上就轮到您，请留意叫号'));
    expect(container.querySelectorAll('.almost-your-turn')).toHaveLength(1);
    expect(vibrations(almostYourTurnVibrationPattern)).toBe(1);

    const reloaded = await reload();
    await eventually(() => expect(reloaded.querySelector('.almost-your-turn')).not.toBeNull());
    expect(vibrations(almostYourTurnVibrationPattern)).toBe(1);
  });

  it('is given once when the phone wakes to a ticket already within 3', async () => {
    // The page's first read is the ticket as it is after the sleep.
    const { container } = await openAt(`/t/${accessCode}`, {
      CitizenTicket: () => ({ data: { myTicket: kioskTicket(2) } }),
    });
    await eventually(() => expect(container.querySelector('.almost-your-turn')).not.toBeNull());
    const feed = await liveFeed();
    // The subscription's first push repeats the same state: not a second alert.
    push(feed, kioskTicket(2));
    await eventually(() => expect(vibrations(almostYourTurnVibrationPattern)).toBe(1));
    expect(vibrations(almostYourTurnVibrationPattern)).toBe(1);
  });

  it('gives the call alert alone to a phone that wakes after the call', async () => {
    const { container } = await openAt(`/t/${accessCode}`, {
      CitizenTicket: () => ({ data: { myTicket: calledTicket() } }),
    });
    await eventually(() => expect(container.querySelector('[role="alertdialog"]')).not.toBeNull());
    expect(container.querySelector('.almost-your-turn')).toBeNull();
    expect(vibrations(callVibrationPattern)).toBe(1);
    expect(vibrations(almostYourTurnVibrationPattern)).toBe(0);
  });

  it('comes after check-in to a remote ticket near the front', async () => {
    const { container } = await openAt(`/t/${accessCode}`, {
      CitizenTicket: () => ({ data: { myTicket: ticket({ position: 2 }) } }),
    });
    const feed = await liveFeed();
    await eventually(() =>
      expect(container.querySelector('[data-remote-phase="comeAndCheckIn"]')).not.toBeNull(),
    );
    push(feed, ticket({ position: 2, checkedIn: true }));
    await eventually(() => expect(container.querySelector('.almost-your-turn')).not.toBeNull());
    expect(container.querySelector('[data-remote-phase="checkedIn"]')).not.toBeNull();
    expect(vibrations(almostYourTurnVibrationPattern)).toBe(1);
  });
});

const remoteServices = [
  {
    id: 'service-a',
    prefix: 'A',
    ...named('社会保障', 'Social Security'),
    issuingNow: true,
    waiting: 4,
    estimate: { p50Minutes: 10, p90Minutes: 20 },
  },
  {
    id: 'service-b',
    prefix: 'B',
    ...named('医疗保险', 'Medical Insurance'),
    issuingNow: false,
    waiting: 0,
    estimate: null,
  },
];

describe('take a number now, on the booking page', () => {
  const hall = () => bookingHall({ remoteJoinServices: remoteServices });

  it('lists the services, takes a number with a valid phone and one idempotency key, and opens the ticket', async () => {
    const { container, requests } = await openAt('/book/QS', {
      BookingHall: () => ({ data: { bookingHall: hall() } }),
      JoinRemotely: () => ({ data: { joinRemotely: { accessCode } } }),
      CitizenTicket: () => ({ data: { myTicket: ticket() } }),
    });
    await eventually(() => expect(container.textContent).toContain('立即远程取号'));
    const open = container.querySelector<HTMLButtonElement>('[data-remote-service-id="service-a"]')!;
    const closed = container.querySelector<HTMLButtonElement>('[data-remote-service-id="service-b"]')!;
    expect(open.textContent).toContain('4 人等候');
    expect(closed.disabled).toBe(true);
    expect(closed.textContent).toContain('现在不能远程取号');

    await click(open);
    const phone = container.querySelector<HTMLInputElement>('input[name="remotePhone"]')!;
    await type(phone, '1381234567');
    await submit(phone.form!);
    expect(container.textContent).toContain('请输入 11 位手机号');
    expect(operations(requests, 'JoinRemotely')).toHaveLength(0);

    await type(phone, '13812345678');
    await submit(phone.form!);
    await eventually(() =>
      expect(container.querySelector('[data-remote-phase="holdingPlace"]')).not.toBeNull(),
    );
    const input = operations(requests, 'JoinRemotely')[0]?.variables['input'] as Record<string, unknown>;
    expect(input).toMatchObject({ hallId: 'hall-1', serviceId: 'service-a', phone: '13812345678' });
    expect(input['idempotencyKey']).toEqual(expect.any(String));
  });

  it.each([
    {
      extensions: { quota: 'remotePerPhone' },
      code: 'QUOTA_REACHED',
      text: '该手机号在本大厅已有一个远程取号',
    },
    { extensions: { quota: 'remoteWaiting' }, code: 'QUOTA_REACHED', text: '该业务远程取号人数已满' },
    { extensions: { opensAt: null }, code: 'SERVICE_CLOSED', text: '该业务现在不取号' },
  ])('explains $code $extensions.quota', async ({ code, extensions, text }) => {
    const { container } = await openAt('/book/QS', {
      BookingHall: () => ({ data: { bookingHall: hall() } }),
      JoinRemotely: () => errorResponse(code, 'refused', extensions),
    });
    await eventually(() => expect(container.textContent).toContain('立即远程取号'));
    await click(container.querySelector<HTMLButtonElement>('[data-remote-service-id="service-a"]')!);
    const phone = container.querySelector<HTMLInputElement>('input[name="remotePhone"]')!;
    await type(phone, '13812345678');
    await submit(phone.form!);
    await eventually(() => expect(container.querySelector('[role="alert"]')?.textContent).toContain(text));
    expect(container.textContent).toContain('未能取号');
  });

  it('points at the phone field when the server refuses the number', async () => {
    const { container } = await openAt('/book/QS', {
      BookingHall: () => ({ data: { bookingHall: hall() } }),
      JoinRemotely: () => errorResponse('BAD_USER_INPUT', 'phone', { field: 'phone' }),
    });
    await eventually(() => expect(container.textContent).toContain('立即远程取号'));
    await click(container.querySelector<HTMLButtonElement>('[data-remote-service-id="service-a"]')!);
    const phone = container.querySelector<HTMLInputElement>('input[name="remotePhone"]')!;
    await type(phone, '13812345678');
    await submit(phone.form!);
    await eventually(() => expect(phone.getAttribute('aria-invalid')).toBe('true'));
    expect(container.querySelector('#remote-phone-problem')?.textContent).toContain('请输入 11 位手机号');
  });

  it('is left out for a hall without remote join', async () => {
    const { container } = await openAt('/book/QS', {
      BookingHall: () => ({ data: { bookingHall: bookingHall() } }),
    });
    await eventually(() => expect(container.textContent).toContain('社会保障'));
    expect(container.textContent).not.toContain('立即远程取号');
  });
});

describe('the wall QR’s check-in page', () => {
  it('checks in the remote tickets this phone opened that wait unchecked-in, then shows the ticket', async () => {
    rememberTicket('kiosk-ticket-code');
    rememberTicket(accessCode);
    const { container, requests } = await openAt('/checkin/123456', {
      RememberedTicket: (request) => ({
        data: {
          myTicket:
            request.variables['accessCode'] === accessCode
              ? { id: 'ticket-1', status: 'WAITING', channel: 'ONLINE', checkedIn: false }
              : { id: 'ticket-2', status: 'WAITING', channel: 'KIOSK', checkedIn: true },
        },
      }),
      CheckInMyTicket: () => ({ data: { checkInTicket: ticket({ checkedIn: true, position: 4 }) } }),
      CitizenTicket: () => ({ data: { myTicket: ticket({ checkedIn: true, position: 4 }) } }),
    });
    await eventually(() => expect(container.querySelector('[data-remote-phase="checkedIn"]')).not.toBeNull());
    expect(operations(requests, 'CheckInMyTicket').map((request) => request.variables)).toEqual([
      { accessCode, checkInCode: '123456' },
    ]);
  });

  it('tells how to check in on a phone that opened no remote ticket', async () => {
    const { container, requests } = await openAt('/checkin/123456', {});
    await eventually(() => expect(container.textContent).toContain('本手机上没有需要签到的远程号票'));
    expect(container.textContent).toContain('在自助取号机上扫描');
    expect(operations(requests, 'CheckInMyTicket')).toHaveLength(0);
  });

  it('says so when the code was refused', async () => {
    rememberTicket(accessCode);
    const { container } = await openAt('/checkin/999999', {
      RememberedTicket: () => ({
        data: { myTicket: { id: 'ticket-1', status: 'WAITING', channel: 'ONLINE', checkedIn: false } },
      }),
      CheckInMyTicket: () => errorResponse('BAD_USER_INPUT', 'expired', { field: 'checkInCode' }),
    });
    await eventually(() => expect(container.textContent).toContain('签到未成功'));
    expect(container.textContent).toContain('签到码不正确或已过期');
  });
});
