import type { Right } from '@onestop/shared';
import {
  Arg,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Query,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
} from 'type-graphql';
import { notFound } from '../../common/domain-error.js';
import { isUuid } from '../../common/ids.js';
import { integerInRange } from '../../common/validation.js';
import type { RequestContext } from '../../graphql/context.js';
import { eventsAfter } from '../../realtime/event-stream.js';
import type { HallEventMessage } from '../../realtime/events.js';
import { requireHall, requireRight, type Actor } from '../auth/access.js';
import { requireWithinRate } from '../auth/rate-limiter.js';
import { Counter } from '../counters/counter.entity.js';
import { Hall } from '../halls/hall.entity.js';
import { findCurrentView } from '../tickets/current-segment.js';
import { counterToRead } from '../tickets/ticket-queries.js';
import { TicketView } from '../tickets/ticket.types.js';
import { buildBoard, buildHallStatus, callFromEvent } from './board.service.js';
import { Board, HallEvent, HallStatus } from './board.types.js';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The id of a hall the caller may read. A hall the caller's scope names exists (its device's or
 * its staff's rows refer to it), so only a scope of every hall needs the read that tells NOT_FOUND
 * from FORBIDDEN: when a city's displays all subscribe again at once, none waits on it.
 */
async function readableHall(em: EntityManager, actor: Actor, hallId: string, right: Right): Promise<string> {
  requireRight(actor, right);
  const scope = await actor.hallScope();
  if (scope.kind === 'some' && scope.hallIds.has(hallId)) return hallId;
  const hall = isUuid(hallId) ? await em.findOne(Hall, hallId) : null;
  if (!hall) throw notFound();
  await requireHall(actor, hall.id, right);
  return hall.id;
}

function toHallEvent(message: HallEventMessage): HallEvent {
  return Object.assign(new HallEvent(), {
    hallId: message.hallId,
    seq: message.seq,
    type: message.type,
    at: new Date(message.at),
    ticketId: message.ticketId,
    counterId: message.counterId,
    call: callFromEvent(message.seq, message.type, message.ticketId, message.counterId, message.data),
  });
}

type Subscribe<Args> = SubscribeResolverData<unknown, Args, RequestContext>;

@Resolver(() => HallEvent)
export class BoardResolver {
  @Query(() => Board)
  async board(@Arg('hallId', () => ID) hallId: string, @Ctx() context: RequestContext): Promise<Board> {
    const readableHallId = await readableHall(context.em, context.actor, hallId, 'readBoard');
    return await buildBoard(context.em, readableHallId, context.app.clock());
  }

  @Query(() => HallStatus)
  async hallStatus(
    @Arg('hallId', () => ID) hallId: string,
    @Ctx() context: RequestContext,
  ): Promise<HallStatus> {
    const readableHallId = await readableHall(context.em, context.actor, hallId, 'readHallStatus');
    return await buildHallStatus(
      context.em,
      readableHallId,
      context.app.clock(),
      context.locale,
      context.app.feeds.presence,
    );
  }

  @Query(() => [HallEvent], {
    name: 'hallEvents',
    description:
      "The hall's events after seq afterSeq, oldest first: how a client that was cut off catches up",
  })
  async missedHallEvents(
    @Arg('hallId', () => ID) hallId: string,
    @Arg('afterSeq', () => Int) afterSeq: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 500 }) limit: number,
    @Ctx() context: RequestContext,
  ): Promise<HallEvent[]> {
    const readableHallId = await readableHall(context.em, context.actor, hallId, 'readBoard');
    const validLimit = integerInRange('limit', limit ?? 500, 1, 1000);
    return (await eventsAfter(context.em, readableHallId, Math.max(0, afterSeq), validLimit)).map(
      toHallEvent,
    );
  }

  @Subscription(() => Board, {
    description:
      'The whole board, pushed after every change in the hall (the first push is the current board)',
    subscribe: async ({ args, context }: Subscribe<{ hallId: string }>) => {
      const readableHallId = await readableHall(context.em, context.actor, args.hallId, 'readBoard');
      return context.app.feeds.board(readableHallId);
    },
  })
  boardUpdated(@Root() board: Board, @Arg('hallId', () => ID) _hallId: string): Board {
    return board;
  }

  @Subscription(() => HallEvent, {
    name: 'hallEvents',
    description:
      'Every event of the hall; with afterSeq, first the missed events after that seq, then live ones, none lost or repeated',
    subscribe: async ({ args, context }: Subscribe<{ hallId: string; afterSeq?: number | null }>) => {
      const readableHallId = await readableHall(context.em, context.actor, args.hallId, 'readBoard');
      return context.app.feeds.events(readableHallId, args.afterSeq ?? null);
    },
  })
  liveHallEvents(
    @Root() event: HallEventMessage,
    @Arg('hallId', () => ID) _hallId: string,
    @Arg('afterSeq', () => Int, { nullable: true }) _afterSeq: number | null,
  ): HallEvent {
    return toHallEvent(event);
  }

  @Subscription(() => HallStatus, {
    description:
      'For managers: pushed after every change and every alert (the first push is the current status)',
    subscribe: async ({ args, context }: Subscribe<{ hallId: string }>) => {
      const readableHallId = await readableHall(context.em, context.actor, args.hallId, 'readHallStatus');
      return context.app.feeds.hallStatus(readableHallId, context.locale);
    },
  })
  hallStatusUpdated(@Root() status: HallStatus, @Arg('hallId', () => ID) _hallId: string): HallStatus {
    return status;
  }

  @Subscription(() => [TicketView], {
    description: "The counter's next tickets, pushed after every change that alters them",
    subscribe: async ({ args, context }: Subscribe<{ counterId: string }>) => {
      const counter = await counterToRead(context.em, context.actor, args.counterId);
      return context.app.feeds.counterQueue(counter.id, counter.hall.id);
    },
  })
  counterQueueUpdated(
    @Root() tickets: TicketView[],
    @Arg('counterId', () => ID) _counterId: string,
  ): TicketView[] {
    return tickets;
  }

  @Subscription(() => TicketView, {
    subscribe: async ({ args, context }: Subscribe<{ accessCode: string }>) => {
      await requireWithinRate(context.app.requestLimits.accessCodes, context.clientAddress);
      const ticket = await findCurrentView(context.em, { accessCode: args.accessCode });
      if (!ticket) throw notFound();
      return context.app.feeds.ticket(ticket.id, ticket.hallId);
    },
  })
  myTicketUpdated(
    @Root() ticket: TicketView,
    @Arg('accessCode', () => String) _accessCode: string,
  ): TicketView {
    return ticket;
  }

  @FieldResolver(() => TicketView, { nullable: true })
  async ticket(@Root() event: HallEvent, @Ctx() context: RequestContext): Promise<TicketView | null> {
    return event.ticketId ? await findCurrentView(context.em, { ticketId: event.ticketId }) : null;
  }

  @FieldResolver(() => Counter, { nullable: true })
  async counter(@Root() event: HallEvent, @Ctx() context: RequestContext): Promise<Counter | null> {
    return event.counterId ? await context.em.findOne(Counter, event.counterId) : null;
  }
}
