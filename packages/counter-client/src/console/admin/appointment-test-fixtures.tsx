import {
  type AppointmentSettings,
  defaultAppointmentSettings,
  defaultRemoteJoinSettings,
  type RemoteJoinSettings,
} from '@onestop/shared';
import type { OperationHandler } from '@onestop/shared/testing';
import { eventually } from '@onestop/shared/testing/react';
import { act } from 'react';
import { expect } from 'vitest';
import { type adminAppForEachTest, find, testDistrictHall, testService } from './admin-test-harness';
import { usualWeek } from './week-hours';

/**
 * What the appointment and remote-join settings' component tests share: a service of the district
 * hall, its hall's week, and opening the service's editor at `/admin?tab=services`.
 */

export const hall = testDistrictHall;

export const licences = testService('business-licence', 'B', [
  { lang: 'zh-CN', text: '企业开办' },
  { lang: 'en', text: 'Business Registration' },
]);

export const storedSettings: AppointmentSettings = { ...defaultAppointmentSettings, enabled: true };

/** The answer of ConsoleServiceAppointments with the service's `settings`. */
export function appointmentsOf(settings: AppointmentSettings) {
  return {
    data: {
      hall: {
        id: hall.id,
        timezone: hall.timezone,
        // Monday to Friday with a lunch break; the service keeps the hall's hours.
        weeklyHours: usualWeek,
        services: [{ id: licences.id, weeklyHours: [], appointmentSettings: settings }],
      },
    },
  };
}

/** The answer of ConsoleServiceRemoteJoin with the service's remote-join `settings`. */
export function remoteJoinOf(settings: RemoteJoinSettings) {
  return {
    data: { hall: { id: hall.id, services: [{ id: licences.id, remoteJoinSettings: settings }] } },
  };
}

/** A week of the service's calendar closed every day and without bookings. */
export const emptyWeek: OperationHandler = () => ({
  data: { calendar: [], ...Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((day) => [`day${day}`, []])) },
});

const handlers: Record<string, OperationHandler> = {
  ConsoleHalls: () => ({ data: { halls: [hall] } }),
  ConsoleHallSetup: () => ({ data: { hall: { ...hall, services: [licences], counters: [] } } }),
  ConsoleServiceAppointments: () => appointmentsOf(storedSettings),
  ConsoleAppointmentWeek: emptyWeek,
  // The remote-join settings open beside the appointment ones (remote-join-settings-editor.tsx).
  ConsoleServiceRemoteJoin: () => remoteJoinOf(defaultRemoteJoinSettings),
};

/** Opens the services tab, edits the service, and waits for its appointment settings. */
export async function openAppointments(
  open: ReturnType<typeof adminAppForEachTest>['open'],
  extra: Record<string, OperationHandler>,
) {
  const rendered = await open(`/admin?tab=services&hall=${hall.id}`, { ...handlers, ...extra });
  const { container } = rendered;
  await eventually(() => expect(container.querySelector('table tbody tr')).not.toBeNull());
  const edit = [...container.querySelectorAll<HTMLButtonElement>('table tbody tr button')].find(
    (button) => button.textContent === '编辑' || button.textContent === 'Edit',
  )!;
  await act(async () => edit.click());
  await eventually(() => expect(container.querySelector('form[data-form="appointments"]')).not.toBeNull());
  return { ...rendered, form: find<HTMLFormElement>(container, 'form[data-form="appointments"]') };
}

/** The input named `name` in `form`. */
export const input = (form: ParentNode, name: string) =>
  find<HTMLInputElement>(form, `input[name="${name}"]`);
