import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '@onestop/shared';
import { badInput, forbidden } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { isTaken, withUniqueFields } from '../../common/unique.js';
import {
  integerInRange,
  machineCode,
  optionalText,
  requiredText,
  timeZone,
} from '../../common/validation.js';
import { runSql, sql } from '../../db/sql.js';
import { reachesHall, requireRight, type Actor } from '../auth/access.js';
import { Hall } from './hall.entity.js';
import { namesOf } from './localized-names.js';
import type { CreateHallInput } from './hall.types.js';

/**
 * The district tree: creating halls and moving them. An ADMIN works anywhere; a MANAGER only
 * below their own halls (a new hall needs a parent they reach; they move and deactivate only
 * halls whose parent they reach).
 */

/** The parent a hall may be given by this caller, or BAD_USER_INPUT / FORBIDDEN. Null: a top hall. */
export async function parentFor(
  em: EntityManager,
  actor: Actor,
  parentId: string | null | undefined,
): Promise<Hall | null> {
  const principal = requireRight(actor, 'administerHall');
  if (parentId == null) {
    if (principal.role !== Role.ADMIN) throw forbidden();
    return null;
  }
  const parent = isUuid(parentId) ? await em.findOne(Hall, parentId) : null;
  if (!parent) throw badInput('parentId', { kind: 'unknown' });
  if (!(await reachesHall(actor, parent.id))) throw forbidden();
  return parent;
}

/** A MANAGER changes a hall's place or activity only below their own halls. */
export async function requireBelowOwnHalls(actor: Actor, hall: Hall): Promise<void> {
  const principal = requireRight(actor, 'administerHall');
  if (principal.role === Role.ADMIN) return;
  if (!hall.parent || !(await reachesHall(actor, hall.parent.id))) throw forbidden();
}

/**
 * Serialises moves in the tree until the transaction ends: two moves checked at once (A under B,
 * B under A) would each see no cycle.
 */
export async function lockHallTree(em: EntityManager): Promise<void> {
  await runSql(em, sql`SELECT pg_advisory_xact_lock(hashtext('onestop.hall-tree'))`);
}

/** True when `candidateId` is `hallId` or lies below it: making it the parent would close a cycle. */
export async function isSelfOrBelow(
  em: EntityManager,
  hallId: string,
  candidateId: string,
): Promise<boolean> {
  const [row] = await runSql<{ found: boolean }>(
    em,
    sql`WITH RECURSIVE below(id) AS (
          SELECT ${hallId}::uuid
          UNION SELECT hall.id FROM hall JOIN below ON hall.parent_id = below.id)
        SELECT EXISTS (SELECT 1 FROM below WHERE id = ${candidateId}::uuid) AS found`,
  );
  return row?.found ?? false;
}

/** Creates a hall: open all day until its hours are set, active, below `parentId` when given. */
export async function createHall(em: EntityManager, actor: Actor, input: CreateHallInput): Promise<Hall> {
  return await withUniqueFields(
    () =>
      em.transactional(async (transaction) => {
        requireRight(actor, 'administerHall');
        const code = machineCode('code', input.code);
        const name = requiredText('name', input.name, 100);
        const nameEn = optionalText('nameEn', input.nameEn, 100);
        const timezone = timeZone('timezone', input.timezone);
        const targetWaitMinutes =
          input.targetWaitMinutes == null
            ? 20
            : integerInRange('targetWaitMinutes', input.targetWaitMinutes, 1, 1440);
        const maxRecalls =
          input.maxRecalls == null ? 2 : integerInRange('maxRecalls', input.maxRecalls, 0, 20);
        const parent = await parentFor(transaction, actor, input.parentId);
        if (await isTaken(transaction, Hall, { code })) throw badInput('code', { kind: 'taken' });
        return transaction.create(Hall, {
          code,
          name,
          nameEn,
          names: namesOf({ name, nameEn, names: [] }),
          timezone,
          targetWaitMinutes,
          maxRecalls,
          parent,
        });
      }),
    { code: 'code' },
  );
}
