import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { screenshotsDir } from './browser.js';

/**
 * Accessibility checks for the browser tests (README, "Accessibility"): axe-core's WCAG 2.0–2.2 A
 * and AA rules on a page as it stands, where focus is, and whether a page reflows without sideways
 * scrolling.
 */

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG levels every screen is held to. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Rules axe leaves off by default that the issue names (WCAG 2.5.3 "label in name"): a control's
 * name must contain its visible text.
 */
const extraRules = { 'label-content-name-mismatch': { enabled: true } };

/** One violation as a test failure names it. */
interface FoundViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/** The axe globals this file touches (the server's tsconfig has no DOM types). */
interface AxeWindow {
  axe?: {
    run(
      context: unknown,
      options: unknown,
    ): Promise<{
      violations: {
        id: string;
        impact?: string | null;
        help: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }[];
    }>;
  };
}

/** axe-core's WCAG A/AA violations on the page now; empty when there are none. */
export async function axeViolations(page: Page): Promise<FoundViolation[]> {
  const loaded = await page.evaluate(() => Boolean((globalThis as unknown as AxeWindow).axe));
  if (!loaded) await page.addScriptTag({ content: axeSource });
  return await page.evaluate(
    async ({ tags, rules }) => {
      const axe = (globalThis as unknown as AxeWindow).axe!;
      const result = await axe.run(
        { exclude: [] },
        { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] },
      );
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        nodes: violation.nodes.map((node) => ({
          target: node.target.map(String).join(' '),
          summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300),
        })),
      }));
    },
    { tags: wcagTags, rules: extraRules },
  );
}

/** Fails, naming every rule and node, when axe finds a WCAG A/AA violation on the page now. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length === 0) return;
  const lines = violations.flatMap((violation) => [
    `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}`,
    ...violation.nodes.slice(0, 6).map((node) => `    ${node.target} — ${node.summary}`),
  ]);
  throw new Error(`axe-core found ${violations.length} violation(s) in "${state}":\n${lines.join('\n')}`);
}

/** Options of {@link captureState}. */
export interface CaptureOptions {
  fullPage?: boolean;
  scale?: 'css' | 'device';
}

/**
 * A state the test visits: checked by axe (no WCAG A/AA violation) and kept as a screenshot for
 * people to look at. `name` is the screenshot's file name.
 */
export async function captureState(page: Page, name: string, options: CaptureOptions = {}): Promise<Buffer> {
  await expectNoAxeViolations(page, name);
  return await page.screenshot({ path: join(screenshotsDir, name), ...options });
}

/**
 * The focused element, described for an assertion: its role (an input's type, else its tag), then
 * its text (aria-label, else a field's label, else its own text), e.g. "button: 完成".
 */
export async function focusedElement(page: Page): Promise<string> {
  return await page.evaluate(() => {
    interface Described {
      tagName: string;
      type?: string;
      labels?: ArrayLike<{ textContent: string | null }> | null;
      getAttribute(name: string): string | null;
      textContent: string | null;
    }
    const active = (globalThis as unknown as { document: { activeElement: Described | null } }).document
      .activeElement;
    if (!active) return 'none';
    const tag = active.tagName.toLowerCase();
    const role = active.getAttribute('role') ?? (tag === 'input' ? (active.type ?? 'input') : tag);
    const label = active.labels && active.labels.length > 0 ? active.labels[0]!.textContent : null;
    const text = active.getAttribute('aria-label') ?? label ?? active.textContent ?? '';
    return `${role}: ${text.replace(/\s+/g, ' ').trim()}`;
  });
}

/**
 * What of the page does not reflow: the document's width past the viewport (sideways scrolling),
 * and visible elements that stick out past the viewport's right edge. Empty when it reflows.
 */
export async function reflowProblems(page: Page): Promise<string[]> {
  return await page.evaluate(() => {
    interface Box {
      left: number;
      right: number;
      width: number;
      height: number;
    }
    interface Element {
      tagName: string;
      className: unknown;
      textContent: string | null;
      getBoundingClientRect(): Box;
      children: ArrayLike<Element>;
    }
    const scope = globalThis as unknown as {
      innerWidth: number;
      document: { documentElement: { scrollWidth: number; clientWidth: number }; body: Element };
      getComputedStyle(element: Element): { visibility: string; display: string; position: string };
    };
    const problems: string[] = [];
    const root = scope.document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) {
      problems.push(`the page is ${root.scrollWidth} px wide in a ${root.clientWidth} px viewport`);
    }
    const walk = (element: Element) => {
      for (const child of Array.from(element.children)) {
        const style = scope.getComputedStyle(child);
        if (style.display === 'none' || style.visibility === 'hidden') continue;
        const box = child.getBoundingClientRect();
        if (box.width > 0 && box.height > 0 && box.right > scope.innerWidth + 1) {
          const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
          problems.push(`<${child.tagName.toLowerCase()}> "${text}" ends at ${Math.round(box.right)} px`);
          continue;
        }
        walk(child);
      }
    };
    walk(scope.document.body);
    return problems.slice(0, 10);
  });
}
