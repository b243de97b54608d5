import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { holdBack, PAGEFIND_FILES, type StaticSite, useBrowserSite, useTab } from '../support/browser';

/*
 * Search on a slow connection, with Pagefind's downloads held back by the
 * test: what the first query needs starts at once from intent, and a name is
 * answered from the names file and the story's places file before Pagefind
 * runs.
 */

let browser: Browser;
let site: StaticSite;

useBrowserSite((live) => ({ browser, site } = live));
const tab = useTab(() => ({ browser, site }));
/** Opens `path` in the file's shared tab; with `coldCache`, for a test that counts what the page requests. */
async function open(path: string, options: { coldCache?: boolean } = {}): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const requests: string[] = [];
  const errors: string[] = [];
  const page = await tab.visit(path, {
    ...options,
    beforeNavigate: (page) => {
      page.on('request', (request) => requests.push(new URL(request.url()).pathname + new URL(request.url()).search));
      page.on('pageerror', (error) => errors.push(error.message));
    },
  });
  return { page, requests, errors };
}

const hitAnchors = (page: Page) =>
  page.locator('.search-hit').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).hash));
const groupLabels = (page: Page) => page.locator('.search-group-label').allTextContents();

/** Asks for "modi" while Pagefind is held back: the name's card answers first, and the results are still busy. */
async function askForModiWhileSearchLoads(page: Page): Promise<{ card: Locator; results: Locator }> {
  await page.keyboard.press('Control+k');
  await page.keyboard.type('modi');
  const card = page.getByRole('group', { name: 'Glossary: Narendra Modi' });
  await expect.poll(() => card.isVisible()).toBe(true);
  const results = page.locator('[data-search-results]');
  expect(await results.getAttribute('aria-busy')).toBe('true');
  return { card, results };
}

describe('search on a slow phone', () => {
  it('fetches Pagefind’s files, the names and the story’s places together from intent, not one after another, and each only once', async () => {
    const { page, requests, errors } = await open('/sco-2025/', { coldCache: true });
    // Neither Pagefind's own script nor the dialog's code arrives until released: whatever either would ask for must
    // already be on its way.
    const script = await holdBack(page, /\/pagefind\/pagefind\.js$|\/_astro\/search-dialog\.[\w-]+\.js$/);
    await page.getByRole('button', { name: 'Search' }).hover();
    const wanted = [
      /^\/search\/names\.json$/,
      /^\/search\/places\/sco-2025\.json$/,
      /^\/pagefind\/pagefind-entry\.json\?ts=\w+$/,
      /^\/pagefind\/pagefind\.en-gb_\w+\.pf_meta$/,
      /^\/pagefind\/wasm\.en-gb\.pagefind$/,
      /^\/pagefind\/index\/en-gb_\w+\.pf_index$/,
      /^\/pagefind\/fragment\/en-gb_\w+\.pf_fragment$/,
      /^\/pagefind\/filter\/en-gb_\w+\.pf_filter$/,
    ];
    for (const pattern of wanted) await expect.poll(() => requests.some((url) => pattern.test(url))).toBe(true);
    expect(
      script
        .held()
        .map((path) => path.replace(/\.[\w-]+\.js$/, '.js'))
        .sort(),
    ).toEqual(['/_astro/search-dialog.js', '/pagefind/pagefind.js']);

    script.release();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('modi');
    await expect.poll(() => page.locator('[data-search-results]').getAttribute('data-query')).toBe('modi');
    // Pagefind's own requests were served by the downloads started on intent: none of its files went out twice.
    const pagefindFiles = requests.filter((url) => url.startsWith('/pagefind/'));
    expect(pagefindFiles.length).toBeGreaterThan(6);
    expect(pagefindFiles).toEqual([...new Set(pagefindFiles)]);
    // Pagefind asked for its entry file at the address that was preloaded, not at one of its own.
    expect(pagefindFiles.filter((url) => url.startsWith('/pagefind/pagefind-entry.json'))).toHaveLength(1);
    expect(requests.filter((url) => url === '/search/names.json')).toHaveLength(1);
    expect(requests.filter((url) => url.startsWith('/search/places/'))).toEqual(['/search/places/sco-2025.json']);
    expect(errors).toEqual([]);
    await tab.leave(page);
  });

  it('answers a name from the names and the story’s places while Pagefind loads, then shows the full results in its place, announced once', async () => {
    const { page, errors } = await open('/sco-2025/');
    const pagefind = await holdBack(page, PAGEFIND_FILES);
    // Every text the status line takes, in order: a screen reader announces each one.
    await page.evaluate(() => {
      const status = document.querySelector('[data-search-status]')!;
      const seen: string[] = [];
      (window as unknown as { statusTexts: string[] }).statusTexts = seen;
      new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    const { card, results } = await askForModiWhileSearchLoads(page);
    expect(await results.getAttribute('data-query')).toBeNull();
    expect(pagefind.held().length).toBeGreaterThan(0);
    // The places of the story that name Modi, in page order, each a whole-word match.
    expect(await hitAnchors(page)).toEqual(['#source-headline', '#ukraine-war', '#shoulder-to-shoulder']);
    expect(new Set(await page.locator('.search-hit mark').allTextContents())).toEqual(new Set(['Modi']));
    expect(await groupLabels(page)).toEqual(['In the article']);

    // The reader moves into the list before the full results come (past the card's link and the headline): they stay
    // on the same result.
    for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowDown');
    const chosen = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    expect(chosen).toBe('/sco-2025/#ukraine-war');

    pagefind.release();
    await expect.poll(() => results.getAttribute('data-query')).toBe('modi');
    expect(await results.getAttribute('aria-busy')).toBeNull();
    // The full results add the timeline's events to the article's places (his entry is the card, not a result).
    expect(await groupLabels(page)).toContain('Timeline');
    expect(await card.isVisible()).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'))).toBe(chosen);
    const statusTexts = await page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
    expect(statusTexts).toHaveLength(2);
    expect(statusTexts[0]).toBe('Loading search…');
    expect(statusTexts[1]).toMatch(/^\d+ passages mention Narendra Modi: \d+ in the \w+.*\.$/);
    expect(errors).toEqual([]);
    await tab.leave(page);
  });

  it('answers a name with its card alone when the story’s places do not load, then with the full results', async () => {
    const { page, errors } = await open('/sco-2025/');
    await page.route(/\/search\/places\//, (route) => route.abort());
    const pagefind = await holdBack(page, PAGEFIND_FILES);
    const { results } = await askForModiWhileSearchLoads(page);
    expect(await page.locator('.search-hit').count()).toBe(0);

    pagefind.release();
    await expect.poll(() => results.getAttribute('data-query')).toBe('modi');
    expect(await hitAnchors(page)).toEqual(expect.arrayContaining(['#ukraine-war', '#shoulder-to-shoulder']));
    expect(errors).toEqual([]);
    await tab.leave(page);
  });

  it('answers a name with its card alone on a page of no one story, which loads no places, then with the full results', async () => {
    const { page, requests, errors } = await open('/', { coldCache: true });
    const pagefind = await holdBack(page, PAGEFIND_FILES);
    await askForModiWhileSearchLoads(page);
    expect(await page.locator('.search-hit').count()).toBe(0);

    pagefind.release();
    await expect.poll(() => page.locator('[data-search-results]').getAttribute('data-query')).toBe('modi');
    expect(await hitAnchors(page)).toEqual(expect.arrayContaining(['#ukraine-war', '#shoulder-to-shoulder']));
    expect(requests.filter((url) => url.startsWith('/search/places/'))).toEqual([]);
    expect(errors).toEqual([]);
    await tab.leave(page);
  });

  it('waits for Pagefind for an ordinary word, which the names file cannot answer', async () => {
    const { page } = await open('/sco-2025/');
    const pagefind = await holdBack(page, PAGEFIND_FILES);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('onslaught');
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Loading search…');
    // The names file has arrived by the time the dialog's code runs a query; still nothing is shown for a word.
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName(new URL('/search/names.json', location.href).href).length))
      .toBe(1);
    expect(await page.locator('.search-hit').count()).toBe(0);
    pagefind.release();
    await expect.poll(() => hitAnchors(page)).toEqual(['#since-alaska']);
    await tab.leave(page);
  });
});
