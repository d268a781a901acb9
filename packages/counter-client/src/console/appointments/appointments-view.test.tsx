import { addDays } from '@onestop/shared';
import { errorResponse, labelInNameProblems } from '@onestop/shared/testing';
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

// The Appointments tab of /manager against a fake server, signed in as the hall's manager.

function appointment(id: string, checkInCode: string, start: string, end: string, extra: object = {}) {
  return {
    id,
    status: 'BOOKED',
    slotStart: at(start),
    slotEnd: at(end),
    checkInCode,
    checkedInAt: null,
    phoneMasked: '138****5678',
    name: null,
    service: business,
    ...extra,
  };
}

const day = [
  appointment('a-1', '111111', '10:00', '10:30', { name: '张三' }),
  appointment('a-2', '222222', '10:00', '10:30', {
    status: 'CHECKED_IN',
    checkedInAt: at('09:41'),
    phoneMasked: '139****0001',
  }),
  appointment('a-3', '333333', '09:00', '09:30', { status: 'MISSED' }),
  appointment('a-4', '444444', '11:00', '11:30', { status: 'CANCELLED', service: tax }),
];

const { openTab } = appointmentsTabForEachTest();

describe("the day's appointments", () => {
  it("lists today's appointments by slot with their counts, each status spelled out, phones masked", async () => {
    const { container, sent } = await openTab({
      ConsoleAppointmentsOfDay: ({ variables }) => ({
        data: {
          appointments: day.filter(
            (each) => variables['serviceId'] == null || each.service.id === variables['serviceId'],
          ),
        },
      }),
    });
    await eventually(() => expect(container.querySelectorAll('.appointment-list tbody')).toHaveLength(3));
    expect(sent('ConsoleAppointmentsOfDay')[0]).toEqual({ hallId: hall.id, date: today, serviceId: null });

    const slots = [...container.querySelectorAll('.appointment-list tbody')];
    expect(slots.map((slot) => slot.getAttribute('data-slot'))).toEqual(['09:00', '10:00', '11:00']);
    expect(textOf(slots[1]!, '.slot-heading')).toBe('10:00–10:30 2 个预约');
    expect(textOf(container, '[data-appointment="111111"]')).toContain('张三');
    expect(textOf(container, '[data-appointment="111111"] [data-status]')).toBe('已预约');
    expect(textOf(container, '[data-appointment="222222"] [data-status]')).toBe('已签到 09:41 签到');
    expect(textOf(container, '[data-appointment="222222"] .phone')).toBe('139****0001');
    expect(textOf(container, '[data-appointment="333333"] [data-status]')).toBe('已失约');
    expect(textOf(container, '[data-appointment="444444"] [data-status]')).toBe('已取消');
    // Only a booked appointment can be cancelled.
    expect(container.querySelectorAll('[data-appointment] button')).toHaveLength(1);
    // Named by the words it shows, then the booking's code (WCAG 2.5.3).
    expect(container.querySelector('[data-appointment] button')?.getAttribute('aria-label')).toBe(
      '取消预约 111111',
    );
    expect(labelInNameProblems(container)).toEqual([]);
    expect(
      Object.fromEntries(
        [...container.querySelectorAll('[data-appointment-count]')].map((figure) => [
          figure.getAttribute('data-appointment-count'),
          figure.textContent,
        ]),
      ),
    ).toEqual({ BOOKED: '1', CHECKED_IN: '1', MISSED: '1', CANCELLED: '1' });

    choose(find<HTMLSelectElement>(container, 'select[name="serviceId"]'), tax.id);
    await eventually(() => expect(container.querySelectorAll('.appointment-list tbody')).toHaveLength(1));
    expect(sent('ConsoleAppointmentsOfDay').at(-1)).toEqual({
      hallId: hall.id,
      date: today,
      serviceId: tax.id,
    });

    const tomorrow = addDays(today, 1);
    typeInto(find<HTMLInputElement>(container, 'input[name="date"]'), tomorrow);
    await eventually(() =>
      expect(sent('ConsoleAppointmentsOfDay').at(-1)).toEqual({
        hallId: hall.id,
        date: tomorrow,
        serviceId: tax.id,
      }),
    );
  });

  it('cancels a booked appointment only with a reason, and shows a refusal next to it', async () => {
    let cancelled = false;
    let refuseNext = true;
    const { container, sent } = await openTab({
      ConsoleAppointmentsOfDay: () => ({
        data: { appointments: [cancelled ? { ...day[0]!, status: 'CANCELLED' } : day[0]!] },
      }),
      ConsoleCancelAppointment: ({ variables }) => {
        if (refuseNext) {
          refuseNext = false;
          return errorResponse('INVALID_TRANSITION', 'refused', { status: 'CHECKED_IN' });
        }
        cancelled = true;
        return {
          data: {
            cancelAppointmentAsStaff: { ...day[0]!, id: variables['appointmentId'], status: 'CANCELLED' },
          },
        };
      },
    });
    await eventually(() =>
      expect(container.querySelector('[data-appointment="111111"] button')).not.toBeNull(),
    );
    await act(async () =>
      container.querySelector<HTMLButtonElement>('[data-appointment="111111"] button')!.click(),
    );
    const form = find<HTMLFormElement>(container, 'form[data-form="cancel-appointment"]');

    await act(async () => form.requestSubmit());
    expect(textOf(form, '.field-error')).toBe('请填写取消原因');
    expect(find(form, 'input[name="reason"]').getAttribute('aria-invalid')).toBe('true');
    expect(sent('ConsoleCancelAppointment')).toHaveLength(0);

    typeInto(find<HTMLInputElement>(form, 'input[name="reason"]'), '  来电人改期  ');
    expect(form.querySelector('.field-error')).toBeNull();
    await act(async () => form.requestSubmit());
    await eventually(() =>
      expect(textOf(form, '[role="alert"]')).toBe('当前状态为 CHECKED_IN，不能执行此操作'),
    );

    await act(async () => form.requestSubmit());
    await eventually(() =>
      expect(textOf(container, '[data-appointment="111111"] [data-status]')).toBe('已取消'),
    );
    expect(sent('ConsoleCancelAppointment').at(-1)).toEqual({ appointmentId: 'a-1', reason: '来电人改期' });
    expect(container.querySelector('form[data-form="cancel-appointment"]')).toBeNull();
  });
});
