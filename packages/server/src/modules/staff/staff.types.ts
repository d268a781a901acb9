import { Role } from '@onestop/shared';
import { Field, ID, InputType } from 'type-graphql';

@InputType('StaffInput')
export class StaffInput {
  @Field(() => String)
  username!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => [ID])
  hallIds!: string[];

  @Field(() => String, { nullable: true })
  password?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}
