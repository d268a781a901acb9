import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalizedTextInput } from './localized-text.types.js';

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

  /** A new parent hall; null makes the hall a top one (ADMIN only). Absent: unchanged. */
  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;

  @Field(() => [String], { nullable: true })
  languages?: string[] | null;

  @Field(() => [LocalizedTextInput], { nullable: true })
  names?: LocalizedTextInput[] | null;
}

@InputType('CreateHallInput')
export class CreateHallInput {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => String)
  timezone!: string;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => Int, { nullable: true })
  targetWaitMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  maxRecalls?: number | null;
}
