import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type StaticSite, useBrowserSite, useTab } from '../support/browser';
import { multiStoryDist, SYNTHETIC_STORIES } from '../support/multi-story-site';
import { recordRefusals, refusedOn } from '../support/refusals';

let browser: Browser;
let site: StaticSite;

useBrowserSite((live) => ({ browser, site } = live));
const tab = useTab(() => ({ browser, site }));

/** Opens the tab with a cold cache, recording every request it sends and every refusal of its policy. */
async function recordingPage(width: number, colorScheme: 'light' | 'dark'): Promise<{ page: Page; requests: string[] }> {
  const page = await tab.open({ width, colorScheme, coldCache: true, initScript: recordRefusals });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  return { page, requests };
}

describe('the story map on the story page', () => {
  it.each([
    [360, 'light', '/sco-2025/map-light-narrow.svg'],
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
    // Readable: the smallest label's font size, as the drawing sets it, times the scale the page shows the drawing at.
    const smallest = await img.evaluate(async (map: HTMLImageElement) => {
      const drawing = new DOMParser().parseFromString(await (await fetch(map.currentSrc)).text(), 'image/svg+xml');
      const sizes = [...drawing.querySelectorAll('text')].map((text) => Number(text.getAttribute('font-size')));
      const drawnWidth = Number(drawing.documentElement.getAttribute('viewBox')!.split(' ')[2]);
      return (Math.min(...sizes) * map.getBoundingClientRect().width) / drawnWidth;
    });
    expect(smallest).toBeGreaterThanOrEqual(11);
    expect(requests.filter((url) => !url.startsWith(site.origin))).toEqual([]);
    expect(await refusedOn(page)).toEqual([]);
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

/**
 * For each view of the map open in `page` (drawn at 1:1), the labels a reader could take for another place: a
 * country's name whose anchor point (where its text is anchored, halfway up) is neither on its own shape nor within
 * `near` pixels of it, or is on another shaded country; a city's name more than `near` pixels from its mark.
 */
function labelsAstray(page: Page, near: number) {
  return page.evaluate((near) => {
    const astray: string[] = [];
    const shapesAt = (x: number, y: number) =>
      document
        .elementsFromPoint(x, y)
        .flatMap((element) => (element instanceof SVGPathElement && element.dataset['country'] ? [element] : []));
    for (const view of document.querySelectorAll('g[data-view]')) {
      const where = view.getAttribute('data-view');
      for (const text of view.querySelectorAll<SVGTextElement>(':scope > text')) {
        const box = text.getBoundingClientRect();
        const country = text.dataset['country'];
        if (country) {
          const [x, y] = [text.x.baseVal[0]!.value, box.y + box.height / 2];
          const around = [
            [0, 0],
            ...Array.from({ length: 16 }, (_, step) => [Math.cos((step * Math.PI) / 8), Math.sin((step * Math.PI) / 8)]),
          ];
          const own = (element: SVGPathElement) => element.dataset['country'] === country && view.contains(element);
          if (!around.some(([dx, dy]) => shapesAt(x + dx! * near, y + dy! * near).some(own)))
            astray.push(`${where}: ${text.textContent} is not on or by its country`);
          for (const other of shapesAt(x, y).filter((element) => element.dataset['country'] !== country && view.contains(element)))
            astray.push(`${where}: ${text.textContent} is on country ${other.dataset['country']}`);
        }
        const mark = [...view.querySelectorAll<SVGCircleElement>(':scope > circle')].find(
          (circle) => circle.dataset['place'] === text.textContent,
        );
        if (mark) {
          const [cx, cy] = [mark.cx.baseVal.value, mark.cy.baseVal.value];
          const distance = Math.hypot(Math.max(box.x - cx, 0, cx - box.right), Math.max(box.y - cy, 0, cy - box.bottom));
          if (distance > near) astray.push(`${where}: ${text.textContent} is ${distance.toFixed(1)} px from its mark`);
        }
      }
    }
    return astray;
  }, near);
}

describe('the labels of every map, measured in Chromium with its own fonts', () => {
  it.each(['map-light.svg', 'map-light-narrow.svg'])('cover no other label, no mark and no edge on the SCO story’s %s', async (file) => {
    const page = await tab.visit(`/sco-2025/${file}`);
    expect(await page.locator('text').count()).toBeGreaterThan(10);
    expect(await labelClashes(page)).toEqual([]);
  });

  it.each([
    // Six countries, Ukraine's name in a closer view; a phone's map leaves off North Korea's, which has no clear place.
    ['map-light.svg', 6],
    ['map-light-narrow.svg', 5],
  ] as const)(
    'stand on or within 8 px of what they name on the SCO story’s %s, a country’s name on no other shaded country',
    async (file, names) => {
      const page = await tab.visit(`/sco-2025/${file}`);
      expect(await page.locator('text[data-country]').count()).toBe(names);
      expect(await labelsAstray(page, 8)).toEqual([]);
    },
  );

  describe('on the synthetic stories’ maps', () => {
    let fixture: StaticSite;
    beforeAll(async () => {
      fixture = await serveDist(multiStoryDist());
    });
    afterAll(() => fixture.close());
    const mapped = () => SYNTHETIC_STORIES.filter(({ slug }) => readdirSync(join(multiStoryDist(), slug)).includes('map-light.svg'));

    it('cover nothing either, and stand by what they name', async () => {
      expect(mapped().length).toBeGreaterThan(0);
      // The fixture's drawings in the shared tab: a drawing runs no script, so the other site's storage plays no part.
      const page = await tab.open();
      for (const { slug } of mapped())
        for (const file of ['map-light.svg', 'map-light-narrow.svg']) {
          await page.goto(`${fixture.origin}/${slug}/${file}`);
          expect(await labelClashes(page), `${slug}/${file}`).toEqual([]);
          expect(await labelsAstray(page, 8), `${slug}/${file}`).toEqual([]);
        }
    });
  });
});
