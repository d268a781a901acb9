import { randomUUID } from 'node:crypto';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
  type Ref,
} from '@mikro-orm/core';
import { PriorityClass, TicketStatus } from '@onestop/shared';
import { Counter } from '../counters/counter.entity.js';
import { Hall } from '../halls/hall.entity.js';
import { Service } from '../services/service.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { Ticket } from './ticket.entity.js';

/** One wait-and-serve pass of a ticket through one service. Statistics are computed from these. */
@Entity({ tableName: 'segment' })
@Unique({ properties: ['ticket', 'ordinal'] })
// What callNext scans: the waiting segments of a hall's day.
@Index({ name: 'segment_waiting_index', properties: ['hall', 'serviceDay', 'status', 'service'] })
@Index({ properties: ['counter', 'status'] })
// The wait estimate's readings per service, which must not scan a year of segments: the last
// services done, and the calls of the last half hour.
@Index({
  name: 'segment_service_done_index',
  expression: `create index "segment_service_done_index" on "segment" ("service_id", "ended_at" desc) where "status" = 'DONE'`,
})
@Index({
  name: 'segment_service_called_index',
  expression: `create index "segment_service_called_index" on "segment" ("service_id", "called_at") where "called_at" is not null`,
})
// The estimate's reading of its hall's newest estimates beside their waits (the p90's calibration).
@Index({
  name: 'segment_hall_estimated_calls_index',
  expression: `create index "segment_hall_estimated_calls_index" on "segment" ("hall_id", "called_at" desc) where "called_at" is not null and "estimate_p50_minutes" is not null`,
})
// Each queue's head by priority class, in order of arrival: what callNext and a counter's queue read.
@Index({
  name: 'segment_queue_head_index',
  expression: `create index "segment_queue_head_index" on "segment" ("service_id", "service_day", "priority", "queued_at", "id") where "status" = 'WAITING'`,
})
// A counter holds one CALLED or SERVING ticket at most (callNext relies on it under concurrency).
@Index({
  name: 'segment_counter_holding_index',
  expression: `create unique index "segment_counter_holding_index" on "segment" ("counter_id") where "status" in ('CALLED', 'SERVING')`,
})
export class Segment {
  [OptionalProps]?:
    | 'status'
    | 'calledAt'
    | 'servingAt'
    | 'endedAt'
    | 'counter'
    | 'staff'
    | 'recallCount'
    | 'outcome'
    | 'estimateP50Minutes'
    | 'estimateP90Minutes'
    | 'peopleAheadAtQueue'
    | 'ratingScore'
    | 'awaitingCheckIn';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Ticket, ref: true, deleteRule: 'cascade' })
  ticket!: Ref<Ticket>;

  /** 1 for the first service of the visit, then 2, 3 … (transfers and the route). */
  @Property({ type: 'integer' })
  ordinal!: number;

  /** Copied from the ticket so the queue query needs no join. */
  @ManyToOne({ entity: () => Hall, ref: true, deleteRule: 'cascade' })
  hall!: Ref<Hall>;

  @Property({ type: 'string', columnType: 'date' })
  serviceDay!: string;

  @Enum({ items: () => Object.values(PriorityClass), type: 'string' })
  priority!: PriorityClass;

  @ManyToOne({ entity: () => Service, ref: true, deleteRule: 'cascade' })
  service!: Ref<Service>;

  @Enum({ items: () => Object.values(TicketStatus), type: 'string' })
  status: TicketStatus = TicketStatus.WAITING;

  @Property({ type: 'datetime' })
  queuedAt!: Date;

  /**
   * A remote ticket's first segment until it is checked in at the hall (docs/domain.md, "Remote
   * join"): it keeps its place in the line but is never called, and nobody counts it as ahead.
   */
  @Property({ type: 'boolean', default: false })
  awaitingCheckIn: boolean = false;

  /** The first call; recalls do not move it (wait = calledAt − queuedAt). */
  @Property({ type: 'datetime', nullable: true })
  calledAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  servingAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  endedAt: Date | null = null;

  @ManyToOne({ entity: () => Counter, ref: true, nullable: true, deleteRule: 'set null' })
  counter: Ref<Counter> | null = null;

  @ManyToOne({ entity: () => Staff, ref: true, nullable: true, deleteRule: 'set null' })
  staff: Ref<Staff> | null = null;

  @Property({ type: 'integer' })
  recallCount: number = 0;

  @Property({ type: 'string', length: 200, nullable: true })
  outcome: string | null = null;

  /** The estimate given when the segment joined its queue; statistics report its error. */
  @Property({ type: 'integer', nullable: true, fieldName: 'estimate_p50_minutes' })
  estimateP50Minutes: number | null = null;

  @Property({ type: 'integer', nullable: true, fieldName: 'estimate_p90_minutes' })
  estimateP90Minutes: number | null = null;

  /**
   * The callable people ahead when the segment joined its queue at that moment (null when it
   * joined at another time — a transfer to the front, an appointment at its slot — or from a
   * phone, or before this was kept): with its wait, the minutes a place took (wait estimate).
   */
  @Property({ type: 'integer', nullable: true, fieldName: 'people_ahead_at_queue' })
  peopleAheadAtQueue: number | null = null;

  /**
   * The citizen's rating score, copied from the rating by a database trigger
   * (rating_copies_score_to_segment): statistics read it without joining a year of ratings.
   * The rating row stays the record (comment, follow-up); never written from here.
   */
  @Property({ type: 'smallint', nullable: true, fieldName: 'rating_score' })
  ratingScore: number | null = null;

  /**
   * Seconds from queuing to the first call, kept by PostgreSQL (a stored generated column):
   * a year's statistics read it instead of computing an interval per segment per report.
   */
  @Property({
    type: 'double',
    nullable: true,
    generated: `(date_part('epoch', called_at - queued_at)) stored`,
  })
  waitSeconds?: number | null;

  /** Seconds from serving to the end (statistics count it for DONE and TRANSFERRED only), likewise kept. */
  @Property({
    type: 'double',
    nullable: true,
    generated: `(date_part('epoch', ended_at - serving_at)) stored`,
  })
  serviceSeconds?: number | null;
}
