import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type StaticSite, useBrowserSite, useTab } from '../support/browser';
import { headingLanding } from '../support/landing';
import { builtPage } from '../support/site';

let browser: Browser;
let site: StaticSite;

useBrowserSite((live) => ({ browser, site } = live));
const tab = useTab(() => ({ browser, site }));

// Before the site held several stories, the SCO story was the front page: /#<part> and /s/<part>/ went out then.
describe('links published when the site held one story', () => {
  it('keep a redirect page at every old share address, which needs no script', () => {
    const $ = builtPage('/s/since-alaska/');
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe('0; url=/sco-2025/s/since-alaska/');
    expect($('link[rel="canonical"]').attr('href')).toBe('https://sco-2025.example.org/sco-2025/s/since-alaska/');
    expect($('main a[href="/sco-2025/s/since-alaska/"]').text()).toBe('“First meeting since Alaska”');
  });

  it('take an old share address to the section’s share page of today', async () => {
    const page = await tab.visit('/s/since-alaska/', { javaScript: false });
    await page.waitForURL(`${site.origin}/sco-2025/s/since-alaska/`);
    await expect(page.locator('h2#since-alaska').isVisible()).resolves.toBe(true);
    await tab.leave(page);
  });

  it('take an old link to a part of the front page to that part of the story, clear of the header', async () => {
    const page = await tab.visit('/#since-alaska', { width: 360, height: 700 });
    await page.waitForURL(`${site.origin}/sco-2025/#since-alaska`);
    await expect
      .poll(() => headingLanding(page, 'since-alaska'))
      .toEqual({ inView: true, clearOfHeader: true, uncovered: true, marked: true });
  });

  it('take an old link to a term of the who’s who there too, and an unknown part to the story’s own notice', async () => {
    const page = await tab.visit('/#term-narendra-modi');
    await page.waitForURL(`${site.origin}/sco-2025/#term-narendra-modi`);
    await page.goto(`${site.origin}/#part-4`);
    await page.waitForURL(`${site.origin}/sco-2025/#part-4`);
    // The hash landing's code loads once the address has a hash: the notice comes after it.
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'was not found' }).isVisible()).toBe(true);
  });

  it('show hostile hash text as text on the way', async () => {
    const page = await tab.open();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.origin}/#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`);
    await page.waitForURL(/\/sco-2025\/#/);
    await expect.poll(() => page.locator('[data-hash-name]').textContent()).toBe('<img src=x onerror=alert(1)>');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('the front page', () => {
  it('lists the stories, each with its headline, dek, date and locator map', () => {
    const $ = builtPage('/');
    const stories = $('.stories > li');
    expect(stories.length).toBe(1);
    expect(stories.find('h2 a').attr('href')).toBe('/sco-2025/');
    expect(stories.find('h2').text()).toBe('Xi hosts Putin and Modi: the 2025 SCO summit, explained');
    expect(stories.find('time').attr('datetime')).toBe('2025-09-01');
    expect(stories.find('picture > source').attr('srcset')).toBe('/sco-2025/map-dark.svg');
    expect(stories.find('picture > img').attr('src')).toBe('/sco-2025/map-light.svg');
    expect($('h1').text()).toBe('SCO 2025 explained');
  });
});
