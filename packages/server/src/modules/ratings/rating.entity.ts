import { randomUUID } from 'node:crypto';
import {
  Check,
  Entity,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Hall } from '../halls/hall.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { Segment } from '../tickets/segment.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';

/** A citizen's rating (好差评) of one completed segment: one per segment, 1–5. */
@Entity({ tableName: 'rating' })
@Check({ name: 'rating_score_range', expression: 'score >= 1 and score <= 5' })
// What the ratings list and its follow-up read: a hall's ratings over a period.
@Index({ properties: ['hall', 'createdAt'] })
export class Rating {
  [OptionalProps]?: 'comment' | 'followUpNote' | 'followedUpAt' | 'followedUpBy';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Hall, ref: true, deleteRule: 'cascade' })
  hall!: Ref<Hall>;

  @ManyToOne({ entity: () => Ticket, ref: true, deleteRule: 'cascade' })
  ticket!: Ref<Ticket>;

  /** Unique: a segment is rated once. */
  @ManyToOne({ entity: () => Segment, ref: true, unique: true, deleteRule: 'cascade' })
  segment!: Ref<Segment>;

  @Property({ type: 'smallint' })
  score!: number;

  @Property({ type: 'string', length: 500, nullable: true })
  comment: string | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'string', length: 1000, nullable: true })
  followUpNote: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  followedUpAt: Date | null = null;

  @ManyToOne({ entity: () => Staff, ref: true, nullable: true, deleteRule: 'set null' })
  followedUpBy: Ref<Staff> | null = null;
}
