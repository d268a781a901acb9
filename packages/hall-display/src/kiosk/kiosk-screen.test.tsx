import { formatOpeningTimeIn, formatWaitRangeIn, translatePublic } from '@onestop/shared';
import {
  createFakeGraphqlServer,
  errorResponse,
  type OperationHandler,
  type RecordedRequest,
} from '@onestop/shared/testing';
import { eventually } from '@onestop/shared/testing/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { deviceTokenStorageKey } from '../device/device-token';
import { named } from '../test-names';
import {
  allIssuing,
  board,
  button,
  click,
  hall,
  issued,
  issueRequests,
  kioskHandlers,
  kioskWebSocket,
  opening,
  openKiosk,
  printSpy,
  renderKiosk,
  serviceButton,
  tomorrowHalfPastOne,
  tomorrowNine,
} from './kiosk-test-harness';

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
    const webSocket = kioskWebSocket();
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
    await eventually(() => expect(printSpy()).toHaveBeenCalledTimes(1));
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
      issued('service-d', 'D001', [{ id: 'service-a', ...named('社会保障', 'Social Security') }]),
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
    // The paper shows every language of the hall, whichever the citizen chose on the screen.
    expect(container.querySelector('.printed-ticket-route')?.textContent).toBe(
      '之后办理：社会保障Then: Social Security',
    );
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

const openingRequests = (requests: RecordedRequest[]) =>
  requests.filter((request) => request.operationName === 'HallOpening');

describe('the kiosk and the calendar', () => {
  it('shows a service that issues no tickets now as closed, with when it opens, and no button', async () => {
    const { container, requests } = await openKiosk(() => issued('service-a', 'A005'), {
      handlers: {
        HallOpening: () =>
          opening(true, {
            'service-a': { openNow: true },
            'service-d': { openNow: false, opensAt: tomorrowNine },
          }),
      },
    });
    await eventually(() => expect(container.querySelector('.kiosk-service-closed')).not.toBeNull());
    const closed = container.querySelector('[data-service-id="service-d"]')!;
    expect(closed.tagName).not.toBe('BUTTON');
    expect(closed.querySelector('button')).toBeNull();
    expect(closed.textContent).toBe('D税务办理已停止取号 · 明天 09:00 开始取号');
    expect(serviceButton(container, 'service-a').disabled).toBe(false);

    // Chosen for a one-stop route, it is not taken either.
    click(button(container, '一次办多项'));
    act(() => (closed as HTMLElement).click());
    expect(container.querySelector('.kiosk-route-list')).toBeNull();

    click(button(container, 'English'));
    expect(container.querySelector('[data-service-id="service-d"]')?.textContent).toBe(
      'DTax ServicesClosed · opens tomorrow 09:00',
    );
    expect(issueRequests(requests)).toHaveLength(0);
    expect(openingRequests(requests)[0]?.variables).toEqual({ hallId: 'hall-1' });
  });

  it('says the hall is closed and when tickets are issued again when no service issues', async () => {
    const { container } = await openKiosk(() => issued('service-a', 'A005'), {
      ready: '.kiosk-closed',
      handlers: {
        HallOpening: () =>
          opening(
            false,
            {
              'service-a': { openNow: false, opensAt: tomorrowNine },
              'service-d': { openNow: false, opensAt: tomorrowHalfPastOne },
            },
            tomorrowNine,
          ),
      },
    });
    expect(container.querySelector('.kiosk-closed-title')?.textContent).toBe('非办公时间');
    // On the server's clock, from the board: its Tuesday evening, not the test machine's date.
    await eventually(() =>
      expect(container.querySelector('.kiosk-closed-when')?.textContent).toBe('明天 09:00 开始取号'),
    );
    // Each service still says when it opens; nothing can be pressed but the language.
    expect(container.querySelector('[data-service-id="service-d"]')?.textContent).toContain(
      '已停止取号 · 明天 13:30 开始取号',
    );
    expect(container.querySelectorAll('button.kiosk-service-button')).toHaveLength(0);
    expect(container.textContent).not.toContain('优先服务');
    expect(container.textContent).not.toContain('请选择业务');

    click(button(container, 'English'));
    expect(container.querySelector('.kiosk-closed')?.textContent).toBe(
      'The hall is closedTickets from tomorrow 09:00',
    );
  });

  it.each([
    ['open but issuing no more (停止取号)', true, '现在不取号'],
    ['closed', false, '非办公时间'],
  ])('says so when the hall is %s', async (_case, hallOpen, title) => {
    const { container } = await openKiosk(() => issued('service-a', 'A005'), {
      ready: '.kiosk-closed',
      handlers: {
        HallOpening: () =>
          opening(hallOpen, {
            'service-a': { openNow: false, opensAt: null },
            'service-d': { openNow: false, opensAt: null },
          }),
      },
    });
    expect(container.querySelector('.kiosk-closed-title')?.textContent).toBe(title);
    // No opening within a year: no time is made up.
    expect(container.querySelector('.kiosk-closed-when')?.textContent).toBe('开放时间请咨询工作人员');
    expect(container.querySelector('[data-service-id="service-a"]')?.textContent).toBe('A社会保障已停止取号');
  });

  it('says when the service opens, not a bare error, when refused at the closing minute, and reads the hours again', async () => {
    let stopped = false;
    const { container, requests } = await openKiosk(
      () => {
        stopped = true;
        return errorResponse('SERVICE_CLOSED', 'closed', { opensAt: tomorrowNine });
      },
      {
        handlers: {
          HallOpening: () =>
            stopped
              ? opening(true, {
                  'service-a': { openNow: false, opensAt: tomorrowNine },
                  'service-d': { openNow: true },
                })
              : allIssuing,
        },
      },
    );
    click(serviceButton(container, 'service-a'));
    await eventually(() =>
      expect(container.querySelector('.kiosk-refusal')?.textContent).toBe('已停止取号 · 明天 09:00 开始取号'),
    );
    await eventually(() => expect(openingRequests(requests)).toHaveLength(2));

    click(button(container, '返回首页'));
    await eventually(() =>
      expect(container.querySelector('[data-service-id="service-a"]')?.textContent).toContain(
        '已停止取号 · 明天 09:00 开始取号',
      ),
    );
    expect(serviceButton(container, 'service-d').disabled).toBe(false);
  });

  it('reads the hours again at the instant a service stops issuing, with no event to say so', async () => {
    // The board says 09:30:00; service A stops issuing a second later.
    const stopsIssuingAt = new Date(Date.parse(board.at) + 1_000).toISOString();
    let readings = 0;
    const { container, requests } = await openKiosk(() => issued('service-a', 'A005'), {
      handlers: {
        HallOpening: () => {
          readings += 1;
          return readings === 1
            ? opening(true, {
                'service-a': { openNow: true, stopsIssuingAt },
                'service-d': { openNow: true },
              })
            : opening(true, {
                'service-a': { openNow: false, opensAt: tomorrowNine },
                'service-d': { openNow: true },
              });
        },
      },
    });
    expect(container.querySelector('.kiosk-service-closed')).toBeNull();
    await eventually(
      () =>
        expect(container.querySelector('[data-service-id="service-a"]')?.textContent).toContain('已停止取号'),
      5_000,
    );
    expect(openingRequests(requests)).toHaveLength(2);
  }, 10_000);

  it('says the hall is not in service when its hall was deactivated (FORBIDDEN)', async () => {
    localStorage.setItem(deviceTokenStorageKey, 'kiosk-token');
    const server = createFakeGraphqlServer({
      ...kioskHandlers,
      DeviceHall: () => errorResponse('FORBIDDEN'),
    });
    const { container } = await renderKiosk(server.fetch);
    await eventually(() => expect(container.textContent).toContain('本大厅暂停服务'));
    expect(container.textContent).toContain('This hall is not in service');
    // Nothing for passers-by to press: the device line is hidden on a kiosk (kiosk.css).
    expect(container.querySelector('.device-screen-kiosk')).not.toBeNull();
    expect(container.querySelector('main button')).toBeNull();
    expect(localStorage.getItem(deviceTokenStorageKey)).toBe('kiosk-token');
  });

  it('gives way to "not in service" when a ticket is refused with FORBIDDEN', async () => {
    const { container } = await openKiosk(() => errorResponse('FORBIDDEN'));
    click(serviceButton(container, 'service-a'));
    await eventually(() => expect(container.textContent).toContain('本大厅暂停服务'));
    expect(container.querySelector('.kiosk')).toBeNull();
  });
});

// Traditional Mongolian names (test data): the hall, social security, tax services.
const mongolianHallName = 'ᠴᠢᠩᠱᠠᠨ ᠲᠣᠭᠣᠷᠢᠭ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠠᠵᠢᠯ ᠦᠢᠯᠡᠴᠢᠯᠭᠡ ᠶᠢᠨ ᠲᠥᠪ';
const socialSecurity = named('社会保障', 'Social Security', { 'mn-Mong': 'ᠨᠡᠶᠢᠭᠡᠮ ᠦᠨ ᠬᠠᠮᠠᠭᠠᠯᠠᠯ' });
const taxServices = named('税务办理', 'Tax Services', { 'mn-Mong': 'ᠲᠠᠲᠠᠪᠤᠷᠢ ᠶᠢᠨ ᠠᠵᠢᠯ' });

function mongolianHall(languages: string[]) {
  return {
    ...hall,
    ...named('青山区政务服务中心', 'Qingshan District Government Service Centre', {
      'mn-Mong': mongolianHallName,
    }),
    languages,
    services: [
      { id: 'service-a', ...socialSecurity, prefix: 'A', active: true },
      { id: 'service-d', ...taxServices, prefix: 'D', active: true },
    ],
  };
}

const mongolianBoard = {
  ...board,
  queues: [
    { ...board.queues[0]!, service: { id: 'service-a', ...socialSecurity, prefix: 'A' } },
    { ...board.queues[1]!, service: { id: 'service-d', ...taxServices, prefix: 'D' } },
  ],
};

/** Opens the kiosk of a hall that shows `languages` (Mongolian among them, by default first). */
async function openMongolianKiosk(
  issueTicket: OperationHandler,
  languages: string[] = ['mn-Mong', 'zh-CN', 'en'],
) {
  return await openKiosk(issueTicket, {
    handlers: { DeviceHall: () => ({ data: { hall: mongolianHall(languages) } }) },
    board: mongolianBoard,
  });
}

function issuedInMongolianHall(number: string) {
  const response = issued('service-a', number, [{ id: 'service-d', ...taxServices }]);
  response.data.issueTicket.ticket.service = { id: 'service-a', ...socialSecurity };
  return response;
}

/** The languages of a text's parts, in the order they stand: its Mongolian column first. */
function languagesOf(element: Element | null | undefined): (string | null)[] {
  return [...(element?.querySelectorAll('[lang]') ?? [])].map((part) => part.getAttribute('lang'));
}

describe('the kiosk of a hall that shows Mongolian', () => {
  it('shows every text in Mongolian first, in a vertical column, then in Chinese', async () => {
    const { container } = await openMongolianKiosk(() => issuedInMongolianHall('A005'));

    const title = container.querySelector('h1.kiosk-hall');
    expect(languagesOf(title)).toEqual(['mn-Mong', 'zh-CN']);
    expect(title?.firstElementChild?.className).toBe('multilingual-vertical');
    expect(title?.firstElementChild?.textContent).toBe(mongolianHallName);
    expect(title?.textContent).toBe(`${mongolianHallName}青山区政务服务中心`);
    expect(container.querySelector('.kiosk')?.classList.contains('kiosk-with-vertical')).toBe(true);

    const service = serviceButton(container, 'service-a');
    expect(languagesOf(service.querySelector('.kiosk-service-name'))).toEqual(['mn-Mong', 'zh-CN']);
    expect(service.querySelector('.kiosk-service-name [lang="mn-Mong"]')?.textContent).toBe(
      'ᠨᠡᠶᠢᠭᠡᠮ ᠦᠨ ᠬᠠᠮᠠᠭᠠᠯᠠᠯ',
    );
    expect(service.querySelector('.kiosk-service-figures [lang="mn-Mong"]')?.textContent).toBe(
      '4 ᠬᠦᠮᠦᠨ ᠬᠦᠯᠢᠶᠡᠵᠦ ᠪᠠᠶᠢᠨ᠎ᠠ · ᠲᠠᠭᠠᠮᠠᠭᠯᠠᠭᠰᠠᠨ ᠬᠦᠯᠢᠶᠡᠯᠭᠡ ᠪᠠᠷᠤᠭ 6–14 ᠮᠢᠨᠦ᠋ᠲ',
    );
    expect(service.querySelector('.kiosk-service-figures [lang="zh-CN"]')?.textContent).toBe(
      '4 人等候 · 预计等待 约 6–14 分钟',
    );
    // Every text of the start screen has its Mongolian.
    const texts = [...container.querySelectorAll('.kiosk .multilingual')];
    expect(texts.length).toBeGreaterThan(8);
    for (const text of texts) expect(languagesOf(text)[0], text.textContent ?? '').toBe('mn-Mong');
  });

  it('offers Chinese and English to choose, and keeps Mongolian first beside English', async () => {
    const { container } = await openMongolianKiosk(() => issuedInMongolianHall('A005'));
    const toggles = [...container.querySelectorAll('.kiosk-toggle')];
    expect(toggles.map((toggle) => [toggle.getAttribute('lang'), toggle.textContent])).toEqual([
      ['zh-CN', '中文'],
      ['en', 'English'],
    ]);
    expect(button(container, '中文').getAttribute('aria-pressed')).toBe('true');

    click(button(container, 'English'));
    expect(languagesOf(container.querySelector('h1.kiosk-hall'))).toEqual(['mn-Mong', 'en']);
    expect(container.querySelector('h1.kiosk-hall')?.textContent).toBe(
      `${mongolianHallName}Qingshan District Government Service Centre`,
    );
    expect(languagesOf(container.querySelector('.kiosk-title'))).toEqual(['mn-Mong', 'en']);
    expect(container.querySelector('.kiosk-title [lang="en"]')?.textContent).toBe('Choose a service');
    expect(container.querySelector('.kiosk [lang="zh-CN"].multilingual-primary')).toBeNull();
  });

  it('offers no choice when the hall shows only Mongolian and Chinese', async () => {
    const { container } = await openMongolianKiosk(() => issuedInMongolianHall('A005'), ['mn-Mong', 'zh-CN']);
    expect(container.querySelector('.kiosk-languages')).toBeNull();
    expect(languagesOf(container.querySelector('h1.kiosk-hall'))).toEqual(['mn-Mong', 'zh-CN']);
  });

  it('prints the ticket in all three languages, whichever the citizen chose, with the screen in Mongolian and English', async () => {
    const { container } = await openMongolianKiosk(() => issuedInMongolianHall('A005'));
    click(button(container, 'English'));
    click(button(container, 'Several services'));
    click(serviceButton(container, 'service-a'));
    click(serviceButton(container, 'service-d'));
    click(container.querySelector<HTMLButtonElement>('.kiosk-take')!);
    await eventually(() =>
      expect(container.querySelector('#printed-ticket-number')?.textContent).toBe('A005'),
    );

    expect(languagesOf(container.querySelector('.kiosk-issued > .kiosk-panel-title'))).toEqual([
      'mn-Mong',
      'en',
    ]);
    const ticket = container.querySelector('.printed-ticket');
    expect(ticket?.classList.contains('printed-ticket-with-vertical')).toBe(true);
    expect(languagesOf(ticket?.querySelector('.printed-ticket-hall'))).toEqual(['mn-Mong', 'zh-CN', 'en']);
    const service = ticket?.querySelector('.printed-ticket-service');
    expect(languagesOf(service)).toEqual(['mn-Mong', 'zh-CN', 'en']);
    expect(service?.querySelector('[lang="mn-Mong"]')?.textContent).toBe('ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ᠄ ᠨᠡᠶᠢᠭᠡᠮ ᠦᠨ ᠬᠠᠮᠠᠭᠠᠯᠠᠯ');
    expect(service?.querySelector('[lang="zh-CN"]')?.textContent).toBe('业务：社会保障');
    expect(service?.querySelector('[lang="en"]')?.textContent).toBe('Service: Social Security');
    expect(ticket?.querySelector('.printed-ticket-route [lang="mn-Mong"]')?.textContent).toBe(
      'ᠳᠠᠷᠠᠭᠠ ᠨᠢ᠄ ᠲᠠᠲᠠᠪᠤᠷᠢ ᠶᠢᠨ ᠠᠵᠢᠯ',
    );
    expect(ticket?.querySelector('.printed-ticket-wait [lang="mn-Mong"]')?.textContent).toBe(
      `${translatePublic('mn-Mong', 'citizen.ticket.expectedWait')}᠄ ` +
        `${translatePublic('mn-Mong', 'citizen.ticket.peopleAhead', { count: 4 })} · ` +
        formatWaitRangeIn('mn-Mong', { p50Minutes: 6, p90Minutes: 14 }),
    );
    for (const selector of ['.printed-ticket-caption', '.printed-ticket-scan', '.printed-ticket-note']) {
      expect(languagesOf(ticket?.querySelector(selector)), selector).toEqual(['mn-Mong', 'zh-CN', 'en']);
    }
    // The ticket number is a number in every language: written once.
    expect(container.querySelectorAll('#printed-ticket-number [lang]')).toHaveLength(0);
  });

  it('leaves a language out of a ticket line when the service has no name in it, as every screen does', async () => {
    const { container } = await openMongolianKiosk(() => {
      const response = issuedInMongolianHall('A005');
      // The service has no Mongolian name; the next one on the route has.
      response.data.issueTicket.ticket.service = { id: 'service-a', ...named('社会保障', 'Social Security') };
      return response;
    });
    click(serviceButton(container, 'service-a'));
    await eventually(() => expect(container.querySelector('.printed-ticket-service')).not.toBeNull());
    expect(languagesOf(container.querySelector('.printed-ticket-service'))).toEqual(['zh-CN', 'en']);
    expect(languagesOf(container.querySelector('.printed-ticket-route'))).toEqual(['mn-Mong', 'zh-CN', 'en']);
  });

  it('says in Mongolian and Chinese that the hall is closed and when tickets are issued again', async () => {
    const { container } = await openKiosk(() => issuedInMongolianHall('A005'), {
      ready: '.kiosk-closed',
      handlers: {
        DeviceHall: () => ({ data: { hall: mongolianHall(['mn-Mong', 'zh-CN', 'en']) } }),
        HallOpening: () =>
          opening(
            false,
            {
              'service-a': { openNow: false, opensAt: tomorrowNine },
              'service-d': { openNow: false, opensAt: tomorrowHalfPastOne },
            },
            tomorrowNine,
          ),
      },
      board: mongolianBoard,
    });
    await eventually(() =>
      expect(container.querySelector('.kiosk-closed-when [lang="zh-CN"]')?.textContent).toBe(
        '明天 09:00 开始取号',
      ),
    );
    // Tomorrow on the server's clock (the board's), in Mongolian.
    const when = (opensAt: string) =>
      formatOpeningTimeIn('mn-Mong', opensAt, Date.parse(board.at), 'Asia/Shanghai');
    expect(container.querySelector('.kiosk-closed-title [lang="mn-Mong"]')?.textContent).toBe(
      translatePublic('mn-Mong', 'citizen.kiosk.hallClosed'),
    );
    expect(container.querySelector('.kiosk-closed-when [lang="mn-Mong"]')?.textContent).toBe(
      translatePublic('mn-Mong', 'citizen.kiosk.ticketsFrom', { when: when(tomorrowNine) }),
    );
    expect(
      container.querySelector('[data-service-id="service-d"] .kiosk-service-closed-note [lang="mn-Mong"]')
        ?.textContent,
    ).toBe(
      translatePublic('mn-Mong', 'citizen.kiosk.serviceClosedUntil', { when: when(tomorrowHalfPastOne) }),
    );
  });

  it('explains a refusal in the chosen language only, with no Mongolian error text to show', async () => {
    const { container } = await openMongolianKiosk(() => errorResponse('QUOTA_REACHED'));
    click(serviceButton(container, 'service-a'));
    await eventually(() => expect(container.querySelector('.kiosk-refusal')).not.toBeNull());
    expect(languagesOf(container.querySelector('.kiosk-refusal'))).toEqual(['zh-CN']);
    expect(container.querySelector('.kiosk-refusal')?.textContent).toBe('该业务今日号源已取完');
    expect(languagesOf(container.querySelector('[role="alert"] .kiosk-panel-title'))).toEqual([
      'mn-Mong',
      'zh-CN',
    ]);
  });
});
