/** Where {@link createIdempotencyKey} takes its randomness from; `crypto` by default. */
export interface RandomSource {
  getRandomValues(array: Uint8Array): Uint8Array;
  randomUUID?: () => string;
}

/**
 * A fresh idempotency key, one per attempt at an operation (a press of a kiosk's service button, a
 * booking sent), reused by its retries. `crypto.randomUUID` exists only on secure pages, and a
 * screen on the hall's network may be served over plain http, so the key is built from
 * `crypto.getRandomValues` (available everywhere) when it is missing.
 */
export function createIdempotencyKey(source: RandomSource = crypto): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  // RFC 4122 version 4, variant 10xx.
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
