import { randomUUID } from 'node:crypto';
import {
  Check,
  Entity,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
  type Ref,
  OptionalProps,
} from '@mikro-orm/core';
import type { AppointmentSettings, LocalizedText, RemoteJoinSettings, WeeklyHours } from '@onestop/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Hall } from '../halls/hall.entity.js';

/** Waiting this many or more in one service raises QUEUE_LONG, unless the service sets its own. */
export const defaultQueueAlertThreshold = 30;

/** A kind of business in a hall, with its own ticket prefix and queue. */
@ObjectType('Service')
@Entity({ tableName: 'service' })
@Unique({ properties: ['hall', 'code'] })
@Unique({ properties: ['hall', 'prefix'] })
// The last guard behind the validation: a ticket prefix is 1–3 capital letters.
@Check({ name: 'service_prefix_format', expression: `prefix ~ '^[A-Z]{1,3}$'` })
export class Service {
  [OptionalProps]?:
    | 'nameEn'
    | 'targetWaitMinutes'
    | 'dailyQuota'
    | 'active'
    | 'createdAt'
    | 'priorServiceMinutes'
    | 'queueAlertThreshold'
    | 'weeklyHours'
    | 'lastIssueMinutesBeforeClose'
    | 'names'
    | 'appointmentSettings'
    | 'remoteJoinSettings';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Hall, ref: true, deleteRule: 'cascade' })
  hall!: Ref<Hall>;

  @Field(() => String)
  @Property({ type: 'string', length: 32 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  nameEn: string | null = null;

  @Field(() => String)
  @Property({ type: 'string', length: 3 })
  prefix!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  targetWaitMinutes: number = 20;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  dailyQuota: number | null = null;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Field(() => Int, { description: 'Managers are alerted (QUEUE_LONG) when this many or more wait' })
  @Property({ type: 'integer', default: defaultQueueAlertThreshold })
  queueAlertThreshold: number = defaultQueueAlertThreshold;

  /** Its names per language (halls/localized-names.ts); zh-CN and en are read from name / nameEn. */
  @Property({ type: 'json', default: '[]' })
  names: LocalizedText[] = [];

  /** Its own hours within the hall's; empty: the hall's. */
  @Property({ type: 'json', default: '[]' })
  weeklyHours: WeeklyHours[] = [];

  @Field(() => Int, {
    description: 'Tickets stop being issued this many minutes before the service closes (停止取号)',
  })
  @Property({ type: 'integer', default: 0 })
  lastIssueMinutesBeforeClose: number = 0;

  /**
   * Its appointment settings as set (appointments/appointment-settings.service.ts): what was never
   * set reads as the defaults, so a service made before appointments takes none.
   */
  @Property({ type: 'json', default: '{}' })
  appointmentSettings: Partial<AppointmentSettings> = {};

  /**
   * Its remote-join settings as set (remote-join/remote-join-settings.service.ts): what was never
   * set reads as the defaults, so a service made before remote join takes no remote tickets.
   */
  @Property({ type: 'json', default: '{}' })
  remoteJoinSettings: Partial<RemoteJoinSettings> = {};

  /** The mean service time assumed while the service has little history (wait estimates). */
  @Property({ type: 'integer' })
  priorServiceMinutes: number = 8;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
