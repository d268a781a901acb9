import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '@onestop/shared';
import { badInput, forbidden, notFound } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { integerInRange, requiredText } from '../../common/validation.js';
import { reachesHall, requireHall, requireRole, type Actor } from '../auth/access.js';
import { Hall } from '../halls/hall.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { validateStatsRange } from '../stats/stats.service.js';
import { Segment } from '../tickets/segment.entity.js';
import { toSegmentView, toTicketView } from '../tickets/ticket-views.js';
import { Rating } from './rating.entity.js';
import { RatingView } from './rating.types.js';

/** Ratings and their follow-up are for the hall's management (contract.md: MANAGER, ADMIN). */
const ratingReaders: readonly Role[] = [Role.ADMIN, Role.MANAGER];

/**
 * The API's view of ratings. A ticket view shows the ticket's current segment (a one-stop visit
 * may have moved on since), so those are loaded in one query for all the ratings' tickets.
 */
async function toRatingViews(em: EntityManager, ratings: readonly Rating[]): Promise<RatingView[]> {
  if (ratings.length === 0) return [];
  const ratingIds = ratings.map((rating) => rating.id);
  // A subquery rather than an IN list of ids: a year of ratings would pass PostgreSQL's limit
  // on bound parameters.
  const currents = await em
    .createQueryBuilder(Segment, 's')
    .select('*')
    .where(
      `s.id IN (SELECT DISTINCT ON (cs.ticket_id) cs.id FROM segment cs
                JOIN rating r ON r.ticket_id = cs.ticket_id
                WHERE r.id = ANY(?::uuid[])
                ORDER BY cs.ticket_id, cs.ordinal DESC)`,
      [`{${ratingIds.join(',')}}`],
    )
    .getResultList();
  const currentByTicket = new Map(currents.map((segment) => [segment.ticket.id, segment]));
  return ratings.map((rating) => {
    const segment = rating.segment.getEntity();
    const ticket = rating.ticket.getEntity();
    return Object.assign(new RatingView(), {
      id: rating.id,
      ticket: toTicketView(ticket, currentByTicket.get(ticket.id) ?? segment),
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
  requireRole(actor, ratingReaders);
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
  const principal = requireRole(actor, ratingReaders);
  const validNote = requiredText('note', note, 1000);
  const rating = await em.transactional(async (transaction) => {
    const found = isUuid(ratingId)
      ? await transaction.findOne(Rating, ratingId, { populate: ['segment', 'ticket'] })
      : null;
    if (!found) throw notFound();
    await requireHall(actor, found.hall.id, ratingReaders);
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
