import { appointmentSettingLimits, defaultAppointmentSettings } from '@onestop/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clerkPassword,
  expectBadUserInput,
  expectNotFound,
  startAdministrationApp,
  unknownIds,
  type AdministrationFixture,
} from '../../../test/support/administration-fixture.js';
import type { TestApp } from '../../../test/support/test-app.js';

/**
 * A service's appointment settings: off with the defaults until an administrator sets them; a
 * change keeps what it leaves out; bad input is BAD_USER_INPUT naming the setting, nothing written.
 */

let testApp: TestApp;
let adminToken: string;
let fixture: AdministrationFixture;
beforeAll(async () => {
  ({ testApp, adminToken, fixture } = await startAdministrationApp());
});
afterAll(async () => {
  await testApp?.close();
});

const settingsFields =
  'enabled slotMinutes capacityPerSlot horizonDays leadMinutes earlyCheckInMinutes lateCheckInMinutes';
const setSettings = `mutation($serviceId: ID!, $input: AppointmentSettingsInput!) {
  setAppointmentSettings(serviceId: $serviceId, input: $input) { id appointmentSettings { ${settingsFields} } } }`;
const readSettings = `query($hallId: ID!) { hall(id: $hallId) { services { id appointmentSettings { ${settingsFields} } } } }`;

async function settingsOf(serviceId: string): Promise<unknown> {
  const result = await testApp.graphql<{
    hall: { services: { id: string; appointmentSettings: unknown }[] };
  }>(readSettings, { hallId: fixture.hallId }, { token: adminToken });
  return result.data!.hall.services.find((service) => service.id === serviceId)!.appointmentSettings;
}

describe('appointment settings', () => {
  it('are off, with the defaults, for a service nobody set them for', async () => {
    expect(await settingsOf(fixture.visaServiceId)).toEqual(defaultAppointmentSettings);
  });

  it('change what is given and keep the rest, for this service only', async () => {
    const result = await testApp.graphql<{ setAppointmentSettings: { appointmentSettings: unknown } }>(
      setSettings,
      { serviceId: fixture.passportServiceId, input: { enabled: true, slotMinutes: 15, capacityPerSlot: 3 } },
      { token: adminToken },
    );
    expect(result.errors).toBeUndefined();
    const expected = { ...defaultAppointmentSettings, enabled: true, slotMinutes: 15, capacityPerSlot: 3 };
    expect(result.data!.setAppointmentSettings.appointmentSettings).toEqual(expected);
    await testApp.graphql(
      setSettings,
      { serviceId: fixture.passportServiceId, input: { leadMinutes: 0 } },
      { token: adminToken },
    );
    expect(await settingsOf(fixture.passportServiceId)).toEqual({ ...expected, leadMinutes: 0 });
    expect(await settingsOf(fixture.visaServiceId)).toEqual(defaultAppointmentSettings);
  });

  it.each(
    Object.entries(appointmentSettingLimits).flatMap(([setting, { min, max }]) => [
      [setting, min - 1],
      [setting, max + 1],
    ]),
  )('refuses %s = %i with BAD_USER_INPUT naming it, nothing written', async (setting, value) => {
    await expectBadUserInput(
      testApp,
      adminToken,
      setSettings,
      { serviceId: fixture.passportServiceId, input: { enabled: false, [setting]: value } },
      setting,
    );
  });

  it.each(unknownIds)('refuses %s as the service with NOT_FOUND', async (_label, serviceId) => {
    await expectNotFound(testApp, adminToken, setSettings, { serviceId, input: { enabled: true } });
  });

  it('is refused to a clerk (FORBIDDEN), nothing written', async () => {
    const clerkToken = await testApp.login('clerk.one', clerkPassword);
    const before = await settingsOf(fixture.visaServiceId);
    const result = await testApp.graphql(
      setSettings,
      { serviceId: fixture.visaServiceId, input: { enabled: true } },
      { token: clerkToken },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await settingsOf(fixture.visaServiceId)).toEqual(before);
  });
});
