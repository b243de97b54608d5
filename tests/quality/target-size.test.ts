import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type StaticSite, useBrowserSite, useTab } from '../support/browser';
import { MIN_TARGET, smallTargets } from '../support/targets';

let browser: Browser;
let site: StaticSite;

useBrowserSite((live) => ({ browser, site } = live));
const tab = useTab(() => ({ browser, site }));

// Every page a reader stays on is checked at both widths in tests/quality/every-page.test.ts, in the same visit as axe.
describe(`every control that opens on demand is at least ${MIN_TARGET}×${MIN_TARGET} px`, () => {
  for (const width of [360, 1280]) {
    it(`in the search dialog with results, and in an open definition card, at ${width} px`, async () => {
      const page = await tab.visit('/sco-2025/', { width });
      await page.keyboard.press('Control+k');
      await page.keyboard.type('Modi');
      await page.locator('.search-hit').first().waitFor();
      expect(await smallTargets(page)).toEqual([]);
      await page.keyboard.press('Escape');

      const term = page.locator('section[data-section="close-rapport"] a.glossary-term[data-glossary-id="peng-liyuan"]');
      await term.focus();
      await expect.poll(() => page.evaluate(() => document.getElementById('glossary-card')!.matches(':popover-open'))).toBe(true);
      expect(await smallTargets(page)).toEqual([]);
    });
  }
});

it('flags a small button and a small link on its own, but not a link inside a sentence', async () => {
  const page = await tab.open();
  await page.setContent(
    '<p>Read <a href="#a">this</a> now.</p><p><a href="#b" style="font-size:10px">lone</a></p><button style="padding:0;font-size:10px">x</button>',
  );
  expect(await smallTargets(page)).toEqual([expect.stringMatching(/^a “lone”/), expect.stringMatching(/^button “x”/)]);
});
