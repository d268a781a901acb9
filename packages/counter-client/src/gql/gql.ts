/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ConsoleAppointmentRow on Appointment {\n    id\n    status\n    slotStart\n    slotEnd\n    checkInCode\n    checkedInAt\n    phoneMasked\n    name\n    service {\n      id\n      prefix\n      name\n      nameEn\n    }\n  }\n": typeof types.ConsoleAppointmentRowFragmentDoc,
    "\n  query ConsoleAppointmentsOfDay($hallId: ID!, $date: String!, $serviceId: ID) {\n    appointments(hallId: $hallId, date: $date, serviceId: $serviceId) {\n      ...ConsoleAppointmentRow\n    }\n  }\n": typeof types.ConsoleAppointmentsOfDayDocument,
    "\n  query ConsoleAppointmentServices($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      services {\n        id\n        prefix\n        name\n        nameEn\n        active\n        appointmentSettings {\n          enabled\n          horizonDays\n        }\n      }\n    }\n  }\n": typeof types.ConsoleAppointmentServicesDocument,
    "\n  query ConsoleBookableSlots($hallId: ID!, $serviceId: ID!, $date: String!) {\n    slots(hallId: $hallId, serviceId: $serviceId, date: $date) {\n      start\n      end\n      capacity\n      available\n    }\n  }\n": typeof types.ConsoleBookableSlotsDocument,
    "\n  mutation ConsoleBookForCaller($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      manageCode\n      appointment {\n        ...ConsoleAppointmentRow\n      }\n    }\n  }\n": typeof types.ConsoleBookForCallerDocument,
    "\n  mutation ConsoleCancelAppointment($appointmentId: ID!, $reason: String!) {\n    cancelAppointmentAsStaff(appointmentId: $appointmentId, reason: $reason) {\n      ...ConsoleAppointmentRow\n    }\n  }\n": typeof types.ConsoleCancelAppointmentDocument,
    "\n  query ConsoleAppointmentStatuses($hallId: ID!, $date: String!) {\n    appointments(hallId: $hallId, date: $date) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleAppointmentStatusesDocument,
    "\n  query ConsoleHalls {\n    halls {\n      id\n      code\n      name\n      nameEn\n      languages\n      names {\n        lang\n        text\n      }\n      timezone\n      targetWaitMinutes\n      maxRecalls\n      active\n      parent {\n        id\n      }\n    }\n  }\n": typeof types.ConsoleHallsDocument,
    "\n  fragment ConsoleWeeklyHours on WeeklyHours {\n    weekday\n    periods {\n      opens\n      closes\n    }\n  }\n": typeof types.ConsoleWeeklyHoursFragmentDoc,
    "\n  fragment ConsoleCalendarDay on CalendarDay {\n    date\n    open\n    note\n    exception\n    periods {\n      opens\n      closes\n    }\n  }\n": typeof types.ConsoleCalendarDayFragmentDoc,
    "\n  fragment ConsoleHallStatusFields on HallStatus {\n    hallId\n    seq\n    board {\n      at\n      queues {\n        waiting\n        remoteWaiting\n        remoteCheckedIn\n        oldestQueuedAt\n        estimate {\n          p50Minutes\n          p90Minutes\n        }\n        service {\n          id\n          name\n          nameEn\n          prefix\n          targetWaitMinutes\n        }\n      }\n    }\n    counters {\n      id\n      label\n      status\n      pauseReason\n      staff {\n        id\n        displayName\n      }\n      currentTicket {\n        id\n        number\n        status\n        service {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n    devices {\n      id\n      name\n      role\n      online\n      lastSeenAt\n    }\n    alerts {\n      kind\n      message\n      since\n      service {\n        id\n      }\n      counter {\n        id\n        label\n      }\n      device {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsoleHallStatusFieldsFragmentDoc,
    "\n  subscription ConsoleHallStatusUpdated($hallId: ID!) {\n    hallStatusUpdated(hallId: $hallId) {\n      ...ConsoleHallStatusFields\n    }\n  }\n": typeof types.ConsoleHallStatusUpdatedDocument,
    "\n  fragment ConsoleStatsRowFields on StatsRow {\n    key\n    label\n    issued\n    served\n    noShows\n    cancelled\n    expired\n    appointmentsBooked\n    appointmentsMissed\n    avgWaitSeconds\n    p50WaitSeconds\n    p90WaitSeconds\n    maxWaitSeconds\n    avgServiceSeconds\n    p50ServiceSeconds\n    p90ServiceSeconds\n    slaRate\n    noShowRate\n    abandonRate\n    waitedOver\n    ratings\n    satisfactionRate\n    utilisation\n  }\n": typeof types.ConsoleStatsRowFieldsFragmentDoc,
    "\n  query ConsoleWaitStats($input: StatsInput!) {\n    waitStats(input: $input) {\n      ...ConsoleStatsRowFields\n    }\n  }\n": typeof types.ConsoleWaitStatsDocument,
    "\n  query ConsoleWaitStatsCsv($input: StatsInput!) {\n    waitStatsCsv(input: $input)\n  }\n": typeof types.ConsoleWaitStatsCsvDocument,
    "\n  query ConsoleHallSetup($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      code\n      name\n      nameEn\n      languages\n      timezone\n      targetWaitMinutes\n      maxRecalls\n      services {\n        id\n        code\n        prefix\n        name\n        nameEn\n        names {\n          lang\n          text\n        }\n        targetWaitMinutes\n        dailyQuota\n        queueAlertThreshold\n        lastIssueMinutesBeforeClose\n        active\n      }\n      counters {\n        id\n        label\n        status\n        services {\n          rank\n          service {\n            id\n            prefix\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleHallSetupDocument,
    "\n  query ConsoleHallStaff($hallId: ID) {\n    staff(hallId: $hallId) {\n      id\n      username\n      displayName\n      role\n      active\n      halls {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": typeof types.ConsoleHallStaffDocument,
    "\n  query ConsoleRatings($hallId: ID!, $from: DateTime!, $to: DateTime!) {\n    ratings(hallId: $hallId, from: $from, to: $to) {\n      id\n      score\n      comment\n      createdAt\n      followUpNote\n      followedUpAt\n      ticket {\n        id\n        number\n      }\n      segment {\n        id\n        service {\n          id\n          name\n          nameEn\n        }\n        counter {\n          id\n          label\n        }\n        staff {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ConsoleRatingsDocument,
    "\n  mutation ConsoleFollowUpRating($ratingId: ID!, $note: String!) {\n    followUpRating(ratingId: $ratingId, note: $note) {\n      id\n      followUpNote\n      followedUpAt\n    }\n  }\n": typeof types.ConsoleFollowUpRatingDocument,
    "\n  mutation ConsoleUpdateHall($hallId: ID!, $input: HallSettingsInput!) {\n    updateHall(hallId: $hallId, input: $input) {\n      id\n      name\n      nameEn\n      languages\n      names {\n        lang\n        text\n      }\n      timezone\n      targetWaitMinutes\n      maxRecalls\n      active\n      parent {\n        id\n      }\n    }\n  }\n": typeof types.ConsoleUpdateHallDocument,
    "\n  mutation ConsoleCreateHall($input: CreateHallInput!) {\n    createHall(input: $input) {\n      id\n      code\n    }\n  }\n": typeof types.ConsoleCreateHallDocument,
    "\n  query ConsoleHallHours($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      timezone\n      weeklyHours {\n        ...ConsoleWeeklyHours\n      }\n      services {\n        id\n        prefix\n        name\n        nameEn\n        active\n        lastIssueMinutesBeforeClose\n        weeklyHours {\n          ...ConsoleWeeklyHours\n        }\n      }\n    }\n  }\n": typeof types.ConsoleHallHoursDocument,
    "\n  query ConsoleCalendar($hallId: ID!, $serviceId: ID, $from: String!, $to: String!) {\n    calendar(hallId: $hallId, serviceId: $serviceId, from: $from, to: $to) {\n      ...ConsoleCalendarDay\n    }\n  }\n": typeof types.ConsoleCalendarDocument,
    "\n  mutation ConsoleSetWeeklyHours($hallId: ID!, $serviceId: ID, $hours: [WeeklyHoursInput!]!) {\n    setWeeklyHours(hallId: $hallId, serviceId: $serviceId, hours: $hours) {\n      ...ConsoleWeeklyHours\n    }\n  }\n": typeof types.ConsoleSetWeeklyHoursDocument,
    "\n  mutation ConsoleSetCalendarExceptions($hallId: ID!, $exceptions: [CalendarExceptionInput!]!) {\n    setCalendarExceptions(hallId: $hallId, exceptions: $exceptions) {\n      ...ConsoleCalendarDay\n    }\n  }\n": typeof types.ConsoleSetCalendarExceptionsDocument,
    "\n  mutation ConsoleRemoveCalendarException($hallId: ID!, $date: String!) {\n    removeCalendarException(hallId: $hallId, date: $date) {\n      ...ConsoleCalendarDay\n    }\n  }\n": typeof types.ConsoleRemoveCalendarExceptionDocument,
    "\n  mutation ConsoleImportCalendar($hallId: ID!, $ics: String!) {\n    importCalendar(hallId: $hallId, ics: $ics) {\n      ...ConsoleCalendarDay\n    }\n  }\n": typeof types.ConsoleImportCalendarDocument,
    "\n  mutation ConsoleCreateService($hallId: ID!, $input: ServiceInput!) {\n    createService(hallId: $hallId, input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateServiceDocument,
    "\n  mutation ConsoleUpdateService($serviceId: ID!, $input: ServiceInput!) {\n    updateService(serviceId: $serviceId, input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleUpdateServiceDocument,
    "\n  fragment ConsoleAppointmentSettings on AppointmentSettings {\n    enabled\n    slotMinutes\n    capacityPerSlot\n    horizonDays\n    leadMinutes\n    earlyCheckInMinutes\n    lateCheckInMinutes\n  }\n": typeof types.ConsoleAppointmentSettingsFragmentDoc,
    "\n  query ConsoleServiceAppointments($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      timezone\n      weeklyHours {\n        ...ConsoleWeeklyHours\n      }\n      services {\n        id\n        weeklyHours {\n          ...ConsoleWeeklyHours\n        }\n        appointmentSettings {\n          ...ConsoleAppointmentSettings\n        }\n      }\n    }\n  }\n": typeof types.ConsoleServiceAppointmentsDocument,
    "\n  mutation ConsoleSetAppointmentSettings($serviceId: ID!, $input: AppointmentSettingsInput!) {\n    setAppointmentSettings(serviceId: $serviceId, input: $input) {\n      id\n      appointmentSettings {\n        ...ConsoleAppointmentSettings\n      }\n    }\n  }\n": typeof types.ConsoleSetAppointmentSettingsDocument,
    "\n  fragment ConsoleRemoteJoinSettings on RemoteJoinSettings {\n    enabled\n    maxWaiting\n    checkInAhead\n    holdMinutes\n  }\n": typeof types.ConsoleRemoteJoinSettingsFragmentDoc,
    "\n  query ConsoleServiceRemoteJoin($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      services {\n        id\n        remoteJoinSettings {\n          ...ConsoleRemoteJoinSettings\n        }\n      }\n    }\n  }\n": typeof types.ConsoleServiceRemoteJoinDocument,
    "\n  mutation ConsoleSetRemoteJoinSettings($serviceId: ID!, $input: RemoteJoinSettingsInput!) {\n    setRemoteJoinSettings(serviceId: $serviceId, input: $input) {\n      id\n      remoteJoinSettings {\n        ...ConsoleRemoteJoinSettings\n      }\n    }\n  }\n": typeof types.ConsoleSetRemoteJoinSettingsDocument,
    "\n  fragment ConsoleWeekBooking on Appointment {\n    id\n    slotStart\n    slotEnd\n    status\n  }\n": typeof types.ConsoleWeekBookingFragmentDoc,
    "\n  query ConsoleAppointmentWeek(\n    $hallId: ID!\n    $serviceId: ID!\n    $from: String!\n    $to: String!\n    $day1: String!\n    $day2: String!\n    $day3: String!\n    $day4: String!\n    $day5: String!\n    $day6: String!\n    $day7: String!\n  ) {\n    calendar(hallId: $hallId, serviceId: $serviceId, from: $from, to: $to) {\n      date\n      open\n      note\n      periods {\n        opens\n        closes\n      }\n    }\n    day1: appointments(hallId: $hallId, serviceId: $serviceId, date: $day1) {\n      ...ConsoleWeekBooking\n    }\n    day2: appointments(hallId: $hallId, serviceId: $serviceId, date: $day2) {\n      ...ConsoleWeekBooking\n    }\n    day3: appointments(hallId: $hallId, serviceId: $serviceId, date: $day3) {\n      ...ConsoleWeekBooking\n    }\n    day4: appointments(hallId: $hallId, serviceId: $serviceId, date: $day4) {\n      ...ConsoleWeekBooking\n    }\n    day5: appointments(hallId: $hallId, serviceId: $serviceId, date: $day5) {\n      ...ConsoleWeekBooking\n    }\n    day6: appointments(hallId: $hallId, serviceId: $serviceId, date: $day6) {\n      ...ConsoleWeekBooking\n    }\n    day7: appointments(hallId: $hallId, serviceId: $serviceId, date: $day7) {\n      ...ConsoleWeekBooking\n    }\n  }\n": typeof types.ConsoleAppointmentWeekDocument,
    "\n  mutation ConsoleCreateCounter($hallId: ID!, $label: String!) {\n    createCounter(hallId: $hallId, label: $label) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateCounterDocument,
    "\n  mutation ConsoleSetCounterServices($counterId: ID!, $services: [CounterServiceInput!]!) {\n    setCounterServices(counterId: $counterId, services: $services) {\n      id\n    }\n  }\n": typeof types.ConsoleSetCounterServicesDocument,
    "\n  mutation ConsoleCreateStaff($input: StaffInput!) {\n    createStaff(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateStaffDocument,
    "\n  mutation ConsoleUpdateStaff($staffId: ID!, $input: StaffInput!) {\n    updateStaff(staffId: $staffId, input: $input) {\n      id\n      active\n    }\n  }\n": typeof types.ConsoleUpdateStaffDocument,
    "\n  mutation ConsoleResetPassword($staffId: ID!, $password: String!) {\n    resetPassword(staffId: $staffId, password: $password) {\n      id\n    }\n  }\n": typeof types.ConsoleResetPasswordDocument,
    "\n  query ConsoleDevices($hallId: ID!) {\n    devices(hallId: $hallId) {\n      id\n      name\n      role\n      online\n      lastSeenAt\n      revoked\n    }\n  }\n": typeof types.ConsoleDevicesDocument,
    "\n  mutation ConsoleCreateDeviceToken($hallId: ID!, $name: String!, $role: Role!) {\n    createDeviceToken(hallId: $hallId, name: $name, role: $role) {\n      id\n      name\n      role\n      token\n    }\n  }\n": typeof types.ConsoleCreateDeviceTokenDocument,
    "\n  mutation ConsoleRevokeDevice($deviceId: ID!) {\n    revokeDevice(deviceId: $deviceId) {\n      id\n      revoked\n    }\n  }\n": typeof types.ConsoleRevokeDeviceDocument,
    "\n  query ConsoleExportConfiguration($hallId: ID!) {\n    exportConfiguration(hallId: $hallId)\n  }\n": typeof types.ConsoleExportConfigurationDocument,
    "\n  mutation ConsoleImportConfiguration($parentId: ID, $configuration: String!) {\n    importConfiguration(parentId: $parentId, configuration: $configuration) {\n      id\n      code\n      name\n      nameEn\n    }\n  }\n": typeof types.ConsoleImportConfigurationDocument,
    "\n  fragment StaffSessionFields on Staff {\n    id\n    username\n    displayName\n    role\n    halls {\n      id\n      name\n    }\n  }\n": typeof types.StaffSessionFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...StaffSessionFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      staff {\n        ...StaffSessionFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment WorkstationTicket on Ticket {\n    id\n    number\n    status\n    priority\n    channel\n    checkedIn\n    appointment {\n      id\n      slotStart\n    }\n    queuedAt\n    calledAt\n    servingAt\n    recallCount\n    service {\n      id\n      name\n      nameEn\n      prefix\n    }\n    route {\n      id\n      name\n      nameEn\n      prefix\n    }\n  }\n": typeof types.WorkstationTicketFragmentDoc,
    "\n  query WorkstationHalls {\n    halls {\n      id\n      name\n      nameEn\n    }\n  }\n": typeof types.WorkstationHallsDocument,
    "\n  query WorkstationHall($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      name\n      nameEn\n      services {\n        id\n        name\n        nameEn\n        prefix\n      }\n      counters {\n        id\n        label\n        status\n        staff {\n          id\n          displayName\n        }\n        services {\n          rank\n          service {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkstationHallDocument,
    "\n  query WorkstationCounter($hallId: ID!, $counterId: ID!) {\n    board(hallId: $hallId) {\n      at\n    }\n    counter(id: $counterId) {\n      id\n      label\n      status\n      pauseReason\n      staff {\n        id\n        displayName\n      }\n      services {\n        rank\n        service {\n          id\n        }\n      }\n      currentTicket {\n        ...WorkstationTicket\n      }\n      parkedTickets {\n        ...WorkstationTicket\n      }\n      hall {\n        id\n        name\n        nameEn\n        timezone\n        maxRecalls\n        services {\n          id\n          name\n          nameEn\n          prefix\n          active\n          waitingCount\n        }\n      }\n    }\n  }\n": typeof types.WorkstationCounterDocument,
    "\n  query HallWaiting($hallId: ID!) {\n    queue(hallId: $hallId) {\n      ...WorkstationTicket\n    }\n  }\n": typeof types.HallWaitingDocument,
    "\n  query OwnFigures($input: StatsInput!) {\n    waitStats(input: $input) {\n      key\n      served\n      noShows\n      avgServiceSeconds\n    }\n  }\n": typeof types.OwnFiguresDocument,
    "\n  subscription CounterQueueUpdated($counterId: ID!) {\n    counterQueueUpdated(counterId: $counterId) {\n      ...WorkstationTicket\n    }\n  }\n": typeof types.CounterQueueUpdatedDocument,
    "\n  mutation OpenCounter($counterId: ID!) {\n    openCounter(counterId: $counterId) {\n      id\n      status\n    }\n  }\n": typeof types.OpenCounterDocument,
    "\n  mutation PauseCounter($counterId: ID!, $reason: String!) {\n    pauseCounter(counterId: $counterId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.PauseCounterDocument,
    "\n  mutation ResumeCounter($counterId: ID!) {\n    resumeCounter(counterId: $counterId) {\n      id\n      status\n    }\n  }\n": typeof types.ResumeCounterDocument,
    "\n  mutation CloseCounter($counterId: ID!) {\n    closeCounter(counterId: $counterId) {\n      id\n      status\n    }\n  }\n": typeof types.CloseCounterDocument,
    "\n  mutation CallNext($counterId: ID!) {\n    callNext(counterId: $counterId) {\n      ...WorkstationTicket\n    }\n  }\n": typeof types.CallNextDocument,
    "\n  mutation CallTicket($counterId: ID!, $ticketId: ID!, $reason: String!) {\n    callTicket(counterId: $counterId, ticketId: $ticketId, reason: $reason) {\n      ...WorkstationTicket\n    }\n  }\n": typeof types.CallTicketDocument,
    "\n  mutation RecallTicket($ticketId: ID!) {\n    recallTicket(ticketId: $ticketId) {\n      ...WorkstationTicket\n    }\n  }\n": typeof types.RecallTicketDocument,
    "\n  mutation StartServing($ticketId: ID!) {\n    startServing(ticketId: $ticketId) {\n      ...WorkstationTicket\n    }\n  }\n": typeof types.StartServingDocument,
    "\n  mutation CompleteTicket($ticketId: ID!, $outcome: String) {\n    completeTicket(ticketId: $ticketId, outcome: $outcome) {\n      ...WorkstationTicket\n    }\n  }\n": typeof types.CompleteTicketDocument,
    "\n  mutation MarkNoShow($ticketId: ID!) {\n    markNoShow(ticketId: $ticketId) {\n      ...WorkstationTicket\n    }\n  }\n": typeof types.MarkNoShowDocument,
    "\n  mutation RequeueTicket($ticketId: ID!) {\n    requeueTicket(ticketId: $ticketId) {\n      ...WorkstationTicket\n    }\n  }\n": typeof types.RequeueTicketDocument,
    "\n  mutation TransferTicket($ticketId: ID!, $serviceId: ID!, $placement: TransferPlacement!) {\n    transferTicket(ticketId: $ticketId, serviceId: $serviceId, placement: $placement) {\n      ...WorkstationTicket\n    }\n  }\n": typeof types.TransferTicketDocument,
    "\n  mutation ParkTicket($ticketId: ID!) {\n    parkTicket(ticketId: $ticketId) {\n      ...WorkstationTicket\n    }\n  }\n": typeof types.ParkTicketDocument,
    "\n  mutation ResumeTicket($ticketId: ID!) {\n    resumeTicket(ticketId: $ticketId) {\n      ...WorkstationTicket\n    }\n  }\n": typeof types.ResumeTicketDocument,
};
const documents: Documents = {
    "\n  fragment ConsoleAppointmentRow on Appointment {\n    id\n    status\n    slotStart\n    slotEnd\n    checkInCode\n    checkedInAt\n    phoneMasked\n    name\n    service {\n      id\n      prefix\n      name\n      nameEn\n    }\n  }\n": types.ConsoleAppointmentRowFragmentDoc,
    "\n  query ConsoleAppointmentsOfDay($hallId: ID!, $date: String!, $serviceId: ID) {\n    appointments(hallId: $hallId, date: $date, serviceId: $serviceId) {\n      ...ConsoleAppointmentRow\n    }\n  }\n": types.ConsoleAppointmentsOfDayDocument,
    "\n  query ConsoleAppointmentServices($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      services {\n        id\n        prefix\n        name\n        nameEn\n        active\n        appointmentSettings {\n          enabled\n          horizonDays\n        }\n      }\n    }\n  }\n": types.ConsoleAppointmentServicesDocument,
    "\n  query ConsoleBookableSlots($hallId: ID!, $serviceId: ID!, $date: String!) {\n    slots(hallId: $hallId, serviceId: $serviceId, date: $date) {\n      start\n      end\n      capacity\n      available\n    }\n  }\n": types.ConsoleBookableSlotsDocument,
    "\n  mutation ConsoleBookForCaller($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      manageCode\n      appointment {\n        ...ConsoleAppointmentRow\n      }\n    }\n  }\n": types.ConsoleBookForCallerDocument,
    "\n  mutation ConsoleCancelAppointment($appointmentId: ID!, $reason: String!) {\n    cancelAppointmentAsStaff(appointmentId: $appointmentId, reason: $reason) {\n      ...ConsoleAppointmentRow\n    }\n  }\n": types.ConsoleCancelAppointmentDocument,
    "\n  query ConsoleAppointmentStatuses($hallId: ID!, $date: String!) {\n    appointments(hallId: $hallId, date: $date) {\n      id\n      status\n    }\n  }\n": types.ConsoleAppointmentStatusesDocument,
    "\n  query ConsoleHalls {\n    halls {\n      id\n      code\n      name\n      nameEn\n      languages\n      names {\n        lang\n        text\n      }\n      timezone\n      targetWaitMinutes\n      maxRecalls\n      active\n      parent {\n        id\n      }\n    }\n  }\n": types.ConsoleHallsDocument,
    "\n  fragment ConsoleWeeklyHours on WeeklyHours {\n    weekday\n    periods {\n      opens\n      closes\n    }\n  }\n": types.ConsoleWeeklyHoursFragmentDoc,
    "\n  fragment ConsoleCalendarDay on CalendarDay {\n    date\n    open\n    note\n    exception\n    periods {\n      opens\n      closes\n    }\n  }\n": types.ConsoleCalendarDayFragmentDoc,
    "\n  fragment ConsoleHallStatusFields on HallStatus {\n    hallId\n    seq\n    board {\n      at\n      queues {\n        waiting\n        remoteWaiting\n        remoteCheckedIn\n        oldestQueuedAt\n        estimate {\n          p50Minutes\n          p90Minutes\n        }\n        service {\n          id\n          name\n          nameEn\n          prefix\n          targetWaitMinutes\n        }\n      }\n    }\n    counters {\n      id\n      label\n      status\n      pauseReason\n      staff {\n        id\n        displayName\n      }\n      currentTicket {\n        id\n        number\n        status\n        service {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n    devices {\n      id\n      name\n      role\n      online\n      lastSeenAt\n    }\n    alerts {\n      kind\n      message\n      since\n      service {\n        id\n      }\n      counter {\n        id\n        label\n      }\n      device {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleHallStatusFieldsFragmentDoc,
    "\n  subscription ConsoleHallStatusUpdated($hallId: ID!) {\n    hallStatusUpdated(hallId: $hallId) {\n      ...ConsoleHallStatusFields\n    }\n  }\n": types.ConsoleHallStatusUpdatedDocument,
    "\n  fragment ConsoleStatsRowFields on StatsRow {\n    key\n    label\n    issued\n    served\n    noShows\n    cancelled\n    expired\n    appointmentsBooked\n    appointmentsMissed\n    avgWaitSeconds\n    p50WaitSeconds\n    p90WaitSeconds\n    maxWaitSeconds\n    avgServiceSeconds\n    p50ServiceSeconds\n    p90ServiceSeconds\n    slaRate\n    noShowRate\n    abandonRate\n    waitedOver\n    ratings\n    satisfactionRate\n    utilisation\n  }\n": types.ConsoleStatsRowFieldsFragmentDoc,
    "\n  query ConsoleWaitStats($input: StatsInput!) {\n    waitStats(input: $input) {\n      ...ConsoleStatsRowFields\n    }\n  }\n": types.ConsoleWaitStatsDocument,
    "\n  query ConsoleWaitStatsCsv($input: StatsInput!) {\n    waitStatsCsv(input: $input)\n  }\n": types.ConsoleWaitStatsCsvDocument,
    "\n  query ConsoleHallSetup($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      code\n      name\n      nameEn\n      languages\n      timezone\n      targetWaitMinutes\n      maxRecalls\n      services {\n        id\n        code\n        prefix\n        name\n        nameEn\n        names {\n          lang\n          text\n        }\n        targetWaitMinutes\n        dailyQuota\n        queueAlertThreshold\n        lastIssueMinutesBeforeClose\n        active\n      }\n      counters {\n        id\n        label\n        status\n        services {\n          rank\n          service {\n            id\n            prefix\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleHallSetupDocument,
    "\n  query ConsoleHallStaff($hallId: ID) {\n    staff(hallId: $hallId) {\n      id\n      username\n      displayName\n      role\n      active\n      halls {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n": types.ConsoleHallStaffDocument,
    "\n  query ConsoleRatings($hallId: ID!, $from: DateTime!, $to: DateTime!) {\n    ratings(hallId: $hallId, from: $from, to: $to) {\n      id\n      score\n      comment\n      createdAt\n      followUpNote\n      followedUpAt\n      ticket {\n        id\n        number\n      }\n      segment {\n        id\n        service {\n          id\n          name\n          nameEn\n        }\n        counter {\n          id\n          label\n        }\n        staff {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.ConsoleRatingsDocument,
    "\n  mutation ConsoleFollowUpRating($ratingId: ID!, $note: String!) {\n    followUpRating(ratingId: $ratingId, note: $note) {\n      id\n      followUpNote\n      followedUpAt\n    }\n  }\n": types.ConsoleFollowUpRatingDocument,
    "\n  mutation ConsoleUpdateHall($hallId: ID!, $input: HallSettingsInput!) {\n    updateHall(hallId: $hallId, input: $input) {\n      id\n      name\n      nameEn\n      languages\n      names {\n        lang\n        text\n      }\n      timezone\n      targetWaitMinutes\n      maxRecalls\n      active\n      parent {\n        id\n      }\n    }\n  }\n": types.ConsoleUpdateHallDocument,
    "\n  mutation ConsoleCreateHall($input: CreateHallInput!) {\n    createHall(input: $input) {\n      id\n      code\n    }\n  }\n": types.ConsoleCreateHallDocument,
    "\n  query ConsoleHallHours($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      timezone\n      weeklyHours {\n        ...ConsoleWeeklyHours\n      }\n      services {\n        id\n        prefix\n        name\n        nameEn\n        active\n        lastIssueMinutesBeforeClose\n        weeklyHours {\n          ...ConsoleWeeklyHours\n        }\n      }\n    }\n  }\n": types.ConsoleHallHoursDocument,
    "\n  query ConsoleCalendar($hallId: ID!, $serviceId: ID, $from: String!, $to: String!) {\n    calendar(hallId: $hallId, serviceId: $serviceId, from: $from, to: $to) {\n      ...ConsoleCalendarDay\n    }\n  }\n": types.ConsoleCalendarDocument,
    "\n  mutation ConsoleSetWeeklyHours($hallId: ID!, $serviceId: ID, $hours: [WeeklyHoursInput!]!) {\n    setWeeklyHours(hallId: $hallId, serviceId: $serviceId, hours: $hours) {\n      ...ConsoleWeeklyHours\n    }\n  }\n": types.ConsoleSetWeeklyHoursDocument,
    "\n  mutation ConsoleSetCalendarExceptions($hallId: ID!, $exceptions: [CalendarExceptionInput!]!) {\n    setCalendarExceptions(hallId: $hallId, exceptions: $exceptions) {\n      ...ConsoleCalendarDay\n    }\n  }\n": types.ConsoleSetCalendarExceptionsDocument,
    "\n  mutation ConsoleRemoveCalendarException($hallId: ID!, $date: String!) {\n    removeCalendarException(hallId: $hallId, date: $date) {\n      ...ConsoleCalendarDay\n    }\n  }\n": types.ConsoleRemoveCalendarExceptionDocument,
    "\n  mutation ConsoleImportCalendar($hallId: ID!, $ics: String!) {\n    importCalendar(hallId: $hallId, ics: $ics) {\n      ...ConsoleCalendarDay\n    }\n  }\n": types.ConsoleImportCalendarDocument,
    "\n  mutation ConsoleCreateService($hallId: ID!, $input: ServiceInput!) {\n    createService(hallId: $hallId, input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreateServiceDocument,
    "\n  mutation ConsoleUpdateService($serviceId: ID!, $input: ServiceInput!) {\n    updateService(serviceId: $serviceId, input: $input) {\n      id\n    }\n  }\n": types.ConsoleUpdateServiceDocument,
    "\n  fragment ConsoleAppointmentSettings on AppointmentSettings {\n    enabled\n    slotMinutes\n    capacityPerSlot\n    horizonDays\n    leadMinutes\n    earlyCheckInMinutes\n    lateCheckInMinutes\n  }\n": types.ConsoleAppointmentSettingsFragmentDoc,
    "\n  query ConsoleServiceAppointments($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      timezone\n      weeklyHours {\n        ...ConsoleWeeklyHours\n      }\n      services {\n        id\n        weeklyHours {\n          ...ConsoleWeeklyHours\n        }\n        appointmentSettings {\n          ...ConsoleAppointmentSettings\n        }\n      }\n    }\n  }\n": types.ConsoleServiceAppointmentsDocument,
    "\n  mutation ConsoleSetAppointmentSettings($serviceId: ID!, $input: AppointmentSettingsInput!) {\n    setAppointmentSettings(serviceId: $serviceId, input: $input) {\n      id\n      appointmentSettings {\n        ...ConsoleAppointmentSettings\n      }\n    }\n  }\n": types.ConsoleSetAppointmentSettingsDocument,
    "\n  fragment ConsoleRemoteJoinSettings on RemoteJoinSettings {\n    enabled\n    maxWaiting\n    checkInAhead\n    holdMinutes\n  }\n": types.ConsoleRemoteJoinSettingsFragmentDoc,
    "\n  query ConsoleServiceRemoteJoin($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      services {\n        id\n        remoteJoinSettings {\n          ...ConsoleRemoteJoinSettings\n        }\n      }\n    }\n  }\n": types.ConsoleServiceRemoteJoinDocument,
    "\n  mutation ConsoleSetRemoteJoinSettings($serviceId: ID!, $input: RemoteJoinSettingsInput!) {\n    setRemoteJoinSettings(serviceId: $serviceId, input: $input) {\n      id\n      remoteJoinSettings {\n        ...ConsoleRemoteJoinSettings\n      }\n    }\n  }\n": types.ConsoleSetRemoteJoinSettingsDocument,
    "\n  fragment ConsoleWeekBooking on Appointment {\n    id\n    slotStart\n    slotEnd\n    status\n  }\n": types.ConsoleWeekBookingFragmentDoc,
    "\n  query ConsoleAppointmentWeek(\n    $hallId: ID!\n    $serviceId: ID!\n    $from: String!\n    $to: String!\n    $day1: String!\n    $day2: String!\n    $day3: String!\n    $day4: String!\n    $day5: String!\n    $day6: String!\n    $day7: String!\n  ) {\n    calendar(hallId: $hallId, serviceId: $serviceId, from: $from, to: $to) {\n      date\n      open\n      note\n      periods {\n        opens\n        closes\n      }\n    }\n    day1: appointments(hallId: $hallId, serviceId: $serviceId, date: $day1) {\n      ...ConsoleWeekBooking\n    }\n    day2: appointments(hallId: $hallId, serviceId: $serviceId, date: $day2) {\n      ...ConsoleWeekBooking\n    }\n    day3: appointments(hallId: $hallId, serviceId: $serviceId, date: $day3) {\n      ...ConsoleWeekBooking\n    }\n    day4: appointments(hallId: $hallId, serviceId: $serviceId, date: $day4) {\n      ...ConsoleWeekBooking\n    }\n    day5: appointments(hallId: $hallId, serviceId: $serviceId, date: $day5) {\n      ...ConsoleWeekBooking\n    }\n    day6: appointments(hallId: $hallId, serviceId: $serviceId, date: $day6) {\n      ...ConsoleWeekBooking\n    }\n    day7: appointments(hallId: $hallId, serviceId: $serviceId, date: $day7) {\n      ...ConsoleWeekBooking\n    }\n  }\n": types.ConsoleAppointmentWeekDocument,
    "\n  mutation ConsoleCreateCounter($hallId: ID!, $label: String!) {\n    createCounter(hallId: $hallId, label: $label) {\n      id\n    }\n  }\n": types.ConsoleCreateCounterDocument,
    "\n  mutation ConsoleSetCounterServices($counterId: ID!, $services: [CounterServiceInput!]!) {\n    setCounterServices(counterId: $counterId, services: $services) {\n      id\n    }\n  }\n": types.ConsoleSetCounterServicesDocument,
    "\n  mutation ConsoleCreateStaff($input: StaffInput!) {\n    createStaff(input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreateStaffDocument,
    "\n  mutation ConsoleUpdateStaff($staffId: ID!, $input: StaffInput!) {\n    updateStaff(staffId: $staffId, input: $input) {\n      id\n      active\n    }\n  }\n": types.ConsoleUpdateStaffDocument,
    "\n  mutation ConsoleResetPassword($staffId: ID!, $password: String!) {\n    resetPassword(staffId: $staffId, password: $password) {\n      id\n    }\n  }\n": types.ConsoleResetPasswordDocument,
    "\n  query ConsoleDevices($hallId: ID!) {\n    devices(hallId: $hallId) {\n      id\n      name\n      role\n      online\n      lastSeenAt\n      revoked\n    }\n  }\n": types.ConsoleDevicesDocument,
    "\n  mutation ConsoleCreateDeviceToken($hallId: ID!, $name: String!, $role: Role!) {\n    createDeviceToken(hallId: $hallId, name: $name, role: $role) {\n      id\n      name\n      role\n      token\n    }\n  }\n": types.ConsoleCreateDeviceTokenDocument,
    "\n  mutation ConsoleRevokeDevice($deviceId: ID!) {\n    revokeDevice(deviceId: $deviceId) {\n      id\n      revoked\n    }\n  }\n": types.ConsoleRevokeDeviceDocument,
    "\n  query ConsoleExportConfiguration($hallId: ID!) {\n    exportConfiguration(hallId: $hallId)\n  }\n": types.ConsoleExportConfigurationDocument,
    "\n  mutation ConsoleImportConfiguration($parentId: ID, $configuration: String!) {\n    importConfiguration(parentId: $parentId, configuration: $configuration) {\n      id\n      code\n      name\n      nameEn\n    }\n  }\n": types.ConsoleImportConfigurationDocument,
    "\n  fragment StaffSessionFields on Staff {\n    id\n    username\n    displayName\n    role\n    halls {\n      id\n      name\n    }\n  }\n": types.StaffSessionFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...StaffSessionFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      staff {\n        ...StaffSessionFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment WorkstationTicket on Ticket {\n    id\n    number\n    status\n    priority\n    channel\n    checkedIn\n    appointment {\n      id\n      slotStart\n    }\n    queuedAt\n    calledAt\n    servingAt\n    recallCount\n    service {\n      id\n      name\n      nameEn\n      prefix\n    }\n    route {\n      id\n      name\n      nameEn\n      prefix\n    }\n  }\n": types.WorkstationTicketFragmentDoc,
    "\n  query WorkstationHalls {\n    halls {\n      id\n      name\n      nameEn\n    }\n  }\n": types.WorkstationHallsDocument,
    "\n  query WorkstationHall($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      name\n      nameEn\n      services {\n        id\n        name\n        nameEn\n        prefix\n      }\n      counters {\n        id\n        label\n        status\n        staff {\n          id\n          displayName\n        }\n        services {\n          rank\n          service {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.WorkstationHallDocument,
    "\n  query WorkstationCounter($hallId: ID!, $counterId: ID!) {\n    board(hallId: $hallId) {\n      at\n    }\n    counter(id: $counterId) {\n      id\n      label\n      status\n      pauseReason\n      staff {\n        id\n        displayName\n      }\n      services {\n        rank\n        service {\n          id\n        }\n      }\n      currentTicket {\n        ...WorkstationTicket\n      }\n      parkedTickets {\n        ...WorkstationTicket\n      }\n      hall {\n        id\n        name\n        nameEn\n        timezone\n        maxRecalls\n        services {\n          id\n          name\n          nameEn\n          prefix\n          active\n          waitingCount\n        }\n      }\n    }\n  }\n": types.WorkstationCounterDocument,
    "\n  query HallWaiting($hallId: ID!) {\n    queue(hallId: $hallId) {\n      ...WorkstationTicket\n    }\n  }\n": types.HallWaitingDocument,
    "\n  query OwnFigures($input: StatsInput!) {\n    waitStats(input: $input) {\n      key\n      served\n      noShows\n      avgServiceSeconds\n    }\n  }\n": types.OwnFiguresDocument,
    "\n  subscription CounterQueueUpdated($counterId: ID!) {\n    counterQueueUpdated(counterId: $counterId) {\n      ...WorkstationTicket\n    }\n  }\n": types.CounterQueueUpdatedDocument,
    "\n  mutation OpenCounter($counterId: ID!) {\n    openCounter(counterId: $counterId) {\n      id\n      status\n    }\n  }\n": types.OpenCounterDocument,
    "\n  mutation PauseCounter($counterId: ID!, $reason: String!) {\n    pauseCounter(counterId: $counterId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.PauseCounterDocument,
    "\n  mutation ResumeCounter($counterId: ID!) {\n    resumeCounter(counterId: $counterId) {\n      id\n      status\n    }\n  }\n": types.ResumeCounterDocument,
    "\n  mutation CloseCounter($counterId: ID!) {\n    closeCounter(counterId: $counterId) {\n      id\n      status\n    }\n  }\n": types.CloseCounterDocument,
    "\n  mutation CallNext($counterId: ID!) {\n    callNext(counterId: $counterId) {\n      ...WorkstationTicket\n    }\n  }\n": types.CallNextDocument,
    "\n  mutation CallTicket($counterId: ID!, $ticketId: ID!, $reason: String!) {\n    callTicket(counterId: $counterId, ticketId: $ticketId, reason: $reason) {\n      ...WorkstationTicket\n    }\n  }\n": types.CallTicketDocument,
    "\n  mutation RecallTicket($ticketId: ID!) {\n    recallTicket(ticketId: $ticketId) {\n      ...WorkstationTicket\n    }\n  }\n": types.RecallTicketDocument,
    "\n  mutation StartServing($ticketId: ID!) {\n    startServing(ticketId: $ticketId) {\n      ...WorkstationTicket\n    }\n  }\n": types.StartServingDocument,
    "\n  mutation CompleteTicket($ticketId: ID!, $outcome: String) {\n    completeTicket(ticketId: $ticketId, outcome: $outcome) {\n      ...WorkstationTicket\n    }\n  }\n": types.CompleteTicketDocument,
    "\n  mutation MarkNoShow($ticketId: ID!) {\n    markNoShow(ticketId: $ticketId) {\n      ...WorkstationTicket\n    }\n  }\n": types.MarkNoShowDocument,
    "\n  mutation RequeueTicket($ticketId: ID!) {\n    requeueTicket(ticketId: $ticketId) {\n      ...WorkstationTicket\n    }\n  }\n": types.RequeueTicketDocument,
    "\n  mutation TransferTicket($ticketId: ID!, $serviceId: ID!, $placement: TransferPlacement!) {\n    transferTicket(ticketId: $ticketId, serviceId: $serviceId, placement: $placement) {\n      ...WorkstationTicket\n    }\n  }\n": types.TransferTicketDocument,
    "\n  mutation ParkTicket($ticketId: ID!) {\n    parkTicket(ticketId: $ticketId) {\n      ...WorkstationTicket\n    }\n  }\n": types.ParkTicketDocument,
    "\n  mutation ResumeTicket($ticketId: ID!) {\n    resumeTicket(ticketId: $ticketId) {\n      ...WorkstationTicket\n    }\n  }\n": types.ResumeTicketDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleAppointmentRow on Appointment {\n    id\n    status\n    slotStart\n    slotEnd\n    checkInCode\n    checkedInAt\n    phoneMasked\n    name\n    service {\n      id\n      prefix\n      name\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  fragment ConsoleAppointmentRow on Appointment {\n    id\n    status\n    slotStart\n    slotEnd\n    checkInCode\n    checkedInAt\n    phoneMasked\n    name\n    service {\n      id\n      prefix\n      name\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAppointmentsOfDay($hallId: ID!, $date: String!, $serviceId: ID) {\n    appointments(hallId: $hallId, date: $date, serviceId: $serviceId) {\n      ...ConsoleAppointmentRow\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAppointmentsOfDay($hallId: ID!, $date: String!, $serviceId: ID) {\n    appointments(hallId: $hallId, date: $date, serviceId: $serviceId) {\n      ...ConsoleAppointmentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAppointmentServices($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      services {\n        id\n        prefix\n        name\n        nameEn\n        active\n        appointmentSettings {\n          enabled\n          horizonDays\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAppointmentServices($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      services {\n        id\n        prefix\n        name\n        nameEn\n        active\n        appointmentSettings {\n          enabled\n          horizonDays\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleBookableSlots($hallId: ID!, $serviceId: ID!, $date: String!) {\n    slots(hallId: $hallId, serviceId: $serviceId, date: $date) {\n      start\n      end\n      capacity\n      available\n    }\n  }\n"): (typeof documents)["\n  query ConsoleBookableSlots($hallId: ID!, $serviceId: ID!, $date: String!) {\n    slots(hallId: $hallId, serviceId: $serviceId, date: $date) {\n      start\n      end\n      capacity\n      available\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleBookForCaller($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      manageCode\n      appointment {\n        ...ConsoleAppointmentRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleBookForCaller($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      manageCode\n      appointment {\n        ...ConsoleAppointmentRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCancelAppointment($appointmentId: ID!, $reason: String!) {\n    cancelAppointmentAsStaff(appointmentId: $appointmentId, reason: $reason) {\n      ...ConsoleAppointmentRow\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCancelAppointment($appointmentId: ID!, $reason: String!) {\n    cancelAppointmentAsStaff(appointmentId: $appointmentId, reason: $reason) {\n      ...ConsoleAppointmentRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAppointmentStatuses($hallId: ID!, $date: String!) {\n    appointments(hallId: $hallId, date: $date) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAppointmentStatuses($hallId: ID!, $date: String!) {\n    appointments(hallId: $hallId, date: $date) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleHalls {\n    halls {\n      id\n      code\n      name\n      nameEn\n      languages\n      names {\n        lang\n        text\n      }\n      timezone\n      targetWaitMinutes\n      maxRecalls\n      active\n      parent {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleHalls {\n    halls {\n      id\n      code\n      name\n      nameEn\n      languages\n      names {\n        lang\n        text\n      }\n      timezone\n      targetWaitMinutes\n      maxRecalls\n      active\n      parent {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleWeeklyHours on WeeklyHours {\n    weekday\n    periods {\n      opens\n      closes\n    }\n  }\n"): (typeof documents)["\n  fragment ConsoleWeeklyHours on WeeklyHours {\n    weekday\n    periods {\n      opens\n      closes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleCalendarDay on CalendarDay {\n    date\n    open\n    note\n    exception\n    periods {\n      opens\n      closes\n    }\n  }\n"): (typeof documents)["\n  fragment ConsoleCalendarDay on CalendarDay {\n    date\n    open\n    note\n    exception\n    periods {\n      opens\n      closes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleHallStatusFields on HallStatus {\n    hallId\n    seq\n    board {\n      at\n      queues {\n        waiting\n        remoteWaiting\n        remoteCheckedIn\n        oldestQueuedAt\n        estimate {\n          p50Minutes\n          p90Minutes\n        }\n        service {\n          id\n          name\n          nameEn\n          prefix\n          targetWaitMinutes\n        }\n      }\n    }\n    counters {\n      id\n      label\n      status\n      pauseReason\n      staff {\n        id\n        displayName\n      }\n      currentTicket {\n        id\n        number\n        status\n        service {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n    devices {\n      id\n      name\n      role\n      online\n      lastSeenAt\n    }\n    alerts {\n      kind\n      message\n      since\n      service {\n        id\n      }\n      counter {\n        id\n        label\n      }\n      device {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ConsoleHallStatusFields on HallStatus {\n    hallId\n    seq\n    board {\n      at\n      queues {\n        waiting\n        remoteWaiting\n        remoteCheckedIn\n        oldestQueuedAt\n        estimate {\n          p50Minutes\n          p90Minutes\n        }\n        service {\n          id\n          name\n          nameEn\n          prefix\n          targetWaitMinutes\n        }\n      }\n    }\n    counters {\n      id\n      label\n      status\n      pauseReason\n      staff {\n        id\n        displayName\n      }\n      currentTicket {\n        id\n        number\n        status\n        service {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n    devices {\n      id\n      name\n      role\n      online\n      lastSeenAt\n    }\n    alerts {\n      kind\n      message\n      since\n      service {\n        id\n      }\n      counter {\n        id\n        label\n      }\n      device {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleHallStatusUpdated($hallId: ID!) {\n    hallStatusUpdated(hallId: $hallId) {\n      ...ConsoleHallStatusFields\n    }\n  }\n"): (typeof documents)["\n  subscription ConsoleHallStatusUpdated($hallId: ID!) {\n    hallStatusUpdated(hallId: $hallId) {\n      ...ConsoleHallStatusFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleStatsRowFields on StatsRow {\n    key\n    label\n    issued\n    served\n    noShows\n    cancelled\n    expired\n    appointmentsBooked\n    appointmentsMissed\n    avgWaitSeconds\n    p50WaitSeconds\n    p90WaitSeconds\n    maxWaitSeconds\n    avgServiceSeconds\n    p50ServiceSeconds\n    p90ServiceSeconds\n    slaRate\n    noShowRate\n    abandonRate\n    waitedOver\n    ratings\n    satisfactionRate\n    utilisation\n  }\n"): (typeof documents)["\n  fragment ConsoleStatsRowFields on StatsRow {\n    key\n    label\n    issued\n    served\n    noShows\n    cancelled\n    expired\n    appointmentsBooked\n    appointmentsMissed\n    avgWaitSeconds\n    p50WaitSeconds\n    p90WaitSeconds\n    maxWaitSeconds\n    avgServiceSeconds\n    p50ServiceSeconds\n    p90ServiceSeconds\n    slaRate\n    noShowRate\n    abandonRate\n    waitedOver\n    ratings\n    satisfactionRate\n    utilisation\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWaitStats($input: StatsInput!) {\n    waitStats(input: $input) {\n      ...ConsoleStatsRowFields\n    }\n  }\n"): (typeof documents)["\n  query ConsoleWaitStats($input: StatsInput!) {\n    waitStats(input: $input) {\n      ...ConsoleStatsRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWaitStatsCsv($input: StatsInput!) {\n    waitStatsCsv(input: $input)\n  }\n"): (typeof documents)["\n  query ConsoleWaitStatsCsv($input: StatsInput!) {\n    waitStatsCsv(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleHallSetup($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      code\n      name\n      nameEn\n      languages\n      timezone\n      targetWaitMinutes\n      maxRecalls\n      services {\n        id\n        code\n        prefix\n        name\n        nameEn\n        names {\n          lang\n          text\n        }\n        targetWaitMinutes\n        dailyQuota\n        queueAlertThreshold\n        lastIssueMinutesBeforeClose\n        active\n      }\n      counters {\n        id\n        label\n        status\n        services {\n          rank\n          service {\n            id\n            prefix\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleHallSetup($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      code\n      name\n      nameEn\n      languages\n      timezone\n      targetWaitMinutes\n      maxRecalls\n      services {\n        id\n        code\n        prefix\n        name\n        nameEn\n        names {\n          lang\n          text\n        }\n        targetWaitMinutes\n        dailyQuota\n        queueAlertThreshold\n        lastIssueMinutesBeforeClose\n        active\n      }\n      counters {\n        id\n        label\n        status\n        services {\n          rank\n          service {\n            id\n            prefix\n            name\n            nameEn\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleHallStaff($hallId: ID) {\n    staff(hallId: $hallId) {\n      id\n      username\n      displayName\n      role\n      active\n      halls {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleHallStaff($hallId: ID) {\n    staff(hallId: $hallId) {\n      id\n      username\n      displayName\n      role\n      active\n      halls {\n        id\n        name\n        nameEn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleRatings($hallId: ID!, $from: DateTime!, $to: DateTime!) {\n    ratings(hallId: $hallId, from: $from, to: $to) {\n      id\n      score\n      comment\n      createdAt\n      followUpNote\n      followedUpAt\n      ticket {\n        id\n        number\n      }\n      segment {\n        id\n        service {\n          id\n          name\n          nameEn\n        }\n        counter {\n          id\n          label\n        }\n        staff {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleRatings($hallId: ID!, $from: DateTime!, $to: DateTime!) {\n    ratings(hallId: $hallId, from: $from, to: $to) {\n      id\n      score\n      comment\n      createdAt\n      followUpNote\n      followedUpAt\n      ticket {\n        id\n        number\n      }\n      segment {\n        id\n        service {\n          id\n          name\n          nameEn\n        }\n        counter {\n          id\n          label\n        }\n        staff {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleFollowUpRating($ratingId: ID!, $note: String!) {\n    followUpRating(ratingId: $ratingId, note: $note) {\n      id\n      followUpNote\n      followedUpAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleFollowUpRating($ratingId: ID!, $note: String!) {\n    followUpRating(ratingId: $ratingId, note: $note) {\n      id\n      followUpNote\n      followedUpAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateHall($hallId: ID!, $input: HallSettingsInput!) {\n    updateHall(hallId: $hallId, input: $input) {\n      id\n      name\n      nameEn\n      languages\n      names {\n        lang\n        text\n      }\n      timezone\n      targetWaitMinutes\n      maxRecalls\n      active\n      parent {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateHall($hallId: ID!, $input: HallSettingsInput!) {\n    updateHall(hallId: $hallId, input: $input) {\n      id\n      name\n      nameEn\n      languages\n      names {\n        lang\n        text\n      }\n      timezone\n      targetWaitMinutes\n      maxRecalls\n      active\n      parent {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateHall($input: CreateHallInput!) {\n    createHall(input: $input) {\n      id\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateHall($input: CreateHallInput!) {\n    createHall(input: $input) {\n      id\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleHallHours($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      timezone\n      weeklyHours {\n        ...ConsoleWeeklyHours\n      }\n      services {\n        id\n        prefix\n        name\n        nameEn\n        active\n        lastIssueMinutesBeforeClose\n        weeklyHours {\n          ...ConsoleWeeklyHours\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleHallHours($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      timezone\n      weeklyHours {\n        ...ConsoleWeeklyHours\n      }\n      services {\n        id\n        prefix\n        name\n        nameEn\n        active\n        lastIssueMinutesBeforeClose\n        weeklyHours {\n          ...ConsoleWeeklyHours\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCalendar($hallId: ID!, $serviceId: ID, $from: String!, $to: String!) {\n    calendar(hallId: $hallId, serviceId: $serviceId, from: $from, to: $to) {\n      ...ConsoleCalendarDay\n    }\n  }\n"): (typeof documents)["\n  query ConsoleCalendar($hallId: ID!, $serviceId: ID, $from: String!, $to: String!) {\n    calendar(hallId: $hallId, serviceId: $serviceId, from: $from, to: $to) {\n      ...ConsoleCalendarDay\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetWeeklyHours($hallId: ID!, $serviceId: ID, $hours: [WeeklyHoursInput!]!) {\n    setWeeklyHours(hallId: $hallId, serviceId: $serviceId, hours: $hours) {\n      ...ConsoleWeeklyHours\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetWeeklyHours($hallId: ID!, $serviceId: ID, $hours: [WeeklyHoursInput!]!) {\n    setWeeklyHours(hallId: $hallId, serviceId: $serviceId, hours: $hours) {\n      ...ConsoleWeeklyHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetCalendarExceptions($hallId: ID!, $exceptions: [CalendarExceptionInput!]!) {\n    setCalendarExceptions(hallId: $hallId, exceptions: $exceptions) {\n      ...ConsoleCalendarDay\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetCalendarExceptions($hallId: ID!, $exceptions: [CalendarExceptionInput!]!) {\n    setCalendarExceptions(hallId: $hallId, exceptions: $exceptions) {\n      ...ConsoleCalendarDay\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRemoveCalendarException($hallId: ID!, $date: String!) {\n    removeCalendarException(hallId: $hallId, date: $date) {\n      ...ConsoleCalendarDay\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRemoveCalendarException($hallId: ID!, $date: String!) {\n    removeCalendarException(hallId: $hallId, date: $date) {\n      ...ConsoleCalendarDay\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleImportCalendar($hallId: ID!, $ics: String!) {\n    importCalendar(hallId: $hallId, ics: $ics) {\n      ...ConsoleCalendarDay\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleImportCalendar($hallId: ID!, $ics: String!) {\n    importCalendar(hallId: $hallId, ics: $ics) {\n      ...ConsoleCalendarDay\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateService($hallId: ID!, $input: ServiceInput!) {\n    createService(hallId: $hallId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateService($hallId: ID!, $input: ServiceInput!) {\n    createService(hallId: $hallId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateService($serviceId: ID!, $input: ServiceInput!) {\n    updateService(serviceId: $serviceId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateService($serviceId: ID!, $input: ServiceInput!) {\n    updateService(serviceId: $serviceId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleAppointmentSettings on AppointmentSettings {\n    enabled\n    slotMinutes\n    capacityPerSlot\n    horizonDays\n    leadMinutes\n    earlyCheckInMinutes\n    lateCheckInMinutes\n  }\n"): (typeof documents)["\n  fragment ConsoleAppointmentSettings on AppointmentSettings {\n    enabled\n    slotMinutes\n    capacityPerSlot\n    horizonDays\n    leadMinutes\n    earlyCheckInMinutes\n    lateCheckInMinutes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleServiceAppointments($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      timezone\n      weeklyHours {\n        ...ConsoleWeeklyHours\n      }\n      services {\n        id\n        weeklyHours {\n          ...ConsoleWeeklyHours\n        }\n        appointmentSettings {\n          ...ConsoleAppointmentSettings\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleServiceAppointments($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      timezone\n      weeklyHours {\n        ...ConsoleWeeklyHours\n      }\n      services {\n        id\n        weeklyHours {\n          ...ConsoleWeeklyHours\n        }\n        appointmentSettings {\n          ...ConsoleAppointmentSettings\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetAppointmentSettings($serviceId: ID!, $input: AppointmentSettingsInput!) {\n    setAppointmentSettings(serviceId: $serviceId, input: $input) {\n      id\n      appointmentSettings {\n        ...ConsoleAppointmentSettings\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetAppointmentSettings($serviceId: ID!, $input: AppointmentSettingsInput!) {\n    setAppointmentSettings(serviceId: $serviceId, input: $input) {\n      id\n      appointmentSettings {\n        ...ConsoleAppointmentSettings\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleRemoteJoinSettings on RemoteJoinSettings {\n    enabled\n    maxWaiting\n    checkInAhead\n    holdMinutes\n  }\n"): (typeof documents)["\n  fragment ConsoleRemoteJoinSettings on RemoteJoinSettings {\n    enabled\n    maxWaiting\n    checkInAhead\n    holdMinutes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleServiceRemoteJoin($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      services {\n        id\n        remoteJoinSettings {\n          ...ConsoleRemoteJoinSettings\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleServiceRemoteJoin($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      services {\n        id\n        remoteJoinSettings {\n          ...ConsoleRemoteJoinSettings\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetRemoteJoinSettings($serviceId: ID!, $input: RemoteJoinSettingsInput!) {\n    setRemoteJoinSettings(serviceId: $serviceId, input: $input) {\n      id\n      remoteJoinSettings {\n        ...ConsoleRemoteJoinSettings\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetRemoteJoinSettings($serviceId: ID!, $input: RemoteJoinSettingsInput!) {\n    setRemoteJoinSettings(serviceId: $serviceId, input: $input) {\n      id\n      remoteJoinSettings {\n        ...ConsoleRemoteJoinSettings\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleWeekBooking on Appointment {\n    id\n    slotStart\n    slotEnd\n    status\n  }\n"): (typeof documents)["\n  fragment ConsoleWeekBooking on Appointment {\n    id\n    slotStart\n    slotEnd\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAppointmentWeek(\n    $hallId: ID!\n    $serviceId: ID!\n    $from: String!\n    $to: String!\n    $day1: String!\n    $day2: String!\n    $day3: String!\n    $day4: String!\n    $day5: String!\n    $day6: String!\n    $day7: String!\n  ) {\n    calendar(hallId: $hallId, serviceId: $serviceId, from: $from, to: $to) {\n      date\n      open\n      note\n      periods {\n        opens\n        closes\n      }\n    }\n    day1: appointments(hallId: $hallId, serviceId: $serviceId, date: $day1) {\n      ...ConsoleWeekBooking\n    }\n    day2: appointments(hallId: $hallId, serviceId: $serviceId, date: $day2) {\n      ...ConsoleWeekBooking\n    }\n    day3: appointments(hallId: $hallId, serviceId: $serviceId, date: $day3) {\n      ...ConsoleWeekBooking\n    }\n    day4: appointments(hallId: $hallId, serviceId: $serviceId, date: $day4) {\n      ...ConsoleWeekBooking\n    }\n    day5: appointments(hallId: $hallId, serviceId: $serviceId, date: $day5) {\n      ...ConsoleWeekBooking\n    }\n    day6: appointments(hallId: $hallId, serviceId: $serviceId, date: $day6) {\n      ...ConsoleWeekBooking\n    }\n    day7: appointments(hallId: $hallId, serviceId: $serviceId, date: $day7) {\n      ...ConsoleWeekBooking\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAppointmentWeek(\n    $hallId: ID!\n    $serviceId: ID!\n    $from: String!\n    $to: String!\n    $day1: String!\n    $day2: String!\n    $day3: String!\n    $day4: String!\n    $day5: String!\n    $day6: String!\n    $day7: String!\n  ) {\n    calendar(hallId: $hallId, serviceId: $serviceId, from: $from, to: $to) {\n      date\n      open\n      note\n      periods {\n        opens\n        closes\n      }\n    }\n    day1: appointments(hallId: $hallId, serviceId: $serviceId, date: $day1) {\n      ...ConsoleWeekBooking\n    }\n    day2: appointments(hallId: $hallId, serviceId: $serviceId, date: $day2) {\n      ...ConsoleWeekBooking\n    }\n    day3: appointments(hallId: $hallId, serviceId: $serviceId, date: $day3) {\n      ...ConsoleWeekBooking\n    }\n    day4: appointments(hallId: $hallId, serviceId: $serviceId, date: $day4) {\n      ...ConsoleWeekBooking\n    }\n    day5: appointments(hallId: $hallId, serviceId: $serviceId, date: $day5) {\n      ...ConsoleWeekBooking\n    }\n    day6: appointments(hallId: $hallId, serviceId: $serviceId, date: $day6) {\n      ...ConsoleWeekBooking\n    }\n    day7: appointments(hallId: $hallId, serviceId: $serviceId, date: $day7) {\n      ...ConsoleWeekBooking\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateCounter($hallId: ID!, $label: String!) {\n    createCounter(hallId: $hallId, label: $label) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateCounter($hallId: ID!, $label: String!) {\n    createCounter(hallId: $hallId, label: $label) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetCounterServices($counterId: ID!, $services: [CounterServiceInput!]!) {\n    setCounterServices(counterId: $counterId, services: $services) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSetCounterServices($counterId: ID!, $services: [CounterServiceInput!]!) {\n    setCounterServices(counterId: $counterId, services: $services) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateStaff($input: StaffInput!) {\n    createStaff(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateStaff($input: StaffInput!) {\n    createStaff(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateStaff($staffId: ID!, $input: StaffInput!) {\n    updateStaff(staffId: $staffId, input: $input) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateStaff($staffId: ID!, $input: StaffInput!) {\n    updateStaff(staffId: $staffId, input: $input) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleResetPassword($staffId: ID!, $password: String!) {\n    resetPassword(staffId: $staffId, password: $password) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleResetPassword($staffId: ID!, $password: String!) {\n    resetPassword(staffId: $staffId, password: $password) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDevices($hallId: ID!) {\n    devices(hallId: $hallId) {\n      id\n      name\n      role\n      online\n      lastSeenAt\n      revoked\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDevices($hallId: ID!) {\n    devices(hallId: $hallId) {\n      id\n      name\n      role\n      online\n      lastSeenAt\n      revoked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateDeviceToken($hallId: ID!, $name: String!, $role: Role!) {\n    createDeviceToken(hallId: $hallId, name: $name, role: $role) {\n      id\n      name\n      role\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateDeviceToken($hallId: ID!, $name: String!, $role: Role!) {\n    createDeviceToken(hallId: $hallId, name: $name, role: $role) {\n      id\n      name\n      role\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRevokeDevice($deviceId: ID!) {\n    revokeDevice(deviceId: $deviceId) {\n      id\n      revoked\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRevokeDevice($deviceId: ID!) {\n    revokeDevice(deviceId: $deviceId) {\n      id\n      revoked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleExportConfiguration($hallId: ID!) {\n    exportConfiguration(hallId: $hallId)\n  }\n"): (typeof documents)["\n  query ConsoleExportConfiguration($hallId: ID!) {\n    exportConfiguration(hallId: $hallId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleImportConfiguration($parentId: ID, $configuration: String!) {\n    importConfiguration(parentId: $parentId, configuration: $configuration) {\n      id\n      code\n      name\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleImportConfiguration($parentId: ID, $configuration: String!) {\n    importConfiguration(parentId: $parentId, configuration: $configuration) {\n      id\n      code\n      name\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffSessionFields on Staff {\n    id\n    username\n    displayName\n    role\n    halls {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment StaffSessionFields on Staff {\n    id\n    username\n    displayName\n    role\n    halls {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...StaffSessionFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...StaffSessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      staff {\n        ...StaffSessionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      staff {\n        ...StaffSessionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkstationTicket on Ticket {\n    id\n    number\n    status\n    priority\n    channel\n    checkedIn\n    appointment {\n      id\n      slotStart\n    }\n    queuedAt\n    calledAt\n    servingAt\n    recallCount\n    service {\n      id\n      name\n      nameEn\n      prefix\n    }\n    route {\n      id\n      name\n      nameEn\n      prefix\n    }\n  }\n"): (typeof documents)["\n  fragment WorkstationTicket on Ticket {\n    id\n    number\n    status\n    priority\n    channel\n    checkedIn\n    appointment {\n      id\n      slotStart\n    }\n    queuedAt\n    calledAt\n    servingAt\n    recallCount\n    service {\n      id\n      name\n      nameEn\n      prefix\n    }\n    route {\n      id\n      name\n      nameEn\n      prefix\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkstationHalls {\n    halls {\n      id\n      name\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query WorkstationHalls {\n    halls {\n      id\n      name\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkstationHall($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      name\n      nameEn\n      services {\n        id\n        name\n        nameEn\n        prefix\n      }\n      counters {\n        id\n        label\n        status\n        staff {\n          id\n          displayName\n        }\n        services {\n          rank\n          service {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkstationHall($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      name\n      nameEn\n      services {\n        id\n        name\n        nameEn\n        prefix\n      }\n      counters {\n        id\n        label\n        status\n        staff {\n          id\n          displayName\n        }\n        services {\n          rank\n          service {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkstationCounter($hallId: ID!, $counterId: ID!) {\n    board(hallId: $hallId) {\n      at\n    }\n    counter(id: $counterId) {\n      id\n      label\n      status\n      pauseReason\n      staff {\n        id\n        displayName\n      }\n      services {\n        rank\n        service {\n          id\n        }\n      }\n      currentTicket {\n        ...WorkstationTicket\n      }\n      parkedTickets {\n        ...WorkstationTicket\n      }\n      hall {\n        id\n        name\n        nameEn\n        timezone\n        maxRecalls\n        services {\n          id\n          name\n          nameEn\n          prefix\n          active\n          waitingCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkstationCounter($hallId: ID!, $counterId: ID!) {\n    board(hallId: $hallId) {\n      at\n    }\n    counter(id: $counterId) {\n      id\n      label\n      status\n      pauseReason\n      staff {\n        id\n        displayName\n      }\n      services {\n        rank\n        service {\n          id\n        }\n      }\n      currentTicket {\n        ...WorkstationTicket\n      }\n      parkedTickets {\n        ...WorkstationTicket\n      }\n      hall {\n        id\n        name\n        nameEn\n        timezone\n        maxRecalls\n        services {\n          id\n          name\n          nameEn\n          prefix\n          active\n          waitingCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HallWaiting($hallId: ID!) {\n    queue(hallId: $hallId) {\n      ...WorkstationTicket\n    }\n  }\n"): (typeof documents)["\n  query HallWaiting($hallId: ID!) {\n    queue(hallId: $hallId) {\n      ...WorkstationTicket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnFigures($input: StatsInput!) {\n    waitStats(input: $input) {\n      key\n      served\n      noShows\n      avgServiceSeconds\n    }\n  }\n"): (typeof documents)["\n  query OwnFigures($input: StatsInput!) {\n    waitStats(input: $input) {\n      key\n      served\n      noShows\n      avgServiceSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CounterQueueUpdated($counterId: ID!) {\n    counterQueueUpdated(counterId: $counterId) {\n      ...WorkstationTicket\n    }\n  }\n"): (typeof documents)["\n  subscription CounterQueueUpdated($counterId: ID!) {\n    counterQueueUpdated(counterId: $counterId) {\n      ...WorkstationTicket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCounter($counterId: ID!) {\n    openCounter(counterId: $counterId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OpenCounter($counterId: ID!) {\n    openCounter(counterId: $counterId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseCounter($counterId: ID!, $reason: String!) {\n    pauseCounter(counterId: $counterId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PauseCounter($counterId: ID!, $reason: String!) {\n    pauseCounter(counterId: $counterId, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeCounter($counterId: ID!) {\n    resumeCounter(counterId: $counterId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeCounter($counterId: ID!) {\n    resumeCounter(counterId: $counterId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCounter($counterId: ID!) {\n    closeCounter(counterId: $counterId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CloseCounter($counterId: ID!) {\n    closeCounter(counterId: $counterId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallNext($counterId: ID!) {\n    callNext(counterId: $counterId) {\n      ...WorkstationTicket\n    }\n  }\n"): (typeof documents)["\n  mutation CallNext($counterId: ID!) {\n    callNext(counterId: $counterId) {\n      ...WorkstationTicket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallTicket($counterId: ID!, $ticketId: ID!, $reason: String!) {\n    callTicket(counterId: $counterId, ticketId: $ticketId, reason: $reason) {\n      ...WorkstationTicket\n    }\n  }\n"): (typeof documents)["\n  mutation CallTicket($counterId: ID!, $ticketId: ID!, $reason: String!) {\n    callTicket(counterId: $counterId, ticketId: $ticketId, reason: $reason) {\n      ...WorkstationTicket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecallTicket($ticketId: ID!) {\n    recallTicket(ticketId: $ticketId) {\n      ...WorkstationTicket\n    }\n  }\n"): (typeof documents)["\n  mutation RecallTicket($ticketId: ID!) {\n    recallTicket(ticketId: $ticketId) {\n      ...WorkstationTicket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartServing($ticketId: ID!) {\n    startServing(ticketId: $ticketId) {\n      ...WorkstationTicket\n    }\n  }\n"): (typeof documents)["\n  mutation StartServing($ticketId: ID!) {\n    startServing(ticketId: $ticketId) {\n      ...WorkstationTicket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTicket($ticketId: ID!, $outcome: String) {\n    completeTicket(ticketId: $ticketId, outcome: $outcome) {\n      ...WorkstationTicket\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteTicket($ticketId: ID!, $outcome: String) {\n    completeTicket(ticketId: $ticketId, outcome: $outcome) {\n      ...WorkstationTicket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNoShow($ticketId: ID!) {\n    markNoShow(ticketId: $ticketId) {\n      ...WorkstationTicket\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNoShow($ticketId: ID!) {\n    markNoShow(ticketId: $ticketId) {\n      ...WorkstationTicket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequeueTicket($ticketId: ID!) {\n    requeueTicket(ticketId: $ticketId) {\n      ...WorkstationTicket\n    }\n  }\n"): (typeof documents)["\n  mutation RequeueTicket($ticketId: ID!) {\n    requeueTicket(ticketId: $ticketId) {\n      ...WorkstationTicket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferTicket($ticketId: ID!, $serviceId: ID!, $placement: TransferPlacement!) {\n    transferTicket(ticketId: $ticketId, serviceId: $serviceId, placement: $placement) {\n      ...WorkstationTicket\n    }\n  }\n"): (typeof documents)["\n  mutation TransferTicket($ticketId: ID!, $serviceId: ID!, $placement: TransferPlacement!) {\n    transferTicket(ticketId: $ticketId, serviceId: $serviceId, placement: $placement) {\n      ...WorkstationTicket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ParkTicket($ticketId: ID!) {\n    parkTicket(ticketId: $ticketId) {\n      ...WorkstationTicket\n    }\n  }\n"): (typeof documents)["\n  mutation ParkTicket($ticketId: ID!) {\n    parkTicket(ticketId: $ticketId) {\n      ...WorkstationTicket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeTicket($ticketId: ID!) {\n    resumeTicket(ticketId: $ticketId) {\n      ...WorkstationTicket\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeTicket($ticketId: ID!) {\n    resumeTicket(ticketId: $ticketId) {\n      ...WorkstationTicket\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;