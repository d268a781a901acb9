import { appointmentCodeOf } from '@onestop/shared';
import { describe, expect, it } from 'vitest';
import { ticketAccessCodeOf } from './scanned-ticket';

describe('ticketAccessCodeOf', () => {
  it.each([
    ['https://hall.example.cn/t/Ab3dEf6hIj9kLm2n', 'Ab3dEf6hIj9kLm2n'],
    ['http://127.0.0.1:4000/t/Ab3dEf6hIj9kLm2n', 'Ab3dEf6hIj9kLm2n'],
    ['  https://hall.example.cn/t/Ab3dEf6hIj9kLm2n/  ', 'Ab3dEf6hIj9kLm2n'],
    ['https://hall.example.cn/t/Ab3dEf6hIj9kLm2n?lang=en#call', 'Ab3dEf6hIj9kLm2n'],
    ['/t/Ab3dEf6hIj9kLm2n', 'Ab3dEf6hIj9kLm2n'],
    ['https://hall.example.cn/t/code%2Dwith%2Ddashes', 'code-with-dashes'],
  ])('reads the access code of the phone page link %s', (scanned, accessCode) => {
    expect(ticketAccessCodeOf(scanned)).toBe(accessCode);
  });

  it.each([
    ['a typed check-in code', '482013'],
    ['a booking manage link', 'https://hall.example.cn/b/Xy7kQ2pL9mN4'],
    ['a bare manage code', 'Xy7kQ2pL9mN4'],
    ['the booking page', 'https://hall.example.cn/book/qingshan'],
    ['a link to the ticket page without a code', 'https://hall.example.cn/t/'],
    ['a path that only ends in t', 'https://hall.example.cn/t'],
    ['a deeper path under /t/', 'https://hall.example.cn/t/abc/def'],
    ['a wall check-in link', 'https://hall.example.cn/checkin/123456'],
    ['a broken escape', 'https://hall.example.cn/t/%E4%B8'],
  ])('is null for %s, which stays an appointment code', (_what, scanned) => {
    expect(ticketAccessCodeOf(scanned)).toBeNull();
    expect(appointmentCodeOf(scanned)).not.toBe('');
  });
});
