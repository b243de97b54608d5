import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type StaticSite, useBrowserSite, useTab } from '../support/browser';
import { allowClipboard, lastCopied } from '../support/clipboard';
import { selectText } from '../support/selection';

let browser: Browser;
let site: StaticSite;

useBrowserSite((live) => ({ browser, site } = live));
const tab = useTab(() => ({ browser, site }));

/** `path` in the file's tab, whose page may read and write the clipboard, as a reader who allowed it. */
async function clipboardVisit(path: string, window: { width: number; height: number }): Promise<Page> {
  const page = await tab.visit(path, window);
  await allowClipboard(page);
  return page;
}

/**
 * On the story page, searches "Putin" with the dialog and lands on the “Since Alaska” passage, which leaves the
 * "matches highlighted" bar.
 */
async function landFromSearch(page: Page): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Putin');
  const hit = page.locator('.search-hit[href="/sco-2025/#since-alaska"]');
  await expect.poll(() => hit.count()).toBe(1);
  await hit.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('button', { name: 'Clear highlight' }).isVisible()).toBe(true);
}

/** Whether the topmost element at the middle of the button is the button (or inside it): nothing covers it. */
function reachable(page: Page, name: string) {
  return page.getByRole('button', { name }).evaluate((button) => {
    const box = button.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return box.width > 0 && box.bottom <= innerHeight && hit !== null && button.contains(hit);
  });
}

/**
 * Selects `words` in the section, copies the quote link, and returns it with the place of `needle` inside the
 * selection: which of the page's occurrences of `needle` it is, counted in document order. An occurrence rather
 * than a height, which says the same only while both documents lay the page out alike.
 */
async function copyQuoteLink(page: Page, sectionId: string, words: string, needle: string): Promise<{ link: string; selected: number }> {
  await selectText(page, sectionId, words);
  const selected = await page.evaluate((wanted) => {
    const range = getSelection()!.getRangeAt(0);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let count = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!node.parentElement!.checkVisibility()) continue;
      // Case aside, as a text fragment matches.
      const text = node.data.toLowerCase();
      for (let at = text.indexOf(wanted.toLowerCase()); at !== -1; at = text.indexOf(wanted.toLowerCase(), at + 1)) {
        const place = document.createRange();
        place.setStart(node, at);
        place.setEnd(node, at + wanted.length);
        if (range.compareBoundaryPoints(Range.START_TO_START, place) <= 0 && range.compareBoundaryPoints(Range.END_TO_END, place) >= 0)
          return count;
        count += 1;
      }
    }
    throw new Error(`“${wanted}” is not in the selection`);
  }, needle);
  await page.getByRole('button', { name: 'Copy link to this quote' }).click();
  await expect.poll(() => page.locator('[data-quote-bar]').getByRole('status').textContent()).toBe('Quote link copied');
  return { link: (await lastCopied(page)) ?? '', selected };
}

/**
 * Opens a quote link as a new document in the same tab, without its section id so that only the text directive can
 * move the page, and says where the page went: Chromium scrolls the words it highlights to the middle of the window,
 * so the occurrence of `needle` (in every visible text node, counted in document order) nearest that middle is the
 * one highlighted.
 */
async function openQuoteLink(page: Page, link: string, needle: string): Promise<number> {
  // about:blank first, so that the link loads a fresh document, as it does for a reader who opens it, and nothing of
  // the page it was copied from (its scroll, its selection) can stand in for where the link itself lands.
  await page.goto('about:blank');
  await page.goto(link.replace(/#[^:]*:~:/, '#:~:'));
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
  const landed = await page.evaluate((wanted) => {
    const places: { occurrence: number; distance: number }[] = [];
    const middle = innerHeight / 2;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!node.parentElement!.checkVisibility()) continue;
      // Case aside, as a text fragment matches.
      const text = node.data.toLowerCase();
      for (let at = text.indexOf(wanted.toLowerCase()); at !== -1; at = text.indexOf(wanted.toLowerCase(), at + 1)) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const box = range.getBoundingClientRect();
        places.push({ occurrence: places.length, distance: Math.abs((box.top + box.bottom) / 2 - middle) });
      }
    }
    return places.sort((a, b) => a.distance - b.distance)[0]!.occurrence;
  }, needle);
  return landed;
}

describe('the quote bar’s code', () => {
  it('loads when a reader selects words, not with the page, and the bar then offers that selection', async () => {
    // Counts the scripts requested, from a cold cache.
    const page = await tab.open({ coldCache: true });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${site.origin}/sco-2025/`, { waitUntil: 'networkidle' });
    const quoteBarCode = (paths: string[]) => paths.filter((path) => /quote-bar/.test(path));
    expect(quoteBarCode(scripts)).toEqual([]);
    await selectText(page, 'opening', 'significant formality');
    await expect.poll(() => page.getByRole('button', { name: 'Copy link to this quote' }).isVisible()).toBe(true);
    expect(quoteBarCode(scripts)).toHaveLength(1);
    await tab.leave(page);
  });
});

describe('quote links name one place', () => {
  const cases = [
    {
      section: 'shoulder-to-shoulder',
      words: 'the Russian leader',
      needle: 'the Russian leader',
      directive: /^text=and-,the%20Russian%20leader$/,
    },
    { section: 'shoulder-to-shoulder', words: 'Putin', needle: 'Putin', directive: /^text=embracing-,Putin$/ },
    // Across the number of the note on “receiving Putin with significant formality”.
    {
      section: 'opening',
      words: 'significant formality, emphasized that China',
      needle: 'formality',
      directive: /^text=significant%20formality,emphasized%20that%20China$/,
    },
  ];
  for (const { section, words, needle, directive } of cases) {
    it(`links “${words}” in #${section} so that it opens on that very place`, async () => {
      const page = await clipboardVisit('/sco-2025/', { width: 1280, height: 400 });
      const { link, selected } = await copyQuoteLink(page, section, words, needle);
      expect(link.split(':~:')[1]).toMatch(directive);
      expect(await openQuoteLink(page, link, needle)).toBe(selected);
    });
  }

  it('never shows the last quote’s “copied” for a new selection, even of the same words elsewhere', async () => {
    const page = await clipboardVisit('/sco-2025/', { width: 1280, height: 700 });
    await copyQuoteLink(page, 'shoulder-to-shoulder', 'the Russian leader', 'the Russian leader');
    await selectText(page, 'not-alone', 'the Russian leader');
    await page.evaluate(() => new Promise(requestAnimationFrame));
    await page.evaluate(() => new Promise(requestAnimationFrame));
    await expect(page.getByRole('button', { name: 'Copy link to this quote' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-quote-bar]').getByRole('status').textContent()).resolves.toBe('');
  });

  it('offers no link for a selection of the explainer’s own additions alone (a date beside the time words)', async () => {
    const page = await tab.visit('/sco-2025/');
    await page.evaluate(() =>
      getSelection()!.selectAllChildren(document.querySelector('[data-section="shoulder-to-shoulder"] .time-ref-date')!),
    );
    await page.evaluate(() => new Promise(requestAnimationFrame));
    await page.evaluate(() => new Promise(requestAnimationFrame));
    await expect(page.locator('[data-quote-bar]').isVisible()).resolves.toBe(false);
  });
});

describe('the quote bar after a search landing', () => {
  for (const width of [360, 1280]) {
    it(`stacks with the "matches highlighted" bar at ${width} px: both show, and both buttons take clicks`, async () => {
      const page = await clipboardVisit('/sco-2025/', { width, height: 700 });
      await landFromSearch(page);
      await selectText(page, 'since-alaska', 'second largest aerial attack');
      await expect.poll(() => page.getByRole('button', { name: 'Copy link to this quote' }).isVisible()).toBe(true);
      const boxes = await page.evaluate(() =>
        ['.search-landing-bar', '[data-quote-bar]'].map((selector) => {
          const { top, bottom, left, right } = document.querySelector(selector)!.getBoundingClientRect();
          return { top, bottom, left, right };
        }),
      );
      const [landing, quote] = boxes as [(typeof boxes)[number], (typeof boxes)[number]];
      const overlap = landing.left < quote.right && quote.left < landing.right && landing.top < quote.bottom && quote.top < landing.bottom;
      expect(overlap).toBe(false);
      expect(await reachable(page, 'Copy link to this quote')).toBe(true);
      expect(await reachable(page, 'Clear highlight')).toBe(true);
      await page.getByRole('button', { name: 'Copy link to this quote' }).click();
      await expect.poll(() => page.locator('[data-quote-bar]').getByRole('status').textContent()).toBe('Quote link copied');
    });
  }
});
