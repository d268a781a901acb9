import type { EntityManager } from '@mikro-orm/postgresql';
import type { LocalizedText } from '@onestop/shared';
import { badInput, notFound } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { isTaken, withUniqueFields } from '../../common/unique.js';
import {
  integerInRange,
  machineCode,
  optionalText,
  requiredText,
  ticketPrefix,
} from '../../common/validation.js';
import { requireHall, requireRight, type Actor } from '../auth/access.js';
import { hallToAdminister } from '../halls/hall.service.js';
import { changedNames } from '../halls/localized-names.js';
import type { Hall } from '../halls/hall.entity.js';
import { defaultQueueAlertThreshold, Service } from './service.entity.js';
import type { ServiceInput } from './service.types.js';

interface ValidServiceInput {
  code: string;
  name: string;
  nameEn: string | null;
  prefix: string;
  targetWaitMinutes: number;
  dailyQuota: number | null;
  active: boolean;
  queueAlertThreshold: number;
  lastIssueMinutesBeforeClose: number;
  names: LocalizedText[];
}

/** Checks a whole ServiceInput, defaults from the hall (new service) or the current values (update). */
async function validateServiceInput(
  em: EntityManager,
  hall: Hall,
  input: ServiceInput,
  current: Service | null,
): Promise<ValidServiceInput> {
  const name = requiredText('name', input.name, 100);
  const nameEn = optionalText('nameEn', input.nameEn, 100);
  const named = changedNames(current ?? { name, nameEn, names: [] }, {
    name,
    nameEn,
    names: input.names ?? null,
  });
  const valid: ValidServiceInput = {
    code: machineCode('code', input.code),
    ...named,
    prefix: ticketPrefix('prefix', input.prefix),
    targetWaitMinutes:
      input.targetWaitMinutes == null
        ? (current?.targetWaitMinutes ?? hall.targetWaitMinutes)
        : integerInRange('targetWaitMinutes', input.targetWaitMinutes, 1, 1440),
    dailyQuota: input.dailyQuota == null ? null : integerInRange('dailyQuota', input.dailyQuota, 1, 100_000),
    active: input.active ?? current?.active ?? true,
    queueAlertThreshold:
      input.queueAlertThreshold == null
        ? (current?.queueAlertThreshold ?? defaultQueueAlertThreshold)
        : integerInRange('queueAlertThreshold', input.queueAlertThreshold, 1, 10_000),
    lastIssueMinutesBeforeClose:
      input.lastIssueMinutesBeforeClose == null
        ? (current?.lastIssueMinutesBeforeClose ?? 0)
        : integerInRange('lastIssueMinutesBeforeClose', input.lastIssueMinutesBeforeClose, 0, 720),
  };
  if (await isTaken(em, Service, { hall: hall.id, code: valid.code }, current?.id)) {
    throw badInput('code', { kind: 'taken' });
  }
  if (await isTaken(em, Service, { hall: hall.id, prefix: valid.prefix }, current?.id)) {
    throw badInput('prefix', { kind: 'taken' });
  }
  return valid;
}

const uniqueServiceFields = { prefix: 'prefix', code: 'code' };

export async function createService(
  em: EntityManager,
  actor: Actor,
  hallId: string,
  input: ServiceInput,
): Promise<Service> {
  return await withUniqueFields(
    () =>
      em.transactional(async (transaction) => {
        const hall = await hallToAdminister(transaction, actor, hallId);
        const valid = await validateServiceInput(transaction, hall, input, null);
        return transaction.create(Service, { hall, ...valid });
      }),
    uniqueServiceFields,
  );
}

export async function updateService(
  em: EntityManager,
  actor: Actor,
  serviceId: string,
  input: ServiceInput,
): Promise<Service> {
  return await withUniqueFields(
    () =>
      em.transactional(async (transaction) => {
        requireRight(actor, 'administerHall');
        const service = isUuid(serviceId) ? await transaction.findOne(Service, serviceId) : null;
        if (!service) throw notFound();
        await requireHall(actor, service.hall.id, 'administerHall');
        const hall = await service.hall.loadOrFail();
        const valid = await validateServiceInput(transaction, hall, input, service);
        transaction.assign(service, valid);
        return service;
      }),
    uniqueServiceFields,
  );
}
