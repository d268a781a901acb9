import { errorResponse, type OperationHandler, type RecordedRequest } from '@onestop/shared/testing';
import { eventually } from '@onestop/shared/testing/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { bookingHall, button, click, issued, openKiosk, printSpy, serviceButton } from './kiosk-test-harness';

// The board's time is Tuesday 2026-11-24 09:30 in Shanghai; the appointment is at 09:45.
const slotStart = '2026-11-24T01:45:00.000Z';

/** The CheckInAppointment answer: social security's ticket A012, of the appointment at 09:45. */
function checkedIn(number = 'A012') {
  const { issueTicket } = issued('service-a', number).data;
  return {
    data: {
      checkInAppointment: {
        ...issueTicket,
        ticket: {
          ...issueTicket.ticket,
          channel: 'APPOINTMENT',
          appointment: { id: 'appointment-1', slotStart },
        },
      },
    },
  };
}

/** The kiosk of a hall whose social security takes appointments; `checkIn` answers check-ins. */
async function openKioskWithAppointments(
  checkIn: OperationHandler,
  options: { path?: string; loseAnswers?: number } = {},
) {
  return await openKiosk(() => issued('service-a', 'A005'), {
    ...options,
    handlers: {
      KioskBooking: () => ({ data: { hall: bookingHall(true) } }),
      CheckInAppointment: checkIn,
    },
    // The appointment path shows once the hall's appointment settings have come.
    ready: '.kiosk-appointment',
  });
}

const checkInRequests = (requests: RecordedRequest[]) =>
  requests.filter((request) => request.operationName === 'CheckInAppointment');

const codeField = (container: HTMLElement) =>
  container.querySelector<HTMLInputElement>('.kiosk-check-in-code')!;

/** Taps the keypad's keys, one per character. */
function tapKeys(container: HTMLElement, keys: string): void {
  for (const key of keys) {
    const found = [...container.querySelectorAll<HTMLButtonElement>('.kiosk-key')].find(
      (candidate) => candidate.textContent === key,
    );
    if (!found) throw new Error(`no key ${key}`);
    click(found);
  }
}

/** What a QR scanner does: types the text as keys, then Enter, at whatever has the focus. */
function scan(text: string, target: Element = document.body): void {
  act(() => {
    for (const key of [...text, 'Enter']) {
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    }
  });
}

describe('the kiosk start screen of a hall that takes appointments', () => {
  it('offers "I have an appointment" and a QR code of the booking page, in the chosen language', async () => {
    const { container } = await openKioskWithAppointments(() => checkedIn());
    const path = () => container.querySelector('.kiosk-appointment')!;
    expect(path().textContent).toContain('我有预约');
    expect(path().querySelector('.kiosk-booking-qr')?.textContent).toBe('扫码预约');
    const code = path().querySelector('.kiosk-booking-qr svg');
    expect(code?.getAttribute('data-qr-text')).toBe('http://hall.test/book/qingshan');
    expect(code?.getAttribute('aria-label')).toBe('扫码预约');

    click(button(container, 'English'));
    expect(path().textContent).toContain('I have an appointment');
    expect(path().querySelector('.kiosk-booking-qr')?.textContent).toBe('Book an appointment');
  });

  it('offers neither while no active service takes appointments', async () => {
    const { container, requests } = await openKiosk(() => issued('service-a', 'A005'));
    await eventually(() =>
      expect(requests.some((request) => request.operationName === 'KioskBooking')).toBe(true),
    );
    expect(requests.find((request) => request.operationName === 'KioskBooking')?.variables).toEqual({
      hallId: 'hall-1',
    });
    expect(container.querySelector('.kiosk-appointment')).toBeNull();
    expect(container.textContent).not.toContain('扫码预约');
  });
});

describe('checking an appointment in at the kiosk', () => {
  it('takes the code on the keypad and prints the ticket, marked as an appointment with its time', async () => {
    const { container, requests } = await openKioskWithAppointments(() => checkedIn());
    click(button(container, '我有预约'));
    expect(container.textContent).toContain('请输入预约码');
    expect(button(container, '签到取号').disabled).toBe(true);

    tapKeys(container, '4829');
    click(container.querySelector<HTMLButtonElement>('[aria-label="删除"]')!);
    tapKeys(container, '013');
    expect(codeField(container).value).toBe('482013');
    click(button(container, '签到取号'));

    await eventually(() =>
      expect(container.querySelector('#printed-ticket-number')?.textContent).toBe('A012'),
    );
    expect(checkInRequests(requests).map((request) => request.variables)).toEqual([
      { hallId: 'hall-1', code: '482013' },
    ]);
    expect(container.querySelector('.printed-ticket-appointment')?.textContent).toBe(
      '预约 09:45Appointment 09:45',
    );
    // The ticket carries the booking page's code beside its own.
    const codes = [...container.querySelectorAll('.printed-ticket svg')].map((svg) =>
      svg.getAttribute('data-qr-text'),
    );
    expect(codes).toEqual([
      'http://hall.test/t/access-code-0123456789abcdef',
      'http://hall.test/book/qingshan',
    ]);
    await eventually(() => expect(printSpy()).toHaveBeenCalledTimes(1));
  });

  it('clears the code with one tap, and goes back to the services', async () => {
    const { container, requests } = await openKioskWithAppointments(() => checkedIn());
    click(button(container, '我有预约'));
    tapKeys(container, '123');
    click(button(container, '清除'));
    expect(codeField(container).value).toBe('');
    click(button(container, '返回首页'));
    expect(container.querySelectorAll('.kiosk-service-button')).toHaveLength(2);
    expect(checkInRequests(requests)).toHaveLength(0);
  });

  it('checks in a scanned manage link with nothing focused, by its last path part, and prints the same ticket again for the same code', async () => {
    const { container, requests } = await openKioskWithAppointments(() => checkedIn());
    expect(document.activeElement).toBe(document.body);

    scan('https://hall.test/b/Xy7kQ2pL9mN4');
    await eventually(() =>
      expect(container.querySelector('#printed-ticket-number')?.textContent).toBe('A012'),
    );
    await eventually(() => expect(printSpy()).toHaveBeenCalledTimes(1));

    // The next citizen need not wait for the start screen; the server answers the same ticket.
    scan('https://hall.test/b/Xy7kQ2pL9mN4');
    await eventually(() => expect(printSpy()).toHaveBeenCalledTimes(2));
    expect(container.querySelector('#printed-ticket-number')?.textContent).toBe('A012');
    expect(checkInRequests(requests).map((request) => request.variables['code'])).toEqual([
      'Xy7kQ2pL9mN4',
      'Xy7kQ2pL9mN4',
    ]);
  });

  it('takes a scan while a button has the focus', async () => {
    const { container, requests } = await openKioskWithAppointments(() => checkedIn());
    // A button keeps the focus after a tap: the scanner's keys still reach the kiosk.
    const appointment = button(container, '我有预约');
    appointment.focus();
    scan('482013', appointment);
    await eventually(() => expect(checkInRequests(requests)).toHaveLength(1));
    expect(checkInRequests(requests)[0]?.variables['code']).toBe('482013');
  });

  it('retries a lost answer with the same code, and says so meanwhile', async () => {
    const { container, requests } = await openKioskWithAppointments(() => checkedIn(), { loseAnswers: 1 });
    scan('482013');
    await eventually(() => expect(container.textContent).toContain('网络不稳定，正在重试（第 2 次）…'));
    await eventually(
      () => expect(container.querySelector('#printed-ticket-number')?.textContent).toBe('A012'),
      4_000,
    );
    expect(checkInRequests(requests).map((request) => request.variables['code'])).toEqual([
      '482013',
      '482013',
    ]);
  });

  it('goes back to the start screen when the code entry is left alone', async () => {
    const { container } = await openKioskWithAppointments(() => checkedIn(), { path: '/kiosk?resetAfter=1' });
    click(button(container, 'English'));
    click(button(container, 'I have an appointment'));
    tapKeys(container, '48');
    await eventually(() => expect(container.querySelector('.kiosk-check-in')).toBeNull(), 3_000);
    expect(container.querySelectorAll('.kiosk-service-button')).toHaveLength(2);
    expect(container.querySelector('h1')?.textContent).toBe('青山区政务服务中心');
  });
});

describe('a check-in the server refuses', () => {
  it.each([
    ['zh-CN', '预约签到 今天 10:45 开始，请届时再来'],
    ['en', 'Check-in opens today 10:45; please come back then'],
  ])('says when check-in opens (TOO_EARLY, %s)', async (locale, words) => {
    const { container } = await openKioskWithAppointments(() =>
      errorResponse('TOO_EARLY', 'too early', { opensAt: '2026-11-24T02:45:00.000Z' }),
    );
    if (locale === 'en') click(button(container, 'English'));
    scan('482013');
    await eventually(() => expect(container.querySelector('[role="alert"]')?.textContent).toContain(words));
    click(button(container, locale === 'en' ? 'Back to start' : '返回首页'));
    expect(container.querySelectorAll('.kiosk-service-button')).toHaveLength(2);
  });

  it.each([
    ['MISSED', '您的预约已过签到时间', 'Your appointment was missed: its check-in time is over'],
    ['CANCELLED', '该预约已取消', 'This appointment was cancelled'],
  ])(
    'says the appointment was %s and offers an ordinary ticket with one press',
    async (status, chinese, english) => {
      const { container, requests } = await openKioskWithAppointments(() =>
        errorResponse('INVALID_TRANSITION', 'not booked', { status }),
      );
      click(button(container, 'English'));
      scan('482013');
      await eventually(() =>
        expect(container.querySelector('[role="alert"]')?.textContent).toContain(english),
      );
      click(button(container, '中文'));
      expect(container.querySelector('[role="alert"]')?.textContent).toContain(chinese);

      click(button(container, '改取普通号'));
      click(serviceButton(container, 'service-a'));
      await eventually(() =>
        expect(container.querySelector('#printed-ticket-number')?.textContent).toBe('A005'),
      );
      expect(requests.filter((request) => request.operationName === 'IssueTicket')).toHaveLength(1);
    },
  );

  it.each([
    ['zh-CN', '未找到此预约码，请核对后重新输入', '重新输入'],
    ['en', 'No appointment has this code; please check it and try again', 'Enter again'],
  ])('says no appointment has the code (NOT_FOUND, %s) and takes another', async (locale, words, again) => {
    let answer: OperationHandler = () => errorResponse('NOT_FOUND');
    const { container, requests } = await openKioskWithAppointments((request) => answer(request));
    if (locale === 'en') click(button(container, 'English'));
    click(button(container, locale === 'en' ? 'I have an appointment' : '我有预约'));
    tapKeys(container, '482014');
    click(button(container, locale === 'en' ? 'Check in' : '签到取号'));
    await eventually(() => expect(container.querySelector('[role="alert"]')?.textContent).toContain(words));

    click(button(container, again));
    expect(codeField(container).value).toBe('');
    answer = () => checkedIn();
    tapKeys(container, '482013');
    click(button(container, locale === 'en' ? 'Check in' : '签到取号'));
    await eventually(() =>
      expect(container.querySelector('#printed-ticket-number')?.textContent).toBe('A012'),
    );
    expect(checkInRequests(requests).map((request) => request.variables['code'])).toEqual([
      '482014',
      '482013',
    ]);
  });

  it('says an appointment in another state cannot be checked in, with an ordinary ticket one press away', async () => {
    const { container } = await openKioskWithAppointments(() =>
      errorResponse('INVALID_TRANSITION', 'checked in elsewhere', { status: 'BOOKED' }),
    );
    scan('482013');
    await eventually(() =>
      expect(container.querySelector('[role="alert"]')?.textContent).toContain('该预约不能签到'),
    );
    expect(button(container, '改取普通号')).toBeDefined();
  });

  it('gives way to "not in service" when the hall refuses the kiosk (FORBIDDEN)', async () => {
    const { container } = await openKioskWithAppointments(() => errorResponse('FORBIDDEN'));
    scan('482013');
    await eventually(() => expect(container.textContent).toContain('本大厅暂停服务'));
    expect(container.querySelector('.kiosk')).toBeNull();
  });
});
