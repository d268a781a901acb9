import type { EntityManager } from '@mikro-orm/postgresql';
import { deviceRoles, type Role } from '@onestop/shared';
import { badInput, forbidden, notFound, unauthenticated } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { requiredText } from '../../common/validation.js';
import { requireHall, requireRight, type Actor } from '../auth/access.js';
import { hashToken, newToken } from '../auth/secrets.js';
import { hallToAdminister } from '../halls/hall.service.js';
import { Device } from './device.entity.js';
import type { DeviceToken } from './device.types.js';

/** A device that has not sent a heartbeat for this long shows as offline. */
const deviceOfflineAfterSeconds = 90;

export function isDeviceOnline(device: Device, now: Date): boolean {
  return (
    device.revokedAt === null &&
    device.lastSeenAt !== null &&
    now.getTime() - device.lastSeenAt.getTime() <= deviceOfflineAfterSeconds * 1000
  );
}

/** Registers a kiosk or display and returns its token, the only time the token is seen. */
export async function createDeviceToken(
  em: EntityManager,
  actor: Actor,
  hallId: string,
  role: Role,
  name: string,
  now: Date,
): Promise<DeviceToken> {
  return await em.transactional(async (transaction) => {
    const hall = await hallToAdminister(transaction, actor, hallId);
    const deviceRole = deviceRoles.find((candidate) => candidate === role);
    if (!deviceRole) throw badInput('role', { kind: 'notAllowed' });
    const validName = requiredText('name', name, 100);
    const token = newToken('device');
    const device = transaction.create(Device, {
      hall,
      role: deviceRole,
      name: validName,
      tokenHash: hashToken(token),
      createdAt: now,
    });
    return { id: device.id, hallId: hall.id, role: device.role, name: device.name, token };
  });
}

export async function revokeDevice(
  em: EntityManager,
  actor: Actor,
  deviceId: string,
  now: Date,
): Promise<Device> {
  return await em.transactional(async (transaction) => {
    requireRight(actor, 'administerHall');
    const device = isUuid(deviceId) ? await transaction.findOne(Device, deviceId) : null;
    if (!device) throw notFound();
    await requireHall(actor, device.hall.id, 'administerHall');
    device.revokedAt ??= now;
    return device;
  });
}

export async function listDevices(em: EntityManager, actor: Actor, hallId: string): Promise<Device[]> {
  const hall = await hallToAdminister(em, actor, hallId);
  return await em.find(Device, { hall: hall.id }, { orderBy: { role: 'asc', name: 'asc' } });
}

/** A device says it is alive. */
export async function heartbeat(em: EntityManager, actor: Actor, now: Date): Promise<Device> {
  const principal = actor.principal;
  if (!principal) throw unauthenticated();
  if (principal.kind !== 'device') throw forbidden();
  await em.nativeUpdate(Device, { id: principal.deviceId }, { lastSeenAt: now });
  return await em.findOneOrFail(Device, principal.deviceId, { refresh: true });
}

/** The device a token belongs to (kiosks and displays learn their hall this way). */
export async function currentDevice(em: EntityManager, actor: Actor): Promise<Device | null> {
  if (actor.tokenRejected) throw unauthenticated();
  const principal = actor.principal;
  if (!principal || principal.kind !== 'device') return null;
  return await em.findOneOrFail(Device, principal.deviceId);
}
