import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { holdBack, PAGEFIND_FILES, type StaticSite, type Tab, useBrowserSite, useTab } from '../support/browser';
import { multiStoryDist } from '../support/multi-story-site';
import { storyPath } from '../../src/lib/routes';
import { SCO as SCO_SLUG } from '../support/story';

/*
 * Search across stories in Chromium: on the multi-story fixture, a story
 * page's search keeps to its story until the reader widens it, and results
 * from several stories name theirs; on the real, single-story site, search
 * shows neither the control nor the story names.
 */

const SCO = 'Xi hosts Putin and Modi: the 2025 SCO summit, explained';
const BETA = 'Synthetic test story synthetic-beta: not news';

/**
 * Opens `path` in the describe block's shared tab; with `coldCache`, for a test that counts what the page requests.
 * `leave` ends the visit.
 */
async function open(
  tab: Tab,
  origin: string,
  path: string,
  options: { coldCache?: boolean } = {},
): Promise<{ page: Page; errors: string[]; requests: string[]; leave: () => Promise<void> }> {
  const page = await tab.open(options);
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${origin}${path}`);
  return { page, errors, requests, leave: () => tab.leave(page) };
}

const statusText = (page: Page) => page.locator('#search-dialog [data-search-status]').textContent();
/** The first path segment of each result: the story it leads to. */
const hitStories = (page: Page) =>
  page
    .locator('.search-hit')
    .evaluateAll((links) => [...new Set(links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split('/')[1]))]);
const storyLabels = (page: Page) => page.locator('.search-hit .search-hit-story').allTextContents();
const widen = (page: Page) => page.getByRole('checkbox', { name: 'Search all stories' });
const placesFiles = (requests: readonly string[]) => requests.filter((url) => url.startsWith('/search/places/'));
/** Whether the results on screen are the early answer, shown while Pagefind loads. */
const early = (page: Page) => page.locator('[data-search-results]').getAttribute('aria-busy');
const modiCard = (page: Page) => page.getByRole('group', { name: 'Glossary: Narendra Modi' });

describe('search across the stories of the multi-story fixture', () => {
  let browser: Browser;
  let site: StaticSite;
  useBrowserSite((live) => ({ browser, site } = live), multiStoryDist());
  const tab = useTab(() => ({ browser, site }));

  it('keeps to the story on a story page, widens to every story with one checkbox, and back', async () => {
    const { page, errors, leave } = await open(tab, site.origin, '/synthetic-beta/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Modi');
    await expect.poll(() => statusText(page)).toMatch(/^\d+ passages? mentions? Narendra Modi(,|:) .+\. In this story only\.$/);
    expect(await hitStories(page)).toEqual(['synthetic-beta']);
    expect(await storyLabels(page)).toEqual([]);
    expect(await widen(page).isChecked()).toBe(false);

    // The keyboard reaches the control from the field, and Space ticks it.
    await widen(page).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => statusText(page)).toMatch(/ In all 4 stories\.$/);
    expect(await widen(page).isChecked()).toBe(true);
    expect((await hitStories(page)).toSorted()).toEqual(['sco-2025', 'synthetic-alpha', 'synthetic-beta', 'synthetic-gamma']);
    // Every result names its story, by its headline.
    const labels = await storyLabels(page);
    expect(labels.length).toBe(await page.locator('.search-hit').count());
    expect(new Set(labels)).toEqual(
      new Set([
        `Story: ${SCO}`,
        `Story: ${BETA}`,
        'Story: Synthetic test story synthetic-alpha: not news',
        'Story: Synthetic test story synthetic-gamma: not news',
      ]),
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-widen');

    await page.keyboard.press('Space');
    await expect.poll(() => statusText(page)).toMatch(/ In this story only\.$/);
    expect(await hitStories(page)).toEqual(['synthetic-beta']);
    expect(await storyLabels(page)).toEqual([]);
    expect(errors).toEqual([]);
    await leave();
  });

  it('answers a name on a story page, before Pagefind runs, from that story’s places alone', async () => {
    // It counts the places files requested: a context of its own, from a cold cache.
    const { page, errors, requests, leave } = await open(tab, site.origin, '/synthetic-beta/', { coldCache: true });
    const pagefind = await holdBack(page, PAGEFIND_FILES);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Modi');
    await expect.poll(() => modiCard(page).isVisible()).toBe(true);
    expect(await early(page)).toBe('true');
    // Every section of a synthetic story names Modi (fixtures/synthetic-stories.ts). The card may come from the names
    // file before the places file has answered, and Playwright reports a request to the test a moment after the page
    // made it: both are polled, never read once.
    await expect.poll(() => page.locator('.search-hit').count()).toBe(8);
    expect(await hitStories(page)).toEqual(['synthetic-beta']);
    await expect.poll(() => placesFiles(requests)).toEqual(['/search/places/synthetic-beta.json']);

    pagefind.release();
    await expect.poll(() => statusText(page)).toMatch(/ In this story only\.$/);
    expect(await hitStories(page)).toEqual(['synthetic-beta']);
    expect(errors).toEqual([]);
    await leave();
  });

  it('answers a name widened to every story, before Pagefind runs, with its card alone, then with every story’s results', async () => {
    const { page, errors, leave } = await open(tab, site.origin, '/synthetic-beta/');
    const pagefind = await holdBack(page, PAGEFIND_FILES);
    // The box is shown only once Pagefind runs, but a browser restores it ticked when the reader comes back to the page.
    await page.evaluate(() => {
      document.querySelector<HTMLInputElement>('[data-search-widen]')!.checked = true;
    });
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Modi');
    await expect.poll(() => modiCard(page).isVisible()).toBe(true);
    expect(await early(page)).toBe('true');
    expect(await page.locator('.search-hit').count()).toBe(0);

    pagefind.release();
    await expect.poll(() => statusText(page)).toMatch(/ In all 4 stories\.$/);
    expect((await hitStories(page)).toSorted()).toEqual(['sco-2025', 'synthetic-alpha', 'synthetic-beta', 'synthetic-gamma']);
    expect(await modiCard(page).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await leave();
  });

  it('opens a ?q= link on a story page scoped to that story', async () => {
    const { page, errors, leave } = await open(tab, site.origin, '/synthetic-beta/?q=Modi');
    await expect.poll(() => statusText(page)).toMatch(/ In this story only\.$/);
    expect(await hitStories(page)).toEqual(['synthetic-beta']);
    expect(await widen(page).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await leave();
  });

  it('searches every story from the front page, naming each result’s story, with no control to widen', async () => {
    // It counts the places files requested: a context of its own, from a cold cache.
    const { page, errors, requests, leave } = await open(tab, site.origin, '/?q=Modi', { coldCache: true });
    // The full results, not the early answer from the names file that may come first (it names no story).
    await expect.poll(() => page.locator('[data-search-results]').getAttribute('data-query')).toBe('Modi');
    await expect.poll(async () => (await hitStories(page)).length).toBe(4);
    expect(await storyLabels(page)).toContain(`Story: ${BETA}`);
    expect(await widen(page).isVisible()).toBe(false);
    expect(await statusText(page)).toMatch(/^\d+ passages mention Narendra Modi: \d+ in the \w+.*\.$/);
    // The card counts the mentions of every story, and says in how many.
    expect(await page.locator('.search-card-count').textContent()).toMatch(/^\d+ mentions in 4 stories$/);
    // Its early answer, if any, was the card alone: the front page is of no one story.
    expect(placesFiles(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await leave();
  });
});

describe('search on the real, single-story site', () => {
  let browser: Browser;
  let site: StaticSite;
  useBrowserSite((live) => ({ browser, site } = live));
  const tab = useTab(() => ({ browser, site }));

  it('finds the story’s passages with neither a control to widen nor story names', async () => {
    const { page, errors, leave } = await open(tab, site.origin, `${storyPath(SCO_SLUG)}?q=Modi`);
    await expect.poll(() => statusText(page)).toMatch(/^\d+ passages mention Narendra Modi: \d+ in the \w+.*\.$/);
    expect(await hitStories(page)).toEqual(['sco-2025']);
    expect(await storyLabels(page)).toEqual([]);
    expect(await widen(page).isVisible()).toBe(false);
    expect(await page.locator('.search-card-count').textContent()).toMatch(/^\d+ mentions in the article$/);
    expect(errors).toEqual([]);
    await leave();
  });
});
