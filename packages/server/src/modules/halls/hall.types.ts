import { Field, InputType, Int } from 'type-graphql';

@InputType('HallSettingsInput')
export class HallSettingsInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => String, { nullable: true })
  timezone?: string | null;

  @Field(() => Int, { nullable: true })
  targetWaitMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  maxRecalls?: number | null;
}
