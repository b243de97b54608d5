import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type StaticSite, useBrowserSite, useTab } from '../support/browser';
import { multiStoryDist } from '../support/multi-story-site';
import { showScheme } from '../support/targets';

let browser: Browser;
let site: StaticSite;

// The multi-story fixture: the SCO story (its timeline as in content/) and three synthetic stories of one event each.
useBrowserSite((live) => ({ browser, site } = live), multiStoryDist());
const tab = useTab(() => ({ browser, site }));

/** The axis' labels, in order, for the SCO story's timeline.yaml: a year per segment, a month where the year goes on. */
const SCO_LABELS = ['2001', '2014', '2018', '2022', '2024', '2025', 'Jul', 'Aug', 'Sept', 'Oct', 'Dec', '2026', 'Report'];
/** The SCO story's follow-ups, the events of its timeline.yaml marked `followUp`. */
const SCO_FOLLOW_UPS = ['busan-truce', 'putin-india-visit', 'india-penalty-revoked', 'supreme-court-ieepa', 'section-122-tariff'];
/** The events of the SCO story's timeline.yaml. */
const SCO_EVENTS = 38;

/** The axis drawing that shows at the page's width: across a wide screen, down a narrow one. */
const shownAxis = (page: Page) => page.locator('svg.time-axis:visible');

/** Each label of the shown axis, with its box, in order along the axis. */
function labelBoxes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGTextElement>('svg.time-axis text')]
      .filter((text) => text.checkVisibility())
      .map((text) => {
        const { left, right, top, bottom } = text.getBoundingClientRect();
        return { text: text.textContent.trim(), left, right, top, bottom };
      }),
  );
}

describe('the time axis of a story’s timeline, in Chromium', () => {
  for (const [width, drawing] of [
    [360, 'down'],
    [1280, 'across'],
  ] as const) {
    it(`draws the SCO story’s events ${drawing} the page at ${width} px, its labels apart and inside the page`, async () => {
      const page = await tab.visit('/timeline/sco-2025/', { width });
      await expect(page.locator('svg.time-axis:visible').count()).resolves.toBe(1);
      await expect(shownAxis(page).getAttribute('class')).resolves.toContain(drawing);
      const labels = await labelBoxes(page);
      const byPosition = (a: (typeof labels)[number], b: (typeof labels)[number]) =>
        drawing === 'across' ? a.left - b.left : a.top - b.top;
      expect(
        labels
          .filter((label) => label.text !== 'Report')
          .sort(byPosition)
          .map((label) => label.text),
      ).toEqual(SCO_LABELS.filter((label) => label !== 'Report'));
      expect(labels.map((label) => label.text).sort()).toEqual([...SCO_LABELS].sort());
      for (const [index, a] of labels.entries()) {
        expect(a.left, a.text).toBeGreaterThanOrEqual(0);
        expect(a.right, a.text).toBeLessThanOrEqual(width);
        for (const b of labels.slice(index + 1)) {
          const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          expect(apart, `“${a.text}” and “${b.text}” overlap`).toBe(true);
        }
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    });
  }

  it('links each mark to its event in the list, and a click there lands on the event', async () => {
    const page = await tab.visit('/timeline/sco-2025/');
    const hrefs = await shownAxis(page)
      .locator('a.axis-mark')
      .evaluateAll((marks) => marks.map((mark) => mark.getAttribute('href') ?? ''));
    expect(hrefs).toHaveLength(SCO_EVENTS);
    expect(new Set(hrefs).size).toBe(SCO_EVENTS);
    const missing = await page.evaluate((all) => all.filter((href) => !document.getElementById(href.slice(1))?.closest('li.event')), hrefs);
    expect(missing).toEqual([]);
    await shownAxis(page).locator('a[href="#sco-2025--event-sco-founded"]').click();
    await page.waitForURL(`${site.origin}/timeline/sco-2025/#sco-2025--event-sco-founded`);
    await page.waitForFunction(() => {
      const top = document.getElementById('sco-2025--event-sco-founded')!.getBoundingClientRect().top;
      return top >= 0 && top < innerHeight;
    });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`draws the follow-ups open and the report’s events filled, in the ${colorScheme} theme`, async () => {
      const page = await tab.visit('/timeline/sco-2025/');
      await showScheme(page, colorScheme);
      const marks = await shownAxis(page)
        .locator('a.axis-mark > :not(title)')
        .evaluateAll((shapes) => {
          const background = getComputedStyle(document.body).backgroundColor;
          return shapes.map((shape) => {
            const style = getComputedStyle(shape);
            const id = shape.parentElement!.getAttribute('href')!.replace('#sco-2025--event-', '');
            return { id, open: style.fill === background && style.stroke !== background && style.stroke !== 'none' };
          });
        });
      expect(marks.filter((mark) => mark.open).map((mark) => mark.id)).toEqual(SCO_FOLLOW_UPS);
    });
  }

  it('leaves the events to the list for a screen reader and the keyboard: the figure reads as its caption alone', async () => {
    const page = await tab.visit('/timeline/sco-2025/');
    const figure = page.locator('figure.time-axis-figure');
    const snapshot = await figure.ariaSnapshot();
    // One line: the figure, named by its caption, with nothing inside it for assistive technology.
    expect(snapshot).toMatch(/^- figure "The events below drawn to scale[^\n]* The list below holds the same events, in words\."$/);
    // Tab from the filter's last choice goes past the axis, to the first link of the list.
    await page.locator('nav.filter a').last().focus();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('figure') === null)).resolves.toBe(true);
  });

  it('draws a synthetic story’s axis from its own one event', async () => {
    const page = await tab.visit('/timeline/synthetic-beta/');
    const axis = shownAxis(page);
    // synthetic-beta (tests/support/multi-story-site.ts): one event, on its report's day, 20 November 2025.
    await expect(axis.locator('a.axis-mark').evaluateAll((marks) => marks.map((mark) => mark.getAttribute('href')))).resolves.toEqual([
      '#synthetic-beta--event-synthetic-beta-event',
    ]);
    await expect(axis.locator('text').allTextContents()).resolves.toEqual(['Report', '2025']);
    await expect(axis.locator('.axis-break').getAttribute('d')).resolves.toBe('');
  });

  it('prints the axis down the page, within it', async () => {
    const page = await tab.visit('/timeline/sco-2025/');
    await page.emulateMedia({ media: 'print' });
    await page.waitForFunction(() => matchMedia('print').matches);
    await expect(shownAxis(page).getAttribute('class')).resolves.toContain('down');
    const box = await shownAxis(page).boundingBox();
    const column = await page.locator('.site-timeline').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(column!.x + column!.width);
  });
});
