import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SegmentView, TicketView } from '../tickets/ticket.types.js';

/** A rating as the API shows it: with the ticket (as it stands now) and the segment rated. */
@ObjectType('Rating')
export class RatingView {
  @Field(() => ID)
  id!: string;

  @Field(() => TicketView)
  ticket!: TicketView;

  @Field(() => SegmentView)
  segment!: SegmentView;

  @Field(() => Int)
  score!: number;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => String, { nullable: true })
  followUpNote!: string | null;

  @Field(() => Date, { nullable: true })
  followedUpAt!: Date | null;
}
