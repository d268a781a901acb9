import { Role } from '@onestop/shared';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('DeviceToken')
export class DeviceToken {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  hallId!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Shown once, when created' })
  token!: string;
}
