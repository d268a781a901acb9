import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SegmentView as Segment, TicketView as Ticket } from '../tickets/ticket.types.js';

@ObjectType('Rating')
export class Rating {
  @Field(() => ID)
  id!: string;

  @Field(() => Ticket)
  ticket!: Ticket;

  @Field(() => Segment)
  segment!: Segment;

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
