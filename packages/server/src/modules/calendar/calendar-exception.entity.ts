import { Entity, ManyToOne, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import type { OpeningPeriod } from '@onestop/shared';
import { Hall } from '../halls/hall.entity.js';

/**
 * One date of a hall that differs from its weekly hours: a holiday (no periods), a swapped
 * working day (调休上班), longer hours. It applies to every service of the hall.
 */
@Entity({ tableName: 'calendar_exception' })
export class CalendarExceptionRecord {
  [PrimaryKeyProp]?: ['hall', 'date'];

  @ManyToOne({ entity: () => Hall, ref: true, primary: true, deleteRule: 'cascade' })
  hall!: Ref<Hall>;

  /** YYYY-MM-DD in the hall's time zone. */
  @Property({ type: 'string', columnType: 'date', primary: true })
  date!: string;

  @Property({ type: 'json' })
  periods!: OpeningPeriod[];

  @Property({ type: 'string', length: 100, nullable: true })
  note: string | null = null;
}
