import { describe, expect, it } from 'vitest';
import { isPublicLanguage, missingLanguages, nameIn } from './languages.js';

const names = [
  { lang: 'zh-CN', text: '青山区政务服务中心' },
  { lang: 'en', text: 'Qingshan District Government Service Centre' },
];

describe('public languages', () => {
  it.each([
    ['zh-CN', true],
    ['en', true],
    ['mn-Mong', true],
    ['mn', false],
    ['zh-cn', false],
    ['fr', false],
    ['', false],
  ])('%s is a public language: %s', (tag, known) => {
    expect(isPublicLanguage(tag)).toBe(known);
  });

  it('a name in its language, else the Chinese one, saying it fell back', () => {
    expect(nameIn(names, 'en')).toEqual({
      text: 'Qingshan District Government Service Centre',
      lang: 'en',
      fellBack: false,
    });
    expect(nameIn(names, 'mn-Mong')).toEqual({ text: '青山区政务服务中心', lang: 'zh-CN', fellBack: true });
    expect(nameIn([...names, { lang: 'mn-Mong', text: ' ' }], 'mn-Mong').fellBack).toBe(true);
  });

  it('lists the hall’s languages a name is missing in, in the hall’s order', () => {
    expect(missingLanguages(names, ['mn-Mong', 'zh-CN', 'en'])).toEqual(['mn-Mong']);
    expect(missingLanguages(names, ['zh-CN', 'en'])).toEqual([]);
  });
});
