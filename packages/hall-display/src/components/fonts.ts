import type { PublicLanguage } from '@onestop/shared';

/**
 * The fonts a language needs beyond the system's, shipped with the app from npm (no CDN). Each is
 * a chunk of its own, fetched the first time a screen shows that language: a hall without
 * Mongolian never downloads the Mongolian font.
 */
const fontLoaders: Partial<Record<PublicLanguage, () => Promise<unknown>>> = {
  // Only the Mongolian-script subset (85 KB of woff2): Latin and digits come from the page's font.
  'mn-Mong': () => import('@fontsource/noto-sans-mongolian/mongolian-400.css'),
};

const loading = new Map<PublicLanguage, Promise<unknown>>();

/** Starts loading the fonts of `languages` that are not loaded yet. */
export function loadFontsFor(languages: readonly PublicLanguage[]): void {
  for (const lang of languages) {
    const load = fontLoaders[lang];
    if (load && !loading.has(lang)) loading.set(lang, load());
  }
}
