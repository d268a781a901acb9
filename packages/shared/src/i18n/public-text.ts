import type { PublicLanguage } from './languages.js';
import { mongolianMessages } from './catalogues/mongolian.js';
import { translate, type UiMessageKey, type UiMessageValues } from './ui.js';

/**
 * A public screen's text in one of the hall's languages: zh-CN and en from the UI catalogues,
 * mn-Mong from the Mongolian catalogue (catalogues/mongolian.ts). A text missing there falls back
 * to zh-CN, as names do; the catalogue test keeps none missing.
 */
export function translatePublic(
  lang: PublicLanguage | string,
  key: UiMessageKey,
  values: UiMessageValues = {},
): string {
  if (lang === 'en') return translate('en', key, values);
  const template = lang === 'mn-Mong' ? mongolianMessages[key] : undefined;
  if (template === undefined) return translate('zh-CN', key, values);
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined ? placeholder : String(value);
  });
}
