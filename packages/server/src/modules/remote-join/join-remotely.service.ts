import type { EntityManager } from '@mikro-orm/postgresql';
import {
  activeStatuses,
  ErrorCode,
  isMobilePhone,
  remoteJoinSettingsOf,
  type RemoteJoinSettings,
} from '@onestop/shared';
import { badInput, DomainError, notFound, unauthenticated } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { optionalText } from '../../common/validation.js';
import { runSql, sql } from '../../db/sql.js';
import type { HallEventBus } from '../../realtime/event-bus.js';
import type { HallEventMessage } from '../../realtime/events.js';
import { alreadyIssued, issueRemoteTicket, type IssueResult } from '../tickets/issue-ticket.service.js';
import type { QueueDependencies } from '../tickets/ticket-engine.js';
import type { JoinRemotelyInput } from './remote-join.types.js';

/** What a remote join reads of its hall, service and phone before it issues. */
interface JoinSetting {
  service_id: string | null;
  remote_join_settings: Partial<RemoteJoinSettings> | null;
  existing_ticket_id: string | null;
  /** The phone holds a remote ticket of this hall still waiting, called, served or parked today. */
  phone_busy: boolean;
  /** The service's remote tickets waiting unchecked-in today. */
  remote_waiting: number;
}

/** A bus that keeps what is published until the transaction it was published in has committed. */
function deferredBus(bus: HallEventBus, held: HallEventMessage[]): HallEventBus {
  return {
    publish: (events) => held.push(...events),
    subscribe: (hallId, listener) => bus.subscribe(hallId, listener),
    close: async () => undefined,
  };
}

/**
 * A citizen takes a place in the line from their phone (docs/domain.md, "Remote join"): a ticket
 * like the kiosk's, channel ONLINE, queued now, not called until checked in at the hall. One active
 * remote ticket per phone and hall, at most the service's `maxWaiting` waiting unchecked-in
 * (QUOTA_REACHED with `quota`); the service's calendar and quota as for any ticket
 * (SERVICE_CLOSED). The same idempotency key again answers with the same ticket.
 *
 * The joins of one hall run one at a time (a transaction-scoped advisory lock), so the limits
 * count every join committed before: fifty joins racing for the last place make one ticket.
 */
export async function joinRemotely(
  dependencies: QueueDependencies,
  input: JoinRemotelyInput,
): Promise<IssueResult> {
  const { em, events, clock, actor } = dependencies;
  const now = clock();
  // No login is needed, but a token sent and refused is refused, as everywhere.
  if (actor.tokenRejected) throw unauthenticated();
  if (!isUuid(input.hallId)) throw notFound();
  const phone = typeof input.phone === 'string' ? input.phone.trim() : '';
  if (!isMobilePhone(phone)) throw badInput('phone', { kind: 'phoneFormat' });
  const idempotencyKey = optionalText('idempotencyKey', input.idempotencyKey, 100);
  const held: HallEventMessage[] = [];
  const issued = await em.transactional(async (transaction: EntityManager) => {
    await runSql(
      transaction,
      sql`SELECT pg_advisory_xact_lock(hashtextextended(${`remote-join:${input.hallId}`}::text, 0))`,
    );
    const today = sql`(${now}::timestamptz AT TIME ZONE h.timezone)::date`;
    const [setting] = await runSql<JoinSetting>(
      transaction,
      sql`SELECT sv.id AS service_id, sv.remote_join_settings,
         (SELECT id FROM ticket WHERE hall_id = h.id AND idempotency_key = ${idempotencyKey}::text) AS existing_ticket_id,
         EXISTS (SELECT 1 FROM segment s JOIN ticket t ON t.id = s.ticket_id
                 WHERE s.hall_id = h.id AND s.service_day = ${today} AND s.status = ANY(${activeStatuses}::text[])
                   AND t.channel = 'ONLINE' AND t.phone = ${phone}::text) AS phone_busy,
         (SELECT count(*)::int FROM segment s
          WHERE s.hall_id = h.id AND s.service_day = ${today} AND s.status = 'WAITING'
            AND s.service_id = sv.id AND s.awaiting_check_in) AS remote_waiting
       FROM hall h LEFT JOIN service sv ON sv.id = ${isUuid(input.serviceId) ? input.serviceId : null}::uuid
         AND sv.hall_id = h.id
       WHERE h.id = ${input.hallId}::uuid`,
    );
    if (!setting) throw notFound();
    if (setting.existing_ticket_id) return await alreadyIssued(transaction, setting.existing_ticket_id, now);
    if (!setting.service_id) throw badInput('serviceId', { kind: 'unknown' });
    const settings = remoteJoinSettingsOf(setting.remote_join_settings);
    if (!settings.enabled) throw badInput('serviceId', { kind: 'notAllowed' });
    if (setting.phone_busy) throw new DomainError(ErrorCode.QUOTA_REACHED, { quota: 'remotePerPhone' });
    if (setting.remote_waiting >= settings.maxWaiting)
      throw new DomainError(ErrorCode.QUOTA_REACHED, { quota: 'remoteWaiting' });
    return await issueRemoteTicket(
      { ...dependencies, em: transaction, events: deferredBus(events, held) },
      { hallId: input.hallId, serviceId: setting.service_id, phone, idempotencyKey },
    );
  });
  events.publish(held);
  return issued;
}
