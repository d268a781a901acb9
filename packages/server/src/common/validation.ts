import { badInput } from './domain-error.js';

/**
 * Small validators for administration input. Each throws BAD_USER_INPUT naming the field,
 * before anything is written.
 */

/** Trims and checks a required text; returns the trimmed value. */
export function requiredText(field: string, value: string, maxLength: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) throw badInput(field, { kind: 'required' });
  if ([...trimmed].length > maxLength) throw badInput(field, { kind: 'tooLong', max: maxLength });
  return trimmed;
}

/** Trims an optional text; empty becomes null. */
export function optionalText(
  field: string,
  value: string | null | undefined,
  maxLength: number,
): string | null {
  if (value === undefined || value === null) return null;
  const trimmed = value.trim();
  if (trimmed.length === 0) return null;
  if ([...trimmed].length > maxLength) throw badInput(field, { kind: 'tooLong', max: maxLength });
  return trimmed;
}

/** A whole number within [min, max]. */
export function integerInRange(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(field, { kind: 'outOfRange', min, max });
  }
  return value;
}

const prefixPattern = /^[A-Z]{1,3}$/;
/** A ticket prefix: 1–3 capital letters (A, B, GS…). */
export function ticketPrefix(field: string, value: string): string {
  const trimmed = value.trim();
  if (!prefixPattern.test(trimmed)) throw badInput(field, { kind: 'prefixFormat' });
  return trimmed;
}

const codePattern = /^[A-Za-z0-9_-]{1,32}$/;
/** A short machine-friendly code (hall code, service code). */
export function machineCode(field: string, value: string): string {
  const trimmed = value.trim();
  if (!codePattern.test(trimmed)) throw badInput(field, { kind: 'codeFormat' });
  return trimmed;
}

const usernamePattern = /^[a-z0-9._-]{2,32}$/;
export function username(field: string, value: string): string {
  const trimmed = value.trim();
  if (!usernamePattern.test(trimmed)) throw badInput(field, { kind: 'usernameFormat' });
  return trimmed;
}

const minimumPasswordLength = 8;
export function password(field: string, value: string): string {
  if ([...value].length < minimumPasswordLength) {
    throw badInput(field, { kind: 'passwordTooShort', min: minimumPasswordLength });
  }
  if ([...value].length > 200) throw badInput(field, { kind: 'tooLong', max: 200 });
  return value;
}

/** True for a zone name the IANA database knows (Asia/Shanghai, UTC…). */
function isIanaTimeZone(value: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export function timeZone(field: string, value: string): string {
  const trimmed = value.trim();
  if (!isIanaTimeZone(trimmed)) throw badInput(field, { kind: 'timezone' });
  return trimmed;
}
