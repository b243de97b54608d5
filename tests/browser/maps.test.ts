import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type StaticSite, useBrowserSite } from '../support/browser';
import { multiStoryDist, SYNTHETIC_STORIES } from '../support/multi-story-site';

let browser: Browser;
let site: StaticSite;

useBrowserSite((live) => ({ browser, site } = live));

/** Opens a page that records every request it sends and every refusal of its policy. */
async function recordingPage(width: number, colorScheme: 'light' | 'dark'): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    const refused: string[] = [];
    Object.assign(window, { refused });
    document.addEventListener('securitypolicyviolation', (event) => refused.push(`${event.violatedDirective}: ${event.blockedURI}`));
  });
  return { page, requests };
}

describe('the story map on the story page', () => {
  it.each([
    [360, 'light', '/sco-2025/map-light.svg'],
    [1280, 'dark', '/sco-2025/map-dark.svg'],
  ] as const)('loads at %i px in %s, once scrolled to, from the site alone and within its policy', async (width, scheme, file) => {
    const { page, requests } = await recordingPage(width, scheme);
    await page.goto(`${site.origin}/sco-2025/`);
    const img = page.locator('figure.story-map img');
    await img.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const map = document.querySelector<HTMLImageElement>('figure.story-map img');
      return map !== null && map.complete && map.naturalWidth > 0;
    });
    expect(await img.evaluate((map: HTMLImageElement) => new URL(map.currentSrc).pathname)).toBe(file);
    // Readable at 360 px: the map fills the column, so its 13 px labels are drawn at 0.8 of that size or more.
    const shown = await img.evaluate((map: HTMLImageElement) => map.getBoundingClientRect().width / map.naturalWidth);
    expect(shown).toBeGreaterThanOrEqual(0.75);
    expect(requests.filter((url) => !url.startsWith(site.origin))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { refused: string[] }).refused)).toEqual([]);
    await page.context().close();
  });
});

/** For each view of the map open in `page`, the labels that cover another label, a mark, or the view's edge. */
function labelClashes(page: Page) {
  return page.evaluate(() => {
    const clashes: string[] = [];
    const intersect = (a: DOMRect, b: DOMRect) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    for (const view of document.querySelectorAll('g[data-view]')) {
      const edge = view.querySelector<SVGRectElement>(':scope > rect')!.getBBox();
      const labels = [...view.querySelectorAll<SVGTextElement>(':scope > text')].map((text) => ({
        name: text.textContent!,
        box: text.getBBox(),
      }));
      const marks = [...view.querySelectorAll<SVGCircleElement>(':scope > circle')].map((mark) => ({
        name: mark.dataset['place']!,
        box: mark.getBBox(),
      }));
      const where = view.getAttribute('data-view');
      labels.forEach((label, index) => {
        for (const other of labels.slice(index + 1))
          if (intersect(label.box, other.box)) clashes.push(`${where}: ${label.name} on ${other.name}`);
        for (const mark of marks) if (intersect(label.box, mark.box)) clashes.push(`${where}: ${label.name} on the mark of ${mark.name}`);
        const { x, y, width, height } = label.box;
        if (x < edge.x || y < edge.y || x + width > edge.x + edge.width || y + height > edge.y + edge.height)
          clashes.push(`${where}: ${label.name} past the edge`);
      });
    }
    return clashes;
  });
}

describe('the labels of every map, measured in Chromium with its own fonts', () => {
  it('cover no other label, no mark and no edge on the SCO story’s map', async () => {
    const { page } = await recordingPage(1280, 'light');
    await page.goto(`${site.origin}/sco-2025/map-light.svg`);
    expect(await page.locator('text').count()).toBeGreaterThan(10);
    expect(await labelClashes(page)).toEqual([]);
    await page.context().close();
  });

  describe('on the synthetic stories’ maps', () => {
    let fixture: StaticSite;
    beforeAll(async () => {
      fixture = await serveDist(multiStoryDist());
    });
    afterAll(() => fixture.close());
    const mapped = () => SYNTHETIC_STORIES.filter(({ slug }) => readdirSync(join(multiStoryDist(), slug)).includes('map-light.svg'));

    it('cover nothing either', async () => {
      expect(mapped().length).toBeGreaterThan(0);
      const { page } = await recordingPage(1280, 'light');
      for (const { slug } of mapped()) {
        await page.goto(`${fixture.origin}/${slug}/map-light.svg`);
        expect(await labelClashes(page), slug).toEqual([]);
      }
      await page.context().close();
    });
  });
});
