import {
  errorResponse,
  labelInNameProblems,
  type OperationHandler,
  type RecordedRequest,
} from '@onestop/shared/testing';
import { eventually, typeInto } from '@onestop/shared/testing/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  appointment,
  bookingHall,
  button,
  click,
  closeApp,
  dayButton,
  days,
  daysRead,
  openAt,
  operations,
  slot,
  slotButton,
} from './booking-test-support';

const [today, tomorrow, dayAfter] = days as [string, string, string];
const nine = slot(tomorrow, 9, 2);
const ten = slot(tomorrow, 10, 0);
const eleven = slot(tomorrow, 11, 1);

/** Today has no slot left, tomorrow three (one full), the day after one. */
function slotsOf(request: RecordedRequest) {
  const date = request.variables['date'];
  const slots = date === tomorrow ? [nine, ten, eleven] : date === dayAfter ? [slot(dayAfter, 9, 2)] : [];
  return { data: { slots } };
}

const booked = (request: RecordedRequest) => {
  const input = request.variables['input'] as { slotStart: string };
  return {
    data: {
      bookAppointment: {
        manageCode: 'manage-code-0123456789abcdef',
        appointment: appointment({ slotStart: input.slotStart, slotEnd: nine.end }),
      },
    },
  };
};

async function openBooking(handlers: Record<string, OperationHandler>, path = '/book/QS') {
  return await openAt(path, {
    BookingHall: () => ({ data: { bookingHall: bookingHall() } }),
    BookingSlots: slotsOf,
    ...handlers,
  });
}

const input = (container: HTMLElement, name: string) =>
  container.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

/** Opens the page and chooses social security, tomorrow and the 09:00 slot. */
async function chooseNineTomorrow(handlers: Record<string, OperationHandler>) {
  const opened = await openBooking(handlers);
  await eventually(() => expect(opened.container.textContent).toContain('社会保障'));
  await click(button(opened.container, '社会保障每个时段 30 分钟'));
  await daysRead(opened.container);
  await click(dayButton(opened.container, tomorrow));
  await eventually(() => expect(slotButton(opened.container, nine.start)).not.toBeNull());
  await click(slotButton(opened.container, nine.start));
  return opened;
}

async function submit(container: HTMLElement): Promise<void> {
  await click(button(container, '确认预约'));
}

beforeEach(() => {
  localStorage.clear();
  Object.defineProperty(navigator, 'languages', { value: ['zh-CN'], configurable: true });
});
afterEach(closeApp);

describe('the booking page', () => {
  it('says so for a hall that is unknown or takes no bookings', async () => {
    const { container } = await openBooking(
      { BookingHall: () => ({ data: { bookingHall: null } }) },
      '/book/XX',
    );
    await eventually(() => expect(container.textContent).toContain('未找到此大厅'));
    expect(container.querySelector('[data-service-id]')).toBeNull();
  });

  it('offers the days to the horizon, a day without a free seat shown but not choosable, and the seats left per slot', async () => {
    const { container, requests } = await openBooking({});
    await eventually(() => expect(container.textContent).toContain('税务办理'));
    expect(container.textContent).toContain('青山区政务服务中心');
    await click(button(container, '社会保障每个时段 30 分钟'));

    await eventually(() => expect(dayButton(container, today).textContent).toContain('不可预约'));
    expect(dayButton(container, today).disabled).toBe(true);
    expect(
      [...container.querySelectorAll('[data-day]')].map((element) => element.getAttribute('data-day')),
    ).toEqual(days);
    expect(operations(requests, 'BookingSlots').map((request) => request.variables)).toContainEqual({
      hallId: 'hall-1',
      serviceId: 'service-a',
      date: dayAfter,
    });

    await click(dayButton(container, tomorrow));
    await eventually(() => expect(slotButton(container, nine.start)?.textContent).toBe('09:00–09:30余 2 个'));
    expect(slotButton(container, ten.start).disabled).toBe(true);
    expect(slotButton(container, ten.start).textContent).toContain('已约满');
    expect(slotButton(container, eleven.start).textContent).toContain('余 1 个');
  });

  it('checks the phone number before sending, then books with it and shows the code, the slot and the manage link', async () => {
    const { container, requests } = await chooseNineTomorrow({ BookAppointment: booked });

    typeInto(input(container, 'phone'), '1381234567');
    await submit(container);
    expect(container.textContent).toContain('请输入 11 位手机号');
    expect(operations(requests, 'BookAppointment')).toHaveLength(0);

    typeInto(input(container, 'phone'), '13812345678');
    typeInto(input(container, 'name'), ' 王芳 ');
    await submit(container);
    await eventually(() =>
      expect(container.querySelector('#booking-check-in-code')?.textContent).toBe('4821'),
    );
    const [sent] = operations(requests, 'BookAppointment');
    expect(sent?.variables['input']).toEqual({
      hallId: 'hall-1',
      serviceId: 'service-a',
      slotStart: nine.start,
      phone: '13812345678',
      name: '王芳',
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(container.textContent).toContain('预约成功');
    expect(container.textContent).toContain('09:00–09:30');
    const manageUrl = `${window.location.origin}/b/manage-code-0123456789abcdef`;
    expect(container.querySelector('.booking-qr')?.getAttribute('data-qr-text')).toBe(manageUrl);
    expect(container.querySelector('.booking-manage-link')?.getAttribute('href')).toBe(manageUrl);
    // The number typed is never shown back, not even masked, on this page.
    expect(container.textContent).not.toContain('13812345678');
  });

  it('retries a lost answer with the same idempotency key', async () => {
    let calls = 0;
    const { container, requests } = await chooseNineTomorrow({
      BookAppointment: (request) => {
        calls += 1;
        if (calls === 1) throw new Error('network cut');
        return booked(request);
      },
    });
    typeInto(input(container, 'phone'), '13812345678');
    await submit(container);
    await eventually(() => expect(container.querySelector('#booking-check-in-code')).not.toBeNull(), 15_000);
    const keys = operations(requests, 'BookAppointment').map(
      (request) => (request.variables['input'] as { idempotencyKey: string }).idempotencyKey,
    );
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('waits out RATE_LIMITED, saying so, and books with the same key', async () => {
    let calls = 0;
    const { container, requests } = await chooseNineTomorrow({
      BookAppointment: (request) => {
        calls += 1;
        return calls === 1
          ? errorResponse('RATE_LIMITED', 'slow down', { retryAfterSeconds: 1 })
          : booked(request);
      },
    });
    typeInto(input(container, 'phone'), '13812345678');
    await submit(container);
    await eventually(() => expect(container.textContent).toContain('尝试次数过多，请 1 秒后再试'));
    expect(container.textContent).toContain('正在重试（第 2 次）');
    await eventually(() => expect(container.querySelector('#booking-check-in-code')).not.toBeNull(), 15_000);
    const [first, second] = operations(requests, 'BookAppointment').map(
      (request) => (request.variables['input'] as { idempotencyKey: string }).idempotencyKey,
    );
    expect(second).toBe(first);
  });

  it('reads the slots again when the chosen one was just taken, and a new press sends a new key', async () => {
    let full = true;
    const { container, requests } = await chooseNineTomorrow({
      BookAppointment: (request) => (full ? errorResponse('SLOT_FULL') : booked(request)),
    });
    const slotReads = operations(requests, 'BookingSlots').length;
    typeInto(input(container, 'phone'), '13812345678');
    await submit(container);

    await eventually(() => expect(container.textContent).toContain('您选的时段刚刚被约满，请另选一个时段。'));
    await eventually(() => expect(operations(requests, 'BookingSlots').length).toBeGreaterThan(slotReads));
    expect(slotButton(container, nine.start).getAttribute('aria-pressed')).toBe('false');
    expect(input(container, 'phone')).toBeNull();

    full = false;
    await click(slotButton(container, eleven.start));
    await submit(container);
    await eventually(() => expect(container.querySelector('#booking-check-in-code')).not.toBeNull());
    const [first, second] = operations(requests, 'BookAppointment').map(
      (request) => request.variables['input'] as { idempotencyKey: string; slotStart: string },
    );
    expect(second?.slotStart).toBe(eleven.start);
    expect(second?.idempotencyKey).not.toBe(first?.idempotencyKey);
  });

  it.each([
    ['onePerServiceAndDay', '每个手机号每天每项业务只能预约一次'],
    ['activeBookings', '已有 3 个未办理的预约'],
    ['missedAppointments', '90 天内 3 次预约未到：网上预约暂停 30 天，请致电大厅预约。'],
  ])('explains the limit %s', async (quota, text) => {
    const { container } = await chooseNineTomorrow({
      BookAppointment: () => errorResponse('QUOTA_REACHED', 'quota', { quota }),
    });
    typeInto(input(container, 'phone'), '13812345678');
    await submit(container);
    await eventually(() => expect(container.textContent).toContain(text));
    expect(container.textContent).toContain('未能预约');
  });

  it('points at the phone field when the server refuses the number', async () => {
    const { container } = await chooseNineTomorrow({
      BookAppointment: () =>
        errorResponse('BAD_USER_INPUT', 'phone', { field: 'phone', problem: { kind: 'phoneFormat' } }),
    });
    typeInto(input(container, 'phone'), '13812345678');
    await submit(container);
    await eventually(() => expect(input(container, 'phone').getAttribute('aria-invalid')).toBe('true'));
    expect(container.querySelector('#booking-phone-problem')?.textContent).toContain('请输入 11 位手机号');
  });

  it('reads in English when asked', async () => {
    const { container } = await openBooking({});
    await eventually(() => expect(container.textContent).toContain('社会保障'));
    await click(button(container, 'English'));
    expect(container.textContent).toContain('Book an appointment');
    expect(container.textContent).toContain('Qingshan Service Centre');
    await click(button(container, 'Social Security30 min per slot'));
    await eventually(() => expect(dayButton(container, today).textContent).toContain('Not available'));
  });
});

describe('the booking page for a screen reader and a keyboard', () => {
  it('moves the focus to "booked" once the booking is made', async () => {
    const { container } = await chooseNineTomorrow({ BookAppointment: booked });
    typeInto(input(container, 'phone'), '13812345678');
    button(container, '确认预约').focus();
    await submit(container);
    await eventually(() => expect(container.querySelector('#booking-booked-title')).not.toBeNull());
    const heading = container.querySelector('#booking-booked-title')!;
    expect(document.activeElement).toBe(heading);
    expect(heading.getAttribute('tabindex')).toBe('-1');
  });

  it('sets <html lang> to the chosen language', async () => {
    const { container } = await openBooking({});
    await eventually(() => expect(container.textContent).toContain('社会保障'));
    expect(document.documentElement.lang).toBe('zh-CN');
    await click(button(container, 'English'));
    expect(document.documentElement.lang).toBe('en');
  });

  it('names every control with the words it shows', async () => {
    const { container } = await chooseNineTomorrow({});
    expect(container.querySelector('input[name="phone"]')).not.toBeNull();
    expect(labelInNameProblems(container)).toEqual([]);
  });
});
