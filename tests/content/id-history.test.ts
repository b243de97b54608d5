import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSite, useTab, type StaticSite } from '../support/browser';
import { headingLanding } from '../support/landing';
import { multiStoryDist } from '../support/multi-story-site';

/*
 * The multi-story fixture renames the SCO story's "close-rapport" section to "close-ties", keeping the old id in
 * formerIds (tests/support/multi-story-site.ts). A rename without it is refused: content-errors.test.ts.
 */

let browser: Browser;
let site: StaticSite;
useBrowserSite((live) => ({ browser, site } = live), multiStoryDist());
const tab = useTab(() => ({ browser, site }));

describe('a renamed section that lists its old id in formerIds', () => {
  it('keeps a static redirect page at the old share URL, and at the one of before the site held several stories', () => {
    for (const old of ['sco-2025/s/close-rapport/index.html', 's/close-rapport/index.html']) {
      const $ = load(readFileSync(join(multiStoryDist(), old), 'utf8'));
      expect($('meta[http-equiv="refresh"]').attr('content'), old).toBe('0; url=/sco-2025/s/close-ties/');
      expect($('link[rel="canonical"]').attr('href'), old).toBe('https://sco-2025.example.org/sco-2025/s/close-ties/');
      expect($('main a[href="/sco-2025/s/close-ties/"]').text(), old).toBe('“Close rapport”');
    }
    const $ = load(readFileSync(join(multiStoryDist(), 'sco-2025/s/close-rapport/index.html'), 'utf8'));
    expect($('meta[property="og:url"]').attr('content')).toBe('https://sco-2025.example.org/sco-2025/s/close-ties/');
  });

  it('lands the old hash on the renamed section, clear of the header and marked', async () => {
    const page = await tab.visit('/sco-2025/#close-rapport', { width: 360, height: 700 });
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#close-ties');
    await expect.poll(() => headingLanding(page, 'close-ties')).toEqual({ inView: true, clearOfHeader: true, uncovered: true, marked: true });
    await tab.leave(page);
  });

  it('takes the old share URL to the new share page', async () => {
    const page = await tab.visit('/sco-2025/s/close-rapport/');
    await page.waitForURL(`${site.origin}/sco-2025/s/close-ties/`);
    await expect(page.locator('h2#close-ties').isVisible()).resolves.toBe(true);
    await tab.leave(page);
  });
});
