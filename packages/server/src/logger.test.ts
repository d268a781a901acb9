import { describe, expect, it } from 'vitest';
import { createLogger, maskPhoneNumbers } from './logger.js';

describe('logs', () => {
  it('mask every mobile number, leaving other numbers alone', () => {
    expect(maskPhoneNumbers('insert into appointment values (13812345678, 2026112401300000)')).toBe(
      'insert into appointment values (138****5678, 2026112401300000)',
    );
    expect(maskPhoneNumbers('"phone":"19900001111","seq":12345678901234')).toBe(
      '"phone":"199****1111","seq":12345678901234',
    );
  });

  it('write a logged error with the number masked, message and stack alike', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => lines.push(line) });
    logger.error({ err: new Error('duplicate booking for 13700001234') }, 'unexpected error');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('137****1234');
    expect(lines[0]).not.toContain('13700001234');
  });
});
