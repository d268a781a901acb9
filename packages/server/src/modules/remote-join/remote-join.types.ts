import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalizedTextType } from '../halls/localized-text.types.js';
import { WaitEstimate } from '../tickets/ticket.types.js';

@ObjectType('RemoteJoinSettings')
export class RemoteJoinSettingsType {
  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => Int, {
    description: 'At most this many remote tickets of the service wait unchecked-in at once',
  })
  maxWaiting!: number;

  @Field(() => Int, {
    description: 'A remote ticket is asked to check in when this many people or fewer are ahead of it',
  })
  checkInAhead!: number;

  @Field(() => Int, {
    description:
      'Passed over because it was not checked in, a remote ticket keeps its place this long; checked in later, it queues at its check-in time',
  })
  holdMinutes!: number;
}

/** The settings to change; a setting left out keeps its value. */
@InputType('RemoteJoinSettingsInput')
export class RemoteJoinSettingsInput {
  @Field(() => Boolean, { nullable: true })
  enabled?: boolean | null;

  @Field(() => Int, { nullable: true })
  maxWaiting?: number | null;

  @Field(() => Int, { nullable: true })
  checkInAhead?: number | null;

  @Field(() => Int, { nullable: true })
  holdMinutes?: number | null;
}

@InputType('JoinRemotelyInput')
export class JoinRemotelyInput {
  @Field(() => ID)
  hallId!: string;

  @Field(() => ID)
  serviceId!: string;

  @Field(() => String)
  phone!: string;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@ObjectType('RemoteJoinService', {
  description: 'A service that takes remote tickets, as the public booking page offers it',
})
export class RemoteJoinServiceType {
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

  @Field(() => Boolean, { description: 'Whether it issues tickets now: a remote ticket can be taken' })
  issuingNow!: boolean;

  @Field(() => Int, { description: 'People waiting who can be called: those ahead of a ticket taken now' })
  waiting!: number;

  @Field(() => WaitEstimate, {
    nullable: true,
    description: 'The wait of a ticket taken now, while it issues',
  })
  estimate!: WaitEstimate | null;
}
