import { Role } from '@onestop/shared';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { queueDependencies, type RequestContext } from '../../graphql/context.js';
import { requireWithinRate } from '../auth/rate-limiter.js';
import { IssuedTicket, TicketView } from '../tickets/ticket.types.js';
import { Appointment } from './appointment.entity.js';
import { AppointmentType } from './appointment.types.js';
import { appointmentView } from './appointment-view.js';
import { checkInAppointment } from './check-in.service.js';

/** The kiosk's check-in, and the link between an appointment and its ticket on the ticket's side. */
@Resolver(() => TicketView)
export class AppointmentCheckInResolver {
  @Mutation(() => IssuedTicket, {
    description:
      "At the kiosk: the appointment's checkInCode or manageCode, typed or scanned → its ticket; the same again → the same ticket",
  })
  async checkInAppointment(
    @Arg('hallId', () => ID) hallId: string,
    @Arg('code', () => String) code: string,
    @Ctx() context: RequestContext,
  ): Promise<IssuedTicket> {
    // A kiosk is held to its issuing rate here too: codes cannot be tried faster than tickets taken.
    const principal = context.actor.principal;
    if (principal?.kind === 'device')
      await requireWithinRate(context.app.requestLimits.kioskIssues, principal.deviceId);
    return Object.assign(
      new IssuedTicket(),
      await checkInAppointment(queueDependencies(context), hallId, code),
    );
  }

  /** The appointment a ticket checked in; never to a wall display, whose events carry no personal data. */
  @FieldResolver(() => AppointmentType, { nullable: true })
  async appointment(
    @Root() ticket: TicketView,
    @Ctx() context: RequestContext,
  ): Promise<AppointmentType | null> {
    if (context.actor.role === Role.DISPLAY) return null;
    const appointment = await context.em.findOne(Appointment, { ticket: ticket.id });
    return appointment ? appointmentView(appointment) : null;
  }
}
