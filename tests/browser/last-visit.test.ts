import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { distDir } from '../../fixtures/paths';
import { builtPage } from '../support/site';
import { type StaticSite, useBrowserSite, useTab } from '../support/browser';

let browser: Browser;
let site: StaticSite;

useBrowserSite((live) => ({ browser, site } = live));
const tab = useTab(() => ({ browser, site }));
// The visits that set Playwright's clock, which a context keeps once installed: a tab of their own kind.
const clockTab = useTab(() => ({ browser, site }), 'clock');

const KEY = 'last-visit:/sco-2025/';
const LINE = '.since-report [data-since-visit]';

/** Opens the story page on `day` (Playwright's clock), and waits until the script has recorded the visit. */
async function visit(page: Page, day: string, hash = ''): Promise<void> {
  await page.clock.setFixedTime(new Date(`${day}T09:00:00Z`));
  // From elsewhere, so that a visit with a hash loads the page anew rather than scrolling the one already open.
  await page.goto('about:blank');
  await page.goto(`${site.origin}/sco-2025/${hash}`);
  await page.waitForFunction(([key, today]) => localStorage.getItem(key) === today, [KEY, day] as const);
}

/** The ids of what the page marks as new: follow-ups by their line, corrections by the link to their log entry. */
function marked(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-new]')].map(
      (element) => element.id || element.querySelector('a')?.getAttribute('href'),
    ),
  );
}

/**
 * The layout shifts so far of anything in "Since this report" that no input caused (CLS's own rule), summed. Shifts
 * elsewhere have causes of their own (the header's Search widens to show its shortcut, on every page); that the box
 * moves nothing after it is measured by its height, which the line must not change.
 */
function boxShift(page: Page) {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node: Node | null }[] };
        new PerformanceObserver((list) => {
          const inBox = (list.getEntries() as Shift[]).filter(
            (entry) => !entry.hadRecentInput && entry.sources.some((source) => source.node?.parentElement?.closest('.since-report')),
          );
          resolve(inBox.reduce((sum, entry) => sum + entry.value, 0));
        }).observe({ type: 'layout-shift', buffered: true });
        // With no shift at all the observer is never called.
        setTimeout(() => resolve(0), 500);
      }),
  );
}

const boxHeight = (page: Page) => page.evaluate(() => document.querySelector('.since-report')!.getBoundingClientRect().height);

// The five follow-ups of content/stories/sco-2025/timeline.yaml were added on 7 December 2026, and three of the
// corrections of its corrections.yaml are of that day; the other five are of 1 December 2026.
const FOLLOW_UPS = [
  'event-busan-truce',
  'event-putin-india-visit',
  'event-india-penalty-revoked',
  'event-supreme-court-ieepa',
  'event-section-122-tariff',
];
const CORRECTED_ON_7_DECEMBER = [
  '/corrections/#correction-kyiv-attack-toll',
  '/corrections/#correction-modi-putin-car-time',
  '/corrections/#correction-multipolar-xi-words',
];

describe('what is new since the reader’s last visit', () => {
  it('shows nothing on a first visit, and keeps the day in local storage only, with no cookie', async () => {
    const page = await clockTab.open();
    await visit(page, '2026-12-03');
    expect(await page.locator(LINE).textContent()).toBe('');
    expect(await marked(page)).toEqual([]);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([KEY]);
    expect(await page.context().cookies()).toEqual([]);
  });

  for (const width of [360, 1280]) {
    it(`on a return visit marks what was added or corrected after it and says how many in one line, moving nothing, at ${width} px`, async () => {
      const page = await clockTab.open({ width });
      await visit(page, '2026-12-03', '#since-this-report');
      const heightBefore = await boxHeight(page);
      // Opened at the box, so that the line appears in view at every width, where a shift would count.
      await visit(page, '2026-12-08', '#since-this-report');
      const line = page.locator(LINE);
      await expect
        .poll(() => line.textContent())
        .toBe('8 updates since your last visit on 3 December 2026: 5 follow-ups, 3 corrections. Forget my last visit');
      expect(await line.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
        '#event-busan-truce',
        '#event-kyiv-attack',
      ]);
      expect(await marked(page)).toEqual([...FOLLOW_UPS, ...CORRECTED_ON_7_DECEMBER].toSorted((a, b) => order(a) - order(b)));
      expect(await boxShift(page)).toBe(0);
      expect(await boxHeight(page)).toBe(heightBefore);
    });
  }

  it('forgets the last visit in one click: the memory, the marks and the line', async () => {
    const page = await clockTab.open();
    await visit(page, '2026-11-30');
    await visit(page, '2026-12-08');
    await page.getByRole('button', { name: 'Forget my last visit' }).click();
    await expect.poll(() => page.locator(LINE).textContent()).toBe('Your last visit is forgotten.');
    expect(await marked(page)).toEqual([]);
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
    // The next visit is a first visit again.
    await visit(page, '2026-12-09');
    expect(await page.locator(LINE).textContent()).toBe('');
  });

  it('shows nothing without JavaScript', async () => {
    const page = await tab.visit('/sco-2025/', { javaScript: false });
    // A return visit: with JavaScript, a visit stored this long ago would mark what came since and say so.
    await page.evaluate((key) => localStorage.setItem(key, '2025-09-01'), KEY);
    await page.reload();
    expect(await page.locator(LINE).textContent()).toBe('');
    expect(await page.locator('.since-intro').isVisible()).toBe(true);
    await tab.leave(page);
  });
});

/** Where each marked item stands on the page: the follow-ups in the box at the top, then the corrected items in reading order (the timeline's events, then the who's who). */
function order(id: string | undefined): number {
  return [...FOLLOW_UPS, ...CORRECTED_ON_7_DECEMBER].indexOf(id ?? '');
}

describe('the script that compares the last visit', () => {
  // Since 7 December 2026 the story page's one script stores the day; this code loads only on a return visit.
  it('is one chunk of its own, under 1.5 kB gzip, which the story page does not load with it', () => {
    const chunks = readdirSync(join(distDir, '_astro')).filter((name) => /^timeline-last-visit\.[\w-]+\.js$/.test(name));
    expect(chunks).toHaveLength(1);
    expect(builtPage('/sco-2025/')(`script[src*="last-visit"], link[href*="last-visit"]`)).toHaveLength(0);
    const source = readFileSync(join(distDir, '_astro', chunks[0]!));
    // It imports nothing: what it needs is all in this file.
    expect(source.toString()).not.toMatch(/\bimport\b/);
    expect(gzipSync(source, { level: 9 }).length).toBeLessThan(1536);
  });
});
