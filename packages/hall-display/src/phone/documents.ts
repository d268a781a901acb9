import { graphql } from '../gql';

graphql(`
  fragment CitizenTicketFields on Ticket {
    id
    number
    status
    channel
    checkedIn
    priority
    issuedAt
    position
    recallCount
    calledAt
    estimate {
      p50Minutes
      p90Minutes
    }
    service {
      id
      names {
        lang
        text
      }
      remoteJoinSettings {
        checkInAhead
      }
    }
    counter {
      id
      label
    }
    hall {
      id
      names {
        lang
        text
      }
      languages
      timezone
    }
    route {
      id
      names {
        lang
        text
      }
    }
    segments {
      id
      status
      rating
      service {
        id
        names {
          lang
          text
        }
      }
    }
  }
`);

/** The ticket behind an access code, read once over HTTP for the first paint; null for an unknown code. */
export const citizenTicketQuery = graphql(`
  query CitizenTicket($accessCode: String!) {
    myTicket(accessCode: $accessCode) {
      ...CitizenTicketFields
    }
  }
`);

/** The ticket, pushed after every change in its hall (the first push is the current ticket). */
export const citizenTicketSubscription = graphql(`
  subscription CitizenTicketUpdated($accessCode: String!) {
    myTicketUpdated(accessCode: $accessCode) {
      ...CitizenTicketFields
    }
  }
`);

/** The citizen gives up a waiting ticket. */
export const cancelTicketMutation = graphql(`
  mutation CancelMyTicket($accessCode: String!) {
    cancelTicket(accessCode: $accessCode) {
      ...CitizenTicketFields
    }
  }
`);

/**
 * A remote ticket is checked in with the code the wall display shows (the citizen is in the hall).
 * A ticket already checked in, or not remote, comes back unchanged.
 */
export const checkInTicketMutation = graphql(`
  mutation CheckInMyTicket($accessCode: String!, $checkInCode: String) {
    checkInTicket(accessCode: $accessCode, checkInCode: $checkInCode) {
      ...CitizenTicketFields
    }
  }
`);

/** What the check-in page (`/checkin/:code`) reads of each ticket the phone remembers. */
export const rememberedTicketQuery = graphql(`
  query RememberedTicket($accessCode: String!) {
    myTicket(accessCode: $accessCode) {
      id
      status
      channel
      checkedIn
    }
  }
`);

/** 好差评: one rating of the latest completed, unrated segment. */
export const rateTicketMutation = graphql(`
  mutation RateMyTicket($accessCode: String!, $score: Int!, $comment: String) {
    rateTicket(accessCode: $accessCode, score: $score, comment: $comment) {
      ...CitizenTicketFields
    }
  }
`);

/**
 * Whether the ticket's service issues tickets now, and when that changes: read on its own, not in
 * the ticket pushed after every change in the hall, and again at the instants it names.
 */
export const ticketServiceOpeningQuery = graphql(`
  query TicketServiceOpening($accessCode: String!) {
    myTicket(accessCode: $accessCode) {
      id
      service {
        id
        openNow
        opensAt
        stopsIssuingAt
      }
    }
  }
`);
