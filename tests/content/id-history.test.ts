import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveDist, type StaticSite } from '../support/browser';
import { createFixtureSite, type FixtureSite } from '../support/fixture-site';
import { headingLanding } from '../support/landing';

const CLOSE_RAPPORT = 'content/stories/sco-2025/sections/03-close-rapport.md';
const PUBLISHED = 'content/stories/sco-2025/published-ids.yaml';

/** A copy of the project in which an editor renamed the "close-rapport" section to "close-ties". */
function renamedSite(): FixtureSite {
  const site = createFixtureSite();
  site.replace(CLOSE_RAPPORT, 'id: close-rapport\n', 'id: close-ties\n');
  return site;
}

describe('a published section id that disappears', () => {
  let site: FixtureSite | undefined;
  afterAll(() => site?.dispose());

  it('fails the build, naming the id and the new id to record', async () => {
    site = renamedSite();
    const { code, output } = await site.build();
    expect(code).not.toBe(0);
    expect(output).toContain('content/stories/sco-2025/published-ids.yaml');
    expect(output).toContain('"close-rapport" was published, but no section has it as its id or in its formerIds');
    expect(output).toContain('content/stories/sco-2025/sections/03-close-rapport.md → id: "close-ties" is not recorded');
  });
});

describe('a renamed section that lists its old id in formerIds', () => {
  let site: FixtureSite;
  let served: StaticSite;
  let browser: Browser;

  beforeAll(async () => {
    site = renamedSite();
    site.replace(CLOSE_RAPPORT, 'id: close-ties\n', 'id: close-ties\nformerIds: [close-rapport]\n');
    site.replace(PUBLISHED, '  - diplomatic-push\n', '  - diplomatic-push\n  - close-ties\n');
    // An editor who renames a section also points the timeline and notes at its new id.
    for (const data of ['content/stories/sco-2025/timeline.yaml', 'content/stories/sco-2025/notes.yaml']) {
      site.write(data, site.read(data).replaceAll('close-rapport', 'close-ties'));
    }
    const { code, output } = await site.build();
    if (code !== 0) throw new Error(`The fixture with an aliased rename should build:\n${output}`);
    [served, browser] = await Promise.all([serveDist(join(site.root, 'dist')), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    site?.dispose();
  });

  it('keeps a static redirect page at the old share URL, and at the one of before the site held several stories', () => {
    for (const old of ['dist/sco-2025/s/close-rapport/index.html', 'dist/s/close-rapport/index.html']) {
      const $ = load(readFileSync(join(site.root, old), 'utf8'));
      expect($('meta[http-equiv="refresh"]').attr('content'), old).toBe('0; url=/sco-2025/s/close-ties/');
      expect($('link[rel="canonical"]').attr('href'), old).toBe('https://sco-2025.example.org/sco-2025/s/close-ties/');
      expect($('main a[href="/sco-2025/s/close-ties/"]').text(), old).toBe('“Close rapport”');
    }
    const $ = load(readFileSync(join(site.root, 'dist/sco-2025/s/close-rapport/index.html'), 'utf8'));
    expect($('meta[property="og:url"]').attr('content')).toBe('https://sco-2025.example.org/sco-2025/s/close-ties/');
  });

  it('lands the old hash on the renamed section, clear of the header and marked', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 700 } });
    await page.goto(`${served.origin}/sco-2025/#close-rapport`);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#close-ties');
    await expect.poll(() => headingLanding(page, 'close-ties')).toEqual({ inView: true, clearOfHeader: true, uncovered: true, marked: true });
    await page.close();
  });

  it('takes the old share URL to the new share page', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.origin}/sco-2025/s/close-rapport/`);
    await page.waitForURL(`${served.origin}/sco-2025/s/close-ties/`);
    await expect(page.locator('h2#close-ties').isVisible()).resolves.toBe(true);
    await page.close();
  });
});
