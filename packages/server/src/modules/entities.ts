import { Appointment } from './appointments/appointment.entity.js';
import { StaffSession } from './auth/session.entity.js';
import { CalendarExceptionRecord } from './calendar/calendar-exception.entity.js';
import { Counter, CounterService } from './counters/counter.entity.js';
import { Device } from './devices/device.entity.js';
import { HallEventRecord } from './halls/hall-event.entity.js';
import { Hall } from './halls/hall.entity.js';
import { Rating } from './ratings/rating.entity.js';
import { Service } from './services/service.entity.js';
import { Staff } from './staff/staff.entity.js';
import { Segment } from './tickets/segment.entity.js';
import { TicketNumberSequence } from './tickets/ticket-number-sequence.entity.js';
import { Ticket } from './tickets/ticket.entity.js';

/**
 * Every persisted entity, listed explicitly so the same list works from src/ and dist/. The
 * ORM's configuration (db/orm.ts) is handed this list; db/ knows no module.
 */
export const entities = [
  Hall,
  Service,
  Counter,
  CounterService,
  Staff,
  StaffSession,
  Device,
  Ticket,
  Segment,
  TicketNumberSequence,
  HallEventRecord,
  Rating,
  CalendarExceptionRecord,
  Appointment,
];
