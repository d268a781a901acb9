import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, type Ref, OptionalProps } from '@mikro-orm/core';
import { Staff } from '../staff/staff.entity.js';

/** A staff login. Only a hash of its token is stored. */
@Entity({ tableName: 'staff_session' })
export class StaffSession {
  [OptionalProps]?: 'revokedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Staff, ref: true, deleteRule: 'cascade' })
  staff!: Ref<Staff>;

  /** SHA-256 of the token (hex): the token itself is 256 random bits, so a fast hash suffices. */
  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', index: true })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
