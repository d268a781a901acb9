import { sql, sqlText, type SqlFragment } from '../../db/sql.js';

/**
 * The call order of queue-order.ts as SQL ORDER BY terms, so the database claims exactly the
 * ticket the pure function names (a property test compares the two). Expects aliases
 * `s` (segment) and `sv` (service); `rankTerm` is the counter's rank column, or omitted.
 */
export function callOrderSql(now: Date, rankTerm?: string): SqlFragment {
  return sql`${sqlText(
    // 1. waited past the service's target (strictly): ageing, so no queue starves
    `(s.queued_at + make_interval(mins => sv.target_wait_minutes) < `,
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
