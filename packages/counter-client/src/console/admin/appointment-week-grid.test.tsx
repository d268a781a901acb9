import { addDays, serviceDayOf } from '@onestop/shared';
import type { OperationHandler } from '@onestop/shared/testing';
import { eventually, typeInto } from '@onestop/shared/testing/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { localeStorageKey } from '../../locale/locale';
import { adminAppForEachTest, find } from './admin-test-harness';
import {
  appointmentsOf,
  hall,
  input,
  licences,
  openAppointments,
  storedSettings,
} from './appointment-test-fixtures';

// Issue 19, the week under the settings: seven dates from today on the hall's clock, each slot
// with its bookings against its seats, closed dates said, a week before or after on request.

const { open } = adminAppForEachTest();

const today = serviceDayOf(new Date(), hall.timezone);
const tomorrow = addDays(today, 1);

/** A booking at `start` (hall time, UTC+8) of `date`, 30 minutes long. */
function booking(date: string, start: string, status = 'BOOKED') {
  const slotStart = new Date(`${date}T${start}:00+08:00`);
  return {
    id: `${date}-${start}-${Math.random()}`,
    slotStart: slotStart.toISOString(),
    slotEnd: new Date(slotStart.getTime() + 30 * 60_000).toISOString(),
    status,
  };
}

/**
 * The service's week as the server would give it: every date open 09:00–10:30 but tomorrow, a
 * holiday; today's 09:00 slot taken twice, its 09:30 slot once (a cancelled booking beside it).
 */
const week: OperationHandler = ({ variables }) => {
  const dates = [1, 2, 3, 4, 5, 6, 7].map((day) => variables[`day${day}`] as string);
  const bookings: Record<string, ReturnType<typeof booking>[]> = {
    [today]: [
      booking(today, '09:00'),
      booking(today, '09:00', 'CHECKED_IN'),
      booking(today, '09:30'),
      booking(today, '09:30', 'CANCELLED'),
    ],
  };
  return {
    data: {
      calendar: dates.map((date) =>
        date === tomorrow
          ? { date, open: false, note: '元旦', periods: [] }
          : { date, open: true, note: null, periods: [{ opens: '09:00', closes: '10:30' }] },
      ),
      ...Object.fromEntries(dates.map((date, index) => [`day${index + 1}`, bookings[date] ?? []])),
    },
  };
};

const grid = (container: ParentNode) => find(container, '.appointment-week-grid');
const columnDates = (container: ParentNode) =>
  [...grid(container).querySelectorAll('thead th[data-date]')].map((cell) => cell.getAttribute('data-date'));
const cell = (container: ParentNode, start: string, date: string) =>
  find<HTMLElement>(grid(container), `tr[data-start="${start}"] td[data-date="${date}"]`);
const button = (container: ParentNode, name: string) =>
  find<HTMLButtonElement>(container, `.appointment-week button[name="${name}"]`);

describe("the week of a service's slots", () => {
  it('shows each slot of the seven dates from today with its bookings against its seats', async () => {
    const { container, sent } = await openAppointments(open, { ConsoleAppointmentWeek: week });
    await eventually(() => expect(container.querySelector('.appointment-week-grid')).not.toBeNull());

    expect(columnDates(container)).toEqual([0, 1, 2, 3, 4, 5, 6].map((days) => addDays(today, days)));
    expect(sent('ConsoleAppointmentWeek')[0]).toMatchObject({
      hallId: hall.id,
      serviceId: licences.id,
      from: today,
      to: addDays(today, 6),
      day1: today,
      day7: addDays(today, 6),
    });
    expect([...grid(container).querySelectorAll('tbody th')].map((row) => row.textContent)).toEqual([
      '09:00–09:30',
      '09:30–10:00',
      '10:00–10:30',
    ]);

    // Two seats of two: full, and said so; one of two (the cancelled one holds no seat): half shaded.
    const full = cell(container, '09:00', today);
    expect(full.textContent).toBe('2/2已满');
    expect(full.classList.contains('full')).toBe(true);
    const half = cell(container, '09:30', today);
    expect(half.textContent).toBe('1/2');
    expect(half.classList.contains('full')).toBe(false);
    expect(half.style.getPropertyValue('--fullness')).toBe('0.5');
    expect(cell(container, '10:00', today).textContent).toBe('0/2');

    // Tomorrow is a holiday: its heading says so, and it has no slots.
    const tomorrowHeading = find(grid(container), `thead th[data-date="${tomorrow}"]`);
    expect(tomorrowHeading.textContent).toContain('休息：元旦');
    expect(cell(container, '09:00', tomorrow).classList.contains('week-closed')).toBe(true);
    expect(find(grid(container), `thead th[data-date="${today}"]`).textContent).toContain('今天');
  });

  it('turns to the next and the previous week, and back to this one', async () => {
    const { container, sent } = await openAppointments(open, { ConsoleAppointmentWeek: week });
    await eventually(() => expect(container.querySelector('.appointment-week-grid')).not.toBeNull());
    expect(container.querySelector('.appointment-week button[name="thisWeek"]')).toBeNull();

    await act(async () => button(container, 'nextWeek').click());
    await eventually(() => expect(columnDates(container)[0]).toBe(addDays(today, 7)));
    expect(sent('ConsoleAppointmentWeek').at(-1)).toMatchObject({
      from: addDays(today, 7),
      to: addDays(today, 13),
    });
    // Nobody booked next week, and none of its slots has begun.
    expect(cell(container, '09:00', addDays(today, 7)).textContent).toBe('0/2');
    expect(cell(container, '09:00', addDays(today, 7)).classList.contains('started')).toBe(false);

    await act(async () => button(container, 'previousWeek').click());
    await act(async () => button(container, 'previousWeek').click());
    await eventually(() => expect(columnDates(container)[0]).toBe(addDays(today, -7)));
    // Last week's slots have all begun: greyed, no longer bookable.
    expect(cell(container, '10:00', addDays(today, -1)).classList.contains('started')).toBe(true);

    await act(async () => button(container, 'thisWeek').click());
    await eventually(() => expect(columnDates(container)[0]).toBe(today));
    expect(cell(container, '09:00', today).textContent).toBe('2/2已满');
  });

  it('shows the saved settings, says so while edits are unsaved, and follows them once saved', async () => {
    let stored = storedSettings;
    const { container, form } = await openAppointments(open, {
      ConsoleAppointmentWeek: week,
      ConsoleServiceAppointments: () => appointmentsOf(stored),
      ConsoleSetAppointmentSettings: ({ variables }) => {
        stored = { ...stored, ...(variables['input'] as Partial<typeof stored>) };
        return { data: { setAppointmentSettings: { id: licences.id, appointmentSettings: stored } } };
      },
    });
    await eventually(() => expect(container.querySelector('.appointment-week-grid')).not.toBeNull());
    expect(container.querySelector('.appointment-week-unsaved')).toBeNull();

    typeInto(input(form, 'capacityPerSlot'), '4');
    expect(find(container, '.appointment-week-unsaved').textContent).toBe(
      '下表按已保存的设置显示，保存后才会显示修改。',
    );
    expect(cell(container, '09:00', today).textContent).toBe('2/2已满');

    await act(async () => form.requestSubmit());
    await eventually(() => expect(cell(container, '09:00', today).textContent).toBe('2/4'));
    expect(container.querySelector('.appointment-week-unsaved')).toBeNull();
  });

  it('speaks English', async () => {
    localStorage.setItem(localeStorageKey, 'en');
    const { container } = await openAppointments(open, { ConsoleAppointmentWeek: week });
    await eventually(() => expect(container.querySelector('.appointment-week-grid')).not.toBeNull());
    expect(find(grid(container), 'thead th').textContent).toBe('Slot (booked/seats)');
    expect(cell(container, '09:00', today).textContent).toBe('2/2Full');
    expect(find(grid(container), `thead th[data-date="${tomorrow}"]`).textContent).toContain('Closed: 元旦');
    expect(button(container, 'nextWeek').textContent).toBe('Next week');
  });
});
