import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType('LocalizedText', { description: 'A text in one language' })
export class LocalizedTextType {
  @Field(() => String)
  lang!: string;

  @Field(() => String)
  text!: string;
}

@InputType('LocalizedTextInput')
export class LocalizedTextInput {
  @Field(() => String)
  lang!: string;

  @Field(() => String)
  text!: string;
}
