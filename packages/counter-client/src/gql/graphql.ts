/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AlertKind =
  | 'COUNTER_UNATTENDED'
  | 'DEVICE_OFFLINE'
  | 'NO_OPEN_COUNTER'
  | 'QUEUE_LONG'
  | 'WAITING_AFTER_HOURS'
  | 'WAIT_OVER_TARGET';

export type AppointmentSettingsInput = {
  capacityPerSlot?: number | null | undefined;
  earlyCheckInMinutes?: number | null | undefined;
  enabled?: boolean | null | undefined;
  horizonDays?: number | null | undefined;
  lateCheckInMinutes?: number | null | undefined;
  leadMinutes?: number | null | undefined;
  slotMinutes?: number | null | undefined;
};

export type AppointmentStatus = 'BOOKED' | 'CANCELLED' | 'CHECKED_IN' | 'MISSED';

export type BookAppointmentInput = {
  hallId: string | number;
  /** A retry with the same key returns the first booking instead of a second one */
  idempotencyKey?: string | null | undefined;
  name?: string | null | undefined;
  /** A mainland mobile number, 11 digits */
  phone: string;
  serviceId: string | number;
  slotStart: string;
};

/** One date that differs from the weekly hours: a holiday (no periods), a swapped working day, longer hours */
export type CalendarExceptionInput = {
  date: string;
  note?: string | null | undefined;
  periods: Array<OpeningPeriodInput>;
};

export type CounterServiceInput = {
  rank: number;
  serviceId: string | number;
};

export type CounterStatus = 'CLOSED' | 'OPEN' | 'PAUSED';

export type CreateHallInput = {
  code: string;
  maxRecalls?: number | null | undefined;
  name: string;
  nameEn?: string | null | undefined;
  parentId?: string | number | null | undefined;
  targetWaitMinutes?: number | null | undefined;
  timezone: string;
};

export type HallSettingsInput = {
  active?: boolean | null | undefined;
  languages?: Array<string> | null | undefined;
  maxRecalls?: number | null | undefined;
  name?: string | null | undefined;
  nameEn?: string | null | undefined;
  names?: Array<LocalizedTextInput> | null | undefined;
  parentId?: string | number | null | undefined;
  targetWaitMinutes?: number | null | undefined;
  timezone?: string | null | undefined;
};

export type LocalizedTextInput = {
  lang: string;
  text: string;
};

export type OpeningPeriodInput = {
  closes: string;
  opens: string;
};

export type PriorityClass = 'NORMAL' | 'PRIORITY';

export type RemoteJoinSettingsInput = {
  checkInAhead?: number | null | undefined;
  enabled?: boolean | null | undefined;
  holdMinutes?: number | null | undefined;
  maxWaiting?: number | null | undefined;
};

export type Role = 'ADMIN' | 'CLERK' | 'DISPLAY' | 'KIOSK' | 'MANAGER';

export type ServiceInput = {
  active?: boolean | null | undefined;
  code: string;
  dailyQuota?: number | null | undefined;
  lastIssueMinutesBeforeClose?: number | null | undefined;
  name: string;
  nameEn?: string | null | undefined;
  names?: Array<LocalizedTextInput> | null | undefined;
  prefix: string;
  /** Waiting count that raises QUEUE_LONG; unset keeps the current value (30 for a new service) */
  queueAlertThreshold?: number | null | undefined;
  targetWaitMinutes?: number | null | undefined;
};

export type StaffInput = {
  active?: boolean | null | undefined;
  displayName: string;
  hallIds: Array<string | number>;
  password?: string | null | undefined;
  role: Role;
  username: string;
};

export type StatsGroupBy = 'CHANNEL' | 'COUNTER' | 'DAY' | 'HALL' | 'HOUR_OF_DAY' | 'SERVICE' | 'STAFF';

export type StatsInput = {
  counterIds?: Array<string | number> | null | undefined;
  from: string;
  groupBy: StatsGroupBy;
  hallId: string | number;
  includeChildHalls?: boolean | null | undefined;
  serviceIds?: Array<string | number> | null | undefined;
  staffIds?: Array<string | number> | null | undefined;
  to: string;
  /** Count, in waitedOver, the called segments that waited longer than this many minutes */
  waitOverMinutes?: number | null | undefined;
};

export type TicketChannel = 'APPOINTMENT' | 'KIOSK' | 'ONLINE' | 'STAFF';

export type TicketStatus =
  'CALLED' | 'CANCELLED' | 'DONE' | 'EXPIRED' | 'NO_SHOW' | 'PARKED' | 'SERVING' | 'TRANSFERRED' | 'WAITING';

export type TransferPlacement = 'BY_ARRIVAL' | 'FRONT';

export type WeeklyHoursInput = {
  periods: Array<OpeningPeriodInput>;
  weekday: number;
};

export type ConsoleAppointmentRowFragment = {
  id: string;
  status: AppointmentStatus;
  slotStart: string;
  slotEnd: string;
  checkInCode: string;
  checkedInAt: string | null;
  phoneMasked: string;
  name: string | null;
  service: { id: string; prefix: string; name: string; nameEn: string | null };
};

export type ConsoleAppointmentsOfDayQueryVariables = Exact<{
  hallId: string | number;
  date: string;
  serviceId?: string | number | null | undefined;
}>;

export type ConsoleAppointmentsOfDayQuery = {
  appointments: Array<{
    id: string;
    status: AppointmentStatus;
    slotStart: string;
    slotEnd: string;
    checkInCode: string;
    checkedInAt: string | null;
    phoneMasked: string;
    name: string | null;
    service: { id: string; prefix: string; name: string; nameEn: string | null };
  }>;
};

export type ConsoleAppointmentServicesQueryVariables = Exact<{
  hallId: string | number;
}>;

export type ConsoleAppointmentServicesQuery = {
  hall: {
    id: string;
    services: Array<{
      id: string;
      prefix: string;
      name: string;
      nameEn: string | null;
      active: boolean;
      appointmentSettings: { enabled: boolean; horizonDays: number };
    }>;
  } | null;
};

export type ConsoleBookableSlotsQueryVariables = Exact<{
  hallId: string | number;
  serviceId: string | number;
  date: string;
}>;

export type ConsoleBookableSlotsQuery = {
  slots: Array<{ start: string; end: string; capacity: number; available: number }>;
};

export type ConsoleBookForCallerMutationVariables = Exact<{
  input: BookAppointmentInput;
}>;

export type ConsoleBookForCallerMutation = {
  bookAppointment: {
    manageCode: string;
    appointment: {
      id: string;
      status: AppointmentStatus;
      slotStart: string;
      slotEnd: string;
      checkInCode: string;
      checkedInAt: string | null;
      phoneMasked: string;
      name: string | null;
      service: { id: string; prefix: string; name: string; nameEn: string | null };
    };
  };
};

export type ConsoleCancelAppointmentMutationVariables = Exact<{
  appointmentId: string | number;
  reason: string;
}>;

export type ConsoleCancelAppointmentMutation = {
  cancelAppointmentAsStaff: {
    id: string;
    status: AppointmentStatus;
    slotStart: string;
    slotEnd: string;
    checkInCode: string;
    checkedInAt: string | null;
    phoneMasked: string;
    name: string | null;
    service: { id: string; prefix: string; name: string; nameEn: string | null };
  };
};

export type ConsoleAppointmentStatusesQueryVariables = Exact<{
  hallId: string | number;
  date: string;
}>;

export type ConsoleAppointmentStatusesQuery = {
  appointments: Array<{ id: string; status: AppointmentStatus }>;
};

export type ConsoleHallsQueryVariables = Exact<{ [key: string]: never }>;

export type ConsoleHallsQuery = {
  halls: Array<{
    id: string;
    code: string;
    name: string;
    nameEn: string | null;
    languages: Array<string>;
    timezone: string;
    targetWaitMinutes: number;
    maxRecalls: number;
    active: boolean;
    names: Array<{ lang: string; text: string }>;
    parent: { id: string } | null;
  }>;
};

export type ConsoleWeeklyHoursFragment = {
  weekday: number;
  periods: Array<{ opens: string; closes: string }>;
};

export type ConsoleCalendarDayFragment = {
  date: string;
  open: boolean;
  note: string | null;
  exception: boolean;
  periods: Array<{ opens: string; closes: string }>;
};

export type ConsoleHallStatusFieldsFragment = {
  hallId: string;
  seq: number;
  board: {
    at: string;
    queues: Array<{
      waiting: number;
      remoteWaiting: number;
      remoteCheckedIn: number;
      oldestQueuedAt: string | null;
      estimate: { p50Minutes: number; p90Minutes: number } | null;
      service: { id: string; name: string; nameEn: string | null; prefix: string; targetWaitMinutes: number };
    }>;
  };
  counters: Array<{
    id: string;
    label: string;
    status: CounterStatus;
    pauseReason: string | null;
    staff: { id: string; displayName: string } | null;
    currentTicket: {
      id: string;
      number: string;
      status: TicketStatus;
      service: { id: string; name: string; nameEn: string | null };
    } | null;
  }>;
  devices: Array<{ id: string; name: string; role: Role; online: boolean; lastSeenAt: string | null }>;
  alerts: Array<{
    kind: AlertKind;
    message: string;
    since: string;
    service: { id: string } | null;
    counter: { id: string; label: string } | null;
    device: { id: string; name: string } | null;
  }>;
};

export type ConsoleHallStatusUpdatedSubscriptionVariables = Exact<{
  hallId: string | number;
}>;

export type ConsoleHallStatusUpdatedSubscription = {
  hallStatusUpdated: {
    hallId: string;
    seq: number;
    board: {
      at: string;
      queues: Array<{
        waiting: number;
        remoteWaiting: number;
        remoteCheckedIn: number;
        oldestQueuedAt: string | null;
        estimate: { p50Minutes: number; p90Minutes: number } | null;
        service: {
          id: string;
          name: string;
          nameEn: string | null;
          prefix: string;
          targetWaitMinutes: number;
        };
      }>;
    };
    counters: Array<{
      id: string;
      label: string;
      status: CounterStatus;
      pauseReason: string | null;
      staff: { id: string; displayName: string } | null;
      currentTicket: {
        id: string;
        number: string;
        status: TicketStatus;
        service: { id: string; name: string; nameEn: string | null };
      } | null;
    }>;
    devices: Array<{ id: string; name: string; role: Role; online: boolean; lastSeenAt: string | null }>;
    alerts: Array<{
      kind: AlertKind;
      message: string;
      since: string;
      service: { id: string } | null;
      counter: { id: string; label: string } | null;
      device: { id: string; name: string } | null;
    }>;
  };
};

export type ConsoleStatsRowFieldsFragment = {
  key: string;
  label: string;
  issued: number;
  served: number;
  noShows: number;
  cancelled: number;
  expired: number;
  appointmentsBooked: number;
  appointmentsMissed: number;
  avgWaitSeconds: number | null;
  p50WaitSeconds: number | null;
  p90WaitSeconds: number | null;
  maxWaitSeconds: number | null;
  avgServiceSeconds: number | null;
  p50ServiceSeconds: number | null;
  p90ServiceSeconds: number | null;
  slaRate: number | null;
  noShowRate: number | null;
  abandonRate: number | null;
  waitedOver: number | null;
  ratings: number;
  satisfactionRate: number | null;
  utilisation: number | null;
};

export type ConsoleWaitStatsQueryVariables = Exact<{
  input: StatsInput;
}>;

export type ConsoleWaitStatsQuery = {
  waitStats: Array<{
    key: string;
    label: string;
    issued: number;
    served: number;
    noShows: number;
    cancelled: number;
    expired: number;
    appointmentsBooked: number;
    appointmentsMissed: number;
    avgWaitSeconds: number | null;
    p50WaitSeconds: number | null;
    p90WaitSeconds: number | null;
    maxWaitSeconds: number | null;
    avgServiceSeconds: number | null;
    p50ServiceSeconds: number | null;
    p90ServiceSeconds: number | null;
    slaRate: number | null;
    noShowRate: number | null;
    abandonRate: number | null;
    waitedOver: number | null;
    ratings: number;
    satisfactionRate: number | null;
    utilisation: number | null;
  }>;
};

export type ConsoleWaitStatsCsvQueryVariables = Exact<{
  input: StatsInput;
}>;

export type ConsoleWaitStatsCsvQuery = { waitStatsCsv: string };

export type ConsoleHallSetupQueryVariables = Exact<{
  hallId: string | number;
}>;

export type ConsoleHallSetupQuery = {
  hall: {
    id: string;
    code: string;
    name: string;
    nameEn: string | null;
    languages: Array<string>;
    timezone: string;
    targetWaitMinutes: number;
    maxRecalls: number;
    services: Array<{
      id: string;
      code: string;
      prefix: string;
      name: string;
      nameEn: string | null;
      targetWaitMinutes: number;
      dailyQuota: number | null;
      queueAlertThreshold: number;
      lastIssueMinutesBeforeClose: number;
      active: boolean;
      names: Array<{ lang: string; text: string }>;
    }>;
    counters: Array<{
      id: string;
      label: string;
      status: CounterStatus;
      services: Array<{
        rank: number;
        service: { id: string; prefix: string; name: string; nameEn: string | null };
      }>;
    }>;
  } | null;
};

export type ConsoleHallStaffQueryVariables = Exact<{
  hallId?: string | number | null | undefined;
}>;

export type ConsoleHallStaffQuery = {
  staff: Array<{
    id: string;
    username: string;
    displayName: string;
    role: Role;
    active: boolean;
    halls: Array<{ id: string; name: string; nameEn: string | null }>;
  }>;
};

export type ConsoleRatingsQueryVariables = Exact<{
  hallId: string | number;
  from: string;
  to: string;
}>;

export type ConsoleRatingsQuery = {
  ratings: Array<{
    id: string;
    score: number;
    comment: string | null;
    createdAt: string;
    followUpNote: string | null;
    followedUpAt: string | null;
    ticket: { id: string; number: string };
    segment: {
      id: string;
      service: { id: string; name: string; nameEn: string | null };
      counter: { id: string; label: string } | null;
      staff: { id: string; displayName: string } | null;
    };
  }>;
};

export type ConsoleFollowUpRatingMutationVariables = Exact<{
  ratingId: string | number;
  note: string;
}>;

export type ConsoleFollowUpRatingMutation = {
  followUpRating: { id: string; followUpNote: string | null; followedUpAt: string | null };
};

export type ConsoleUpdateHallMutationVariables = Exact<{
  hallId: string | number;
  input: HallSettingsInput;
}>;

export type ConsoleUpdateHallMutation = {
  updateHall: {
    id: string;
    name: string;
    nameEn: string | null;
    languages: Array<string>;
    timezone: string;
    targetWaitMinutes: number;
    maxRecalls: number;
    active: boolean;
    names: Array<{ lang: string; text: string }>;
    parent: { id: string } | null;
  };
};

export type ConsoleCreateHallMutationVariables = Exact<{
  input: CreateHallInput;
}>;

export type ConsoleCreateHallMutation = { createHall: { id: string; code: string } };

export type ConsoleHallHoursQueryVariables = Exact<{
  hallId: string | number;
}>;

export type ConsoleHallHoursQuery = {
  hall: {
    id: string;
    timezone: string;
    weeklyHours: Array<{ weekday: number; periods: Array<{ opens: string; closes: string }> }>;
    services: Array<{
      id: string;
      prefix: string;
      name: string;
      nameEn: string | null;
      active: boolean;
      lastIssueMinutesBeforeClose: number;
      weeklyHours: Array<{ weekday: number; periods: Array<{ opens: string; closes: string }> }>;
    }>;
  } | null;
};

export type ConsoleCalendarQueryVariables = Exact<{
  hallId: string | number;
  serviceId?: string | number | null | undefined;
  from: string;
  to: string;
}>;

export type ConsoleCalendarQuery = {
  calendar: Array<{
    date: string;
    open: boolean;
    note: string | null;
    exception: boolean;
    periods: Array<{ opens: string; closes: string }>;
  }>;
};

export type ConsoleSetWeeklyHoursMutationVariables = Exact<{
  hallId: string | number;
  serviceId?: string | number | null | undefined;
  hours: Array<WeeklyHoursInput> | WeeklyHoursInput;
}>;

export type ConsoleSetWeeklyHoursMutation = {
  setWeeklyHours: Array<{ weekday: number; periods: Array<{ opens: string; closes: string }> }>;
};

export type ConsoleSetCalendarExceptionsMutationVariables = Exact<{
  hallId: string | number;
  exceptions: Array<CalendarExceptionInput> | CalendarExceptionInput;
}>;

export type ConsoleSetCalendarExceptionsMutation = {
  setCalendarExceptions: Array<{
    date: string;
    open: boolean;
    note: string | null;
    exception: boolean;
    periods: Array<{ opens: string; closes: string }>;
  }>;
};

export type ConsoleRemoveCalendarExceptionMutationVariables = Exact<{
  hallId: string | number;
  date: string;
}>;

export type ConsoleRemoveCalendarExceptionMutation = {
  removeCalendarException: {
    date: string;
    open: boolean;
    note: string | null;
    exception: boolean;
    periods: Array<{ opens: string; closes: string }>;
  };
};

export type ConsoleImportCalendarMutationVariables = Exact<{
  hallId: string | number;
  ics: string;
}>;

export type ConsoleImportCalendarMutation = {
  importCalendar: Array<{
    date: string;
    open: boolean;
    note: string | null;
    exception: boolean;
    periods: Array<{ opens: string; closes: string }>;
  }>;
};

export type ConsoleCreateServiceMutationVariables = Exact<{
  hallId: string | number;
  input: ServiceInput;
}>;

export type ConsoleCreateServiceMutation = { createService: { id: string } };

export type ConsoleUpdateServiceMutationVariables = Exact<{
  serviceId: string | number;
  input: ServiceInput;
}>;

export type ConsoleUpdateServiceMutation = { updateService: { id: string } };

export type ConsoleAppointmentSettingsFragment = {
  enabled: boolean;
  slotMinutes: number;
  capacityPerSlot: number;
  horizonDays: number;
  leadMinutes: number;
  earlyCheckInMinutes: number;
  lateCheckInMinutes: number;
};

export type ConsoleServiceAppointmentsQueryVariables = Exact<{
  hallId: string | number;
}>;

export type ConsoleServiceAppointmentsQuery = {
  hall: {
    id: string;
    timezone: string;
    weeklyHours: Array<{ weekday: number; periods: Array<{ opens: string; closes: string }> }>;
    services: Array<{
      id: string;
      weeklyHours: Array<{ weekday: number; periods: Array<{ opens: string; closes: string }> }>;
      appointmentSettings: {
        enabled: boolean;
        slotMinutes: number;
        capacityPerSlot: number;
        horizonDays: number;
        leadMinutes: number;
        earlyCheckInMinutes: number;
        lateCheckInMinutes: number;
      };
    }>;
  } | null;
};

export type ConsoleSetAppointmentSettingsMutationVariables = Exact<{
  serviceId: string | number;
  input: AppointmentSettingsInput;
}>;

export type ConsoleSetAppointmentSettingsMutation = {
  setAppointmentSettings: {
    id: string;
    appointmentSettings: {
      enabled: boolean;
      slotMinutes: number;
      capacityPerSlot: number;
      horizonDays: number;
      leadMinutes: number;
      earlyCheckInMinutes: number;
      lateCheckInMinutes: number;
    };
  };
};

export type ConsoleRemoteJoinSettingsFragment = {
  enabled: boolean;
  maxWaiting: number;
  checkInAhead: number;
  holdMinutes: number;
};

export type ConsoleServiceRemoteJoinQueryVariables = Exact<{
  hallId: string | number;
}>;

export type ConsoleServiceRemoteJoinQuery = {
  hall: {
    id: string;
    services: Array<{
      id: string;
      remoteJoinSettings: { enabled: boolean; maxWaiting: number; checkInAhead: number; holdMinutes: number };
    }>;
  } | null;
};

export type ConsoleSetRemoteJoinSettingsMutationVariables = Exact<{
  serviceId: string | number;
  input: RemoteJoinSettingsInput;
}>;

export type ConsoleSetRemoteJoinSettingsMutation = {
  setRemoteJoinSettings: {
    id: string;
    remoteJoinSettings: { enabled: boolean; maxWaiting: number; checkInAhead: number; holdMinutes: number };
  };
};

export type ConsoleWeekBookingFragment = {
  id: string;
  slotStart: string;
  slotEnd: string;
  status: AppointmentStatus;
};

export type ConsoleAppointmentWeekQueryVariables = Exact<{
  hallId: string | number;
  serviceId: string | number;
  from: string;
  to: string;
  day1: string;
  day2: string;
  day3: string;
  day4: string;
  day5: string;
  day6: string;
  day7: string;
}>;

export type ConsoleAppointmentWeekQuery = {
  calendar: Array<{
    date: string;
    open: boolean;
    note: string | null;
    periods: Array<{ opens: string; closes: string }>;
  }>;
  day1: Array<{ id: string; slotStart: string; slotEnd: string; status: AppointmentStatus }>;
  day2: Array<{ id: string; slotStart: string; slotEnd: string; status: AppointmentStatus }>;
  day3: Array<{ id: string; slotStart: string; slotEnd: string; status: AppointmentStatus }>;
  day4: Array<{ id: string; slotStart: string; slotEnd: string; status: AppointmentStatus }>;
  day5: Array<{ id: string; slotStart: string; slotEnd: string; status: AppointmentStatus }>;
  day6: Array<{ id: string; slotStart: string; slotEnd: string; status: AppointmentStatus }>;
  day7: Array<{ id: string; slotStart: string; slotEnd: string; status: AppointmentStatus }>;
};

export type ConsoleCreateCounterMutationVariables = Exact<{
  hallId: string | number;
  label: string;
}>;

export type ConsoleCreateCounterMutation = { createCounter: { id: string } };

export type ConsoleSetCounterServicesMutationVariables = Exact<{
  counterId: string | number;
  services: Array<CounterServiceInput> | CounterServiceInput;
}>;

export type ConsoleSetCounterServicesMutation = { setCounterServices: { id: string } };

export type ConsoleCreateStaffMutationVariables = Exact<{
  input: StaffInput;
}>;

export type ConsoleCreateStaffMutation = { createStaff: { id: string } };

export type ConsoleUpdateStaffMutationVariables = Exact<{
  staffId: string | number;
  input: StaffInput;
}>;

export type ConsoleUpdateStaffMutation = { updateStaff: { id: string; active: boolean } };

export type ConsoleResetPasswordMutationVariables = Exact<{
  staffId: string | number;
  password: string;
}>;

export type ConsoleResetPasswordMutation = { resetPassword: { id: string } };

export type ConsoleDevicesQueryVariables = Exact<{
  hallId: string | number;
}>;

export type ConsoleDevicesQuery = {
  devices: Array<{
    id: string;
    name: string;
    role: Role;
    online: boolean;
    lastSeenAt: string | null;
    revoked: boolean;
  }>;
};

export type ConsoleCreateDeviceTokenMutationVariables = Exact<{
  hallId: string | number;
  name: string;
  role: Role;
}>;

export type ConsoleCreateDeviceTokenMutation = {
  createDeviceToken: { id: string; name: string; role: Role; token: string };
};

export type ConsoleRevokeDeviceMutationVariables = Exact<{
  deviceId: string | number;
}>;

export type ConsoleRevokeDeviceMutation = { revokeDevice: { id: string; revoked: boolean } };

export type ConsoleExportConfigurationQueryVariables = Exact<{
  hallId: string | number;
}>;

export type ConsoleExportConfigurationQuery = { exportConfiguration: string };

export type ConsoleImportConfigurationMutationVariables = Exact<{
  parentId?: string | number | null | undefined;
  configuration: string;
}>;

export type ConsoleImportConfigurationMutation = {
  importConfiguration: Array<{ id: string; code: string; name: string; nameEn: string | null }>;
};

export type StaffSessionFieldsFragment = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  halls: Array<{ id: string; name: string }>;
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: {
    id: string;
    username: string;
    displayName: string;
    role: Role;
    halls: Array<{ id: string; name: string }>;
  } | null;
};

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;

export type LoginMutation = {
  login: {
    token: string;
    expiresAt: string;
    staff: {
      id: string;
      username: string;
      displayName: string;
      role: Role;
      halls: Array<{ id: string; name: string }>;
    };
  };
};

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { logout: boolean };

export type WorkstationTicketFragment = {
  id: string;
  number: string;
  status: TicketStatus;
  priority: PriorityClass;
  channel: TicketChannel;
  checkedIn: boolean;
  queuedAt: string;
  calledAt: string | null;
  servingAt: string | null;
  recallCount: number;
  appointment: { id: string; slotStart: string } | null;
  service: { id: string; name: string; nameEn: string | null; prefix: string };
  route: Array<{ id: string; name: string; nameEn: string | null; prefix: string }>;
};

export type WorkstationHallsQueryVariables = Exact<{ [key: string]: never }>;

export type WorkstationHallsQuery = { halls: Array<{ id: string; name: string; nameEn: string | null }> };

export type WorkstationHallQueryVariables = Exact<{
  hallId: string | number;
}>;

export type WorkstationHallQuery = {
  hall: {
    id: string;
    name: string;
    nameEn: string | null;
    services: Array<{ id: string; name: string; nameEn: string | null; prefix: string }>;
    counters: Array<{
      id: string;
      label: string;
      status: CounterStatus;
      staff: { id: string; displayName: string } | null;
      services: Array<{ rank: number; service: { id: string } }>;
    }>;
  } | null;
};

export type WorkstationCounterQueryVariables = Exact<{
  hallId: string | number;
  counterId: string | number;
}>;

export type WorkstationCounterQuery = {
  board: { at: string };
  counter: {
    id: string;
    label: string;
    status: CounterStatus;
    pauseReason: string | null;
    staff: { id: string; displayName: string } | null;
    services: Array<{ rank: number; service: { id: string } }>;
    currentTicket: {
      id: string;
      number: string;
      status: TicketStatus;
      priority: PriorityClass;
      channel: TicketChannel;
      checkedIn: boolean;
      queuedAt: string;
      calledAt: string | null;
      servingAt: string | null;
      recallCount: number;
      appointment: { id: string; slotStart: string } | null;
      service: { id: string; name: string; nameEn: string | null; prefix: string };
      route: Array<{ id: string; name: string; nameEn: string | null; prefix: string }>;
    } | null;
    parkedTickets: Array<{
      id: string;
      number: string;
      status: TicketStatus;
      priority: PriorityClass;
      channel: TicketChannel;
      checkedIn: boolean;
      queuedAt: string;
      calledAt: string | null;
      servingAt: string | null;
      recallCount: number;
      appointment: { id: string; slotStart: string } | null;
      service: { id: string; name: string; nameEn: string | null; prefix: string };
      route: Array<{ id: string; name: string; nameEn: string | null; prefix: string }>;
    }>;
    hall: {
      id: string;
      name: string;
      nameEn: string | null;
      timezone: string;
      maxRecalls: number;
      services: Array<{
        id: string;
        name: string;
        nameEn: string | null;
        prefix: string;
        active: boolean;
        waitingCount: number;
      }>;
    };
  } | null;
};

export type HallWaitingQueryVariables = Exact<{
  hallId: string | number;
}>;

export type HallWaitingQuery = {
  queue: Array<{
    id: string;
    number: string;
    status: TicketStatus;
    priority: PriorityClass;
    channel: TicketChannel;
    checkedIn: boolean;
    queuedAt: string;
    calledAt: string | null;
    servingAt: string | null;
    recallCount: number;
    appointment: { id: string; slotStart: string } | null;
    service: { id: string; name: string; nameEn: string | null; prefix: string };
    route: Array<{ id: string; name: string; nameEn: string | null; prefix: string }>;
  }>;
};

export type OwnFiguresQueryVariables = Exact<{
  input: StatsInput;
}>;

export type OwnFiguresQuery = {
  waitStats: Array<{ key: string; served: number; noShows: number; avgServiceSeconds: number | null }>;
};

export type CounterQueueUpdatedSubscriptionVariables = Exact<{
  counterId: string | number;
}>;

export type CounterQueueUpdatedSubscription = {
  counterQueueUpdated: Array<{
    id: string;
    number: string;
    status: TicketStatus;
    priority: PriorityClass;
    channel: TicketChannel;
    checkedIn: boolean;
    queuedAt: string;
    calledAt: string | null;
    servingAt: string | null;
    recallCount: number;
    appointment: { id: string; slotStart: string } | null;
    service: { id: string; name: string; nameEn: string | null; prefix: string };
    route: Array<{ id: string; name: string; nameEn: string | null; prefix: string }>;
  }>;
};

export type OpenCounterMutationVariables = Exact<{
  counterId: string | number;
}>;

export type OpenCounterMutation = { openCounter: { id: string; status: CounterStatus } };

export type PauseCounterMutationVariables = Exact<{
  counterId: string | number;
  reason: string;
}>;

export type PauseCounterMutation = { pauseCounter: { id: string; status: CounterStatus } };

export type ResumeCounterMutationVariables = Exact<{
  counterId: string | number;
}>;

export type ResumeCounterMutation = { resumeCounter: { id: string; status: CounterStatus } };

export type CloseCounterMutationVariables = Exact<{
  counterId: string | number;
}>;

export type CloseCounterMutation = { closeCounter: { id: string; status: CounterStatus } };

export type CallNextMutationVariables = Exact<{
  counterId: string | number;
}>;

export type CallNextMutation = {
  callNext: {
    id: string;
    number: string;
    status: TicketStatus;
    priority: PriorityClass;
    channel: TicketChannel;
    checkedIn: boolean;
    queuedAt: string;
    calledAt: string | null;
    servingAt: string | null;
    recallCount: number;
    appointment: { id: string; slotStart: string } | null;
    service: { id: string; name: string; nameEn: string | null; prefix: string };
    route: Array<{ id: string; name: string; nameEn: string | null; prefix: string }>;
  } | null;
};

export type CallTicketMutationVariables = Exact<{
  counterId: string | number;
  ticketId: string | number;
  reason: string;
}>;

export type CallTicketMutation = {
  callTicket: {
    id: string;
    number: string;
    status: TicketStatus;
    priority: PriorityClass;
    channel: TicketChannel;
    checkedIn: boolean;
    queuedAt: string;
    calledAt: string | null;
    servingAt: string | null;
    recallCount: number;
    appointment: { id: string; slotStart: string } | null;
    service: { id: string; name: string; nameEn: string | null; prefix: string };
    route: Array<{ id: string; name: string; nameEn: string | null; prefix: string }>;
  };
};

export type RecallTicketMutationVariables = Exact<{
  ticketId: string | number;
}>;

export type RecallTicketMutation = {
  recallTicket: {
    id: string;
    number: string;
    status: TicketStatus;
    priority: PriorityClass;
    channel: TicketChannel;
    checkedIn: boolean;
    queuedAt: string;
    calledAt: string | null;
    servingAt: string | null;
    recallCount: number;
    appointment: { id: string; slotStart: string } | null;
    service: { id: string; name: string; nameEn: string | null; prefix: string };
    route: Array<{ id: string; name: string; nameEn: string | null; prefix: string }>;
  };
};

export type StartServingMutationVariables = Exact<{
  ticketId: string | number;
}>;

export type StartServingMutation = {
  startServing: {
    id: string;
    number: string;
    status: TicketStatus;
    priority: PriorityClass;
    channel: TicketChannel;
    checkedIn: boolean;
    queuedAt: string;
    calledAt: string | null;
    servingAt: string | null;
    recallCount: number;
    appointment: { id: string; slotStart: string } | null;
    service: { id: string; name: string; nameEn: string | null; prefix: string };
    route: Array<{ id: string; name: string; nameEn: string | null; prefix: string }>;
  };
};

export type CompleteTicketMutationVariables = Exact<{
  ticketId: string | number;
  outcome?: string | null | undefined;
}>;

export type CompleteTicketMutation = {
  completeTicket: {
    id: string;
    number: string;
    status: TicketStatus;
    priority: PriorityClass;
    channel: TicketChannel;
    checkedIn: boolean;
    queuedAt: string;
    calledAt: string | null;
    servingAt: string | null;
    recallCount: number;
    appointment: { id: string; slotStart: string } | null;
    service: { id: string; name: string; nameEn: string | null; prefix: string };
    route: Array<{ id: string; name: string; nameEn: string | null; prefix: string }>;
  };
};

export type MarkNoShowMutationVariables = Exact<{
  ticketId: string | number;
}>;

export type MarkNoShowMutation = {
  markNoShow: {
    id: string;
    number: string;
    status: TicketStatus;
    priority: PriorityClass;
    channel: TicketChannel;
    checkedIn: boolean;
    queuedAt: string;
    calledAt: string | null;
    servingAt: string | null;
    recallCount: number;
    appointment: { id: string; slotStart: string } | null;
    service: { id: string; name: string; nameEn: string | null; prefix: string };
    route: Array<{ id: string; name: string; nameEn: string | null; prefix: string }>;
  };
};

export type RequeueTicketMutationVariables = Exact<{
  ticketId: string | number;
}>;

export type RequeueTicketMutation = {
  requeueTicket: {
    id: string;
    number: string;
    status: TicketStatus;
    priority: PriorityClass;
    channel: TicketChannel;
    checkedIn: boolean;
    queuedAt: string;
    calledAt: string | null;
    servingAt: string | null;
    recallCount: number;
    appointment: { id: string; slotStart: string } | null;
    service: { id: string; name: string; nameEn: string | null; prefix: string };
    route: Array<{ id: string; name: string; nameEn: string | null; prefix: string }>;
  };
};

export type TransferTicketMutationVariables = Exact<{
  ticketId: string | number;
  serviceId: string | number;
  placement: TransferPlacement;
}>;

export type TransferTicketMutation = {
  transferTicket: {
    id: string;
    number: string;
    status: TicketStatus;
    priority: PriorityClass;
    channel: TicketChannel;
    checkedIn: boolean;
    queuedAt: string;
    calledAt: string | null;
    servingAt: string | null;
    recallCount: number;
    appointment: { id: string; slotStart: string } | null;
    service: { id: string; name: string; nameEn: string | null; prefix: string };
    route: Array<{ id: string; name: string; nameEn: string | null; prefix: string }>;
  };
};

export type ParkTicketMutationVariables = Exact<{
  ticketId: string | number;
}>;

export type ParkTicketMutation = {
  parkTicket: {
    id: string;
    number: string;
    status: TicketStatus;
    priority: PriorityClass;
    channel: TicketChannel;
    checkedIn: boolean;
    queuedAt: string;
    calledAt: string | null;
    servingAt: string | null;
    recallCount: number;
    appointment: { id: string; slotStart: string } | null;
    service: { id: string; name: string; nameEn: string | null; prefix: string };
    route: Array<{ id: string; name: string; nameEn: string | null; prefix: string }>;
  };
};

export type ResumeTicketMutationVariables = Exact<{
  ticketId: string | number;
}>;

export type ResumeTicketMutation = {
  resumeTicket: {
    id: string;
    number: string;
    status: TicketStatus;
    priority: PriorityClass;
    channel: TicketChannel;
    checkedIn: boolean;
    queuedAt: string;
    calledAt: string | null;
    servingAt: string | null;
    recallCount: number;
    appointment: { id: string; slotStart: string } | null;
    service: { id: string; name: string; nameEn: string | null; prefix: string };
    route: Array<{ id: string; name: string; nameEn: string | null; prefix: string }>;
  };
};

export const ConsoleAppointmentRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleAppointmentRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Appointment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkInCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phoneMasked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleAppointmentRowFragment, unknown>;
export const ConsoleWeeklyHoursFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleWeeklyHours' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WeeklyHours' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'weekday' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'periods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleWeeklyHoursFragment, unknown>;
export const ConsoleCalendarDayFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleCalendarDay' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarDay' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'open' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exception' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'periods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleCalendarDayFragment, unknown>;
export const ConsoleHallStatusFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleHallStatusFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HallStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hallId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'board' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'queues' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'waiting' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'remoteWaiting' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'remoteCheckedIn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'oldestQueuedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'estimate' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'p50Minutes' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'p90Minutes' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'service' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'targetWaitMinutes' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'counters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pauseReason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'currentTicket' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'service' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'devices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'online' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'alerts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'service' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counter' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'device' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleHallStatusFieldsFragment, unknown>;
export const ConsoleStatsRowFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleStatsRowFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatsRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issued' } },
          { kind: 'Field', name: { kind: 'Name', value: 'served' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noShows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'appointmentsBooked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'appointmentsMissed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'avgWaitSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p50WaitSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p90WaitSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxWaitSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'avgServiceSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p50ServiceSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p90ServiceSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slaRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noShowRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'abandonRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitedOver' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratings' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfactionRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'utilisation' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleStatsRowFieldsFragment, unknown>;
export const ConsoleAppointmentSettingsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleAppointmentSettings' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AppointmentSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacityPerSlot' } },
          { kind: 'Field', name: { kind: 'Name', value: 'horizonDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earlyCheckInMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lateCheckInMinutes' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleAppointmentSettingsFragment, unknown>;
export const ConsoleRemoteJoinSettingsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleRemoteJoinSettings' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RemoteJoinSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxWaiting' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkInAhead' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdMinutes' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleRemoteJoinSettingsFragment, unknown>;
export const ConsoleWeekBookingFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleWeekBooking' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Appointment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleWeekBookingFragment, unknown>;
export const StaffSessionFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StaffSessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Staff' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'halls' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StaffSessionFieldsFragment, unknown>;
export const WorkstationTicketFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkstationTicket' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkedIn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appointment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'queuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servingAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recallCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'route' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkstationTicketFragment, unknown>;
export const ConsoleAppointmentsOfDayDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConsoleAppointmentsOfDay' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'date' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appointments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hallId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'date' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'date' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsoleAppointmentRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleAppointmentRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Appointment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkInCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phoneMasked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleAppointmentsOfDayQuery, ConsoleAppointmentsOfDayQueryVariables>;
export const ConsoleAppointmentServicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConsoleAppointmentServices' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hall' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'services' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'appointmentSettings' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'horizonDays' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleAppointmentServicesQuery, ConsoleAppointmentServicesQueryVariables>;
export const ConsoleBookableSlotsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConsoleBookableSlots' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'date' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'slots' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hallId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'date' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'date' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                { kind: 'Field', name: { kind: 'Name', value: 'end' } },
                { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'available' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleBookableSlotsQuery, ConsoleBookableSlotsQueryVariables>;
export const ConsoleBookForCallerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleBookForCaller' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'BookAppointmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bookAppointment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'manageCode' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'appointment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsoleAppointmentRow' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleAppointmentRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Appointment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkInCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phoneMasked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleBookForCallerMutation, ConsoleBookForCallerMutationVariables>;
export const ConsoleCancelAppointmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleCancelAppointment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'appointmentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelAppointmentAsStaff' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'appointmentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'appointmentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsoleAppointmentRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleAppointmentRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Appointment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkInCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkedInAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phoneMasked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleCancelAppointmentMutation, ConsoleCancelAppointmentMutationVariables>;
export const ConsoleAppointmentStatusesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConsoleAppointmentStatuses' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'date' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appointments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hallId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'date' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'date' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleAppointmentStatusesQuery, ConsoleAppointmentStatusesQueryVariables>;
export const ConsoleHallsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConsoleHalls' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'halls' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'lang' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetWaitMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxRecalls' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleHallsQuery, ConsoleHallsQueryVariables>;
export const ConsoleHallStatusUpdatedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'ConsoleHallStatusUpdated' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hallStatusUpdated' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hallId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsoleHallStatusFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleHallStatusFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HallStatus' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'hallId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'board' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'queues' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'waiting' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'remoteWaiting' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'remoteCheckedIn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'oldestQueuedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'estimate' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'p50Minutes' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'p90Minutes' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'service' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'targetWaitMinutes' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'counters' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pauseReason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'currentTicket' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'service' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'devices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'online' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'alerts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'service' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counter' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'device' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ConsoleHallStatusUpdatedSubscription,
  ConsoleHallStatusUpdatedSubscriptionVariables
>;
export const ConsoleWaitStatsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConsoleWaitStats' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'waitStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsoleStatsRowFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleStatsRowFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatsRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'issued' } },
          { kind: 'Field', name: { kind: 'Name', value: 'served' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noShows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'appointmentsBooked' } },
          { kind: 'Field', name: { kind: 'Name', value: 'appointmentsMissed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'avgWaitSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p50WaitSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p90WaitSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxWaitSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'avgServiceSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p50ServiceSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'p90ServiceSeconds' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slaRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'noShowRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'abandonRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'waitedOver' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ratings' } },
          { kind: 'Field', name: { kind: 'Name', value: 'satisfactionRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'utilisation' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleWaitStatsQuery, ConsoleWaitStatsQueryVariables>;
export const ConsoleWaitStatsCsvDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConsoleWaitStatsCsv' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'waitStatsCsv' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleWaitStatsCsvQuery, ConsoleWaitStatsCsvQueryVariables>;
export const ConsoleHallSetupDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConsoleHallSetup' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hall' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetWaitMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxRecalls' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'services' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'names' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'lang' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'targetWaitMinutes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dailyQuota' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'queueAlertThreshold' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastIssueMinutesBeforeClose' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counters' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'services' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'service' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleHallSetupQuery, ConsoleHallSetupQueryVariables>;
export const ConsoleHallStaffDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConsoleHallStaff' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'staff' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hallId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'halls' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleHallStaffQuery, ConsoleHallStaffQueryVariables>;
export const ConsoleRatingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConsoleRatings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ratings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hallId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'followUpNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'followedUpAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'ticket' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'segment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'service' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'counter' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'staff' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleRatingsQuery, ConsoleRatingsQueryVariables>;
export const ConsoleFollowUpRatingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleFollowUpRating' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ratingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUpRating' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ratingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ratingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'followUpNote' } },
                { kind: 'Field', name: { kind: 'Name', value: 'followedUpAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleFollowUpRatingMutation, ConsoleFollowUpRatingMutationVariables>;
export const ConsoleUpdateHallDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleUpdateHall' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'HallSettingsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateHall' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hallId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'lang' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetWaitMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxRecalls' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleUpdateHallMutation, ConsoleUpdateHallMutationVariables>;
export const ConsoleCreateHallDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleCreateHall' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateHallInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createHall' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleCreateHallMutation, ConsoleCreateHallMutationVariables>;
export const ConsoleHallHoursDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConsoleHallHours' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hall' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'weeklyHours' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsoleWeeklyHours' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'services' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastIssueMinutesBeforeClose' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'weeklyHours' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsoleWeeklyHours' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleWeeklyHours' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WeeklyHours' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'weekday' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'periods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleHallHoursQuery, ConsoleHallHoursQueryVariables>;
export const ConsoleCalendarDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConsoleCalendar' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'calendar' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hallId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsoleCalendarDay' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleCalendarDay' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarDay' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'open' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exception' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'periods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleCalendarQuery, ConsoleCalendarQueryVariables>;
export const ConsoleSetWeeklyHoursDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleSetWeeklyHours' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hours' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'WeeklyHoursInput' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setWeeklyHours' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hallId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hours' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hours' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsoleWeeklyHours' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleWeeklyHours' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WeeklyHours' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'weekday' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'periods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleSetWeeklyHoursMutation, ConsoleSetWeeklyHoursMutationVariables>;
export const ConsoleSetCalendarExceptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleSetCalendarExceptions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'exceptions' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarExceptionInput' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setCalendarExceptions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hallId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'exceptions' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'exceptions' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsoleCalendarDay' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleCalendarDay' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarDay' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'open' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exception' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'periods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ConsoleSetCalendarExceptionsMutation,
  ConsoleSetCalendarExceptionsMutationVariables
>;
export const ConsoleRemoveCalendarExceptionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleRemoveCalendarException' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'date' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeCalendarException' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hallId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'date' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'date' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsoleCalendarDay' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleCalendarDay' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarDay' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'open' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exception' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'periods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ConsoleRemoveCalendarExceptionMutation,
  ConsoleRemoveCalendarExceptionMutationVariables
>;
export const ConsoleImportCalendarDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleImportCalendar' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ics' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importCalendar' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hallId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ics' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ics' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsoleCalendarDay' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleCalendarDay' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CalendarDay' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'open' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exception' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'periods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleImportCalendarMutation, ConsoleImportCalendarMutationVariables>;
export const ConsoleCreateServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleCreateService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createService' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hallId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleCreateServiceMutation, ConsoleCreateServiceMutationVariables>;
export const ConsoleUpdateServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleUpdateService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateService' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleUpdateServiceMutation, ConsoleUpdateServiceMutationVariables>;
export const ConsoleServiceAppointmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConsoleServiceAppointments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hall' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'weeklyHours' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsoleWeeklyHours' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'services' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'weeklyHours' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsoleWeeklyHours' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'appointmentSettings' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'ConsoleAppointmentSettings' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleWeeklyHours' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WeeklyHours' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'weekday' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'periods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closes' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleAppointmentSettings' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AppointmentSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacityPerSlot' } },
          { kind: 'Field', name: { kind: 'Name', value: 'horizonDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earlyCheckInMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lateCheckInMinutes' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleServiceAppointmentsQuery, ConsoleServiceAppointmentsQueryVariables>;
export const ConsoleSetAppointmentSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleSetAppointmentSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AppointmentSettingsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setAppointmentSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'appointmentSettings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsoleAppointmentSettings' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleAppointmentSettings' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AppointmentSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacityPerSlot' } },
          { kind: 'Field', name: { kind: 'Name', value: 'horizonDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'leadMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'earlyCheckInMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lateCheckInMinutes' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ConsoleSetAppointmentSettingsMutation,
  ConsoleSetAppointmentSettingsMutationVariables
>;
export const ConsoleServiceRemoteJoinDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConsoleServiceRemoteJoin' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hall' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'services' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'remoteJoinSettings' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'ConsoleRemoteJoinSettings' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleRemoteJoinSettings' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RemoteJoinSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxWaiting' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkInAhead' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdMinutes' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleServiceRemoteJoinQuery, ConsoleServiceRemoteJoinQueryVariables>;
export const ConsoleSetRemoteJoinSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleSetRemoteJoinSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RemoteJoinSettingsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setRemoteJoinSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'remoteJoinSettings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsoleRemoteJoinSettings' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleRemoteJoinSettings' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RemoteJoinSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'enabled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxWaiting' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkInAhead' } },
          { kind: 'Field', name: { kind: 'Name', value: 'holdMinutes' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ConsoleSetRemoteJoinSettingsMutation,
  ConsoleSetRemoteJoinSettingsMutationVariables
>;
export const ConsoleAppointmentWeekDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConsoleAppointmentWeek' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'day1' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'day2' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'day3' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'day4' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'day5' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'day6' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'day7' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'calendar' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hallId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'open' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'periods' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'opens' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'closes' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'day1' },
            name: { kind: 'Name', value: 'appointments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hallId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'date' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'day1' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsoleWeekBooking' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'day2' },
            name: { kind: 'Name', value: 'appointments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hallId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'date' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'day2' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsoleWeekBooking' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'day3' },
            name: { kind: 'Name', value: 'appointments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hallId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'date' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'day3' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsoleWeekBooking' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'day4' },
            name: { kind: 'Name', value: 'appointments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hallId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'date' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'day4' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsoleWeekBooking' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'day5' },
            name: { kind: 'Name', value: 'appointments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hallId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'date' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'day5' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsoleWeekBooking' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'day6' },
            name: { kind: 'Name', value: 'appointments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hallId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'date' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'day6' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsoleWeekBooking' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'day7' },
            name: { kind: 'Name', value: 'appointments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hallId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'date' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'day7' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsoleWeekBooking' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsoleWeekBooking' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Appointment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slotEnd' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleAppointmentWeekQuery, ConsoleAppointmentWeekQueryVariables>;
export const ConsoleCreateCounterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleCreateCounter' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'label' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createCounter' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hallId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'label' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'label' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleCreateCounterMutation, ConsoleCreateCounterMutationVariables>;
export const ConsoleSetCounterServicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleSetCounterServices' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'counterId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'services' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'CounterServiceInput' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setCounterServices' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'counterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'counterId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'services' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'services' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleSetCounterServicesMutation, ConsoleSetCounterServicesMutationVariables>;
export const ConsoleCreateStaffDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleCreateStaff' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createStaff' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleCreateStaffMutation, ConsoleCreateStaffMutationVariables>;
export const ConsoleUpdateStaffDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleUpdateStaff' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'staffId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateStaff' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'staffId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'staffId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleUpdateStaffMutation, ConsoleUpdateStaffMutationVariables>;
export const ConsoleResetPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleResetPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'staffId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resetPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'staffId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'staffId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleResetPasswordMutation, ConsoleResetPasswordMutationVariables>;
export const ConsoleDevicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConsoleDevices' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'devices' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hallId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'online' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revoked' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleDevicesQuery, ConsoleDevicesQueryVariables>;
export const ConsoleCreateDeviceTokenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleCreateDeviceToken' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Role' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createDeviceToken' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hallId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'role' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleCreateDeviceTokenMutation, ConsoleCreateDeviceTokenMutationVariables>;
export const ConsoleRevokeDeviceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleRevokeDevice' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'deviceId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeDevice' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'deviceId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'deviceId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revoked' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleRevokeDeviceMutation, ConsoleRevokeDeviceMutationVariables>;
export const ConsoleExportConfigurationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConsoleExportConfiguration' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exportConfiguration' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hallId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleExportConfigurationQuery, ConsoleExportConfigurationQueryVariables>;
export const ConsoleImportConfigurationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConsoleImportConfiguration' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'parentId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'configuration' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importConfiguration' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'parentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'parentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'configuration' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'configuration' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsoleImportConfigurationMutation, ConsoleImportConfigurationMutationVariables>;
export const MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StaffSessionFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StaffSessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Staff' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'halls' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Login' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'username' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'username' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'username' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StaffSessionFields' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StaffSessionFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Staff' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'username' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'halls' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Logout' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'logout' } }],
      },
    },
  ],
} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const WorkstationHallsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WorkstationHalls' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'halls' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkstationHallsQuery, WorkstationHallsQueryVariables>;
export const WorkstationHallDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WorkstationHall' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'hall' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'services' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'counters' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'staff' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'services' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'service' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkstationHallQuery, WorkstationHallQueryVariables>;
export const WorkstationCounterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WorkstationCounter' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'counterId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'board' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hallId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'at' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'counter' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'counterId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pauseReason' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staff' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'services' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'service' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'currentTicket' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WorkstationTicket' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parkedTickets' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WorkstationTicket' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'hall' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'timezone' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'maxRecalls' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'services' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'waitingCount' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkstationTicket' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkedIn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appointment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'queuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servingAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recallCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'route' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkstationCounterQuery, WorkstationCounterQueryVariables>;
export const HallWaitingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HallWaiting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'queue' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hallId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hallId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WorkstationTicket' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkstationTicket' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkedIn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appointment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'queuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servingAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recallCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'route' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HallWaitingQuery, HallWaitingQueryVariables>;
export const OwnFiguresDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OwnFigures' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'waitStats' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'served' } },
                { kind: 'Field', name: { kind: 'Name', value: 'noShows' } },
                { kind: 'Field', name: { kind: 'Name', value: 'avgServiceSeconds' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OwnFiguresQuery, OwnFiguresQueryVariables>;
export const CounterQueueUpdatedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'CounterQueueUpdated' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'counterId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'counterQueueUpdated' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'counterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'counterId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WorkstationTicket' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkstationTicket' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkedIn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appointment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'queuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servingAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recallCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'route' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CounterQueueUpdatedSubscription, CounterQueueUpdatedSubscriptionVariables>;
export const OpenCounterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OpenCounter' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'counterId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openCounter' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'counterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'counterId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpenCounterMutation, OpenCounterMutationVariables>;
export const PauseCounterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PauseCounter' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'counterId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'pauseCounter' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'counterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'counterId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PauseCounterMutation, PauseCounterMutationVariables>;
export const ResumeCounterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResumeCounter' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'counterId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resumeCounter' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'counterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'counterId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResumeCounterMutation, ResumeCounterMutationVariables>;
export const CloseCounterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseCounter' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'counterId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeCounter' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'counterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'counterId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseCounterMutation, CloseCounterMutationVariables>;
export const CallNextDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CallNext' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'counterId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'callNext' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'counterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'counterId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WorkstationTicket' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkstationTicket' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkedIn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appointment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'queuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servingAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recallCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'route' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CallNextMutation, CallNextMutationVariables>;
export const CallTicketDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CallTicket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'counterId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'callTicket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'counterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'counterId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ticketId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WorkstationTicket' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkstationTicket' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkedIn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appointment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'queuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servingAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recallCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'route' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CallTicketMutation, CallTicketMutationVariables>;
export const RecallTicketDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecallTicket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recallTicket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ticketId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WorkstationTicket' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkstationTicket' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkedIn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appointment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'queuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servingAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recallCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'route' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecallTicketMutation, RecallTicketMutationVariables>;
export const StartServingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartServing' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startServing' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ticketId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WorkstationTicket' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkstationTicket' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkedIn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appointment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'queuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servingAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recallCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'route' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartServingMutation, StartServingMutationVariables>;
export const CompleteTicketDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CompleteTicket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'outcome' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completeTicket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ticketId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'outcome' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'outcome' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WorkstationTicket' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkstationTicket' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkedIn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appointment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'queuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servingAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recallCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'route' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompleteTicketMutation, CompleteTicketMutationVariables>;
export const MarkNoShowDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkNoShow' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markNoShow' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ticketId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WorkstationTicket' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkstationTicket' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkedIn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appointment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'queuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servingAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recallCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'route' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkNoShowMutation, MarkNoShowMutationVariables>;
export const RequeueTicketDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequeueTicket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requeueTicket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ticketId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WorkstationTicket' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkstationTicket' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkedIn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appointment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'queuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servingAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recallCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'route' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequeueTicketMutation, RequeueTicketMutationVariables>;
export const TransferTicketDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'TransferTicket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'placement' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'TransferPlacement' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'transferTicket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ticketId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'placement' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'placement' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WorkstationTicket' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkstationTicket' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkedIn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appointment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'queuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servingAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recallCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'route' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TransferTicketMutation, TransferTicketMutationVariables>;
export const ParkTicketDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ParkTicket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parkTicket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ticketId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WorkstationTicket' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkstationTicket' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkedIn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appointment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'queuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servingAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recallCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'route' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ParkTicketMutation, ParkTicketMutationVariables>;
export const ResumeTicketDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResumeTicket' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resumeTicket' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ticketId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'ticketId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'WorkstationTicket' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WorkstationTicket' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Ticket' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'number' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checkedIn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appointment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'queuedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'calledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'servingAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recallCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'route' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResumeTicketMutation, ResumeTicketMutationVariables>;
