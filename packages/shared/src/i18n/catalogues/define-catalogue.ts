/**
 * One area's UI strings in both locales. The Chinese catalogue is the reference: its keys
 * define the area's keys, so a key missing (or extra) in English is a type error rather than
 * a blank on a screen.
 */
export function defineCatalogue<const Key extends string>(
  zhCN: Readonly<Record<Key, string>>,
  en: Readonly<Record<Key, string>>,
): { readonly 'zh-CN': Readonly<Record<Key, string>>; readonly en: Readonly<Record<Key, string>> } {
  return { 'zh-CN': zhCN, en };
}
