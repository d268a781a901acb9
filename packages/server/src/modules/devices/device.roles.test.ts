import { randomUUID } from 'node:crypto';
import { Role } from '@onestop/shared';
import { expect } from 'vitest';
import {
  createDeviceTokenMutation,
  describeRoleMatrix,
  deviceIds,
  fork,
  hallIds,
  type HallKey,
  matrixApp,
  type MatrixRow,
  NO,
  OK,
  type Operation,
  UN,
  useRoleMatrix,
} from '../../../test/support/role-matrix.js';
import { sha256 } from '../../../test/support/sha256.js';
import { Device } from './device.entity.js';

/** Who may list, create and revoke which halls' devices, and what a device may ask of itself. */

useRoleMatrix();

interface DeviceData {
  id: string;
  hallId: string;
  role: string;
  lastSeenAt: string | null;
  online: boolean;
  revoked: boolean;
}

const devicesQuery = (hall: HallKey): Operation => ({
  query: 'query Devices($hallId: ID!) { devices(hallId: $hallId) { id hallId name } }',
  field: 'devices',
  prepare: () => ({ hallId: hallIds[hall] }),
  verify: (value) => {
    const devices = value as { id: string; hallId: string; name: string }[];
    expect(devices.map((device) => device.name)).toContain(`Display ${hall}`);
    for (const device of devices) expect(device.hallId).toBe(hallIds[hall]);
    if (hall === 'A') {
      expect(devices.map((device) => device.id)).toEqual(
        expect.arrayContaining([deviceIds['KIOSK of A'], deviceIds['DISPLAY of A']]),
      );
    }
  },
});

const createDeviceToken = (hall: HallKey): Operation => ({
  query: createDeviceTokenMutation,
  field: 'createDeviceToken',
  prepare: (cell) => ({ hallId: hallIds[hall], role: Role.KIOSK, name: `Kiosk ${cell}` }),
  verify: async (value, _caller, variables) => {
    const created = value as { id: string; token: string };
    expect(value).toEqual({
      id: expect.any(String),
      hallId: hallIds[hall],
      role: 'KIOSK',
      name: variables.name,
      token: expect.stringMatching(/^osd_/),
    });
    const stored = await fork().findOneOrFail(Device, created.id);
    expect(stored.tokenHash).toBe(sha256(created.token));
    expect(stored.hall.id).toBe(hallIds[hall]);
  },
});

const revokeDevice = (hall: HallKey): Operation => ({
  query: 'mutation RevokeDevice($deviceId: ID!) { revokeDevice(deviceId: $deviceId) { id revoked } }',
  field: 'revokeDevice',
  prepare: async (cell) => {
    const em = fork();
    const device = em.create(Device, {
      hall: hallIds[hall],
      role: Role.KIOSK,
      name: `To revoke ${cell}`,
      tokenHash: sha256(randomUUID()),
    });
    await em.flush();
    return { deviceId: device.id };
  },
  verify: async (value, _caller, variables) => {
    expect(value).toEqual({ id: variables.deviceId, revoked: true });
    expect((await fork().findOneOrFail(Device, variables.deviceId as string)).revokedAt).toEqual(
      matrixApp().clock.now(),
    );
  },
});

const operations = {
  'devices(A)': devicesQuery('A'),
  'devices(B)': devicesQuery('B'),
  'devices(C)': devicesQuery('C'),
  myDevice: {
    query: '{ myDevice { id hallId role revoked } }',
    field: 'myDevice',
    prepare: () => ({}),
    verify: (value, caller) => {
      if (caller === 'KIOSK of A' || caller === 'DISPLAY of A') {
        const role = caller === 'KIOSK of A' ? 'KIOSK' : 'DISPLAY';
        expect(value).toEqual({ id: deviceIds[caller], hallId: hallIds.A, role, revoked: false });
      } else {
        expect(value).toBeNull();
      }
    },
  },
  heartbeat: {
    query: 'mutation { heartbeat { id hallId role lastSeenAt online revoked } }',
    field: 'heartbeat',
    prepare: () => {
      matrixApp().clock.advance(1000);
      return {};
    },
    verify: async (value, caller) => {
      const device = value as DeviceData;
      const now = matrixApp().clock.now();
      expect(device).toMatchObject({ id: deviceIds[caller as keyof typeof deviceIds], hallId: hallIds.A });
      expect(new Date(device.lastSeenAt ?? 0)).toEqual(now);
      expect(device.online).toBe(true);
      expect((await fork().findOneOrFail(Device, device.id)).lastSeenAt).toEqual(now);
    },
  },
  'createDeviceToken(A)': createDeviceToken('A'),
  'createDeviceToken(B)': createDeviceToken('B'),
  'createDeviceToken(C)': createDeviceToken('C'),
  'revokeDevice(A)': revokeDevice('A'),
  'revokeDevice(C)': revokeDevice('C'),
} satisfies Record<string, Operation>;
type OperationName = keyof typeof operations;

const table: MatrixRow<OperationName>[] = [
  // ADMIN MGR-A CLERK-A MGR-C KIOSK-A DISPLAY-A none revoked
  [OK, OK, NO, NO, NO, NO, UN, UN, 'devices(A)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'devices(B)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'devices(C)'],
  [OK, OK, OK, OK, OK, OK, OK, UN, 'myDevice'],
  [NO, NO, NO, NO, OK, OK, UN, UN, 'heartbeat'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'createDeviceToken(A)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'createDeviceToken(B)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'createDeviceToken(C)'],
  [OK, OK, NO, NO, NO, NO, UN, UN, 'revokeDevice(A)'],
  [OK, NO, NO, OK, NO, NO, UN, UN, 'revokeDevice(C)'],
];

describeRoleMatrix(table, operations);
