import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The last number issued per hall, prefix and service day. Issuing takes the next one with one
 * `INSERT … ON CONFLICT DO UPDATE … RETURNING`: atomic, never read-modify-write in memory.
 */
@Entity({ tableName: 'ticket_number_sequence' })
export class TicketNumberSequence {
  @PrimaryKey({ type: 'uuid' })
  hallId!: string;

  @PrimaryKey({ type: 'string', length: 3 })
  prefix!: string;

  @PrimaryKey({ type: 'string', columnType: 'date' })
  serviceDay!: string;

  @Property({ type: 'integer' })
  lastNumber!: number;
}
