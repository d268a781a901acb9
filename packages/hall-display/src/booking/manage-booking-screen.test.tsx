import { errorResponse, type OperationHandler } from '@onestop/shared/testing';
import { eventually } from '@onestop/shared/testing/react';
import { act } from 'react';
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
  hasButton,
  openAt,
  operations,
  slot,
  slotButton,
} from './booking-test-support';

const manageCode = 'manage-code-0123456789abcdef';
const tomorrow = days[1]!;
// The booking holds 09:00 tomorrow; 10:00 and 11:00 are free.
const own = slot(tomorrow, 9, 1);
const ten = slot(tomorrow, 10, 2);
const eleven = slot(tomorrow, 11, 1);

async function openManage(handlers: Record<string, OperationHandler>, path = `/b/${manageCode}`) {
  const opened = await openAt(path, {
    MyAppointment: () => ({ data: { myAppointment: appointment() } }),
    BookingHall: () => ({ data: { bookingHall: bookingHall() } }),
    BookingSlots: (request) => ({
      data: { slots: request.variables['date'] === tomorrow ? [own, ten, eleven] : [] },
    }),
    ...handlers,
  });
  await eventually(() => expect(opened.container.querySelector('.phone-loading')).toBeNull());
  return opened;
}

beforeEach(() => {
  localStorage.clear();
  Object.defineProperty(navigator, 'languages', { value: ['zh-CN'], configurable: true });
});
afterEach(closeApp);

describe('the booking’s own page', () => {
  it('shows the booking by its code alone: code, status, slot, the phone masked, a QR code of itself', async () => {
    const { container, requests } = await openManage({});
    expect(container.querySelector('#booking-check-in-code')?.textContent).toBe('4821');
    expect(container.querySelector('.booking-status')?.textContent).toBe('已预约');
    expect(container.textContent).toContain('138****5678');
    expect(container.textContent).toContain('09:00–09:30');
    expect(container.textContent).toContain('社会保障');
    expect(container.querySelector('.booking-qr')?.getAttribute('data-qr-text')).toBe(
      `${window.location.origin}/b/${manageCode}`,
    );
    expect(requests[0]?.variables).toEqual({ manageCode });
    expect(requests[0]?.headers.get('authorization')).toBeNull();
    expect(document.title).toBe('4821 · 我的预约');
  });

  it('says so for an unknown code', async () => {
    const { container } = await openManage({ MyAppointment: () => ({ data: { myAppointment: null } }) });
    expect(container.textContent).toContain('未找到此预约');
    expect(hasButton(container, '取消预约')).toBe(false);
  });

  it('moves the booking to another slot, its own not offered', async () => {
    const { container, requests } = await openManage({
      RescheduleAppointment: (request) => ({
        data: {
          rescheduleAppointment: appointment({ slotStart: request.variables['slotStart'], slotEnd: ten.end }),
        },
      }),
    });
    await click(button(container, '改约'));
    await daysRead(container);
    await eventually(() => expect(dayButton(container, tomorrow).disabled).toBe(false));
    await click(dayButton(container, tomorrow));
    await eventually(() =>
      expect(container.querySelector(`[data-slot-start="${ten.start}"]`)).not.toBeNull(),
    );
    expect(container.querySelector(`[data-slot-start="${own.start}"]`)).toBeNull();
    expect(button(container, '改到此时段').disabled).toBe(true);

    await click(slotButton(container, ten.start));
    await click(button(container, '改到此时段'));
    await eventually(() => expect(container.textContent).toContain('已改约到新的时段。'));
    expect(operations(requests, 'RescheduleAppointment')[0]?.variables).toEqual({
      manageCode,
      slotStart: ten.start,
    });
    expect(container.textContent).toContain('10:00–10:30');
    expect(operations(requests, 'BookingHall')[0]?.variables).toEqual({ code: 'QS' });
  });

  it('says the slot was just taken and reads the slots again when a move finds it full', async () => {
    const { container, requests } = await openManage({
      RescheduleAppointment: () => errorResponse('SLOT_FULL'),
    });
    await click(button(container, '改约'));
    await daysRead(container);
    await click(dayButton(container, tomorrow));
    await eventually(() =>
      expect(container.querySelector(`[data-slot-start="${eleven.start}"]`)).not.toBeNull(),
    );
    const slotReads = operations(requests, 'BookingSlots').length;
    await click(slotButton(container, eleven.start));
    await click(button(container, '改到此时段'));
    await eventually(() => expect(container.textContent).toContain('您选的时段刚刚被约满'));
    await eventually(() => expect(operations(requests, 'BookingSlots').length).toBeGreaterThan(slotReads));
    expect(container.querySelector('#booking-check-in-code')?.textContent).toBe('4821');
  });

  it('cancels only after the citizen confirms, and then only shows the booking', async () => {
    const { container, requests } = await openManage({
      CancelAppointment: () => ({ data: { cancelAppointment: appointment({ status: 'CANCELLED' }) } }),
    });
    await click(button(container, '取消预约'));
    expect(container.textContent).toContain('确定要取消此预约吗？');
    await click(button(container, '保留预约'));
    expect(operations(requests, 'CancelAppointment')).toHaveLength(0);

    await click(button(container, '取消预约'));
    await click(button(container, '确定取消'));
    await eventually(() => expect(container.querySelector('.booking-status')?.textContent).toBe('已取消'));
    expect(operations(requests, 'CancelAppointment')[0]?.variables).toEqual({ manageCode });
    expect(container.textContent).toContain('此预约已取消。');
    expect(hasButton(container, '改约')).toBe(false);
    expect(hasButton(container, '取消预约')).toBe(false);
    expect(container.querySelector('.booking-qr')).toBeNull();
  });

  it('only shows a booking whose slot has begun', async () => {
    const started = slot(days[0]!, 0, 1);
    const { container } = await openManage({
      MyAppointment: () => ({
        data: { myAppointment: appointment({ slotStart: started.start, slotEnd: started.end }) },
      }),
    });
    expect(container.textContent).toContain('预约时段已开始，不能再改约或取消。');
    expect(hasButton(container, '改约')).toBe(false);
    expect(hasButton(container, '取消预约')).toBe(false);
  });

  it.each([
    ['CHECKED_IN', '已签到'],
    ['MISSED', '未按时签到'],
  ])('shows a %s booking without actions', async (status, label) => {
    const { container } = await openManage({
      MyAppointment: () => ({ data: { myAppointment: appointment({ status }) } }),
    });
    expect(container.querySelector('.booking-status')?.textContent).toBe(label);
    expect(hasButton(container, '改约')).toBe(false);
  });
});

describe('the booking’s own page for a screen reader and a keyboard', () => {
  it('asks before cancelling with "keep" first and focused, then moves the focus to "cancelled"', async () => {
    const { container } = await openManage({
      CancelAppointment: () => ({ data: { cancelAppointment: appointment({ status: 'CANCELLED' }) } }),
    });
    await click(button(container, '取消预约'));
    const question = container.querySelector('[role="alertdialog"]')!;
    expect([...question.querySelectorAll('button')].map((candidate) => candidate.textContent)).toEqual([
      '保留预约',
      '确定取消',
    ]);
    expect(document.activeElement).toBe(button(container, '保留预约'));
    await act(async () => {
      document.activeElement!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }),
      );
    });
    expect(container.querySelector('[role="alertdialog"]')).toBeNull();
    expect(document.activeElement).toBe(button(container, '取消预约'));

    await click(button(container, '取消预约'));
    await click(button(container, '确定取消'));
    await eventually(() => expect(document.activeElement?.textContent).toBe('此预约已取消。'));
  });

  it('moves the focus to "moved" once the booking is moved', async () => {
    const { container } = await openManage({
      RescheduleAppointment: (request) => ({
        data: {
          rescheduleAppointment: appointment({ slotStart: request.variables['slotStart'], slotEnd: ten.end }),
        },
      }),
    });
    await click(button(container, '改约'));
    await daysRead(container);
    await eventually(() => expect(dayButton(container, tomorrow).disabled).toBe(false));
    await click(dayButton(container, tomorrow));
    await eventually(() => expect(slotButton(container, ten.start)).not.toBeNull());
    await click(slotButton(container, ten.start));
    await click(button(container, '改到此时段'));
    await eventually(() =>
      expect(document.activeElement?.classList.contains('phone-notice-good')).toBe(true),
    );
  });

  it('sets <html lang> to the chosen language', async () => {
    const { container } = await openManage({});
    await click(button(container, 'English'));
    expect(document.documentElement.lang).toBe('en');
  });
});
