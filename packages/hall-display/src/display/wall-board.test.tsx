import { type PublicLanguage, translatePublic } from '@onestop/shared';
import { renderElement, type RenderedElement } from '@onestop/shared/testing/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { PublicLanguages } from '../components/multilingual';
import { pageOf } from './calls';
import { CounterBoard, type CounterBoardProps } from './counter-board';
import { testCall } from './test-calls';
import {
  bigCallSlots,
  closedBigCallSlots,
  closedServiceSlots,
  recentCallSlots,
  type ServiceQueue,
  serviceSlots,
  WallBoard,
  verticalSlots,
  type WallBoardProps,
  wallSlots,
} from './wall-board';

const hall = {
  names: [
    { lang: 'zh-CN', text: '青山区政务服务中心' },
    { lang: 'en', text: 'Qingshan District Government Service Centre' },
  ],
  timezone: 'Asia/Shanghai',
};
// 09:05 in Shanghai.
const now = Date.parse('2026-11-24T01:05:00.000Z');

const call = (seq: number, ticketNumber: string, counterLabel: string, recallCount = 0) =>
  testCall(seq, ticketNumber, counterLabel, { calledAt: new Date(now).toISOString(), recallCount });

function queue(
  prefix: string,
  name: string,
  nameEn: string,
  waiting: number,
  estimate: [number, number] | null,
  mongolian?: string,
): ServiceQueue {
  return {
    service: {
      id: `service-${prefix.toLowerCase()}`,
      name,
      nameEn,
      names: [
        { lang: 'zh-CN', text: name },
        { lang: 'en', text: nameEn },
        ...(mongolian ? [{ lang: 'mn-Mong', text: mongolian }] : []),
      ],
      prefix,
    },
    waiting,
    estimate: estimate ? { p50Minutes: estimate[0], p90Minutes: estimate[1] } : null,
  };
}

const queues = [
  queue('A', '社会保障', 'Social Security', 12, [5, 12]),
  queue('B', '医疗保障', 'Medical Insurance', 0, null),
];

let rendered: RenderedElement | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

function renderWall(props: Partial<WallBoardProps> = {}) {
  rendered = renderElement(
    <WallBoard
      hall={hall}
      now={now}
      calls={[]}
      freshSeq={null}
      queues={pageOf(queues, serviceSlots, 0)}
      serviceNames={
        new Map([
          [
            'service-1',
            [
              { lang: 'zh-CN', text: '社会保障' },
              { lang: 'en', text: 'Social Security' },
            ],
          ],
        ])
      }
      reconnecting={false}
      {...props}
    />,
  );
  return rendered.container;
}

const texts = (container: HTMLElement, selector: string) =>
  [...container.querySelectorAll(selector)].map((element) => element.textContent);

describe('WallBoard', () => {
  it('has the same fixed slots whether there are no calls or many', () => {
    const empty = renderWall();
    const emptySlots = [
      empty.querySelectorAll('.wall-call').length,
      empty.querySelectorAll('.wall-recent').length,
      empty.querySelectorAll('.wall-queue').length,
    ];
    rendered?.unmount();
    const many = Array.from({ length: 14 }, (_, index) =>
      call(100 - index, `A${String(index + 1).padStart(3, '0')}`, '1'),
    );
    const full = renderWall({ calls: many });
    expect(emptySlots).toEqual([bigCallSlots, recentCallSlots, serviceSlots]);
    expect([
      full.querySelectorAll('.wall-call').length,
      full.querySelectorAll('.wall-recent').length,
      full.querySelectorAll('.wall-queue').length,
    ]).toEqual(emptySlots);
    expect(texts(full, '.wall-call-number')).toEqual(['A001', 'A002', 'A003', 'A004']);
    expect(texts(full, '.wall-recent-number')).toEqual(['A005', 'A006', 'A007', 'A008', 'A009', 'A010']);
  });

  it('says so when nobody has been called yet', () => {
    const container = renderWall();
    expect(container.querySelector('.wall-call-none')?.textContent).toBe('等候呼叫Waiting for calls');
    expect(container.querySelector('.wall-call-newest')).toBeNull();
  });

  it('shows the newest call big and highlighted: ticket → counter, service, Chinese before English', () => {
    const container = renderWall({ calls: [call(9, 'A023', '5'), call(8, 'B001', '3')] });
    const newest = container.querySelector('.wall-call-newest');
    expect(newest?.querySelector('.wall-call-number')?.textContent).toBe('A023');
    expect(newest?.querySelector('.wall-call-counter')?.textContent).toBe('5 号窗口Counter 5');
    expect(newest?.querySelector('.wall-call-service')?.textContent).toBe('社会保障Social Security');
    expect(container.querySelectorAll('.wall-call-newest')).toHaveLength(1);
    // Not blinking unless it just arrived.
    expect(container.querySelector('.wall-call-fresh')).toBeNull();
  });

  it('blinks the call that just arrived, and marks a recall', () => {
    const container = renderWall({ calls: [call(9, 'A023', '5', 1)], freshSeq: 9 });
    expect(container.querySelector('.wall-call-newest .wall-call-fresh .wall-call-number')?.textContent).toBe(
      'A023',
    );
    expect(container.querySelector('.wall-call-recall')?.textContent).toBe('再次呼叫Called again');
  });

  it('shows waiting and the wait range per service, and says when there is no estimate', () => {
    const container = renderWall();
    const rows = [...container.querySelectorAll('.wall-queue')].filter((row) => row.childElementCount > 0);
    expect(rows.map((row) => row.querySelector('.wall-queue-prefix')?.textContent)).toEqual(['A', 'B']);
    expect(rows[0]?.querySelector('.wall-queue-name')?.textContent).toBe('社会保障Social Security');
    expect(rows[0]?.querySelector('.wall-queue-waiting')?.textContent).toBe('12');
    expect(rows[0]?.querySelector('.wall-queue-range')?.textContent).toBe('约 5–12 分钟about 5–12 min');
    expect(rows[1]?.querySelector('.wall-queue-range')?.textContent).toBe('暂无预计no estimate yet');
    expect(container.querySelector('.wall-page')).toBeNull();
  });

  it('says which page of services is up when they take turns', () => {
    const many = 'ABCDEFGH'
      .split('')
      .map((prefix) => queue(prefix, `业务${prefix}`, `Service ${prefix}`, 1, [1, 2]));
    const container = renderWall({ queues: pageOf(many, serviceSlots, 1) });
    expect(texts(container, '.wall-queue-prefix')).toEqual(['G', 'H']);
    expect(container.querySelector('.wall-page')?.textContent).toBe('第 2/2 页Page 2/2');
  });

  it('shows the hall, its time and date in its own time zone, Chinese first', () => {
    const container = renderWall();
    const heading = container.querySelector('h1')?.textContent ?? '';
    expect(heading.indexOf('青山区')).toBeLessThan(heading.indexOf('Qingshan'));
    expect(container.querySelector('.wall-time')?.textContent).toBe('09:05');
    expect(container.querySelector('.wall-date')?.textContent).toBe(
      '2026年11月24日 星期二Tuesday 24 November 2026',
    );
  });

  it('marks a lost connection discreetly and keeps everything else', () => {
    const container = renderWall({ calls: [call(9, 'A023', '5')], reconnecting: true });
    expect(container.querySelector('[role="status"]')?.textContent).toBe('正在重新连接…Reconnecting…');
    expect(container.querySelector('.wall-call-number')?.textContent).toBe('A023');
  });

  it('says when a closed hall opens, in a banner that takes one big call and one service row', () => {
    const many = Array.from({ length: 14 }, (_, index) =>
      call(100 - index, `A${String(index + 1).padStart(3, '0')}`, '1'),
    );
    const container = renderWall({
      calls: many,
      // Tuesday 09:05 now; Wednesday 09:00 in Shanghai.
      closed: { opensAt: '2026-11-25T01:00:00.000Z', stillWaiting: true },
    });
    expect(container.querySelector('.wall-closed .wall-banner')?.textContent).toBe(
      '非办公时间Closed明天 09:00 开始办公Opens tomorrow 09:00已取号的市民将继续叫号Tickets already taken will still be called',
    );
    // The calls go on beside it: the newest three big, the next six small, none skipped.
    expect(texts(container, '.wall-call-number')).toEqual(['A001', 'A002', 'A003']);
    expect(texts(container, '.wall-recent-number')).toEqual(['A004', 'A005', 'A006', 'A007', 'A008', 'A009']);
    expect(container.querySelectorAll('.wall-call')).toHaveLength(closedBigCallSlots);
    expect(container.querySelectorAll('.wall-queue')).toHaveLength(closedServiceSlots);
  });

  it('says the day and the date when the hall opens after tomorrow', () => {
    const container = renderWall({ closed: { opensAt: '2026-12-07T01:00:00.000Z', stillWaiting: false } });
    expect(container.querySelector('.closed-banner-when')?.textContent).toBe(
      '12月7日 星期一 09:00 开始办公Opens Mon 7 Dec 09:00',
    );
    expect(container.querySelector('.closed-banner-note')?.textContent).toBe('');
  });
});

describe('CounterBoard', () => {
  function renderCounter(props: Partial<CounterBoardProps>) {
    rendered = renderElement(
      <CounterBoard
        label="5"
        hall={hall}
        now={now}
        status="OPEN"
        ticketNumber={null}
        call={null}
        serviceNames={null}
        fresh={false}
        reconnecting={false}
        {...props}
      />,
    );
    return rendered.container;
  }

  it.each([
    ['CLOSED', '窗口关闭Closed'],
    ['PAUSED', '暂停服务Paused'],
  ] as const)('says %s in both languages', (status, text) => {
    expect(renderCounter({ status }).querySelector('.counter-screen-state')?.textContent).toBe(text);
  });

  it('shows the current number large, with its service', () => {
    const container = renderCounter({
      ticketNumber: 'A023',
      call: call(9, 'A023', '5'),
      serviceNames: [
        { lang: 'zh-CN', text: '社会保障' },
        { lang: 'en', text: 'Social Security' },
      ],
      fresh: true,
    });
    expect(container.querySelector('h1')?.textContent).toBe('5 号窗口Counter 5');
    expect(container.querySelector('.counter-screen-number')?.textContent).toBe('A023');
    expect(container.querySelector('.counter-screen-service')?.textContent).toBe('社会保障Social Security');
    expect(container.querySelector('.counter-screen-fresh')).not.toBeNull();
  });

  it('says an open counter without a ticket waits for the next call', () => {
    expect(renderCounter({}).querySelector('.counter-screen-idle')?.textContent).toBe(
      '等候叫号Waiting for the next call',
    );
  });

  it('says when the closed hall opens, below the number still called', () => {
    const container = renderCounter({
      ticketNumber: 'A023',
      call: call(9, 'A023', '5'),
      closed: { opensAt: '2026-11-24T05:30:00.000Z' },
    });
    expect(container.querySelector('.counter-screen-number')?.textContent).toBe('A023');
    expect(container.querySelector('.counter-screen-banner')?.textContent).toBe(
      '非办公时间Closed今天 13:30 开始办公Opens today 13:30',
    );
    rendered?.unmount();
    expect(renderCounter({}).querySelector('.closed-banner')).toBeNull();
  });
});

describe('with a vertical language (traditional Mongolian)', () => {
  const mongolianHall = {
    ...hall,
    names: [...hall.names, { lang: 'mn-Mong', text: 'ᠬᠣᠲᠠ ᠶᠢᠨ ᠴᠢᠩᠰᠠᠨ ᠲᠣᠭᠣᠷᠢᠭ ᠤᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ' }],
  };
  const socialSecurityMongolian = 'ᠨᠡᠶᠢᠭᠡᠮ ᠦᠨ ᠬᠠᠮᠠᠭᠠᠯᠠᠯ';
  const mongolianQueues = [
    queue('A', '社会保障', 'Social Security', 12, [5, 12], socialSecurityMongolian),
    // Nobody has translated this one.
    queue('F', '户籍办理', 'Household Registration', 3, [2, 4]),
  ];
  const serviceNames = new Map([
    ['service-1', mongolianQueues[0]!.service.names],
    ['service-f', mongolianQueues[1]!.service.names],
  ]);
  const all: PublicLanguage[] = ['mn-Mong', 'zh-CN', 'en'];

  function renderIn(languages: readonly PublicLanguage[], element: ReactElement) {
    rendered = renderElement(<PublicLanguages languages={languages}>{element}</PublicLanguages>);
    return rendered.container;
  }

  function renderMongolianWall(
    languages: readonly PublicLanguage[] = all,
    props: Partial<WallBoardProps> = {},
  ) {
    return renderIn(
      languages,
      <WallBoard
        hall={mongolianHall}
        now={now}
        calls={[
          call(12, 'A023', '12', 1),
          testCall(11, 'F002', '7', {
            serviceId: 'service-f',
            serviceName: '户籍办理',
            calledAt: new Date(now).toISOString(),
          }),
          ...Array.from({ length: 8 }, (_, index) =>
            call(10 - index, `A${String(index + 1).padStart(3, '0')}`, '1'),
          ),
        ]}
        freshSeq={null}
        queues={pageOf(mongolianQueues, verticalSlots.services, 0)}
        serviceNames={serviceNames}
        reconnecting={false}
        {...props}
      />,
    );
  }

  /** The `lang` of each text of a block, in document order: the order they are drawn. */
  const languagesOf = (element: Element | null | undefined) =>
    [...(element?.querySelectorAll('[lang]') ?? [])].map((text) => text.getAttribute('lang'));

  it('puts Mongolian first in every text, a vertical column beside the Chinese and English lines', () => {
    const container = renderMongolianWall();
    expect(container.querySelector('.wall')?.classList.contains('wall-with-vertical')).toBe(true);
    for (const selector of [
      '.wall-hall',
      '.wall-date',
      '.wall-title',
      '.wall-call-counter',
      '.wall-queue-range',
    ]) {
      expect(languagesOf(container.querySelector(selector)), selector).toEqual(all);
    }
    const heading = container.querySelector('.wall-hall');
    expect(heading?.firstElementChild?.className).toBe('multilingual-vertical');
    expect(heading?.firstElementChild?.textContent).toBe(mongolianHall.names[2]!.text);
    expect(container.querySelector('.wall-title [lang="mn-Mong"]')?.textContent).toBe(
      translatePublic('mn-Mong', 'display.nowCalling'),
    );
    expect(container.querySelector('.wall-call-newest .wall-call-counter')?.textContent).toBe(
      `${translatePublic('mn-Mong', 'counter.label', { label: '12' })}12 号窗口Counter 12`,
    );
    // Every text with a Mongolian column has it first, and only one.
    for (const block of container.querySelectorAll('.multilingual-with-vertical')) {
      expect(block.querySelectorAll(':scope > [lang="mn-Mong"]')).toHaveLength(1);
      expect(block.firstElementChild?.getAttribute('lang')).toBe('mn-Mong');
    }
  });

  it('shows a service nobody has translated in Chinese and English alone, with nothing beside them', () => {
    const container = renderMongolianWall();
    const [translated, untranslated] = container.querySelectorAll('.wall-queue-name');
    expect(languagesOf(translated)).toEqual(all);
    expect(translated?.querySelector('[lang="mn-Mong"]')?.textContent).toBe(socialSecurityMongolian);
    expect(languagesOf(untranslated)).toEqual(['zh-CN', 'en']);
    expect(untranslated?.classList.contains('multilingual-with-vertical')).toBe(false);
    expect(untranslated?.textContent).toBe('户籍办理Household Registration');
    // The same in a big call: the counter in every language, the service in two.
    const call = container.querySelectorAll('.wall-call')[1];
    expect(languagesOf(call?.querySelector('.wall-call-counter'))).toEqual(all);
    expect(languagesOf(call?.querySelector('.wall-call-service'))).toEqual(['zh-CN', 'en']);
  });

  it('has fewer, taller slots, the hall open or closed', () => {
    const open = renderMongolianWall();
    expect([
      open.querySelectorAll('.wall-call').length,
      open.querySelectorAll('.wall-recent').length,
      open.querySelectorAll('.wall-queue').length,
    ]).toEqual([verticalSlots.bigCalls, verticalSlots.recentCalls, verticalSlots.services]);
    expect(texts(open, '.wall-call-number')).toEqual(['A023', 'F002', 'A001']);
    expect(texts(open, '.wall-recent-number')).toEqual(['A002', 'A003', 'A004']);
    rendered?.unmount();
    const closed = renderMongolianWall(all, {
      closed: { opensAt: '2026-11-25T01:00:00.000Z', stillWaiting: true },
    });
    const closedSlots = wallSlots({ closed: true, vertical: true });
    expect(closed.querySelectorAll('.wall-call')).toHaveLength(closedSlots.bigCalls);
    expect(closed.querySelectorAll('.wall-queue')).toHaveLength(closedSlots.services);
    expect(languagesOf(closed.querySelector('.closed-banner-title'))).toEqual(all);
    expect(languagesOf(closed.querySelector('.closed-banner-note'))).toEqual(all);
  });

  it("puts the recall mark in the arrow's place, and leaves the unit to the column's title", () => {
    const container = renderMongolianWall();
    const newest = container.querySelector('.wall-call-newest .wall-call-body');
    const kind = (child: Element) =>
      [...child.classList].find((name) => name.startsWith('wall-call-')) ?? child.className;
    expect([...(newest?.children ?? [])].map(kind)).toEqual([
      'wall-call-number',
      'wall-call-recall',
      'wall-call-counter',
      'wall-call-service',
    ]);
    expect(languagesOf(newest?.querySelector('.wall-call-recall'))).toEqual(all);
    expect(container.querySelectorAll('.wall-call-arrow')).toHaveLength(2);
    expect(container.querySelector('.wall-queue-unit')).toBeNull();
  });

  it('shows Mongolian and Chinese alone in a hall without English', () => {
    const container = renderMongolianWall(['mn-Mong', 'zh-CN']);
    expect(languagesOf(container.querySelector('.wall-hall'))).toEqual(['mn-Mong', 'zh-CN']);
    expect(container.querySelector('[lang="en"]')).toBeNull();
  });

  it('keeps the layout for Chinese and English when the hall shows no vertical language', () => {
    const container = renderMongolianWall(['zh-CN', 'en']);
    expect(container.querySelector('.wall-with-vertical, [lang="mn-Mong"]')).toBeNull();
    expect(container.querySelectorAll('.wall-call')).toHaveLength(bigCallSlots);
    expect(container.querySelectorAll('.wall-queue-unit')).toHaveLength(mongolianQueues.length);
  });

  it('the counter screen: its label, state and service Mongolian first', () => {
    const renderCounter = (props: Partial<CounterBoardProps>) =>
      renderIn(
        all,
        <CounterBoard
          label="12"
          hall={mongolianHall}
          now={now}
          status="OPEN"
          ticketNumber={null}
          call={null}
          serviceNames={null}
          fresh={false}
          reconnecting={false}
          {...props}
        />,
      );
    const calling = renderCounter({
      ticketNumber: 'A023',
      call: call(12, 'A023', '12'),
      serviceNames: mongolianQueues[0]!.service.names,
    });
    expect(calling.querySelector('.counter-screen')?.classList.contains('counter-screen-with-vertical')).toBe(
      true,
    );
    for (const selector of ['h1', '.counter-screen-caption', '.counter-screen-service']) {
      expect(languagesOf(calling.querySelector(selector)), selector).toEqual(all);
    }
    rendered?.unmount();
    const paused = renderCounter({ status: 'PAUSED', serviceNames: mongolianQueues[1]!.service.names });
    expect(paused.querySelector('.counter-screen-state [lang="mn-Mong"]')?.textContent).toBe(
      translatePublic('mn-Mong', 'display.counter.paused'),
    );
    rendered?.unmount();
    const untranslated = renderCounter({
      ticketNumber: 'F002',
      call: call(11, 'F002', '12'),
      serviceNames: mongolianQueues[1]!.service.names,
    });
    expect(languagesOf(untranslated.querySelector('.counter-screen-service'))).toEqual(['zh-CN', 'en']);
  });
});
