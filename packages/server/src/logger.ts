import { maskPhone } from '@onestop/shared';
import { pino, type Logger } from 'pino';

export type { Logger };

/** A mainland mobile number anywhere in a line: not preceded or followed by another digit. */
const mobileNumberInText = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

/**
 * A log line with every mobile number in it masked (`138****5678`): an unexpected error may carry
 * the SQL parameters of a booking, and phone numbers appear only masked in every log.
 */
export function maskPhoneNumbers(line: string): string {
  return line.replace(mobileNumberInText, (phone) => maskPhone(phone));
}

/** JSON logs on stdout; tests pass level "silent". */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options = { level, base: { service: 'onestop' }, hooks: { streamWrite: maskPhoneNumbers } };
  return destination ? pino(options, destination) : pino(options);
}
