import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { HallEventType } from '@onestop/shared';
import type { HallEventData } from '../../realtime/events.js';
import { Hall } from './hall.entity.js';

/**
 * Append-only record of every state change in a hall, with a per-hall gapless `seq`, written in
 * the same transaction as the change: the source of the real-time stream and the audit trail.
 */
@Entity({ tableName: 'hall_event' })
// Counter events only (a few per counter per day among every ticket's events): statistics read a
// counter's OPEN spans in a window, and its state when the window opened, from this index alone.
@Index({
  name: 'hall_event_counter_state_index',
  expression: `create index "hall_event_counter_state_index" on "hall_event" ("counter_id", "at", "seq") include ("staff_id", "type") where "type" in ('COUNTER_OPENED', 'COUNTER_PAUSED', 'COUNTER_RESUMED', 'COUNTER_CLOSED')`,
})
export class HallEventRecord {
  @ManyToOne({ entity: () => Hall, ref: true, primary: true, deleteRule: 'cascade' })
  hall!: Ref<Hall>;

  @PrimaryKey({ type: 'integer' })
  seq!: number;

  @Enum({ items: () => Object.values(HallEventType), type: 'string' })
  type!: HallEventType;

  @Property({ type: 'datetime' })
  at!: Date;

  @Property({ type: 'uuid', nullable: true })
  ticketId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  segmentId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  counterId: string | null = null;

  /** Who did it (audit): a staff member, or null for citizens, kiosks and the day's end. */
  @Property({ type: 'uuid', nullable: true })
  staffId: string | null = null;

  @Property({ type: 'json' })
  data: HallEventData = {};
}
