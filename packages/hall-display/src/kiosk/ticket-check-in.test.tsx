import { errorResponse, type OperationHandler, type RecordedRequest } from '@onestop/shared/testing';
import { eventually } from '@onestop/shared/testing/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { bookingHall, button, click, issued, openKiosk, printSpy } from './kiosk-test-harness';

const accessCode = 'Rm7tKq2wXy9pLc4n';
const phoneLink = `http://hall.test/t/${accessCode}`;

/** The CheckInTicket answer: social security's remote ticket A031, now checked in. */
function checkedInTicket(channel = 'ONLINE') {
  return {
    data: {
      checkInTicket: {
        id: 'ticket-A031',
        number: 'A031',
        channel,
        checkedIn: true,
        service: {
          id: 'service-a',
          name: '社会保障',
          nameEn: 'Social Security',
          names: [
            { lang: 'zh-CN', text: '社会保障' },
            { lang: 'en', text: 'Social Security' },
          ],
        },
      },
    },
  };
}

/** The kiosk of a hall that takes appointments too; `checkInTicket` answers remote check-ins. */
async function openKioskFor(
  checkInTicket: OperationHandler,
  options: { path?: string; checkInAppointment?: OperationHandler } = {},
) {
  return await openKiosk(() => issued('service-a', 'A005'), {
    ...(options.path ? { path: options.path } : {}),
    handlers: {
      KioskBooking: () => ({ data: { hall: bookingHall(true) } }),
      CheckInTicket: checkInTicket,
      CheckInAppointment: options.checkInAppointment ?? (() => errorResponse('NOT_FOUND')),
    },
    ready: '.kiosk-appointment',
  });
}

const requestsOf = (requests: RecordedRequest[], operation: string) =>
  requests.filter((request) => request.operationName === operation);

/** What a QR scanner does: types the text as keys, then Enter, at whatever has the focus. */
function scan(text: string, target: Element = document.body): void {
  act(() => {
    for (const key of [...text, 'Enter']) {
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    }
  });
}

describe('checking a remote ticket in at the kiosk by its phone page QR code', () => {
  it('checks the scanned ticket in by its access code and says so with its number, printing nothing', async () => {
    const { container, requests } = await openKioskFor(() => checkedInTicket());
    scan(phoneLink);
    await eventually(() => expect(container.querySelector('.kiosk-ticket-checked-in')).not.toBeNull());
    const panel = container.querySelector('.kiosk-ticket-checked-in')!;
    // In the language chosen on the kiosk, Chinese first.
    expect(panel.querySelector('.kiosk-panel-title')?.textContent).toBe('已签到，请留意叫号');
    expect(panel.querySelector('.kiosk-ticket-check-in-number')?.textContent).toBe('A031');
    expect(panel.querySelector('.kiosk-ticket-check-in-service')?.textContent).toBe('社会保障');
    expect(requestsOf(requests, 'CheckInTicket').map((request) => request.variables)).toEqual([
      { accessCode },
    ]);
    expect(requestsOf(requests, 'CheckInAppointment')).toHaveLength(0);
    expect(container.querySelector('.kiosk-service-button')).toBeNull();
    expect(printSpy()).not.toHaveBeenCalled();

    click(button(container, '完成'));
    expect(container.querySelector('.kiosk-ticket-check-in')).toBeNull();
    expect(container.querySelectorAll('.kiosk-service-button')).toHaveLength(2);
  });

  it('takes a link typed into the code field as well', async () => {
    const { container, requests } = await openKioskFor(() => checkedInTicket());
    click(button(container, '我有预约'));
    const field = container.querySelector<HTMLInputElement>('.kiosk-check-in-code')!;
    act(() => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setValue.call(field, `${phoneLink}?lang=en`);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    click(button(container, '签到取号'));
    await eventually(() => expect(container.querySelector('.kiosk-ticket-checked-in')).not.toBeNull());
    expect(requestsOf(requests, 'CheckInTicket')[0]?.variables).toEqual({ accessCode });
  });

  it('goes back to the start screen by itself', async () => {
    const { container } = await openKioskFor(() => checkedInTicket(), { path: '/kiosk?resetAfter=1' });
    click(button(container, 'English'));
    scan(phoneLink);
    await eventually(() => expect(container.querySelector('.kiosk-ticket-checked-in')).not.toBeNull());
    expect(container.querySelector('.kiosk-ticket-checked-in .kiosk-panel-title')?.textContent).toBe(
      'Checked in — watch for your number',
    );
    await eventually(() => expect(container.querySelector('.kiosk-ticket-check-in')).toBeNull(), 3_000);
    expect(container.querySelectorAll('.kiosk-service-button')).toHaveLength(2);
    // In the hall's first language again.
    expect(button(container, '中文').getAttribute('aria-pressed')).toBe('true');
  });

  it('tells a ticket that needs no check-in (a kiosk ticket) that it is in the line already', async () => {
    const { container } = await openKioskFor(() => checkedInTicket('KIOSK'));
    scan(phoneLink);
    await eventually(() => expect(container.querySelector('.kiosk-ticket-checked-in')).not.toBeNull());
    expect(container.querySelector('.kiosk-panel-title')?.textContent).toContain('此号无需签到，请留意叫号');
  });

  it('keeps an appointment code scanned after it an appointment code', async () => {
    const { container, requests } = await openKioskFor(() => checkedInTicket());
    scan(phoneLink);
    await eventually(() => expect(container.querySelector('.kiosk-ticket-checked-in')).not.toBeNull());
    scan('https://hall.test/b/Xy7kQ2pL9mN4');
    await eventually(() =>
      expect(requestsOf(requests, 'CheckInAppointment').map((request) => request.variables)).toEqual([
        { hallId: 'hall-1', code: 'Xy7kQ2pL9mN4' },
      ]),
    );
    await eventually(() =>
      expect(container.querySelector('[role="alert"]')?.textContent).toContain('未找到此预约码'),
    );
    expect(container.querySelector('.kiosk-ticket-check-in')).toBeNull();
    expect(requestsOf(requests, 'CheckInTicket')).toHaveLength(1);
  });
});

describe('a remote ticket check-in the server refuses', () => {
  it.each([
    [
      'INVALID_TRANSITION',
      '此号已不在等候中（已叫号、已办结或已取消）',
      'This ticket is no longer waiting (called, done or cancelled)',
    ],
    [
      'NOT_FOUND',
      '未找到此号票，请核对后重新扫码',
      'No ticket has this code; please check it and scan again',
    ],
    [
      'FORBIDDEN',
      '此号不属于本大厅，请到取号的大厅签到',
      'This ticket is for another hall; please check in at the hall you joined',
    ],
  ])('says why (%s), in the chosen language, and goes back to the start', async (code, chinese, english) => {
    const { container } = await openKioskFor(() => errorResponse(code, 'refused'));
    scan(phoneLink);
    await eventually(() => expect(container.querySelector('[role="alert"]')?.textContent).toContain(chinese));
    expect(container.querySelector('[role="alert"] .kiosk-panel-title')?.textContent).toBe('未能签到');
    click(button(container, '返回首页'));
    click(button(container, 'English'));
    scan(phoneLink);
    await eventually(() => expect(container.querySelector('[role="alert"]')?.textContent).toContain(english));
    click(button(container, 'Back to start'));
    expect(container.querySelectorAll('.kiosk-service-button')).toHaveLength(2);
  });

  it('says what another refusal is, from the error', async () => {
    const { container } = await openKioskFor(() => errorResponse('BAD_USER_INPUT', '签到码无效'));
    scan(phoneLink);
    await eventually(() => expect(container.querySelector('[role="alert"]')).not.toBeNull());
    expect(container.querySelector('[role="alert"] .kiosk-refusal')?.textContent?.length).toBeGreaterThan(0);
  });

  it('retries a lost answer with the same access code, and says so meanwhile', async () => {
    let answers = 0;
    const { container, requests } = await openKioskFor(() => {
      answers += 1;
      // The first answer is the server's outage; the retry gets through.
      return answers === 1 ? errorResponse('UNAVAILABLE', 'database down') : checkedInTicket();
    });
    scan(phoneLink);
    await eventually(() => expect(container.textContent).toContain('网络不稳定，正在重试（第 2 次）…'));
    await eventually(
      () => expect(container.querySelector('.kiosk-ticket-check-in-number')?.textContent).toBe('A031'),
      4_000,
    );
    expect(requestsOf(requests, 'CheckInTicket').map((request) => request.variables)).toEqual([
      { accessCode },
      { accessCode },
    ]);
  });
});
