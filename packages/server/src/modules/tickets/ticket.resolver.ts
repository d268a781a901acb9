import { ErrorCode, TransferPlacement } from '@onestop/shared';
import { DomainError } from '../../common/domain-error.js';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { requireWithinRate } from '../auth/rate-limiter.js';
import { Counter } from '../counters/counter.entity.js';
import { Hall } from '../halls/hall.entity.js';
import { Rating } from '../ratings/rating.entity.js';
import { Service } from '../services/service.entity.js';
import { Staff } from '../staff/staff.entity.js';
import { Segment } from './segment.entity.js';
import { serviceDayOf } from '@onestop/shared';
import {
  counterQueue,
  counterToRead,
  findTicket,
  findTicketByAccessCode,
  hallQueue,
} from './ticket-queries.js';
import {
  callNext,
  callTicket,
  cancelTicket,
  closeCounter,
  completeTicket,
  issueTicket,
  markNoShow,
  openCounter,
  parkTicket,
  pauseCounter,
  peopleAheadOf,
  rateTicket,
  recallTicket,
  requeueTicket,
  resumeCounter,
  resumeTicket,
  startServing,
  transferTicket,
  type QueueDependencies,
} from './ticket.service.js';
import { toSegmentView, toTicketView } from './ticket-views.js';
import { IssuedTicket, IssueTicketInput, SegmentView, TicketView } from './ticket.types.js';
import { TicketStatus } from '@onestop/shared';

function queue(context: RequestContext): QueueDependencies {
  return { em: context.em, events: context.app.events, clock: context.app.clock, actor: context.actor };
}

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
    return await findTicketByAccessCode(context.em, accessCode);
  }

  @Mutation(() => IssuedTicket)
  async issueTicket(
    @Arg('input', () => IssueTicketInput) input: IssueTicketInput,
    @Ctx() context: RequestContext,
  ): Promise<IssuedTicket> {
    const principal = context.actor.principal;
    if (principal?.kind === 'device')
      await requireWithinRate(context.app.requestLimits.kioskIssues, principal.deviceId);
    return Object.assign(new IssuedTicket(), await issueTicket(queue(context), input));
  }

  @Mutation(() => Counter)
  async openCounter(
    @Arg('counterId', () => ID) counterId: string,
    @Ctx() context: RequestContext,
  ): Promise<Counter> {
    return await openCounter(queue(context), counterId);
  }

  @Mutation(() => Counter)
  async pauseCounter(
    @Arg('counterId', () => ID) counterId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() context: RequestContext,
  ): Promise<Counter> {
    return await pauseCounter(queue(context), counterId, reason);
  }

  @Mutation(() => Counter)
  async resumeCounter(
    @Arg('counterId', () => ID) counterId: string,
    @Ctx() context: RequestContext,
  ): Promise<Counter> {
    return await resumeCounter(queue(context), counterId);
  }

  @Mutation(() => Counter)
  async closeCounter(
    @Arg('counterId', () => ID) counterId: string,
    @Ctx() context: RequestContext,
  ): Promise<Counter> {
    return await closeCounter(queue(context), counterId);
  }

  @Mutation(() => TicketView, {
    nullable: true,
    description: 'The next ticket by the call rules, or null when none is waiting',
  })
  async callNext(
    @Arg('counterId', () => ID) counterId: string,
    @Ctx() context: RequestContext,
  ): Promise<TicketView | null> {
    return await callNext(queue(context), counterId);
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
    return await callTicket(queue(context), counterId, ticketId, reason);
  }

  @Mutation(() => TicketView)
  async recallTicket(
    @Arg('ticketId', () => ID) ticketId: string,
    @Ctx() context: RequestContext,
  ): Promise<TicketView> {
    return await recallTicket(queue(context), ticketId);
  }

  @Mutation(() => TicketView)
  async startServing(
    @Arg('ticketId', () => ID) ticketId: string,
    @Ctx() context: RequestContext,
  ): Promise<TicketView> {
    return await startServing(queue(context), ticketId);
  }

  @Mutation(() => TicketView)
  async completeTicket(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('outcome', () => String, { nullable: true }) outcome: string | null,
    @Ctx() context: RequestContext,
  ): Promise<TicketView> {
    return await completeTicket(queue(context), ticketId, outcome ?? null);
  }

  @Mutation(() => TicketView)
  async markNoShow(
    @Arg('ticketId', () => ID) ticketId: string,
    @Ctx() context: RequestContext,
  ): Promise<TicketView> {
    return await markNoShow(queue(context), ticketId);
  }

  @Mutation(() => TicketView, { description: 'A NO_SHOW ticket of today back to WAITING' })
  async requeueTicket(
    @Arg('ticketId', () => ID) ticketId: string,
    @Ctx() context: RequestContext,
  ): Promise<TicketView> {
    return await requeueTicket(queue(context), ticketId);
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
      queue(context),
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
    return await parkTicket(queue(context), ticketId);
  }

  @Mutation(() => TicketView)
  async resumeTicket(
    @Arg('ticketId', () => ID) ticketId: string,
    @Ctx() context: RequestContext,
  ): Promise<TicketView> {
    return await resumeTicket(queue(context), ticketId);
  }

  @Mutation(() => TicketView)
  async cancelTicket(
    @Arg('accessCode', () => String) accessCode: string,
    @Ctx() context: RequestContext,
  ): Promise<TicketView> {
    await requireWithinRate(context.app.requestLimits.accessCodes, context.clientAddress);
    return await cancelTicket(queue(context), accessCode);
  }

  @Mutation(() => TicketView)
  async rateTicket(
    @Arg('accessCode', () => String) accessCode: string,
    @Arg('score', () => Int) score: number,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() context: RequestContext,
  ): Promise<TicketView> {
    await requireWithinRate(context.app.requestLimits.accessCodes, context.clientAddress);
    return await rateTicket(queue(context), accessCode, score, comment ?? null);
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
    const segments = await context.em.find(
      Segment,
      {
        counter: counter.id,
        status: TicketStatus.PARKED,
        serviceDay: serviceDayOf(context.app.clock(), hall.timezone),
      },
      { populate: ['ticket'], orderBy: { calledAt: 'asc', id: 'asc' } },
    );
    return segments.map((segment) => toTicketView(segment.ticket.getEntity(), segment));
  }

  @FieldResolver(() => TicketView, { nullable: true })
  async currentTicket(@Root() counter: Counter, @Ctx() context: RequestContext): Promise<TicketView | null> {
    const segment = await context.em.findOne(
      Segment,
      { counter: counter.id, status: { $in: [TicketStatus.CALLED, TicketStatus.SERVING] } },
      { populate: ['ticket'] },
    );
    return segment ? toTicketView(segment.ticket.getEntity(), segment) : null;
  }
}
