import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode } from '@onestop/shared';
import { DomainError } from '../../common/domain-error.js';
import type { Clock } from '../../config.js';
import type { HallEventBus } from '../../realtime/event-bus.js';
import type { Actor } from '../auth/access.js';

/** What the queue engine's use cases (issuing, calling, transitions, counters) need from the app. */
export interface QueueDependencies {
  em: EntityManager;
  events: HallEventBus;
  clock: Clock;
  actor: Actor;
}

/** INVALID_TRANSITION, naming the status the segment (or counter) was found in. */
export function invalidTransition(status: string): DomainError {
  return new DomainError(ErrorCode.INVALID_TRANSITION, { status });
}

/** The staff member acting, for the audit trail; null for a device or a citizen. */
export function staffIdOf(actor: Actor | null): string | null {
  return actor?.principal?.kind === 'staff' ? actor.principal.staffId : null;
}

/** True for PostgreSQL's refusal of a row that the unique constraint or index `name` already holds. */
export function isUniqueViolation(error: unknown, name: string): boolean {
  const cause = error as { code?: unknown; constraint?: unknown; message?: unknown };
  return (
    (cause.code === '23505' || cause.code === 23505) &&
    (cause.constraint === name || String(cause.message).includes(name))
  );
}
