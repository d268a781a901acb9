import { setDocumentLanguage } from '@onestop/shared/client';
import { useEffect } from 'react';

/**
 * Sets `<html lang>` to the language a citizen chose on this screen while it shows (WCAG 3.1.1);
 * the page's own language comes back when it goes. Texts in the hall's other languages keep
 * their own `lang` (MultilingualText).
 */
export function useDocumentLanguage(language: string): void {
  useEffect(() => setDocumentLanguage(language), [language]);
}
