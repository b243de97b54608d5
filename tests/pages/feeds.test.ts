import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { syntheticHeadline } from '../../fixtures/synthetic-stories.ts';
import { distFiles } from '../support/dist-files';
import { multiStoryRoot } from '../support/multi-story-site';
import { distDir } from '../../fixtures/paths';

const SITE = 'https://sco-2025.example.org';
const SCO_HEADLINE = 'Xi hosts Putin and Modi: the 2025 SCO summit, explained';

/** A built feed, read by an XML parser. */
const feed = (dist: string, path: string): CheerioAPI => load(readFileSync(join(dist, path), 'utf8'), { xml: true });

/** Each item of a feed, as a reader's feed app lists it. */
const items = ($: CheerioAPI) =>
  $('item')
    .toArray()
    .map((item) => ({
      title: $(item).children('title').text(),
      link: $(item).children('link').text(),
      pubDate: $(item).children('pubDate').text(),
    }));

/** The day a story page shows as Updated, as its <time> writes it. */
const updatedOn = (dist: string, slug: string) =>
  load(readFileSync(join(dist, slug, 'index.html'), 'utf8'))('dt:contains("Updated") + dd time').attr('datetime');

const DEC_7 = 'Mon, 07 Dec 2026 00:00:00 GMT';
const DEC_1 = 'Tue, 01 Dec 2026 00:00:00 GMT';
/** The corrections of the SCO story, newest first: the three of 7 December 2026, then the five of 1 December 2026, each day in the log's order. */
const SCO_CORRECTIONS = [
  ['modi-putin-car-time', DEC_7],
  ['kyiv-attack-toll', DEC_7],
  ['multipolar-xi-words', DEC_7],
  ['receiving-putin-welcome', DEC_1],
  ['beijing-summit-anthems', DEC_1],
  ['alaska-summit-last-meeting', DEC_1],
  ['sco-partners', DEC_1],
  ['india-reciprocal-tariff-order', DEC_1],
] as const;

describe('the feeds of the real site', () => {
  it('the stories feed is RSS named after the site, and lists the SCO story with its dates', () => {
    const $ = feed(distDir, 'feeds/stories.xml');
    expect($('rss').attr('version')).toBe('2.0');
    expect($('channel > title').text()).toBe('SCO 2025 explained: stories');
    expect($('channel > link').text()).toBe(`${SITE}/`);
    expect(items($)).toEqual([{ title: SCO_HEADLINE, link: `${SITE}/sco-2025/`, pubDate: 'Sat, 28 Nov 2026 00:00:00 GMT' }]);
    expect($('item > description').text()).toBe(
      'The full text of one news report on the Shanghai Cooperation Organisation summit in Tianjin, with its people, places and dates explained beside it.',
    );
    expect($('item > dcterms\\:modified').text()).toBe(updatedOn(distDir, 'sco-2025'));
  });

  it('the corrections feed lists every correction, newest first, each naming its story and linking to its entry on /corrections/', () => {
    const $ = feed(distDir, 'feeds/corrections.xml');
    expect($('channel > title').text()).toBe('SCO 2025 explained: corrections');
    const listed = items($);
    expect(listed.map((item) => [item.link, item.pubDate])).toEqual(
      SCO_CORRECTIONS.map(([id, day]) => [`${SITE}/corrections/#correction-${id}`, day]),
    );
    const log = load(readFileSync(join(distDir, 'corrections/index.html'), 'utf8'));
    for (const item of listed) {
      expect(item.title).toMatch(new RegExp(`^Correction to “${SCO_HEADLINE}”: `));
      expect(log(`[id="${item.link.split('#')[1]}"]`), item.link).toHaveLength(1);
    }
  });

  it('every page names both feeds in its head, with the site’s name, for feed readers to find', () => {
    const pages = distFiles('.html');
    expect(pages).toContain('sco-2025/index.html');
    for (const page of pages) {
      const $ = load(readFileSync(join(distDir, page), 'utf8'));
      const links = $('head link[rel="alternate"][type="application/rss+xml"]')
        .toArray()
        .map((link) => ({ href: $(link).attr('href'), title: $(link).attr('title') }));
      expect(links, page).toEqual([
        { href: `${SITE}/feeds/stories.xml`, title: 'SCO 2025 explained: stories' },
        { href: `${SITE}/feeds/corrections.xml`, title: 'SCO 2025 explained: corrections' },
      ]);
    }
    for (const path of ['feeds/stories.xml', 'feeds/corrections.xml']) expect(existsSync(join(distDir, path)), path).toBe(true);
  });
});

describe('the feeds of a site of several stories', () => {
  const dist = () => join(multiStoryRoot(), 'dist');

  it('the stories feed lists every story, newest first by the day it went out, each linking to its page', () => {
    expect(items(feed(dist(), 'feeds/stories.xml'))).toEqual([
      { title: SCO_HEADLINE, link: `${SITE}/sco-2025/`, pubDate: 'Sat, 28 Nov 2026 00:00:00 GMT' },
      { title: syntheticHeadline('synthetic-alpha'), link: `${SITE}/synthetic-alpha/`, pubDate: 'Tue, 10 Mar 2026 00:00:00 GMT' },
      { title: syntheticHeadline('synthetic-beta'), link: `${SITE}/synthetic-beta/`, pubDate: 'Thu, 20 Nov 2025 00:00:00 GMT' },
      { title: syntheticHeadline('synthetic-gamma'), link: `${SITE}/synthetic-gamma/`, pubDate: 'Wed, 05 Jun 2024 00:00:00 GMT' },
    ]);
    for (const slug of ['sco-2025', 'synthetic-alpha', 'synthetic-beta', 'synthetic-gamma']) {
      expect(existsSync(join(dist(), slug, 'index.html')), slug).toBe(true);
    }
  });

  it('the corrections feed mixes the stories’ corrections newest first, each naming its own story', () => {
    const listed = items(feed(dist(), 'feeds/corrections.xml'));
    expect(listed.map((item) => [item.link, item.pubDate])).toEqual([
      ...SCO_CORRECTIONS.map(([id, day]) => [`${SITE}/corrections/#correction-${id}`, day]),
      [`${SITE}/corrections/#correction-synthetic-alpha-correction`, 'Thu, 12 Mar 2026 00:00:00 GMT'],
      [`${SITE}/corrections/#correction-synthetic-beta-correction`, 'Fri, 21 Nov 2025 00:00:00 GMT'],
    ]);
    expect(listed.slice(-2).map((item) => item.title)).toEqual([
      `Correction to “${syntheticHeadline('synthetic-alpha')}”: Note 1, on “marker phrase”`,
      `Correction to “${syntheticHeadline('synthetic-beta')}”: Note 1, on “marker phrase”`,
    ]);
    const log = load(readFileSync(join(dist(), 'corrections/index.html'), 'utf8'));
    for (const { link } of listed) expect(log(`[id="${link.split('#')[1]}"]`), link).toHaveLength(1);
  });

  it('every story page names both feeds', () => {
    for (const slug of ['synthetic-alpha', 'synthetic-gamma']) {
      const $ = load(readFileSync(join(dist(), slug, 'index.html'), 'utf8'));
      expect(
        $('link[rel="alternate"][type="application/rss+xml"]')
          .map((_, link) => $(link).attr('href'))
          .get(),
      ).toEqual([`${SITE}/feeds/stories.xml`, `${SITE}/feeds/corrections.xml`]);
    }
  });
});
