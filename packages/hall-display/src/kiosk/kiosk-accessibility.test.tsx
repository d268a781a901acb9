import { eventually } from '@onestop/shared/testing/react';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bookingHall, button, click, issued, openKiosk, serviceButton } from './kiosk-test-harness';

// The kiosk's time limits run on fake timers that also follow real time, so that the fake server
// still answers (eventually) while a test jumps ahead by seconds.
beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  vi.useRealTimers();
});

const wait = (milliseconds: number) => act(() => vi.advanceTimersByTime(milliseconds));

/** A touch on `element`, as a finger gives it (the kiosk counts pointerdown, touchstart and keys). */
function touch(element: Element): void {
  act(() => {
    element.dispatchEvent(new Event('pointerdown', { bubbles: true }));
  });
}

const heading = (container: HTMLElement) => container.querySelector('h1')?.textContent;
const warning = (container: HTMLElement) => container.querySelector('[role="alertdialog"]');

describe('the kiosk’s time limit, counted from the last touch (WCAG 2.2.1)', () => {
  it('keeps English while the citizen is still touching the kiosk, and goes back to Chinese 20 s after the last touch', async () => {
    const { container } = await openKiosk(() => issued('service-a', 'A005'));
    click(button(container, 'English'));
    wait(15_000);
    touch(container.querySelector('.kiosk-title')!);
    wait(10_000);
    // 25 s after choosing English, 10 s after the last touch.
    expect(heading(container)).toBe('Qingshan District Government Service Centre');
    wait(10_500);
    expect(heading(container)).toBe('青山区政务服务中心');
    expect(button(container, '中文').getAttribute('aria-pressed')).toBe('true');
  });

  it('warns 10 s before, says so aloud, and one tap on "Keep using" gives the full time again', async () => {
    const { container } = await openKiosk(() => issued('service-a', 'A005'));
    const english = button(container, 'English');
    english.focus();
    click(english);
    wait(9_500);
    expect(warning(container)).toBeNull();

    wait(750);
    const shown = warning(container);
    expect(shown).not.toBeNull();
    const label = document.getElementById(shown!.getAttribute('aria-labelledby')!);
    expect(label?.textContent).toBe('Back to the start in 10 s');
    const keepUsing = button(container, 'Keep using');
    expect(shown!.querySelectorAll('button')).toHaveLength(1);
    expect(document.activeElement).toBe(keepUsing);
    wait(3_000);
    expect(label?.textContent).toBe('Back to the start in 7 s');

    click(keepUsing);
    expect(warning(container)).toBeNull();
    // The focus is back where it was.
    expect(document.activeElement).toBe(english);
    wait(19_000);
    expect(heading(container)).toBe('Qingshan District Government Service Centre');
    wait(1_500);
    expect(heading(container)).toBe('青山区政务服务中心');
  });

  it('closes the warning on any touch, leaving the focus where that touch put it', async () => {
    const { container } = await openKiosk(() => issued('service-a', 'A005'));
    click(button(container, '一次办多项'));
    wait(10_500);
    expect(warning(container)).not.toBeNull();
    const priority = button(container, '优先服务');
    touch(priority);
    act(() => priority.focus());
    expect(warning(container)).toBeNull();
    expect(document.activeElement).toBe(priority);
  });

  it('counts the ticket screen’s time from the last touch too, and says the seconds left', async () => {
    const { container } = await openKiosk(() => issued('service-a', 'A005'));
    click(serviceButton(container, 'service-a'));
    await eventually(() => expect(container.querySelector('.printed-ticket')).not.toBeNull());
    expect(container.querySelector('.kiosk-countdown')?.textContent).toBe('20 秒后返回首页');
    wait(15_000);
    // The warning says the seconds now; the screen's own line gives way to it.
    expect(container.querySelector('.kiosk-countdown')).toBeNull();
    expect(warning(container)?.textContent).toContain('5 秒后返回首页');
    touch(container.querySelector('.printed-ticket')!);
    expect(container.querySelector('.kiosk-countdown')?.textContent).toBe('20 秒后返回首页');
    wait(15_000);
    expect(container.querySelector('.printed-ticket')).not.toBeNull();
    wait(5_500);
    expect(container.querySelector('.printed-ticket')).toBeNull();
    expect(container.querySelectorAll('.kiosk-service-button')).toHaveLength(2);
  });

  it('takes a key (a scanner, a keyboard) as being used', async () => {
    const { container } = await openKiosk(() => issued('service-a', 'A005'));
    click(button(container, 'English'));
    wait(15_000);
    act(() => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }));
    });
    wait(10_000);
    expect(heading(container)).toBe('Qingshan District Government Service Centre');
  });
});

describe('the kiosk’s focus', () => {
  it('goes to "完成" when the ticket shows, and to the start screen’s heading after it', async () => {
    const { container } = await openKiosk(() => issued('service-a', 'A005'));
    const service = serviceButton(container, 'service-a');
    service.focus();
    click(service);
    await eventually(() => expect(container.querySelector('.printed-ticket')).not.toBeNull());
    expect(document.activeElement).toBe(button(container, '完成'));

    click(button(container, '完成'));
    const start = container.querySelector<HTMLElement>('h2.kiosk-title');
    expect(start?.textContent).toBe('请选择业务');
    expect(start?.tabIndex).toBe(-1);
    expect(document.activeElement).toBe(start);
  });

  it('goes to "完成" when a remote ticket is checked in by its QR code', async () => {
    const { container } = await openKiosk(() => issued('service-a', 'A005'), {
      handlers: {
        CheckInTicket: () => ({
          data: {
            checkInTicket: {
              id: 'ticket-A031',
              number: 'A031',
              channel: 'ONLINE',
              checkedIn: true,
              service: { id: 'service-a', name: '社会保障', nameEn: 'Social Security', names: [] },
            },
          },
        }),
      },
    });
    act(() => {
      for (const key of [...'http://hall.test/t/Rm7tKq2wXy9pLc4n', 'Enter']) {
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      }
    });
    await eventually(() => expect(container.querySelector('.kiosk-ticket-checked-in')).not.toBeNull());
    expect(document.activeElement).toBe(button(container, '完成'));
  });

  it('goes to the start screen’s heading when the kiosk goes back by itself', async () => {
    const { container } = await openKiosk(() => issued('service-a', 'A005'));
    click(serviceButton(container, 'service-a'));
    await eventually(() => expect(container.querySelector('.printed-ticket')).not.toBeNull());
    wait(20_500);
    expect(document.activeElement).toBe(container.querySelector('h2.kiosk-title'));
  });

  it('stays on the language button when the language changes', async () => {
    const { container } = await openKiosk(() => issued('service-a', 'A005'));
    const english = button(container, 'English');
    english.focus();
    click(english);
    expect(document.activeElement).toBe(english);
    const chinese = button(container, '中文');
    chinese.focus();
    click(chinese);
    expect(document.activeElement).toBe(chinese);
  });
});

describe('the kiosk’s <html lang>', () => {
  it('follows the chosen language, and is the hall’s first again after the reset', async () => {
    const { container } = await openKiosk(() => issued('service-a', 'A005'));
    expect(document.documentElement.lang).toBe('zh-CN');
    click(button(container, 'English'));
    expect(document.documentElement.lang).toBe('en');
    click(button(container, '中文'));
    expect(document.documentElement.lang).toBe('zh-CN');
    click(button(container, 'English'));
    wait(20_500);
    expect(document.documentElement.lang).toBe('zh-CN');
  });
});

describe('the kiosk’s names (WCAG 2.5.3: a control’s name contains its visible text)', () => {
  it('names a service button with everything it shows, its letter too', async () => {
    const { container } = await openKiosk(() => issued('service-a', 'A005'));
    const service = serviceButton(container, 'service-a');
    expect(service.hasAttribute('aria-label')).toBe(false);
    // No part of what it shows is hidden from its name.
    expect(service.querySelector('[aria-hidden="true"]')).toBeNull();
    expect(service.textContent).toBe('A社会保障4 人等候 · 预计等待 约 6–14 分钟');
    for (const languageButton of container.querySelectorAll('.kiosk-toggle')) {
      expect(languageButton.hasAttribute('aria-label')).toBe(false);
    }
  });

  it('names the appointment code field by the heading above it', async () => {
    const { container } = await openKiosk(() => issued('service-a', 'A005'), {
      handlers: { KioskBooking: () => ({ data: { hall: bookingHall(true) } }) },
      ready: '.kiosk-appointment',
    });
    click(button(container, 'English'));
    click(button(container, 'I have an appointment'));
    const field = container.querySelector('.kiosk-check-in-code')!;
    expect(field.hasAttribute('aria-label')).toBe(false);
    const label = document.getElementById(field.getAttribute('aria-labelledby') ?? '');
    expect(label?.tagName).toBe('H2');
    expect(label?.textContent).toBe('Enter your appointment code');
  });
});
