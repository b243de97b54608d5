import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type StaticSite, useBrowserSite } from '../support/browser';
import { readerPages } from '../support/dist-files';

let browser: Browser;
let site: StaticSite;

useBrowserSite((live) => ({ browser, site } = live));

/** WCAG 2.2 SC 2.5.8 Target Size (Minimum), in CSS pixels. */
const MIN = 24;

/**
 * Every visible control on the page smaller than MIN × MIN, described for a
 * failure message. A link set inline in a line of running text is exempt, as
 * the criterion allows ("the target is in a sentence"): it is an inline box
 * whose block holds words besides its own.
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const blockOf = (element: Element) => {
      let node = element.parentElement;
      while (node && ['inline', 'contents'].includes(getComputedStyle(node).display)) node = node.parentElement;
      return node;
    };
    const inRunningText = (element: HTMLElement) => {
      if (getComputedStyle(element).display !== 'inline') return false;
      const block = blockOf(element);
      if (!block) return false;
      const own = element.textContent ?? '';
      const all = block.textContent ?? '';
      // A sentence, or a line whose words set its height ("Source: …", "In the article: …").
      return /\p{L}/u.test(all.replace(own, ''));
    };
    return [...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]')]
      .filter((element) => element.tabIndex >= 0 && element.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
      .filter((element) => !inRunningText(element))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < min - 0.5 || box.height < min - 0.5)
      .map(({ element, box }) => {
        const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
        return `${element.tagName.toLowerCase()}${[...element.classList].map((c) => `.${c}`).join('')} “${name}” ${Math.round(box.width)}×${Math.round(box.height)}`;
      });
  }, MIN);
}

// Every page a reader stays on.
const pages = readerPages();

describe(`every control is at least ${MIN}×${MIN} px, unless it is a link inside a sentence`, () => {
  for (const width of [360, 1280]) {
    // One browser page visits all 57 pages in turn: on the shared 2-core machine under load that took over the default
    // 60 s, so the walk gets room to finish (a small target still fails it).
    it(`on every page at ${width} px`, { timeout: 180_000 }, async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      const found: string[] = [];
      for (const path of pages) {
        await page.goto(`${site.origin}${path}`);
        found.push(...(await smallTargets(page)).map((target) => `${path}: ${target}`));
      }
      expect(found).toEqual([]);
      await page.close();
    });

    it(`in the search dialog with results, and in an open definition card, at ${width} px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${site.origin}/sco-2025/`);
      await page.keyboard.press('/');
      await page.keyboard.type('Modi');
      await page.locator('.search-hit').first().waitFor();
      expect(await smallTargets(page)).toEqual([]);
      await page.keyboard.press('Escape');

      const term = page.locator('section[data-section="close-rapport"] a.glossary-term[data-glossary-id="peng-liyuan"]');
      await term.focus();
      await expect.poll(() => page.evaluate(() => document.getElementById('glossary-card')!.matches(':popover-open'))).toBe(true);
      expect(await smallTargets(page)).toEqual([]);
      await page.close();
    });
  }
});

it('flags a small button and a small link on its own, but not a link inside a sentence', async () => {
  const page = await browser.newPage();
  await page.setContent(
    '<p>Read <a href="#a">this</a> now.</p><p><a href="#b" style="font-size:10px">lone</a></p><button style="padding:0;font-size:10px">x</button>',
  );
  expect(await smallTargets(page)).toEqual([expect.stringMatching(/^a “lone”/), expect.stringMatching(/^button “x”/)]);
  await page.close();
});
