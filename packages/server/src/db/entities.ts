import { StaffSession } from '../modules/auth/session.entity.js';
import { Counter, CounterService } from '../modules/counters/counter.entity.js';
import { Device } from '../modules/devices/device.entity.js';
import { Hall } from '../modules/halls/hall.entity.js';
import { Service } from '../modules/services/service.entity.js';
import { Rating } from '../modules/ratings/rating.entity.js';
import { Staff } from '../modules/staff/staff.entity.js';
import { Segment } from '../modules/tickets/segment.entity.js';
import { TicketNumberSequence } from '../modules/tickets/ticket-number-sequence.entity.js';
import { Ticket } from '../modules/tickets/ticket.entity.js';
import { HallEventRecord } from '../realtime/hall-event.entity.js';

/** Every persisted entity, listed explicitly so the same list works from src/ and dist/. */
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
];
