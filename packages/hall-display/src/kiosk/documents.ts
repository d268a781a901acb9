import { graphql } from '../gql';

/** What the kiosk prints of a ticket, whether taken at a service button or by an appointment. */
export const kioskIssuedTicketFragment = graphql(`
  fragment KioskIssuedTicket on IssuedTicket {
    accessCode
    peopleAhead
    estimate {
      p50Minutes
      p90Minutes
    }
    ticket {
      id
      number
      priority
      channel
      issuedAt
      appointment {
        id
        slotStart
      }
      service {
        id
        name
        nameEn
        names {
          lang
          text
        }
      }
      route {
        id
        name
        nameEn
        names {
          lang
          text
        }
      }
    }
  }
`);

/**
 * Takes a ticket. The kiosk sends one idempotency key per press and repeats it on every retry,
 * so that a lost answer never prints a second ticket.
 */
export const issueTicketMutation = graphql(`
  mutation IssueTicket($input: IssueTicketInput!) {
    issueTicket(input: $input) {
      ...KioskIssuedTicket
    }
  }
`);

/**
 * Checks an appointment in by its checkInCode or manageCode: its ticket. The same code again
 * gives the same ticket, so the code is the request's own idempotency key.
 */
export const checkInAppointmentMutation = graphql(`
  mutation CheckInAppointment($hallId: ID!, $code: String!) {
    checkInAppointment(hallId: $hallId, code: $code) {
      ...KioskIssuedTicket
    }
  }
`);

/**
 * Whether any active service of the hall takes appointments (the booking QR code and the
 * appointment path of the start screen), and the hall's code for the booking page's address.
 */
export const kioskBookingQuery = graphql(`
  query KioskBooking($hallId: ID!) {
    hall(id: $hallId) {
      id
      code
      services {
        id
        active
        appointmentSettings {
          enabled
        }
      }
    }
  }
`);

/** What the kiosk shows of a remote ticket it checked in. */
export const kioskCheckedInTicketFragment = graphql(`
  fragment KioskCheckedInTicket on Ticket {
    id
    number
    channel
    checkedIn
    service {
      id
      name
      nameEn
      names {
        lang
        text
      }
    }
  }
`);

/**
 * Checks a remote ticket (远程取号) in by its phone page's QR code, as the hall's KIOSK: no
 * check-in code needed, the device token proves presence. The same access code again answers the
 * ticket unchanged, so a retry is safe.
 */
export const checkInTicketMutation = graphql(`
  mutation CheckInTicket($accessCode: String!) {
    checkInTicket(accessCode: $accessCode) {
      ...KioskCheckedInTicket
    }
  }
`);
