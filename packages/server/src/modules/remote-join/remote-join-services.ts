import type { EntityManager } from '@mikro-orm/postgresql';
import { issuingAt, serviceDayOf } from '@onestop/shared';
import { runSql, sql } from '../../db/sql.js';
import { calendarRulesAround } from '../calendar/calendar.service.js';
import type { Hall } from '../halls/hall.entity.js';
import { namesOf } from '../halls/localized-names.js';
import { Service } from '../services/service.entity.js';
import { estimateForService } from '../tickets/queue-readings.js';
import { remoteJoinSettingsOfService } from './remote-join-settings.service.js';
import type { RemoteJoinServiceType } from './remote-join.types.js';

/**
 * The services of an active hall that take remote tickets, as the public booking page offers
 * them: whether each issues now (its calendar and last-issue time, as issuing decides), how many
 * can be called before a ticket taken now, and that ticket's estimate. No settings, no counters.
 */
export async function remoteJoinServicesOf(
  em: EntityManager,
  hall: Pick<Hall, 'id' | 'timezone' | 'active'>,
  now: Date,
): Promise<RemoteJoinServiceType[]> {
  const services = (
    await em.find(Service, { hall: hall.id, active: true }, { orderBy: { prefix: 'asc' } })
  ).filter((service) => remoteJoinSettingsOfService(service).enabled);
  if (services.length === 0) return [];
  const today = serviceDayOf(now, hall.timezone);
  const rows = await runSql<{ service_id: string; waiting: number }>(
    em,
    sql`SELECT service_id, count(*)::int AS waiting FROM segment
        WHERE hall_id = ${hall.id}::uuid AND service_day = ${today}::date AND status = 'WAITING'
          AND NOT awaiting_check_in
        GROUP BY service_id`,
  );
  const waitingOf = new Map(rows.map((row) => [row.service_id, row.waiting]));
  const offered: RemoteJoinServiceType[] = [];
  for (const service of services) {
    const rules = await calendarRulesAround(em, hall, service, now);
    const issuingNow = hall.active && issuingAt(rules, now, service.lastIssueMinutesBeforeClose).issuing;
    const waiting = waitingOf.get(service.id) ?? 0;
    offered.push({
      id: service.id,
      prefix: service.prefix,
      name: service.name,
      nameEn: service.nameEn,
      names: namesOf(service),
      issuingNow,
      waiting,
      // Joined from a phone, the citizen is called no sooner than the trip after being asked to come.
      estimate: issuingNow
        ? await estimateForService(em, service, waiting, today, now, { remote: true })
        : null,
    });
  }
  return offered;
}
