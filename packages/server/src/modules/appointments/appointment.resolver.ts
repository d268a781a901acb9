import { AppointmentStatus } from '@onestop/shared';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { requireWithinRate } from '../auth/rate-limiter.js';
import { Hall } from '../halls/hall.entity.js';
import { Service } from '../services/service.entity.js';
import { findCurrentView } from '../tickets/current-segment.js';
import { TicketView } from '../tickets/ticket.types.js';
import {
  AppointmentType,
  BookAppointmentInput,
  BookedAppointmentType,
  SlotType,
} from './appointment.types.js';
import { appointmentView } from './appointment-view.js';
import { bookAppointment } from './book-appointment.service.js';
import {
  appointmentsOfDay,
  findAppointmentByManageCode,
  cancelAppointment,
  cancelAppointmentAsStaff,
  rescheduleAppointment,
} from './manage-appointment.service.js';
import { bookableSlots } from './slots.service.js';

@Resolver(() => AppointmentType)
export class AppointmentResolver {
  @Query(() => [SlotType], { description: 'Public: the bookable slots of a service on a date' })
  async slots(
    @Arg('hallId', () => ID) hallId: string,
    @Arg('serviceId', () => ID) serviceId: string,
    @Arg('date', () => String) date: string,
    @Ctx() context: RequestContext,
  ): Promise<SlotType[]> {
    const slots = await bookableSlots(context.em, hallId, serviceId, date, context.app.clock());
    return slots.map((slot) => Object.assign(new SlotType(), slot));
  }

  @Query(() => AppointmentType, { nullable: true })
  async myAppointment(
    @Arg('manageCode', () => String) manageCode: string,
    @Ctx() context: RequestContext,
  ): Promise<AppointmentType | null> {
    // A secret looked up by anyone: guessing is slowed down like a ticket's access code.
    await requireWithinRate(context.app.requestLimits.accessCodes, context.clientAddress);
    return await findAppointmentByManageCode(context.em, manageCode, context.app.clock());
  }

  @Mutation(() => BookedAppointmentType, {
    description: 'A citizen (no login) or staff booking for a citizen',
  })
  async bookAppointment(
    @Arg('input', () => BookAppointmentInput) input: BookAppointmentInput,
    @Ctx() context: RequestContext,
  ): Promise<BookedAppointmentType> {
    // Bookings without a login are limited per address; staff booking for callers are not.
    if (!context.actor.principal && !context.actor.tokenRejected) {
      await requireWithinRate(context.app.requestLimits.onlineBookings, context.clientAddress);
    }
    const booking = await bookAppointment(context.em, context.actor, input, context.app.clock());
    return Object.assign(new BookedAppointmentType(), {
      appointment: appointmentView(booking.appointment),
      manageCode: booking.manageCode,
    });
  }

  @Query(() => [AppointmentType], { description: "Staff: a hall's appointments of a day" })
  async appointments(
    @Arg('hallId', () => ID) hallId: string,
    @Arg('date', () => String) date: string,
    @Arg('serviceId', () => ID, { nullable: true }) serviceId: string | null,
    @Arg('status', () => AppointmentStatus, { nullable: true }) status: AppointmentStatus | null,
    @Ctx() context: RequestContext,
  ): Promise<AppointmentType[]> {
    const found = await appointmentsOfDay(
      context.em,
      context.actor,
      { hallId, date, serviceId, status },
      context.app.clock(),
    );
    return found.map(appointmentView);
  }

  @Mutation(() => AppointmentType)
  async rescheduleAppointment(
    @Arg('manageCode', () => String) manageCode: string,
    @Arg('slotStart', () => Date) slotStart: Date,
    @Ctx() context: RequestContext,
  ): Promise<AppointmentType> {
    await requireWithinRate(context.app.requestLimits.accessCodes, context.clientAddress);
    return appointmentView(
      await rescheduleAppointment(context.em, manageCode, slotStart, context.app.clock()),
    );
  }

  @Mutation(() => AppointmentType)
  async cancelAppointment(
    @Arg('manageCode', () => String) manageCode: string,
    @Ctx() context: RequestContext,
  ): Promise<AppointmentType> {
    await requireWithinRate(context.app.requestLimits.accessCodes, context.clientAddress);
    return appointmentView(await cancelAppointment(context.em, manageCode, context.app.clock()));
  }

  @Mutation(() => AppointmentType)
  async cancelAppointmentAsStaff(
    @Arg('appointmentId', () => ID) appointmentId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() context: RequestContext,
  ): Promise<AppointmentType> {
    return appointmentView(
      await cancelAppointmentAsStaff(context.em, context.actor, appointmentId, reason, context.app.clock()),
    );
  }

  @FieldResolver(() => Hall)
  async hall(@Root() appointment: AppointmentType, @Ctx() context: RequestContext): Promise<Hall> {
    return await context.em.findOneOrFail(Hall, appointment.hallId);
  }

  @FieldResolver(() => TicketView, { nullable: true, description: 'The ticket made at check-in' })
  async ticket(
    @Root() appointment: AppointmentType,
    @Ctx() context: RequestContext,
  ): Promise<TicketView | null> {
    return appointment.ticketId
      ? await findCurrentView(context.em, { ticketId: appointment.ticketId })
      : null;
  }

  @FieldResolver(() => Service)
  async service(@Root() appointment: AppointmentType, @Ctx() context: RequestContext): Promise<Service> {
    return await context.em.findOneOrFail(Service, appointment.serviceId);
  }
}
