import {
  AlertKind,
  AppointmentStatus,
  CounterStatus,
  HallEventType,
  PriorityClass,
  Role,
  StatsGroupBy,
  TicketChannel,
  TicketStatus,
  TransferPlacement,
} from '@onestop/shared';
import { registerEnumType } from 'type-graphql';

// The enums live in packages/shared so the apps use the same values; GraphQL learns them here.
registerEnumType(Role, { name: 'Role' });
registerEnumType(TicketStatus, { name: 'TicketStatus' });
registerEnumType(PriorityClass, { name: 'PriorityClass' });
registerEnumType(TicketChannel, { name: 'TicketChannel' });
registerEnumType(CounterStatus, { name: 'CounterStatus' });
registerEnumType(TransferPlacement, { name: 'TransferPlacement' });
registerEnumType(StatsGroupBy, { name: 'StatsGroupBy' });
registerEnumType(AlertKind, { name: 'AlertKind' });
registerEnumType(HallEventType, { name: 'HallEventType' });
registerEnumType(AppointmentStatus, { name: 'AppointmentStatus' });
