import { useEffect } from 'react';

/**
 * Sets `<html lang>` to the language a citizen chose on this screen, so that a screen reader reads
 * the page in it (WCAG 3.1.1), and gives back the page's own language when the screen goes.
 * Texts in the hall's other languages keep their own `lang` (MultilingualText).
 */
export function useDocumentLanguage(language: string): void {
  useEffect(() => {
    const root = document.documentElement;
    const before = root.lang;
    root.lang = language;
    return () => {
      root.lang = before;
    };
  }, [language]);
}
