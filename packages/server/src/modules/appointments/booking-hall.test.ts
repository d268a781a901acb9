import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startAdministrationApp,
  type AdministrationFixture,
} from '../../../test/support/administration-fixture.js';
import type { TestApp } from '../../../test/support/test-app.js';

/**
 * The public booking page's hall (/book/:hallCode): found by code without a login, only while
 * active, with only the services that take appointments and nothing a citizen should not see.
 */

let testApp: TestApp;
let adminToken: string;
let fixture: AdministrationFixture;

const query = `query($code: String!) { bookingHall(code: $code) {
  id code name languages timezone names { lang text }
  services { id prefix name slotMinutes horizonDays names { lang text } } } }`;

interface BookingHallAnswer {
  bookingHall: {
    id: string;
    code: string;
    languages: string[];
    services: { id: string; prefix: string; slotMinutes: number; horizonDays: number }[];
  } | null;
}

beforeAll(async () => {
  ({ testApp, adminToken, fixture } = await startAdministrationApp());
});
afterAll(async () => {
  await testApp?.close();
});

describe('bookingHall', () => {
  it('lists no service of a hall that takes no appointments', async () => {
    const result = await testApp.graphql<BookingHallAnswer>(query, { code: 'MAIN' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.bookingHall).toMatchObject({ id: fixture.hallId, code: 'MAIN', services: [] });
    expect(result.data?.bookingHall?.languages).toEqual(['zh-CN', 'en']);
  });

  it('lists a service once its appointments are turned on, with its slot length and horizon', async () => {
    const set = await testApp.graphql(
      `mutation($serviceId: ID!) { setAppointmentSettings(serviceId: $serviceId,
         input: { enabled: true, slotMinutes: 20, horizonDays: 5 }) { id } }`,
      { serviceId: fixture.passportServiceId },
      { token: adminToken },
    );
    expect(set.errors).toBeUndefined();
    const result = await testApp.graphql<BookingHallAnswer>(query, { code: 'MAIN' });
    expect(result.data?.bookingHall?.services).toEqual([
      {
        id: fixture.passportServiceId,
        prefix: 'P',
        name: 'Passport',
        slotMinutes: 20,
        horizonDays: 5,
        names: [{ lang: 'zh-CN', text: 'Passport' }],
      },
    ]);
  });

  it('answers null for an unknown code and for an inactive hall', async () => {
    expect((await testApp.graphql<BookingHallAnswer>(query, { code: 'NOPE' })).data?.bookingHall).toBeNull();
    expect((await testApp.graphql<BookingHallAnswer>(query, { code: '' })).data?.bookingHall).toBeNull();
    const deactivated = await testApp.graphql(
      `mutation($hallId: ID!) { updateHall(hallId: $hallId, input: { active: false }) { id } }`,
      { hallId: fixture.otherHallId },
      { token: adminToken },
    );
    expect(deactivated.errors).toBeUndefined();
    expect((await testApp.graphql<BookingHallAnswer>(query, { code: 'OTHER' })).data?.bookingHall).toBeNull();
  });
});
