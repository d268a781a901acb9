import { formatOpeningTime, formatWaitRangeIn, translatePublic } from '@onestop/shared';
import { disposeOneStopClient } from '@onestop/shared/client';
import {
  createFakeGraphqlServer,
  createFakeGraphqlWebSocket,
  errorResponse,
  type FakeGraphqlWebSocket,
  type FakeSubscription,
  labelInNameProblems,
  type OperationHandler,
  type RecordedRequest,
} from '@onestop/shared/testing';
import { eventually, renderAt, type RenderedRoute } from '@onestop/shared/testing/react';
import type { Client } from '@urql/core';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../app';
import { createHallDisplayClient } from '../graphql-client';
import { named } from '../test-names';
import { callVibrationPattern } from './use-call-alert';

const accessCode = 'access-code-0123456789abcdef';
// Remote join is off for these services (the default settings): checkInAhead is read all the same.
const remoteJoinSettings = { checkInAhead: 5 };
const social = { id: 'service-a', ...named('社会保障', 'Social Security'), remoteJoinSettings };
const tax = { id: 'service-d', ...named('税务办理', 'Tax Services'), remoteJoinSettings };

type Ticket = ReturnType<typeof ticket>;

function ticket(overrides: Record<string, unknown> = {}) {
  return {
    id: 'ticket-1',
    number: 'A007',
    status: 'WAITING',
    channel: 'KIOSK',
    checkedIn: true,
    priority: 'NORMAL',
    issuedAt: '2026-11-24T01:31:00.000Z',
    position: 4,
    recallCount: 0,
    calledAt: null as string | null,
    estimate: { p50Minutes: 5, p90Minutes: 12 } as { p50Minutes: number; p90Minutes: number } | null,
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

const called = (recallCount = 0): Ticket =>
  ticket({
    status: 'CALLED',
    position: null,
    estimate: null,
    recallCount,
    calledAt: '2026-11-24T01:45:00.000Z',
    counter: { id: 'counter-3', label: '3' },
    segments: [{ id: 'segment-1', status: 'CALLED', rating: null, service: social }],
  });

/** Completed, its one service rated with `rating` (null: not yet). */
const done = (rating: number | null = null): Ticket =>
  ticket({
    status: 'DONE',
    position: null,
    estimate: null,
    counter: { id: 'counter-3', label: '3' },
    segments: [{ id: 'segment-1', status: 'DONE', rating, service: social }],
  });

/** A one-stop visit with both services completed, rated as given. */
const doneVisit = (socialRating: number | null, taxRating: number | null): Ticket =>
  ticket({
    status: 'DONE',
    position: null,
    estimate: null,
    service: tax,
    counter: { id: 'counter-5', label: '5' },
    segments: [
      { id: 'segment-1', status: 'DONE', rating: socialRating, service: social },
      { id: 'segment-2', status: 'DONE', rating: taxRating, service: tax },
    ],
  });

/** The keys this page left in the phone's storage. */
function storedKeys(): string[] {
  return Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index) ?? '');
}

let client: Client | undefined;
let rendered: RenderedRoute | undefined;
let webSocket: FakeGraphqlWebSocket;

async function openPhone(handlers: Record<string, OperationHandler>, path = `/t/${accessCode}`) {
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

/** The live feed of the ticket, once the page has subscribed. */
async function liveFeed(): Promise<FakeSubscription> {
  await eventually(() => expect(webSocket.open('CitizenTicketUpdated')).toHaveLength(1), 4_000);
  return webSocket.open('CitizenTicketUpdated')[0]!;
}

function push(feed: FakeSubscription, next: Ticket): void {
  feed.next({ myTicketUpdated: next });
}

function button(container: HTMLElement, name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find(
    (candidate) => candidate.textContent?.trim() === name,
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

function click(element: HTMLElement): void {
  act(() => element.click());
}

const operations = (requests: RecordedRequest[], name: string) =>
  requests.filter((request) => request.operationName === name);

let vibrate: ReturnType<typeof vi.fn>;

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

describe('the phone page while waiting', () => {
  it('shows the number, the people ahead and the wait range, asked by the code alone', async () => {
    const { container, requests } = await openPhone({
      CitizenTicket: () => ({ data: { myTicket: ticket() } }),
    });

    await eventually(() => expect(container.querySelector('#phone-ticket-number')?.textContent).toBe('A007'));
    expect(container.textContent).toContain('前面还有 4 人');
    expect(container.textContent).toContain('约 5–12 分钟');
    expect(container.textContent).toContain('青山区政务服务中心');
    expect(document.title).toBe('A007 · 我的排队');
    expect(requests[0]?.variables).toEqual({ accessCode });
    expect(requests[0]?.headers.get('authorization')).toBeNull();
    const feed = await liveFeed();
    expect(feed.variables).toEqual({ accessCode });
  });

  it('follows the place live', async () => {
    const { container } = await openPhone({ CitizenTicket: () => ({ data: { myTicket: ticket() } }) });
    const feed = await liveFeed();
    push(feed, ticket({ position: 1, estimate: { p50Minutes: 1, p90Minutes: 3 } }));
    await eventually(() => expect(container.textContent).toContain('前面还有 1 人'));
    push(feed, ticket({ position: 0, estimate: { p50Minutes: 0, p90Minutes: 1 } }));
    await eventually(() => expect(container.textContent).toContain('下一位就是您'));
  });

  it('reads in English and in large text when asked, and remembers both', async () => {
    const { container } = await openPhone({ CitizenTicket: () => ({ data: { myTicket: ticket() } }) });
    await eventually(() => expect(container.querySelector('#phone-ticket-number')).not.toBeNull());
    click(button(container, 'English'));
    expect(container.textContent).toContain('4 ahead of you');
    expect(container.textContent).toContain('about 5–12 min');
    click(button(container, 'Large text'));
    expect(container.querySelector('.phone-page')?.classList.contains('phone-large')).toBe(true);
    expect(button(container, 'Large text').getAttribute('aria-pressed')).toBe('true');

    rendered?.unmount();
    rendered = await renderAt(`/t/${accessCode}`, client!, <AppRoutes />);
    await eventually(() => expect(rendered?.container.textContent).toContain('4 ahead of you'));
    expect(rendered.container.querySelector('.phone-large')).not.toBeNull();
  });

  it('shows the route of a one-stop visit', async () => {
    const { container } = await openPhone({
      CitizenTicket: () => ({ data: { myTicket: ticket({ route: [tax] }) } }),
    });
    await eventually(() => expect(container.querySelector('.route-steps')).not.toBeNull());
    const steps = [...container.querySelectorAll('.route-step')].map((step) => step.textContent);
    expect(steps).toEqual(['▶社会保障当前', '○税务办理待办']);
  });

  it('cancels only after the citizen confirms', async () => {
    const { container, requests } = await openPhone({
      CitizenTicket: () => ({ data: { myTicket: ticket() } }),
      CancelMyTicket: () => ({
        data: {
          cancelTicket: ticket({
            status: 'CANCELLED',
            position: null,
            segments: [{ id: 'segment-1', status: 'CANCELLED', rating: null, service: social }],
          }),
        },
      }),
    });
    await eventually(() => expect(container.querySelector('#phone-ticket-number')).not.toBeNull());

    click(button(container, '取消排队'));
    expect(container.textContent).toContain('确定要取消排队吗？');
    click(button(container, '继续排队'));
    expect(container.textContent).not.toContain('确定要取消排队吗？');
    expect(operations(requests, 'CancelMyTicket')).toHaveLength(0);

    click(button(container, '取消排队'));
    click(button(container, '确定取消'));
    await eventually(() => expect(container.textContent).toContain('您的号码已取消'));
    expect(operations(requests, 'CancelMyTicket')[0]?.variables).toEqual({ accessCode });
    expect(container.textContent).not.toContain('取消排队');
  });

  it('explains a refused cancel in words', async () => {
    const { container } = await openPhone({
      CitizenTicket: () => ({ data: { myTicket: ticket() } }),
      CancelMyTicket: () => errorResponse('INVALID_TRANSITION', 'no', { status: 'CALLED' }),
    });
    await eventually(() => expect(container.querySelector('#phone-ticket-number')).not.toBeNull());
    click(button(container, '取消排队'));
    click(button(container, '确定取消'));
    await eventually(() =>
      expect(container.querySelector('[role="alert"]')?.textContent).toContain('当前状态为 CALLED'),
    );
  });
});

describe('the phone page when called', () => {
  it('covers the screen, vibrates, and does it again for a recall', async () => {
    const { container } = await openPhone({ CitizenTicket: () => ({ data: { myTicket: ticket() } }) });
    const feed = await liveFeed();
    expect(container.querySelector('[role="alertdialog"]')).toBeNull();

    push(feed, called());
    await eventually(() => expect(container.querySelector('[role="alertdialog"]')).not.toBeNull());
    const banner = container.querySelector('[role="alertdialog"]')!;
    expect(banner.textContent).toContain('轮到您了');
    expect(banner.textContent).toContain('A007');
    expect(banner.textContent).toContain('请到 3 号窗口');
    expect(vibrate).toHaveBeenCalledWith(callVibrationPattern);

    click(button(container, '我知道了'));
    expect(container.querySelector('[role="alertdialog"]')).toBeNull();
    // Still said on the page itself.
    expect(container.querySelector('.phone-notice-call')?.textContent).toContain('请到 3 号窗口');
    // The same call pushed again (another change in the hall) does not alert again.
    push(feed, called());
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(container.querySelector('[role="alertdialog"]')).toBeNull();
    expect(vibrate).toHaveBeenCalledTimes(1);

    push(feed, called(1));
    await eventually(() =>
      expect(container.querySelector('[role="alertdialog"]')?.textContent).toContain('第 2 次呼叫'),
    );
    expect(vibrate).toHaveBeenCalledTimes(2);
  });

  it('shows the banner again after a reload while called', async () => {
    const { container } = await openPhone({ CitizenTicket: () => ({ data: { myTicket: called() } }) });
    await eventually(() => expect(container.querySelector('[role="alertdialog"]')).not.toBeNull());
  });
});

describe('the phone page after the service', () => {
  it('asks for one rating of five levels with an optional comment, and thanks', async () => {
    const { container, requests } = await openPhone({
      CitizenTicket: () => ({ data: { myTicket: done() } }),
      RateMyTicket: () => ({ data: { rateTicket: done(2) } }),
    });
    await eventually(() => expect(container.querySelector('form.rating-form')).not.toBeNull());
    const labels = [...container.querySelectorAll('.rating-score')].map((label) => label.textContent);
    expect(labels).toEqual(['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
    const submit = container.querySelector<HTMLButtonElement>('form.rating-form button[type="submit"]')!;
    expect(submit.disabled).toBe(true);

    click(container.querySelectorAll<HTMLInputElement>('input[name="score"]')[3]!);
    // typeInto knows inputs only; a textarea has its own value setter.
    const comment = container.querySelector('textarea[name="comment"]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    act(() => {
      setValue?.call(comment, '  等太久  ');
      comment.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => container.querySelector<HTMLFormElement>('form.rating-form')?.requestSubmit());

    await eventually(() => expect(container.textContent).toContain('感谢您的评价！'));
    expect(operations(requests, 'RateMyTicket')[0]?.variables).toEqual({
      accessCode,
      score: 2,
      comment: '等太久',
    });
    // Gone because the answer carries the service's score; nothing is kept on the phone.
    expect(container.querySelector('form.rating-form')).toBeNull();
    expect(storedKeys().filter((key) => key.toLowerCase().includes('rat'))).toEqual([]);
  });

  it('does not ask again for a service rated already', async () => {
    const { container } = await openPhone({
      CitizenTicket: () => ({ data: { myTicket: done(5) } }),
    });
    await eventually(() => expect(container.textContent).toContain('业务已办结'));
    expect(container.querySelector('form.rating-form')).toBeNull();
  });

  it('goes by the scores of a one-stop visit on the server, whichever phone gave them', async () => {
    // Nothing on this phone: the first service was rated on another one.
    let current = doneVisit(4, null);
    const { container } = await openPhone({ CitizenTicket: () => ({ data: { myTicket: current } }) });
    await eventually(() => expect(container.querySelector('form.rating-form')).not.toBeNull());
    expect(container.querySelector('.rating-service')?.textContent).toBe('业务：税务办理');

    // The second is rated elsewhere too: the next push says so, and the form goes.
    current = doneVisit(4, 5);
    push(await liveFeed(), current);
    await eventually(() => expect(container.querySelector('form.rating-form')).toBeNull());
    expect(container.textContent).toContain('业务已办结');
  });

  it('takes a refusal as rated already, and shows the ticket the server has then', async () => {
    let rated = false;
    const { container, requests } = await openPhone({
      // Called when the page opened, rated by the time it reads the ticket again.
      CitizenTicket: () => ({ data: { myTicket: rated ? done(3) : called() } }),
      RateMyTicket: () => {
        // Another phone rated it a moment earlier.
        rated = true;
        return errorResponse('INVALID_TRANSITION', 'nothing to rate', { status: 'DONE' });
      },
    });
    // The page shows what the live feed pushed last: completed, not rated as far as it knows.
    push(await liveFeed(), done(null));
    await eventually(() => expect(container.textContent).toContain('业务已办结'));
    await eventually(() => expect(container.querySelector('form.rating-form')).not.toBeNull());
    click(container.querySelectorAll<HTMLInputElement>('input[name="score"]')[0]!);
    await act(async () => container.querySelector<HTMLFormElement>('form.rating-form')?.requestSubmit());

    await eventually(() => expect(container.querySelector('form.rating-form')).toBeNull());
    expect(container.textContent).toContain('感谢您的评价！');
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(operations(requests, 'CitizenTicket')).toHaveLength(2);
  });

  it('asks for the first service of a route while the next one waits', async () => {
    const { container } = await openPhone({
      CitizenTicket: () => ({
        data: {
          myTicket: ticket({
            service: tax,
            segments: [
              { id: 'segment-1', status: 'DONE', rating: null, service: social },
              { id: 'segment-2', status: 'WAITING', rating: null, service: tax },
            ],
          }),
        },
      }),
    });
    await eventually(() => expect(container.querySelector('form.rating-form')).not.toBeNull());
    expect(container.querySelector('.rating-service')?.textContent).toBe('业务：社会保障');
    expect(container.textContent).toContain('前面还有 4 人');
  });
});

/** The TicketServiceOpening answer for the ticket's service (社会保障). */
function serviceOpening(openNow: boolean, opensAt: string | null = null): OperationHandler {
  return () => ({
    data: {
      myTicket: { id: 'ticket-1', service: { id: social.id, openNow, opensAt, stopsIssuingAt: null } },
    },
  });
}

describe('the phone page when the service issues no tickets now', () => {
  // Three days on: neither "today" nor "tomorrow", whatever the day the tests run.
  const opensAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
  const when = (locale: 'zh-CN' | 'en') => formatOpeningTime(opensAt, Date.now(), locale, 'Asia/Shanghai');

  it('says when it opens, and that a waiting ticket still counts', async () => {
    const { container, requests } = await openPhone({
      CitizenTicket: () => ({ data: { myTicket: ticket() } }),
      TicketServiceOpening: serviceOpening(false, opensAt),
    });
    await eventually(() => expect(container.querySelector('.phone-notice-closed')).not.toBeNull());
    expect(container.querySelector('.phone-notice-closed')?.textContent).toBe(
      `此业务现在不取号，${when('zh-CN')} 开始取号。 您的号码仍然有效，请继续等候叫号。`,
    );
    expect(operations(requests, 'TicketServiceOpening')[0]?.variables).toEqual({ accessCode });

    click(button(container, 'English'));
    expect(container.querySelector('.phone-notice-closed')?.textContent).toBe(
      `This service is not issuing tickets now; it opens ${when('en')}. Your ticket is still valid: please wait for your call.`,
    );
  });

  it('says only when it opens once the visit is over', async () => {
    const cancelled = ticket({
      status: 'CANCELLED',
      position: null,
      segments: [{ id: 'segment-1', status: 'CANCELLED', rating: null, service: social }],
    });
    const { container } = await openPhone({
      CitizenTicket: () => ({ data: { myTicket: cancelled } }),
      TicketServiceOpening: serviceOpening(false, null),
    });
    await eventually(() => expect(container.querySelector('.phone-notice-closed')).not.toBeNull());
    // Not opening within a year: no time is made up.
    expect(container.querySelector('.phone-notice-closed')?.textContent).toBe('此业务现在不取号。');
  });

  it('says nothing of it to a citizen called to the counter, nor while the service issues', async () => {
    const { container, requests } = await openPhone({
      CitizenTicket: () => ({ data: { myTicket: called() } }),
      TicketServiceOpening: serviceOpening(false, opensAt),
    });
    await eventually(() => expect(operations(requests, 'TicketServiceOpening')).toHaveLength(1));
    await eventually(() => expect(container.textContent).toContain('请到 3 号窗口'));
    expect(container.querySelector('.phone-notice-closed')).toBeNull();

    rendered?.unmount();
    if (client) disposeOneStopClient(client);
    const open = await openPhone({
      CitizenTicket: () => ({ data: { myTicket: ticket() } }),
      TicketServiceOpening: serviceOpening(true),
    });
    await eventually(() => expect(operations(open.requests, 'TicketServiceOpening')).toHaveLength(1));
    await eventually(() => expect(open.container.textContent).toContain('前面还有 4 人'));
    expect(open.container.querySelector('.phone-notice-closed')).toBeNull();
  });
});

describe('the phone page for a code that leads nowhere', () => {
  it('says clearly that no ticket matches', async () => {
    const { container } = await openPhone(
      { CitizenTicket: () => ({ data: { myTicket: null } }) },
      '/t/nothing',
    );
    await eventually(() => expect(container.querySelector('h2')?.textContent).toBe('未找到此号码'));
    expect(container.textContent).toContain('到取号机重新取号');
  });

  it('says when the ticket has expired', async () => {
    const { container } = await openPhone({
      CitizenTicket: () => ({
        data: {
          myTicket: ticket({
            status: 'EXPIRED',
            position: null,
            segments: [{ id: 'segment-1', status: 'EXPIRED', rating: null, service: social }],
          }),
        },
      }),
    });
    await eventually(() => expect(container.textContent).toContain('此号码已过期'));
    expect(container.textContent).not.toContain('取消排队');
  });

  it('explains a server that cannot be reached, with a retry', async () => {
    const { container } = await openPhone({ CitizenTicket: () => errorResponse('UNAVAILABLE') });
    await eventually(() =>
      expect(container.querySelector('[role="alert"]')?.textContent).toContain('服务暂时不可用'),
    );
    expect(button(container, '重试')).toBeDefined();
  });
});

describe('the phone page of a hall that shows Mongolian', () => {
  const hallMongolian = 'ᠴᠢᠩᠱᠠᠨ ᠲᠣᠭᠣᠷᠢᠭ ᠤᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ';
  const socialMongolian = 'ᠨᠡᠶᠢᠭᠡᠮ ᠦᠨ ᠬᠠᠮᠠᠭᠠᠯᠠᠯ';
  const mongolian = (key: Parameters<typeof translatePublic>[1], values?: Record<string, string | number>) =>
    translatePublic('mn-Mong', key, values);
  const socialInMongolian = {
    id: 'service-a',
    ...named('社会保障', 'Social Security', { 'mn-Mong': socialMongolian }),
    remoteJoinSettings,
  };

  /** A ticket of a hall showing `languages`, its hall and service named in Mongolian; tax is not. */
  function mongolianTicket(overrides: Record<string, unknown> = {}, languages = ['mn-Mong', 'zh-CN', 'en']) {
    return ticket({
      service: socialInMongolian,
      hall: {
        id: 'hall-1',
        ...named('青山区政务服务中心', 'Qingshan Service Centre', { 'mn-Mong': hallMongolian }),
        languages,
        timezone: 'Asia/Shanghai',
      },
      route: [tax],
      segments: [{ id: 'segment-1', status: 'WAITING', rating: null, service: socialInMongolian }],
      ...overrides,
    });
  }

  /** Each text shown with Mongolian: its Mongolian, and the languages of its lines, in order. */
  function multilingualBlocks(root: Element) {
    return [...root.querySelectorAll('.multilingual-with-vertical')].map((block) => ({
      children: [...block.children].map((child) => child.className),
      mongolian: block.querySelector(':scope > [lang="mn-Mong"].multilingual-vertical')?.textContent,
      lines: [...block.querySelectorAll(':scope > .multilingual-lines > [lang]')].map((line) => ({
        lang: line.getAttribute('lang'),
        text: line.textContent,
      })),
    }));
  }

  function buttonContaining(container: HTMLElement, text: string): HTMLButtonElement {
    const found = [...container.querySelectorAll('button')].find((candidate) =>
      candidate.textContent?.includes(text),
    );
    if (!found) throw new Error(`no button with ${text}`);
    return found;
  }

  it('shows every text in Mongolian first, to the left of the Chinese, and offers Chinese and English', async () => {
    const { container } = await openPhone({
      CitizenTicket: () => ({ data: { myTicket: mongolianTicket() } }),
    });
    await eventually(() => expect(container.querySelector('#phone-ticket-number')?.textContent).toBe('A007'));

    expect(container.querySelector('.phone-page')?.classList.contains('phone-with-vertical')).toBe(true);
    const blocks = multilingualBlocks(container);
    // Vertical Mongolian first, then the lines; one line, in the chosen language.
    for (const block of blocks) {
      expect(block.children).toEqual(['multilingual-vertical', 'multilingual-lines']);
      expect(block.lines.map((line) => line.lang)).toEqual(['zh-CN']);
    }
    const pairs = blocks.map((block) => [block.mongolian, block.lines[0]?.text]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        [mongolian('citizen.phone.title'), '我的排队'],
        [hallMongolian, '青山区政务服务中心'],
        [mongolian('citizen.ticket.number'), '您的号码'],
        [socialMongolian, '社会保障'],
        [mongolian('ticketStatus.WAITING'), '等待中'],
        [mongolian('citizen.phone.peopleAhead', { count: 4 }), '前面还有 4 人'],
        [mongolian('citizen.phone.expectedWait'), '预计等待'],
        [formatWaitRangeIn('mn-Mong', { p50Minutes: 5, p90Minutes: 12 }), '约 5–12 分钟'],
        [mongolian('citizen.phone.route'), '办理进度'],
        [mongolian('citizen.phone.routeNow'), '当前'],
        [mongolian('citizen.phone.largeText'), '大字模式'],
        [mongolian('citizen.phone.cancel'), '取消排队'],
      ]),
    );
    // In the document, too, the Mongolian of a text comes before its Chinese.
    const ahead = container.querySelector('.phone-ahead')!;
    expect([...ahead.querySelectorAll('[lang]')].map((element) => element.getAttribute('lang'))).toEqual([
      'mn-Mong',
      'zh-CN',
    ]);
    // The number is not translated: one, and alone.
    expect(container.querySelector('#phone-ticket-number [lang]')).toBeNull();
    // A service without a Mongolian name shows its Chinese one alone, not Chinese in a Mongolian column.
    const taxStep = [...container.querySelectorAll('.route-step-name')].find((name) =>
      name.textContent?.includes('税务办理'),
    )!;
    expect(taxStep.querySelector('[lang="mn-Mong"]')).toBeNull();
    // The switch: the hall's languages a citizen can choose; Mongolian is always shown, not chosen.
    const switchButtons = [...container.querySelectorAll('[role="group"] button')];
    expect(switchButtons.map((option) => [option.textContent, option.getAttribute('lang')])).toEqual([
      ['中文', 'zh-CN'],
      ['English', 'en'],
    ]);
  });

  it('keeps Mongolian first when the citizen reads in English, and drops the Chinese', async () => {
    const { container } = await openPhone({
      CitizenTicket: () => ({ data: { myTicket: mongolianTicket() } }),
    });
    await eventually(() => expect(container.querySelector('#phone-ticket-number')).not.toBeNull());
    click(button(container, 'English'));

    expect(button(container, 'English').getAttribute('aria-pressed')).toBe('true');
    const blocks = multilingualBlocks(container);
    expect(blocks.length).toBeGreaterThan(10);
    for (const block of blocks) {
      expect(block.children).toEqual(['multilingual-vertical', 'multilingual-lines']);
      expect(block.lines.map((line) => line.lang)).toEqual(['en']);
    }
    expect(blocks.map((block) => [block.mongolian, block.lines[0]?.text])).toEqual(
      expect.arrayContaining([
        [hallMongolian, 'Qingshan Service Centre'],
        [mongolian('citizen.phone.peopleAhead', { count: 4 }), '4 ahead of you'],
      ]),
    );
    expect(container.querySelector('.multilingual [lang="zh-CN"]')).toBeNull();
    expect(document.documentElement.lang).toBe('en');
  });

  it('says the call and asks before cancelling in Mongolian and the chosen language', async () => {
    const { container } = await openPhone({
      CitizenTicket: () => ({ data: { myTicket: mongolianTicket() } }),
    });
    await eventually(() => expect(container.querySelector('#phone-ticket-number')).not.toBeNull());

    click(buttonContaining(container, '取消排队'));
    const question = container.querySelector('.cancel-confirm[role="alertdialog"]')!;
    expect(multilingualBlocks(question).map((block) => [block.mongolian, block.lines[0]?.text])).toEqual([
      [mongolian('citizen.phone.cancelConfirm'), '确定要取消排队吗？取消后此号码作废。'],
      [mongolian('citizen.phone.cancelNo'), '继续排队'],
      [mongolian('citizen.phone.cancelYes'), '确定取消'],
    ]);
    click(buttonContaining(container, '继续排队'));

    const calledTicket = mongolianTicket({
      status: 'CALLED',
      position: null,
      estimate: null,
      recallCount: 1,
      calledAt: '2026-11-24T01:45:00.000Z',
      counter: { id: 'counter-3', label: '3' },
      segments: [{ id: 'segment-1', status: 'CALLED', rating: null, service: socialInMongolian }],
    });
    push(await liveFeed(), calledTicket);
    await eventually(() =>
      expect(container.querySelector('.call-banner[role="alertdialog"]')).not.toBeNull(),
    );
    const banner = container.querySelector('.call-banner')!;
    expect(multilingualBlocks(banner).map((block) => [block.mongolian, block.lines[0]?.text])).toEqual([
      [mongolian('citizen.phone.calledTitle'), '轮到您了'],
      [mongolian('citizen.phone.goToCounter', { label: '3' }), '请到 3 号窗口'],
      [mongolian('citizen.phone.recalled', { count: 2 }), '第 2 次呼叫'],
      [mongolian('citizen.phone.dismiss'), '我知道了'],
    ]);
    expect(banner.querySelector('.call-banner-number')?.textContent).toBe('A007');
    // Named by the Chinese and the Mongolian both, for a screen reader.
    expect(container.querySelector('#call-banner-title')?.textContent).toBe(
      `${mongolian('citizen.phone.calledTitle')}轮到您了`,
    );
  });

  it('offers no switch in a hall whose only other language is Mongolian, whatever was chosen before', async () => {
    localStorage.setItem('onestop.citizen.locale', 'en');
    const { container } = await openPhone({
      CitizenTicket: () => ({ data: { myTicket: mongolianTicket({}, ['mn-Mong', 'zh-CN']) } }),
    });
    await eventually(() => expect(container.textContent).toContain('前面还有 4 人'));
    expect(container.querySelector('[role="group"]')).toBeNull();
    expect(container.textContent).not.toContain('4 ahead of you');
    expect(container.querySelector('.phone-ahead [lang="mn-Mong"]')?.textContent).toBe(
      mongolian('citizen.phone.peopleAhead', { count: 4 }),
    );
  });

  it('shows no Mongolian in a hall that does not show it, even where names exist', async () => {
    const { container } = await openPhone({
      CitizenTicket: () => ({ data: { myTicket: mongolianTicket({}, ['zh-CN', 'en']) } }),
    });
    await eventually(() => expect(container.textContent).toContain('前面还有 4 人'));
    expect(container.querySelector('[lang="mn-Mong"]')).toBeNull();
    expect(container.querySelector('.phone-with-vertical')).toBeNull();
  });
});

describe('the phone page for a screen reader', () => {
  /** Every change under `target` from now on, taken when asked. */
  function watch(target: Node) {
    let seen: MutationRecord[] = [];
    const observer = new MutationObserver((records) => seen.push(...records));
    observer.observe(target, { subtree: true, childList: true, characterData: true, attributes: true });
    const take = (): MutationRecord[] => {
      const taken = [...seen, ...observer.takeRecords()];
      seen = [];
      return taken;
    };
    return { take, stop: () => observer.disconnect() };
  }

  it('says a new place politely, once, and nothing when the same place comes again (a reconnect)', async () => {
    const { container } = await openPhone({ CitizenTicket: () => ({ data: { myTicket: ticket() } }) });
    const feed = await liveFeed();
    await eventually(() =>
      expect(container.querySelector('.phone-ahead')?.textContent).toBe('前面还有 4 人'),
    );
    const region = container.querySelector('[aria-live="polite"]')!;
    expect(region.classList.contains('phone-ahead')).toBe(true);
    expect(region.getAttribute('aria-atomic')).toBe('true');
    expect(container.querySelectorAll('[aria-live="polite"]')).toHaveLength(1);
    const changes = watch(region);

    // The subscription again after a reconnect: its first push is the ticket as it was.
    push(feed, ticket());
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(changes.take()).toEqual([]);
    expect(container.querySelector('[aria-live="polite"]')).toBe(region);

    push(feed, ticket({ position: 3 }));
    await eventually(() => expect(region.textContent).toBe('前面还有 3 人'));
    expect(changes.take().length).toBeGreaterThan(0);
    push(feed, ticket({ position: 3 }));
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(changes.take()).toEqual([]);
    expect(container.querySelector('[aria-live="polite"]')).toBe(region);
    changes.stop();
  });

  it('says the call assertively, from a region there before it, and not again for the same call', async () => {
    const { container } = await openPhone({ CitizenTicket: () => ({ data: { myTicket: ticket() } }) });
    const feed = await liveFeed();
    await eventually(() => expect(container.querySelector('[aria-live="assertive"]')).not.toBeNull());
    const region = container.querySelector('[aria-live="assertive"]')!;
    expect(region.textContent).toBe('');
    expect(region.getAttribute('aria-atomic')).toBe('true');

    push(feed, called());
    await eventually(() => expect(region.textContent).toBe('请到 3 号窗口'));
    expect(container.querySelector('[aria-live="assertive"]')).toBe(region);
    const changes = watch(region);
    push(feed, called());
    await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(changes.take()).toEqual([]);

    push(feed, called(1));
    await eventually(() => expect(region.textContent).toBe('请到 3 号窗口 第 2 次呼叫'));
    changes.stop();
  });

  it('sets <html lang> to the chosen language, and gives back the one it found when it goes', async () => {
    document.documentElement.lang = 'x-before';
    const { container } = await openPhone({ CitizenTicket: () => ({ data: { myTicket: ticket() } }) });
    await eventually(() => expect(document.documentElement.lang).toBe('zh-CN'));
    click(button(container, 'English'));
    expect(document.documentElement.lang).toBe('en');
    click(button(container, '中文'));
    expect(document.documentElement.lang).toBe('zh-CN');
    rendered?.unmount();
    rendered = undefined;
    expect(document.documentElement.lang).toBe('x-before');
  });

  it('names every control with the words it shows', async () => {
    // The check itself finds a name that leaves the shown words out.
    const mismatch = document.createElement('div');
    mismatch.innerHTML = '<button aria-label="Close">我知道了</button><label>评价<input></label>';
    expect(labelInNameProblems(mismatch)).toEqual(['BUTTON: "Close" lacks "我知道了"']);

    const { container } = await openPhone({ CitizenTicket: () => ({ data: { myTicket: ticket() } }) });
    const feed = await liveFeed();
    await eventually(() => expect(container.querySelector('#phone-ticket-number')).not.toBeNull());
    click(button(container, '取消排队'));
    expect(labelInNameProblems(container)).toEqual([]);
    click(button(container, '继续排队'));
    push(feed, called(1));
    await eventually(() => expect(container.querySelector('.call-banner')).not.toBeNull());
    expect(labelInNameProblems(container)).toEqual([]);
    click(button(container, '我知道了'));
    push(feed, done());
    await eventually(() => expect(container.querySelector('form.rating-form')).not.toBeNull());
    expect(labelInNameProblems(container)).toEqual([]);
  });

  it('moves the focus to "cancelled" after a cancel, and to the thanks after a rating', async () => {
    const cancelled = ticket({
      status: 'CANCELLED',
      position: null,
      segments: [{ id: 'segment-1', status: 'CANCELLED', rating: null, service: social }],
    });
    const { container } = await openPhone({
      CitizenTicket: () => ({ data: { myTicket: ticket() } }),
      CancelMyTicket: () => ({ data: { cancelTicket: cancelled } }),
    });
    await eventually(() => expect(container.querySelector('#phone-ticket-number')).not.toBeNull());
    click(button(container, '取消排队'));
    expect(document.activeElement).toBe(button(container, '继续排队'));
    click(button(container, '确定取消'));
    await eventually(() =>
      expect(document.activeElement?.textContent).toBe('您的号码已取消。如需办理，请到取号机重新取号。'),
    );
    expect(document.activeElement?.getAttribute('tabindex')).toBe('-1');

    rendered?.unmount();
    if (client) disposeOneStopClient(client);
    const rating = await openPhone({
      CitizenTicket: () => ({ data: { myTicket: done() } }),
      RateMyTicket: () => ({ data: { rateTicket: done(4) } }),
    });
    await eventually(() => expect(rating.container.querySelector('form.rating-form')).not.toBeNull());
    click(rating.container.querySelectorAll<HTMLInputElement>('input[name="score"]')[1]!);
    await act(async () =>
      rating.container.querySelector<HTMLFormElement>('form.rating-form')?.requestSubmit(),
    );
    await eventually(() => expect(document.activeElement?.textContent).toBe('感谢您的评价！'));
  });

  it('gives the focus to the page’s call notice when the banner closes and its opener is gone', async () => {
    const { container } = await openPhone({ CitizenTicket: () => ({ data: { myTicket: ticket() } }) });
    const feed = await liveFeed();
    await eventually(() => expect(container.querySelector('#phone-ticket-number')).not.toBeNull());
    button(container, '取消排队').focus();
    push(feed, called());
    await eventually(() => expect(document.activeElement).toBe(button(container, '我知道了')));
    click(button(container, '我知道了'));
    expect(document.activeElement).toBe(container.querySelector('.phone-notice-call'));
  });
});
