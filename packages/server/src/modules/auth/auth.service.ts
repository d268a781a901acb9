import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, Role } from '@onestop/shared';
import { DomainError, unauthenticated } from '../../common/domain-error.js';
import type { AppServices } from '../../graphql/context.js';
import { Device } from '../devices/device.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { Actor } from './access.js';
import { decoyPasswordHash, hashToken, newToken, verifyPassword } from './secrets.js';
import { StaffSession } from './session.entity.js';

/** Finds who a bearer token belongs to. An unknown, expired or revoked token gives no principal. */
export async function authenticate(em: EntityManager, token: string | null, now: Date): Promise<Actor> {
  if (!token) return new Actor(null, false, em);
  const tokenHash = hashToken(token);
  if (token.startsWith('osd_')) {
    const device = await em.findOne(Device, { tokenHash, revokedAt: null });
    if (!device) return new Actor(null, true, em);
    return new Actor(
      { kind: 'device', deviceId: device.id, role: device.role, hallId: device.hall.id },
      false,
      em,
    );
  }
  const session = await em.findOne(
    StaffSession,
    { tokenHash, revokedAt: null, expiresAt: { $gt: now } },
    { populate: ['staff'] },
  );
  const staff = session?.staff.getEntity();
  if (!session || !staff?.active) return new Actor(null, true, em);
  return new Actor({ kind: 'staff', staffId: staff.id, role: staff.role, sessionId: session.id }, false, em);
}

export interface LoginResult {
  token: string;
  staff: Staff;
  expiresAt: Date;
  /** The new session as a caller, so the rest of the response is read with its rights. */
  actor: Actor;
}

/**
 * Checks a username and password and opens a session. Failures are counted per username and
 * per client address; past the limit the answer is RATE_LIMITED without looking at the password.
 */
export async function login(
  em: EntityManager,
  app: AppServices,
  clientAddress: string,
  username: string,
  password: string,
): Promise<LoginResult> {
  const usernameKey = username.trim().toLowerCase();
  const { byUsername, byAddress } = app.loginLimiter;
  const retryAfterSeconds = Math.max(
    await byUsername.retryAfterSeconds(usernameKey),
    await byAddress.retryAfterSeconds(clientAddress),
  );
  if (retryAfterSeconds > 0) throw new DomainError(ErrorCode.RATE_LIMITED, { retryAfterSeconds });

  const staff = await em.findOne(Staff, { username: usernameKey });
  // Verify against a decoy hash for unknown users so the answer time does not reveal who exists.
  const passwordMatches = await verifyPassword(staff?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!staff || !staff.active || !passwordMatches) {
    await Promise.all([byUsername.recordFailure(usernameKey), byAddress.recordFailure(clientAddress)]);
    app.logger.info({ username: usernameKey, clientAddress }, 'login failed');
    throw unauthenticated();
  }
  await byUsername.reset(usernameKey);

  const now = app.clock();
  const token = newToken('staff');
  const session = em.create(StaffSession, {
    staff,
    tokenHash: hashToken(token),
    createdAt: now,
    expiresAt: new Date(now.getTime() + app.config.sessionTtlSeconds * 1000),
  });
  await em.flush();
  const actor = new Actor(
    { kind: 'staff', staffId: staff.id, role: staff.role, sessionId: session.id },
    false,
    em,
  );
  return { token, staff, expiresAt: session.expiresAt, actor };
}

/** Ends the caller's session. Devices log out by being revoked, not here. */
export async function logout(em: EntityManager, actor: Actor, now: Date): Promise<boolean> {
  const principal = actor.principal;
  if (!principal) throw unauthenticated();
  if (principal.kind !== 'staff') return false;
  const updated = await em.nativeUpdate(
    StaffSession,
    { id: principal.sessionId, revokedAt: null },
    { revokedAt: now },
  );
  return updated === 1;
}

/** The logged-in staff member; null without a token or for a device. */
export async function currentStaff(em: EntityManager, actor: Actor): Promise<Staff | null> {
  if (actor.tokenRejected) throw unauthenticated();
  const principal = actor.principal;
  if (!principal || principal.kind !== 'staff') return null;
  return await em.findOneOrFail(Staff, principal.staffId);
}

/** Staff roles, for checks that any staff member passes. */
export const anyStaff: readonly Role[] = [Role.ADMIN, Role.MANAGER, Role.CLERK];
