import { fallbackLanguage, type LocalizedText, publicLanguages } from '@onestop/shared';

/** A name typed per language, by language tag; an empty text is a missing name. */
export type NamesForm = Record<string, string>;

// The staff apps speak zh-CN and en: a hall or service keeps those names (`name`, `nameEn`) even
// when its public screens do not show them, so the form always offers them.
const staffLanguages: readonly string[] = ['zh-CN', 'en'];

/**
 * The languages a form offers a name in: the hall's public languages in their order, then the
 * staff languages the hall does not show.
 */
export function nameLanguages(hallLanguages: readonly string[]): string[] {
  return [...hallLanguages, ...staffLanguages.filter((lang) => !hallLanguages.includes(lang))];
}

/**
 * The names of a hall or service as a form, one text per language. `name` and `nameEn` fill the
 * zh-CN and en entries when `names` lacks them (they are the same names on the server).
 */
export function namesFormOf(
  named: { name: string; nameEn?: string | null; names: readonly LocalizedText[] } | null,
): NamesForm {
  const form: NamesForm = { 'zh-CN': named?.name ?? '', en: named?.nameEn ?? '' };
  for (const { lang, text } of named?.names ?? []) form[lang] = text;
  return form;
}

/**
 * What the form sends as `names`: every name typed, in the form's order, and the Chinese one
 * always — it is the name every other language falls back to, so an empty one is sent for the
 * server to refuse at its field rather than silently dropped.
 */
export function namesInputOf(form: NamesForm, languages: readonly string[]): LocalizedText[] {
  return languages
    .map((lang) => ({ lang, text: (form[lang] ?? '').trim() }))
    .filter(({ lang, text }) => text !== '' || lang === fallbackLanguage);
}

/** The form field of a names input: `names.mn-Mong`. */
export function nameField(lang: string): string {
  return `names.${lang}`;
}

/**
 * The form field a refusal names, from the field the server names: `names[1].text` is the name
 * sent second (whose index in the form differs, empty names being left out), `name` and `nameEn`
 * the zh-CN and en names, `languages[2]` the list of languages.
 */
export function formFieldOfNames(sent: readonly LocalizedText[]): (path: string) => string {
  return (path) => {
    if (path === 'name') return nameField('zh-CN');
    if (path === 'nameEn') return nameField('en');
    const name = /^names\[(\d+)\]/.exec(path);
    if (name) {
      const lang = sent[Number(name[1])]?.lang;
      return lang === undefined ? path : nameField(lang);
    }
    return /^languages\[\d+\]$/.test(path) ? 'languages' : path;
  };
}

/** The public languages not yet in the hall's list, in the catalogue's order. */
export function addableLanguages(languages: readonly string[]): string[] {
  return publicLanguages.filter((lang) => !languages.includes(lang));
}

/** The list with the language at `index` moved one place up (-1) or down (+1); unchanged at an end. */
export function moveLanguage(languages: readonly string[], index: number, step: -1 | 1): string[] {
  const target = index + step;
  if (index < 0 || target < 0 || target >= languages.length) return [...languages];
  const moved = [...languages];
  [moved[index], moved[target]] = [moved[target]!, moved[index]!];
  return moved;
}
