import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Where screenshots go, for people to look at (CI keeps them in the work tree). */
export const screenshotsDir = resolve(import.meta.dirname, '../../../../test-results/screenshots');

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** Debian's Chromium (never a downloaded one). */
function chromiumPath(): string {
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) {
    throw new Error(
      'The browser tests need Chromium: `apt-get install chromium` (Debian/Ubuntu) or set CHROMIUM_PATH. ' +
        '.ci/run installs it itself.',
    );
  }
  return found;
}

/** Headless Chromium with the flags this closed network needs (Playwright gives it a fresh profile). */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(screenshotsDir, { recursive: true });
  return await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The printer's globals the functions below touch (the server's tsconfig has no DOM types). */
interface PrintingWindow {
  __printed?: number;
  print(): void;
}

/** Gives a page, before it loads, a printer that only counts what it is given (see {@link printed}). */
export async function countPrints(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const target = globalThis as unknown as PrintingWindow;
    target.__printed = 0;
    target.print = () => {
      target.__printed = (target.__printed ?? 0) + 1;
    };
  });
}

/** How many times a page given {@link countPrints} has printed since it loaded. */
export async function printed(page: Page): Promise<number | undefined> {
  return await page.evaluate(() => (globalThis as unknown as PrintingWindow).__printed);
}
