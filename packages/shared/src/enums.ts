/**
 * The enums of the API contract, as plain objects so that the server can register them
 * with GraphQL and the apps can use them without any server code.
 */

/** Who a token belongs to: staff roles and device roles. */
export const Role = {
  ADMIN: 'ADMIN',
  MANAGER: 'MANAGER',
  CLERK: 'CLERK',
  KIOSK: 'KIOSK',
  DISPLAY: 'DISPLAY',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

/** Roles a staff account can have. */
export const staffRoles = [Role.ADMIN, Role.MANAGER, Role.CLERK] as const;
export type StaffRole = (typeof staffRoles)[number];

/** Roles a device token can have. */
export const deviceRoles = [Role.KIOSK, Role.DISPLAY] as const;
export type DeviceRole = (typeof deviceRoles)[number];

/** The status of a ticket's segment (see the lifecycle in docs/domain.md). */
export const TicketStatus = {
  WAITING: 'WAITING',
  CALLED: 'CALLED',
  SERVING: 'SERVING',
  PARKED: 'PARKED',
  DONE: 'DONE',
  NO_SHOW: 'NO_SHOW',
  CANCELLED: 'CANCELLED',
  TRANSFERRED: 'TRANSFERRED',
  EXPIRED: 'EXPIRED',
} as const;
export type TicketStatus = (typeof TicketStatus)[keyof typeof TicketStatus];

/** Priority need declared when a ticket is taken. */
export const PriorityClass = { NORMAL: 'NORMAL', PRIORITY: 'PRIORITY' } as const;
export type PriorityClass = (typeof PriorityClass)[keyof typeof PriorityClass];

/** Where a ticket came from. */
export const TicketChannel = {
  KIOSK: 'KIOSK',
  ONLINE: 'ONLINE',
  STAFF: 'STAFF',
  APPOINTMENT: 'APPOINTMENT',
} as const;
export type TicketChannel = (typeof TicketChannel)[keyof typeof TicketChannel];

/** Where an appointment stands: booked, checked in at the kiosk, missed its window, or cancelled. */
export const AppointmentStatus = {
  BOOKED: 'BOOKED',
  CHECKED_IN: 'CHECKED_IN',
  MISSED: 'MISSED',
  CANCELLED: 'CANCELLED',
} as const;
export type AppointmentStatus = (typeof AppointmentStatus)[keyof typeof AppointmentStatus];

/** Whether a counter calls tickets. */
export const CounterStatus = { CLOSED: 'CLOSED', OPEN: 'OPEN', PAUSED: 'PAUSED' } as const;
export type CounterStatus = (typeof CounterStatus)[keyof typeof CounterStatus];

/** Where a transferred ticket joins its new queue. */
export const TransferPlacement = { FRONT: 'FRONT', BY_ARRIVAL: 'BY_ARRIVAL' } as const;
export type TransferPlacement = (typeof TransferPlacement)[keyof typeof TransferPlacement];

/** How statistics rows are grouped. */
export const StatsGroupBy = {
  HALL: 'HALL',
  SERVICE: 'SERVICE',
  COUNTER: 'COUNTER',
  STAFF: 'STAFF',
  DAY: 'DAY',
  HOUR_OF_DAY: 'HOUR_OF_DAY',
  /** How the ticket was taken: walk-in (KIOSK), APPOINTMENT, remote (ONLINE) or by STAFF. */
  CHANNEL: 'CHANNEL',
} as const;
export type StatsGroupBy = (typeof StatsGroupBy)[keyof typeof StatsGroupBy];

/** What a manager is alerted to. */
export const AlertKind = {
  QUEUE_LONG: 'QUEUE_LONG',
  WAIT_OVER_TARGET: 'WAIT_OVER_TARGET',
  DEVICE_OFFLINE: 'DEVICE_OFFLINE',
  NO_OPEN_COUNTER: 'NO_OPEN_COUNTER',
  /** A counter stays OPEN while no workstation follows it (the clerk's client vanished). */
  COUNTER_UNATTENDED: 'COUNTER_UNATTENDED',
  /** Citizens still wait for a service whose hours are over: counters must keep calling them. */
  WAITING_AFTER_HOURS: 'WAITING_AFTER_HOURS',
} as const;
export type AlertKind = (typeof AlertKind)[keyof typeof AlertKind];

/** Every kind of state change recorded in a hall's event log. */
export const HallEventType = {
  TICKET_ISSUED: 'TICKET_ISSUED',
  TICKET_CALLED: 'TICKET_CALLED',
  TICKET_RECALLED: 'TICKET_RECALLED',
  SERVING_STARTED: 'SERVING_STARTED',
  TICKET_COMPLETED: 'TICKET_COMPLETED',
  TICKET_NO_SHOW: 'TICKET_NO_SHOW',
  TICKET_REQUEUED: 'TICKET_REQUEUED',
  TICKET_TRANSFERRED: 'TICKET_TRANSFERRED',
  TICKET_PARKED: 'TICKET_PARKED',
  TICKET_RESUMED: 'TICKET_RESUMED',
  TICKET_CANCELLED: 'TICKET_CANCELLED',
  TICKET_EXPIRED: 'TICKET_EXPIRED',
  TICKET_RATED: 'TICKET_RATED',
  /** A remote ticket checked in at the hall: from now on it can be called. */
  TICKET_CHECKED_IN: 'TICKET_CHECKED_IN',
  COUNTER_OPENED: 'COUNTER_OPENED',
  COUNTER_PAUSED: 'COUNTER_PAUSED',
  COUNTER_RESUMED: 'COUNTER_RESUMED',
  COUNTER_CLOSED: 'COUNTER_CLOSED',
} as const;
export type HallEventType = (typeof HallEventType)[keyof typeof HallEventType];
