import { StatsGroupBy } from '@onestop/shared';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('StatsRow')
export class StatsRow {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  issued!: number;

  @Field(() => Int)
  served!: number;

  @Field(() => Int)
  noShows!: number;

  @Field(() => Int)
  cancelled!: number;

  @Field(() => Int)
  expired!: number;

  @Field(() => Float, { nullable: true })
  avgWaitSeconds!: number | null;

  @Field(() => Float, { nullable: true })
  p50WaitSeconds!: number | null;

  @Field(() => Float, { nullable: true })
  p90WaitSeconds!: number | null;

  @Field(() => Float, { nullable: true })
  maxWaitSeconds!: number | null;

  @Field(() => Float, { nullable: true })
  avgServiceSeconds!: number | null;

  @Field(() => Float, { nullable: true })
  p50ServiceSeconds!: number | null;

  @Field(() => Float, { nullable: true })
  p90ServiceSeconds!: number | null;

  @Field(() => Float, { nullable: true })
  slaRate!: number | null;

  @Field(() => Float, { nullable: true })
  noShowRate!: number | null;

  @Field(() => Float, { nullable: true })
  abandonRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean absolute error of the wait estimate given at enqueue, against the real wait',
  })
  estimateMaeSeconds!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of called segments that waited longer than their p90 estimate',
  })
  estimateUnderRate!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Called segments that waited longer than the input waitOverMinutes (null without it)',
  })
  waitedOver!: number | null;

  @Field(() => Int)
  ratings!: number;

  @Field(() => Float, { nullable: true })
  satisfactionRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Serving time over time with an open counter (COUNTER and STAFF rows)',
  })
  utilisation!: number | null;

  @Field(() => Int, {
    description:
      'Appointments not cancelled whose slot starts in the period (none in COUNTER and STAFF rows)',
  })
  appointmentsBooked!: number;

  @Field(() => Int, { description: 'Of those, the ones never checked in (MISSED)' })
  appointmentsMissed!: number;
}

@InputType('StatsInput')
export class StatsInput {
  @Field(() => ID)
  hallId!: string;

  @Field(() => Date)
  from!: Date;

  @Field(() => Date)
  to!: Date;

  @Field(() => StatsGroupBy)
  groupBy!: StatsGroupBy;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  includeChildHalls!: boolean;

  @Field(() => [ID], { nullable: true })
  serviceIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  counterIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  staffIds?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Count, in waitedOver, the called segments that waited longer than this many minutes',
  })
  waitOverMinutes?: number | null;
}
