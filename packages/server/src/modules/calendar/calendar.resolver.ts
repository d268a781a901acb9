import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { CalendarDay, WeeklyHours } from '@onestop/shared';
import type { RequestContext } from '../../graphql/context.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { Hall } from '../halls/hall.entity.js';
import { Service } from '../services/service.entity.js';
import {
  hallOpenState,
  importCalendar,
  readCalendar,
  removeCalendarException,
  serviceIssuingState,
  setCalendarExceptions,
  setWeeklyHours,
} from './calendar.service.js';
import {
  CalendarDayType,
  CalendarExceptionInput,
  WeeklyHoursInput,
  WeeklyHoursType,
} from './calendar.types.js';

@Resolver()
export class CalendarResolver {
  @Query(() => [CalendarDayType], {
    description: "A hall's (or one of its services') days from from to to, inclusive",
  })
  async calendar(
    @Arg('hallId', () => ID) hallId: string,
    @Arg('serviceId', () => ID, { nullable: true }) serviceId: string | null,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() context: RequestContext,
  ): Promise<CalendarDay[]> {
    return await readCalendar(context.em, context.actor, { hallId, serviceId, from, to });
  }

  @Mutation(() => [WeeklyHoursType], {
    description: "serviceId set: that service's own hours; an empty list gives it the hall's hours again",
  })
  async setWeeklyHours(
    @Arg('hallId', () => ID) hallId: string,
    @Arg('serviceId', () => ID, { nullable: true }) serviceId: string | null,
    @Arg('hours', () => [WeeklyHoursInput]) hours: WeeklyHoursInput[],
    @Ctx() context: RequestContext,
  ): Promise<WeeklyHours[]> {
    return await setWeeklyHours(context.em, context.actor, { hallId, serviceId, hours });
  }

  @Mutation(() => [CalendarDayType], { description: 'Adds or replaces the exceptions on their dates' })
  async setCalendarExceptions(
    @Arg('hallId', () => ID) hallId: string,
    @Arg('exceptions', () => [CalendarExceptionInput]) exceptions: CalendarExceptionInput[],
    @Ctx() context: RequestContext,
  ): Promise<CalendarDay[]> {
    return await setCalendarExceptions(context.em, context.actor, { hallId, exceptions });
  }

  @Mutation(() => CalendarDayType)
  async removeCalendarException(
    @Arg('hallId', () => ID) hallId: string,
    @Arg('date', () => String) date: string,
    @Ctx() context: RequestContext,
  ): Promise<CalendarDay> {
    return await removeCalendarException(context.em, context.actor, { hallId, date });
  }

  @Mutation(() => [CalendarDayType], {
    description: "Holidays and swapped working days from an iCalendar (.ics) file's text",
  })
  async importCalendar(
    @Arg('hallId', () => ID) hallId: string,
    @Arg('ics', () => String) ics: string,
    @Ctx() context: RequestContext,
  ): Promise<CalendarDay[]> {
    return await importCalendar(context.em, context.actor, { hallId, ics });
  }
}

/** A hall's calendar fields: whoever may read the hall may read when it is open. */
@Resolver(() => Hall)
export class HallCalendarResolver {
  @FieldResolver(() => [WeeklyHoursType])
  weeklyHours(@Root() hall: Hall): WeeklyHours[] {
    return hall.weeklyHours;
  }

  @FieldResolver(() => [CalendarDayType])
  async calendar(
    @Root() hall: Hall,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() context: RequestContext,
  ): Promise<CalendarDay[]> {
    return await readCalendar(context.em, context.actor, { hallId: hall.id, from, to });
  }

  @FieldResolver(() => Boolean, { description: 'Open now, by its calendar' })
  async openNow(@Root() hall: Hall, @Ctx() context: RequestContext): Promise<boolean> {
    return (await hallOpenState(context.em, hall, context.app.clock())).openNow;
  }

  @FieldResolver(() => DateTimeScalar, {
    nullable: true,
    description: 'Closed now: when it opens next (null: not within a year, or inactive)',
  })
  async opensAt(@Root() hall: Hall, @Ctx() context: RequestContext): Promise<Date | null> {
    const state = await hallOpenState(context.em, hall, context.app.clock());
    return state.openNow ? null : state.opensAt;
  }

  @FieldResolver(() => DateTimeScalar, {
    nullable: true,
    description: 'Open now: when the current opening ends (null: not within two weeks)',
  })
  async closesAt(@Root() hall: Hall, @Ctx() context: RequestContext): Promise<Date | null> {
    return (await hallOpenState(context.em, hall, context.app.clock())).closesAt;
  }
}

/** A service's calendar fields. */
@Resolver(() => Service)
export class ServiceCalendarResolver {
  @FieldResolver(() => [WeeklyHoursType], {
    description: "Its own hours within the hall's; empty = the hall's",
  })
  weeklyHours(@Root() service: Service): WeeklyHours[] {
    return service.weeklyHours;
  }

  @FieldResolver(() => Boolean, { description: 'Tickets can be issued now, by its calendar' })
  async openNow(@Root() service: Service, @Ctx() context: RequestContext): Promise<boolean> {
    return (await serviceIssuingState(context.em, service, context.app.clock())).issuing;
  }

  @FieldResolver(() => DateTimeScalar, {
    nullable: true,
    description: 'Not issuing now: when it issues tickets again (null: issuing, or not within a year)',
  })
  async opensAt(@Root() service: Service, @Ctx() context: RequestContext): Promise<Date | null> {
    return (await serviceIssuingState(context.em, service, context.app.clock())).opensAt;
  }

  @FieldResolver(() => DateTimeScalar, {
    nullable: true,
    description: 'Issuing now: when it stops issuing (停止取号; null: not within two weeks)',
  })
  async stopsIssuingAt(@Root() service: Service, @Ctx() context: RequestContext): Promise<Date | null> {
    return (await serviceIssuingState(context.em, service, context.app.clock())).stopsAt;
  }
}
