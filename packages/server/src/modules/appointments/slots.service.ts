import type { EntityManager } from '@mikro-orm/postgresql';
import { isDay, seatHoldingStatuses, slotBookableAt, slotsOnDate } from '@onestop/shared';
import { badInput, notFound } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { runSql, sql } from '../../db/sql.js';
import { calendarRulesAround } from '../calendar/calendar.service.js';
import { Service } from '../services/service.entity.js';
import { appointmentSettingsOfService } from './appointment-settings.service.js';

/** A slot with its seats. */
export interface SlotSeats {
  start: Date;
  end: Date;
  capacity: number;
  booked: number;
  available: number;
}

/**
 * The bookable slots of a service on `date` (public): its slots that day by its calendar, from
 * now on within the booking horizon and lead time, with the seats taken in each. None for a service
 * that takes no appointments.
 */
export async function bookableSlots(
  em: EntityManager,
  hallId: string,
  serviceId: string,
  date: string,
  now: Date,
): Promise<SlotSeats[]> {
  if (!isDay(date)) throw badInput('date', { kind: 'dateFormat' });
  const service =
    isUuid(serviceId) && isUuid(hallId)
      ? await em.findOne(Service, { id: serviceId, hall: hallId }, { populate: ['hall'] })
      : null;
  if (!service || !service.hall.getEntity().active) throw notFound();
  const settings = appointmentSettingsOfService(service);
  if (!settings.enabled || !service.active) return [];
  const rules = await calendarRulesAround(em, { id: hallId }, service, now);
  const slots = slotsOnDate(rules, date, settings.slotMinutes).filter((slot) =>
    slotBookableAt(slot.start, now, settings, rules.timeZone),
  );
  if (slots.length === 0) return [];
  const rows = await runSql<{ slot_start: Date; taken: number }>(
    em,
    sql`SELECT slot_start, count(*)::int AS taken FROM appointment
        WHERE service_id = ${serviceId}::uuid AND slot_start BETWEEN ${slots[0]!.start}::timestamptz
          AND ${slots.at(-1)!.start}::timestamptz
          AND status = ANY(${seatHoldingStatuses}::text[])
        GROUP BY slot_start`,
  );
  const taken = new Map(rows.map((row) => [new Date(row.slot_start).getTime(), row.taken]));
  return slots.map((slot) => {
    const booked = taken.get(slot.start.getTime()) ?? 0;
    return {
      ...slot,
      capacity: settings.capacityPerSlot,
      booked,
      available: Math.max(0, settings.capacityPerSlot - booked),
    };
  });
}
