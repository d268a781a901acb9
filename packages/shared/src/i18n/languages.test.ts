import { describe, expect, it } from 'vitest';
import {
  choosableLanguages,
  isPublicLanguage,
  isVerticalLanguage,
  missingLanguages,
  nameIn,
  shownLanguages,
} from './languages.js';

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

describe('shownLanguages', () => {
  it('shows a hall’s languages with the vertical ones first', () => {
    expect(shownLanguages(['mn-Mong', 'zh-CN', 'en'])).toEqual(['mn-Mong', 'zh-CN', 'en']);
    expect(shownLanguages(['zh-CN', 'en', 'mn-Mong'])).toEqual(['mn-Mong', 'zh-CN', 'en']);
    expect(shownLanguages(['en', 'zh-CN'])).toEqual(['en', 'zh-CN']);
  });

  it('keeps the vertical languages and the chosen one where a citizen picks', () => {
    expect(shownLanguages(['mn-Mong', 'zh-CN', 'en'], 'en')).toEqual(['mn-Mong', 'en']);
    expect(shownLanguages(['zh-CN', 'en'], 'zh-CN')).toEqual(['zh-CN']);
    // A choice the hall does not offer shows its first horizontal language.
    expect(shownLanguages(['mn-Mong', 'zh-CN'], 'en')).toEqual(['mn-Mong', 'zh-CN']);
  });

  it('leaves unknown tags out and never shows nothing', () => {
    expect(shownLanguages(['fr', 'en'])).toEqual(['en']);
    expect(shownLanguages([])).toEqual(['zh-CN']);
  });
});

describe('choosableLanguages', () => {
  it('offers the hall’s zh-CN and en in its order, zh-CN when it lists neither', () => {
    expect(choosableLanguages(['mn-Mong', 'zh-CN', 'en'])).toEqual(['zh-CN', 'en']);
    expect(choosableLanguages(['en', 'zh-CN'])).toEqual(['en', 'zh-CN']);
    expect(choosableLanguages(['mn-Mong'])).toEqual(['zh-CN']);
  });
});

describe('isVerticalLanguage', () => {
  it('is true for traditional Mongolian only', () => {
    expect(isVerticalLanguage('mn-Mong')).toBe(true);
    expect(isVerticalLanguage('zh-CN')).toBe(false);
    expect(isVerticalLanguage('mn')).toBe(false);
  });
});
