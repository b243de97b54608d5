import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type StaticSite, useBrowserSite } from '../support/browser';
import { selectText } from '../support/selection';

let browser: Browser;
let site: StaticSite;

useBrowserSite((live) => ({ browser, site } = live));

/** Searches "Putin" with the dialog and lands on the “Since Alaska” passage, which leaves the "matches highlighted" bar. */
async function landFromSearch(page: Page): Promise<void> {
  await page.goto(`${site.origin}/`);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Putin');
  const hit = page.locator('.search-hit[href="/#since-alaska"]');
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

describe('the quote bar after a search landing', () => {
  for (const width of [360, 1280]) {
    it(`stacks with the "matches highlighted" bar at ${width} px: both show, and both buttons take clicks`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 700 }, permissions: ['clipboard-read', 'clipboard-write'] });
      const page = await context.newPage();
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
      await context.close();
    });
  }
});
