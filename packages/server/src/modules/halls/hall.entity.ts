import { randomBytes, randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, type Ref, OptionalProps } from '@mikro-orm/core';
import type { LocalizedText, WeeklyHours } from '@onestop/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** One service centre. Halls form a tree: a district centre above its sub-district halls. */
@ObjectType('Hall')
@Entity({ tableName: 'hall' })
export class Hall {
  [OptionalProps]?:
    | 'nameEn'
    | 'targetWaitMinutes'
    | 'maxRecalls'
    | 'parent'
    | 'createdAt'
    | 'lastEventSeq'
    | 'active'
    | 'weeklyHours'
    | 'languages'
    | 'names'
    | 'checkInSecret';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string', length: 32, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  nameEn: string | null = null;

  @Field(() => String)
  @Property({ type: 'string', length: 64 })
  timezone!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  targetWaitMinutes: number = 20;

  @Field(() => Int)
  @Property({ type: 'integer' })
  maxRecalls: number = 2;

  @ManyToOne({ entity: () => Hall, nullable: true, ref: true, deleteRule: 'restrict' })
  parent: Ref<Hall> | null = null;

  @Field(() => Boolean, {
    description: 'An inactive hall keeps its data; its devices and its public pages are refused',
  })
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Field(() => [String], { description: 'Languages of the public screens, in the order they are shown' })
  @Property({ type: 'json', default: '["zh-CN","en"]' })
  languages: string[] = ['zh-CN', 'en'];

  /** Its names per language (localized-names.ts); zh-CN and en are read from name / nameEn. */
  @Property({ type: 'json', default: '[]' })
  names: LocalizedText[] = [];

  /** Its weekly hours (docs/domain.md, "Calendar"); empty: open all day, every day. */
  @Property({ type: 'json', default: '[]' })
  weeklyHours: WeeklyHours[] = [];

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  /** The seq of the hall's newest event: the next event takes this + 1, under this row's lock. */
  @Property({ type: 'integer', hidden: true })
  lastEventSeq: number = 0;

  /**
   * The secret its wall displays' check-in codes are derived from with the minute
   * (remote-join/check-in-code.ts): every server instance computes the same code, none stores it.
   * Never in an answer or an export.
   */
  @Property({
    type: 'string',
    length: 64,
    hidden: true,
    // As PostgreSQL prints the migration's default: a hall inserted without the ORM gets one too.
    defaultRaw: `replace(((gen_random_uuid())::text || (gen_random_uuid())::text), '-'::text, ''::text)`,
  })
  checkInSecret: string = randomBytes(32).toString('hex');
}
