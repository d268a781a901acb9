import { describe, expect, it } from 'vitest';
import { CounterStatus, Role, TicketStatus } from '../enums.js';
import { citizenMessages } from './catalogues/citizen.js';
import { counterMessages } from './catalogues/counter.js';
import { managerMessages } from './catalogues/manager.js';
import { locales } from './locale.js';
import { counterStatusLabel, roleLabel, ticketStatusLabel, translate, uiMessages } from './ui.js';

describe('translate', () => {
  it.each([
    ['zh-CN', 'counter.label', { label: '3' }, '3 号窗口'],
    ['en', 'counter.label', { label: '3' }, 'Counter 3'],
    ['en', 'ticket.position', { count: 4 }, '4 ahead of you'],
    ['zh-CN', 'ticket.position', { count: 0 }, '前面还有 0 人'],
    ['en', 'counter.label', {}, 'Counter {label}'],
    ['en', 'login.title', {}, 'Staff login'],
  ] as const)('%s %s %j → %s', (locale, key, values, expected) => {
    expect(translate(locale, key, values)).toBe(expected);
  });
});

describe('catalogues', () => {
  it('have a non-empty string for every key in every locale', () => {
    const keys = Object.keys(uiMessages['zh-CN']);
    for (const locale of locales) {
      expect(Object.keys(uiMessages[locale]).sort()).toEqual([...keys].sort());
      for (const key of keys) {
        expect(uiMessages[locale][key as keyof (typeof uiMessages)['en']].trim()).not.toBe('');
      }
    }
  });

  it('use the same placeholders in every locale', () => {
    const placeholdersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const [key, text] of Object.entries(uiMessages['zh-CN'])) {
      expect(placeholdersOf(uiMessages.en[key as keyof (typeof uiMessages)['en']]), key).toEqual(
        placeholdersOf(text),
      );
    }
  });

  it('label every role and status', () => {
    for (const locale of locales) {
      for (const role of Object.values(Role)) expect(roleLabel(role, locale)).not.toContain('role.');
      for (const status of Object.values(CounterStatus))
        expect(counterStatusLabel(status, locale)).toBeTruthy();
      for (const status of Object.values(TicketStatus))
        expect(ticketStatusLabel(status, locale)).toBeTruthy();
    }
    expect(ticketStatusLabel('NO_SHOW', 'zh-CN')).toBe('过号');
  });
});

describe('area catalogues', () => {
  it('each own their prefix, so merging them never silently overrides a key', () => {
    const areas = [
      ['citizen.', citizenMessages],
      ['workstation.', counterMessages],
      ['console.', managerMessages],
    ] as const;
    for (const [prefix, catalogue] of areas) {
      for (const key of Object.keys(catalogue['zh-CN'])) expect(key.startsWith(prefix), key).toBe(true);
    }
  });
});
