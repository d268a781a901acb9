import { randomUUID } from 'node:crypto';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
  type Ref,
} from '@mikro-orm/core';
import { AppointmentStatus } from '@onestop/shared';
import { Hall } from '../halls/hall.entity.js';
import { Service } from '../services/service.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';

/** A booked slot of a service (预约), from booking to check-in, a miss or a cancellation. */
@Entity({ tableName: 'appointment' })
// A code typed at the kiosk names one appointment of its hall and day.
@Unique({ name: 'appointment_check_in_code_unique', properties: ['hall', 'serviceDay', 'checkInCode'] })
@Unique({ name: 'appointment_idempotency_unique', properties: ['hall', 'idempotencyKey'] })
// What the capacity count and the per-phone limits read under their locks.
@Index({ name: 'appointment_slot_index', properties: ['service', 'slotStart'] })
@Index({ name: 'appointment_phone_index', properties: ['phone', 'status'] })
export class Appointment {
  [OptionalProps]?:
    | 'status'
    | 'name'
    | 'idempotencyKey'
    | 'bookedBy'
    | 'createdAt'
    | 'checkedInAt'
    | 'ticket'
    | 'cancelledAt'
    | 'cancelReason';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Hall, ref: true, deleteRule: 'cascade' })
  hall!: Ref<Hall>;

  @ManyToOne({ entity: () => Service, ref: true, deleteRule: 'cascade' })
  service!: Ref<Service>;

  @Enum({ items: () => Object.values(AppointmentStatus), type: 'string' })
  status: AppointmentStatus = AppointmentStatus.BOOKED;

  @Property({ type: 'datetime' })
  slotStart!: Date;

  @Property({ type: 'datetime' })
  slotEnd!: Date;

  /** The slot's day on the hall's clock: check-in codes are unique per hall and day. */
  @Property({ type: 'string', columnType: 'date' })
  serviceDay!: string;

  @Property({ type: 'string', length: 8 })
  checkInCode!: string;

  /** The citizen's secret (≥ 128 random bits): view, move, cancel. Kept as issued, like a ticket's accessCode. */
  @Property({ type: 'string', length: 64, unique: true })
  manageCode!: string;

  /** The whole number, for the limits per phone; every answer, export and log shows it masked. */
  @Property({ type: 'string', length: 11 })
  phone!: string;

  @Property({ type: 'string', length: 50, nullable: true })
  name: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey: string | null = null;

  /** The staff member who booked for a caller (电话预约); null: booked by the citizen online. */
  @ManyToOne({ entity: () => Staff, ref: true, nullable: true, deleteRule: 'set null' })
  bookedBy: Ref<Staff> | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  checkedInAt: Date | null = null;

  /** The ticket its check-in issued: checking in again answers with this one. */
  @OneToOne({ entity: () => Ticket, ref: true, nullable: true, owner: true, deleteRule: 'set null' })
  ticket: Ref<Ticket> | null = null;

  @Property({ type: 'datetime', nullable: true })
  cancelledAt: Date | null = null;

  /** Why staff cancelled it (the citizen gives none). */
  @Property({ type: 'string', length: 200, nullable: true })
  cancelReason: string | null = null;
}
