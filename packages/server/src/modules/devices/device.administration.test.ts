import { Role } from '@onestop/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectBadUserInput,
  expectNotFound,
  startAdministrationApp,
  tooLong,
  unknownIds,
  type AdministrationFixture,
  type CaseRow,
  type RefusalCase,
  type Variables,
} from '../../../test/support/administration-fixture.js';
import { sha256 } from '../../../test/support/sha256.js';
import type { TestApp } from '../../../test/support/test-app.js';
import { Device } from './device.entity.js';

/**
 * createDeviceToken refuses bad input with BAD_USER_INPUT naming the field and writes nothing;
 * unknown ids give NOT_FOUND; createDeviceToken and revokeDevice store what they return.
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

const createDeviceTokenMutation = `mutation CreateDeviceToken($hallId: ID!, $role: Role!, $name: String!) {
  createDeviceToken(hallId: $hallId, role: $role, name: $name) { id hallId role name token } }`;
const revokeDeviceMutation = `mutation RevokeDevice($deviceId: ID!) {
  revokeDevice(deviceId: $deviceId) { id revoked } }`;

const createDeviceTokenCases: RefusalCase[] = (
  [
    ['role CLERK', 'role', { role: Role.CLERK, name: 'Kiosk 2' }],
    ['role ADMIN', 'role', { role: Role.ADMIN, name: 'Kiosk 2' }],
    ['empty name', 'name', { role: Role.KIOSK, name: '' }],
    ['whitespace-only name', 'name', { role: Role.DISPLAY, name: '  ' }],
    ['name over 100 characters', 'name', { role: Role.KIOSK, name: tooLong(101) }],
  ] satisfies CaseRow<Variables>[]
).map(([label, field, variables]) => ({
  label,
  field,
  query: createDeviceTokenMutation,
  variables: (current) => ({ hallId: current.hallId, ...variables }),
}));

describe('createDeviceToken refuses bad input', () => {
  it.each(createDeviceTokenCases)('$label → BAD_USER_INPUT on $field, nothing written', async (refusal) => {
    await expectBadUserInput(testApp, adminToken, refusal.query, refusal.variables(fixture), refusal.field);
  });
});

const notFoundCases: [mutation: string, query: string, variables: (id: string) => Variables][] = [
  [
    'createDeviceToken',
    createDeviceTokenMutation,
    (id) => ({ hallId: id, role: Role.KIOSK, name: 'Kiosk 9' }),
  ],
  ['revokeDevice', revokeDeviceMutation, (id) => ({ deviceId: id })],
];

describe.each(notFoundCases)('%s with an unknown id', (_mutation, query, variables) => {
  it.each(unknownIds)('%s → NOT_FOUND, nothing written', async (_label, id) => {
    await expectNotFound(testApp, adminToken, query, variables(id));
  });
});

interface DeviceTokenData {
  id: string;
  hallId: string;
  role: string;
  name: string;
  token: string;
}

describe('createDeviceToken succeeds', () => {
  it('returns the token once and stores only its hash', async () => {
    const result = await testApp.graphql<{ createDeviceToken: DeviceTokenData }>(
      createDeviceTokenMutation,
      { hallId: fixture.hallId, role: Role.DISPLAY, name: '  Wall display  ' },
      { token: adminToken },
    );
    expect(result.errors).toBeUndefined();
    const created = result.data!.createDeviceToken;
    expect(created).toEqual({
      id: expect.any(String),
      hallId: fixture.hallId,
      role: 'DISPLAY',
      name: 'Wall display',
      token: expect.stringMatching(/^osd_/),
    });
    const stored = await testApp.app.orm.em.fork().findOneOrFail(Device, created.id);
    expect(stored).toMatchObject({
      role: 'DISPLAY',
      name: 'Wall display',
      tokenHash: sha256(created.token),
      revokedAt: null,
      createdAt: testApp.clock.now(),
    });
    const myDevice = await testApp.graphql('{ myDevice { id hallId role } }', {}, { token: created.token });
    expect(myDevice.data).toEqual({ myDevice: { id: created.id, hallId: fixture.hallId, role: 'DISPLAY' } });
  });
});

describe('revokeDevice succeeds', () => {
  it('marks the device revoked at the current time and refuses its token from then on', async () => {
    const created = await testApp.graphql<{ createDeviceToken: DeviceTokenData }>(
      createDeviceTokenMutation,
      { hallId: fixture.hallId, role: Role.KIOSK, name: 'Kiosk to revoke' },
      { token: adminToken },
    );
    const device = created.data!.createDeviceToken;
    const result = await testApp.graphql<{ revokeDevice: { id: string; revoked: boolean } }>(
      revokeDeviceMutation,
      { deviceId: device.id },
      { token: adminToken },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.revokeDevice).toEqual({ id: device.id, revoked: true });
    const revokedAt = testApp.clock.now();
    expect((await testApp.app.orm.em.fork().findOneOrFail(Device, device.id)).revokedAt).toEqual(revokedAt);
    const refused = await testApp.graphql('{ myDevice { id } }', {}, { token: device.token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    testApp.clock.advance(60_000);
    const again = await testApp.graphql<{ revokeDevice: { id: string; revoked: boolean } }>(
      revokeDeviceMutation,
      { deviceId: device.id },
      { token: adminToken },
    );
    expect(again.data?.revokeDevice.revoked).toBe(true);
    expect((await testApp.app.orm.em.fork().findOneOrFail(Device, device.id)).revokedAt).toEqual(revokedAt);
  });
});
