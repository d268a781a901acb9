import { PriorityClass, TicketChannel, TicketStatus } from '@onestop/shared';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('WaitEstimate', {
  description:
    'A range, not a promise: half of the citizens are called within p50Minutes, nine in ten within p90Minutes',
})
export class WaitEstimate {
  @Field(() => Int)
  p50Minutes!: number;

  @Field(() => Int)
  p90Minutes!: number;
}

/** A segment as the API shows it; relations are resolved by SegmentViewResolver. */
@ObjectType('Segment', {
  description:
    'One wait-and-serve pass of a ticket through one service; statistics are computed from segments',
})
export class SegmentView {
  @Field(() => ID)
  id!: string;

  serviceId!: string;
  counterId!: string | null;
  staffId!: string | null;

  @Field(() => TicketStatus)
  status!: TicketStatus;

  @Field(() => Date)
  queuedAt!: Date;

  @Field(() => Date, { nullable: true })
  calledAt!: Date | null;

  @Field(() => Date, { nullable: true })
  servingAt!: Date | null;

  @Field(() => Date, { nullable: true })
  endedAt!: Date | null;

  @Field(() => Int)
  recallCount!: number;

  @Field(() => String, { nullable: true })
  outcome!: string | null;

  @Field(() => WaitEstimate, { nullable: true })
  estimate!: WaitEstimate | null;

  @Field(() => Int, { nullable: true, description: "The citizen's rating of this segment (1–5), once rated" })
  rating!: number | null;
}

/** A ticket as the API shows it: the visit plus its current segment's state. */
@ObjectType('Ticket', {
  description: 'One citizen visit, one number; its top-level fields mirror its current segment',
})
export class TicketView {
  @Field(() => ID)
  id!: string;

  hallId!: string;
  serviceId!: string;
  counterId!: string | null;
  segmentId!: string;
  serviceDay!: string;
  routeServiceIds!: string[];

  @Field(() => String)
  number!: string;

  @Field(() => TicketStatus)
  status!: TicketStatus;

  @Field(() => PriorityClass)
  priority!: PriorityClass;

  @Field(() => TicketChannel)
  channel!: TicketChannel;

  @Field(() => Date)
  issuedAt!: Date;

  @Field(() => Date)
  queuedAt!: Date;

  @Field(() => Date, { nullable: true })
  calledAt!: Date | null;

  @Field(() => Date, { nullable: true })
  servingAt!: Date | null;

  @Field(() => Date, { nullable: true })
  endedAt!: Date | null;

  @Field(() => Int)
  recallCount!: number;

  /** The estimate its current segment was given on joining its queue (the field resolver moves it while WAITING). */
  estimate!: WaitEstimate | null;

  @Field(() => Boolean, {
    description:
      'False for a remote ticket until it is checked in at the hall: it keeps its place but is not called',
  })
  checkedIn!: boolean;
}

@ObjectType('IssuedTicket', {
  description:
    'What a kiosk prints. accessCode is an unguessable secret that lets its holder follow, cancel and rate the ticket.',
})
export class IssuedTicket {
  @Field(() => TicketView)
  ticket!: TicketView;

  @Field(() => String)
  accessCode!: string;

  @Field(() => Int)
  peopleAhead!: number;

  @Field(() => WaitEstimate, { nullable: true })
  estimate!: WaitEstimate | null;
}

@InputType('IssueTicketInput')
export class IssueTicketInput {
  @Field(() => ID)
  hallId!: string;

  @Field(() => ID)
  serviceId!: string;

  @Field(() => PriorityClass, { nullable: true, defaultValue: PriorityClass.NORMAL })
  priority!: PriorityClass;

  @Field(() => TicketChannel, { nullable: true, defaultValue: TicketChannel.KIOSK })
  channel!: TicketChannel;

  @Field(() => String, {
    nullable: true,
    description: 'A retry with the same key returns the first ticket instead of issuing a second one',
  })
  idempotencyKey?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Further services of a one-stop visit, served in order under the same number',
  })
  route?: string[] | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}
