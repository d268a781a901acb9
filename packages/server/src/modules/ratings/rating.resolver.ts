import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { queueDependencies, type RequestContext } from '../../graphql/context.js';
import { requireWithinRate } from '../auth/rate-limiter.js';
import { TicketView } from '../tickets/ticket.types.js';
import { followUpRating, listRatings, rateTicket } from './rating.service.js';
import { RatingView } from './rating.types.js';

@Resolver(() => RatingView)
export class RatingResolver {
  @Query(() => [RatingView])
  async ratings(
    @Arg('hallId', () => ID) hallId: string,
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('maxScore', () => Int, { nullable: true }) maxScore: number | null,
    @Ctx() context: RequestContext,
  ): Promise<RatingView[]> {
    return await listRatings(context.em, context.actor, { hallId, from, to, maxScore: maxScore ?? null });
  }

  @Mutation(() => RatingView)
  async followUpRating(
    @Arg('ratingId', () => ID) ratingId: string,
    @Arg('note', () => String) note: string,
    @Ctx() context: RequestContext,
  ): Promise<RatingView> {
    return await followUpRating(context.em, context.actor, context.app.clock(), ratingId, note);
  }

  @Mutation(() => TicketView)
  async rateTicket(
    @Arg('accessCode', () => String) accessCode: string,
    @Arg('score', () => Int) score: number,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() context: RequestContext,
  ): Promise<TicketView> {
    await requireWithinRate(context.app.requestLimits.accessCodes, context.clientAddress);
    return await rateTicket(queueDependencies(context), accessCode, score, comment ?? null);
  }
}
