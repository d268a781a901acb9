import type { Page } from 'playwright-core';

// Runs in the page. A string, because the server's TypeScript has no DOM types; it reads only
// standard DOM APIs. A screen that nobody scrolls must show every slot whole and cut no text.
//
// Text is cut along its lines' direction: a horizontal line is cut when it is wider than its box,
// a vertical column (traditional Mongolian, `writing-mode: vertical-lr`) when it is taller. Across
// its lines a box never cuts (more lines make it taller, more columns wider); what its glyph boxes
// reach beyond it there is the font's ascent, which no glyph fills (Noto Sans Mongolian's is 1.46 em
// above a 1.2 em column), so the other direction is not measured. Boxes outside their slot are
// caught either way.
const findLayoutProblems = `(() => {
  const problems = [];
  const describe = (element) =>
    element.tagName.toLowerCase() + '.' + [...element.classList].join('.') + ' "' + (element.textContent || '').slice(0, 40) + '"';
  const visible = (element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
  const inside = (inner, outer) =>
    inner.left >= outer.left - 1 && inner.top >= outer.top - 1 && inner.right <= outer.right + 1 && inner.bottom <= outer.bottom + 1;
  const screen = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
  const slots = '.wall-header, .wall-title, .wall-call, .wall-recent, .wall-queue, .closed-banner, .counter-screen-header, .counter-screen-body, .sound-overlay-card';
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
  for (const element of document.querySelectorAll('.wall *, .counter-screen *, .sound-overlay *')) {
    if (!visible(element) || element.clientWidth === 0) continue;
    if (getComputedStyle(element).writingMode.startsWith('vertical')) {
      if (element.scrollHeight > element.clientHeight + 2) {
        problems.push(describe(element) + ' is cut: ' + element.scrollHeight + ' tall in ' + element.clientHeight);
      }
    } else if (element.scrollWidth > element.clientWidth + 2) {
      problems.push(describe(element) + ' is cut: ' + element.scrollWidth + ' wide in ' + element.clientWidth);
    }
  }
  return problems;
})()`;

/** What a citizen would miss on the screen: slots outside the viewport, text cut off. Empty when all is well. */
export async function layoutProblems(page: Page): Promise<string[]> {
  return (await page.evaluate(findLayoutProblems)) as string[];
}

// Runs in the page, as above. The rules for a vertical language beside the horizontal ones
// (docs/domain.md, "Languages of the public screens"): drawn in vertical columns, words whole,
// first (to the left of the Chinese), in the Chinese line's size.
const findVerticalTextProblems = `(() => {
  const problems = [];
  const describe = (element) =>
    element.tagName.toLowerCase() + '.' + [...element.classList].join('.') + ' "' + (element.textContent || '').slice(0, 30) + '"';
  const visible = (element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
  const screens = ['.wall', '.counter-screen', '.sound-overlay'];
  const vertical = [...document.querySelectorAll(screens.map((screen) => screen + ' [lang="mn-Mong"]').join(', '))].filter(visible);
  for (const element of vertical) {
    const style = getComputedStyle(element);
    if (style.writingMode !== 'vertical-lr') problems.push(describe(element) + ' is written ' + style.writingMode);
    const box = element.getBoundingClientRect();
    const column = parseFloat(style.lineHeight);
    // Taller than wide; wrapped into several columns, each as tall as the box and one line-height wide.
    const columns = Math.round(box.width / column);
    if ([...element.textContent].length > 1 && !(box.height > box.width || (columns > 1 && box.height > 2 * column))) {
      problems.push(describe(element) + ' is not drawn vertically: ' + Math.round(box.width) + '×' + Math.round(box.height));
    }
    // A word in one column: broken across two, it would read as two words.
    const text = element.firstChild;
    if (text && text.nodeType === Node.TEXT_NODE) {
      // Words end at spaces, and after a dash, where lines may break as they may in Chinese (5–12).
      let start = 0;
      for (const word of text.data.split(/(?<=[ –-])/)) {
        if (word.trim().length > 0) {
          const range = document.createRange();
          range.setStart(text, start);
          range.setEnd(text, start + word.trimEnd().length);
          const lefts = [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => rect.left);
          if (Math.max(...lefts) - Math.min(...lefts) > column / 2) {
            problems.push(describe(element) + ': "' + word + '" is broken across columns');
          }
        }
        start += word.length;
      }
    }
  }
  for (const block of document.querySelectorAll(screens.map((screen) => screen + ' .multilingual-with-vertical').join(', '))) {
    if (!visible(block)) continue;
    const column = block.querySelector(':scope > .multilingual-vertical');
    const chinese = block.querySelector(':scope > .multilingual-lines > [lang="zh-CN"]');
    if (!column || !chinese) {
      problems.push(describe(block) + ' lacks ' + (column ? 'its Chinese line' : 'its vertical column'));
      continue;
    }
    const columnSize = parseFloat(getComputedStyle(column).fontSize);
    const chineseSize = parseFloat(getComputedStyle(chinese).fontSize);
    if (Math.abs(columnSize - chineseSize) > 0.5) {
      problems.push(describe(block) + ': Mongolian ' + columnSize + 'px, Chinese ' + chineseSize + 'px');
    }
    const columnBox = column.getBoundingClientRect();
    const chineseBox = chinese.getBoundingClientRect();
    if (columnBox.right > chineseBox.left + 1) {
      problems.push(describe(block) + ': Mongolian ends at ' + Math.round(columnBox.right) + ', Chinese starts at ' + Math.round(chineseBox.left));
    }
  }
  return { problems, checked: vertical.length };
})()`;

/**
 * What breaks the rules for traditional Mongolian on a screen: a column not drawn vertically, a
 * word broken across columns, Mongolian after the Chinese or in another size. `checked` is how
 * many Mongolian texts there were, so that a test can tell "all well" from "none shown".
 */
export async function verticalTextProblems(page: Page): Promise<{ problems: string[]; checked: number }> {
  return (await page.evaluate(findVerticalTextProblems)) as { problems: string[]; checked: number };
}
