import { randomUUID } from 'node:crypto';
import {
  Entity,
  Enum,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
  type Ref,
} from '@mikro-orm/core';
import { PriorityClass, TicketChannel } from '@onestop/shared';
import { Hall } from '../halls/hall.entity.js';

/** One citizen visit under one number; its segments are the passes through services. */
@Entity({ tableName: 'ticket' })
// The last guard against a number issued twice in a day, behind the atomic counter.
@Unique({ name: 'ticket_number_unique', properties: ['hall', 'prefix', 'serviceDay', 'sequence'] })
@Unique({ name: 'ticket_idempotency_unique', properties: ['hall', 'idempotencyKey'] })
export class Ticket {
  [OptionalProps]?: 'phone' | 'idempotencyKey' | 'route';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Hall, ref: true, deleteRule: 'cascade' })
  hall!: Ref<Hall>;

  /** The calendar day in the hall's timezone the number belongs to (YYYY-MM-DD). */
  @Property({ type: 'string', columnType: 'date' })
  serviceDay!: string;

  @Property({ type: 'string', length: 3 })
  prefix!: string;

  @Property({ type: 'integer' })
  sequence!: number;

  /** The number as printed and called: prefix + zero-padded sequence (A001). */
  @Property({ type: 'string', length: 16 })
  number!: string;

  @Enum({ items: () => Object.values(PriorityClass), type: 'string' })
  priority!: PriorityClass;

  @Enum({ items: () => Object.values(TicketChannel), type: 'string' })
  channel!: TicketChannel;

  /**
   * The citizen's secret (≥ 128 random bits). Kept as issued, not hashed: a kiosk retrying with its
   * idempotency key, or a clerk reprinting, must get the same code back.
   */
  @Property({ type: 'string', length: 64, unique: true })
  accessCode!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey: string | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  phone: string | null = null;

  /** Services still to visit after the current segment's, in order. */
  @Property({ type: 'json' })
  route: string[] = [];

  @Property({ type: 'datetime' })
  issuedAt!: Date;
}
