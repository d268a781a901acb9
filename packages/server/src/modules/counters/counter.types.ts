import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('CounterServiceInput')
export class CounterServiceInput {
  @Field(() => ID)
  serviceId!: string;

  @Field(() => Int)
  rank!: number;
}
