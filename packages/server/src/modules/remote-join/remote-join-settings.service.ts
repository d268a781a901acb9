import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type RemoteJoinNumberSetting,
  type RemoteJoinSettings,
  remoteJoinSettingLimits,
  remoteJoinSettingsOf,
} from '@onestop/shared';
import { notFound } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { withSettingChanges } from '../../common/settings-changes.js';
import { requireHall, requireRight, type Actor } from '../auth/access.js';
import { Service } from '../services/service.entity.js';
import type { RemoteJoinSettingsInput } from './remote-join.types.js';

/** A service's remote-join settings, the defaults completing what was never set. */
export function remoteJoinSettingsOfService(
  service: Pick<Service, 'remoteJoinSettings'>,
): RemoteJoinSettings {
  return remoteJoinSettingsOf(service.remoteJoinSettings);
}

/**
 * Changes a service's remote-join settings (an administrator of its hall): the settings given, each
 * checked against its limits (`BAD_USER_INPUT` naming it, nothing written); the others keep their
 * value. The whole set is stored, so that later changes of the defaults move no service's settings.
 */
export async function setRemoteJoinSettings(
  em: EntityManager,
  actor: Actor,
  serviceId: string,
  input: RemoteJoinSettingsInput,
): Promise<Service> {
  return await em.transactional(async (transaction) => {
    requireRight(actor, 'administerHall');
    const service = isUuid(serviceId) ? await transaction.findOne(Service, serviceId) : null;
    if (!service) throw notFound();
    await requireHall(actor, service.hall.id, 'administerHall');
    service.remoteJoinSettings = withSettingChanges<RemoteJoinNumberSetting>(
      remoteJoinSettingsOfService(service),
      input,
      remoteJoinSettingLimits,
    );
    return service;
  });
}
