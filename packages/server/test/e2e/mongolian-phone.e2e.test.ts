import { join } from 'node:path';
import { translatePublic, type UiMessageKey, type UiMessageValues } from '@onestop/shared';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotsDir } from './browser.js';
import { expectNoAxeViolations } from './accessibility.js';
import { demoPassword, startDemoApp, type DemoApp } from './demo-app.js';
import { showChineseAndEnglishOnly } from './display-server.js';
import { showMongolian } from './mongolian-hall.js';
import { expectDrawnInShippedFont, expectShippedMongolianFont } from './mongolian-font.js';

// The citizen's phone page (/t/:accessCode) of a hall that shows traditional Mongolian, in
// Chromium against the real server: every text in vertical Mongolian first, to the left of the
// language the citizen chose, in the same size and in the font the app ships; nothing cut, nothing
// overlapping and no sideways scrolling on a small phone, upright or turned; and a hall without
// Mongolian as before. The hall's languages and names are set through the GraphQL API.

const hallMongolian = 'ᠴᠢᠩᠱᠠᠨ ᠲᠣᠭᠣᠷᠢᠭ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠣᠷᠳᠣᠨ ᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ';
const socialMongolian = 'ᠨᠡᠶᠢᠭᠡᠮ ᠦᠨ ᠬᠠᠮᠠᠭᠠᠯᠠᠯ';
const taxMongolian = 'ᠲᠠᠲᠠᠪᠤᠷᠢ ᠶᠢᠨ ᠠᠵᠢᠯ ᠬᠡᠷᠡᠭ';

const mongolian = (key: UiMessageKey, values?: UiMessageValues): string =>
  translatePublic('mn-Mong', key, values);

/** The phone sizes checked: a small and a large phone upright, the small one turned. */
const portrait = { width: 360, height: 740 };
const largePortrait = { width: 412, height: 915 };
const landscape = { width: 740, height: 360 };

let demo: DemoApp;

beforeAll(async () => {
  demo = await startDemoApp({ name: 'mongolian-phone' });
  // Whatever the demo seeds: this hall shows Mongolian, Chinese and English, with Mongolian names.
  await showMongolian(demo.testApp, demo.adminToken, demo.hall.id, {
    hall: hallMongolian,
    services: { A: socialMongolian, D: taxMongolian },
  });
});
afterAll(async () => await demo?.close());

/** A ticket as a hall's kiosk issues it, with the address its QR code holds. */
async function issueTicket(
  hall: string,
  serviceId: string,
  route: string[] = [],
): Promise<{ id: string; number: string; url: string }> {
  const issued = await demo.api<{
    issueTicket: { accessCode: string; ticket: { id: string; number: string } };
  }>(
    'mutation($input: IssueTicketInput!) { issueTicket(input: $input) { accessCode ticket { id number } } }',
    { input: { hallId: hall, serviceId, route } },
    demo.deviceToken('KIOSK', hall),
  );
  const { accessCode, ticket } = issued.issueTicket;
  return { ...ticket, url: `${demo.testApp.url}/t/${accessCode}` };
}

/** A phone in Chinese, its page open at `url` with the ticket shown and the page's fonts loaded. */
async function openPhone(url: string, number: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await demo.browser.newContext({
    viewport: portrait,
    deviceScaleFactor: 2,
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  await page.goto(url);
  await expect.poll(() => page.locator('#phone-ticket-number').textContent()).toBe(number);
  await fontsReady(page);
  return { context, page };
}

/**
 * Every font the page asked for has come. The Mongolian one is asked for once the page knows the
 * hall shows Mongolian (a chunk of its own), so a hall that does wait for it to be there first.
 */
async function fontsReady(page: Page): Promise<void> {
  if ((await page.locator('[lang="mn-Mong"]').count()) > 0) {
    await expect
      .poll(() =>
        page.evaluate(
          `[...document.fonts].filter((face) => face.family.replace(/["']/g, '') === 'Noto Sans Mongolian').length`,
        ),
      )
      .toBeGreaterThan(0);
  }
  await page.evaluate('document.fonts.ready.then(() => true)');
}

async function resize(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  // Two frames: the layout has settled at the new size.
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
}

/**
 * The whole page, scrolled parts included; the screen alone while the call banner covers it. Not
 * Playwright's fullPage: that capture stretches the page's viewport for a moment without a layout
 * that Chromium finishes for columns of Mongolian (boxes drawn too short, the page 60 px too long,
 * and so kept afterwards). The phone is made as tall as the page for the picture instead, a real
 * resize, and given back its height.
 */
async function screenshot(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page, `mongolian-phone-${name}`);
  const path = join(screenshotsDir, `mongolian-phone-${name}.png`);
  if ((await page.locator('.call-banner').count()) > 0) {
    await page.screenshot({ path });
    return;
  }
  const size = page.viewportSize()!;
  const height = (await page.evaluate('document.documentElement.scrollHeight')) as number;
  await resize(page, { width: size.width, height: Math.max(height, size.height) });
  await page.screenshot({ path });
  await resize(page, size);
}

// Runs in the page: strings, because the server's TypeScript has no DOM types; standard DOM only.
// What a citizen would miss: text cut or spilling out of its card or button, boxes overlapping,
// a page wider than the phone. The page may scroll down, and so may the call banner, as long as
// the number and where to go are on the screen as it comes up.
const findLayoutProblems = `(() => {
  const problems = [];
  const describe = (element) =>
    element.tagName.toLowerCase() + '.' + [...element.classList].join('.') + ' "' + (element.textContent || '').trim().slice(0, 30) + '"';
  const visible = (element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
  const rect = (element) => element.getBoundingClientRect();
  const inside = (inner, outer) =>
    inner.left >= outer.left - 1 && inner.top >= outer.top - 1 && inner.right <= outer.right + 1 && inner.bottom <= outer.bottom + 1;
  const overlap = (one, other) =>
    Math.min(one.right, other.right) - Math.max(one.left, other.left) > 1 &&
    Math.min(one.bottom, other.bottom) - Math.max(one.top, other.top) > 1;
  const page = document.querySelector('.phone-page');
  if (!page) return ['no phone page'];
  if (document.documentElement.scrollWidth > innerWidth) {
    problems.push('the page is ' + document.documentElement.scrollWidth + ' px wide on a ' + innerWidth + ' px screen');
  }
  const elements = [page, ...page.querySelectorAll('*')].filter(visible);
  for (const element of elements) {
    if (element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 2) {
      problems.push(describe(element) + ' is cut: ' + element.scrollWidth + ' wide in ' + element.clientWidth);
    }
    // A box that hides what does not fit cuts it; one that scrolls (the call banner) does not.
    const style = getComputedStyle(element);
    if (['hidden', 'clip'].includes(style.overflowY) && element.scrollHeight > element.clientHeight + 2) {
      problems.push(describe(element) + ' is cut: ' + element.scrollHeight + ' high in ' + element.clientHeight);
    }
    const box = rect(element);
    if (box.left < -1 || box.right > innerWidth + 1) problems.push(describe(element) + ' reaches outside the screen');
    // Siblings in the flow never cover each other.
    const children = [...element.children].filter(
      (child) => visible(child) && !['absolute', 'fixed'].includes(getComputedStyle(child).position),
    );
    for (let first = 0; first < children.length; first += 1) {
      for (let second = first + 1; second < children.length; second += 1) {
        if (overlap(rect(children[first]), rect(children[second]))) {
          problems.push(describe(children[first]) + ' overlaps ' + describe(children[second]));
        }
      }
    }
  }
  const containers =
    '.phone-header, .phone-card, .phone-notice, .phone-button, .phone-toggle, .rating-score, .call-banner-content, .call-banner-recall';
  for (const container of page.querySelectorAll(containers)) {
    if (!visible(container)) continue;
    for (const element of container.querySelectorAll('*')) {
      if (visible(element) && !inside(rect(element), rect(container))) {
        problems.push(describe(element) + ' spills out of ' + describe(container));
      }
    }
  }
  // The call: the number and where to go on the screen as it comes up, without scrolling.
  const screen = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
  for (const essential of document.querySelectorAll('.call-banner-number, .call-banner-counter')) {
    if (!inside(rect(essential), screen)) problems.push(describe(essential) + ' is not on the screen');
  }
  return problems;
})()`;

/** Each text shown with a vertical language: where its Mongolian and its first horizontal line are. */
interface MultilingualBlock {
  mongolian: string;
  lang: string | null;
  writingMode: string;
  fontFamily: string;
  vertical: { left: number; right: number; top: number; width: number; height: number };
  primary: { left: number; top: number; lang: string | null; text: string } | null;
  verticalFontSize: string;
  primaryFontSize: string | null;
}

const readMultilingualBlocks = `(() => {
  const visible = (element) => element.getClientRects().length > 0;
  return [...document.querySelectorAll('.multilingual-with-vertical')].filter(visible).map((block) => {
    const vertical = block.querySelector(':scope > .multilingual-vertical');
    const primary = block.querySelector(':scope > .multilingual-lines > .multilingual-primary');
    const verticalBox = vertical.getBoundingClientRect();
    const primaryBox = primary && primary.getBoundingClientRect();
    return {
      mongolian: vertical.textContent,
      lang: vertical.getAttribute('lang'),
      writingMode: getComputedStyle(vertical).writingMode,
      fontFamily: getComputedStyle(vertical).fontFamily,
      vertical: { left: verticalBox.left, right: verticalBox.right, top: verticalBox.top, width: verticalBox.width, height: verticalBox.height },
      primary: primary && { left: primaryBox.left, top: primaryBox.top, lang: primary.getAttribute('lang'), text: primary.textContent },
      verticalFontSize: getComputedStyle(vertical).fontSize,
      primaryFontSize: primary && getComputedStyle(primary).fontSize,
    };
  });
})()`;

/** The page's layout problems (none expected) and its Mongolian texts, checked as the rules ask. */
async function expectMongolianLayout(
  page: Page,
  chosen: 'zh-CN' | 'en',
  where: string,
): Promise<MultilingualBlock[]> {
  expect(await page.evaluate(findLayoutProblems), where).toEqual([]);
  // The blocks and the Mongolian elements read in one go, from one state of the page: a live page
  // may re-render between two reads.
  const { blocks, mongolianElements } = (await page.evaluate(`({
    blocks: ${readMultilingualBlocks},
    mongolianElements: [...document.querySelectorAll('[lang="mn-Mong"]')]
      .filter((element) => element.getClientRects().length > 0).length,
  })`)) as { blocks: MultilingualBlock[]; mongolianElements: number };
  expect(blocks.length, where).toBeGreaterThan(5);
  // Every element in Mongolian is one of those blocks' vertical columns.
  expect(mongolianElements, where).toBe(blocks.length);
  for (const block of blocks) {
    const what = `${where}: ${block.mongolian}`;
    expect(block.lang, what).toBe('mn-Mong');
    expect(block.writingMode, what).toBe('vertical-lr');
    expect(block.fontFamily, what).toMatch(/^"?Noto Sans Mongolian"?,/);
    // Written down the page: a word or more is a column taller than it is wide.
    if ([...block.mongolian.replace(/\s/g, '')].length > 2) {
      expect(block.vertical.height, what).toBeGreaterThan(block.vertical.width);
    }
    // Beside every Mongolian text the same text in the chosen language, to its right, as large.
    expect(block.primary, what).not.toBeNull();
    expect(block.primary!.lang, what).toBe(chosen);
    expect(block.vertical.right, what).toBeLessThanOrEqual(block.primary!.left + 0.5);
    expect(block.verticalFontSize, what).toBe(block.primaryFontSize);
  }
  // The chosen language alone beside it: no line in the other one.
  const other = chosen === 'zh-CN' ? 'en' : 'zh-CN';
  expect(await page.locator(`.multilingual [lang="${other}"]`).count(), where).toBe(0);
  return blocks;
}

describe('the phone page of a hall that shows Mongolian', () => {
  it('shows every text in vertical Mongolian first, beside Chinese or English, and fits a phone upright and turned', async () => {
    const ticket = await issueTicket(demo.hall.id, demo.serviceId('A'), [demo.serviceId('D')]);
    const { context, page } = await openPhone(ticket.url, ticket.number);
    await page.locator('.phone-service [lang="mn-Mong"]').getByText(socialMongolian).waitFor();
    await expectShippedMongolianFont(page);
    // Every Mongolian text of the page drawn in the web font, no letter in another.
    await expectDrawnInShippedFont(page, 'body', 6);
    await screenshot(page, 'waiting-zh-portrait');

    const blocks = await expectMongolianLayout(page, 'zh-CN', 'waiting, Chinese, 360×740');
    const texts = blocks.map((block) => block.mongolian);
    expect(texts).toEqual(
      expect.arrayContaining([
        hallMongolian,
        socialMongolian,
        taxMongolian,
        mongolian('citizen.phone.title'),
        mongolian('citizen.ticket.number'),
      ]),
    );
    // The place in the queue, in the Mongolian catalogue's words.
    const place = [
      mongolian('citizen.phone.nextUp'),
      ...[1, 2, 3].map((count) => mongolian('citizen.phone.peopleAhead', { count })),
    ];
    expect(texts.some((text) => place.includes(text))).toBe(true);
    // The number is not translated: one, big.
    expect(await page.locator('#phone-ticket-number').textContent()).toBe(ticket.number);
    // The switch offers the hall's horizontal languages; Chinese is chosen.
    const switchButtons = page.getByRole('group').getByRole('button');
    await expect.poll(() => switchButtons.allTextContents()).toEqual(['中文', 'English']);
    expect(await page.getByRole('button', { name: '中文' }).getAttribute('aria-pressed')).toBe('true');

    // Asked twice before it cancels; the question in both languages too.
    await page.getByRole('button', { name: /取消排队/ }).click();
    const question = page.getByRole('alertdialog');
    await question.getByText('确定要取消排队吗？取消后此号码作废。').waitFor();
    await expectMongolianLayout(page, 'zh-CN', 'cancel question, Chinese, 360×740');
    await question.screenshot({ path: join(screenshotsDir, 'mongolian-phone-cancel-question.png') });
    await question.getByRole('button', { name: /继续排队/ }).click();
    await question.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: /大字模式/ }).click();
    await screenshot(page, 'waiting-zh-large-text-portrait');
    await expectMongolianLayout(page, 'zh-CN', 'waiting, Chinese, large text, 360×740');
    await page.getByRole('button', { name: /大字模式/ }).click();

    await resize(page, landscape);
    await screenshot(page, 'waiting-zh-landscape');
    await expectMongolianLayout(page, 'zh-CN', 'waiting, Chinese, 740×360');

    // In English, Mongolian stays first; Chinese goes.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Your visit').waitFor();
    await screenshot(page, 'waiting-en-landscape');
    await expectMongolianLayout(page, 'en', 'waiting, English, 740×360');
    await resize(page, portrait);
    await screenshot(page, 'waiting-en-portrait');
    await expectMongolianLayout(page, 'en', 'waiting, English, 360×740');
    await resize(page, largePortrait);
    await expectMongolianLayout(page, 'en', 'waiting, English, 412×915');
    await page.getByRole('button', { name: '中文' }).click();
    await expectMongolianLayout(page, 'zh-CN', 'waiting, Chinese, 412×915');
    await context.close();
  });

  it('shows the call and the rating in Mongolian and the chosen language, upright and turned', async () => {
    const ticket = await issueTicket(demo.hall.id, demo.serviceId('A'));
    const { context, page } = await openPhone(ticket.url, ticket.number);
    const clerkToken = await demo.testApp.login('clerk1', demoPassword);
    await demo.api(
      'mutation($id: ID!) { openCounter(counterId: $id) { id } }',
      { id: demo.counterId('1') },
      clerkToken,
    );
    await demo.api(
      'mutation($counterId: ID!, $ticketId: ID!) { callTicket(counterId: $counterId, ticketId: $ticketId, reason: "e2e") { id } }',
      { counterId: demo.counterId('1'), ticketId: ticket.id },
      clerkToken,
    );
    const banner = page.getByRole('alertdialog');
    await banner.waitFor({ timeout: 2_000 });
    await banner.getByText('请到 1 号窗口').waitFor();
    expect(await banner.locator('[lang="mn-Mong"]').allTextContents()).toEqual(
      expect.arrayContaining([
        mongolian('citizen.phone.calledTitle'),
        mongolian('citizen.phone.goToCounter', { label: '1' }),
        mongolian('citizen.phone.dismiss'),
      ]),
    );
    await screenshot(page, 'called-zh-portrait');
    await expectMongolianLayout(page, 'zh-CN', 'called, Chinese, 360×740');
    await resize(page, landscape);
    await screenshot(page, 'called-zh-landscape');
    await expectMongolianLayout(page, 'zh-CN', 'called, Chinese, 740×360');
    await resize(page, largePortrait);
    await expectMongolianLayout(page, 'zh-CN', 'called, Chinese, 412×915');

    // A recall, read in English.
    await banner.getByRole('button', { name: /我知道了/ }).click();
    await banner.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'English' }).click();
    await demo.api(
      'mutation($id: ID!) { recallTicket(ticketId: $id) { id } }',
      { id: ticket.id },
      clerkToken,
    );
    await banner.getByText('Call number 2').waitFor({ timeout: 2_000 });
    await resize(page, portrait);
    await screenshot(page, 'recalled-en-portrait');
    await expectMongolianLayout(page, 'en', 'recalled, English, 360×740');
    await resize(page, landscape);
    await screenshot(page, 'recalled-en-landscape');
    await expectMongolianLayout(page, 'en', 'recalled, English, 740×360');
    await banner.getByRole('button', { name: /OK/ }).click();
    await banner.waitFor({ state: 'detached' });
    await expectMongolianLayout(page, 'en', 'called, banner dismissed, English, 740×360');

    await demo.api(
      'mutation($id: ID!) { completeTicket(ticketId: $id) { id } }',
      { id: ticket.id },
      clerkToken,
    );
    const form = page.locator('form.rating-form');
    await form.waitFor();
    await expectMongolianLayout(page, 'en', 'rating, English, 740×360');
    await resize(page, portrait);
    await page.getByRole('button', { name: '中文' }).click();
    await screenshot(page, 'rating-zh-portrait');
    await expectMongolianLayout(page, 'zh-CN', 'rating, Chinese, 360×740');
    await form.getByText('非常满意').click();
    await form.getByRole('button', { name: /提交评价/ }).click();
    await page.getByText('感谢您的评价！').waitFor();
    await expectMongolianLayout(page, 'zh-CN', 'rated, Chinese, 360×740');
    await context.close();
  });

  it('says in both languages that a ticket is cancelled, in a long text that still fits', async () => {
    const ticket = await issueTicket(demo.hall.id, demo.serviceId('D'));
    const { context, page } = await openPhone(ticket.url, ticket.number);
    await page.getByRole('button', { name: /取消排队/ }).click();
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: /确定取消/ })
      .click();
    await page.getByText('您的号码已取消。如需办理，请到取号机重新取号。').waitFor();
    await screenshot(page, 'cancelled-zh-portrait');
    await expectMongolianLayout(page, 'zh-CN', 'cancelled, Chinese, 360×740');
    await resize(page, landscape);
    await expectMongolianLayout(page, 'zh-CN', 'cancelled, Chinese, 740×360');
    await context.close();
  });
});

describe('the phone page of a hall that shows Chinese and English', () => {
  it('shows one language at a time, as before, and fits the same phones, called too', async () => {
    // The same hall, Mongolian turned off: its Mongolian names stay, and are not shown.
    await showChineseAndEnglishOnly(demo.testApp, demo.hall.id, demo.adminToken);
    const ticket = await issueTicket(demo.hall.id, demo.serviceId('B'), [demo.serviceId('D')]);
    const { context, page } = await openPhone(ticket.url, ticket.number);
    await page.getByText(/前面还有|下一位就是您/).waitFor();
    const sizes = [
      [portrait, '360×740'],
      [landscape, '740×360'],
      [largePortrait, '412×915'],
    ] as const;
    for (const [size, name] of sizes) {
      await resize(page, size);
      expect(await page.evaluate(findLayoutProblems), name).toEqual([]);
      expect(await page.locator('[lang="mn-Mong"]').count()).toBe(0);
      expect(await page.locator('.multilingual [lang="en"]').count()).toBe(0);
    }
    await resize(page, portrait);
    await screenshot(page, 'chinese-english-hall-portrait');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Your visit').waitFor();
    expect(await page.locator('.multilingual [lang="zh-CN"]').count()).toBe(0);
    expect(await page.evaluate(findLayoutProblems)).toEqual([]);
    // No Mongolian font fetched for a hall that does not show it.
    expect(
      await page.evaluate(
        `[...document.fonts].filter((face) => face.family.includes('Mongolian') && face.status !== 'unloaded').length`,
      ),
    ).toBe(0);

    const clerkToken = await demo.testApp.login('clerk1', demoPassword);
    await demo.api(
      'mutation($id: ID!) { openCounter(counterId: $id) { id } }',
      { id: demo.counterId('3') },
      clerkToken,
    );
    await demo.api(
      'mutation($counterId: ID!, $ticketId: ID!) { callTicket(counterId: $counterId, ticketId: $ticketId, reason: "e2e") { id } }',
      { counterId: demo.counterId('3'), ticketId: ticket.id },
      clerkToken,
    );
    const banner = page.getByRole('alertdialog');
    await banner.getByText('Please go to counter 3').waitFor({ timeout: 2_000 });
    for (const [size, name] of sizes) {
      await resize(page, size);
      expect(await page.evaluate(findLayoutProblems), `called, ${name}`).toEqual([]);
    }
    await resize(page, landscape);
    await screenshot(page, 'chinese-english-hall-called-landscape');
    await context.close();
  });
});
