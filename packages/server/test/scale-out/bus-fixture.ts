import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { HallEventType } from '@onestop/shared';
import { openDatabase } from '../../src/db/orm.js';
import { entities } from '../../src/modules/entities.js';
import { createLogger } from '../../src/logger.js';
import { Hall } from '../../src/modules/halls/hall.entity.js';
import type { HallEventBus, HallEventListener } from '../../src/realtime/event-bus.js';
import type { HallEventMessage } from '../../src/realtime/events.js';
import { inHallTransaction } from '../../src/realtime/hall-transaction.js';
import { createTestDatabase } from '../support/database.js';

/** A bus that carries nothing: events committed with it reach no one but the table. */
const silentBus: HallEventBus = {
  publish: () => undefined,
  subscribe: () => () => undefined,
  close: async () => undefined,
};

export interface BusDatabase {
  url: string;
  orm: MikroORM<PostgreSqlDriver>;
  /**
   * Commits `count` events in one transaction of `hallId` and publishes them on `bus` after
   * commit, as services do; without a bus they are only in the table (a publish that was lost).
   */
  commit(
    hallId: string,
    count: number,
    options?: { bus?: HallEventBus; reason?: string },
  ): Promise<HallEventMessage[]>;
  createHall(): Promise<string>;
  close(): Promise<void>;
}

let hallNumber = 0;

/** A fresh database for transport tests: halls and committed events, no server. */
export async function openBusDatabase(): Promise<BusDatabase> {
  const url = await createTestDatabase();
  const orm = await openDatabase(url, entities, createLogger('silent'));
  return {
    url,
    orm,
    async createHall() {
      hallNumber += 1;
      const em = orm.em.fork();
      const hall = em.create(Hall, {
        code: `BUS${hallNumber}-${Date.now().toString(36)}`,
        name: `总线大厅 ${hallNumber}`,
        timezone: 'Asia/Shanghai',
      });
      await em.flush();
      return hall.id;
    },
    async commit(hallId, count, options = {}) {
      let written: HallEventMessage[] = [];
      const recorder: HallEventBus = {
        publish: (events) => {
          written = [...events];
          (options.bus ?? silentBus).publish(events);
        },
        subscribe: () => () => undefined,
        close: async () => undefined,
      };
      await inHallTransaction(orm.em.fork(), recorder, new Date(), async (_transaction, log) => {
        for (let index = 0; index < count; index += 1) {
          log.record(hallId, {
            type: HallEventType.COUNTER_PAUSED,
            data: { reason: options.reason ?? `pause ${index}` },
          });
        }
      });
      return written;
    },
    async close() {
      await orm.close(true);
    },
  };
}

/** Collects what a listener receives. */
export function recorder(): {
  events: HallEventMessage[];
  listener: HallEventListener;
  seqs: () => number[];
} {
  const events: HallEventMessage[] = [];
  return {
    events,
    listener: (event) => events.push(event),
    seqs: () => events.map((event) => event.seq),
  };
}

/** 1, 2, … n. */
export function seqsUpTo(last: number, first = 1): number[] {
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}
