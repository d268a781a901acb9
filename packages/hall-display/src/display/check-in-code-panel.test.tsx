import type { PublicLanguage } from '@onestop/shared';
import { renderElement, type RenderedElement } from '@onestop/shared/testing/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PublicLanguages } from '../components/multilingual';
import { pageOf } from './calls';
import { checkInUrlOf } from './check-in-code-panel';
import { testCall } from './test-calls';
import {
  bigCallSlots,
  checkInServiceRows,
  recentCallSlots,
  type ServiceQueue,
  serviceSlots,
  verticalSlots,
  WallBoard,
  type WallBoardProps,
  wallSlots,
} from './wall-board';

const hall = {
  names: [
    { lang: 'zh-CN', text: '青山区政务服务中心' },
    { lang: 'en', text: 'Qingshan District Government Service Centre' },
    { lang: 'mn-Mong', text: 'ᠬᠣᠲᠠ ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ' },
  ],
  timezone: 'Asia/Shanghai',
};
// 09:05 in Shanghai.
const now = Date.parse('2026-11-24T01:05:00.000Z');

function queue(prefix: string, waiting: number): ServiceQueue {
  return {
    service: {
      id: `service-${prefix.toLowerCase()}`,
      name: `业务 ${prefix}`,
      nameEn: `Service ${prefix}`,
      names: [
        { lang: 'zh-CN', text: `业务 ${prefix}` },
        { lang: 'en', text: `Service ${prefix}` },
      ],
      prefix,
    },
    waiting,
    estimate: { p50Minutes: 5, p90Minutes: 12 },
  };
}

const queues = ['A', 'B', 'C', 'D', 'E', 'F'].map((prefix, index) => queue(prefix, index + 1));
const calls = Array.from({ length: 10 }, (_, index) =>
  testCall(100 - index, `A${String(index + 1).padStart(3, '0')}`, '1', {
    calledAt: new Date(now).toISOString(),
  }),
);

let rendered: RenderedElement | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

function renderWall(
  props: Partial<WallBoardProps> & { languages?: readonly PublicLanguage[] } = {},
): HTMLElement {
  const { languages = ['zh-CN', 'en'], ...wallProps } = props;
  const vertical = languages.includes('mn-Mong');
  const checkIn = (wallProps.checkInCode ?? null) !== null;
  rendered = renderElement(
    <PublicLanguages languages={languages}>
      <WallBoard
        hall={hall}
        now={now}
        calls={calls}
        freshSeq={null}
        queues={pageOf(queues, wallSlots({ closed: false, vertical, checkIn }).services, 0)}
        serviceNames={new Map()}
        reconnecting={false}
        {...wallProps}
      />
    </PublicLanguages>,
  );
  return rendered.container;
}

const languagesOf = (element: Element | null | undefined) =>
  [...(element?.querySelectorAll('[lang]') ?? [])].map((text) => text.getAttribute('lang'));

describe('checkInUrlOf', () => {
  it('leads to the check-in page of the code, on the server that serves the display', () => {
    expect(checkInUrlOf('048213', 'https://hall.example.cn')).toBe('https://hall.example.cn/checkin/048213');
    expect(checkInUrlOf('048213')).toBe(`${window.location.origin}/checkin/048213`);
  });
});

describe('wallSlots with the check-in code', () => {
  it.each([
    [{ closed: false, vertical: false }, serviceSlots],
    [{ closed: true, vertical: false }, serviceSlots - 1],
    [{ closed: false, vertical: true }, verticalSlots.services],
    [{ closed: true, vertical: true }, verticalSlots.services - 1],
  ])('takes %o service rows from %i, and no call', (state, services) => {
    const without = wallSlots(state);
    const withCode = wallSlots({ ...state, checkIn: true });
    expect(without.services).toBe(services);
    expect(withCode).toEqual({ ...without, services: services - checkInServiceRows });
    // Every layout keeps at least one service row beside the code.
    expect(withCode.services).toBeGreaterThanOrEqual(1);
  });
});

describe('the wall with remote tickets waiting unchecked-in', () => {
  it('shows the QR code of the check-in page, its six digits beneath it and the line, Chinese first', () => {
    const container = renderWall({ checkInCode: '048213' });
    const panel = container.querySelector('.wall-queues .wall-check-in');
    expect(panel).not.toBeNull();
    const code = panel?.querySelector('svg');
    expect(code?.getAttribute('data-qr-text')).toBe(`${window.location.origin}/checkin/048213`);
    expect(code?.getAttribute('aria-label')).toBe('签到二维码，签到码 048213');
    // The digits under the code, in the same figure.
    expect(panel?.querySelector('figure > svg + figcaption')?.textContent).toBe('048213');
    const line = panel?.querySelector('.wall-check-in-line');
    expect(line?.textContent).toBe('远程取号请扫码签到Remote tickets: scan to check in');
    expect(languagesOf(line)).toEqual(['zh-CN', 'en']);
  });

  it('takes two service rows for it and leaves every call', () => {
    const container = renderWall({ checkInCode: '048213' });
    expect(container.querySelector('.wall')?.classList.contains('wall-with-check-in')).toBe(true);
    expect(container.querySelectorAll('.wall-call')).toHaveLength(bigCallSlots);
    expect(container.querySelectorAll('.wall-recent')).toHaveLength(recentCallSlots);
    expect(container.querySelectorAll('.wall-queue')).toHaveLength(serviceSlots - checkInServiceRows);
    // The list's CSS rows follow its slots.
    expect(
      container.querySelector<HTMLElement>('.wall')?.style.getPropertyValue('--wall-service-slots'),
    ).toBe(String(serviceSlots - checkInServiceRows));
  });

  it('shows the new code when the board brings it', () => {
    const container = renderWall({ checkInCode: '048213' });
    rendered?.rerender(
      <PublicLanguages languages={['zh-CN', 'en']}>
        <WallBoard
          hall={hall}
          now={now + 60_000}
          calls={calls}
          freshSeq={null}
          queues={pageOf(queues, serviceSlots - checkInServiceRows, 0)}
          serviceNames={new Map()}
          reconnecting={false}
          checkInCode="907114"
        />
      </PublicLanguages>,
    );
    expect(container.querySelector('.wall-check-in svg')?.getAttribute('data-qr-text')).toBe(
      `${window.location.origin}/checkin/907114`,
    );
    expect(container.querySelector('.wall-check-in-code')?.textContent).toBe('907114');
  });

  it('shows neither code nor line, and every service row, while none waits', () => {
    for (const checkInCode of [null, undefined]) {
      const container = renderWall(checkInCode === undefined ? {} : { checkInCode });
      expect(container.querySelector('.wall-check-in')).toBeNull();
      expect(container.querySelector('.wall-with-check-in')).toBeNull();
      expect(container.textContent).not.toContain('远程取号');
      expect(container.querySelectorAll('.wall-queue')).toHaveLength(serviceSlots);
      rendered?.unmount();
      rendered = undefined;
    }
  });

  it('puts Mongolian first, in a column beside the Chinese and English lines, where the hall shows it', () => {
    const container = renderWall({ checkInCode: '048213', languages: ['mn-Mong', 'zh-CN', 'en'] });
    const line = container.querySelector('.wall-check-in-line');
    expect(languagesOf(line)).toEqual(['mn-Mong', 'zh-CN', 'en']);
    expect(line?.firstElementChild?.className).toBe('multilingual-vertical');
    expect(container.querySelectorAll('.wall-queue')).toHaveLength(
      verticalSlots.services - checkInServiceRows,
    );
    // A screen reader reads the code's label in the first horizontal language.
    expect(container.querySelector('.wall-check-in svg')?.getAttribute('aria-label')).toBe(
      '签到二维码，签到码 048213',
    );
  });
});
