import { describe, expect, it } from 'vitest';
import {
  addableLanguages,
  formFieldOfNames,
  moveLanguage,
  nameLanguages,
  type NamesForm,
  namesFormOf,
  namesInputOf,
} from './localized-names';

describe('the names of a hall or service in a form', () => {
  it.each([
    [
      ['zh-CN', 'en'],
      ['zh-CN', 'en'],
    ],
    [
      ['mn-Mong', 'zh-CN', 'en'],
      ['mn-Mong', 'zh-CN', 'en'],
    ],
    // The staff apps' languages keep a field even where the public screens do not show them.
    [['mn-Mong'], ['mn-Mong', 'zh-CN', 'en']],
    [
      ['en', 'mn-Mong'],
      ['en', 'mn-Mong', 'zh-CN'],
    ],
  ])('offer a field per language of %j: %j', (hallLanguages, fields) => {
    expect(nameLanguages(hallLanguages)).toEqual(fields);
  });

  it('start from the names, with name and nameEn for the zh-CN and en ones it lacks', () => {
    expect(
      namesFormOf({
        name: '社会保障',
        nameEn: 'Social Security',
        names: [{ lang: 'mn-Mong', text: 'ᠨᠡᠢᠭᠡᠮ' }],
      }),
    ).toEqual({ 'zh-CN': '社会保障', en: 'Social Security', 'mn-Mong': 'ᠨᠡᠢᠭᠡᠮ' });
    expect(namesFormOf(null)).toEqual({ 'zh-CN': '', en: '' });
  });

  it.each<{ typed: NamesForm; sent: { lang: string; text: string }[] }>([
    {
      typed: { 'zh-CN': ' 社会保障 ', en: '', 'mn-Mong': 'ᠨᠡᠢᠭᠡᠮ' },
      sent: [
        { lang: 'mn-Mong', text: 'ᠨᠡᠢᠭᠡᠮ' },
        { lang: 'zh-CN', text: '社会保障' },
      ],
    },
    // The Chinese name goes even empty: the server refuses it at its field.
    {
      typed: { 'zh-CN': '', en: 'Tax' },
      sent: [
        { lang: 'zh-CN', text: '' },
        { lang: 'en', text: 'Tax' },
      ],
    },
  ])('send the names typed, in the form’s order ($typed)', ({ typed, sent }) => {
    expect(namesInputOf(typed, ['mn-Mong', 'zh-CN', 'en'])).toEqual(sent);
  });

  it.each([
    ['names[0].text', 'names.mn-Mong'],
    ['names[1].lang', 'names.zh-CN'],
    ['names[7].text', 'names[7].text'],
    ['name', 'names.zh-CN'],
    ['nameEn', 'names.en'],
    ['languages[1]', 'languages'],
    ['timezone', 'timezone'],
  ])('put the refusal of %s at the form field %s', (path, field) => {
    const sent = [
      { lang: 'mn-Mong', text: 'ᠨᠡᠢᠭᠡᠮ' },
      { lang: 'zh-CN', text: '' },
    ];
    expect(formFieldOfNames(sent)(path)).toBe(field);
  });
});

describe('the ordered languages of a hall', () => {
  it.each([
    [['zh-CN', 'en', 'mn-Mong'], 2, -1, ['zh-CN', 'mn-Mong', 'en']],
    [['zh-CN', 'mn-Mong', 'en'], 1, -1, ['mn-Mong', 'zh-CN', 'en']],
    [['zh-CN', 'en'], 0, 1, ['en', 'zh-CN']],
    [['zh-CN', 'en'], 0, -1, ['zh-CN', 'en']],
    [['zh-CN', 'en'], 1, 1, ['zh-CN', 'en']],
  ] as const)('move %j at %i by %i: %j', (languages, index, step, moved) => {
    expect(moveLanguage(languages, index, step)).toEqual(moved);
  });

  it('offer the known languages not yet shown', () => {
    expect(addableLanguages(['zh-CN', 'en'])).toEqual(['mn-Mong']);
    expect(addableLanguages(['mn-Mong'])).toEqual(['zh-CN', 'en']);
    expect(addableLanguages(['zh-CN', 'en', 'mn-Mong'])).toEqual([]);
  });
});
