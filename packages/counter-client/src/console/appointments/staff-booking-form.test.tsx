import { serviceDayOf } from '@onestop/shared';
import { errorResponse } from '@onestop/shared/testing';
import { eventually, typeInto } from '@onestop/shared/testing/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { find } from '../admin/admin-test-harness';
import {
  appointmentsTabForEachTest,
  at,
  business,
  choose,
  hall,
  tax,
  textOf,
  today,
} from './appointments-test-harness';

// 电话预约 from the Appointments tab of /manager, against a fake server.

function slot(start: string, end: string, available: number) {
  return { start: at(start), end: at(end), capacity: 2, available };
}

const booked = {
  manageCode: 'manage-secret-1',
  appointment: {
    id: 'a-9',
    status: 'BOOKED',
    slotStart: at('15:00'),
    slotEnd: at('15:30'),
    checkInCode: '482913',
    checkedInAt: null,
    phoneMasked: '138****5678',
    name: '李四',
    service: business,
  },
};

const { openTab: openBooking } = appointmentsTabForEachTest();

async function openForm(container: HTMLElement): Promise<HTMLFormElement> {
  await eventually(() => expect(container.querySelector('[aria-expanded]')).not.toBeNull());
  await act(async () => container.querySelector<HTMLButtonElement>('[aria-expanded]')!.click());
  await eventually(() => expect(container.querySelector('form[data-form="staff-booking"]')).not.toBeNull());
  return find<HTMLFormElement>(container, 'form[data-form="staff-booking"]');
}

async function pickSlot(form: HTMLFormElement, time: string): Promise<void> {
  await eventually(() => expect(form.querySelector(`[data-slot="${time}"] input`)).not.toBeNull());
  await act(async () => form.querySelector<HTMLInputElement>(`[data-slot="${time}"] input`)!.click());
}

function bookingInputs(sent: (name: string) => Record<string, unknown>[]) {
  return sent('ConsoleBookForCaller').map((variables) => variables['input'] as Record<string, unknown>);
}

describe('booking for a caller', () => {
  it('offers the services that take appointments and the slots with seats, and books with the phone whole', async () => {
    let dayLoads = 0;
    const { container, sent } = await openBooking({
      ConsoleAppointmentsOfDay: () => {
        dayLoads += 1;
        return { data: { appointments: [] } };
      },
      ConsoleBookableSlots: () => ({
        data: { slots: [slot('14:30', '15:00', 0), slot('15:00', '15:30', 2)] },
      }),
      ConsoleBookForCaller: () => ({ data: { bookAppointment: booked } }),
    });
    const form = await openForm(container);
    const serviceChoices = [...form.querySelectorAll('select[name="serviceId"] option')].map(
      (each) => each.textContent,
    );
    expect(serviceChoices).toEqual(['请选择业务', 'C 企业开办']);
    choose(find<HTMLSelectElement>(form, 'select[name="serviceId"]'), business.id);
    await eventually(() => expect(textOf(form, '[data-slot="14:30"]')).toBe('14:30–15:00 已满'));
    expect(find<HTMLInputElement>(form, '[data-slot="14:30"] input').disabled).toBe(true);
    expect(textOf(form, '[data-slot="15:00"]')).toBe('15:00–15:30 余 2');
    expect(sent('ConsoleBookableSlots').at(-1)).toEqual({
      hallId: hall.id,
      serviceId: business.id,
      date: today,
    });
    expect(find<HTMLInputElement>(form, 'input[name="day"]').max).toBe(
      serviceDayOf(new Date(Date.parse(`${today}T12:00:00+08:00`) + 3 * 86_400_000), hall.timezone),
    );

    // A slot first, then a phone number that is no mobile number: refused without asking the server.
    await act(async () => form.requestSubmit());
    expect(textOf(form, '#staff-booking-slotStart-error')).toBe('请选择时段');
    await pickSlot(form, '15:00');
    typeInto(find<HTMLInputElement>(form, 'input[name="phone"]'), '12345');
    await act(async () => form.requestSubmit());
    expect(textOf(form, '#staff-booking-phone-error')).toBe('须为 11 位手机号码');
    expect(sent('ConsoleBookForCaller')).toHaveLength(0);

    const loadsBefore = dayLoads;
    typeInto(find<HTMLInputElement>(form, 'input[name="phone"]'), '138 0013 5678');
    typeInto(find<HTMLInputElement>(form, 'input[name="name"]'), ' 李四 ');
    await act(async () => form.requestSubmit());
    await eventually(() => expect(textOf(container, '[data-check-in-code]')).toBe('482913'));
    expect(bookingInputs(sent)).toEqual([
      {
        hallId: hall.id,
        serviceId: business.id,
        slotStart: at('15:00'),
        phone: '13800135678',
        name: '李四',
        idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
      },
    ]);
    expect(textOf(container, '[data-manage-path]')).toBe('/b/manage-secret-1');
    expect(textOf(container, '.booking-done')).toContain(
      `已预约：企业开办，${today} 15:00–15:30，手机 138****5678`,
    );
    expect(textOf(container, '.booking-done')).not.toContain('13800135678');
    // The day's list is read again with the new booking.
    await eventually(() => expect(dayLoads).toBeGreaterThan(loadsBefore));
  });

  it('sends a retry after a lost answer with the same key, and a changed booking with a new one', async () => {
    let answers = 0;
    const { container, sent } = await openBooking({
      ConsoleBookableSlots: () => ({
        data: { slots: [slot('15:00', '15:30', 2), slot('15:30', '16:00', 1)] },
      }),
      ConsoleBookForCaller: () => {
        answers += 1;
        if (answers === 1) throw new TypeError('Failed to fetch');
        if (answers === 2) return errorResponse('UNAVAILABLE');
        return { data: { bookAppointment: booked } };
      },
    });
    const form = await openForm(container);
    choose(find<HTMLSelectElement>(form, 'select[name="serviceId"]'), business.id);
    await pickSlot(form, '15:00');
    typeInto(find<HTMLInputElement>(form, 'input[name="phone"]'), '13800135678');
    await act(async () => form.requestSubmit());
    await eventually(() => expect(textOf(form, '[role="alert"]')).not.toBe(''));
    await act(async () => form.requestSubmit());
    await eventually(() => expect(bookingInputs(sent)).toHaveLength(2));
    await eventually(() => expect(textOf(form, '[role="alert"]')).toBe('服务暂时不可用，请稍后再试'));
    await pickSlot(form, '15:30');
    await act(async () => form.requestSubmit());
    await eventually(() => expect(textOf(container, '[data-check-in-code]')).toBe('482913'));
    const keys = bookingInputs(sent).map((input) => input['idempotencyKey']);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });

  it('shows the slots again when the chosen one filled meanwhile, and a reached limit at the phone', async () => {
    let slotsNow = [slot('15:00', '15:30', 1)];
    let refusal = 'SLOT_FULL';
    const { container, sent } = await openBooking({
      ConsoleBookableSlots: () => ({ data: { slots: slotsNow } }),
      ConsoleBookForCaller: () => {
        slotsNow = [slot('15:00', '15:30', 0), slot('15:30', '16:00', 2)];
        return refusal === 'SLOT_FULL'
          ? errorResponse('SLOT_FULL')
          : errorResponse('QUOTA_REACHED', 'quota', { quota: 'onePerServiceAndDay' });
      },
    });
    const form = await openForm(container);
    choose(find<HTMLSelectElement>(form, 'select[name="serviceId"]'), business.id);
    await pickSlot(form, '15:00');
    typeInto(find<HTMLInputElement>(form, 'input[name="phone"]'), '13800135678');
    await act(async () => form.requestSubmit());
    await eventually(() =>
      expect(textOf(form, '#staff-booking-slotStart-error')).toBe('该时段已约满，请选择其他时段'),
    );
    await eventually(() => expect(textOf(form, '[data-slot="15:00"]')).toBe('15:00–15:30 已满'));
    expect(form.querySelector<HTMLInputElement>('[data-slot="15:00"] input')?.checked).toBe(false);

    refusal = 'QUOTA_REACHED';
    await pickSlot(form, '15:30');
    await act(async () => form.requestSubmit());
    await eventually(() =>
      expect(textOf(form, '#staff-booking-phone-error')).toBe('该手机号当天已预约此业务'),
    );
    expect(find(form, 'input[name="phone"]').getAttribute('aria-invalid')).toBe('true');
    expect(sent('ConsoleBookForCaller')).toHaveLength(2);
  });

  it('says so when no service of the hall takes appointments', async () => {
    const { container } = await openBooking({
      ConsoleAppointmentServices: () => ({
        data: {
          hall: {
            id: hall.id,
            services: [{ ...tax, active: true, appointmentSettings: { enabled: false, horizonDays: 7 } }],
          },
        },
      }),
    });
    await eventually(() => expect(container.querySelector('[aria-expanded]')).not.toBeNull());
    await act(async () => container.querySelector<HTMLButtonElement>('[aria-expanded]')!.click());
    await eventually(() => expect(textOf(container, '.staff-booking')).toContain('本大厅暂无开放预约的业务'));
    expect(container.querySelector('form[data-form="staff-booking"]')).toBeNull();
  });
});
