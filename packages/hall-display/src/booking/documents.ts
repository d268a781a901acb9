import { graphql } from '../gql';

/** An active hall's booking page: its names, languages and the services that take appointments. */
export const bookingHallQuery = graphql(`
  query BookingHall($code: String!) {
    bookingHall(code: $code) {
      id
      code
      names {
        lang
        text
      }
      languages
      timezone
      services {
        id
        prefix
        names {
          lang
          text
        }
        slotMinutes
        horizonDays
      }
      remoteJoinServices {
        id
        prefix
        names {
          lang
          text
        }
        issuingNow
        waiting
        estimate {
          p50Minutes
          p90Minutes
        }
      }
    }
  }
`);

/** The bookable slots of a service on a day of the hall's calendar, with the seats left in each. */
export const bookingSlotsQuery = graphql(`
  query BookingSlots($hallId: ID!, $serviceId: ID!, $date: String!) {
    slots(hallId: $hallId, serviceId: $serviceId, date: $date) {
      start
      end
      capacity
      available
    }
  }
`);

graphql(`
  fragment BookingAppointmentFields on Appointment {
    id
    status
    checkInCode
    phoneMasked
    name
    slotStart
    slotEnd
    service {
      id
      names {
        lang
        text
      }
    }
    hall {
      id
      code
      names {
        lang
        text
      }
      languages
      timezone
    }
  }
`);

/** A citizen books a slot; the idempotency key makes a retry return the first booking. */
export const bookAppointmentMutation = graphql(`
  mutation BookAppointment($input: BookAppointmentInput!) {
    bookAppointment(input: $input) {
      manageCode
      appointment {
        ...BookingAppointmentFields
      }
    }
  }
`);

/** The booking behind a manage code; null for an unknown code. */
export const myAppointmentQuery = graphql(`
  query MyAppointment($manageCode: String!) {
    myAppointment(manageCode: $manageCode) {
      ...BookingAppointmentFields
    }
  }
`);

/** Moves the booking to another slot of its service, in one step. */
export const rescheduleAppointmentMutation = graphql(`
  mutation RescheduleAppointment($manageCode: String!, $slotStart: DateTime!) {
    rescheduleAppointment(manageCode: $manageCode, slotStart: $slotStart) {
      ...BookingAppointmentFields
    }
  }
`);

/** Cancels the booking, until its slot starts. */
export const cancelAppointmentMutation = graphql(`
  mutation CancelAppointment($manageCode: String!) {
    cancelAppointment(manageCode: $manageCode) {
      ...BookingAppointmentFields
    }
  }
`);

/**
 * 远程取号: a ticket taken from the phone, waiting at home until checked in at the hall; the
 * idempotency key makes a retry return the first ticket.
 */
export const joinRemotelyMutation = graphql(`
  mutation JoinRemotely($input: JoinRemotelyInput!) {
    joinRemotely(input: $input) {
      accessCode
    }
  }
`);
