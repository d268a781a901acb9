/**
 * A hall's or service's name fields as the API gives them (tests): the zh-CN and en names, and
 * `names` holding them both, plus any further languages given.
 */
export function named(chinese: string, english: string, others: Record<string, string> = {}) {
  return {
    name: chinese,
    nameEn: english,
    names: [
      { lang: 'zh-CN', text: chinese },
      { lang: 'en', text: english },
      ...Object.entries(others).map(([lang, text]) => ({ lang, text })),
    ],
  };
}
