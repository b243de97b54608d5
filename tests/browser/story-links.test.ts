import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type StaticSite, useBrowserSite, useTab } from '../support/browser';
import { headingLanding } from '../support/landing';

let browser: Browser;
let site: StaticSite;

useBrowserSite((live) => ({ browser, site } = live));
const tab = useTab(() => ({ browser, site }));

/** Where the link's target landed: in view, below the sticky header, painted on top, and the page's :target. */
async function landing(page: Page, id: string) {
  const { inView, clearOfHeader, uncovered } = await headingLanding(page, id);
  const target = await page.evaluate(() => document.querySelector(':target')?.id);
  return { inView, clearOfHeader, uncovered, target };
}

// The compact timeline and who's who of issue 25: the links into them still bring the reader to a visible target.
describe('links into the compact timeline and who’s who in Chromium', () => {
  it('take a reader from a date chip to its event, in view below the header', async () => {
    const page = await tab.visit('/sco-2025/', { width: 360, height: 700 });
    await page.locator('a.time-ref[href="/sco-2025/#event-alaska-summit"]').click();
    await expect
      .poll(() => landing(page, 'event-alaska-summit'))
      .toEqual({ inView: true, clearOfHeader: true, uncovered: true, target: 'event-alaska-summit' });
  });

  it('take a reader from an entry’s page to the entry in the story’s who’s who, in view below the header', async () => {
    const page = await tab.visit('/glossary/narendra-modi/');
    await page.locator('a[href="/sco-2025/#term-narendra-modi"]').click();
    await expect
      .poll(() => landing(page, 'term-narendra-modi'))
      .toEqual({ inView: true, clearOfHeader: true, uncovered: true, target: 'term-narendra-modi' });
  });
});
