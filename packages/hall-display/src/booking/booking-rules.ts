import { addDays, type BookingQuota, bookingQuotas, serviceDayOf } from '@onestop/shared';
import { type ClientErrorLike, errorCodeOf } from '@onestop/shared/client';

/**
 * The days a citizen may pick for a service: today on the hall's clock up to `horizonDays` ahead
 * (today counts as day 0, as the server's horizon does).
 */
export function bookingDays(now: Date | number, timeZone: string, horizonDays: number): string[] {
  const today = serviceDayOf(now, timeZone);
  return Array.from({ length: Math.max(0, horizonDays) + 1 }, (_, index) => addDays(today, index));
}

/** The limits of remote join (远程取号) among the shared quotas: a remote ticket's, not a booking's. */
export type RemoteJoinQuota = Extract<BookingQuota, 'remotePerPhone' | 'remoteWaiting'>;
const remoteJoinQuotas: readonly RemoteJoinQuota[] = ['remotePerPhone', 'remoteWaiting'];

/** The limits on an appointment's phone number, the ones a booking can meet. */
export type AppointmentQuota = Exclude<BookingQuota, RemoteJoinQuota>;
const appointmentQuotas: readonly AppointmentQuota[] = bookingQuotas.filter(
  (quota): quota is AppointmentQuota => !(remoteJoinQuotas as readonly string[]).includes(quota),
);

/** Why a booking or a move was refused, as the booking pages explain it. */
export type BookingRefusal =
  | { kind: 'slotTaken' }
  | { kind: 'slotGone' }
  | { kind: 'quota'; quota: AppointmentQuota }
  | { kind: 'phone' }
  | { kind: 'other'; error: ClientErrorLike };

/**
 * Sorts a final refusal: a slot taken meanwhile (SLOT_FULL) or no longer bookable (its lead time
 * passed) sends the citizen back to the slots, read again; a limit on the phone number says which;
 * a refused phone number points at its field; anything else is explained from its code.
 */
export function bookingRefusalOf(error: ClientErrorLike): BookingRefusal {
  const extensions = (error.graphQLErrors[0]?.extensions ?? {}) as Record<string, unknown>;
  switch (errorCodeOf(error)) {
    case 'SLOT_FULL':
      return { kind: 'slotTaken' };
    case 'QUOTA_REACHED': {
      const quota = appointmentQuotas.find((candidate) => candidate === extensions['quota']);
      return quota ? { kind: 'quota', quota } : { kind: 'other', error };
    }
    case 'BAD_USER_INPUT':
      if (extensions['field'] === 'phone') return { kind: 'phone' };
      if (extensions['field'] === 'slotStart') return { kind: 'slotGone' };
      return { kind: 'other', error };
    default:
      return { kind: 'other', error };
  }
}

/** Whether the refusal sends the citizen back to the slots, read again: theirs went meanwhile. */
export function slotWasLost(refusal: BookingRefusal): boolean {
  return refusal.kind === 'slotTaken' || refusal.kind === 'slotGone';
}

/** Why taking a number remotely was refused, as the booking page explains it. */
export type RemoteJoinRefusal =
  | { kind: 'quota'; quota: RemoteJoinQuota }
  | { kind: 'serviceClosed' }
  | { kind: 'phone' }
  | { kind: 'other'; error: ClientErrorLike };

/**
 * Sorts a final refusal of `joinRemotely`: one of its two limits says which (this phone already
 * holds a remote ticket here; the service's remote places are full), a closed service says so, a
 * refused phone number points at its field, anything else is explained from its code.
 */
export function remoteJoinRefusalOf(error: ClientErrorLike): RemoteJoinRefusal {
  const extensions = (error.graphQLErrors[0]?.extensions ?? {}) as Record<string, unknown>;
  switch (errorCodeOf(error)) {
    case 'QUOTA_REACHED': {
      const quota = remoteJoinQuotas.find((candidate) => candidate === extensions['quota']);
      return quota ? { kind: 'quota', quota } : { kind: 'other', error };
    }
    case 'SERVICE_CLOSED':
      return { kind: 'serviceClosed' };
    case 'BAD_USER_INPUT':
      return extensions['field'] === 'phone' ? { kind: 'phone' } : { kind: 'other', error };
    default:
      return { kind: 'other', error };
  }
}
