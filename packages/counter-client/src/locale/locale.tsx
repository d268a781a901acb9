import {
  type Locale,
  locales,
  pickLocale,
  translate,
  type UiMessageKey,
  type UiMessageValues,
} from '@onestop/shared';
import { setDocumentLanguage } from '@onestop/shared/client';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';

/** Where the chosen language is kept, so that it survives a reload and reaches the GraphQL client. */
export const localeStorageKey = 'onestop.locale';

/** The language chosen on this browser before, else the best match of the browser's languages. */
export function readPreferredLocale(): Locale {
  try {
    const stored = localStorage.getItem(localeStorageKey);
    if (stored && (locales as readonly string[]).includes(stored)) return stored as Locale;
  } catch {
    // Storage blocked: fall back to the browser's languages.
  }
  const browserLanguages = typeof navigator === 'undefined' ? '' : navigator.languages.join(',');
  return pickLocale(browserLanguages);
}

/** The current language and how to change it and read catalogue text in it. */
export interface LocaleContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  text: (key: UiMessageKey, values?: UiMessageValues) => string;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

/** Holds the staff member's language for the whole app. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(readPreferredLocale);
  const setLocale = useCallback((next: Locale) => {
    try {
      // The GraphQL client reads it from here for Accept-Language.
      localStorage.setItem(localeStorageKey, next);
    } catch {
      // Not kept across reloads; this page still switches.
    }
    setLocaleState(next);
  }, []);
  const value = useMemo<LocaleContextValue>(
    () => ({ locale, setLocale, text: (key, values) => translate(locale, key, values) }),
    [locale, setLocale],
  );
  // The page's own language too, not only this wrapper's: a screen reader and the browser's
  // translation offer read <html lang> (WCAG 3.1.1). The page's language comes back on unmount.
  useEffect(() => setDocumentLanguage(locale), [locale]);
  return (
    <LocaleContext.Provider value={value}>
      <div lang={locale} className="locale-root">
        {children}
      </div>
    </LocaleContext.Provider>
  );
}

/** The current language; only inside {@link LocaleProvider}. */
export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale needs a LocaleProvider above it');
  return value;
}
