import type { ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { startDev } from '../support/dev-server';
import { projectRoot } from '../support/paths';

let server: ChildProcess | undefined;
let origin: string;
let browser: Browser;

async function searchFor(page: Page, query: string): Promise<void> {
  // The dev server may reload the page once while Vite optimises dependencies.
  await page.goto(`${origin}/sco-2025/`, { waitUntil: 'networkidle' });
  await page.keyboard.press('/');
  await page.keyboard.type(query);
}

beforeAll(async () => {
  let dev: { origin: string; server: ChildProcess };
  [dev, browser] = await Promise.all([startDev(projectRoot), launchChromium()]);
  ({ origin, server } = dev);
});
afterAll(async () => {
  server?.kill();
  await browser?.close();
});

describe('search under astro dev', () => {
  it('searches the last build’s index', async () => {
    const page = await browser.newPage();
    await searchFor(page, 'Modi');
    await expect
      .poll(() => page.locator('[data-search-status]').textContent(), { timeout: 30_000 })
      .toMatch(/passages mention Narendra Modi/);
    expect(await page.locator('.search-hit').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('says how to get an index when there is none, instead of showing an empty box', async () => {
    const page = await browser.newPage();
    // As before the first build: the dev server has no index to lend.
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'No search index' }));
    await searchFor(page, 'Modi');
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 30_000 }).toContain('Run “npm run build” once');
    await page.close();
  });
});
