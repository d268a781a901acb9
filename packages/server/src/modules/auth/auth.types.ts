import { Field, ObjectType } from 'type-graphql';
import { Staff } from '../staff/staff.entity.js';

@ObjectType('Session')
export class Session {
  @Field(() => String)
  token!: string;

  @Field(() => Staff)
  staff!: Staff;

  @Field(() => Date)
  expiresAt!: Date;
}
