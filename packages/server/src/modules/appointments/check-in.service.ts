import type { EntityManager } from '@mikro-orm/postgresql';
import {
  appointmentCodeOf,
  appointmentSettingsOf,
  AppointmentStatus,
  checkInStateAt,
  checkInWindowOf,
  ErrorCode,
  serviceDayOf,
  type AppointmentSettings,
} from '@onestop/shared';
import { badInput, DomainError, notFound } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { runSql, sql } from '../../db/sql.js';
import { requireHall, requireRight } from '../auth/access.js';
import { Hall } from '../halls/hall.entity.js';
import { alreadyIssued, issueAppointmentTicket, type IssueResult } from '../tickets/issue-ticket.service.js';
import type { QueueDependencies } from '../tickets/ticket-engine.js';
import { markMissedAppointments } from './missed-appointments.js';

/**
 * Check-in at the kiosk (docs/domain.md, "Appointments"): the appointment's checkInCode (today's,
 * in this hall) or its manageCode, typed or scanned → its ticket, channel APPOINTMENT, queued at
 * the slot's start. The same code again → the same ticket. Before the window TOO_EARLY with
 * `opensAt`; after it the appointment is MISSED (INVALID_TRANSITION) and the kiosk offers an
 * ordinary ticket.
 */

interface FoundAppointment {
  id: string;
  status: AppointmentStatus;
  slot_start: Date;
  service_id: string;
  ticket_id: string | null;
  appointment_settings: Partial<AppointmentSettings>;
}

async function appointmentOfCode(
  em: EntityManager,
  hallId: string,
  code: string,
  today: string,
): Promise<FoundAppointment | null> {
  const [found] = await runSql<FoundAppointment>(
    em,
    sql`SELECT a.id, a.status, a.slot_start, a.service_id, a.ticket_id, s.appointment_settings
        FROM appointment a JOIN service s ON s.id = a.service_id
        WHERE a.hall_id = ${hallId}::uuid
          AND (a.manage_code = ${code} OR (a.check_in_code = ${code} AND a.service_day = ${today}::date))`,
  );
  return found ? { ...found, slot_start: new Date(found.slot_start) } : null;
}

/** The ticket of an appointment that is CHECKED_IN; INVALID_TRANSITION naming the status otherwise. */
async function ticketOfCheckedIn(
  em: EntityManager,
  found: FoundAppointment,
  now: Date,
): Promise<IssueResult> {
  if (found.status !== AppointmentStatus.CHECKED_IN || !found.ticket_id) {
    throw new DomainError(ErrorCode.INVALID_TRANSITION, { status: found.status });
  }
  return await alreadyIssued(em, found.ticket_id, now);
}

/** Checks an appointment in at its hall's kiosk (or by its staff): its ticket, issued once. */
export async function checkInAppointment(
  dependencies: QueueDependencies,
  hallId: string,
  typedCode: string,
): Promise<IssueResult> {
  const { em, clock, actor } = dependencies;
  const now = clock();
  requireRight(actor, 'issueTicket');
  if (!isUuid(hallId)) throw notFound();
  await requireHall(actor, hallId, 'issueTicket');
  const code = appointmentCodeOf(typeof typedCode === 'string' ? typedCode : '');
  if (code.length === 0) throw badInput('code', { kind: 'required' });
  if (code.length > 100) throw notFound();
  const hall = await em.findOne(Hall, hallId);
  if (!hall) throw notFound();
  const today = serviceDayOf(now, hall.timezone);

  await markMissedAppointments(em, { hallIds: [hallId] }, now);
  const found = await appointmentOfCode(em, hallId, code, today);
  if (!found) throw notFound();
  if (found.status !== AppointmentStatus.BOOKED) return await ticketOfCheckedIn(em, found, now);

  const window = checkInWindowOf(found.slot_start, appointmentSettingsOf(found.appointment_settings));
  const state = checkInStateAt(window, now);
  if (state === 'early')
    throw new DomainError(ErrorCode.TOO_EARLY, { opensAt: window.opensAt.toISOString() });
  if (state === 'missed') {
    // Closed between the sweep and now: mark it as the sweep would have.
    await markMissedAppointments(em, { appointmentId: found.id }, now);
    throw new DomainError(ErrorCode.INVALID_TRANSITION, { status: AppointmentStatus.MISSED });
  }
  const issued = await issueAppointmentTicket(
    dependencies,
    { hallId, serviceId: found.service_id },
    { appointmentId: found.id, slotStart: found.slot_start },
  );
  if (issued) return issued;
  // Another kiosk checked it in first: its ticket is the answer.
  const again = await appointmentOfCode(em, hallId, code, today);
  if (!again) throw notFound();
  return await ticketOfCheckedIn(em, again, now);
}
