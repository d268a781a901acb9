import type { EntityManager } from '@mikro-orm/postgresql';
import { Hall } from '../halls/hall.entity.js';
import { namesOf } from '../halls/localized-names.js';
import { Service } from '../services/service.entity.js';
import { appointmentSettingsOfService } from './appointment-settings.service.js';
import type { BookingHallType } from './booking-hall.types.js';

/**
 * What the public booking page needs of a hall, found by its code (printed on the kiosk's QR):
 * null for an unknown or inactive hall. Only active services that take appointments, and only
 * what a citizen may see — no counters, staff or settings beyond the slot length and horizon.
 */
export async function bookingHallOf(em: EntityManager, code: string): Promise<BookingHallType | null> {
  if (typeof code !== 'string' || code.length === 0 || code.length > 64) return null;
  const hall = await em.findOne(Hall, { code, active: true });
  if (!hall) return null;
  const services = await em.find(Service, { hall: hall.id, active: true }, { orderBy: { prefix: 'asc' } });
  return {
    id: hall.id,
    code: hall.code,
    name: hall.name,
    names: namesOf(hall),
    languages: hall.languages,
    timezone: hall.timezone,
    services: services.flatMap((service) => {
      const settings = appointmentSettingsOfService(service);
      if (!settings.enabled) return [];
      return [
        {
          id: service.id,
          prefix: service.prefix,
          name: service.name,
          nameEn: service.nameEn,
          names: namesOf(service),
          slotMinutes: settings.slotMinutes,
          horizonDays: settings.horizonDays,
        },
      ];
    }),
  };
}
