import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type StaticSite, useBrowserSite, useTab } from '../support/browser';

let browser: Browser;
let site: StaticSite;

useBrowserSite((live) => ({ browser, site } = live));
const tab = useTab(() => ({ browser, site }));

describe('the contents after landing on a text fragment', () => {
  it('marks the section whose words the link opened at, not the one before', async () => {
    // Kim Jong Un is named only in “A diplomatic push” (content/stories/sco-2025/sections/08-*.md).
    const page = await tab.visit('/sco-2025/#:~:text=Kim%20Jong%20Un');
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.toc a[aria-current="location"]').getAttribute('href')).toBe('#diplomatic-push');
  });
});

/**
 * Where the sentence around the back link's target begins, against the header's bottom edge. The sentence is
 * found with the browser's own sentence segmenter over the block's words (nothing added, nothing hidden).
 */
function sentenceLanding(page: Page, targetId: string) {
  return page.evaluate((id) => {
    const target = document.getElementById(id)!;
    const block = target.closest('p, li, blockquote, figcaption')!;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const nodes: { node: Text; start: number }[] = [];
    let text = '';
    let targetAt = -1;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (targetAt === -1 && target.contains(node)) targetAt = text.length;
      if (node.parentElement!.closest('[data-added], [hidden]')) continue;
      nodes.push({ node, start: text.length });
      text += node.data;
    }
    if (targetAt === -1) targetAt = text.length;
    let start = 0;
    for (const { index } of new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)) if (index <= targetAt) start = index;
    const first = nodes.find((entry) => entry.start + entry.node.length > start)!;
    const range = document.createRange();
    range.setStart(first.node, start - first.start);
    range.setEnd(first.node, start - first.start + 1);
    return {
      sentence: text.slice(start, start + 30),
      top: range.getBoundingClientRect().top,
      headerBottom: document.querySelector('.site-header')!.getBoundingClientRect().bottom,
    };
  }, targetId);
}

describe('links back to the text from notes and timeline events', () => {
  it('load the code that lands a sentence only for an address with a part to land on', async () => {
    // It counts the scripts requested, from a cold cache.
    const page = await tab.open({ width: 360, height: 640, coldCache: true });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    const landingCode = () => scripts.filter((path) => /sentence-landing/.test(path));
    await page.goto(`${site.origin}/sco-2025/`, { waitUntil: 'networkidle' });
    expect(landingCode()).toEqual([]);
    // A back link followed on the page, then the same address opened afresh.
    await page.goto(`${site.origin}/sco-2025/#event-crimea-seized-mention`);
    await expect.poll(() => landingCode().length).toBe(1);
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => landingCode().length).toBe(2);
    await tab.leave(page);
  });

  it('land at 360 px with the whole sentence clear of the sticky header', async () => {
    const page = await tab.visit('/sco-2025/', { width: 360, height: 640 });
    const backLinks = await page
      .locator('a.fact-note-back, a[data-mention-link]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    // Every note and every event the article refers to has one.
    expect(backLinks.length).toBeGreaterThanOrEqual(20);
    for (const href of backLinks) {
      await page.locator(`a.fact-note-back[href="${href}"], a[data-mention-link][href="${href}"]`).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
      await expect
        .poll(async () => {
          const landing = await sentenceLanding(page, href.slice(1));
          return { href, sentence: landing.sentence, clear: landing.top >= landing.headerBottom };
        })
        .toMatchObject({ href, clear: true });
    }
  });
});
