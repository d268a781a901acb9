import { sql, sqlText, type SqlFragment } from '../../db/sql.js';

/**
 * The call order of queue-order.ts as SQL ORDER BY terms, so the database claims exactly the
 * ticket the pure function names (a property test compares the two). Expects alias `s`
 * (segment); `targetTerm` is its service's target wait (`sv.target_wait_minutes` unless said),
 * `rankTerm` the counter's rank column, or omitted.
 */
export function callOrderSql(
  now: Date,
  rankTerm?: string,
  targetTerm = 'sv.target_wait_minutes',
): SqlFragment {
  return sql`${sqlText(
    // 1. waited past the service's target (strictly): ageing, so no queue starves
    `(s.queued_at + make_interval(mins => ${targetTerm}) < `,
  )}${now}::timestamptz) DESC, ${sqlText(
    [
      // 2. priority need
      `(s.priority = 'PRIORITY') DESC`,
      // 3. the counter's own services before its helping ones
      ...(rankTerm ? [`${rankTerm} ASC`] : []),
      // 4. arrival, then the id so the order is total
      `s.queued_at ASC`,
      `s.id ASC`,
    ].join(', '),
  )}`;
}

/**
 * The call order within one service as a row value, `ROW(not overdue, not priority, queuedAt, id)`:
 * one segment is ahead of another exactly when its row compares lower. Expects alias `s`
 * (segment); `targetWaitMinutes` is its service's target (every segment compared is of the one
 * service, so it is read once, not joined per segment). For counting who is ahead with a row
 * comparison instead of numbering the whole queue.
 */
export function serviceCallOrderKeySql(now: Date, targetWaitMinutes: unknown): SqlFragment {
  return sql`ROW(NOT (s.queued_at + make_interval(mins => ${targetWaitMinutes}::int) < ${now}::timestamptz),
    s.priority <> 'PRIORITY', s.queued_at, s.id)`;
}

/**
 * The head of a counter's queues: for each service the counter serves and each priority class, the
 * `perQueue` WAITING segments queued first, as rows (`id`, `service_id`, `priority`, `rank`,
 * `target_wait_minutes`) to order with {@link callOrderSql}; remote tickets not checked in are
 * passed over (docs/domain.md, "Remote join"). Within one service and class the call order is the order
 * of arrival (the first to arrive is also the first past the target), so the overall first `n`
 * in call order are among these rows whenever `n ≤ perQueue`: each is read from the head of an
 * index instead of sorting the whole queue, which cost PostgreSQL 18 ms a call with 3,000 waiting.
 */
export function counterQueueHeadSql(
  counterId: string,
  hallId: string,
  serviceDay: string,
  perQueue: number,
): SqlFragment {
  return sql`SELECT head.id, cs.service_id, head.priority, cs.rank, sv.target_wait_minutes
    FROM counter_service cs
    JOIN service sv ON sv.id = cs.service_id
    CROSS JOIN (VALUES ('PRIORITY'), ('NORMAL')) AS class (priority)
    CROSS JOIN LATERAL (
      SELECT w.id, w.priority FROM segment w
      WHERE w.service_id = cs.service_id AND w.service_day = ${serviceDay}::date AND w.status = 'WAITING'
        AND w.priority = class.priority AND w.hall_id = ${hallId}::uuid
        -- A remote ticket not checked in keeps its place but is passed over.
        AND NOT w.awaiting_check_in
      ORDER BY w.queued_at, w.id
      LIMIT ${perQueue}::int) head
    WHERE cs.counter_id = ${counterId}::uuid`;
}
