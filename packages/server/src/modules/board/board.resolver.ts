import { Arg, ID, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import { notImplemented } from '../../common/domain-error.js';
import { Ticket } from '../tickets/ticket.types.js';
import { Board, HallEvent, HallStatus } from './board.types.js';

@Resolver()
export class BoardResolver {
  @Query(() => Board)
  board(@Arg('hallId', () => ID) _hallId: string): Board {
    throw notImplemented('board');
  }

  @Query(() => HallStatus)
  hallStatus(@Arg('hallId', () => ID) _hallId: string): HallStatus {
    throw notImplemented('hallStatus');
  }

  @Query(() => [HallEvent], {
    name: 'hallEvents',
    description:
      "The hall's events after seq afterSeq, oldest first: how a client that was cut off catches up",
  })
  missedHallEvents(
    @Arg('hallId', () => ID) _hallId: string,
    @Arg('afterSeq', () => Int) _afterSeq: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 500 }) _limit: number,
  ): HallEvent[] {
    throw notImplemented('hallEvents');
  }

  @Subscription(() => Board, {
    description:
      'The whole board, pushed after every change in the hall (the first push is the current board)',
    subscribe: () => {
      throw notImplemented('boardUpdated');
    },
  })
  boardUpdated(@Root() board: Board, @Arg('hallId', () => ID) _hallId: string): Board {
    return board;
  }

  @Subscription(() => HallEvent, {
    name: 'hallEvents',
    description:
      'Every event of the hall; with afterSeq, first the missed events after that seq, then live ones, none lost or repeated',
    subscribe: () => {
      throw notImplemented('Subscription.hallEvents');
    },
  })
  liveHallEvents(
    @Root() event: HallEvent,
    @Arg('hallId', () => ID) _hallId: string,
    @Arg('afterSeq', () => Int, { nullable: true }) _afterSeq: number | null,
  ): HallEvent {
    return event;
  }

  @Subscription(() => HallStatus, {
    description:
      'For managers: pushed after every change and every alert (the first push is the current status)',
    subscribe: () => {
      throw notImplemented('hallStatusUpdated');
    },
  })
  hallStatusUpdated(@Root() status: HallStatus, @Arg('hallId', () => ID) _hallId: string): HallStatus {
    return status;
  }

  @Subscription(() => [Ticket], {
    description: "The counter's next tickets, pushed after every change that alters them",
    subscribe: () => {
      throw notImplemented('counterQueueUpdated');
    },
  })
  counterQueueUpdated(@Root() tickets: Ticket[], @Arg('counterId', () => ID) _counterId: string): Ticket[] {
    return tickets;
  }

  @Subscription(() => Ticket, {
    subscribe: () => {
      throw notImplemented('myTicketUpdated');
    },
  })
  myTicketUpdated(@Root() ticket: Ticket, @Arg('accessCode', () => String) _accessCode: string): Ticket {
    return ticket;
  }
}
