import { randomUUID } from 'node:crypto';
import {
  Collection,
  Entity,
  Enum,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  Unique,
  type Ref,
  OptionalProps,
} from '@mikro-orm/core';
import { CounterStatus } from '@onestop/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Hall } from '../halls/hall.entity.js';
import { Service } from '../services/service.entity.js';
import { Staff } from '../staff/staff.entity.js';

/** A window where a clerk serves citizens. */
@ObjectType('Counter')
@Entity({ tableName: 'counter' })
@Unique({ properties: ['hall', 'label'] })
export class Counter {
  [OptionalProps]?: 'status' | 'pauseReason' | 'staff' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Hall, ref: true, deleteRule: 'cascade' })
  hall!: Ref<Hall>;

  @Field(() => String)
  @Property({ type: 'string', length: 32 })
  label!: string;

  @Field(() => CounterStatus)
  @Enum({ items: () => Object.values(CounterStatus), type: 'string' })
  status: CounterStatus = CounterStatus.CLOSED;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  pauseReason: string | null = null;

  /** The clerk who opened the counter, while it is open or paused. */
  @ManyToOne({ entity: () => Staff, ref: true, nullable: true, deleteRule: 'set null' })
  staff: Ref<Staff> | null = null;

  @OneToMany({ entity: () => CounterService, mappedBy: 'counter', orderBy: { rank: 'asc' } })
  services = new Collection<CounterService>(this);

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

/** A service a counter serves, with its rank there (1 = primary). */
@ObjectType('CounterService')
@Entity({ tableName: 'counter_service' })
export class CounterService {
  @ManyToOne({ entity: () => Counter, primary: true, ref: true, deleteRule: 'cascade' })
  counter!: Ref<Counter>;

  @ManyToOne({ entity: () => Service, primary: true, ref: true, deleteRule: 'cascade' })
  service!: Ref<Service>;

  @Field(() => Int, {
    description:
      '1 = primary; a higher rank is served when no lower rank waits, unless a ticket waited past its target',
  })
  @Property({ type: 'integer' })
  rank!: number;
}
