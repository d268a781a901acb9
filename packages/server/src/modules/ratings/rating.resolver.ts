import { Arg, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { notImplemented } from '../../common/domain-error.js';
import { Rating } from './rating.types.js';

@Resolver(() => Rating)
export class RatingResolver {
  @Query(() => [Rating])
  ratings(
    @Arg('hallId', () => ID) _hallId: string,
    @Arg('from', () => Date) _from: Date,
    @Arg('to', () => Date) _to: Date,
    @Arg('maxScore', () => Int, { nullable: true }) _maxScore: number | null,
  ): Rating[] {
    throw notImplemented('ratings');
  }

  @Mutation(() => Rating)
  followUpRating(
    @Arg('ratingId', () => ID) _ratingId: string,
    @Arg('note', () => String) _note: string,
  ): Rating {
    throw notImplemented('followUpRating');
  }
}
