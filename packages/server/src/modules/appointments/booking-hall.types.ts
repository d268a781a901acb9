import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalizedTextType } from '../halls/localized-text.types.js';

@ObjectType('BookingService', {
  description: 'A service that takes appointments, as the public booking page shows it',
})
export class BookingServiceType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  prefix!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  nameEn!: string | null;

  @Field(() => [LocalizedTextType])
  names!: LocalizedTextType[];

  @Field(() => Int)
  slotMinutes!: number;

  @Field(() => Int, { description: 'How many days ahead a citizen may book (today counts as day 0)' })
  horizonDays!: number;
}

@ObjectType('BookingHall', {
  description:
    "An active hall's public booking page: its names, languages and the services that take appointments",
})
export class BookingHallType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [LocalizedTextType])
  names!: LocalizedTextType[];

  @Field(() => [String], { description: 'Languages of the public screens, in the order they are shown' })
  languages!: string[];

  @Field(() => String)
  timezone!: string;

  @Field(() => [BookingServiceType])
  services!: BookingServiceType[];
}
