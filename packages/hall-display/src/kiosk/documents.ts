import { graphql } from '../gql';

/**
 * Takes a ticket. The kiosk sends one idempotency key per press and repeats it on every retry,
 * so that a lost answer never prints a second ticket.
 */
export const issueTicketMutation = graphql(`
  mutation IssueTicket($input: IssueTicketInput!) {
    issueTicket(input: $input) {
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
        issuedAt
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
  }
`);
