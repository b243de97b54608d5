import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type StaticSite, useBrowserSite, useTab } from '../support/browser';

/* What a reader trips on, on a phone and by keyboard (issue 28). */

let browser: Browser;
let site: StaticSite;

useBrowserSite((live) => ({ browser, site } = live));

const tab = useTab(() => ({ browser, site }));
/** A phone's touch screen. */
const touchTab = useTab(() => ({ browser, site }), 'touch');

describe('a phone at 360 px', () => {
  // A phone's screen less the browser's bars: the height at which the bar covered the landed paragraph's end.
  for (const [query, anchor] of [
    ['tariffs', 'ukraine-war'],
    ['laughter', 'shoulder-to-shoulder'],
  ] as const) {
    it(`shows the paragraph a search for “${query}” lands on whole, above the “matches highlighted” bar`, async () => {
      const page = await touchTab.visit(`/sco-2025/?q=${query}`, { width: 360, height: 560 });
      await page.locator(`[data-search-results][data-query="${query}"]`).waitFor({ state: 'attached' });
      await page.locator(`.search-hit[href="/sco-2025/#${anchor}"]`).click();
      const bar = page.locator('.search-landing-bar');
      await bar.waitFor();
      const clear = () =>
        page.evaluate(() => {
          const [first] = CSS.highlights.get('search-hit') ?? [];
          const paragraph = (first as Range).startContainer.parentElement!.closest('p, figcaption, li')!.getBoundingClientRect();
          const header = document.querySelector('.site-header')!.getBoundingClientRect();
          const pill = document.querySelector('.search-landing-bar')!.getBoundingClientRect();
          return paragraph.top >= header.bottom && paragraph.bottom <= pill.top;
        });
      await expect.poll(clear).toBe(true);
    });
  }

  it('gives every note number a target of at least 24 × 24 px, round the number', async () => {
    const page = await touchTab.visit('/sco-2025/', { width: 360, height: 740 });
    const misses = await page.evaluate(async () => {
      const missed: string[] = [];
      for (const link of document.querySelectorAll<HTMLAnchorElement>('.note-ref a')) {
        link.scrollIntoView({ block: 'center' });
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const box = link.getBoundingClientRect();
        const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
        // The corners, edges and centre of a 24 × 24 square centred on the number, just inside its edges.
        for (const dx of [-11.5, 0, 11.5]) {
          for (const dy of [-11.5, 0, 11.5]) {
            if (document.elementFromPoint(x + dx, y + dy)?.closest('a') !== link) missed.push(`${link.hash} at ${dx},${dy}`);
          }
        }
      }
      return missed;
    });
    expect(misses).toEqual([]);
  });

  it('sets “Part n of 8” and the mark of our heading on one line above the heading', async () => {
    const page = await tab.visit('/sco-2025/', { width: 360 });
    const lines = await page
      .locator('.section > .kicker')
      .evaluateAll((kickers) =>
        kickers.map((kicker) => Math.round(kicker.getBoundingClientRect().height / parseFloat(getComputedStyle(kicker).lineHeight))),
      );
    expect(lines.length).toBe(8);
    expect(lines.every((count) => count === 1)).toBe(true);
    // A screen reader still hears the full words.
    expect(await page.locator('section[aria-labelledby="opening"] .kicker').textContent()).toContain('heading added by the explainer');
  });
});

describe('a keyboard at 1280 px', () => {
  it('moves focus from the header’s Search down the page, the contents on the left before the text beside them', async () => {
    const page = await tab.visit('/sco-2025/');
    await page.getByRole('button', { name: 'Search' }).focus();
    const stops: { name: string; left: number; top: number; bottom: number }[] = [];
    while (stops.length < 14) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const active = document.activeElement!;
          const box = active.getClientRects()[0] ?? active.getBoundingClientRect();
          return {
            name: active.textContent?.trim().slice(0, 30) ?? '',
            left: box.left,
            top: box.top + scrollY,
            bottom: box.bottom + scrollY,
          };
        }),
      );
    }
    expect(stops.map((stop) => stop.name)).toContain('Corrections');
    // Never back up the page into a column to the left: the contents stand below the header, beside the body.
    stops.slice(1).forEach((stop, index) => {
      const before = stops[index]!;
      expect(stop.left < before.left && stop.top < before.top, `${before.name} → ${stop.name}`).toBe(false);
    });
  });

  it('never covers the glossary term that has focus with its own or another card', async () => {
    const page = await tab.visit('/sco-2025/');
    await page.locator('#opening').scrollIntoViewIfNeeded();
    await page.locator('.section[data-section="opening"] .copy-link-tool').focus();
    const covered: string[] = [];
    let terms = 0;
    while (terms < 12) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (!(await page.evaluate(() => document.activeElement?.matches('a.glossary-term')))) continue;
      terms += 1;
      await expect.poll(() => page.locator('#glossary-card').evaluate((card) => card.matches(':popover-open'))).toBe(true);
      const free = await page.evaluate(() => {
        const link = document.activeElement!;
        const box = link.getClientRects()[0]!;
        const at = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return at !== null && link.contains(at);
      });
      if (!free) covered.push(name);
    }
    expect(covered).toEqual([]);
  });

  it('lets “Link copied” go after a few seconds, and from the last section when another is copied', async () => {
    const page = await tab.visit('/sco-2025/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const status = (section: string) => page.locator(`.section[data-section="${section}"] [data-section-tools] [role="status"]`);
    await page.locator('.section[data-section="opening"] .copy-link-tool').click();
    await expect.poll(() => status('opening').textContent()).toBe('Link copied');
    await page.locator('.section[data-section="close-rapport"] .copy-link-tool').click();
    await expect.poll(() => status('close-rapport').textContent()).toBe('Link copied');
    await expect.poll(() => status('opening').textContent(), { timeout: 1_000 }).toBe('');
    await expect.poll(() => status('close-rapport').textContent(), { timeout: 15_000 }).toBe('');
  });
});

describe('the front page and the 404 page show where each story happens', () => {
  for (const path of ['/', '/no-such-page/']) {
    it(`shows ${path === '/' ? 'the front page’s' : 'the 404 page’s'} story with its map, not an image of its headline, dark in the dark scheme`, async () => {
      const page = await tab.visit(path, { colorScheme: 'dark' });
      const image = page.locator('.stories img').first();
      // The SCO story's locator map, named by the places it marks, in the scheme's own drawing.
      expect(await image.getAttribute('src')).toBe('/sco-2025/map-light.svg');
      expect(await image.getAttribute('alt')).toContain('Beijing');
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname)).toBe('/sco-2025/map-dark.svg');
      // The image as the page paints it: its pixels, averaged, once the scheme's drawing has loaded.
      const lightness = () =>
        image.evaluate(async (img: HTMLImageElement) => {
          await img.decode();
          const canvas = document.createElement('canvas');
          [canvas.width, canvas.height] = [120, 63];
          const context2d = canvas.getContext('2d')!;
          context2d.filter = getComputedStyle(img).filter;
          context2d.drawImage(img, 0, 0, canvas.width, canvas.height);
          const { data } = context2d.getImageData(0, 0, canvas.width, canvas.height);
          let sum = 0;
          for (let index = 0; index < data.length; index += 4) sum += (data[index]! + data[index + 1]! + data[index + 2]!) / 3;
          return sum / (data.length / 4) / 255;
        });
      await expect.poll(lightness).toBeLessThan(0.3);
      await page.emulateMedia({ colorScheme: 'light' });
      await expect.poll(lightness).toBeGreaterThan(0.7);
    });
  }
});
