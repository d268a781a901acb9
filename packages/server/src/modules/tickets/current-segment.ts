import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { runSql, sql, sqlText, type SqlFragment } from '../../db/sql.js';
import {
  currentSegmentOf,
  currentViewsSql,
  ticketViewColumnsSql,
  ticketViewFromRow,
  type TicketViewRow,
} from './ticket-view.js';
import type { TicketView } from './ticket.types.js';

/**
 * A ticket is found by its id (staff) or by its access code (the citizen's only key), and read
 * with its current segment — the one with the highest ordinal, which every operation acts on.
 */
export type TicketKey = { ticketId: string } | { accessCode: string };

/**
 * The condition on ticket `t` that picks the ticket `key` names, or null when the key cannot name
 * one: an id that is no UUID, or an access code of the wrong length (issued codes are 24
 * characters; a lookup of anything far from that is refused before it reaches the database).
 */
function ticketCondition(key: TicketKey): SqlFragment | null {
  if ('ticketId' in key) return isUuid(key.ticketId) ? sql`t.id = ${key.ticketId}::uuid` : null;
  const code = key.accessCode.trim();
  if (code.length < 16 || code.length > 64) return null;
  return sql`t.access_code = ${code}::text`;
}

/** What opening a segment in a service needs of it. */
export interface ServiceReadings {
  id: string;
  hall_id: string;
  active: boolean;
  target_wait_minutes: number;
  prior_service_minutes: number;
}

/** The columns of {@link ServiceReadings} as one JSON value, for service `alias`. */
export function serviceReadingsSql(alias: string): SqlFragment {
  return sqlText(
    `json_build_object('id', ${alias}.id, 'hall_id', ${alias}.hall_id, 'active', ${alias}.active,
       'target_wait_minutes', ${alias}.target_wait_minutes, 'prior_service_minutes', ${alias}.prior_service_minutes)`,
  );
}

/** What an operation on a ticket reads first, about its current segment. */
export interface CurrentSegmentRow extends TicketViewRow {
  ordinal: number;
  timezone: string;
  max_recalls: number;
  service_name: string;
  service_name_en: string | null;
  counter_label: string | null;
  /** The first service still ahead on the ticket's route, if any. */
  next_service: ServiceReadings | null;
}

/** The ticket `condition` (on `t`) picks, with {@link CurrentSegmentRow}. */
function currentSegmentSql(condition: SqlFragment): SqlFragment {
  return sql`SELECT ${ticketViewColumnsSql('s', 't')}, s.ordinal, h.timezone, h.max_recalls,
       sv.name AS service_name, sv.name_en AS service_name_en, c.label AS counter_label,
       (SELECT ${serviceReadingsSql('n')} FROM service n WHERE n.id = (t.route->>0)::uuid) AS next_service
     FROM ticket t
     ${currentSegmentOf('t')}
     JOIN hall h ON h.id = t.hall_id
     JOIN service sv ON sv.id = s.service_id
     LEFT JOIN counter c ON c.id = s.counter_id
     WHERE ${condition}`;
}

/** The ticket `key` names with its current segment, as an operation on it reads it; undefined for none. */
export async function readCurrentSegment(
  em: EntityManager,
  key: TicketKey,
): Promise<CurrentSegmentRow | undefined> {
  const condition = ticketCondition(key);
  if (!condition) return undefined;
  const [row] = await runSql<CurrentSegmentRow>(em, currentSegmentSql(condition));
  return row;
}

/**
 * {@link readCurrentSegment}, with the segment locked for the rest of the caller's transaction:
 * what an operation that decides in several statements reads first.
 */
export async function lockCurrentSegment(
  em: EntityManager,
  key: TicketKey,
): Promise<CurrentSegmentRow | undefined> {
  const condition = ticketCondition(key);
  if (!condition) return undefined;
  const [locked] = await runSql<{ id: string }>(
    em,
    sql`SELECT s.id FROM segment s WHERE s.ticket_id = (SELECT t.id FROM ticket t WHERE ${condition})
        ORDER BY s.ordinal DESC LIMIT 1 FOR UPDATE`,
  );
  return locked ? await readCurrentSegment(em, key) : undefined;
}

/** The ticket `key` names, as it stands; null when it names none. No rights are checked here. */
export async function findCurrentView(em: EntityManager, key: TicketKey): Promise<TicketView | null> {
  const condition = ticketCondition(key);
  if (!condition) return null;
  const [row] = await runSql<TicketViewRow>(em, currentViewsSql(condition));
  return row ? ticketViewFromRow(row) : null;
}

/** {@link findCurrentView}, or NOT_FOUND. */
export async function currentView(em: EntityManager, key: TicketKey): Promise<TicketView> {
  const view = await findCurrentView(em, key);
  if (!view) throw notFound();
  return view;
}
