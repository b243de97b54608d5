import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { serveDist, type StaticSite, useBrowserSite } from '../support/browser';
import { readerPages } from '../support/dist-files';
import { MULTI_STORY_PAGES, multiStoryDist } from '../support/multi-story-site';

let browser: Browser;
let site: StaticSite;

useBrowserSite((live) => ({ browser, site } = live));

const pages = readerPages();

/** One test per page and colour scheme: axe-core finds nothing on the page, served at `origin()`. */
function checkPages(origin: () => string, paths: readonly string[]): void {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const path of paths) {
      it(`on ${path} in ${colorScheme}`, async () => {
        const context = await browser.newContext({ colorScheme, bypassCSP: true });
        const page = await context.newPage();
        await page.goto(`${origin()}${path}`);
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
    }
  }
}

describe('axe-core finds no accessibility violations', () => {
  checkPages(() => site.origin, pages);
});

describe('axe-core finds no accessibility violations where several stories meet (the multi-story fixture)', () => {
  let fixture: StaticSite;
  beforeAll(async () => {
    fixture = await serveDist(multiStoryDist());
  });
  afterAll(() => fixture.close());
  checkPages(() => fixture.origin, MULTI_STORY_PAGES);
});

describe('axe-core finds no accessibility violations in what opens on demand', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [360, 1280]) {
      it(`in the search dialog showing results, at ${width} px in ${colorScheme}`, async () => {
        const context = await browser.newContext({ colorScheme, bypassCSP: true, viewport: { width, height: 800 } });
        const page = await context.newPage();
        await page.goto(`${site.origin}/sco-2025/`);
        await page.keyboard.press('/');
        await page.keyboard.type('Modi');
        await page.locator('.search-hit').first().waitFor();
        // With a result focused, as a reader moving through them sees it.
        await page.keyboard.press('ArrowDown');
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
    }

    it(`after landing on a search result, with its words highlighted and the Clear bar showing, in ${colorScheme}`, async () => {
      const context = await browser.newContext({ colorScheme, bypassCSP: true, viewport: { width: 360, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${site.origin}/sco-2025/`);
      await page.keyboard.press('/');
      await page.keyboard.type('onslaught');
      await page.locator('.search-hit').first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.search-landing-bar').waitFor();
      expect(await page.locator('[data-search-landed]').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });

    it(`with the quote-link bar showing for selected words, in ${colorScheme}`, async () => {
      const context = await browser.newContext({ colorScheme, bypassCSP: true, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${site.origin}/sco-2025/`);
      await page.evaluate(() => getSelection()!.selectAllChildren(document.querySelector('[data-section="close-rapport"] .prose p')!));
      await page.locator('[data-quote-bar]').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });

    // Each kind of anchor marks its target with its own background, which every colour on it must still meet.
    it(`with the targets of links marked: a section, an event, time words, a note, an entry, in ${colorScheme}`, async () => {
      const context = await browser.newContext({ colorScheme, bypassCSP: true, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${site.origin}/sco-2025/`);
      const anchors = await page.evaluate(() =>
        ['.section > h2[id]', '.event > h4[id]', 'a.time-ref[id]', 'li.fact-note[id]', '.note-ref a[id]', '.entry > h4[id]'].map(
          (selector) => document.querySelector(selector)?.id ?? `none for ${selector}`,
        ),
      );
      for (const id of anchors) {
        await page.goto(`${site.origin}/sco-2025/#${id}`);
        expect(await page.evaluate(() => document.querySelector(':target')?.id), `#${id} is the target`).toBe(id);
        expect(await axeViolations(page), `with #${id} marked`).toEqual([]);
      }
      await context.close();
    });

    // The card on the explainer page is checked in tests/browser/glossary-card.test.ts.
    it(`in a definition card on a share page, in ${colorScheme}`, async () => {
      const context = await browser.newContext({ colorScheme, bypassCSP: true, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${site.origin}/sco-2025/s/close-rapport/`);
      await page.locator('a.glossary-term[data-glossary-id="peng-liyuan"]').hover();
      await expect.poll(() => page.evaluate(() => document.getElementById('glossary-card')!.matches(':popover-open'))).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});

it('reports a violation when there is one, so a clean result means something', async () => {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html lang="en"><title>t</title><main><img src="x.png"></main></html>');
  expect((await axeViolations(page)).map((violation) => violation.rule)).toContain('image-alt');
  await page.close();
});
