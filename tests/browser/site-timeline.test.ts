import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type StaticSite, useBrowserSite, useTab } from '../support/browser';
import { multiStoryDist } from '../support/multi-story-site';

let browser: Browser;
let site: StaticSite;

// The multi-story fixture: the SCO story and three synthetic ones.
useBrowserSite((live) => ({ browser, site } = live), multiStoryDist());
const tab = useTab(() => ({ browser, site }));

const BETA = 'Synthetic test story synthetic-beta: not news';

describe('the timeline of every story, in Chromium', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`filters by story and leads to an event in its story, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async () => {
      const page: Page = await tab.open({ width: 360, javaScript: javaScriptEnabled });
      await page.goto(`${site.origin}/timeline/`);
      const all = await page.locator('li.event').count();
      expect(all).toBeGreaterThan(3);
      // A keyboard reader: the filter's choice for one story, reached and followed like any link.
      const choice = page.getByRole('navigation', { name: 'Show the events of' }).getByRole('link', { name: new RegExp(`^${BETA}`) });
      await choice.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(`${site.origin}/timeline/synthetic-beta/`);
      await expect(page.locator('li.event').count()).resolves.toBe(1);
      await expect(page.locator('nav.filter [aria-current="page"]').textContent()).resolves.toContain(BETA);
      await page.getByRole('link', { name: BETA, exact: true }).click();
      await page.waitForURL(`${site.origin}/synthetic-beta/#event-synthetic-beta-event`);
      const headerBottom = await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().bottom);
      const eventTop = await page.evaluate(() => document.getElementById('event-synthetic-beta-event')!.getBoundingClientRect().top);
      expect(eventTop).toBeGreaterThanOrEqual(headerBottom);
      expect(eventTop).toBeLessThan(800);
      await page.goBack();
      await page.getByRole('link', { name: /^All stories/ }).click();
      await page.waitForURL(`${site.origin}/timeline/`);
      await expect(page.locator('li.event').count()).resolves.toBe(all);
      await tab.leave(page);
    });
  }

  for (const width of [360, 1280]) {
    it(`fits the page at ${width} px`, async () => {
      for (const path of ['/', '/timeline/']) {
        const page = await tab.visit(path, { width });
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path).toBeLessThanOrEqual(0);
      }
    });
  }
});
