import { serviceDayOf } from '@onestop/shared';
import type { OperationHandler } from '@onestop/shared/testing';
import { act } from 'react';
import { adminAppForEachTest, testDistrictHall as hall } from '../admin/admin-test-harness';

/**
 * Test support for the Appointments tab's component tests: /manager?tab=appointments signed in as
 * the hall's manager, against a fake server. 企业开办 takes appointments (three days ahead), 税务办理
 * does not; the day has no appointments unless a test says otherwise.
 */

export { hall };

export const business = { id: 'service-c', prefix: 'C', name: '企业开办', nameEn: 'Business Registration' };
export const tax = { id: 'service-d', prefix: 'D', name: '税务办理', nameEn: 'Tax Services' };

/** Today on the hall's clock. */
export const today = serviceDayOf(new Date(), hall.timezone);

/** An instant of today on the hall's clock (Asia/Shanghai, UTC+8), as the API writes it. */
export const at = (time: string) => new Date(`${today}T${time}:00+08:00`).toISOString();

const signedInManager: OperationHandler = () => ({
  data: {
    me: { id: 'manager-1', username: 'manager', displayName: '王经理', role: 'MANAGER', halls: [hall] },
  },
});

const appointmentServices: OperationHandler = () => ({
  data: {
    hall: {
      id: hall.id,
      services: [
        { ...business, active: true, appointmentSettings: { enabled: true, horizonDays: 3 } },
        { ...tax, active: true, appointmentSettings: { enabled: false, horizonDays: 7 } },
      ],
    },
  },
});

/** Registers each test's set-up and clean-up; returns `openTab`, which opens the tab with `handlers` added. */
export function appointmentsTabForEachTest() {
  const { open } = adminAppForEachTest();
  return {
    openTab: (handlers: Record<string, OperationHandler>) =>
      open('/manager?tab=appointments', {
        Me: signedInManager,
        ConsoleHalls: () => ({ data: { halls: [hall] } }),
        ConsoleAppointmentServices: appointmentServices,
        ConsoleAppointmentsOfDay: () => ({ data: { appointments: [] } }),
        ...handlers,
      }),
  };
}

export function textOf(container: ParentNode, selector: string): string {
  return container.querySelector(selector)?.textContent ?? '';
}

/** Chooses an option of a select as a person does. */
export function choose(select: HTMLSelectElement, value: string): void {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
