import { describe, expect, it } from 'vitest';
import { checkInCodeFrom } from './check-in-code';

describe('checkInCodeFrom', () => {
  it.each([
    ['482913', '482913'],
    ['  482913 ', '482913'],
    ['https://hall.example.cn/b/Xy7kQ2pL9mN4', 'Xy7kQ2pL9mN4'],
    ['https://hall.example.cn/b/Xy7kQ2pL9mN4/', 'Xy7kQ2pL9mN4'],
    ['https://hall.example.cn/b/Xy7kQ2pL9mN4?from=sms#top', 'Xy7kQ2pL9mN4'],
    ['http://10.0.0.5:8080/b/abc%2Ddef', 'abc-def'],
    ['/b/Xy7kQ2pL9mN4', 'Xy7kQ2pL9mN4'],
    ['https://hall.example.cn', ''],
    ['https://hall.example.cn/', ''],
    ['   ', ''],
  ])('reads %j as %j', (input, code) => {
    expect(checkInCodeFrom(input)).toBe(code);
  });
});
