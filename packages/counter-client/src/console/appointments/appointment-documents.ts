import { graphql } from '../../gql';

// The GraphQL documents of the console's appointments (预约): the day's list, cancelling, staff
// booking for a caller, and the live view's counts. Kept beside the code that uses them, apart
// from console/documents.ts, which other sections edit at the same time.

/** What the day's list shows of an appointment: the phone only masked, as the server sends it. */
export const appointmentRowFragment = graphql(`
  fragment ConsoleAppointmentRow on Appointment {
    id
    status
    slotStart
    slotEnd
    checkInCode
    checkedInAt
    phoneMasked
    name
    service {
      id
      prefix
      name
      nameEn
    }
  }
`);

export const appointmentsOfDayQuery = graphql(`
  query ConsoleAppointmentsOfDay($hallId: ID!, $date: String!, $serviceId: ID) {
    appointments(hallId: $hallId, date: $date, serviceId: $serviceId) {
      ...ConsoleAppointmentRow
    }
  }
`);

/** The services of a hall with whether, and how far ahead, they take appointments. */
export const appointmentServicesQuery = graphql(`
  query ConsoleAppointmentServices($hallId: ID!) {
    hall(id: $hallId) {
      id
      services {
        id
        prefix
        name
        nameEn
        active
        appointmentSettings {
          enabled
          horizonDays
        }
      }
    }
  }
`);

export const bookableSlotsQuery = graphql(`
  query ConsoleBookableSlots($hallId: ID!, $serviceId: ID!, $date: String!) {
    slots(hallId: $hallId, serviceId: $serviceId, date: $date) {
      start
      end
      capacity
      available
    }
  }
`);

export const bookForCallerMutation = graphql(`
  mutation ConsoleBookForCaller($input: BookAppointmentInput!) {
    bookAppointment(input: $input) {
      manageCode
      appointment {
        ...ConsoleAppointmentRow
      }
    }
  }
`);

export const cancelAppointmentAsStaffMutation = graphql(`
  mutation ConsoleCancelAppointment($appointmentId: ID!, $reason: String!) {
    cancelAppointmentAsStaff(appointmentId: $appointmentId, reason: $reason) {
      ...ConsoleAppointmentRow
    }
  }
`);

/** Today's appointments for the live view's counts: their statuses are enough. */
export const appointmentStatusesQuery = graphql(`
  query ConsoleAppointmentStatuses($hallId: ID!, $date: String!) {
    appointments(hallId: $hallId, date: $date) {
      id
      status
    }
  }
`);
