import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type StaticSite, useBrowserSite, useTab } from '../support/browser';

let browser: Browser;
let site: StaticSite;

useBrowserSite((live) => ({ browser, site } = live));
const tab = useTab(() => ({ browser, site }));

/** The story in the file's tab, on screen (useTab undoes the print of a test before). */
function visitStory(): Promise<Page> {
  return tab.visit('/sco-2025/');
}

/** Every event of the story's timeline, as content/ lists them: the printed timeline must keep each one. */
const EVENTS = (parse(readFileSync(new URL('../../content/stories/sco-2025/timeline.yaml', import.meta.url), 'utf8')) as unknown[]).length;

describe('the explainer printed', () => {
  it('leaves out the tools, the cards and search, starts the timeline on a new page and never splits an event', async () => {
    const page = await visitStory();
    // A card open on screen, so that print has one to leave out.
    await page.locator('.prose a.glossary-term').first().hover();
    await expect.poll(() => page.locator('#glossary-card').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const displayed = (selector: string) =>
        [...document.querySelectorAll<HTMLElement>(selector)]
          .filter((element) => element.checkVisibility())
          .map((element) => element.className);
      const timeline = document.querySelector<HTMLElement>('section.timeline')!;
      const events = [...document.querySelectorAll<HTMLElement>('.timeline .event')];
      return {
        tools: displayed('.search-launch, .search-button, .section-tools, .heading-permalink, .quote-bar, [data-theme-toggle]'),
        cards: displayed('#glossary-card, .glossary-card'),
        search: displayed('#search-dialog, .search-box, [data-hash-notice]'),
        contents: displayed('.explainer-contents'),
        timelineBreak: getComputedStyle(timeline).breakBefore,
        // The follow-ups print in "Since this report" at the top, one line each, the others in the timeline.
        events: [...events, ...document.querySelectorAll<HTMLElement>('.since-report li')].filter((event) => event.checkVisibility())
          .length,
        eventBreaks: [...new Set(events.map((event) => getComputedStyle(event).breakInside))],
      };
    });
    expect(printed).toEqual({
      tools: [],
      cards: [],
      search: [],
      contents: [],
      timelineBreak: 'page',
      events: EVENTS,
      eventBreaks: ['avoid'],
    });
    expect(EVENTS).toBeGreaterThan(20);
    // On screen, the same page has its tools and an unbroken flow: the rules above belong to print alone.
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.search-button').isVisible()).toBe(true);
    expect(await page.locator('section.timeline').evaluate((timeline) => getComputedStyle(timeline).breakBefore)).toBe('auto');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`prints the masthead’s “explained” and the note numbers in the light palette, in the ${colorScheme} scheme`, async () => {
      const page = await visitStory();
      await page.emulateMedia({ media: 'print', colorScheme });
      const colours = await page.evaluate(() => ({
        paper: getComputedStyle(document.body).backgroundColor,
        explained: getComputedStyle(document.querySelector('.site-name span')!).color,
        noteNumber: getComputedStyle(document.querySelector('.note-ref a')!).color,
      }));
      // The light theme's accent (#a3261b) for the word, black for the note numbers, on white paper.
      expect(colours).toEqual({ paper: 'rgb(255, 255, 255)', explained: 'rgb(163, 38, 27)', noteNumber: 'rgb(0, 0, 0)' });
    });
  }

  it('prints the address after each source and after the Corrections link, and after no other link', async () => {
    const page = await visitStory();
    await page.emulateMedia({ media: 'print' });
    const after = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((link) => getComputedStyle(link, '::after').content);
    const sources = await page
      .locator('.source-list a')
      .evaluateAll((links) => links.map((link) => [getComputedStyle(link, '::after').content, `" (${link.getAttribute('href')})"`]));
    expect(sources.length).toBeGreaterThan(5);
    for (const [printed, address] of sources) expect(printed).toBe(address);
    // The site's address is content/site.yaml's: paper needs the whole address, not the path.
    expect(await after('.article-header a[href="/corrections/"]')).toBe('" (https://sco-2025.example.org/corrections/)"');
    expect(await after('.prose a.glossary-term')).toBe('none');
    await page.emulateMedia({ media: 'screen' });
    expect(await after('.source-list a')).toBe('none');
  });
});
