import type { Page } from 'playwright-core';
import { expect } from 'vitest';

// The shipped Mongolian font on a public screen (docs/domain.md, "Languages of the public
// screens"): fetched the first time a screen shows Mongolian, then drawing every Mongolian letter.
// Page code is in strings: the server's TypeScript has no DOM types.

/** The family of the font the hall-display app ships (@fontsource/noto-sans-mongolian). */
export const mongolianFamily = 'Noto Sans Mongolian';

const readMongolianFont = `(async (family) => {
  await document.fonts.ready;
  const faces = [...document.fonts].filter((face) => face.family.replace(/["']/g, '') === family);
  const sample = 'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ';
  const context = document.createElement('canvas').getContext('2d');
  context.font = '40px "' + family + '"';
  const shipped = context.measureText(sample).width;
  context.font = '40px "No Such Font OneStop"';
  const fallback = context.measureText(sample).width;
  return {
    faces: faces.map((face) => face.status),
    check: document.fonts.check('40px "' + family + '"', 'ᠮᠣᠩᠭᠣᠯ'),
    shipped,
    fallback,
  };
})`;

/** The shipped font as the page has it. */
export interface MongolianFont {
  /** The status of each of the page's FontFaces of the family: none for a hall without Mongolian. */
  faces: string[];
  /** `document.fonts.check` for Mongolian text in the family. */
  check: boolean;
  /** Mongolian text's width in the family, and in a font that does not exist (the fallback's boxes). */
  shipped: number;
  fallback: number;
}

/** Reads the shipped Mongolian font's state on the page. */
export async function mongolianFont(page: Page): Promise<MongolianFont> {
  return (await page.evaluate(`${readMongolianFont}(${JSON.stringify(mongolianFamily)})`)) as MongolianFont;
}

/** Waits until the page has loaded the shipped Mongolian font (fetched on first use). */
export async function mongolianFontLoaded(page: Page): Promise<void> {
  await expect.poll(async () => (await mongolianFont(page)).faces, { timeout: 10_000 }).toContain('loaded');
}

/**
 * The shipped font is loaded and draws Mongolian: a FontFace of the family loaded,
 * `document.fonts.check` true, and Mongolian measured in it unlike in a font that does not exist.
 */
export async function expectShippedMongolianFont(page: Page): Promise<void> {
  await mongolianFontLoaded(page);
  const font = await mongolianFont(page);
  expect(font.check).toBe(true);
  expect(font.shipped).toBeGreaterThan(0);
  expect(Math.abs(font.shipped - font.fallback)).toBeGreaterThan(1);
}

/** What Chromium drew one Mongolian text with. */
export interface DrawnText {
  text: string;
  /** Glyphs drawn in the shipped web font, and in any other font. */
  shipped: number;
  others: number;
  /** Characters that are neither Mongolian script nor spaces: all another font may draw. */
  notMongolian: number;
}

/**
 * How Chromium drew each Mongolian text below `rootSelector` (DevTools' CSS.getPlatformFontsForNode).
 * A DevTools session of its own ends the page's emulated media when it detaches: print media is
 * set again when it was on.
 */
export async function fontsDrawnWith(page: Page, rootSelector: string): Promise<DrawnText[]> {
  const printing = await page.evaluate('matchMedia("print").matches');
  const session = await page.context().newCDPSession(page);
  await session.send('DOM.enable');
  await session.send('CSS.enable');
  const { root } = await session.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await session.send('DOM.querySelectorAll', {
    nodeId: root.nodeId,
    selector: `${rootSelector} [lang="mn-Mong"]`,
  });
  const drawn: DrawnText[] = [];
  for (const nodeId of nodeIds) {
    // A text the layout hides (display: none) is drawn in no font: only the texts shown count.
    const shown = await session.send('DOM.getBoxModel', { nodeId }).then(
      () => true,
      () => false,
    );
    if (!shown) continue;
    const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
    const { node } = await session.send('DOM.describeNode', { nodeId, depth: -1 });
    const text = (node.children ?? []).map((child) => child.nodeValue ?? '').join('');
    const glyphs = (custom: boolean) =>
      fonts
        .filter((font) => (font.familyName === mongolianFamily && font.isCustomFont) === custom)
        .reduce((sum, font) => sum + font.glyphCount, 0);
    drawn.push({
      text,
      shipped: glyphs(true),
      others: glyphs(false),
      notMongolian: [...text].filter((character) => !/[\u1800-\u18AF\u202F\s]/u.test(character)).length,
    });
  }
  await session.detach();
  if (printing) await page.emulateMedia({ media: 'print' });
  return drawn;
}

/**
 * Every Mongolian text below `rootSelector` (at least `minimum` of them) drawn in the shipped font:
 * only figures and Latin punctuation inside it may come from another font (the subset has no
 * digits), never a letter — no fallback box glyphs.
 */
export async function expectDrawnInShippedFont(page: Page, rootSelector: string, minimum = 1): Promise<void> {
  const drawn = await fontsDrawnWith(page, rootSelector);
  expect(drawn.length).toBeGreaterThanOrEqual(minimum);
  for (const text of drawn) {
    expect(text.shipped, text.text).toBeGreaterThan(0);
    expect(text.others, text.text).toBeLessThanOrEqual(text.notMongolian);
  }
}

/** The languages of a text's parts, in the order they are drawn: the Mongolian column first. */
export async function languagesOf(page: Page, selector: string): Promise<(string | null)[]> {
  const parts = await page.locator(selector).first().locator('[lang]').all();
  return await Promise.all(parts.map((part) => part.getAttribute('lang')));
}
