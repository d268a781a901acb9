import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, staffRoles, type StaffRole } from '@onestop/shared';
import { badInput, forbidden, notFound } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { isTaken, withUniqueFields } from '../../common/unique.js';
import {
  password as validPassword,
  requiredText,
  username as validUsername,
} from '../../common/validation.js';
import { requireHall, requireRight, type Actor } from '../auth/access.js';
import { generatePassword, hashPassword } from '../auth/secrets.js';
import { StaffSession } from '../auth/session.entity.js';
import { Hall } from '../halls/hall.entity.js';
import { Staff } from './staff.entity.js';
import type { StaffInput } from './staff.types.js';

/**
 * Managers administer the staff of their halls: they may give CLERK or MANAGER roles and only
 * halls they reach themselves. ADMIN accounts are made and changed by admins alone.
 */
export async function requireStaffAdministration(
  actor: Actor,
  role: Role,
  hallIds: readonly string[],
): Promise<void> {
  const principal = requireRight(actor, 'administerHall');
  if (principal.role === Role.ADMIN) return;
  if (role === Role.ADMIN) throw forbidden();
  for (const hallId of hallIds) await requireHall(actor, hallId, 'administerHall');
}

interface ValidStaffInput {
  username: string;
  displayName: string;
  role: StaffRole;
  halls: Hall[];
  password: string | null;
  active: boolean;
}

async function validateStaffInput(
  em: EntityManager,
  input: StaffInput,
  current: Staff | null,
): Promise<ValidStaffInput> {
  const username = validUsername('username', input.username);
  const displayName = requiredText('displayName', input.displayName, 100);
  const role = staffRoles.find((candidate) => candidate === input.role);
  if (!role) throw badInput('role', { kind: 'notAllowed' });
  if (input.hallIds.length > 200) throw badInput('hallIds', { kind: 'outOfRange', min: 0, max: 200 });
  if (new Set(input.hallIds).size !== input.hallIds.length) throw badInput('hallIds', { kind: 'duplicate' });
  if (input.hallIds.some((id) => !isUuid(id))) throw badInput('hallIds', { kind: 'unknown' });
  const halls = input.hallIds.length ? await em.find(Hall, { id: { $in: input.hallIds } }) : [];
  if (halls.length !== input.hallIds.length) throw badInput('hallIds', { kind: 'unknown' });
  if (role !== Role.ADMIN && halls.length === 0) throw badInput('hallIds', { kind: 'required' });
  const password = input.password == null ? null : validPassword('password', input.password);
  if (await isTaken(em, Staff, { username }, current?.id)) throw badInput('username', { kind: 'taken' });
  return { username, displayName, role, halls, password, active: input.active ?? current?.active ?? true };
}

export async function createStaff(em: EntityManager, actor: Actor, input: StaffInput): Promise<Staff> {
  return await withUniqueFields(
    () =>
      em.transactional(async (transaction) => {
        // Rights first, from the raw input: a refused caller must not learn which usernames or halls exist.
        await requireStaffAdministration(actor, input.role, input.hallIds);
        const valid = await validateStaffInput(transaction, input, null);
        // Without a password the account cannot log in until someone sets one (resetPassword).
        const passwordHash = await hashPassword(valid.password ?? generatePassword());
        const staff = transaction.create(Staff, {
          username: valid.username,
          displayName: valid.displayName,
          role: valid.role,
          active: valid.active,
          passwordHash,
        });
        staff.halls.set(valid.halls);
        return staff;
      }),
    { username: 'username' },
  );
}

async function staffToAdminister(em: EntityManager, actor: Actor, staffId: string): Promise<Staff> {
  requireRight(actor, 'administerHall');
  const staff = isUuid(staffId) ? await em.findOne(Staff, staffId, { populate: ['halls'] }) : null;
  if (!staff) throw notFound();
  await requireStaffAdministration(
    actor,
    staff.role,
    staff.halls.getItems().map((hall) => hall.id),
  );
  return staff;
}

export async function updateStaff(
  em: EntityManager,
  actor: Actor,
  staffId: string,
  input: StaffInput,
): Promise<Staff> {
  return await withUniqueFields(
    () =>
      em.transactional(async (transaction) => {
        const staff = await staffToAdminister(transaction, actor, staffId);
        await requireStaffAdministration(actor, input.role, input.hallIds);
        const valid = await validateStaffInput(transaction, input, staff);
        transaction.assign(staff, {
          username: valid.username,
          displayName: valid.displayName,
          role: valid.role,
          active: valid.active,
        });
        staff.halls.set(valid.halls);
        if (valid.password) staff.passwordHash = await hashPassword(valid.password);
        if (valid.password || !valid.active) await endSessions(transaction, staff.id);
        return staff;
      }),
    { username: 'username' },
  );
}

export async function resetPassword(
  em: EntityManager,
  actor: Actor,
  staffId: string,
  password: string,
): Promise<Staff> {
  return await em.transactional(async (transaction) => {
    const staff = await staffToAdminister(transaction, actor, staffId);
    staff.passwordHash = await hashPassword(validPassword('password', password));
    await endSessions(transaction, staff.id);
    return staff;
  });
}

/** A new password or a deactivation ends every open login of that account. */
async function endSessions(em: EntityManager, staffId: string): Promise<void> {
  await em.nativeUpdate(StaffSession, { staff: staffId, revokedAt: null }, { revokedAt: new Date() });
}

/** Staff of one hall, or of every hall the caller administers. */
export async function listStaff(em: EntityManager, actor: Actor, hallId: string | null): Promise<Staff[]> {
  requireRight(actor, 'administerHall');
  if (hallId !== null) {
    if (!isUuid(hallId) || !(await em.count(Hall, hallId))) throw notFound();
    await requireHall(actor, hallId, 'administerHall');
    return await em.find(Staff, { halls: hallId }, { orderBy: { username: 'asc' } });
  }
  const scope = await actor.hallScope();
  if (scope.kind === 'all') return await em.find(Staff, {}, { orderBy: { username: 'asc' } });
  return await em.find(Staff, { halls: { $in: [...scope.hallIds] } }, { orderBy: { username: 'asc' } });
}
