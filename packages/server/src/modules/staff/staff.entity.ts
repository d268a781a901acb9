import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, ManyToMany, PrimaryKey, Property, OptionalProps } from '@mikro-orm/core';
import { Role, staffRoles, type StaffRole } from '@onestop/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Hall } from '../halls/hall.entity.js';

/** A person who works in halls: clerk, manager or administrator. */
@ObjectType('Staff')
@Entity({ tableName: 'staff' })
export class Staff {
  [OptionalProps]?: 'active' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string', length: 32, unique: true })
  username!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  displayName!: string;

  @Field(() => Role)
  @Enum({ items: () => [...staffRoles], type: 'string' })
  role!: StaffRole;

  /** argon2id hash; never leaves the server. */
  @Property({ type: 'string', length: 255, hidden: true })
  passwordHash!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active: boolean = true;

  @ManyToMany({
    entity: () => Hall,
    pivotTable: 'staff_hall',
    joinColumn: 'staff_id',
    inverseJoinColumn: 'hall_id',
  })
  halls = new Collection<Hall>(this);

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
