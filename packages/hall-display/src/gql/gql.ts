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
    "\n  query BookingHall($code: String!) {\n    bookingHall(code: $code) {\n      id\n      code\n      names {\n        lang\n        text\n      }\n      languages\n      timezone\n      services {\n        id\n        prefix\n        names {\n          lang\n          text\n        }\n        slotMinutes\n        horizonDays\n      }\n      remoteJoinServices {\n        id\n        prefix\n        names {\n          lang\n          text\n        }\n        issuingNow\n        waiting\n        estimate {\n          p50Minutes\n          p90Minutes\n        }\n      }\n    }\n  }\n": typeof types.BookingHallDocument,
    "\n  query BookingSlots($hallId: ID!, $serviceId: ID!, $date: String!) {\n    slots(hallId: $hallId, serviceId: $serviceId, date: $date) {\n      start\n      end\n      capacity\n      available\n    }\n  }\n": typeof types.BookingSlotsDocument,
    "\n  fragment BookingAppointmentFields on Appointment {\n    id\n    status\n    checkInCode\n    phoneMasked\n    name\n    slotStart\n    slotEnd\n    service {\n      id\n      names {\n        lang\n        text\n      }\n    }\n    hall {\n      id\n      code\n      names {\n        lang\n        text\n      }\n      languages\n      timezone\n    }\n  }\n": typeof types.BookingAppointmentFieldsFragmentDoc,
    "\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      manageCode\n      appointment {\n        ...BookingAppointmentFields\n      }\n    }\n  }\n": typeof types.BookAppointmentDocument,
    "\n  query MyAppointment($manageCode: String!) {\n    myAppointment(manageCode: $manageCode) {\n      ...BookingAppointmentFields\n    }\n  }\n": typeof types.MyAppointmentDocument,
    "\n  mutation RescheduleAppointment($manageCode: String!, $slotStart: DateTime!) {\n    rescheduleAppointment(manageCode: $manageCode, slotStart: $slotStart) {\n      ...BookingAppointmentFields\n    }\n  }\n": typeof types.RescheduleAppointmentDocument,
    "\n  mutation CancelAppointment($manageCode: String!) {\n    cancelAppointment(manageCode: $manageCode) {\n      ...BookingAppointmentFields\n    }\n  }\n": typeof types.CancelAppointmentDocument,
    "\n  mutation JoinRemotely($input: JoinRemotelyInput!) {\n    joinRemotely(input: $input) {\n      accessCode\n    }\n  }\n": typeof types.JoinRemotelyDocument,
    "\n  query MyDevice {\n    myDevice {\n      id\n      hallId\n      role\n      name\n    }\n  }\n": typeof types.MyDeviceDocument,
    "\n  query DeviceHall($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      name\n      nameEn\n      names {\n        lang\n        text\n      }\n      languages\n      timezone\n      services {\n        id\n        name\n        nameEn\n        names {\n          lang\n          text\n        }\n        prefix\n        active\n      }\n      counters {\n        id\n        label\n        status\n      }\n    }\n  }\n": typeof types.DeviceHallDocument,
    "\n  fragment KioskIssuedTicket on IssuedTicket {\n    accessCode\n    peopleAhead\n    estimate {\n      p50Minutes\n      p90Minutes\n    }\n    ticket {\n      id\n      number\n      priority\n      channel\n      issuedAt\n      appointment {\n        id\n        slotStart\n      }\n      service {\n        id\n        name\n        nameEn\n        names {\n          lang\n          text\n        }\n      }\n      route {\n        id\n        name\n        nameEn\n        names {\n          lang\n          text\n        }\n      }\n    }\n  }\n": typeof types.KioskIssuedTicketFragmentDoc,
    "\n  mutation IssueTicket($input: IssueTicketInput!) {\n    issueTicket(input: $input) {\n      ...KioskIssuedTicket\n    }\n  }\n": typeof types.IssueTicketDocument,
    "\n  mutation CheckInAppointment($hallId: ID!, $code: String!) {\n    checkInAppointment(hallId: $hallId, code: $code) {\n      ...KioskIssuedTicket\n    }\n  }\n": typeof types.CheckInAppointmentDocument,
    "\n  query KioskBooking($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      code\n      services {\n        id\n        active\n        appointmentSettings {\n          enabled\n        }\n      }\n    }\n  }\n": typeof types.KioskBookingDocument,
    "\n  fragment KioskCheckedInTicket on Ticket {\n    id\n    number\n    channel\n    checkedIn\n    service {\n      id\n      name\n      nameEn\n      names {\n        lang\n        text\n      }\n    }\n  }\n": typeof types.KioskCheckedInTicketFragmentDoc,
    "\n  mutation CheckInTicket($accessCode: String!) {\n    checkInTicket(accessCode: $accessCode) {\n      ...KioskCheckedInTicket\n    }\n  }\n": typeof types.CheckInTicketDocument,
    "\n  fragment CallFields on Call {\n    seq\n    ticketId\n    ticketNumber\n    serviceId\n    serviceName\n    counterId\n    counterLabel\n    calledAt\n    recallCount\n  }\n": typeof types.CallFieldsFragmentDoc,
    "\n  fragment BoardFields on Board {\n    hallId\n    seq\n    at\n    checkInCode\n    queues {\n      service {\n        id\n        name\n        nameEn\n        names {\n          lang\n          text\n        }\n        prefix\n      }\n      waiting\n      estimate {\n        p50Minutes\n        p90Minutes\n      }\n    }\n    recentCalls {\n      ...CallFields\n    }\n    counters {\n      counter {\n        id\n        label\n      }\n      status\n      ticketNumber\n    }\n  }\n": typeof types.BoardFieldsFragmentDoc,
    "\n  fragment HallEventFields on HallEvent {\n    seq\n    type\n    at\n    call {\n      ...CallFields\n    }\n  }\n": typeof types.HallEventFieldsFragmentDoc,
    "\n  subscription BoardUpdated($hallId: ID!) {\n    boardUpdated(hallId: $hallId) {\n      ...BoardFields\n    }\n  }\n": typeof types.BoardUpdatedDocument,
    "\n  subscription HallEventFeed($hallId: ID!, $afterSeq: Int) {\n    hallEvents(hallId: $hallId, afterSeq: $afterSeq) {\n      ...HallEventFields\n    }\n  }\n": typeof types.HallEventFeedDocument,
    "\n  query MissedHallEvents($hallId: ID!, $afterSeq: Int!, $limit: Int) {\n    hallEvents(hallId: $hallId, afterSeq: $afterSeq, limit: $limit) {\n      ...HallEventFields\n    }\n  }\n": typeof types.MissedHallEventsDocument,
    "\n  mutation Heartbeat {\n    heartbeat {\n      id\n      lastSeenAt\n    }\n  }\n": typeof types.HeartbeatDocument,
    "\n  query HallOpening($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      openNow\n      opensAt\n      closesAt\n      services {\n        id\n        openNow\n        opensAt\n        stopsIssuingAt\n      }\n    }\n  }\n": typeof types.HallOpeningDocument,
    "\n  fragment CitizenTicketFields on Ticket {\n    id\n    number\n    status\n    channel\n    checkedIn\n    priority\n    issuedAt\n    position\n    recallCount\n    calledAt\n    estimate {\n      p50Minutes\n      p90Minutes\n    }\n    service {\n      id\n      names {\n        lang\n        text\n      }\n      remoteJoinSettings {\n        checkInAhead\n      }\n    }\n    counter {\n      id\n      label\n    }\n    hall {\n      id\n      names {\n        lang\n        text\n      }\n      languages\n      timezone\n    }\n    route {\n      id\n      names {\n        lang\n        text\n      }\n    }\n    segments {\n      id\n      status\n      rating\n      service {\n        id\n        names {\n          lang\n          text\n        }\n      }\n    }\n  }\n": typeof types.CitizenTicketFieldsFragmentDoc,
    "\n  query CitizenTicket($accessCode: String!) {\n    myTicket(accessCode: $accessCode) {\n      ...CitizenTicketFields\n    }\n  }\n": typeof types.CitizenTicketDocument,
    "\n  subscription CitizenTicketUpdated($accessCode: String!) {\n    myTicketUpdated(accessCode: $accessCode) {\n      ...CitizenTicketFields\n    }\n  }\n": typeof types.CitizenTicketUpdatedDocument,
    "\n  mutation CancelMyTicket($accessCode: String!) {\n    cancelTicket(accessCode: $accessCode) {\n      ...CitizenTicketFields\n    }\n  }\n": typeof types.CancelMyTicketDocument,
    "\n  mutation CheckInMyTicket($accessCode: String!, $checkInCode: String) {\n    checkInTicket(accessCode: $accessCode, checkInCode: $checkInCode) {\n      ...CitizenTicketFields\n    }\n  }\n": typeof types.CheckInMyTicketDocument,
    "\n  query RememberedTicket($accessCode: String!) {\n    myTicket(accessCode: $accessCode) {\n      id\n      status\n      channel\n      checkedIn\n    }\n  }\n": typeof types.RememberedTicketDocument,
    "\n  mutation RateMyTicket($accessCode: String!, $score: Int!, $comment: String) {\n    rateTicket(accessCode: $accessCode, score: $score, comment: $comment) {\n      ...CitizenTicketFields\n    }\n  }\n": typeof types.RateMyTicketDocument,
    "\n  query TicketServiceOpening($accessCode: String!) {\n    myTicket(accessCode: $accessCode) {\n      id\n      service {\n        id\n        openNow\n        opensAt\n        stopsIssuingAt\n      }\n    }\n  }\n": typeof types.TicketServiceOpeningDocument,
};
const documents: Documents = {
    "\n  query BookingHall($code: String!) {\n    bookingHall(code: $code) {\n      id\n      code\n      names {\n        lang\n        text\n      }\n      languages\n      timezone\n      services {\n        id\n        prefix\n        names {\n          lang\n          text\n        }\n        slotMinutes\n        horizonDays\n      }\n      remoteJoinServices {\n        id\n        prefix\n        names {\n          lang\n          text\n        }\n        issuingNow\n        waiting\n        estimate {\n          p50Minutes\n          p90Minutes\n        }\n      }\n    }\n  }\n": types.BookingHallDocument,
    "\n  query BookingSlots($hallId: ID!, $serviceId: ID!, $date: String!) {\n    slots(hallId: $hallId, serviceId: $serviceId, date: $date) {\n      start\n      end\n      capacity\n      available\n    }\n  }\n": types.BookingSlotsDocument,
    "\n  fragment BookingAppointmentFields on Appointment {\n    id\n    status\n    checkInCode\n    phoneMasked\n    name\n    slotStart\n    slotEnd\n    service {\n      id\n      names {\n        lang\n        text\n      }\n    }\n    hall {\n      id\n      code\n      names {\n        lang\n        text\n      }\n      languages\n      timezone\n    }\n  }\n": types.BookingAppointmentFieldsFragmentDoc,
    "\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      manageCode\n      appointment {\n        ...BookingAppointmentFields\n      }\n    }\n  }\n": types.BookAppointmentDocument,
    "\n  query MyAppointment($manageCode: String!) {\n    myAppointment(manageCode: $manageCode) {\n      ...BookingAppointmentFields\n    }\n  }\n": types.MyAppointmentDocument,
    "\n  mutation RescheduleAppointment($manageCode: String!, $slotStart: DateTime!) {\n    rescheduleAppointment(manageCode: $manageCode, slotStart: $slotStart) {\n      ...BookingAppointmentFields\n    }\n  }\n": types.RescheduleAppointmentDocument,
    "\n  mutation CancelAppointment($manageCode: String!) {\n    cancelAppointment(manageCode: $manageCode) {\n      ...BookingAppointmentFields\n    }\n  }\n": types.CancelAppointmentDocument,
    "\n  mutation JoinRemotely($input: JoinRemotelyInput!) {\n    joinRemotely(input: $input) {\n      accessCode\n    }\n  }\n": types.JoinRemotelyDocument,
    "\n  query MyDevice {\n    myDevice {\n      id\n      hallId\n      role\n      name\n    }\n  }\n": types.MyDeviceDocument,
    "\n  query DeviceHall($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      name\n      nameEn\n      names {\n        lang\n        text\n      }\n      languages\n      timezone\n      services {\n        id\n        name\n        nameEn\n        names {\n          lang\n          text\n        }\n        prefix\n        active\n      }\n      counters {\n        id\n        label\n        status\n      }\n    }\n  }\n": types.DeviceHallDocument,
    "\n  fragment KioskIssuedTicket on IssuedTicket {\n    accessCode\n    peopleAhead\n    estimate {\n      p50Minutes\n      p90Minutes\n    }\n    ticket {\n      id\n      number\n      priority\n      channel\n      issuedAt\n      appointment {\n        id\n        slotStart\n      }\n      service {\n        id\n        name\n        nameEn\n        names {\n          lang\n          text\n        }\n      }\n      route {\n        id\n        name\n        nameEn\n        names {\n          lang\n          text\n        }\n      }\n    }\n  }\n": types.KioskIssuedTicketFragmentDoc,
    "\n  mutation IssueTicket($input: IssueTicketInput!) {\n    issueTicket(input: $input) {\n      ...KioskIssuedTicket\n    }\n  }\n": types.IssueTicketDocument,
    "\n  mutation CheckInAppointment($hallId: ID!, $code: String!) {\n    checkInAppointment(hallId: $hallId, code: $code) {\n      ...KioskIssuedTicket\n    }\n  }\n": types.CheckInAppointmentDocument,
    "\n  query KioskBooking($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      code\n      services {\n        id\n        active\n        appointmentSettings {\n          enabled\n        }\n      }\n    }\n  }\n": types.KioskBookingDocument,
    "\n  fragment KioskCheckedInTicket on Ticket {\n    id\n    number\n    channel\n    checkedIn\n    service {\n      id\n      name\n      nameEn\n      names {\n        lang\n        text\n      }\n    }\n  }\n": types.KioskCheckedInTicketFragmentDoc,
    "\n  mutation CheckInTicket($accessCode: String!) {\n    checkInTicket(accessCode: $accessCode) {\n      ...KioskCheckedInTicket\n    }\n  }\n": types.CheckInTicketDocument,
    "\n  fragment CallFields on Call {\n    seq\n    ticketId\n    ticketNumber\n    serviceId\n    serviceName\n    counterId\n    counterLabel\n    calledAt\n    recallCount\n  }\n": types.CallFieldsFragmentDoc,
    "\n  fragment BoardFields on Board {\n    hallId\n    seq\n    at\n    checkInCode\n    queues {\n      service {\n        id\n        name\n        nameEn\n        names {\n          lang\n          text\n        }\n        prefix\n      }\n      waiting\n      estimate {\n        p50Minutes\n        p90Minutes\n      }\n    }\n    recentCalls {\n      ...CallFields\n    }\n    counters {\n      counter {\n        id\n        label\n      }\n      status\n      ticketNumber\n    }\n  }\n": types.BoardFieldsFragmentDoc,
    "\n  fragment HallEventFields on HallEvent {\n    seq\n    type\n    at\n    call {\n      ...CallFields\n    }\n  }\n": types.HallEventFieldsFragmentDoc,
    "\n  subscription BoardUpdated($hallId: ID!) {\n    boardUpdated(hallId: $hallId) {\n      ...BoardFields\n    }\n  }\n": types.BoardUpdatedDocument,
    "\n  subscription HallEventFeed($hallId: ID!, $afterSeq: Int) {\n    hallEvents(hallId: $hallId, afterSeq: $afterSeq) {\n      ...HallEventFields\n    }\n  }\n": types.HallEventFeedDocument,
    "\n  query MissedHallEvents($hallId: ID!, $afterSeq: Int!, $limit: Int) {\n    hallEvents(hallId: $hallId, afterSeq: $afterSeq, limit: $limit) {\n      ...HallEventFields\n    }\n  }\n": types.MissedHallEventsDocument,
    "\n  mutation Heartbeat {\n    heartbeat {\n      id\n      lastSeenAt\n    }\n  }\n": types.HeartbeatDocument,
    "\n  query HallOpening($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      openNow\n      opensAt\n      closesAt\n      services {\n        id\n        openNow\n        opensAt\n        stopsIssuingAt\n      }\n    }\n  }\n": types.HallOpeningDocument,
    "\n  fragment CitizenTicketFields on Ticket {\n    id\n    number\n    status\n    channel\n    checkedIn\n    priority\n    issuedAt\n    position\n    recallCount\n    calledAt\n    estimate {\n      p50Minutes\n      p90Minutes\n    }\n    service {\n      id\n      names {\n        lang\n        text\n      }\n      remoteJoinSettings {\n        checkInAhead\n      }\n    }\n    counter {\n      id\n      label\n    }\n    hall {\n      id\n      names {\n        lang\n        text\n      }\n      languages\n      timezone\n    }\n    route {\n      id\n      names {\n        lang\n        text\n      }\n    }\n    segments {\n      id\n      status\n      rating\n      service {\n        id\n        names {\n          lang\n          text\n        }\n      }\n    }\n  }\n": types.CitizenTicketFieldsFragmentDoc,
    "\n  query CitizenTicket($accessCode: String!) {\n    myTicket(accessCode: $accessCode) {\n      ...CitizenTicketFields\n    }\n  }\n": types.CitizenTicketDocument,
    "\n  subscription CitizenTicketUpdated($accessCode: String!) {\n    myTicketUpdated(accessCode: $accessCode) {\n      ...CitizenTicketFields\n    }\n  }\n": types.CitizenTicketUpdatedDocument,
    "\n  mutation CancelMyTicket($accessCode: String!) {\n    cancelTicket(accessCode: $accessCode) {\n      ...CitizenTicketFields\n    }\n  }\n": types.CancelMyTicketDocument,
    "\n  mutation CheckInMyTicket($accessCode: String!, $checkInCode: String) {\n    checkInTicket(accessCode: $accessCode, checkInCode: $checkInCode) {\n      ...CitizenTicketFields\n    }\n  }\n": types.CheckInMyTicketDocument,
    "\n  query RememberedTicket($accessCode: String!) {\n    myTicket(accessCode: $accessCode) {\n      id\n      status\n      channel\n      checkedIn\n    }\n  }\n": types.RememberedTicketDocument,
    "\n  mutation RateMyTicket($accessCode: String!, $score: Int!, $comment: String) {\n    rateTicket(accessCode: $accessCode, score: $score, comment: $comment) {\n      ...CitizenTicketFields\n    }\n  }\n": types.RateMyTicketDocument,
    "\n  query TicketServiceOpening($accessCode: String!) {\n    myTicket(accessCode: $accessCode) {\n      id\n      service {\n        id\n        openNow\n        opensAt\n        stopsIssuingAt\n      }\n    }\n  }\n": types.TicketServiceOpeningDocument,
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
export function graphql(source: "\n  query BookingHall($code: String!) {\n    bookingHall(code: $code) {\n      id\n      code\n      names {\n        lang\n        text\n      }\n      languages\n      timezone\n      services {\n        id\n        prefix\n        names {\n          lang\n          text\n        }\n        slotMinutes\n        horizonDays\n      }\n      remoteJoinServices {\n        id\n        prefix\n        names {\n          lang\n          text\n        }\n        issuingNow\n        waiting\n        estimate {\n          p50Minutes\n          p90Minutes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BookingHall($code: String!) {\n    bookingHall(code: $code) {\n      id\n      code\n      names {\n        lang\n        text\n      }\n      languages\n      timezone\n      services {\n        id\n        prefix\n        names {\n          lang\n          text\n        }\n        slotMinutes\n        horizonDays\n      }\n      remoteJoinServices {\n        id\n        prefix\n        names {\n          lang\n          text\n        }\n        issuingNow\n        waiting\n        estimate {\n          p50Minutes\n          p90Minutes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookingSlots($hallId: ID!, $serviceId: ID!, $date: String!) {\n    slots(hallId: $hallId, serviceId: $serviceId, date: $date) {\n      start\n      end\n      capacity\n      available\n    }\n  }\n"): (typeof documents)["\n  query BookingSlots($hallId: ID!, $serviceId: ID!, $date: String!) {\n    slots(hallId: $hallId, serviceId: $serviceId, date: $date) {\n      start\n      end\n      capacity\n      available\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BookingAppointmentFields on Appointment {\n    id\n    status\n    checkInCode\n    phoneMasked\n    name\n    slotStart\n    slotEnd\n    service {\n      id\n      names {\n        lang\n        text\n      }\n    }\n    hall {\n      id\n      code\n      names {\n        lang\n        text\n      }\n      languages\n      timezone\n    }\n  }\n"): (typeof documents)["\n  fragment BookingAppointmentFields on Appointment {\n    id\n    status\n    checkInCode\n    phoneMasked\n    name\n    slotStart\n    slotEnd\n    service {\n      id\n      names {\n        lang\n        text\n      }\n    }\n    hall {\n      id\n      code\n      names {\n        lang\n        text\n      }\n      languages\n      timezone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      manageCode\n      appointment {\n        ...BookingAppointmentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      manageCode\n      appointment {\n        ...BookingAppointmentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAppointment($manageCode: String!) {\n    myAppointment(manageCode: $manageCode) {\n      ...BookingAppointmentFields\n    }\n  }\n"): (typeof documents)["\n  query MyAppointment($manageCode: String!) {\n    myAppointment(manageCode: $manageCode) {\n      ...BookingAppointmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleAppointment($manageCode: String!, $slotStart: DateTime!) {\n    rescheduleAppointment(manageCode: $manageCode, slotStart: $slotStart) {\n      ...BookingAppointmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleAppointment($manageCode: String!, $slotStart: DateTime!) {\n    rescheduleAppointment(manageCode: $manageCode, slotStart: $slotStart) {\n      ...BookingAppointmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAppointment($manageCode: String!) {\n    cancelAppointment(manageCode: $manageCode) {\n      ...BookingAppointmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelAppointment($manageCode: String!) {\n    cancelAppointment(manageCode: $manageCode) {\n      ...BookingAppointmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinRemotely($input: JoinRemotelyInput!) {\n    joinRemotely(input: $input) {\n      accessCode\n    }\n  }\n"): (typeof documents)["\n  mutation JoinRemotely($input: JoinRemotelyInput!) {\n    joinRemotely(input: $input) {\n      accessCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDevice {\n    myDevice {\n      id\n      hallId\n      role\n      name\n    }\n  }\n"): (typeof documents)["\n  query MyDevice {\n    myDevice {\n      id\n      hallId\n      role\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviceHall($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      name\n      nameEn\n      names {\n        lang\n        text\n      }\n      languages\n      timezone\n      services {\n        id\n        name\n        nameEn\n        names {\n          lang\n          text\n        }\n        prefix\n        active\n      }\n      counters {\n        id\n        label\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeviceHall($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      name\n      nameEn\n      names {\n        lang\n        text\n      }\n      languages\n      timezone\n      services {\n        id\n        name\n        nameEn\n        names {\n          lang\n          text\n        }\n        prefix\n        active\n      }\n      counters {\n        id\n        label\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KioskIssuedTicket on IssuedTicket {\n    accessCode\n    peopleAhead\n    estimate {\n      p50Minutes\n      p90Minutes\n    }\n    ticket {\n      id\n      number\n      priority\n      channel\n      issuedAt\n      appointment {\n        id\n        slotStart\n      }\n      service {\n        id\n        name\n        nameEn\n        names {\n          lang\n          text\n        }\n      }\n      route {\n        id\n        name\n        nameEn\n        names {\n          lang\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment KioskIssuedTicket on IssuedTicket {\n    accessCode\n    peopleAhead\n    estimate {\n      p50Minutes\n      p90Minutes\n    }\n    ticket {\n      id\n      number\n      priority\n      channel\n      issuedAt\n      appointment {\n        id\n        slotStart\n      }\n      service {\n        id\n        name\n        nameEn\n        names {\n          lang\n          text\n        }\n      }\n      route {\n        id\n        name\n        nameEn\n        names {\n          lang\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueTicket($input: IssueTicketInput!) {\n    issueTicket(input: $input) {\n      ...KioskIssuedTicket\n    }\n  }\n"): (typeof documents)["\n  mutation IssueTicket($input: IssueTicketInput!) {\n    issueTicket(input: $input) {\n      ...KioskIssuedTicket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInAppointment($hallId: ID!, $code: String!) {\n    checkInAppointment(hallId: $hallId, code: $code) {\n      ...KioskIssuedTicket\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInAppointment($hallId: ID!, $code: String!) {\n    checkInAppointment(hallId: $hallId, code: $code) {\n      ...KioskIssuedTicket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskBooking($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      code\n      services {\n        id\n        active\n        appointmentSettings {\n          enabled\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KioskBooking($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      code\n      services {\n        id\n        active\n        appointmentSettings {\n          enabled\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KioskCheckedInTicket on Ticket {\n    id\n    number\n    channel\n    checkedIn\n    service {\n      id\n      name\n      nameEn\n      names {\n        lang\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment KioskCheckedInTicket on Ticket {\n    id\n    number\n    channel\n    checkedIn\n    service {\n      id\n      name\n      nameEn\n      names {\n        lang\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInTicket($accessCode: String!) {\n    checkInTicket(accessCode: $accessCode) {\n      ...KioskCheckedInTicket\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInTicket($accessCode: String!) {\n    checkInTicket(accessCode: $accessCode) {\n      ...KioskCheckedInTicket\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallFields on Call {\n    seq\n    ticketId\n    ticketNumber\n    serviceId\n    serviceName\n    counterId\n    counterLabel\n    calledAt\n    recallCount\n  }\n"): (typeof documents)["\n  fragment CallFields on Call {\n    seq\n    ticketId\n    ticketNumber\n    serviceId\n    serviceName\n    counterId\n    counterLabel\n    calledAt\n    recallCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardFields on Board {\n    hallId\n    seq\n    at\n    checkInCode\n    queues {\n      service {\n        id\n        name\n        nameEn\n        names {\n          lang\n          text\n        }\n        prefix\n      }\n      waiting\n      estimate {\n        p50Minutes\n        p90Minutes\n      }\n    }\n    recentCalls {\n      ...CallFields\n    }\n    counters {\n      counter {\n        id\n        label\n      }\n      status\n      ticketNumber\n    }\n  }\n"): (typeof documents)["\n  fragment BoardFields on Board {\n    hallId\n    seq\n    at\n    checkInCode\n    queues {\n      service {\n        id\n        name\n        nameEn\n        names {\n          lang\n          text\n        }\n        prefix\n      }\n      waiting\n      estimate {\n        p50Minutes\n        p90Minutes\n      }\n    }\n    recentCalls {\n      ...CallFields\n    }\n    counters {\n      counter {\n        id\n        label\n      }\n      status\n      ticketNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HallEventFields on HallEvent {\n    seq\n    type\n    at\n    call {\n      ...CallFields\n    }\n  }\n"): (typeof documents)["\n  fragment HallEventFields on HallEvent {\n    seq\n    type\n    at\n    call {\n      ...CallFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardUpdated($hallId: ID!) {\n    boardUpdated(hallId: $hallId) {\n      ...BoardFields\n    }\n  }\n"): (typeof documents)["\n  subscription BoardUpdated($hallId: ID!) {\n    boardUpdated(hallId: $hallId) {\n      ...BoardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription HallEventFeed($hallId: ID!, $afterSeq: Int) {\n    hallEvents(hallId: $hallId, afterSeq: $afterSeq) {\n      ...HallEventFields\n    }\n  }\n"): (typeof documents)["\n  subscription HallEventFeed($hallId: ID!, $afterSeq: Int) {\n    hallEvents(hallId: $hallId, afterSeq: $afterSeq) {\n      ...HallEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissedHallEvents($hallId: ID!, $afterSeq: Int!, $limit: Int) {\n    hallEvents(hallId: $hallId, afterSeq: $afterSeq, limit: $limit) {\n      ...HallEventFields\n    }\n  }\n"): (typeof documents)["\n  query MissedHallEvents($hallId: ID!, $afterSeq: Int!, $limit: Int) {\n    hallEvents(hallId: $hallId, afterSeq: $afterSeq, limit: $limit) {\n      ...HallEventFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Heartbeat {\n    heartbeat {\n      id\n      lastSeenAt\n    }\n  }\n"): (typeof documents)["\n  mutation Heartbeat {\n    heartbeat {\n      id\n      lastSeenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HallOpening($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      openNow\n      opensAt\n      closesAt\n      services {\n        id\n        openNow\n        opensAt\n        stopsIssuingAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query HallOpening($hallId: ID!) {\n    hall(id: $hallId) {\n      id\n      openNow\n      opensAt\n      closesAt\n      services {\n        id\n        openNow\n        opensAt\n        stopsIssuingAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CitizenTicketFields on Ticket {\n    id\n    number\n    status\n    channel\n    checkedIn\n    priority\n    issuedAt\n    position\n    recallCount\n    calledAt\n    estimate {\n      p50Minutes\n      p90Minutes\n    }\n    service {\n      id\n      names {\n        lang\n        text\n      }\n      remoteJoinSettings {\n        checkInAhead\n      }\n    }\n    counter {\n      id\n      label\n    }\n    hall {\n      id\n      names {\n        lang\n        text\n      }\n      languages\n      timezone\n    }\n    route {\n      id\n      names {\n        lang\n        text\n      }\n    }\n    segments {\n      id\n      status\n      rating\n      service {\n        id\n        names {\n          lang\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CitizenTicketFields on Ticket {\n    id\n    number\n    status\n    channel\n    checkedIn\n    priority\n    issuedAt\n    position\n    recallCount\n    calledAt\n    estimate {\n      p50Minutes\n      p90Minutes\n    }\n    service {\n      id\n      names {\n        lang\n        text\n      }\n      remoteJoinSettings {\n        checkInAhead\n      }\n    }\n    counter {\n      id\n      label\n    }\n    hall {\n      id\n      names {\n        lang\n        text\n      }\n      languages\n      timezone\n    }\n    route {\n      id\n      names {\n        lang\n        text\n      }\n    }\n    segments {\n      id\n      status\n      rating\n      service {\n        id\n        names {\n          lang\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitizenTicket($accessCode: String!) {\n    myTicket(accessCode: $accessCode) {\n      ...CitizenTicketFields\n    }\n  }\n"): (typeof documents)["\n  query CitizenTicket($accessCode: String!) {\n    myTicket(accessCode: $accessCode) {\n      ...CitizenTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CitizenTicketUpdated($accessCode: String!) {\n    myTicketUpdated(accessCode: $accessCode) {\n      ...CitizenTicketFields\n    }\n  }\n"): (typeof documents)["\n  subscription CitizenTicketUpdated($accessCode: String!) {\n    myTicketUpdated(accessCode: $accessCode) {\n      ...CitizenTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMyTicket($accessCode: String!) {\n    cancelTicket(accessCode: $accessCode) {\n      ...CitizenTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMyTicket($accessCode: String!) {\n    cancelTicket(accessCode: $accessCode) {\n      ...CitizenTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInMyTicket($accessCode: String!, $checkInCode: String) {\n    checkInTicket(accessCode: $accessCode, checkInCode: $checkInCode) {\n      ...CitizenTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInMyTicket($accessCode: String!, $checkInCode: String) {\n    checkInTicket(accessCode: $accessCode, checkInCode: $checkInCode) {\n      ...CitizenTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RememberedTicket($accessCode: String!) {\n    myTicket(accessCode: $accessCode) {\n      id\n      status\n      channel\n      checkedIn\n    }\n  }\n"): (typeof documents)["\n  query RememberedTicket($accessCode: String!) {\n    myTicket(accessCode: $accessCode) {\n      id\n      status\n      channel\n      checkedIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateMyTicket($accessCode: String!, $score: Int!, $comment: String) {\n    rateTicket(accessCode: $accessCode, score: $score, comment: $comment) {\n      ...CitizenTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation RateMyTicket($accessCode: String!, $score: Int!, $comment: String) {\n    rateTicket(accessCode: $accessCode, score: $score, comment: $comment) {\n      ...CitizenTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketServiceOpening($accessCode: String!) {\n    myTicket(accessCode: $accessCode) {\n      id\n      service {\n        id\n        openNow\n        opensAt\n        stopsIssuingAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query TicketServiceOpening($accessCode: String!) {\n    myTicket(accessCode: $accessCode) {\n      id\n      service {\n        id\n        openNow\n        opensAt\n        stopsIssuingAt\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;