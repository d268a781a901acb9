import type { EntityManager } from '@mikro-orm/postgresql';
import { HallEventType, TicketStatus } from '@onestop/shared';
import { badInput, forbidden, notFound } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { integerInRange, optionalText, requiredText } from '../../common/validation.js';
import { runSql, sql } from '../../db/sql.js';
import { inHallTransaction } from '../../realtime/hall-transaction.js';
import { reachesHall, requireHall, requireRight, type Actor } from '../auth/access.js';
import { Hall } from '../halls/hall.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { validateStatsRange } from '../stats/stats.service.js';
import { lockCurrentSegment } from '../tickets/current-segment.js';
import { invalidTransition, type QueueDependencies } from '../tickets/ticket-engine.js';
import {
  currentViewsSql,
  ticketViewFromRow,
  toSegmentView,
  type TicketViewRow,
} from '../tickets/ticket-view.js';
import type { TicketView } from '../tickets/ticket.types.js';
import { Rating } from './rating.entity.js';
import { RatingView } from './rating.types.js';

/**
 * The citizen rates the latest completed, unrated segment of their ticket (好差评): once, 1–5, by
 * the ticket's access code. The score is kept on the segment too (a database trigger copies it),
 * so statistics read it without a join.
 */
export async function rateTicket(
  dependencies: Omit<QueueDependencies, 'actor'>,
  accessCode: string,
  score: number,
  comment: string | null,
): Promise<TicketView> {
  const { em, events, clock } = dependencies;
  const now = clock();
  if (!Number.isInteger(score) || score < 1 || score > 5)
    throw badInput('score', { kind: 'outOfRange', min: 1, max: 5 });
  const validComment = optionalText('comment', comment, 500);
  return await inHallTransaction(em, events, now, async (transaction, log) => {
    const current = await lockCurrentSegment(transaction, { accessCode });
    if (!current) throw notFound();
    const [rated] = await runSql<{ id: string }>(
      transaction,
      sql`SELECT s.id FROM segment s WHERE s.ticket_id = ${current.ticket_id}::uuid
            AND s.status = ${TicketStatus.DONE}::text
            AND NOT EXISTS (SELECT 1 FROM rating r WHERE r.segment_id = s.id)
          ORDER BY s.ordinal DESC LIMIT 1`,
    );
    if (!rated) throw invalidTransition(current.status);
    transaction.create(Rating, {
      hall: current.hall_id,
      ticket: current.ticket_id,
      segment: rated.id,
      score,
      comment: validComment,
      createdAt: now,
    });
    log.record(current.hall_id, {
      type: HallEventType.TICKET_RATED,
      ticketId: current.ticket_id,
      segmentId: rated.id,
      data: { ticketNumber: current.number },
    });
    return ticketViewFromRow(current);
  });
}

/**
 * The API's view of ratings. A ticket view shows the ticket's current segment (a one-stop visit
 * may have moved on since), so those are read in one statement for all the ratings' tickets.
 */
async function toRatingViews(em: EntityManager, ratings: readonly Rating[]): Promise<RatingView[]> {
  if (ratings.length === 0) return [];
  const ratingIds = ratings.map((rating) => rating.id);
  // One array of ids rather than an IN list: a year of ratings would pass PostgreSQL's limit on
  // bound parameters.
  const rows = await runSql<TicketViewRow>(
    em,
    currentViewsSql(sql`t.id IN (SELECT ticket_id FROM rating WHERE id = ANY(${ratingIds}::uuid[]))`),
  );
  const viewByTicket = new Map(rows.map((row) => [row.ticket_id, ticketViewFromRow(row)]));
  return ratings.map((rating) => {
    const segment = rating.segment.getEntity();
    return Object.assign(new RatingView(), {
      id: rating.id,
      ticket: viewByTicket.get(rating.ticket.id)!,
      segment: toSegmentView(segment),
      score: rating.score,
      comment: rating.comment,
      createdAt: rating.createdAt,
      followUpNote: rating.followUpNote,
      followedUpAt: rating.followedUpAt,
    });
  });
}

/**
 * The ratings of a hall given in [from, to), newest first; with `maxScore` only those at or below
 * it (2: the bad ones that must be followed up).
 */
export async function listRatings(
  em: EntityManager,
  actor: Actor,
  filter: { hallId: string; from: Date; to: Date; maxScore: number | null },
): Promise<RatingView[]> {
  requireRight(actor, 'readRatings');
  validateStatsRange(filter.from, filter.to);
  if (!isUuid(filter.hallId)) throw badInput('hallId', { kind: 'unknown' });
  const hallId = filter.hallId.toLowerCase();
  // Rights before existence, so a refused caller learns nothing about which halls exist.
  if (!(await reachesHall(actor, hallId))) throw forbidden();
  const maxScore = filter.maxScore == null ? null : integerInRange('maxScore', filter.maxScore, 1, 5);
  if (!(await em.findOne(Hall, hallId))) throw badInput('hallId', { kind: 'unknown' });
  const ratings = await em.find(
    Rating,
    {
      hall: hallId,
      createdAt: { $gte: filter.from, $lt: filter.to },
      ...(maxScore === null ? {} : { score: { $lte: maxScore } }),
    },
    { populate: ['segment', 'ticket'], strategy: 'joined', orderBy: { createdAt: 'desc', id: 'asc' } },
  );
  return await toRatingViews(em, ratings);
}

/**
 * A manager's follow-up of a rating (Chinese halls must follow up bad ones): the note, when and
 * by whom. Writing it again replaces it: the latest contact with the citizen is what counts.
 */
export async function followUpRating(
  em: EntityManager,
  actor: Actor,
  now: Date,
  ratingId: string,
  note: string,
): Promise<RatingView> {
  const principal = requireRight(actor, 'readRatings');
  const validNote = requiredText('note', note, 1000);
  const rating = await em.transactional(async (transaction) => {
    const found = isUuid(ratingId)
      ? await transaction.findOne(Rating, ratingId, { populate: ['segment', 'ticket'] })
      : null;
    if (!found) throw notFound();
    await requireHall(actor, found.hall.id, 'readRatings');
    found.followUpNote = validNote;
    found.followedUpAt = now;
    found.followedUpBy =
      principal.kind === 'staff'
        ? transaction.getReference(Staff, principal.staffId, { wrapped: true })
        : null;
    return found;
  });
  const [view] = await toRatingViews(em, [rating]);
  return view!;
}
