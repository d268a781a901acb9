import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, type DeviceRole, type StaffRole } from '@onestop/shared';
import { runSql, sql, sqlText, timestampOf } from '../../db/sql.js';
import { DomainError, unauthenticated } from '../../common/domain-error.js';
import type { Clock } from '../../config.js';
import type { Logger } from '../../logger.js';
import { Staff } from '../staff/staff.entity.js';
import { Actor, reachedHallIdsSql, staffHallScope } from './access.js';
import type { AuthenticationCache } from './authentication-cache.js';
import { decoyPasswordHash, hashToken, newToken, verifyPassword } from './secrets.js';
import type { LoginLimiter } from './rate-limits.js';
import { StaffSession } from './session.entity.js';

/** What {@link authenticate} reads of a token: its device, or its session's staff member and halls. */
interface TokenOwnerRow {
  device_id: string | null;
  device_role: DeviceRole | null;
  device_hall_id: string | null;
  /** False: the device's hall is deactivated, and the device reaches nothing. */
  device_hall_active: boolean | null;
  session_id: string | null;
  session_expires_at: string | Date | null;
  staff_id: string | null;
  staff_role: StaffRole | null;
  /** The halls a MANAGER (and those below) or CLERK reaches; ADMIN reaches all. */
  staff_hall_ids: string[] | null;
}

/**
 * Finds who a bearer token belongs to, and the halls they reach, in one statement (every request
 * pays for it), or in `cache` when it read them in the last few seconds. An unknown, expired or
 * revoked token gives no principal.
 */
export async function authenticate(
  em: EntityManager,
  token: string | null,
  now: Date,
  cache?: AuthenticationCache,
): Promise<Actor> {
  if (!token) return new Actor(null, false, null);
  const remembered = cache?.find(token, now);
  if (remembered) return new Actor(remembered.principal, false, null, remembered.scope);
  const generation = cache?.currentGeneration ?? 0;
  const { actor, sessionExpiresAt } = await readTokenOwner(em, token, now);
  if (cache && actor.principal) {
    cache.remember(token, generation, {
      principal: actor.principal,
      scope: await actor.hallScope(),
      sessionExpiresAt,
    });
  }
  return actor;
}

async function readTokenOwner(
  em: EntityManager,
  token: string,
  now: Date,
): Promise<{ actor: Actor; sessionExpiresAt: Date | null }> {
  const tokenHash = hashToken(token);
  const [owner] = token.startsWith('osd_')
    ? await runSql<TokenOwnerRow>(
        em,
        sql`SELECT device.id AS device_id, device.role AS device_role, device.hall_id AS device_hall_id,
              hall.active AS device_hall_active
            FROM device JOIN hall ON hall.id = device.hall_id
            WHERE device.token_hash = ${tokenHash}::text AND device.revoked_at IS NULL`,
      )
    : await runSql<TokenOwnerRow>(
        em,
        sql`SELECT session.id AS session_id, session.expires_at AS session_expires_at, staff.id AS staff_id,
              staff.role AS staff_role,
              ${reachedHallIdsSql(sqlText('staff.id'), sqlText('staff.role'))} AS staff_hall_ids
            FROM staff_session session JOIN staff ON staff.id = session.staff_id
            WHERE session.token_hash = ${tokenHash}::text AND session.revoked_at IS NULL
              AND session.expires_at > ${now}::timestamptz AND staff.active`,
      );
  if (owner?.device_id) {
    const hallId = owner.device_hall_id!;
    const actor = new Actor(
      { kind: 'device', deviceId: owner.device_id, role: owner.device_role!, hallId },
      false,
      null,
      // A deactivated hall's devices reach no hall: everything they ask is FORBIDDEN.
      owner.device_hall_active ? undefined : { kind: 'some', hallIds: new Set() },
    );
    return { actor, sessionExpiresAt: null };
  }
  if (!owner?.staff_id) return { actor: new Actor(null, true, null), sessionExpiresAt: null };
  const role = owner.staff_role!;
  const actor = new Actor(
    { kind: 'staff', staffId: owner.staff_id, role, sessionId: owner.session_id! },
    false,
    null,
    staffHallScope(role, owner.staff_hall_ids),
  );
  return { actor, sessionExpiresAt: timestampOf(owner.session_expires_at!) };
}

export interface LoginResult {
  token: string;
  staff: Staff;
  expiresAt: Date;
  /** The new session as a caller, so the rest of the response is read with its rights. */
  actor: Actor;
}

/** What logging in needs of the app: its failure limits, log, clock and session lifetime. */
export interface LoginDependencies {
  loginLimiter: LoginLimiter;
  logger: Logger;
  clock: Clock;
  config: { sessionTtlSeconds: number };
}

/**
 * Checks a username and password and opens a session. Failures are counted per username and
 * per client address; past the limit the answer is RATE_LIMITED without looking at the password.
 */
export async function login(
  em: EntityManager,
  app: LoginDependencies,
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
