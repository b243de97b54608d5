import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type StaticSite, useBrowserSite, useTab } from '../support/browser';

let browser: Browser;
let site: StaticSite;

useBrowserSite((live) => ({ browser, site } = live));
const tab = useTab(() => ({ browser, site }));

describe('the "Corrected on" marks in Chromium', () => {
  for (const width of [360, 1280]) {
    it(`show under a corrected note and land on its log entry, at ${width} px`, async () => {
      const page = await tab.visit('/sco-2025/#note-beijing-summit', { width, height: 800 });
      const mark = page.locator('#note-beijing-summit .corrected a');
      await mark.scrollIntoViewIfNeeded();
      expect(await mark.isVisible()).toBe(true);
      expect(await mark.innerText()).toBe('Corrected on 1 December 2026');
      const box = await mark.boundingBox();
      expect(box?.width).toBeGreaterThan(0);
      expect(box?.height).toBeGreaterThan(0);

      await mark.click();
      await page.waitForURL(`${site.origin}/corrections/#correction-beijing-summit-anthems`);
      const entry = page.locator('#correction-beijing-summit-anthems');
      expect(await entry.evaluate((item) => item.matches(':target'))).toBe(true);
      // The entry is where the reader lands: its heading inside the window.
      const heading = await entry.locator('h2').boundingBox();
      expect(heading?.y).toBeGreaterThanOrEqual(0);
      expect((heading?.y ?? 800) + (heading?.height ?? 0)).toBeLessThanOrEqual(800);
    });
  }

  it('land on the log entry from a glossary entry’s page by keyboard', async () => {
    const page = await tab.visit('/glossary/sco/', { width: 1280, height: 800 });
    await page.locator('.corrected a').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.origin}/corrections/#correction-sco-partners`);
    expect(await page.locator('#correction-sco-partners').evaluate((item) => item.matches(':target'))).toBe(true);
  });
});
