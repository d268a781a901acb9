import { disposeOneStopClient } from '@onestop/shared/client';
import {
  createFakeGraphqlServer,
  createFakeGraphqlWebSocket,
  errorResponse,
  type FakeGraphqlWebSocket,
  labelInNameProblems,
  type OperationHandler,
  type RecordedRequest,
} from '@onestop/shared/testing';
import { eventually, renderAt, type RenderedRoute, typeInto } from '@onestop/shared/testing/react';
import type { Client } from '@urql/core';
import { act } from 'react';
import { Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCounterClient } from '../graphql-client';
import { LocaleProvider, localeStorageKey } from '../locale/locale';
import { CounterPage } from '../pages/counter-page';
import { SessionGate } from '../session/session-gate';
import { staffTokenStorageKey } from '../session/staff-token';
import { counterChoiceStorageKey } from './counter-choice';

// The workstation against a fake server that keeps one counter's state the way the real one
// does, so that each test drives it through real requests and sees what a clerk would.

const hall = { id: 'hall-1', name: '青山区政务服务中心', nameEn: 'Qingshan Centre' };
const clerk = { id: 'staff-1', username: 'clerk1', displayName: '李明', role: 'CLERK', halls: [hall] };

interface FakeTicket {
  id: string;
  number: string;
  status: string;
  priority: string;
  channel: string;
  checkedIn: boolean;
  appointment: { id: string; slotStart: string } | null;
  queuedAt: string;
  calledAt: string | null;
  servingAt: string | null;
  recallCount: number;
  service: { id: string; name: string; nameEn: string; prefix: string };
  route: { id: string; name: string; nameEn: string; prefix: string }[];
}

const socialSecurity = { id: 'service-a', name: '社会保障', nameEn: 'Social Security', prefix: 'A' };

function waitingTicket(sequence: number): FakeTicket {
  return {
    id: `ticket-${sequence}`,
    number: `A${String(sequence).padStart(3, '0')}`,
    status: 'WAITING',
    priority: 'NORMAL',
    channel: 'KIOSK',
    checkedIn: true,
    appointment: null,
    queuedAt: '2026-11-24T01:00:00.000Z',
    calledAt: null,
    servingAt: null,
    recallCount: 0,
    service: socialSecurity,
    route: [],
  };
}

/** One counter's state, changed by the mutations as the server changes it. */
class FakeCounter {
  status: 'CLOSED' | 'OPEN' | 'PAUSED' = 'OPEN';
  pauseReason: string | null = null;
  current: FakeTicket | null = null;
  waiting: FakeTicket[] = [1, 2, 3].map(waitingTicket);
  refuseNext: string | null = null;

  /** Parked at this counter, in call order, from this machine or any other. */
  parked: FakeTicket[] = [];

  private counterAnswer() {
    return {
      id: 'counter-1',
      label: '3',
      status: this.status,
      pauseReason: this.pauseReason,
      staff: { id: clerk.id, displayName: clerk.displayName },
      services: [{ rank: 1, service: { id: socialSecurity.id } }],
    };
  }

  /** The hall's counters, for the picker. */
  hallSnapshot(): OperationHandler {
    return () => ({
      data: {
        hall: { ...hall, services: [socialSecurity], counters: [this.counterAnswer()] },
      },
    });
  }

  /** The workstation's own counter, with its tickets and its hall. */
  counterSnapshot(): OperationHandler {
    return ({ variables }) => ({
      data: {
        board: { at: '2026-11-24T01:30:00.000Z' },
        counter:
          variables['counterId'] === 'counter-1'
            ? {
                ...this.counterAnswer(),
                currentTicket: this.current,
                parkedTickets: this.parked.map((ticket) => ({ ...ticket })),
                hall: {
                  ...hall,
                  timezone: 'Asia/Shanghai',
                  maxRecalls: 2,
                  services: [{ ...socialSecurity, active: true, waitingCount: this.waiting.length }],
                },
              }
            : null,
      },
    });
  }

  handlers(): Record<string, OperationHandler> {
    const ticketChange = (change: (ticket: FakeTicket) => void, field: string): OperationHandler => {
      return () => {
        if (this.refuseNext)
          return errorResponse(this.refuseNext, 'refused', { status: this.current?.status });
        const ticket = this.current!;
        change(ticket);
        if (ticket.status !== 'CALLED' && ticket.status !== 'SERVING') this.current = null;
        return { data: { [field]: { ...ticket } } };
      };
    };
    return {
      Me: () => ({ data: { me: clerk } }),
      WorkstationHalls: () => ({ data: { halls: [hall] } }),
      WorkstationHall: this.hallSnapshot(),
      WorkstationCounter: this.counterSnapshot(),
      OwnFigures: () => ({
        data: { waitStats: [{ key: clerk.id, served: 7, noShows: 1, avgServiceSeconds: 245 }] },
      }),
      CallNext: () => {
        if (this.refuseNext) return errorResponse(this.refuseNext);
        const next = this.waiting.shift() ?? null;
        if (next) {
          next.status = 'CALLED';
          next.calledAt = '2026-11-24T01:30:00.000Z';
          this.current = next;
        }
        return { data: { callNext: next } };
      },
      RecallTicket: ticketChange((ticket) => (ticket.recallCount += 1), 'recallTicket'),
      StartServing: ticketChange((ticket) => {
        ticket.status = 'SERVING';
        ticket.servingAt = '2026-11-24T01:31:00.000Z';
      }, 'startServing'),
      CompleteTicket: ticketChange((ticket) => (ticket.status = 'DONE'), 'completeTicket'),
      MarkNoShow: ticketChange((ticket) => (ticket.status = 'NO_SHOW'), 'markNoShow'),
      ParkTicket: ticketChange((ticket) => {
        ticket.status = 'PARKED';
        this.parked.push(ticket);
      }, 'parkTicket'),
      ResumeTicket: ({ variables }) => {
        const resumed = this.parked.find((ticket) => ticket.id === variables['ticketId']);
        if (!resumed || this.current) return errorResponse('INVALID_TRANSITION');
        this.parked = this.parked.filter((ticket) => ticket !== resumed);
        resumed.status = 'CALLED';
        this.current = resumed;
        return { data: { resumeTicket: { ...resumed } } };
      },
      OpenCounter: () => {
        this.status = 'OPEN';
        return { data: { openCounter: { id: 'counter-1', status: 'OPEN' } } };
      },
      PauseCounter: ({ variables }) => {
        this.status = 'PAUSED';
        this.pauseReason = String(variables['reason']);
        return { data: { pauseCounter: { id: 'counter-1', status: 'PAUSED' } } };
      },
      CloseCounter: () => {
        this.status = 'CLOSED';
        return { data: { closeCounter: { id: 'counter-1', status: 'CLOSED' } } };
      },
      ResumeCounter: () => {
        this.status = 'OPEN';
        this.pauseReason = null;
        return { data: { resumeCounter: { id: 'counter-1', status: 'OPEN' } } };
      },
      Logout: () => ({ data: { logout: true } }),
    };
  }
}

let client: Client | undefined;
let rendered: RenderedRoute | undefined;
let socket: FakeGraphqlWebSocket;
let counter: FakeCounter;
let requests: RecordedRequest[];

async function renderWorkstation(): Promise<HTMLElement> {
  const server = createFakeGraphqlServer(counter.handlers());
  requests = server.requests;
  socket = createFakeGraphqlWebSocket();
  client = createCounterClient({
    url: 'http://hall.test/graphql',
    fetch: server.fetch,
    webSocketImpl: socket.WebSocket,
  });
  rendered = await renderAt(
    '/counter',
    client,
    <LocaleProvider>
      <Routes>
        <Route element={<SessionGate />}>
          <Route path="/counter" element={<CounterPage />} />
        </Route>
      </Routes>
    </LocaleProvider>,
  );
  return rendered.container;
}

async function openWorkstation(): Promise<HTMLElement> {
  const container = await renderWorkstation();
  await eventually(() => expect(container.querySelector('[data-counter-status]')).not.toBeNull());
  return container;
}

function button(container: HTMLElement, operation: string): HTMLButtonElement {
  const found = container.querySelector<HTMLButtonElement>(`[data-operation="${operation}"]`);
  if (!found) throw new Error(`no ${operation} button`);
  return found;
}

/** The operations whose buttons are enabled, in the order they are shown. */
function enabledOperations(container: HTMLElement): string[] {
  return [...container.querySelectorAll<HTMLButtonElement>('[data-operation]')]
    .filter((element) => !element.disabled)
    .map((element) => element.dataset['operation'] ?? '');
}

/** Presses an operation's button as a person does: focus on it, then a click. */
async function pressButton(container: HTMLElement, operation: string): Promise<void> {
  const pressed = button(container, operation);
  pressed.focus();
  await act(async () => pressed.click());
}

/** The dialog's confirm, as Enter in it does. */
async function confirmDialog(container: HTMLElement): Promise<void> {
  await act(async () => container.querySelector<HTMLFormElement>('[role="dialog"] form')?.requestSubmit());
  await eventually(() => expect(container.querySelector('[role="dialog"]')).toBeNull());
}

function press(key: string): void {
  window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

function sent(operationName: string): RecordedRequest[] {
  return requests.filter((request) => request.operationName === operationName);
}

function text(container: HTMLElement, selector: string): string {
  return container.querySelector(selector)?.textContent ?? '';
}

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(localeStorageKey, 'zh-CN');
  localStorage.setItem(staffTokenStorageKey, 'clerk-token');
  localStorage.setItem(counterChoiceStorageKey, JSON.stringify({ hallId: hall.id, counterId: 'counter-1' }));
  counter = new FakeCounter();
});
afterEach(() => {
  rendered?.unmount();
  if (client) disposeOneStopClient(client);
  rendered = undefined;
  client = undefined;
});

describe('the counter of this machine', () => {
  it('is chosen once and remembered; a closed counter can be changed', async () => {
    localStorage.removeItem(counterChoiceStorageKey);
    counter.status = 'CLOSED';
    const container = await renderWorkstation();
    await eventually(() => expect(text(container, 'h1')).toBe('选择窗口'));
    expect(sent('WorkstationHalls')).toHaveLength(1);
    await eventually(() => expect(container.querySelector('[data-counter-label="3"]')).not.toBeNull());
    expect(text(container, '[data-counter-label="3"]')).toBe('3 号窗口关闭 · 李明A 社会保障');

    await act(async () => container.querySelector<HTMLButtonElement>('[data-counter-label="3"]')?.click());
    await eventually(() => expect(text(container, '[data-counter-status]')).toBe('关闭'));
    expect(JSON.parse(localStorage.getItem(counterChoiceStorageKey) ?? 'null')).toEqual({
      hallId: hall.id,
      counterId: 'counter-1',
    });
    // The open button has the focus, so Enter opens the counter.
    expect(document.activeElement).toBe(button(container, 'openCounter'));

    const change = [...container.querySelectorAll<HTMLButtonElement>('button')].find(
      (candidate) => candidate.textContent === '更换窗口',
    );
    await act(async () => change?.click());
    await eventually(() => expect(text(container, 'h1')).toBe('选择窗口'));
    expect(localStorage.getItem(counterChoiceStorageKey)).toBeNull();
  });
});

describe('the buttons follow the state', () => {
  it.each<[string, (fake: FakeCounter) => void, string[]]>([
    ['a closed counter', (fake) => (fake.status = 'CLOSED'), ['openCounter']],
    ['an idle open counter', () => undefined, ['pauseCounter', 'closeCounter', 'callNext', 'callTicket']],
    ['a paused counter', (fake) => (fake.status = 'PAUSED'), ['resumeCounter', 'closeCounter']],
    [
      'a called ticket',
      (fake) =>
        (fake.current = { ...waitingTicket(9), status: 'CALLED', calledAt: '2026-11-24T01:29:00.000Z' }),
      ['pauseCounter', 'recall', 'start', 'complete', 'noShow', 'transfer', 'park'],
    ],
    [
      'a ticket in service',
      (fake) =>
        (fake.current = {
          ...waitingTicket(9),
          status: 'SERVING',
          calledAt: '2026-11-24T01:29:00.000Z',
          servingAt: '2026-11-24T01:29:30.000Z',
        }),
      ['pauseCounter', 'complete', 'transfer', 'park'],
    ],
  ])('%s', async (_name, arrange, expected) => {
    arrange(counter);
    const container = await openWorkstation();
    expect(enabledOperations(container)).toEqual(expected);
  });
});

describe('the keyboard', () => {
  it('calls one ticket however fast F1 is pressed twice, and none while one is held', async () => {
    const container = await openWorkstation();
    act(() => {
      press('F1');
      press('F1');
    });
    await eventually(() => expect(text(container, '[data-ticket-number]')).toBe('A001'));
    expect(sent('CallNext')).toHaveLength(1);

    // Held: F1 is illegal now and sends nothing.
    act(() => press('F1'));
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(sent('CallNext')).toHaveLength(1);
    expect(counter.waiting.map((ticket) => ticket.number)).toEqual(['A002', 'A003']);
  });

  it('ignores a held-down key that repeats', async () => {
    const container = await openWorkstation();
    act(() => {
      press('F1');
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'F1', repeat: true, cancelable: true }));
    });
    await eventually(() => expect(text(container, '[data-ticket-number]')).toBe('A001'));
    expect(sent('CallNext')).toHaveLength(1);
  });

  it('works a ticket through from the keyboard alone: call, recall, start, complete with an outcome', async () => {
    const container = await openWorkstation();
    act(() => press('F1'));
    await eventually(() => expect(text(container, '[data-ticket-number]')).toBe('A001'));
    act(() => press('F2'));
    await eventually(() => expect(text(container, '[data-recall-count]')).toBe('1 / 2'));
    act(() => press('F3'));
    await eventually(() => expect(text(container, '.ticket-status')).toContain('办理中'));

    act(() => press('F4'));
    const dialog = container.querySelector<HTMLElement>('[role="dialog"]');
    expect(dialog?.textContent).toContain('办结 A001');
    // Focus starts on the confirm button; 2 picks the second outcome, Enter submits.
    expect(document.activeElement?.textContent).toBe('确认办结');
    act(() => {
      dialog?.dispatchEvent(new KeyboardEvent('keydown', { key: '2', bubbles: true, cancelable: true }));
    });
    await act(async () => container.querySelector<HTMLFormElement>('[role="dialog"] form')?.requestSubmit());

    await eventually(() => expect(text(container, '.current-none')).toBe('窗口当前没有号码。'));
    expect(container.querySelector('[role="dialog"]')).toBeNull();
    expect(sent('CompleteTicket')[0]?.variables).toEqual({
      ticketId: 'ticket-1',
      outcome: 'documentsMissing',
    });
    expect(
      requests
        .map((request) => request.operationName)
        .filter(
          (name) => /^[A-Z][a-z]+[A-Z]/.test(name) && name !== 'WorkstationCounter' && name !== 'OwnFigures',
        ),
    ).toEqual(['CallNext', 'RecallTicket', 'StartServing', 'CompleteTicket']);
  });

  it('F9 asks for a pause reason, and F9 again resumes', async () => {
    counter.handlers = ((original) => () => ({
      ...original.call(counter),
      ResumeCounter: () => {
        counter.status = 'OPEN';
        counter.pauseReason = null;
        return { data: { resumeCounter: { id: 'counter-1', status: 'OPEN' } } };
      },
    }))(counter.handlers);
    const container = await openWorkstation();
    act(() => press('F9'));
    const form = container.querySelector<HTMLFormElement>('[role="dialog"] form');
    act(() => {
      form?.dispatchEvent(new KeyboardEvent('keydown', { key: '2', bubbles: true, cancelable: true }));
    });
    await act(async () => form?.requestSubmit());
    await eventually(() => expect(text(container, '[data-counter-status]')).toBe('暂停 · 用餐'));
    expect(sent('PauseCounter')[0]?.variables['reason']).toBe('用餐');

    act(() => press('F9'));
    await eventually(() => expect(text(container, '[data-counter-status]')).toBe('开放'));
  });
});

describe('refusals and the live queue', () => {
  it('says in words why the server refused', async () => {
    const container = await openWorkstation();
    counter.refuseNext = 'COUNTER_BUSY';
    await act(async () => button(container, 'callNext').click());
    await eventually(() => expect(text(container, '[role="alert"] p')).toBe('窗口已有正在呼叫或办理的号码'));
  });

  it('keeps the counter’s queue subscribed, shows each push and catches up the snapshot', async () => {
    const container = await openWorkstation();
    await eventually(() => expect(socket.open('CounterQueueUpdated')).toHaveLength(1));
    const subscription = socket.open('CounterQueueUpdated')[0]!;
    expect(subscription.variables).toEqual({ counterId: 'counter-1' });
    expect(subscription.connectionParams).toEqual({ token: 'clerk-token' });

    const loadsBefore = sent('WorkstationCounter').length;
    counter.waiting.push(waitingTicket(4));
    subscription.next({ counterQueueUpdated: counter.waiting });
    await eventually(() =>
      expect(
        [...container.querySelectorAll('.next-tickets .desk-number')].map((item) => item.textContent),
      ).toEqual(['A001', 'A002', 'A003', 'A004']),
    );
    await eventually(() => expect(text(container, '[data-waiting-count="A"]')).toBe('4'));
    expect(sent('WorkstationCounter').length).toBeGreaterThan(loadsBefore);
    expect(text(container, '[data-figure="served"]')).toBe('7');
    expect(text(container, '[data-figure="average"]')).toBe('4 分 5 秒');
    expect(sent('OwnFigures')[0]?.variables).toEqual({
      input: {
        hallId: hall.id,
        from: '2026-11-23T16:00:00.000Z',
        to: '2026-11-24T16:00:00.000Z',
        groupBy: 'STAFF',
        staffIds: [clerk.id],
      },
    });
  });
});

describe('focus after an operation (WCAG 2.4.3)', () => {
  it('goes to what the clerk needs next: open, call, start, complete, and the next call', async () => {
    counter.status = 'CLOSED';
    const container = await openWorkstation();
    await pressButton(container, 'openCounter');
    // The open button is gone: the next thing is calling.
    await eventually(() => expect(document.activeElement).toBe(button(container, 'callNext')));

    await pressButton(container, 'callNext');
    await eventually(() => expect(text(container, '[data-ticket-number]')).toBe('A001'));
    await eventually(() => expect(document.activeElement).toBe(button(container, 'start')));

    await pressButton(container, 'start');
    await eventually(() => expect(document.activeElement).toBe(button(container, 'complete')));

    await pressButton(container, 'complete');
    expect(document.activeElement?.textContent).toBe('确认办结');
    await confirmDialog(container);
    await eventually(() => expect(document.activeElement).toBe(button(container, 'callNext')));
  });

  it('follows a key as it follows a button', async () => {
    const container = await openWorkstation();
    expect(document.activeElement).toBe(document.body);
    act(() => press('F1'));
    await eventually(() => expect(document.activeElement).toBe(button(container, 'start')));
  });

  it('goes back to the opener of a cancelled dialog, and to resuming once paused', async () => {
    const container = await openWorkstation();
    await pressButton(container, 'pauseCounter');
    const cancel = [...container.querySelectorAll<HTMLButtonElement>('[role="dialog"] button')].find(
      (candidate) => candidate.textContent === '取消',
    );
    await act(async () => cancel?.click());
    expect(container.querySelector('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(button(container, 'pauseCounter'));

    await pressButton(container, 'pauseCounter');
    await confirmDialog(container);
    await eventually(() => expect(document.activeElement).toBe(button(container, 'resumeCounter')));
    await pressButton(container, 'resumeCounter');
    await eventually(() => expect(document.activeElement).toBe(button(container, 'callNext')));
  });

  it('goes to the next call after a no-show, and to the ticket heading when nothing is left to press', async () => {
    counter.current = { ...waitingTicket(9), status: 'CALLED', calledAt: '2026-11-24T01:29:00.000Z' };
    const container = await openWorkstation();
    await pressButton(container, 'noShow');
    await eventually(() => expect(document.activeElement).toBe(button(container, 'callNext')));

    // Paused elsewhere (another tab) while holding a ticket: completing it leaves no call to make.
    counter.status = 'PAUSED';
    counter.current = {
      ...waitingTicket(8),
      status: 'SERVING',
      calledAt: '2026-11-24T01:29:00.000Z',
      servingAt: '2026-11-24T01:29:30.000Z',
    };
    await eventually(() => expect(socket.open('CounterQueueUpdated')).toHaveLength(1));
    socket.open('CounterQueueUpdated')[0]!.next({ counterQueueUpdated: counter.waiting });
    await eventually(() => expect(enabledOperations(container)).toContain('complete'));
    expect(enabledOperations(container)).not.toContain('callNext');
    await pressButton(container, 'complete');
    await confirmDialog(container);
    await eventually(() => expect(document.activeElement?.id).toBe('current-ticket-heading'));
  });
});

describe('names', () => {
  it('names each button of the queue by the words it shows, then the ticket (WCAG 2.5.3)', async () => {
    counter.parked = [{ ...waitingTicket(7), status: 'PARKED', calledAt: '2026-11-24T01:10:00.000Z' }];
    const container = await openWorkstation();
    await eventually(() => expect(socket.open('CounterQueueUpdated')).toHaveLength(1));
    socket.open('CounterQueueUpdated')[0]!.next({ counterQueueUpdated: counter.waiting });
    await eventually(() => expect(container.querySelectorAll('.next-tickets button')).toHaveLength(3));
    expect(
      [...container.querySelectorAll('.next-tickets button')].map((each) => each.getAttribute('aria-label')),
    ).toEqual(['叫此号 A001', '叫此号 A002', '叫此号 A003']);
    expect(labelInNameProblems(container)).toEqual([]);
  });
});

describe('appointments', () => {
  it("marks a checked-in appointment's ticket in the queue and at the counter, and no other", async () => {
    counter.waiting[1]!.channel = 'APPOINTMENT';
    // 10:30 in the hall (Asia/Shanghai).
    counter.waiting[1]!.appointment = { id: 'appointment-2', slotStart: '2026-11-24T02:30:00.000Z' };
    counter.current = {
      ...waitingTicket(9),
      channel: 'APPOINTMENT',
      status: 'CALLED',
      calledAt: '2026-11-24T01:29:00.000Z',
    };
    const container = await openWorkstation();
    await eventually(() => expect(socket.open('CounterQueueUpdated')).toHaveLength(1));
    socket.open('CounterQueueUpdated')[0]!.next({ counterQueueUpdated: counter.waiting });
    const queueLine = (number: string) =>
      [...container.querySelectorAll('.next-tickets li')].find((item) => item.textContent?.includes(number));
    await eventually(() =>
      expect(queueLine('A002')?.querySelector('[data-appointment-badge]')?.textContent).toBe('预约 10:30'),
    );
    expect(queueLine('A001')?.querySelector('[data-appointment-badge]')).toBeNull();
    expect(queueLine('A003')?.querySelector('[data-appointment-badge]')).toBeNull();
    expect(text(container, '[data-ticket-number]')).toBe('A009');
    // Without its appointment at hand, the channel alone marks it.
    expect(text(container, '.current-ticket [data-appointment-badge]')).toBe('预约');
  });
});

describe('remote tickets (远程取号)', () => {
  /** A ticket taken from a phone, checked in at the hall or not yet. */
  function remoteTicket(sequence: number, checkedIn: boolean): FakeTicket {
    return { ...waitingTicket(sequence), channel: 'ONLINE', checkedIn };
  }

  it('marks a remote ticket in the queue and at the counter as remote and checked in, and no other', async () => {
    counter.waiting[1] = remoteTicket(2, true);
    counter.current = { ...remoteTicket(9, true), status: 'CALLED', calledAt: '2026-11-24T01:29:00.000Z' };
    const container = await openWorkstation();
    await eventually(() => expect(socket.open('CounterQueueUpdated')).toHaveLength(1));
    socket.open('CounterQueueUpdated')[0]!.next({ counterQueueUpdated: counter.waiting });
    const queueLine = (number: string) =>
      [...container.querySelectorAll('.next-tickets li')].find((item) => item.textContent?.includes(number));
    await eventually(() =>
      expect(queueLine('A002')?.querySelector('[data-remote-badge]')?.textContent).toBe('远程'),
    );
    expect(queueLine('A002')?.querySelector('[data-checked-in]')?.textContent).toBe('已签到');
    expect(queueLine('A001')?.querySelector('[data-remote-badge]')).toBeNull();
    expect(queueLine('A001')?.querySelector('[data-checked-in]')).toBeNull();
    expect(text(container, '.current-ticket [data-remote-badge]')).toBe('远程');
    expect(text(container, '.current-ticket [data-checked-in="true"]')).toBe('已签到');
    // A remote ticket is no appointment.
    expect(container.querySelector('.current-ticket [data-appointment-badge]')).toBeNull();
  });

  it('says so in English', async () => {
    localStorage.setItem(localeStorageKey, 'en');
    counter.current = { ...remoteTicket(9, true), status: 'CALLED', calledAt: '2026-11-24T01:29:00.000Z' };
    const container = await openWorkstation();
    await eventually(() => expect(text(container, '.current-ticket [data-remote-badge]')).toBe('Remote'));
    expect(text(container, '.current-ticket [data-checked-in]')).toBe('Checked in');
  });

  it("lists the hall's unchecked remote ticket when calling by number, but lets only a checked-in one be called", async () => {
    const hallQueue = [remoteTicket(4, false), remoteTicket(5, true), ...counter.waiting];
    counter.handlers = ((original) => () => ({
      ...original.call(counter),
      HallWaiting: () => ({ data: { queue: hallQueue } }),
      CallTicket: ({ variables }) => {
        const called = hallQueue.find((ticket) => ticket.id === variables['ticketId'])!;
        counter.current = { ...called, status: 'CALLED', calledAt: '2026-11-24T01:30:00.000Z' };
        return { data: { callTicket: counter.current } };
      },
    }))(counter.handlers);
    const container = await openWorkstation();
    await act(async () => button(container, 'callTicket').click());
    await eventually(() => expect(container.querySelector('[role="dialog"] fieldset')).not.toBeNull());
    const dialog = container.querySelector<HTMLElement>('[role="dialog"]')!;
    const choice = (number: string) =>
      [...dialog.querySelectorAll('.desk-choice')].find((item) => item.textContent?.includes(number))!;
    expect(choice('A004').querySelector('[data-checked-in="false"]')?.textContent).toBe('未签到');
    expect(choice('A004').querySelector<HTMLInputElement>('input')!.disabled).toBe(true);
    expect(choice('A005').querySelector('[data-checked-in="true"]')?.textContent).toBe('已签到');
    expect(choice('A005').querySelector<HTMLInputElement>('input')!.disabled).toBe(false);
    expect(dialog.textContent).toContain('未签到的远程号，签到后才能叫号');

    // Found by its number alone, the unchecked ticket is still not chosen.
    const search = dialog.querySelector<HTMLInputElement>('input[name="ticketNumber"]')!;
    typeInto(search, 'A004');
    typeInto(dialog.querySelector<HTMLInputElement>('input[name="callReason"]')!, '老人');
    await eventually(() => expect(dialog.querySelectorAll('.desk-choice')).toHaveLength(1));
    expect(dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled).toBe(true);

    typeInto(search, 'A005');
    await eventually(() =>
      expect(dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled).toBe(false),
    );
    await act(async () => dialog.querySelector<HTMLFormElement>('form')!.requestSubmit());
    await eventually(() => expect(text(container, '[data-ticket-number]')).toBe('A005'));
    expect(sent('CallTicket')[0]?.variables).toMatchObject({ ticketId: 'ticket-5', reason: '老人' });
    expect(text(container, '.current-ticket [data-checked-in="true"]')).toBe('已签到');
  });

  it("does not offer to call an unchecked remote ticket from the counter's queue", async () => {
    counter.waiting[0] = remoteTicket(1, false);
    const container = await openWorkstation();
    await eventually(() => expect(socket.open('CounterQueueUpdated')).toHaveLength(1));
    socket.open('CounterQueueUpdated')[0]!.next({ counterQueueUpdated: counter.waiting });
    await eventually(() =>
      expect(container.querySelector('.next-tickets [data-checked-in="false"]')).not.toBeNull(),
    );
    const callButtons = [...container.querySelectorAll<HTMLButtonElement>('.next-tickets button')];
    expect(callButtons.map((each) => each.disabled)).toEqual([true, false, false]);
    expect(callButtons[0]!.title).toBe('未签到的远程号，签到后才能叫号');
  });
});

describe('parked tickets', () => {
  function parkedNumbers(container: HTMLElement): string[] {
    return [...container.querySelectorAll('.parked-tickets .desk-number')].map(
      (item) => item.textContent ?? '',
    );
  }

  function parkedElsewhere(sequence: number): FakeTicket {
    return { ...waitingTicket(sequence), status: 'PARKED', calledAt: '2026-11-24T01:10:00.000Z' };
  }

  function storedKeys(): string[] {
    return Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index) ?? '');
  }

  it('lists what the server has parked at the counter, parks and resumes through it, and keeps nothing locally', async () => {
    // Parked at this counter on another machine: this browser has never seen it.
    counter.parked = [parkedElsewhere(7)];
    const keysBefore = storedKeys();
    const container = await openWorkstation();
    await eventually(() => expect(parkedNumbers(container)).toEqual(['A007']));

    act(() => press('F1'));
    await eventually(() => expect(text(container, '[data-ticket-number]')).toBe('A001'));
    await act(async () => button(container, 'park').click());
    await eventually(() => expect(parkedNumbers(container)).toEqual(['A007', 'A001']));
    expect(text(container, '.current-none')).toBe('窗口当前没有号码。');

    const resume = container.querySelector<HTMLButtonElement>('[aria-label="恢复暂挂的 A007"]');
    await act(async () => resume?.click());
    await eventually(() => expect(text(container, '[data-ticket-number]')).toBe('A007'));
    await eventually(() => expect(parkedNumbers(container)).toEqual(['A001']));
    expect(sent('ResumeTicket').map((request) => request.variables)).toEqual([{ ticketId: 'ticket-7' }]);
    expect(storedKeys()).toEqual(keysBefore);
  });

  it('shows a ticket parked here from another machine with the next push of the queue', async () => {
    const container = await openWorkstation();
    await eventually(() => expect(socket.open('CounterQueueUpdated')).toHaveLength(1));
    expect(text(container, '.queue-panel')).toContain('没有暂挂的号码。');

    counter.parked.push(parkedElsewhere(8));
    socket.open('CounterQueueUpdated')[0]!.next({ counterQueueUpdated: counter.waiting });
    await eventually(() => expect(parkedNumbers(container)).toEqual(['A008']));
    expect(container.querySelector<HTMLButtonElement>('[aria-label="恢复暂挂的 A008"]')?.disabled).toBe(
      false,
    );
  });
});

describe('after a reconnect', () => {
  it('subscribes again and catches up with what happened meanwhile', async () => {
    const container = await openWorkstation();
    await eventually(() => expect(socket.open('CounterQueueUpdated')).toHaveLength(1));
    socket.open('CounterQueueUpdated')[0]!.next({ counterQueueUpdated: counter.waiting });
    await eventually(() => expect(container.querySelectorAll('.next-tickets li')).toHaveLength(3));

    // The link drops; meanwhile another counter calls A001 and the hall takes A004 and A005.
    socket.drop();
    counter.waiting.shift();
    counter.waiting.push(waitingTicket(4), waitingTicket(5));

    // The client resubscribes by itself; the server's first push is the current queue.
    await eventually(() => expect(socket.open('CounterQueueUpdated')).toHaveLength(1), 5_000);
    const loadsBefore = sent('WorkstationCounter').length;
    socket.open('CounterQueueUpdated')[0]!.next({ counterQueueUpdated: counter.waiting });
    await eventually(() =>
      expect(
        [...container.querySelectorAll('.next-tickets .desk-number')].map((item) => item.textContent),
      ).toEqual(['A002', 'A003', 'A004', 'A005']),
    );
    await eventually(() => expect(sent('WorkstationCounter').length).toBeGreaterThan(loadsBefore));
    await eventually(() => expect(text(container, '[data-waiting-count="A"]')).toBe('4'));
  });
});

describe('leaving', () => {
  function logoutButton(container: HTMLElement): HTMLButtonElement {
    return [...container.querySelectorAll<HTMLButtonElement>('button')].find(
      (candidate) => candidate.textContent === '退出登录',
    )!;
  }

  it('asks to pause or close an open counter before logging out', async () => {
    const container = await openWorkstation();
    await act(async () => logoutButton(container).click());
    expect(text(container, '[role="dialog"] h2')).toBe('3 号窗口仍在服务');
    expect(sent('Logout')).toHaveLength(0);

    const closeAndLeave = [...container.querySelectorAll<HTMLButtonElement>('[role="dialog"] button')].find(
      (candidate) => candidate.textContent === '关闭窗口并退出',
    );
    await act(async () => closeAndLeave?.click());
    await eventually(() => expect(text(container, 'h1')).toBe('工作人员登录'));
    expect(sent('CloseCounter')).toHaveLength(1);
    expect(sent('Logout')).toHaveLength(1);
  });

  it('stays when the clerk cancels', async () => {
    const container = await openWorkstation();
    await act(async () => logoutButton(container).click());
    const cancel = [...container.querySelectorAll<HTMLButtonElement>('[role="dialog"] button')].find(
      (candidate) => candidate.textContent === '取消',
    );
    await act(async () => cancel?.click());
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(container.querySelector('[role="dialog"]')).toBeNull();
    expect(sent('Logout')).toHaveLength(0);
    expect(text(container, '[data-counter-status]')).toBe('开放');
  });

  it('logs straight out from a closed counter', async () => {
    counter.status = 'CLOSED';
    const container = await openWorkstation();
    await act(async () => logoutButton(container).click());
    await eventually(() => expect(text(container, 'h1')).toBe('工作人员登录'));
    expect(sent('Logout')).toHaveLength(1);
  });
});
