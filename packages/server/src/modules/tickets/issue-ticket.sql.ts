import {
  AppointmentStatus,
  HallEventType,
  TicketStatus,
  type PriorityClass,
  type TicketChannel,
} from '@onestop/shared';
import { sql, type SqlFragment } from '../../db/sql.js';
import {
  appendEventSql,
  type AppendedEventRow,
  type StatementEvent,
} from '../../realtime/hall-transaction.js';

/**
 * Issuing as one statement (docs/architecture.md, "SQL"): the number
 * taken, the ticket and its first segment written and the event appended, with no round trip in
 * between — the service's number row and the hall's event seq are locked only from where the
 * statement takes them to its commit.
 */

/** A new ticket as {@link issueStatement} writes it. */
export interface NewTicket {
  ticketId: string;
  segmentId: string;
  hallId: string;
  serviceId: string;
  serviceDay: string;
  prefix: string;
  /** The service's daily quota; null for none. */
  dailyQuota: number | null;
  priority: PriorityClass;
  channel: TicketChannel;
  accessCode: string;
  idempotencyKey: string | null;
  phone: string | null;
  route: readonly string[];
  now: Date;
  /** Where it waits in the call order: now, or an appointment's slot start. */
  queuedAt: Date;
  /** The BOOKED appointment this ticket checks in; the statement issues nothing once it is not. */
  appointmentId: string | null;
  /** A remote ticket (joinRemotely): it keeps its place but is not called until checked in. */
  awaitingCheckIn: boolean;
  estimate: { p50Minutes: number; p90Minutes: number };
  /** The callable people ahead, when it joins its queue at this moment as a walk-in (wait-estimators.ts). */
  peopleAheadAtQueue: number | null;
  staffId: string | null;
}

/** The row {@link issueStatement} returns; none when the quota is reached. */
export interface IssuedRow extends AppendedEventRow {
  number: string;
}

/**
 * The ticket number in SQL: the prefix and the sequence zero-padded to at least 3 digits, as
 * shared `formatTicketNumber` writes it (a test holds the two together over many sequences).
 */
export function ticketNumberSql(prefix: SqlFragment, sequence: SqlFragment): SqlFragment {
  return sql`${prefix} || lpad(${sequence}::text, greatest(3, length(${sequence}::text)), '0')`;
}

/** The TICKET_ISSUED event of a new ticket; its number is filled in by the statement. */
export function issuedEvent(ticket: NewTicket): StatementEvent {
  return {
    hallId: ticket.hallId,
    type: HallEventType.TICKET_ISSUED,
    at: ticket.now,
    ticketId: ticket.ticketId,
    segmentId: ticket.segmentId,
    counterId: null,
    staffId: ticket.staffId,
    data: sql`jsonb_build_object('ticketNumber', issued.number, 'serviceId', ${ticket.serviceId}::text,
                                 'status', ${TicketStatus.WAITING}::text)`,
  };
}

/**
 * Takes the service's next number of the day (within its quota), writes the ticket, its first
 * WAITING segment and the TICKET_ISSUED event: one statement.
 */
export function issueStatement(ticket: NewTicket): SqlFragment {
  const unlimited = 2_147_483_647;
  // An appointment's check-in takes a number only while the appointment is still BOOKED: of two
  // kiosks checking the same code in at once, the second waits for the first's row lock, finds it
  // CHECKED_IN and issues nothing (check-in.service.ts then answers with the first's ticket).
  const checkedIn =
    ticket.appointmentId === null
      ? sql``
      : sql`checked_in AS (
      UPDATE appointment SET status = ${AppointmentStatus.CHECKED_IN}::text, checked_in_at = ${ticket.now}::timestamptz,
             ticket_id = ${ticket.ticketId}::uuid
      WHERE id = ${ticket.appointmentId}::uuid AND status = ${AppointmentStatus.BOOKED}::text
      RETURNING id),
    `;
  const numberSource =
    ticket.appointmentId === null
      ? sql`VALUES (${ticket.hallId}::uuid, ${ticket.prefix}::text, ${ticket.serviceDay}::date, 1)`
      : sql`SELECT ${ticket.hallId}::uuid, ${ticket.prefix}::text, ${ticket.serviceDay}::date, 1 FROM checked_in`;
  return sql`WITH ${checkedIn}taken AS (
      INSERT INTO ticket_number_sequence AS sequence (hall_id, prefix, service_day, last_number)
      ${numberSource}
      ON CONFLICT (hall_id, prefix, service_day) DO UPDATE SET last_number = sequence.last_number + 1
        WHERE sequence.last_number < ${ticket.dailyQuota ?? unlimited}::int
      RETURNING last_number),
    issued AS (
      INSERT INTO ticket (id, hall_id, service_day, prefix, sequence, number, priority, channel,
                          access_code, idempotency_key, phone, route, issued_at)
      SELECT ${ticket.ticketId}::uuid, ${ticket.hallId}::uuid, ${ticket.serviceDay}::date, ${ticket.prefix}::text,
             taken.last_number,
             ${ticketNumberSql(sql`${ticket.prefix}::text`, sql`taken.last_number`)},
             ${ticket.priority}::text, ${ticket.channel}::text, ${ticket.accessCode}::text,
             ${ticket.idempotencyKey}::text, ${ticket.phone}::text, ${JSON.stringify(ticket.route)}::jsonb,
             ${ticket.now}::timestamptz
      FROM taken
      RETURNING id, number),
    queued AS (
      INSERT INTO segment (id, ticket_id, ordinal, hall_id, service_day, priority, service_id, status,
                           queued_at, awaiting_check_in, estimate_p50_minutes, estimate_p90_minutes,
                           people_ahead_at_queue)
      SELECT ${ticket.segmentId}::uuid, issued.id, 1, ${ticket.hallId}::uuid, ${ticket.serviceDay}::date,
             ${ticket.priority}::text, ${ticket.serviceId}::uuid, ${TicketStatus.WAITING}::text,
             ${ticket.queuedAt}::timestamptz, ${ticket.awaitingCheckIn}::boolean,
             ${ticket.estimate.p50Minutes}::int, ${ticket.estimate.p90Minutes}::int,
             ${ticket.peopleAheadAtQueue}::int
      FROM issued
      RETURNING id),
    ${appendEventSql('issued', issuedEvent(ticket))}
    SELECT issued.number, appended_event.* FROM issued, queued, appended_event`;
}
