import { graphql } from '../gql';

// Every GraphQL document of the manager console and the administration, in one place so that
// codegen names them once and the pages share their fragments.

export const consoleHallsQuery = graphql(`
  query ConsoleHalls {
    halls {
      id
      code
      name
      nameEn
      languages
      names {
        lang
        text
      }
      timezone
      targetWaitMinutes
      maxRecalls
      active
      parent {
        id
      }
    }
  }
`);

export const weeklyHoursFieldsFragment = graphql(`
  fragment ConsoleWeeklyHours on WeeklyHours {
    weekday
    periods {
      opens
      closes
    }
  }
`);

export const calendarDayFieldsFragment = graphql(`
  fragment ConsoleCalendarDay on CalendarDay {
    date
    open
    note
    exception
    periods {
      opens
      closes
    }
  }
`);

export const hallStatusFieldsFragment = graphql(`
  fragment ConsoleHallStatusFields on HallStatus {
    hallId
    seq
    board {
      at
      queues {
        waiting
        remoteWaiting
        remoteCheckedIn
        oldestQueuedAt
        estimate {
          p50Minutes
          p90Minutes
        }
        service {
          id
          name
          nameEn
          prefix
          targetWaitMinutes
        }
      }
    }
    counters {
      id
      label
      status
      pauseReason
      staff {
        id
        displayName
      }
      currentTicket {
        id
        number
        status
        service {
          id
          name
          nameEn
        }
      }
    }
    devices {
      id
      name
      role
      online
      lastSeenAt
    }
    alerts {
      kind
      message
      since
      service {
        id
      }
      counter {
        id
        label
      }
      device {
        id
        name
      }
    }
  }
`);

export const hallStatusSubscription = graphql(`
  subscription ConsoleHallStatusUpdated($hallId: ID!) {
    hallStatusUpdated(hallId: $hallId) {
      ...ConsoleHallStatusFields
    }
  }
`);

export const statsRowFieldsFragment = graphql(`
  fragment ConsoleStatsRowFields on StatsRow {
    key
    label
    issued
    served
    noShows
    cancelled
    expired
    appointmentsBooked
    appointmentsMissed
    avgWaitSeconds
    p50WaitSeconds
    p90WaitSeconds
    maxWaitSeconds
    avgServiceSeconds
    p50ServiceSeconds
    p90ServiceSeconds
    slaRate
    noShowRate
    abandonRate
    waitedOver
    ratings
    satisfactionRate
    utilisation
  }
`);

export const waitStatsQuery = graphql(`
  query ConsoleWaitStats($input: StatsInput!) {
    waitStats(input: $input) {
      ...ConsoleStatsRowFields
    }
  }
`);

export const waitStatsCsvQuery = graphql(`
  query ConsoleWaitStatsCsv($input: StatsInput!) {
    waitStatsCsv(input: $input)
  }
`);

export const hallSetupQuery = graphql(`
  query ConsoleHallSetup($hallId: ID!) {
    hall(id: $hallId) {
      id
      code
      name
      nameEn
      languages
      timezone
      targetWaitMinutes
      maxRecalls
      services {
        id
        code
        prefix
        name
        nameEn
        names {
          lang
          text
        }
        targetWaitMinutes
        dailyQuota
        queueAlertThreshold
        lastIssueMinutesBeforeClose
        active
      }
      counters {
        id
        label
        status
        services {
          rank
          service {
            id
            prefix
            name
            nameEn
          }
        }
      }
    }
  }
`);

export const hallStaffQuery = graphql(`
  query ConsoleHallStaff($hallId: ID) {
    staff(hallId: $hallId) {
      id
      username
      displayName
      role
      active
      halls {
        id
        name
        nameEn
      }
    }
  }
`);

export const ratingsQuery = graphql(`
  query ConsoleRatings($hallId: ID!, $from: DateTime!, $to: DateTime!) {
    ratings(hallId: $hallId, from: $from, to: $to) {
      id
      score
      comment
      createdAt
      followUpNote
      followedUpAt
      ticket {
        id
        number
      }
      segment {
        id
        service {
          id
          name
          nameEn
        }
        counter {
          id
          label
        }
        staff {
          id
          displayName
        }
      }
    }
  }
`);

export const followUpRatingMutation = graphql(`
  mutation ConsoleFollowUpRating($ratingId: ID!, $note: String!) {
    followUpRating(ratingId: $ratingId, note: $note) {
      id
      followUpNote
      followedUpAt
    }
  }
`);

export const updateHallMutation = graphql(`
  mutation ConsoleUpdateHall($hallId: ID!, $input: HallSettingsInput!) {
    updateHall(hallId: $hallId, input: $input) {
      id
      name
      nameEn
      languages
      names {
        lang
        text
      }
      timezone
      targetWaitMinutes
      maxRecalls
      active
      parent {
        id
      }
    }
  }
`);

export const createHallMutation = graphql(`
  mutation ConsoleCreateHall($input: CreateHallInput!) {
    createHall(input: $input) {
      id
      code
    }
  }
`);

export const hallHoursQuery = graphql(`
  query ConsoleHallHours($hallId: ID!) {
    hall(id: $hallId) {
      id
      timezone
      weeklyHours {
        ...ConsoleWeeklyHours
      }
      services {
        id
        prefix
        name
        nameEn
        active
        lastIssueMinutesBeforeClose
        weeklyHours {
          ...ConsoleWeeklyHours
        }
      }
    }
  }
`);

export const calendarQuery = graphql(`
  query ConsoleCalendar($hallId: ID!, $serviceId: ID, $from: String!, $to: String!) {
    calendar(hallId: $hallId, serviceId: $serviceId, from: $from, to: $to) {
      ...ConsoleCalendarDay
    }
  }
`);

export const setWeeklyHoursMutation = graphql(`
  mutation ConsoleSetWeeklyHours($hallId: ID!, $serviceId: ID, $hours: [WeeklyHoursInput!]!) {
    setWeeklyHours(hallId: $hallId, serviceId: $serviceId, hours: $hours) {
      ...ConsoleWeeklyHours
    }
  }
`);

export const setCalendarExceptionsMutation = graphql(`
  mutation ConsoleSetCalendarExceptions($hallId: ID!, $exceptions: [CalendarExceptionInput!]!) {
    setCalendarExceptions(hallId: $hallId, exceptions: $exceptions) {
      ...ConsoleCalendarDay
    }
  }
`);

export const removeCalendarExceptionMutation = graphql(`
  mutation ConsoleRemoveCalendarException($hallId: ID!, $date: String!) {
    removeCalendarException(hallId: $hallId, date: $date) {
      ...ConsoleCalendarDay
    }
  }
`);

export const importCalendarMutation = graphql(`
  mutation ConsoleImportCalendar($hallId: ID!, $ics: String!) {
    importCalendar(hallId: $hallId, ics: $ics) {
      ...ConsoleCalendarDay
    }
  }
`);

export const createServiceMutation = graphql(`
  mutation ConsoleCreateService($hallId: ID!, $input: ServiceInput!) {
    createService(hallId: $hallId, input: $input) {
      id
    }
  }
`);

export const updateServiceMutation = graphql(`
  mutation ConsoleUpdateService($serviceId: ID!, $input: ServiceInput!) {
    updateService(serviceId: $serviceId, input: $input) {
      id
    }
  }
`);

export const appointmentSettingsFieldsFragment = graphql(`
  fragment ConsoleAppointmentSettings on AppointmentSettings {
    enabled
    slotMinutes
    capacityPerSlot
    horizonDays
    leadMinutes
    earlyCheckInMinutes
    lateCheckInMinutes
  }
`);

/** A service's appointment settings, and the weekly hours (its own, else its hall's) its slots lie in. */
export const serviceAppointmentsQuery = graphql(`
  query ConsoleServiceAppointments($hallId: ID!) {
    hall(id: $hallId) {
      id
      timezone
      weeklyHours {
        ...ConsoleWeeklyHours
      }
      services {
        id
        weeklyHours {
          ...ConsoleWeeklyHours
        }
        appointmentSettings {
          ...ConsoleAppointmentSettings
        }
      }
    }
  }
`);

export const setAppointmentSettingsMutation = graphql(`
  mutation ConsoleSetAppointmentSettings($serviceId: ID!, $input: AppointmentSettingsInput!) {
    setAppointmentSettings(serviceId: $serviceId, input: $input) {
      id
      appointmentSettings {
        ...ConsoleAppointmentSettings
      }
    }
  }
`);

export const remoteJoinSettingsFieldsFragment = graphql(`
  fragment ConsoleRemoteJoinSettings on RemoteJoinSettings {
    enabled
    maxWaiting
    checkInAhead
    holdMinutes
  }
`);

/** The remote-join settings (远程取号) of the hall's services; the editor picks the one it edits. */
export const serviceRemoteJoinQuery = graphql(`
  query ConsoleServiceRemoteJoin($hallId: ID!) {
    hall(id: $hallId) {
      id
      services {
        id
        remoteJoinSettings {
          ...ConsoleRemoteJoinSettings
        }
      }
    }
  }
`);

export const setRemoteJoinSettingsMutation = graphql(`
  mutation ConsoleSetRemoteJoinSettings($serviceId: ID!, $input: RemoteJoinSettingsInput!) {
    setRemoteJoinSettings(serviceId: $serviceId, input: $input) {
      id
      remoteJoinSettings {
        ...ConsoleRemoteJoinSettings
      }
    }
  }
`);

/** A booking as the week of slots counts it: no caller's details. */
export const weekBookingFieldsFragment = graphql(`
  fragment ConsoleWeekBooking on Appointment {
    id
    slotStart
    slotEnd
    status
  }
`);

/**
 * A week of a service's slots (`/admin?tab=services`): its calendar, and each date's bookings (one
 * alias a date: `appointments` takes one date, and one request keeps the week in step).
 */
export const appointmentWeekQuery = graphql(`
  query ConsoleAppointmentWeek(
    $hallId: ID!
    $serviceId: ID!
    $from: String!
    $to: String!
    $day1: String!
    $day2: String!
    $day3: String!
    $day4: String!
    $day5: String!
    $day6: String!
    $day7: String!
  ) {
    calendar(hallId: $hallId, serviceId: $serviceId, from: $from, to: $to) {
      date
      open
      note
      periods {
        opens
        closes
      }
    }
    day1: appointments(hallId: $hallId, serviceId: $serviceId, date: $day1) {
      ...ConsoleWeekBooking
    }
    day2: appointments(hallId: $hallId, serviceId: $serviceId, date: $day2) {
      ...ConsoleWeekBooking
    }
    day3: appointments(hallId: $hallId, serviceId: $serviceId, date: $day3) {
      ...ConsoleWeekBooking
    }
    day4: appointments(hallId: $hallId, serviceId: $serviceId, date: $day4) {
      ...ConsoleWeekBooking
    }
    day5: appointments(hallId: $hallId, serviceId: $serviceId, date: $day5) {
      ...ConsoleWeekBooking
    }
    day6: appointments(hallId: $hallId, serviceId: $serviceId, date: $day6) {
      ...ConsoleWeekBooking
    }
    day7: appointments(hallId: $hallId, serviceId: $serviceId, date: $day7) {
      ...ConsoleWeekBooking
    }
  }
`);

export const createCounterMutation = graphql(`
  mutation ConsoleCreateCounter($hallId: ID!, $label: String!) {
    createCounter(hallId: $hallId, label: $label) {
      id
    }
  }
`);

export const setCounterServicesMutation = graphql(`
  mutation ConsoleSetCounterServices($counterId: ID!, $services: [CounterServiceInput!]!) {
    setCounterServices(counterId: $counterId, services: $services) {
      id
    }
  }
`);

export const createStaffMutation = graphql(`
  mutation ConsoleCreateStaff($input: StaffInput!) {
    createStaff(input: $input) {
      id
    }
  }
`);

export const updateStaffMutation = graphql(`
  mutation ConsoleUpdateStaff($staffId: ID!, $input: StaffInput!) {
    updateStaff(staffId: $staffId, input: $input) {
      id
      active
    }
  }
`);

export const resetPasswordMutation = graphql(`
  mutation ConsoleResetPassword($staffId: ID!, $password: String!) {
    resetPassword(staffId: $staffId, password: $password) {
      id
    }
  }
`);

export const hallDevicesQuery = graphql(`
  query ConsoleDevices($hallId: ID!) {
    devices(hallId: $hallId) {
      id
      name
      role
      online
      lastSeenAt
      revoked
    }
  }
`);

export const createDeviceTokenMutation = graphql(`
  mutation ConsoleCreateDeviceToken($hallId: ID!, $name: String!, $role: Role!) {
    createDeviceToken(hallId: $hallId, name: $name, role: $role) {
      id
      name
      role
      token
    }
  }
`);

export const revokeDeviceMutation = graphql(`
  mutation ConsoleRevokeDevice($deviceId: ID!) {
    revokeDevice(deviceId: $deviceId) {
      id
      revoked
    }
  }
`);

export const exportConfigurationQuery = graphql(`
  query ConsoleExportConfiguration($hallId: ID!) {
    exportConfiguration(hallId: $hallId)
  }
`);

export const importConfigurationMutation = graphql(`
  mutation ConsoleImportConfiguration($parentId: ID, $configuration: String!) {
    importConfiguration(parentId: $parentId, configuration: $configuration) {
      id
      code
      name
      nameEn
    }
  }
`);
