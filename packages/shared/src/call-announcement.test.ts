import { describe, expect, it } from 'vitest';
import { callSentences, chineseNumeral, readCounterLabel, readTicketNumber } from './call-announcement.js';

describe('chineseNumeral', () => {
  it.each([
    [0, '零'],
    [5, '五'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [99, '九十九'],
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [1010, '一千零一十'],
    [1001, '一千零一'],
    [9999, '九千九百九十九'],
  ])('%i → %s', (value, expected) => {
    expect(chineseNumeral(value)).toBe(expected);
  });

  it.each([-1, 10_000, 1.5])('refuses %s', (value) => {
    expect(() => chineseNumeral(value)).toThrow(RangeError);
  });
});

describe('readTicketNumber', () => {
  it.each([
    ['A023', 'zh-CN', 'A 零 二 三'],
    ['A023', 'en', 'A zero two three'],
    ['B100', 'zh-CN', 'B 一 零 零'],
    ['AB1000', 'en', 'A B one zero zero zero'],
    [' c007 ', 'zh-CN', 'C 零 零 七'],
  ] as const)('%s in %s → %s', (ticketNumber, locale, expected) => {
    expect(readTicketNumber(ticketNumber, locale)).toBe(expected);
  });
});

describe('readCounterLabel', () => {
  it.each([
    ['5', 'zh-CN', '五'],
    ['12', 'zh-CN', '十二'],
    ['05', 'zh-CN', '五'],
    ['B2', 'zh-CN', 'B 二'],
    ['12', 'en', '12'],
    ['B2', 'en', 'B two'],
  ] as const)('%s in %s → %s', (label, locale, expected) => {
    expect(readCounterLabel(label, locale)).toBe(expected);
  });
});

describe('callSentences', () => {
  it('says the call in Chinese first, then in English, numbers read one by one', () => {
    expect(callSentences({ ticketNumber: 'A023', counterLabel: '5' })).toEqual([
      {
        lang: 'zh-CN',
        caption: '请 A023 号 到 5 号窗口办理',
        spoken: '请 A 零 二 三 号，到 五 号窗口办理',
      },
      {
        lang: 'en',
        caption: 'Ticket A023, please go to counter 5',
        spoken: 'Ticket A zero two three, please go to counter 5.',
      },
    ]);
  });

  it('reads a two-digit counter as a number', () => {
    const [chinese] = callSentences({ ticketNumber: 'F101', counterLabel: '12' });
    expect(chinese.spoken).toBe('请 F 一 零 一 号，到 十二 号窗口办理');
  });
});
