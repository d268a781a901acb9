import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { isTaken, withUniqueFields } from '../../common/unique.js';
import { integerInRange, requiredText } from '../../common/validation.js';
import { requireHall, requireRight, type Actor } from '../auth/access.js';
import { hallToAdminister } from '../halls/hall.service.js';
import { Service } from '../services/service.entity.js';
import { Counter, CounterService } from './counter.entity.js';
import type { CounterServiceInput } from './counter.types.js';

export async function createCounter(
  em: EntityManager,
  actor: Actor,
  hallId: string,
  label: string,
): Promise<Counter> {
  return await withUniqueFields(
    () =>
      em.transactional(async (transaction) => {
        const hall = await hallToAdminister(transaction, actor, hallId);
        const validLabel = requiredText('label', label, 32);
        if (await isTaken(transaction, Counter, { hall: hall.id, label: validLabel })) {
          throw badInput('label', { kind: 'taken' });
        }
        return transaction.create(Counter, { hall, label: validLabel });
      }),
    { label: 'label' },
  );
}

/** Replaces the services a counter serves and their ranks. */
export async function setCounterServices(
  em: EntityManager,
  actor: Actor,
  counterId: string,
  services: readonly CounterServiceInput[],
): Promise<Counter> {
  return await em.transactional(async (transaction) => {
    requireRight(actor, 'administerHall');
    // Lock the counter so two administrators replacing its services do not interleave.
    const counter = isUuid(counterId)
      ? await transaction.findOne(Counter, counterId, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!counter) throw notFound();
    await requireHall(actor, counter.hall.id, 'administerHall');

    if (services.length > 100) throw badInput('services', { kind: 'outOfRange', min: 0, max: 100 });
    const serviceIds = services.map((entry) => entry.serviceId);
    if (new Set(serviceIds).size !== serviceIds.length) throw badInput('services', { kind: 'duplicate' });
    for (const entry of services) integerInRange('services.rank', entry.rank, 1, 99);
    if (serviceIds.some((id) => !isUuid(id))) throw badInput('services.serviceId', { kind: 'unknown' });
    const found = await transaction.find(Service, { id: { $in: serviceIds }, hall: counter.hall.id });
    if (found.length !== serviceIds.length) throw badInput('services.serviceId', { kind: 'unknown' });

    await transaction.nativeDelete(CounterService, { counter: counter.id });
    for (const entry of services) {
      transaction.create(CounterService, { counter, service: entry.serviceId, rank: entry.rank });
    }
    return counter;
  });
}
