import type { EntityManager } from '@mikro-orm/postgresql';
import { HallEventType, TicketStatus, activeStatuses } from '@onestop/shared';
import { runSql, sql } from '../../db/sql.js';
import type { HallEventBus } from '../../realtime/event-bus.js';
import { inHallTransaction, type HallEventLog } from '../../realtime/hall-transaction.js';

/**
 * The end of a service day (docs/domain.md, "The service day"): segments of past days still in
 * the hall's hands become EXPIRED, with their events, at the start of the first queue write of
 * each new day — no job the operator must schedule.
 */

/**
 * The service day each hall's past days were last expired for, in this process: once a day's
 * expiry has committed, nothing of the days before can still be active, so the next writes of
 * that day skip the statement. Another instance keeps its own and runs it once itself.
 */
const pastDaysExpiredBefore = new Map<string, string>();

/** True when this process has expired the hall's days before `today` already. */
export function pastDaysAreExpired(hallId: string, today: string): boolean {
  return pastDaysExpiredBefore.get(hallId) === today;
}

/** Expires the hall's segments of days before `today`, inside the caller's transaction. */
export async function expirePastDays(
  em: EntityManager,
  log: HallEventLog,
  hallId: string,
  today: string,
  now: Date,
): Promise<void> {
  if (pastDaysAreExpired(hallId, today)) return;
  log.afterCommit.push(() => pastDaysExpiredBefore.set(hallId, today));
  const expired = await runSql<{ id: string; ticket_id: string }>(
    em,
    sql`UPDATE segment SET status = ${TicketStatus.EXPIRED}::text, ended_at = ${now}::timestamptz
        WHERE hall_id = ${hallId}::uuid AND service_day < ${today}::date AND status = ANY(${activeStatuses}::text[])
        RETURNING id, ticket_id`,
  );
  for (const row of expired) {
    log.record(hallId, {
      type: HallEventType.TICKET_EXPIRED,
      ticketId: row.ticket_id,
      segmentId: row.id,
      data: { status: TicketStatus.EXPIRED },
    });
  }
}

/** {@link expirePastDays} in a transaction of its own, before a single-statement write of `today`. */
export async function ensurePastDaysExpired(
  em: EntityManager,
  events: HallEventBus,
  hallId: string,
  today: string,
  now: Date,
): Promise<void> {
  if (pastDaysAreExpired(hallId, today)) return;
  await inHallTransaction(em, events, now, async (transaction, log) => {
    await expirePastDays(transaction, log, hallId, today, now);
  });
}
