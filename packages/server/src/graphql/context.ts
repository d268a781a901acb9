import type { EntityManager } from '@mikro-orm/postgresql';
import type { Locale } from '@onestop/shared';
import type { AppConfig, Clock } from '../config.js';
import type { Logger } from '../logger.js';
import type { Actor } from '../modules/auth/access.js';
import type { AuthenticationCache } from '../modules/auth/authentication-cache.js';
import type { RateLimits } from '../modules/auth/rate-limits.js';
import type { QueueDependencies } from '../modules/tickets/ticket-engine.js';
import type { HallEventBus } from '../realtime/event-bus.js';
import type { HallFeeds } from '../modules/board/hall-feeds.js';
import type { LiveConnections } from '../realtime/live-connections.js';

/** Long-lived parts of the app that resolvers and services use. */
export interface AppServices extends RateLimits {
  config: AppConfig;
  clock: Clock;
  logger: Logger;
  /** Committed hall events, to real-time subscribers. */
  events: HallEventBus;
  /** Live views shared by their subscribers. */
  feeds: HallFeeds;
  /** Open WebSocket connections by device and staff member, to end when access is taken away. */
  connections: LiveConnections;
  /** Who tokens belong to, read in the last few seconds; forgotten by every mutation that may change it. */
  authentication: AuthenticationCache;
}

/** What every resolver receives: one per HTTP request and one per WebSocket operation. */
export interface RequestContext {
  /** A forked EntityManager of its own. */
  em: EntityManager;
  actor: Actor;
  locale: Locale;
  clientAddress: string;
  /** The bearer token as sent (logout revokes it). */
  token: string | null;
  app: AppServices;
}

/** What the queue engine's use cases need, from a request's context. */
export function queueDependencies(context: RequestContext): QueueDependencies {
  return { em: context.em, events: context.app.events, clock: context.app.clock, actor: context.actor };
}
