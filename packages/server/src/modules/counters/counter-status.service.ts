import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  counterStatusAfter,
  ErrorCode,
  HallEventType,
  serviceDayOf,
  type CounterOperation,
} from '@onestop/shared';
import { DomainError, notFound } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { requiredText } from '../../common/validation.js';
import { inHallTransaction } from '../../realtime/hall-transaction.js';
import { requireHall, requireRight, type Actor } from '../auth/access.js';
import { Staff } from '../staff/staff.entity.js';
import { counterIsBusy } from '../tickets/call-ticket.service.js';
import { expirePastDays } from '../tickets/day-rollover.service.js';
import { invalidTransition, staffIdOf, type QueueDependencies } from '../tickets/ticket-engine.js';
import { Counter } from './counter.entity.js';

/**
 * A counter's status (docs/domain.md, "Counter lifecycle and the call rules"): a clerk opens it (and it is theirs until
 * closed), pauses it with a reason, resumes and closes it. The counter lifecycle table of
 * packages/shared says which change each status allows; each change is one transaction with its
 * hall event.
 */

const counterEvents: Readonly<Record<CounterOperation, HallEventType>> = {
  open: HallEventType.COUNTER_OPENED,
  pause: HallEventType.COUNTER_PAUSED,
  resume: HallEventType.COUNTER_RESUMED,
  close: HallEventType.COUNTER_CLOSED,
};

async function lockCounter(em: EntityManager, actor: Actor, counterId: string): Promise<Counter> {
  requireRight(actor, 'operateCounter');
  const counter = isUuid(counterId)
    ? await em.findOne(Counter, counterId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
    : null;
  if (!counter) throw notFound();
  await requireHall(actor, counter.hall.id, 'operateCounter');
  return counter;
}

/**
 * Applies `operation` to the counter, if its status allows it, with its event; `change` sets what
 * else the operation changes once the status is known to allow it.
 */
async function changeCounter(
  dependencies: QueueDependencies,
  counterId: string,
  operation: CounterOperation,
  change: (counter: Counter, transaction: EntityManager) => Promise<void> | void,
): Promise<Counter> {
  const { em, events, clock, actor } = dependencies;
  const now = clock();
  return await inHallTransaction(em, events, now, async (transaction, log) => {
    const counter = await lockCounter(transaction, actor, counterId);
    const hall = await counter.hall.loadOrFail();
    await expirePastDays(transaction, log, hall.id, serviceDayOf(now, hall.timezone), now);
    const status = counterStatusAfter(operation, counter.status);
    if (status === null) throw invalidTransition(counter.status);
    await change(counter, transaction);
    counter.status = status;
    log.record(counter.hall.id, {
      type: counterEvents[operation],
      counterId: counter.id,
      staffId: staffIdOf(actor),
      data: {
        counterLabel: counter.label,
        status: counter.status,
        ...(counter.pauseReason ? { reason: counter.pauseReason } : {}),
      },
    });
    return counter;
  });
}

export async function openCounter(dependencies: QueueDependencies, counterId: string): Promise<Counter> {
  return await changeCounter(dependencies, counterId, 'open', (counter, transaction) => {
    counter.pauseReason = null;
    const staffId = staffIdOf(dependencies.actor);
    counter.staff = staffId ? transaction.getReference(Staff, staffId, { wrapped: true }) : null;
  });
}

export async function pauseCounter(
  dependencies: QueueDependencies,
  counterId: string,
  reason: string,
): Promise<Counter> {
  const validReason = requiredText('reason', reason, 200);
  return await changeCounter(dependencies, counterId, 'pause', (counter) => {
    counter.pauseReason = validReason;
  });
}

export async function resumeCounter(dependencies: QueueDependencies, counterId: string): Promise<Counter> {
  return await changeCounter(dependencies, counterId, 'resume', (counter) => {
    counter.pauseReason = null;
  });
}

export async function closeCounter(dependencies: QueueDependencies, counterId: string): Promise<Counter> {
  return await changeCounter(dependencies, counterId, 'close', async (counter, transaction) => {
    // A citizen who was called must be served or released before the window closes.
    if (await counterIsBusy(transaction, counter.id)) throw new DomainError(ErrorCode.COUNTER_BUSY);
    counter.pauseReason = null;
    counter.staff = null;
  });
}
