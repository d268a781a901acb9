import type { EntityManager } from '@mikro-orm/postgresql';
import { AppointmentStatus, defaultAppointmentSettings } from '@onestop/shared';
import { runSql, sql, sqlText, type SqlFragment } from '../../db/sql.js';

/**
 * Appointments not checked in by the end of their window become MISSED (docs/domain.md,
 * "Appointments") — with no job the operator must schedule: whatever reads or counts them first
 * (a check-in, the staff's list, the manage page, a booking's limits, the statistics) marks the
 * ones whose window has closed, in one statement. The window's end is the slot's start plus the
 * service's lateCheckInMinutes, as shared `checkInWindowOf` computes it; a test holds them together.
 */
/**
 * When the check-in window of appointment `a` closes, in SQL: its slot's start plus the
 * lateCheckInMinutes of its service `s` (the default where never set), as `checkInWindowOf` has it.
 */
export function checkInClosesAtSql(appointment: string, service: string): SqlFragment {
  return sql`(${sqlText(appointment)}.slot_start + make_interval(mins => coalesce(
    (${sqlText(service)}.appointment_settings ->> 'lateCheckInMinutes')::int,
    ${defaultAppointmentSettings.lateCheckInMinutes}::int)))`;
}

export type MissedScope = { hallIds: readonly string[] } | { phone: string } | { appointmentId: string };

function scopeCondition(scope: MissedScope): SqlFragment {
  if ('hallIds' in scope) return sql`a.hall_id = ANY(${scope.hallIds}::uuid[])`;
  if ('phone' in scope) return sql`a.phone = ${scope.phone}`;
  return sql`a.id = ${scope.appointmentId}::uuid`;
}

/** Marks the scope's BOOKED appointments whose check-in window closed before `now`; returns how many. */
export async function markMissedAppointments(
  em: EntityManager,
  scope: MissedScope,
  now: Date,
): Promise<number> {
  const marked = await runSql<{ id: string }>(
    em,
    sql`UPDATE appointment a SET status = ${AppointmentStatus.MISSED}::text
        FROM service s
        WHERE s.id = a.service_id AND ${scopeCondition(scope)}
          AND a.status = ${AppointmentStatus.BOOKED}::text AND a.slot_start < ${now}::timestamptz
          AND ${checkInClosesAtSql('a', 's')} < ${now}::timestamptz
        RETURNING a.id`,
  );
  return marked.length;
}
