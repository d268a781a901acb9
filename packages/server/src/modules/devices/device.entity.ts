import { randomUUID } from 'node:crypto';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  type Ref,
  OptionalProps,
} from '@mikro-orm/core';
import { deviceRoles, Role, type DeviceRole } from '@onestop/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Hall } from '../halls/hall.entity.js';

/** A kiosk or a display of a hall, known by a long-lived token stored hashed. */
@ObjectType('Device')
@Entity({ tableName: 'device' })
@Index({ properties: ['hall'] })
export class Device {
  [OptionalProps]?: 'createdAt' | 'lastSeenAt' | 'revokedAt' | 'hallId' | 'revoked';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Hall, ref: true, deleteRule: 'cascade' })
  hall!: Ref<Hall>;

  @Field(() => Role)
  @Enum({ items: () => [...deviceRoles], type: 'string' })
  role!: DeviceRole;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  /** SHA-256 of the token (hex). */
  @Property({ type: 'string', length: 64, unique: true, hidden: true })
  tokenHash!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastSeenAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  @Field(() => ID)
  get hallId(): string {
    return this.hall.id;
  }

  @Field(() => Boolean)
  get revoked(): boolean {
    return this.revokedAt !== null;
  }
}
