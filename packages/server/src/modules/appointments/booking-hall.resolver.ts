import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { bookingHallOf } from './booking-hall.service.js';
import { BookingHallType } from './booking-hall.types.js';

@Resolver(() => BookingHallType)
export class BookingHallResolver {
  @Query(() => BookingHallType, {
    nullable: true,
    description:
      "Public: an active hall's booking page (/book/:hallCode): its names, languages and the services that take appointments",
  })
  async bookingHall(
    @Arg('code', () => String) code: string,
    @Ctx() context: RequestContext,
  ): Promise<BookingHallType | null> {
    return await bookingHallOf(context.em, code);
  }
}
