import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { badInput } from './domain-error.js';

/**
 * Runs a write whose uniqueness was checked beforehand. Should a concurrent writer win the race,
 * the database's unique index refuses the row; that refusal becomes the same BAD_USER_INPUT.
 * `fieldsByConstraintPart` maps a word of the constraint name to the input field.
 */
export async function withUniqueFields<T>(
  write: () => Promise<T>,
  fieldsByConstraintPart: Record<string, string>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      const constraint = String((error as { constraint?: string }).constraint ?? error.message);
      for (const [part, field] of Object.entries(fieldsByConstraintPart)) {
        if (constraint.includes(part)) throw badInput(field, { kind: 'taken' });
      }
    }
    throw error;
  }
}

/** True when a row other than `exceptId` already holds the value. */
export async function isTaken<T extends object>(
  em: EntityManager,
  entity: new () => T,
  where: Record<string, unknown>,
  exceptId?: string,
): Promise<boolean> {
  const filter = exceptId ? { ...where, id: { $ne: exceptId } } : where;
  return (await em.count(entity, filter as never)) > 0;
}
