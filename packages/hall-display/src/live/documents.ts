import { graphql } from '../gql';

// Only plain fields of the board's services and counters: every board push is executed once per
// subscriber, and a field with its own resolver would multiply database work by the screens.
// (`names` has a resolver, but a pure one over the row's columns: no database work.)

graphql(`
  fragment CallFields on Call {
    seq
    ticketId
    ticketNumber
    serviceId
    serviceName
    counterId
    counterLabel
    calledAt
    recallCount
  }
`);

graphql(`
  fragment BoardFields on Board {
    hallId
    seq
    at
    checkInCode
    queues {
      service {
        id
        name
        nameEn
        names {
          lang
          text
        }
        prefix
      }
      waiting
      estimate {
        p50Minutes
        p90Minutes
      }
    }
    recentCalls {
      ...CallFields
    }
    counters {
      counter {
        id
        label
      }
      status
      ticketNumber
    }
  }
`);

graphql(`
  fragment HallEventFields on HallEvent {
    seq
    type
    at
    call {
      ...CallFields
    }
  }
`);

/** The whole board, pushed after every change in the hall; the first push is the current board. */
export const boardUpdatedSubscription = graphql(`
  subscription BoardUpdated($hallId: ID!) {
    boardUpdated(hallId: $hallId) {
      ...BoardFields
    }
  }
`);

/** The hall's events after `afterSeq`, then live ones. */
export const hallEventFeedSubscription = graphql(`
  subscription HallEventFeed($hallId: ID!, $afterSeq: Int) {
    hallEvents(hallId: $hallId, afterSeq: $afterSeq) {
      ...HallEventFields
    }
  }
`);

/** The events a gap left out, read once. */
export const missedHallEventsQuery = graphql(`
  query MissedHallEvents($hallId: ID!, $afterSeq: Int!, $limit: Int) {
    hallEvents(hallId: $hallId, afterSeq: $afterSeq, limit: $limit) {
      ...HallEventFields
    }
  }
`);

/** The device says it is alive, so that managers see a display go offline. */
export const heartbeatMutation = graphql(`
  mutation Heartbeat {
    heartbeat {
      id
      lastSeenAt
    }
  }
`);

/**
 * Whether the hall is open and each service issues tickets, and when that changes. Read on its
 * own, not in the board: these fields are computed from the calendar, and the board is pushed to
 * every screen after every change. Read again at the instants it names (no hall event comes when
 * the hall opens or closes) and every few minutes.
 */
export const hallOpeningQuery = graphql(`
  query HallOpening($hallId: ID!) {
    hall(id: $hallId) {
      id
      openNow
      opensAt
      closesAt
      services {
        id
        openNow
        opensAt
        stopsIssuingAt
      }
    }
  }
`);
