import { describe, expect, it } from 'vitest';
import { readsReady } from './postgres-process.js';

const ready = 'LOG:  database system is ready to accept connections\n';
const refused = '2026-12-06 20:31:36.287 UTC [18518] FATAL:  the database system is starting up\n';

describe('reading that PostgreSQL takes connections', () => {
  it.each([
    ['in a chunk of its own', ['LOG:  starting\n', ready]],
    ['split across two chunks', ['LOG:  database system is re', 'ady to accept connections\n']],
    // A restart under load: refused clients' lines follow the message in the same chunk.
    ['early in a chunk followed by many other lines', [`${ready}${refused.repeat(20)}`]],
  ])('%s', (_label, chunks) => {
    let tail = '';
    let seen = false;
    for (const chunk of chunks) {
      const reading = readsReady(tail, chunk);
      tail = reading.tail;
      seen ||= reading.ready;
    }
    expect(seen).toBe(true);
  });

  it('not before it is said', () => {
    expect(readsReady('', refused.repeat(5)).ready).toBe(false);
  });
});
