import { TransferPlacement } from '@onestop/shared';
import { Arg, FieldResolver, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { notImplemented } from '../../common/domain-error.js';
import { Counter } from '../counters/counter.entity.js';
import { IssuedTicket, IssueTicketInput, Ticket } from './ticket.types.js';

@Resolver(() => Ticket)
export class TicketResolver {
  @Query(() => [Ticket], {
    description: 'WAITING tickets of a hall (optionally one service) in the order they will be called',
  })
  queue(
    @Arg('hallId', () => ID) _hallId: string,
    @Arg('serviceId', () => ID, { nullable: true }) _serviceId: string | null,
  ): Ticket[] {
    throw notImplemented('queue');
  }

  @Query(() => [Ticket], { description: 'The tickets this counter would call next, in order' })
  counterQueue(
    @Arg('counterId', () => ID) _counterId: string,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 20 }) _limit: number,
  ): Ticket[] {
    throw notImplemented('counterQueue');
  }

  @Query(() => Ticket, { nullable: true })
  ticket(@Arg('id', () => ID) _id: string): Ticket | null {
    throw notImplemented('ticket');
  }

  @Query(() => Ticket, { nullable: true })
  myTicket(@Arg('accessCode', () => String) _accessCode: string): Ticket | null {
    throw notImplemented('myTicket');
  }

  @Mutation(() => IssuedTicket)
  issueTicket(@Arg('input', () => IssueTicketInput) _input: IssueTicketInput): IssuedTicket {
    throw notImplemented('issueTicket');
  }

  @Mutation(() => Counter)
  openCounter(@Arg('counterId', () => ID) _counterId: string): Counter {
    throw notImplemented('openCounter');
  }

  @Mutation(() => Counter)
  pauseCounter(
    @Arg('counterId', () => ID) _counterId: string,
    @Arg('reason', () => String) _reason: string,
  ): Counter {
    throw notImplemented('pauseCounter');
  }

  @Mutation(() => Counter)
  resumeCounter(@Arg('counterId', () => ID) _counterId: string): Counter {
    throw notImplemented('resumeCounter');
  }

  @Mutation(() => Counter)
  closeCounter(@Arg('counterId', () => ID) _counterId: string): Counter {
    throw notImplemented('closeCounter');
  }

  @Mutation(() => Ticket, {
    nullable: true,
    description: 'The next ticket by the call rules, or null when none is waiting',
  })
  callNext(@Arg('counterId', () => ID) _counterId: string): Ticket | null {
    throw notImplemented('callNext');
  }

  @Mutation(() => Ticket, {
    description: "Call a ticket out of order; the reason is kept in the hall's events",
  })
  callTicket(
    @Arg('counterId', () => ID) _counterId: string,
    @Arg('ticketId', () => ID) _ticketId: string,
    @Arg('reason', () => String) _reason: string,
  ): Ticket {
    throw notImplemented('callTicket');
  }

  @Mutation(() => Ticket)
  recallTicket(@Arg('ticketId', () => ID) _ticketId: string): Ticket {
    throw notImplemented('recallTicket');
  }

  @Mutation(() => Ticket)
  startServing(@Arg('ticketId', () => ID) _ticketId: string): Ticket {
    throw notImplemented('startServing');
  }

  @Mutation(() => Ticket)
  completeTicket(
    @Arg('ticketId', () => ID) _ticketId: string,
    @Arg('outcome', () => String, { nullable: true }) _outcome: string | null,
  ): Ticket {
    throw notImplemented('completeTicket');
  }

  @Mutation(() => Ticket)
  markNoShow(@Arg('ticketId', () => ID) _ticketId: string): Ticket {
    throw notImplemented('markNoShow');
  }

  @Mutation(() => Ticket, { description: 'A NO_SHOW ticket of today back to WAITING' })
  requeueTicket(@Arg('ticketId', () => ID) _ticketId: string): Ticket {
    throw notImplemented('requeueTicket');
  }

  @Mutation(() => Ticket)
  transferTicket(
    @Arg('ticketId', () => ID) _ticketId: string,
    @Arg('serviceId', () => ID) _serviceId: string,
    @Arg('placement', () => TransferPlacement, { nullable: true, defaultValue: TransferPlacement.BY_ARRIVAL })
    _placement: TransferPlacement,
  ): Ticket {
    throw notImplemented('transferTicket');
  }

  @Mutation(() => Ticket)
  parkTicket(@Arg('ticketId', () => ID) _ticketId: string): Ticket {
    throw notImplemented('parkTicket');
  }

  @Mutation(() => Ticket)
  resumeTicket(@Arg('ticketId', () => ID) _ticketId: string): Ticket {
    throw notImplemented('resumeTicket');
  }

  @Mutation(() => Ticket)
  cancelTicket(@Arg('accessCode', () => String) _accessCode: string): Ticket {
    throw notImplemented('cancelTicket');
  }

  @Mutation(() => Ticket)
  rateTicket(
    @Arg('accessCode', () => String) _accessCode: string,
    @Arg('score', () => Int) _score: number,
    @Arg('comment', () => String, { nullable: true }) _comment: string | null,
  ): Ticket {
    throw notImplemented('rateTicket');
  }
}

// Counter's own fields live in counters/; the ticket at a counter belongs to the ticket domain.
@Resolver(() => Counter)
export class CounterTicketResolver {
  @FieldResolver(() => Ticket, { nullable: true })
  currentTicket(): Ticket | null {
    throw notImplemented('Counter.currentTicket');
  }
}
