import { ErrorCode, TicketStatus, TransferPlacement } from '@onestop/shared';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DomainError } from '../../common/domain-error.js';
import { queueDependencies, type RequestContext } from '../../graphql/context.js';
import { requireWithinRate } from '../auth/rate-limiter.js';
import { Counter } from '../counters/counter.entity.js';
import { Hall } from '../halls/hall.entity.js';
import { Rating } from '../ratings/rating.entity.js';
import { Service } from '../services/service.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { callNext, callTicket } from './call-ticket.service.js';
import { findCurrentView } from './current-segment.js';
import { issueTicket } from './issue-ticket.service.js';
import { estimateOfWaitingSegment, peopleAheadOf } from './queue-readings.js';
import { Segment } from './segment.entity.js';
import {
  counterQueue,
  counterToRead,
  findTicket,
  hallQueue,
  heldTicket,
  parkedTickets,
} from './ticket-queries.js';
import {
  cancelTicket,
  completeTicket,
  markNoShow,
  parkTicket,
  recallTicket,
  requeueTicket,
  resumeTicket,
  startServing,
  transferTicket,
} from './ticket-transitions.service.js';
import { toSegmentView } from './ticket-view.js';
import { IssuedTicket, IssueTicketInput, SegmentView, TicketView, WaitEstimate } from './ticket.types.js';
@Resolver(() => TicketView)
export class TicketResolver {
  @Query(() => [TicketView], {
    description: 'WAITING tickets of a hall (optionally one service) in the order they will be called',
  })
  async queue(
    @Arg('hallId', () => ID) hallId: string,
    @Arg('serviceId', () => ID, { nullable: true }) serviceId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<TicketView[]> {
    return await hallQueue(context.em, context.actor, context.app.clock(), hallId, serviceId ?? null);
  }

  @Query(() => [TicketView], { description: 'The tickets this counter would call next, in order' })
  async counterQueue(
    @Arg('counterId', () => ID) counterId: string,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 20 }) limit: number,
    @Ctx() context: RequestContext,
  ): Promise<TicketView[]> {
    return await counterQueue(context.em, context.actor, context.app.clock(), counterId, limit ?? 20);
  }

  @Query(() => TicketView, { nullable: true })
  async ticket(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<TicketView | null> {
    return await findTicket(context.em, context.actor, id);
  }

  @Query(() => TicketView, { nullable: true })
  async myTicket(
    @Arg('accessCode', () => String) accessCode: string,
    @Ctx() context: RequestContext,
  ): Promise<TicketView | null> {
    await requireWithinRate(context.app.requestLimits.accessCodes, context.clientAddress);
    return await findCurrentView(context.em, { accessCode });
  }

  @Mutation(() => IssuedTicket)
  async issueTicket(
    @Arg('input', () => IssueTicketInput) input: IssueTicketInput,
    @Ctx() context: RequestContext,
  ): Promise<IssuedTicket> {
    const principal = context.actor.principal;
    if (principal?.kind === 'device')
      await requireWithinRate(context.app.requestLimits.kioskIssues, principal.deviceId);
    return Object.assign(new IssuedTicket(), await issueTicket(queueDependencies(context), input));
  }

  @Mutation(() => TicketView, {
    nullable: true,
    description: 'The next ticket by the call rules, or null when none is waiting',
  })
  async callNext(
    @Arg('counterId', () => ID) counterId: string,
    @Ctx() context: RequestContext,
  ): Promise<TicketView | null> {
    return await callNext(queueDependencies(context), counterId);
  }

  @Mutation(() => TicketView, {
    description: "Call a ticket out of order; the reason is kept in the hall's events",
  })
  async callTicket(
    @Arg('counterId', () => ID) counterId: string,
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() context: RequestContext,
  ): Promise<TicketView> {
    return await callTicket(queueDependencies(context), counterId, ticketId, reason);
  }

  @Mutation(() => TicketView)
  async recallTicket(
    @Arg('ticketId', () => ID) ticketId: string,
    @Ctx() context: RequestContext,
  ): Promise<TicketView> {
    return await recallTicket(queueDependencies(context), ticketId);
  }

  @Mutation(() => TicketView)
  async startServing(
    @Arg('ticketId', () => ID) ticketId: string,
    @Ctx() context: RequestContext,
  ): Promise<TicketView> {
    return await startServing(queueDependencies(context), ticketId);
  }

  @Mutation(() => TicketView)
  async completeTicket(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('outcome', () => String, { nullable: true }) outcome: string | null,
    @Ctx() context: RequestContext,
  ): Promise<TicketView> {
    return await completeTicket(queueDependencies(context), ticketId, outcome ?? null);
  }

  @Mutation(() => TicketView)
  async markNoShow(
    @Arg('ticketId', () => ID) ticketId: string,
    @Ctx() context: RequestContext,
  ): Promise<TicketView> {
    return await markNoShow(queueDependencies(context), ticketId);
  }

  @Mutation(() => TicketView, { description: 'A NO_SHOW ticket of today back to WAITING' })
  async requeueTicket(
    @Arg('ticketId', () => ID) ticketId: string,
    @Ctx() context: RequestContext,
  ): Promise<TicketView> {
    return await requeueTicket(queueDependencies(context), ticketId);
  }

  @Mutation(() => TicketView)
  async transferTicket(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('serviceId', () => ID) serviceId: string,
    @Arg('placement', () => TransferPlacement, { nullable: true, defaultValue: TransferPlacement.BY_ARRIVAL })
    placement: TransferPlacement,
    @Ctx() context: RequestContext,
  ): Promise<TicketView> {
    return await transferTicket(
      queueDependencies(context),
      ticketId,
      serviceId,
      placement ?? TransferPlacement.BY_ARRIVAL,
    );
  }

  @Mutation(() => TicketView)
  async parkTicket(
    @Arg('ticketId', () => ID) ticketId: string,
    @Ctx() context: RequestContext,
  ): Promise<TicketView> {
    return await parkTicket(queueDependencies(context), ticketId);
  }

  @Mutation(() => TicketView)
  async resumeTicket(
    @Arg('ticketId', () => ID) ticketId: string,
    @Ctx() context: RequestContext,
  ): Promise<TicketView> {
    return await resumeTicket(queueDependencies(context), ticketId);
  }

  @Mutation(() => TicketView)
  async cancelTicket(
    @Arg('accessCode', () => String) accessCode: string,
    @Ctx() context: RequestContext,
  ): Promise<TicketView> {
    await requireWithinRate(context.app.requestLimits.accessCodes, context.clientAddress);
    return await cancelTicket(queueDependencies(context), accessCode);
  }

  @FieldResolver(() => Hall)
  async hall(@Root() ticket: TicketView, @Ctx() context: RequestContext): Promise<Hall> {
    return await context.em.findOneOrFail(Hall, ticket.hallId);
  }

  @FieldResolver(() => Service)
  async service(@Root() ticket: TicketView, @Ctx() context: RequestContext): Promise<Service> {
    return await context.em.findOneOrFail(Service, ticket.serviceId);
  }

  @FieldResolver(() => Counter, { nullable: true })
  async counter(@Root() ticket: TicketView, @Ctx() context: RequestContext): Promise<Counter | null> {
    return ticket.counterId ? await context.em.findOneOrFail(Counter, ticket.counterId) : null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'How many tickets will be called before this one; null once it is no longer WAITING',
  })
  async position(@Root() ticket: TicketView, @Ctx() context: RequestContext): Promise<number | null> {
    if (ticket.status !== TicketStatus.WAITING) return null;
    return await peopleAheadOf(context.em, ticket.segmentId, context.app.clock());
  }

  @FieldResolver(() => WaitEstimate, {
    nullable: true,
    description:
      'While WAITING, the wait from now, estimated again as the queue moves; otherwise the estimate the current segment was given when it joined its queue',
  })
  async estimate(@Root() ticket: TicketView, @Ctx() context: RequestContext): Promise<WaitEstimate | null> {
    if (ticket.status !== TicketStatus.WAITING) return ticket.estimate;
    return await estimateOfWaitingSegment(context.em, ticket, context.app.clock());
  }

  @FieldResolver(() => [Service], {
    description:
      'Services still to visit after the current one, in order (a one-stop visit under one number)',
  })
  async route(@Root() ticket: TicketView, @Ctx() context: RequestContext): Promise<Service[]> {
    if (ticket.routeServiceIds.length === 0) return [];
    const services = await context.em.find(Service, { id: { $in: ticket.routeServiceIds } });
    return ticket.routeServiceIds.map((id) => services.find((service) => service.id === id)!);
  }

  @FieldResolver(() => [SegmentView])
  async segments(@Root() ticket: TicketView, @Ctx() context: RequestContext): Promise<SegmentView[]> {
    const segments = await context.em.find(Segment, { ticket: ticket.id }, { orderBy: { ordinal: 'asc' } });
    return segments.map(toSegmentView);
  }

  /** The score of the ticket's latest rating. */
  @FieldResolver(() => Int, { nullable: true })
  async rating(@Root() ticket: TicketView, @Ctx() context: RequestContext): Promise<number | null> {
    const rating = await context.em.findOne(
      Rating,
      { ticket: ticket.id },
      { orderBy: { createdAt: 'desc' } },
    );
    return rating?.score ?? null;
  }
}

@Resolver(() => SegmentView)
export class SegmentViewResolver {
  @FieldResolver(() => Service)
  async service(@Root() segment: SegmentView, @Ctx() context: RequestContext): Promise<Service> {
    return await context.em.findOneOrFail(Service, segment.serviceId);
  }

  @FieldResolver(() => Counter, { nullable: true })
  async counter(@Root() segment: SegmentView, @Ctx() context: RequestContext): Promise<Counter | null> {
    return segment.counterId ? await context.em.findOneOrFail(Counter, segment.counterId) : null;
  }

  @FieldResolver(() => Staff, { nullable: true })
  async staff(@Root() segment: SegmentView, @Ctx() context: RequestContext): Promise<Staff | null> {
    return segment.staffId ? await context.em.findOneOrFail(Staff, segment.staffId) : null;
  }
}

/** A counter's CALLED or SERVING ticket, its parked ones, and one counter read by id. */
@Resolver(() => Counter)
export class CounterTicketResolver {
  @Query(() => Counter, {
    nullable: true,
    description: 'One counter of a hall the caller works in (staff); null for an unknown id',
  })
  async counter(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Counter | null> {
    try {
      return await counterToRead(context.em, context.actor, id);
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.NOT_FOUND) return null;
      throw error;
    }
  }

  @FieldResolver(() => [TicketView], {
    description: "Today's tickets parked at this counter, in the order they were called",
  })
  async parkedTickets(@Root() counter: Counter, @Ctx() context: RequestContext): Promise<TicketView[]> {
    const hall = await counter.hall.loadOrFail();
    return await parkedTickets(context.em, counter.id, hall, context.app.clock());
  }

  @FieldResolver(() => TicketView, { nullable: true })
  async currentTicket(@Root() counter: Counter, @Ctx() context: RequestContext): Promise<TicketView | null> {
    return await heldTicket(context.em, counter.id);
  }
}
