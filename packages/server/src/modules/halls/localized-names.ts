import { fallbackLanguage, isPublicLanguage, publicLanguages, type LocalizedText } from '@onestop/shared';
import { badInput } from '../../common/domain-error.js';
import { requiredText } from '../../common/validation.js';

/**
 * Names per language for halls and services (docs/domain.md, "Languages of the public screens").
 * `name` and `nameEn` stay the zh-CN and en entries: they are what every hall had before, and
 * what a row made without `names` still reads by.
 */
export interface Named {
  name: string;
  nameEn: string | null;
  /** Every name, one per language, in the order of publicLanguages (zh-CN and en included). */
  names: LocalizedText[];
}

const languageOrder = (lang: string): number => (publicLanguages as readonly string[]).indexOf(lang);

/** The names of a hall or service: zh-CN and en from their columns, the others from `names`. */
export function namesOf(named: Named): LocalizedText[] {
  const others = named.names.filter((entry) => entry.lang !== 'zh-CN' && entry.lang !== 'en');
  return [
    { lang: 'zh-CN', text: named.name },
    ...(named.nameEn ? [{ lang: 'en', text: named.nameEn }] : []),
    ...others,
  ].sort((left, right) => languageOrder(left.lang) - languageOrder(right.lang));
}

/** A hall's public languages, checked: known tags, each once, at least one. */
export function validLanguages(field: string, languages: readonly string[]): string[] {
  if (languages.length === 0) throw badInput(field, { kind: 'required' });
  const seen = new Set<string>();
  for (const [index, lang] of languages.entries()) {
    if (!isPublicLanguage(lang)) throw badInput(`${field}[${index}]`, { kind: 'unknown' });
    if (seen.has(lang)) throw badInput(`${field}[${index}]`, { kind: 'duplicate' });
    seen.add(lang);
  }
  return [...languages];
}

/**
 * The names after a change. `name` / `nameEn` set the zh-CN / en entries; `names`, when given, is
 * the whole list (a language left out has no name then, but zh-CN, which every hall and service
 * keeps: left out, it stays). Each entry: a known language, once, a text of 1–100 characters.
 */
export function changedNames(
  current: Named,
  change: { name?: string; nameEn?: string | null; names?: readonly LocalizedText[] | null },
  field = 'names',
): Named {
  let names = namesOf(current);
  const set = (lang: string, text: string | null): void => {
    names = names.filter((entry) => entry.lang !== lang);
    if (text !== null) names.push({ lang, text });
  };
  if (change.name !== undefined) set('zh-CN', change.name);
  if (change.nameEn !== undefined) set('en', change.nameEn);
  if (change.names != null) {
    const seen = new Set<string>();
    const given: LocalizedText[] = change.names.map((entry, index) => {
      if (!isPublicLanguage(entry.lang)) throw badInput(`${field}[${index}].lang`, { kind: 'unknown' });
      if (seen.has(entry.lang)) throw badInput(`${field}[${index}].lang`, { kind: 'duplicate' });
      seen.add(entry.lang);
      return { lang: entry.lang, text: requiredText(`${field}[${index}].text`, entry.text, 100) };
    });
    const keptChinese = given.some((entry) => entry.lang === fallbackLanguage)
      ? []
      : names.filter((entry) => entry.lang === fallbackLanguage);
    names = [...keptChinese, ...given];
  }
  names.sort((left, right) => languageOrder(left.lang) - languageOrder(right.lang));
  return {
    name: names.find((entry) => entry.lang === 'zh-CN')!.text,
    nameEn: names.find((entry) => entry.lang === 'en')?.text ?? null,
    names,
  };
}
