import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { queueDependencies, type RequestContext } from '../../graphql/context.js';
import { requireWithinRate } from '../auth/rate-limiter.js';
import { IssuedTicket, TicketView } from '../tickets/ticket.types.js';
import { checkInTicket } from './check-in-ticket.service.js';
import { joinRemotely } from './join-remotely.service.js';
import { JoinRemotelyInput } from './remote-join.types.js';

/** Taking a place in the line from a phone, and checking it in at the hall. */
@Resolver(() => TicketView)
export class RemoteJoinResolver {
  @Mutation(() => IssuedTicket, {
    description: "From the citizen's phone: a place in the line, called only once checked in at the hall",
  })
  async joinRemotely(
    @Arg('input', () => JoinRemotelyInput) input: JoinRemotelyInput,
    @Ctx() context: RequestContext,
  ): Promise<IssuedTicket> {
    // Joins without a login are limited per address, like online bookings.
    if (!context.actor.principal)
      await requireWithinRate(context.app.requestLimits.onlineBookings, context.clientAddress);
    return Object.assign(new IssuedTicket(), await joinRemotely(queueDependencies(context), input));
  }

  @Mutation(() => TicketView, {
    description:
      "A kiosk scanning the ticket's QR (accessCode alone), or the phone with the code its wall display shows",
  })
  async checkInTicket(
    @Arg('accessCode', () => String) accessCode: string,
    @Arg('checkInCode', () => String, { nullable: true }) checkInCode: string | null,
    @Ctx() context: RequestContext,
  ): Promise<TicketView> {
    // An access code and a six-digit code are secrets tried by anyone: guessing is slowed down.
    await requireWithinRate(context.app.requestLimits.accessCodes, context.clientAddress);
    return await checkInTicket(queueDependencies(context), accessCode, checkInCode);
  }
}
