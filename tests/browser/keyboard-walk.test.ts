import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type StaticSite, useBrowserSite, useTab } from '../support/browser';
import { rememberUnfocusedLooks, walkStop } from '../support/focus';

let browser: Browser;
let site: StaticSite;

useBrowserSite((live) => ({ browser, site } = live));
const tab = useTab(() => ({ browser, site }));

// The two longest browser tests, in a file of their own so that they run beside the other keyboard tests
// (keyboard.test.ts), not after them.
describe('a keyboard-only walk of the whole explainer in Chromium', () => {
  for (const width of [360, 1280]) {
    // Over 300 stops, each a key press and one read of the page: on the shared 2-core machine under load the walk at
    // 1280 px once took just over the default 60 s, so it gets room to finish (a stop without focus still fails at once).
    it(`shows focus at every Tab stop of the page at ${width} px, never under the sticky header`, { timeout: 180_000 }, async () => {
      const page = await tab.visit('/sco-2025/', { width });
      await rememberUnfocusedLooks(page);
      const tabbable = await page.evaluate(
        () =>
          [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
            (element) => element.tabIndex >= 0 && element.checkVisibility({ visibilityProperty: true }),
          ).length,
      );
      let stops = 0;
      for (let presses = 0; presses < 1000; presses++) {
        await page.keyboard.press('Tab');
        // One read per stop: each stop is tagged once; meeting a tagged one again means Tab has gone round the page.
        const { stop, firstVisit } = await walkStop(page);
        if (firstVisit === null) continue;
        if (!firstVisit) break;
        expect(stop, `focus on ${stop.element} at ${width} px`).toMatchObject({ indicator: true, inView: true, uncovered: true });
        stops++;
      }
      // Every control on the page is a stop: Copy link buttons, terms, notes, timeline links, sources.
      expect(stops).toBe(tabbable);
      expect(stops).toBeGreaterThan(250);
    });
  }
});

it('notices a Tab stop without a visible focus indicator when the unfocused looks were recorded first, as the walk does', async () => {
  const page = await tab.open();
  await page.setContent('<style>a:focus { outline: none }</style><p><a href="#a">one</a> <a href="#b" class="ring">two</a></p>');
  await page.addStyleTag({ content: '.ring:focus-visible { outline: 2px solid blue }' });
  await rememberUnfocusedLooks(page);
  await page.keyboard.press('Tab');
  expect((await walkStop(page)).stop.indicator).toBe(false);
  await page.keyboard.press('Tab');
  expect((await walkStop(page)).stop.indicator).toBe(true);
});
