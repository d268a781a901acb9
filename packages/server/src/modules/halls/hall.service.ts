import type { EntityManager } from '@mikro-orm/postgresql';
import { requireHall, requireRight, type Actor } from '../auth/access.js';
import { notFound } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { integerInRange, optionalText, requiredText, timeZone } from '../../common/validation.js';
import { badInput } from '../../common/domain-error.js';
import { Hall } from './hall.entity.js';
import { changedNames, validLanguages } from './localized-names.js';
import { isSelfOrBelow, lockHallTree, parentFor, requireBelowOwnHalls } from './hall-tree.service.js';
import type { HallSettingsInput } from './hall.types.js';

/** Halls the caller reaches, ordered by code. */
export async function listHalls(em: EntityManager, actor: Actor): Promise<Hall[]> {
  requireRight(actor, 'readHallSetup');
  const scope = await actor.hallScope();
  const where = scope.kind === 'all' ? {} : { id: { $in: [...scope.hallIds] } };
  return await em.find(Hall, where, { orderBy: { code: 'asc' } });
}

/** One hall; null when the id names none, FORBIDDEN when it is another hall's. */
export async function findHall(em: EntityManager, actor: Actor, hallId: string): Promise<Hall | null> {
  requireRight(actor, 'readHallSetup');
  if (!isUuid(hallId)) return null;
  const hall = await em.findOne(Hall, hallId);
  if (!hall) return null;
  await requireHall(actor, hall.id, 'readHallSetup');
  return hall;
}

/** Loads a hall the caller administers, or throws NOT_FOUND / FORBIDDEN. */
export async function hallToAdminister(em: EntityManager, actor: Actor, hallId: string): Promise<Hall> {
  requireRight(actor, 'administerHall');
  const hall = isUuid(hallId) ? await em.findOne(Hall, hallId) : null;
  if (!hall) throw notFound();
  await requireHall(actor, hall.id, 'administerHall');
  return hall;
}

/** Changes a hall's settings; only the fields given change. */
export async function updateHall(
  em: EntityManager,
  actor: Actor,
  hallId: string,
  input: HallSettingsInput,
): Promise<Hall> {
  return await em.transactional(async (transaction) => {
    const hall = await hallToAdminister(transaction, actor, hallId);
    // Validate everything before touching the entity, so a refusal changes nothing.
    const changes: Partial<Hall> = {};
    if (input.name != null) changes.name = requiredText('name', input.name, 100);
    if (input.nameEn !== undefined) changes.nameEn = optionalText('nameEn', input.nameEn, 100);
    if (input.timezone != null) changes.timezone = timeZone('timezone', input.timezone);
    if (input.targetWaitMinutes != null) {
      changes.targetWaitMinutes = integerInRange('targetWaitMinutes', input.targetWaitMinutes, 1, 1440);
    }
    if (input.maxRecalls != null) changes.maxRecalls = integerInRange('maxRecalls', input.maxRecalls, 0, 20);
    if (input.parentId !== undefined) {
      await requireBelowOwnHalls(actor, hall);
      const parent = await parentFor(transaction, actor, input.parentId);
      await lockHallTree(transaction);
      if (parent && (await isSelfOrBelow(transaction, hall.id, parent.id))) {
        throw badInput('parentId', { kind: 'cycle' });
      }
      changes.parent = parent ? transaction.getReference(Hall, parent.id, { wrapped: true }) : null;
    }
    if (input.languages != null) changes.languages = validLanguages('languages', input.languages);
    if (input.name != null || input.nameEn !== undefined || input.names != null) {
      Object.assign(
        changes,
        changedNames(hall, {
          ...(changes.name === undefined ? {} : { name: changes.name }),
          ...(changes.nameEn === undefined ? {} : { nameEn: changes.nameEn }),
          names: input.names ?? null,
        }),
      );
    }
    if (input.active != null && input.active !== hall.active) {
      await requireBelowOwnHalls(actor, hall);
      changes.active = input.active;
    }
    transaction.assign(hall, changes);
    return hall;
  });
}
