/**
 * Sets `<html lang>` to the language a person chose on a page, so that a screen reader and the
 * browser read the page in it (WCAG 3.1.1), and returns how to give the page its language back
 * (for a React effect's cleanup). Texts in other languages keep their own `lang`.
 */
export function setDocumentLanguage(language: string): () => void {
  const root = document.documentElement;
  const before = root.lang;
  root.lang = language;
  return () => {
    root.lang = before;
  };
}
