import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import type { RequestContext } from './context.js';

/**
 * Mutations that change no token's owner and no caller's halls: the queue's own work, which
 * writes tickets, segments, counters and events; citizens' appointments, check-ins and ratings;
 * a device's heartbeat (its last-seen time) — never sessions, staff, halls or devices' access.
 * Every other mutation may change access, and is followed by forgetting what the
 * authentication cache holds. A new mutation is of the other kind until it is added here.
 */
export const mutationsLeavingAccessAlone: ReadonlySet<string> = new Set([
  'issueTicket',
  'callNext',
  'callTicket',
  'recallTicket',
  'startServing',
  'completeTicket',
  'markNoShow',
  'requeueTicket',
  'transferTicket',
  'parkTicket',
  'resumeTicket',
  'cancelTicket',
  'openCounter',
  'closeCounter',
  'pauseCounter',
  'resumeCounter',
  'heartbeat',
  'joinRemotely',
  'checkInTicket',
  'checkInAppointment',
  'bookAppointment',
  'rescheduleAppointment',
  'cancelAppointment',
  'cancelAppointmentAsStaff',
  'rateTicket',
  'followUpRating',
]);

/**
 * Makes every mutation that may change access (logout, staff, halls, devices, imports…) forget
 * the authentication cache once it is done, committed or failed: the next request of any token
 * reads the database again, and a revoked token is refused from the answer's arrival on.
 */
export function forgetAuthenticationAfterAccessChanges(schema: GraphQLSchema): void {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    if (mutationsLeavingAccessAlone.has(field.name)) continue;
    const resolve = field.resolve;
    if (!resolve) continue;
    const forgetting: GraphQLFieldResolver<unknown, RequestContext> = async (source, args, context, info) => {
      try {
        return await resolve(source, args, context, info);
      } finally {
        context?.app?.authentication.forgetAll();
      }
    };
    field.resolve = forgetting as typeof resolve;
  }
}
