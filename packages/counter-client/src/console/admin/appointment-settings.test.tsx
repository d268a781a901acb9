import { describeInputProblem } from '@onestop/shared';
import { errorResponse } from '@onestop/shared/testing';
import { eventually, typeInto } from '@onestop/shared/testing/react';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { adminAppForEachTest, find } from './admin-test-harness';
import {
  appointmentsOf,
  input,
  licences,
  openAppointments as openAppointmentsWith,
  storedSettings,
} from './appointment-test-fixtures';

// Issue 19, the settings: an administrator opens a service, sees and changes its appointment
// settings, and sees the slots of a typical day they make.

const { open } = adminAppForEachTest();

const openAppointments = (extra: Parameters<typeof open>[1]) => openAppointmentsWith(open, extra);
const slotLines = (container: ParentNode) =>
  [...container.querySelectorAll('.appointment-slots li')].map((item) => item.textContent);

describe("a service's appointment settings", () => {
  it('shows the current settings, their limits, and the slots of a typical day', async () => {
    const { container, form } = await openAppointments({
      ConsoleServiceAppointments: () => appointmentsOf(storedSettings),
    });
    expect(find(form, 'h3').textContent).toBe('预约设置：企业开办');
    expect(input(form, 'enabled').checked).toBe(true);
    expect(
      [
        'slotMinutes',
        'capacityPerSlot',
        'horizonDays',
        'leadMinutes',
        'earlyCheckInMinutes',
        'lateCheckInMinutes',
      ].map((name) => input(form, name).value),
    ).toEqual(['30', '2', '7', '60', '30', '15']);
    expect(find(form, '#appointments-business-licence-slotMinutes-hint').textContent).toBe('5–480');
    expect(input(form, 'leadMinutes').getAttribute('aria-describedby')).toBe(
      'appointments-business-licence-leadMinutes-hint',
    );

    // The hall's Monday, in 30-minute slots of 2.
    expect(find(container, '.appointment-slots h4').textContent).toBe(
      '周一的预约时段（按每周开放时间，不含例外日期）',
    );
    expect(slotLines(container)).toEqual([
      '09:00–12:00：6 个时段，09:00–09:30 至 11:30–12:00',
      '13:30–17:30：8 个时段，13:30–14:00 至 17:00–17:30',
    ]);
    expect(find(container, '.appointment-slots p').textContent).toBe('共 14 个时段，最多 28 个预约');

    // The slots follow the typed length: 45 minutes leave a remainder in each period.
    typeInto(input(form, 'slotMinutes'), '45');
    expect(slotLines(container)).toEqual([
      '09:00–12:00：4 个时段，09:00–09:45 至 11:15–12:00',
      '13:30–17:30：5 个时段，13:30–14:15 至 16:30–17:15',
    ]);
  });

  it('saves the changed settings alone and shows what the server stored', async () => {
    let stored = storedSettings;
    const { form, sent } = await openAppointments({
      ConsoleServiceAppointments: () => appointmentsOf(stored),
      ConsoleSetAppointmentSettings: ({ variables }) => {
        stored = { ...stored, ...(variables['input'] as Partial<typeof stored>) };
        return {
          data: { setAppointmentSettings: { id: licences.id, appointmentSettings: stored } },
        };
      },
    });
    await act(async () => input(form, 'enabled').click());
    typeInto(input(form, 'capacityPerSlot'), '4');
    typeInto(input(form, 'horizonDays'), ' 14 ');
    await act(async () => form.requestSubmit());
    await eventually(() => expect(form.textContent).toContain('已保存'));
    expect(sent('ConsoleSetAppointmentSettings')).toEqual([
      { serviceId: licences.id, input: { enabled: false, capacityPerSlot: 4, horizonDays: 14 } },
    ]);
    expect(input(form, 'enabled').checked).toBe(false);
    expect(input(form, 'horizonDays').value).toBe('14');
  });

  it("shows the server's refusal beside the setting it names", async () => {
    const { form } = await openAppointments({
      ConsoleServiceAppointments: () => appointmentsOf(storedSettings),
      ConsoleSetAppointmentSettings: () =>
        errorResponse('BAD_USER_INPUT', '字段 leadMinutes 超出范围', {
          field: 'leadMinutes',
          problem: { kind: 'outOfRange', min: 0, max: 10_080 },
        }),
    });
    typeInto(input(form, 'leadMinutes'), '120');
    await act(async () => form.requestSubmit());
    await eventually(() => expect(form.querySelector('.field-error')).not.toBeNull());
    const error = find(form, '#appointments-business-licence-leadMinutes-error');
    expect(error.textContent).toBe(
      describeInputProblem('zh-CN', { kind: 'outOfRange', min: 0, max: 10_080 }),
    );
    expect(input(form, 'leadMinutes').getAttribute('aria-invalid')).toBe('true');
    expect(input(form, 'leadMinutes').getAttribute('aria-describedby')).toBe(
      'appointments-business-licence-leadMinutes-hint appointments-business-licence-leadMinutes-error',
    );
    expect(input(form, 'slotMinutes').getAttribute('aria-invalid')).toBe('false');
    expect(form.textContent).not.toContain('已保存');
  });

  it('refuses a setting out of its limits without asking the server', async () => {
    const { form, sent } = await openAppointments({
      ConsoleServiceAppointments: () => appointmentsOf(storedSettings),
    });
    typeInto(input(form, 'slotMinutes'), '500');
    await act(async () => form.requestSubmit());
    expect(find(form, '#appointments-business-licence-slotMinutes-error').textContent).toBe(
      describeInputProblem('zh-CN', { kind: 'outOfRange', min: 5, max: 480 }),
    );
    expect(sent('ConsoleSetAppointmentSettings')).toEqual([]);
  });
});
