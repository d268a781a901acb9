import { Field, InputType, Int } from 'type-graphql';
import { LocalizedTextInput } from '../halls/localized-text.types.js';

@InputType('ServiceInput')
export class ServiceInput {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => String)
  prefix!: string;

  @Field(() => Int, { nullable: true })
  targetWaitMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  dailyQuota?: number | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Waiting count that raises QUEUE_LONG; unset keeps the current value (30 for a new service)',
  })
  queueAlertThreshold?: number | null;

  @Field(() => Int, { nullable: true })
  lastIssueMinutesBeforeClose?: number | null;

  @Field(() => [LocalizedTextInput], { nullable: true })
  names?: LocalizedTextInput[] | null;
}
