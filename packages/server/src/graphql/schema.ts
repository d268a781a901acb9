import 'reflect-metadata';
import './enums.js';
import { createPubSub } from '@graphql-yoga/subscription';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type BuildSchemaOptions } from 'type-graphql';
import { AppointmentSettingsResolver } from '../modules/appointments/appointment-settings.resolver.js';
import { AppointmentResolver } from '../modules/appointments/appointment.resolver.js';
import { BookingHallResolver } from '../modules/appointments/booking-hall.resolver.js';
import { AppointmentCheckInResolver } from '../modules/appointments/check-in.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import {
  CalendarResolver,
  HallCalendarResolver,
  ServiceCalendarResolver,
} from '../modules/calendar/calendar.resolver.js';
import { ConfigurationResolver } from '../modules/configuration/configuration.resolver.js';
import { BoardResolver } from '../modules/board/board.resolver.js';
import { CounterResolver, CounterServiceResolver } from '../modules/counters/counter.resolver.js';
import { DeviceResolver } from '../modules/devices/device.resolver.js';
import { HallResolver } from '../modules/halls/hall.resolver.js';
import { RatingResolver } from '../modules/ratings/rating.resolver.js';
import { RemoteJoinSettingsResolver } from '../modules/remote-join/remote-join-settings.resolver.js';
import { RemoteJoinResolver } from '../modules/remote-join/remote-join.resolver.js';
import { RemoteJoinServicesResolver } from '../modules/remote-join/remote-join-services.resolver.js';
import { ServiceResolver } from '../modules/services/service.resolver.js';
import { StaffResolver } from '../modules/staff/staff.resolver.js';
import { StatsResolver } from '../modules/stats/stats.resolver.js';
import {
  CounterTicketResolver,
  SegmentViewResolver,
  TicketResolver,
} from '../modules/tickets/ticket.resolver.js';
import { forgetAuthenticationAfterAccessChanges } from './access-changes.js';
import { DateTimeScalar } from './scalars.js';

/** Every resolver of the API. */
const resolvers: BuildSchemaOptions['resolvers'] = [
  AuthResolver,
  HallResolver,
  ServiceResolver,
  CounterResolver,
  CounterServiceResolver,
  StaffResolver,
  DeviceResolver,
  TicketResolver,
  SegmentViewResolver,
  CounterTicketResolver,
  BoardResolver,
  RatingResolver,
  StatsResolver,
  CalendarResolver,
  HallCalendarResolver,
  ServiceCalendarResolver,
  ConfigurationResolver,
  AppointmentSettingsResolver,
  AppointmentResolver,
  BookingHallResolver,
  AppointmentCheckInResolver,
  RemoteJoinSettingsResolver,
  RemoteJoinResolver,
  RemoteJoinServicesResolver,
];

/** Builds the executable schema (no side effects beyond type-graphql's metadata). */
export async function buildApiSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // type-graphql rc.4 demands a pubSub as soon as a Subscription exists, even when every one
    // brings its own `subscribe`; nothing publishes here until the event bus replaces it.
    pubSub: createPubSub(),
    validate: false,
    emitSchemaFile: false,
  });
  forgetAuthenticationAfterAccessChanges(schema);
  return schema;
}

/** The schema as packages/shared/schema.graphql holds it: sorted, so diffs stay small. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
