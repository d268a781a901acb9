import { type ErrorCode, isErrorCode } from '../errors.js';
import { type ErrorDetails, type InputProblem, bookingQuotas, errorMessage } from '../i18n/error-messages.js';
import type { Locale } from '../i18n/locale.js';

/**
 * The part of urql's `CombinedError` these helpers read; structural, so that this module
 * does not tie callers to one urql build.
 */
export interface ClientErrorLike {
  /** The GraphQL errors of the response, each with the server's `extensions`. */
  readonly graphQLErrors: readonly { readonly message: string; readonly extensions?: unknown }[];
  /** Set when no GraphQL response arrived (server down, network cut). */
  readonly networkError?: Error | undefined;
}

// Kept exhaustive by the `satisfies`: a problem kind the catalogue does not know must not be
// passed on, or the message would read "Field name undefined".
const knownProblemKinds = {
  required: true,
  tooLong: true,
  outOfRange: true,
  prefixFormat: true,
  codeFormat: true,
  usernameFormat: true,
  timezone: true,
  taken: true,
  unknown: true,
  duplicate: true,
  notAllowed: true,
  passwordTooShort: true,
  timeFormat: true,
  dateFormat: true,
  closesBeforeOpens: true,
  overlap: true,
  cycle: true,
  fileFormat: true,
  phoneFormat: true,
  slotNotOffered: true,
  slotNotBookable: true,
  checkInCodeExpired: true,
} satisfies Record<InputProblem['kind'], true>;

/** What was wrong with a refused input (`extensions.problem` of BAD_USER_INPUT), when the server said. */
export function inputProblemOf(error: ClientErrorLike): InputProblem | null {
  return errorDetailsOf(readRecord(error.graphQLErrors[0]?.extensions) ?? {}).problem ?? null;
}

/** The `extensions.code` of the first GraphQL error, when it is one of the API's codes. */
export function errorCodeOf(error: ClientErrorLike): ErrorCode | null {
  const code = readRecord(error.graphQLErrors[0]?.extensions)?.['code'];
  return isErrorCode(code) ? code : null;
}

/**
 * SERVICE_CLOSED's `extensions.opensAt`: when the service issues tickets again (ISO 8601), null
 * when not within a year, undefined when the error says nothing of it (another code, or a
 * service closed by its `active` flag on an older server). TOO_EARLY's: when the appointment's
 * check-in opens.
 */
export function opensAtOf(error: ClientErrorLike): string | null | undefined {
  return errorDetailsOf(readRecord(error.graphQLErrors[0]?.extensions) ?? {}).opensAt;
}

/**
 * The message to show a person for a failed operation, in `locale`: the catalogue's message
 * for the error's code (with the field, status or wait the server sent), the server's own
 * message for a code the catalogue does not know, and "unavailable" when the server could
 * not be reached at all. Clients switch on codes, never on the server's text.
 */
export function describeClientError(error: ClientErrorLike, locale: Locale): string {
  const first = error.graphQLErrors[0];
  if (!first) return errorMessage('UNAVAILABLE', locale);
  const extensions = readRecord(first.extensions);
  const code = extensions?.['code'];
  if (!isErrorCode(code)) return first.message;
  return errorMessage(code, locale, errorDetailsOf(extensions ?? {}));
}

function errorDetailsOf(extensions: Record<string, unknown>): ErrorDetails {
  const details: ErrorDetails = {};
  const { field, status, retryAfterSeconds, operation, problem, opensAt, quota } = extensions;
  if (typeof field === 'string') details.field = field;
  if (typeof status === 'string') details.status = status;
  if (typeof retryAfterSeconds === 'number') details.retryAfterSeconds = retryAfterSeconds;
  if (typeof operation === 'string') details.operation = operation;
  if (typeof opensAt === 'string' || opensAt === null) details.opensAt = opensAt;
  const knownQuota = bookingQuotas.find((candidate) => candidate === quota);
  if (knownQuota) details.quota = knownQuota;
  const problemRecord = readRecord(problem);
  const kind = problemRecord?.['kind'];
  if (typeof kind === 'string' && Object.hasOwn(knownProblemKinds, kind)) {
    details.problem = problemRecord as unknown as InputProblem;
  }
  return details;
}

function readRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}
