import type { EntityManager } from '@mikro-orm/postgresql';
import type { HallEventType } from '@onestop/shared';
import { runSql, sql, sqlText, type SqlFragment } from '../db/sql.js';
import type { HallEventBus } from './event-bus.js';
import type { HallEventData, HallEventMessage, PendingHallEvent } from './events.js';

/** Collects the events of one service method, per hall, until its transaction ends. */
export class HallEventLog {
  private readonly pending = new Map<string, PendingHallEvent[]>();
  /** Run once the transaction has committed (never after a rollback). */
  readonly afterCommit: (() => void)[] = [];

  record(hallId: string, event: PendingHallEvent): void {
    const events = this.pending.get(hallId) ?? [];
    events.push(event);
    this.pending.set(hallId, events);
  }

  /**
   * Gives the events their seqs and writes them, inside the transaction, one statement per hall.
   * The seq comes from the hall row (`UPDATE … RETURNING`), whose lock keeps seqs gapless and in
   * commit order; it is taken last, and the events are inserted by the same statement, so the
   * lock is held for no more than that statement and the commit.
   */
  async write(em: EntityManager, at: Date): Promise<HallEventMessage[]> {
    const written: HallEventMessage[] = [];
    for (const [hallId, events] of [...this.pending].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const rows = events.map((event, ordinal) => ({
        ordinal,
        type: event.type,
        ticket_id: event.ticketId ?? null,
        segment_id: event.segmentId ?? null,
        counter_id: event.counterId ?? null,
        staff_id: event.staffId ?? null,
        data: event.data ?? {},
      }));
      const inserted = await runSql<{ seq: number }>(
        em,
        sql`WITH next AS (
           UPDATE hall SET last_event_seq = last_event_seq + ${events.length}::int WHERE id = ${hallId}::uuid
           RETURNING last_event_seq)
         INSERT INTO hall_event (hall_id, seq, type, at, ticket_id, segment_id, counter_id, staff_id, data)
         SELECT ${hallId}::uuid, next.last_event_seq - ${events.length}::int + 1 + e.ordinal, e.type,
                ${at}::timestamptz, e.ticket_id, e.segment_id, e.counter_id, e.staff_id, e.data
         FROM next, jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
           AS e(ordinal int, type text, ticket_id uuid, segment_id uuid, counter_id uuid, staff_id uuid, data jsonb)
         RETURNING seq`,
      );
      const firstSeq = Math.min(...inserted.map((row) => row.seq));
      events.forEach((event, index) => {
        written.push({
          hallId,
          seq: firstSeq + index,
          type: event.type,
          at: at.toISOString(),
          ticketId: event.ticketId ?? null,
          segmentId: event.segmentId ?? null,
          counterId: event.counterId ?? null,
          data: event.data ?? {},
        });
      });
    }
    this.pending.clear();
    return written;
  }
}

/**
 * One service method = one transaction: `work` changes state and records its hall events; the
 * events are written in the same transaction and published only after it commits.
 */
export async function inHallTransaction<T>(
  em: EntityManager,
  bus: HallEventBus,
  now: Date,
  work: (transaction: EntityManager, log: HallEventLog) => Promise<T>,
): Promise<T> {
  let published: HallEventMessage[] = [];
  const log = new HallEventLog();
  const result = await em.transactional(async (transaction) => {
    const value = await work(transaction, log);
    await transaction.flush();
    published = await log.write(transaction, now);
    return value;
  });
  for (const callback of log.afterCommit) callback();
  bus.publish(published);
  return result;
}

/** The event a single-statement change appends, as {@link appendEventSql} describes it. */
export interface StatementEvent {
  hallId: string;
  type: HallEventType;
  at: Date;
  /** An id, or an expression of the change's CTE for an id known only inside the statement. */
  ticketId: string | SqlFragment | null;
  segmentId: string | SqlFragment | null;
  counterId: string | null;
  staffId: string | null;
  /** A jsonb expression; it may read the columns of the change's CTE. */
  data: SqlFragment;
}

/**
 * Two CTEs, for a change made by one statement: `event_seq` takes the hall's next seq and
 * `appended_event` inserts the event, both only when the CTE named `changeName` returned a row
 * (a guarded change that found nothing to change appends nothing). The hall row's lock, which
 * keeps seqs gapless and in commit order, is held from here to that statement's own commit: no
 * round trip to the server in between, however busy the server is.
 */
export function appendEventSql(changeName: string, event: StatementEvent): SqlFragment {
  const change = sqlText(changeName);
  return sql`event_seq AS (
      UPDATE hall SET last_event_seq = last_event_seq + 1
      WHERE id = ${event.hallId}::uuid AND EXISTS (SELECT 1 FROM ${change})
      RETURNING last_event_seq AS seq),
    appended_event AS (
      INSERT INTO hall_event (hall_id, seq, type, at, ticket_id, segment_id, counter_id, staff_id, data)
      SELECT ${event.hallId}::uuid, event_seq.seq, ${event.type}, ${event.at}::timestamptz,
             ${event.ticketId}::uuid, ${event.segmentId}::uuid, ${event.counterId}::uuid,
             ${event.staffId}::uuid, ${event.data}
      FROM event_seq, ${change}
      RETURNING seq, ticket_id, segment_id, data)`;
}

/** What `appended_event` of {@link appendEventSql} returns. */
export interface AppendedEventRow {
  seq: number;
  ticket_id: string | null;
  segment_id: string | null;
  data: HallEventData;
}

/** The message of an event {@link appendEventSql} appended, to publish once the statement is done. */
export function appendedEventMessage(event: StatementEvent, appended: AppendedEventRow): HallEventMessage {
  return {
    hallId: event.hallId,
    seq: appended.seq,
    type: event.type,
    at: event.at.toISOString(),
    ticketId: appended.ticket_id,
    segmentId: appended.segment_id,
    counterId: event.counterId,
    data: appended.data,
  };
}
