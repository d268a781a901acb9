/**
 * Every error the API returns carries one of these codes in `extensions.code`.
 * Clients switch on the code, never on the message text.
 */
export const ErrorCode = {
  /** No token, or an expired or revoked one. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** Authenticated, but the role or the hall does not allow the operation. */
  FORBIDDEN: 'FORBIDDEN',
  /** An argument is invalid; `extensions.field` names it. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The id names nothing the caller can see. */
  NOT_FOUND: 'NOT_FOUND',
  /** The ticket or counter is not in a status that allows this; `extensions.status` names the current one. */
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  /** The counter already holds a CALLED or SERVING ticket. */
  COUNTER_BUSY: 'COUNTER_BUSY',
  /** Only an OPEN counter calls tickets. */
  COUNTER_NOT_OPEN: 'COUNTER_NOT_OPEN',
  /** The service is not active. */
  SERVICE_CLOSED: 'SERVICE_CLOSED',
  /** The service's daily quota of tickets is used up, or a limit on bookings is reached (`extensions.quota`). */
  QUOTA_REACHED: 'QUOTA_REACHED',
  /** The appointment slot has no seat left. */
  SLOT_FULL: 'SLOT_FULL',
  /** An appointment's check-in before its window opens; `extensions.opensAt` says when it does. */
  TOO_EARLY: 'TOO_EARLY',
  /** Too many attempts; try again later. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The database cannot be reached. */
  UNAVAILABLE: 'UNAVAILABLE',
  /** The operation exists in the contract but is not built yet. */
  NOT_IMPLEMENTED: 'NOT_IMPLEMENTED',
  /** Anything unexpected; production sends no details. */
  INTERNAL: 'INTERNAL',
} as const;

/** One of the {@link ErrorCode} values. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** All error codes, for validation and exhaustive tests. */
export const errorCodes: readonly ErrorCode[] = Object.values(ErrorCode);

/** True when `value` is one of the API's error codes. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}
