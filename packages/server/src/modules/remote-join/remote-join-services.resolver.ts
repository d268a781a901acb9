import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { BookingHallType } from '../appointments/booking-hall.types.js';
import { remoteJoinServicesOf } from './remote-join-services.js';
import { RemoteJoinServiceType } from './remote-join.types.js';

/** The booking page's offer of remote tickets ("take a number now"), on the public BookingHall. */
@Resolver(() => BookingHallType)
export class RemoteJoinServicesResolver {
  @FieldResolver(() => [RemoteJoinServiceType], {
    description: 'Services that take remote tickets (远程取号), each saying whether it issues now',
  })
  async remoteJoinServices(
    @Root() hall: BookingHallType,
    @Ctx() context: RequestContext,
  ): Promise<RemoteJoinServiceType[]> {
    // A booking page is only ever of an active hall.
    return await remoteJoinServicesOf(
      context.em,
      { id: hall.id, timezone: hall.timezone, active: true },
      context.app.clock(),
    );
  }
}
