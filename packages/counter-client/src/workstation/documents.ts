import { graphql } from '../gql';

/** What the workstation shows of a ticket, at the counter, parked or in the queue. */
export const workstationTicketFragment = graphql(`
  fragment WorkstationTicket on Ticket {
    id
    number
    status
    priority
    channel
    checkedIn
    appointment {
      id
      slotStart
    }
    queuedAt
    calledAt
    servingAt
    recallCount
    service {
      id
      name
      nameEn
      prefix
    }
    route {
      id
      name
      nameEn
      prefix
    }
  }
`);

/** The halls the signed-in staff member may work in. */
export const workstationHallsQuery = graphql(`
  query WorkstationHalls {
    halls {
      id
      name
      nameEn
    }
  }
`);

/** The hall's counters to choose from, with who holds each and what each serves. */
export const workstationHallQuery = graphql(`
  query WorkstationHall($hallId: ID!) {
    hall(id: $hallId) {
      id
      name
      nameEn
      services {
        id
        name
        nameEn
        prefix
      }
      counters {
        id
        label
        status
        staff {
          id
          displayName
        }
        services {
          rank
          service {
            id
          }
        }
      }
    }
  }
`);

/**
 * The workstation's snapshot: its own counter, what it holds and has parked (from any machine),
 * and its hall; the board only for the server's time, which the elapsed times count from.
 */
export const workstationCounterQuery = graphql(`
  query WorkstationCounter($hallId: ID!, $counterId: ID!) {
    board(hallId: $hallId) {
      at
    }
    counter(id: $counterId) {
      id
      label
      status
      pauseReason
      staff {
        id
        displayName
      }
      services {
        rank
        service {
          id
        }
      }
      currentTicket {
        ...WorkstationTicket
      }
      parkedTickets {
        ...WorkstationTicket
      }
      hall {
        id
        name
        nameEn
        timezone
        maxRecalls
        services {
          id
          name
          nameEn
          prefix
          active
          waitingCount
        }
      }
    }
  }
`);

/** Every waiting ticket of the hall, for calling one out of order. */
export const hallWaitingQuery = graphql(`
  query HallWaiting($hallId: ID!) {
    queue(hallId: $hallId) {
      ...WorkstationTicket
    }
  }
`);

/** The clerk's own figures (a clerk may only ask for themselves). */
export const ownFiguresQuery = graphql(`
  query OwnFigures($input: StatsInput!) {
    waitStats(input: $input) {
      key
      served
      noShows
      avgServiceSeconds
    }
  }
`);

/** The counter's next tickets, live; also what keeps the counter's presence on the server. */
export const counterQueueSubscription = graphql(`
  subscription CounterQueueUpdated($counterId: ID!) {
    counterQueueUpdated(counterId: $counterId) {
      ...WorkstationTicket
    }
  }
`);

export const openCounterMutation = graphql(`
  mutation OpenCounter($counterId: ID!) {
    openCounter(counterId: $counterId) {
      id
      status
    }
  }
`);

export const pauseCounterMutation = graphql(`
  mutation PauseCounter($counterId: ID!, $reason: String!) {
    pauseCounter(counterId: $counterId, reason: $reason) {
      id
      status
    }
  }
`);

export const resumeCounterMutation = graphql(`
  mutation ResumeCounter($counterId: ID!) {
    resumeCounter(counterId: $counterId) {
      id
      status
    }
  }
`);

export const closeCounterMutation = graphql(`
  mutation CloseCounter($counterId: ID!) {
    closeCounter(counterId: $counterId) {
      id
      status
    }
  }
`);

export const callNextMutation = graphql(`
  mutation CallNext($counterId: ID!) {
    callNext(counterId: $counterId) {
      ...WorkstationTicket
    }
  }
`);

export const callTicketMutation = graphql(`
  mutation CallTicket($counterId: ID!, $ticketId: ID!, $reason: String!) {
    callTicket(counterId: $counterId, ticketId: $ticketId, reason: $reason) {
      ...WorkstationTicket
    }
  }
`);

export const recallTicketMutation = graphql(`
  mutation RecallTicket($ticketId: ID!) {
    recallTicket(ticketId: $ticketId) {
      ...WorkstationTicket
    }
  }
`);

export const startServingMutation = graphql(`
  mutation StartServing($ticketId: ID!) {
    startServing(ticketId: $ticketId) {
      ...WorkstationTicket
    }
  }
`);

export const completeTicketMutation = graphql(`
  mutation CompleteTicket($ticketId: ID!, $outcome: String) {
    completeTicket(ticketId: $ticketId, outcome: $outcome) {
      ...WorkstationTicket
    }
  }
`);

export const markNoShowMutation = graphql(`
  mutation MarkNoShow($ticketId: ID!) {
    markNoShow(ticketId: $ticketId) {
      ...WorkstationTicket
    }
  }
`);

export const requeueTicketMutation = graphql(`
  mutation RequeueTicket($ticketId: ID!) {
    requeueTicket(ticketId: $ticketId) {
      ...WorkstationTicket
    }
  }
`);

export const transferTicketMutation = graphql(`
  mutation TransferTicket($ticketId: ID!, $serviceId: ID!, $placement: TransferPlacement!) {
    transferTicket(ticketId: $ticketId, serviceId: $serviceId, placement: $placement) {
      ...WorkstationTicket
    }
  }
`);

export const parkTicketMutation = graphql(`
  mutation ParkTicket($ticketId: ID!) {
    parkTicket(ticketId: $ticketId) {
      ...WorkstationTicket
    }
  }
`);

export const resumeTicketMutation = graphql(`
  mutation ResumeTicket($ticketId: ID!) {
    resumeTicket(ticketId: $ticketId) {
      ...WorkstationTicket
    }
  }
`);
