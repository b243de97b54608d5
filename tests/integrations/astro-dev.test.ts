import type { ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticSite, useBrowserSite, useTab } from '../support/browser';
import { editableCopy } from '../../fixtures/content-copy';
import { startDev } from '../support/dev-server';
import { multiStoryDist, multiStoryRoot } from '../support/multi-story-site';

/*
 * The run's one `astro dev` server, on the multi-story fixture: it holds the draft story "seed-copy" that
 * `npm run new-story` imported, and its dist/ holds the last build's search index, which the dev server lends.
 */

const DRAFT_META = 'content/stories/seed-copy/story.yaml';

let server: ChildProcess | undefined;
let origin: string;
let browser: Browser;
let site: StaticSite;
/** The draft's story.yaml as the fixture's build saw it, put back afterwards: other files read the same fixture. */
let builtDraftMeta: string | undefined;

// The browser and its tab: the static copy of the fixture that comes with them is only where the tab empties its
// storage between visits; the visits go to the dev server.
useBrowserSite((live) => ({ browser, site } = live), multiStoryDist());
const tab = useTab(() => ({ browser, site }));

beforeAll(async () => {
  const fixture = editableCopy(multiStoryRoot());
  builtDraftMeta = fixture.read(DRAFT_META);
  // An editor fills in what the importer left empty; the story stays a draft, which only `astro dev` shows.
  fixture.replace(DRAFT_META, 'published: ""', 'published: "2025-09-01"');
  fixture.replace(DRAFT_META, 'outlet: ""', 'outlet: "Test outlet"');
  fixture.replace(DRAFT_META, '\n  url: ""', '');
  fixture.replace(DRAFT_META, 'headline: ""', 'headline: "Draft headline of a test import"');
  ({ origin, server } = await startDev(multiStoryRoot()));
  // The first visit has Vite transform and optimise every module the page needs, which on a busy machine took longer
  // than Playwright's 30 s for a navigation; it happens here, once, so that the tests time the search alone.
  const page = await tab.open();
  await page.goto(`${origin}/sco-2025/`, { waitUntil: 'networkidle', timeout: 150_000 });
}, 300_000);
afterAll(() => {
  server?.kill();
  if (builtDraftMeta !== undefined) editableCopy(multiStoryRoot()).write(DRAFT_META, builtDraftMeta);
});

async function searchFor(page: Page, query: string): Promise<void> {
  // The dev server may reload the page once while Vite optimises dependencies.
  await page.goto(`${origin}/sco-2025/`, { waitUntil: 'networkidle' });
  await page.keyboard.press('Control+k');
  await page.keyboard.type(query);
}

describe('search under astro dev', () => {
  it('searches the last build’s index', async () => {
    const page = await tab.open();
    await searchFor(page, 'Modi');
    await expect
      .poll(() => page.locator('[data-search-status]').textContent(), { timeout: 30_000 })
      .toMatch(/passages mention Narendra Modi/);
    expect(await page.locator('.search-hit').count()).toBeGreaterThan(0);
  });

  it('says how to get an index when there is none, instead of showing an empty box', async () => {
    const page = await tab.open();
    // As before the first build: the dev server has no index to lend.
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'No search index' }));
    await searchFor(page, 'Modi');
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 30_000 }).toContain('Run “npm run build” once');
  });
});

describe('a draft story, as npm run new-story writes it, under astro dev', () => {
  it('shows once its story.yaml is filled in, while still a draft', async () => {
    const response = await fetch(`${origin}/seed-copy/`);
    const html = await response.text();
    expect(response.status, html.slice(0, 2000)).toBe(200);
    expect(html).toContain('Draft headline of a test import');
    expect(html).toContain('The deep personal rapport between the two men was on show Sunday evening');
  });
});
