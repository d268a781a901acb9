import type { Page } from 'playwright-core';

// Runs in the page. A string, because the server's TypeScript has no DOM types; it reads only
// standard DOM APIs. A screen that nobody scrolls must show every slot whole and cut no text.
const findLayoutProblems = `(() => {
  const problems = [];
  const describe = (element) =>
    element.tagName.toLowerCase() + '.' + [...element.classList].join('.') + ' "' + (element.textContent || '').slice(0, 40) + '"';
  const visible = (element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
  const inside = (inner, outer) =>
    inner.left >= outer.left - 1 && inner.top >= outer.top - 1 && inner.right <= outer.right + 1 && inner.bottom <= outer.bottom + 1;
  const screen = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
  const slots = '.wall-header, .wall-title, .wall-call, .wall-recent, .wall-queue, .closed-banner, .counter-screen-header, .counter-screen-body';
  for (const slot of document.querySelectorAll(slots)) {
    if (!visible(slot)) continue;
    const box = slot.getBoundingClientRect();
    if (!inside(box, screen)) problems.push(describe(slot) + ' reaches outside the screen');
    // Boxes, not glyphs: a box is its lines' height, so a box outside its slot is text cut or spilling.
    for (const element of slot.querySelectorAll('*')) {
      if (visible(element) && !inside(element.getBoundingClientRect(), box)) {
        problems.push(describe(element) + ' spills out of ' + describe(slot));
      }
    }
  }
  for (const element of document.querySelectorAll('.wall *, .counter-screen *')) {
    if (!visible(element) || element.clientWidth === 0) continue;
    if (element.scrollWidth > element.clientWidth + 2) {
      problems.push(describe(element) + ' is cut: ' + element.scrollWidth + ' wide in ' + element.clientWidth);
    }
  }
  return problems;
})()`;

/** What a citizen would miss on the screen: slots outside the viewport, text cut off. Empty when all is well. */
export async function layoutProblems(page: Page): Promise<string[]> {
  return (await page.evaluate(findLayoutProblems)) as string[];
}
