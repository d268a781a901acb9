import { AppointmentStatus } from '@onestop/shared';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('Slot')
export class SlotType {
  @Field(() => Date)
  start!: Date;

  @Field(() => Date)
  end!: Date;

  @Field(() => Int)
  capacity!: number;

  @Field(() => Int)
  booked!: number;

  @Field(() => Int)
  available!: number;
}

/** An appointment as the API shows it: the phone number only masked. */
@ObjectType('Appointment')
export class AppointmentType {
  @Field(() => ID)
  id!: string;

  hallId!: string;

  serviceId!: string;

  @Field(() => AppointmentStatus)
  status!: AppointmentStatus;

  @Field(() => Date)
  slotStart!: Date;

  @Field(() => Date)
  slotEnd!: Date;

  @Field(() => String, {
    description: 'Short code the citizen types or scans at the kiosk; unique in its hall and day',
  })
  checkInCode!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  checkedInAt!: Date | null;

  /** The ticket its check-in issued (the `ticket` field resolves it). */
  ticketId!: string | null;

  @Field(() => String, { description: 'The phone number with its middle digits hidden (138****5678)' })
  phoneMasked!: string;

  @Field(() => String, { nullable: true })
  name!: string | null;
}

@ObjectType('BookedAppointment', {
  description:
    'What the citizen keeps. manageCode is an unguessable secret that lets its holder view, move or cancel the booking.',
})
export class BookedAppointmentType {
  @Field(() => AppointmentType)
  appointment!: AppointmentType;

  @Field(() => String)
  manageCode!: string;
}

@InputType('BookAppointmentInput')
export class BookAppointmentInput {
  @Field(() => ID)
  hallId!: string;

  @Field(() => ID)
  serviceId!: string;

  @Field(() => Date)
  slotStart!: Date;

  @Field(() => String, { description: 'A mainland mobile number, 11 digits' })
  phone!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A retry with the same key returns the first booking instead of a second one',
  })
  idempotencyKey?: string | null;
}
