import type { EntityManager } from '@mikro-orm/postgresql';
import type { HallEventBus } from './event-bus.js';
import type { HallEventMessage } from './events.js';
import { HallEventRecord } from './hall-event.entity.js';
import { pushIterator } from './push-iterator.js';

export function toMessage(record: HallEventRecord): HallEventMessage {
  return {
    hallId: record.hall.id,
    seq: record.seq,
    type: record.type,
    at: record.at.toISOString(),
    ticketId: record.ticketId,
    segmentId: record.segmentId,
    counterId: record.counterId,
    data: record.data,
  };
}

/** The hall's events after `afterSeq`, oldest first, from the table. */
export async function eventsAfter(
  em: EntityManager,
  hallId: string,
  afterSeq: number,
  limit: number,
): Promise<HallEventMessage[]> {
  const records = await em.find(
    HallEventRecord,
    { hall: hallId, seq: { $gt: afterSeq } },
    { orderBy: { seq: 'asc' }, limit },
  );
  return records.map(toMessage);
}

/**
 * Every event of a hall in seq order, none lost or repeated: with `afterSeq`, first the missed
 * ones from the table, then live ones from the bus. Live events are buffered from the moment of
 * subscribing, so nothing falls between replay and live; a seq already sent is dropped; a gap
 * (an event lost between commit and publish) is filled from the table.
 */
export function hallEventStream(
  fork: () => EntityManager,
  bus: HallEventBus,
  hallId: string,
  afterSeq: number | null,
): AsyncIterableIterator<HallEventMessage> {
  let lastSent = afterSeq ?? Number.NaN;
  let catchingUp = true;
  const held: HallEventMessage[] = [];
  let stopListening: () => void = () => undefined;
  const stream = pushIterator<HallEventMessage>(() => stopListening());

  let delivering = Promise.resolve();
  const deliver = (event: HallEventMessage): void => {
    delivering = delivering.then(async () => {
      if (Number.isNaN(lastSent)) lastSent = event.seq - 1;
      if (event.seq <= lastSent) return;
      if (event.seq > lastSent + 1) {
        for (const missed of await eventsAfter(fork(), hallId, lastSent, event.seq - lastSent - 1)) {
          if (missed.seq > lastSent && missed.seq < event.seq) {
            stream.push(missed);
            lastSent = missed.seq;
          }
        }
      }
      stream.push(event);
      lastSent = event.seq;
    });
    delivering.catch((error: unknown) => stream.fail(error));
  };

  stopListening = bus.subscribe(hallId, (event) => {
    if (catchingUp) held.push(event);
    else deliver(event);
  });

  void (async () => {
    try {
      if (afterSeq !== null) {
        // Page through the backlog; a long outage may have left many events.
        for (;;) {
          const page = await eventsAfter(fork(), hallId, lastSent, 500);
          for (const event of page) {
            stream.push(event);
            lastSent = event.seq;
          }
          if (page.length < 500) break;
        }
      }
      catchingUp = false;
      for (const event of held.splice(0)) deliver(event);
    } catch (error) {
      stream.fail(error);
    }
  })();
  return stream.iterable;
}
