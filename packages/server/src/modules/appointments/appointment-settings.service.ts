import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type AppointmentNumberSetting,
  type AppointmentSettings,
  appointmentSettingLimits,
  appointmentSettingsOf,
} from '@onestop/shared';
import { notFound } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { withSettingChanges } from '../../common/settings-changes.js';
import { requireHall, requireRight, type Actor } from '../auth/access.js';
import { Service } from '../services/service.entity.js';
import type { AppointmentSettingsInput } from './appointment-settings.types.js';

/** A service's appointment settings, the defaults completing what was never set. */
export function appointmentSettingsOfService(service: Service): AppointmentSettings {
  return appointmentSettingsOf(service.appointmentSettings);
}

/**
 * Changes a service's appointment settings (an administrator of its hall): the settings given, each
 * checked against its limits (`BAD_USER_INPUT` naming it, nothing written); the others keep their
 * value. The whole set is stored, so that later changes of the defaults move no service's settings.
 */
export async function setAppointmentSettings(
  em: EntityManager,
  actor: Actor,
  serviceId: string,
  input: AppointmentSettingsInput,
): Promise<Service> {
  return await em.transactional(async (transaction) => {
    requireRight(actor, 'administerHall');
    const service = isUuid(serviceId) ? await transaction.findOne(Service, serviceId) : null;
    if (!service) throw notFound();
    await requireHall(actor, service.hall.id, 'administerHall');
    service.appointmentSettings = withSettingChanges<AppointmentNumberSetting>(
      appointmentSettingsOfService(service),
      input,
      appointmentSettingLimits,
    );
    return service;
  });
}
