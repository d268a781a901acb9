import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('AppointmentSettings')
export class AppointmentSettingsType {
  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => Int)
  slotMinutes!: number;

  @Field(() => Int, { description: 'Appointments one slot takes' })
  capacityPerSlot!: number;

  @Field(() => Int, { description: 'How many days ahead a citizen may book (today counts as day 0)' })
  horizonDays!: number;

  @Field(() => Int, { description: 'Booking a slot closes this many minutes before it starts' })
  leadMinutes!: number;

  @Field(() => Int, { description: 'Check-in is accepted from this many minutes before the slot starts …' })
  earlyCheckInMinutes!: number;

  @Field(() => Int, {
    description: '… until this many minutes after it starts; an appointment not checked in by then is MISSED',
  })
  lateCheckInMinutes!: number;
}

/** The settings to change; a setting left out keeps its value. */
@InputType('AppointmentSettingsInput')
export class AppointmentSettingsInput {
  @Field(() => Boolean, { nullable: true })
  enabled?: boolean | null;

  @Field(() => Int, { nullable: true })
  slotMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  capacityPerSlot?: number | null;

  @Field(() => Int, { nullable: true })
  horizonDays?: number | null;

  @Field(() => Int, { nullable: true })
  leadMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  earlyCheckInMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  lateCheckInMinutes?: number | null;
}
