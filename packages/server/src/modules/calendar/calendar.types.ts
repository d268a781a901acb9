import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('OpeningPeriod', {
  description: "From opens to closes, HH:MM in the hall's timezone, closes after opens",
})
export class OpeningPeriodType {
  @Field(() => String)
  opens!: string;

  @Field(() => String)
  closes!: string;
}

@InputType('OpeningPeriodInput')
export class OpeningPeriodInput {
  @Field(() => String)
  opens!: string;

  @Field(() => String)
  closes!: string;
}

@ObjectType('WeeklyHours')
export class WeeklyHoursType {
  @Field(() => Int, { description: '1 = Monday … 7 = Sunday' })
  weekday!: number;

  @Field(() => [OpeningPeriodType], { description: 'Empty: closed that weekday' })
  periods!: OpeningPeriodType[];
}

@InputType('WeeklyHoursInput')
export class WeeklyHoursInput {
  @Field(() => Int)
  weekday!: number;

  @Field(() => [OpeningPeriodInput])
  periods!: OpeningPeriodInput[];
}

@InputType('CalendarExceptionInput', {
  description:
    'One date that differs from the weekly hours: a holiday (no periods), a swapped working day, longer hours',
})
export class CalendarExceptionInput {
  @Field(() => String)
  date!: string;

  @Field(() => [OpeningPeriodInput])
  periods!: OpeningPeriodInput[];

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType('CalendarDay', {
  description: "One day of a hall's or a service's calendar, resolved from its weekly hours and exceptions",
})
export class CalendarDayType {
  @Field(() => String)
  date!: string;

  @Field(() => Boolean)
  open!: boolean;

  @Field(() => [OpeningPeriodType])
  periods!: OpeningPeriodType[];

  @Field(() => String, {
    nullable: true,
    description: "The exception's note (e.g. 国庆节, 调休上班), null on an ordinary day",
  })
  note!: string | null;

  @Field(() => Boolean, {
    description: 'True when the date has an exception, even one that repeats the weekly hours with no note',
  })
  exception!: boolean;
}
