import { ConfigError, type AppConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { InProcessHallEventBus, type HallEventBus } from './event-bus.js';
import { PostgresHallEventBus } from './postgres-event-bus.js';
import { RedisHallEventBus } from './redis-event-bus.js';

/**
 * The event bus EVENT_BUS asks for: `memory` for one instance, `postgres` (LISTEN/NOTIFY on the
 * database itself) or `redis` (pub/sub on REDIS_URL) for several behind one load balancer.
 * The cross-instance ones connect now, so a bad URL stops the start instead of a silent split.
 */
export async function createHallEventBus(
  config: AppConfig,
  databaseUrl: string,
  logger: Logger,
): Promise<HallEventBus> {
  switch (config.eventBus) {
    case 'memory':
      return new InProcessHallEventBus();
    case 'postgres':
      return await PostgresHallEventBus.start({ databaseUrl, logger });
    case 'redis':
      if (!config.redisUrl) throw new ConfigError('EVENT_BUS=redis needs REDIS_URL');
      return await RedisHallEventBus.start({ redisUrl: config.redisUrl, databaseUrl, logger });
  }
}
