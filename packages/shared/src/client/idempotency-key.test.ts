import { describe, expect, it } from 'vitest';
import { createIdempotencyKey } from './idempotency-key.js';

describe('createIdempotencyKey', () => {
  it('uses randomUUID where the page has it', () => {
    expect(createIdempotencyKey({ randomUUID: () => 'a-b-c-d-e', getRandomValues: (bytes) => bytes })).toBe(
      'a-b-c-d-e',
    );
  });

  it('builds a version 4 UUID from random bytes on an insecure page, a fresh one each time', () => {
    const source = { getRandomValues: (bytes: Uint8Array) => crypto.getRandomValues(bytes) };
    const first = createIdempotencyKey(source);
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(createIdempotencyKey(source)).not.toBe(first);
  });
});
