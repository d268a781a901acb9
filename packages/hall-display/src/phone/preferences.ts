import { type Locale, pickLocale } from '@onestop/shared';

const localeKey = 'onestop.citizen.locale';
const largeTextKey = 'onestop.citizen.largeText';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    // Private browsing may refuse storage; the page still works, it just forgets.
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // As above: not remembered, nothing else lost.
  }
}

/** The language the citizen chose on this phone before, else the phone's own language. */
export function readCitizenLocale(): Locale {
  const saved = read(localeKey);
  if (saved === 'zh-CN' || saved === 'en') return saved;
  return pickLocale(typeof navigator === 'undefined' ? null : navigator.languages.join(','));
}

export function saveCitizenLocale(locale: Locale): void {
  write(localeKey, locale);
}

/** Whether the citizen asked for large text on this phone. */
export function readLargeText(): boolean {
  return read(largeTextKey) === '1';
}

export function saveLargeText(on: boolean): void {
  write(largeTextKey, on ? '1' : '0');
}
