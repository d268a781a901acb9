import type { EntityManager } from '@mikro-orm/postgresql';
import type { HallEventBus } from './event-bus.js';
import type { HallEventMessage, PendingHallEvent } from './events.js';
import { HallEventRecord } from './hall-event.entity.js';

/** Collects the events of one service method, per hall, until its transaction ends. */
export class HallEventLog {
  private readonly pending = new Map<string, PendingHallEvent[]>();

  record(hallId: string, event: PendingHallEvent): void {
    const events = this.pending.get(hallId) ?? [];
    events.push(event);
    this.pending.set(hallId, events);
  }

  /**
   * Gives the events their seqs and writes them, inside the transaction. The seq comes from the
   * hall row (`UPDATE … RETURNING`), whose lock keeps seqs gapless and in commit order; it is
   * taken last so the lock is held as briefly as possible.
   */
  async write(em: EntityManager, at: Date): Promise<HallEventMessage[]> {
    const written: HallEventMessage[] = [];
    for (const [hallId, events] of [...this.pending].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const rows: { last_event_seq: number }[] = await em.execute(
        'UPDATE hall SET last_event_seq = last_event_seq + ? WHERE id = ? RETURNING last_event_seq',
        [events.length, hallId],
      );
      const lastSeq = rows[0]!.last_event_seq;
      events.forEach((event, index) => {
        const seq = lastSeq - events.length + 1 + index;
        em.create(HallEventRecord, {
          hall: hallId,
          seq,
          type: event.type,
          at,
          ticketId: event.ticketId ?? null,
          segmentId: event.segmentId ?? null,
          counterId: event.counterId ?? null,
          staffId: event.staffId ?? null,
          data: event.data ?? {},
        });
        written.push({
          hallId,
          seq,
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
  const result = await em.transactional(async (transaction) => {
    const log = new HallEventLog();
    const value = await work(transaction, log);
    await transaction.flush();
    published = await log.write(transaction, now);
    return value;
  });
  bus.publish(published);
  return result;
}
