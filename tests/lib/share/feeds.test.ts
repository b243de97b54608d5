import { getRssString } from '@astrojs/rss';
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { correctionsFeed, feedLinks, storiesFeed, type FeedCorrection, type FeedStory } from '../../../src/lib/share/feeds';
import type { SiteData } from '../../../src/schemas/site';

const SITE: SiteData = {
  name: 'Test explained',
  url: 'https://test.example.org',
  language: 'en-GB',
  description: 'A test site that explains test reports.',
  publisher: 'Test Publisher',
  firstStory: 'one',
};
const BASE = new URL(SITE.url);

const story = (slug: string, published: string | undefined, updated: string, headline = `Headline ${slug}`): FeedStory => ({
  slug,
  meta: { headline, dek: `Dek of ${slug}.`, published },
  updated,
});

/** The feed as @astrojs/rss writes it, read back by an XML parser. */
const written = async (options: Parameters<typeof getRssString>[0]) => load(await getRssString(options), { xml: true });

/** The child elements every feed item is read by, named as the expectations name them. */
const ITEM = { title: 'title', description: 'description', link: 'link', pubDate: 'pubDate' };

/** Each item of a feed, as the text of the named child elements. */
function itemFields($: CheerioAPI, fields: Record<string, string>): Record<string, string>[] {
  return $('item')
    .toArray()
    .map((item) => Object.fromEntries(Object.entries(fields).map(([name, tag]) => [name, $(item).children(tag).text()])));
}

describe('the feeds', () => {
  it('are named after the site and served under /feeds/', () => {
    expect(feedLinks(SITE)).toEqual({
      stories: { path: '/feeds/stories.xml', title: 'Test explained: stories' },
      corrections: { path: '/feeds/corrections.xml', title: 'Test explained: corrections' },
    });
  });

  it('list the stories newest first by the day each went out, each with its headline, dek, link, date and date of change', async () => {
    const $ = await written(
      storiesFeed(
        SITE,
        [story('middle', '2026-02-01', '2026-03-01'), story('old', '2025-01-01', '2025-01-01'), story('new', '2026-05-05', '2026-05-06')],
        BASE,
      ),
    );
    expect($('channel > title').text()).toBe('Test explained: stories');
    expect($('channel > description').text()).toBe('A test site that explains test reports.');
    expect($('channel > language').text()).toBe('en-GB');
    expect($('channel > atom\\:link').attr()).toEqual({
      href: 'https://test.example.org/feeds/stories.xml',
      rel: 'self',
      type: 'application/rss+xml',
    });
    const items = itemFields($, { ...ITEM, modified: 'dcterms\\:modified' });
    expect(items).toEqual([
      {
        title: 'Headline new',
        description: 'Dek of new.',
        link: 'https://test.example.org/new/',
        pubDate: 'Tue, 05 May 2026 00:00:00 GMT',
        modified: '2026-05-06',
      },
      {
        title: 'Headline middle',
        description: 'Dek of middle.',
        link: 'https://test.example.org/middle/',
        pubDate: 'Sun, 01 Feb 2026 00:00:00 GMT',
        modified: '2026-03-01',
      },
      {
        title: 'Headline old',
        description: 'Dek of old.',
        link: 'https://test.example.org/old/',
        pubDate: 'Wed, 01 Jan 2025 00:00:00 GMT',
        modified: '2025-01-01',
      },
    ]);
  });

  it('put a draft (built by `npm run dev` only) first and give it no date, and order stories of one day by slug', async () => {
    const $ = await written(
      storiesFeed(
        SITE,
        [story('b', '2026-01-01', '2026-01-01'), story('draft', undefined, '2026-06-01'), story('a', '2026-01-01', '2026-01-01')],
        BASE,
      ),
    );
    expect(
      $('item > link')
        .map((_, link) => $(link).text())
        .get(),
    ).toEqual(['https://test.example.org/draft/', 'https://test.example.org/a/', 'https://test.example.org/b/']);
    expect($('item').first().children('pubDate')).toHaveLength(0);
  });

  it('carry markup in a headline as text', async () => {
    const $ = await written(storiesFeed(SITE, [story('x', '2026-01-01', '2026-01-01', 'A <b>bold</b> & “quoted” </item> headline')], BASE));
    expect($('item > title').text()).toBe('A <b>bold</b> & “quoted” </item> headline');
    expect($('item')).toHaveLength(1);
  });

  it('list the corrections in the order given, each naming its story and linking to its entry in the log', async () => {
    const correction = (id: string, date: string, headline: string): FeedCorrection => ({
      id,
      date,
      wrong: `The text said ${id} wrongly.`,
      now: `The text says ${id} rightly.`,
      corrected: { label: `Note 1, on “${id}”` },
      story: { meta: { headline } },
    });
    const $ = await written(
      correctionsFeed(SITE, [correction('later', '2026-02-02', 'Story two'), correction('earlier', '2026-01-01', 'Story one')], BASE),
    );
    expect($('channel > title').text()).toBe('Test explained: corrections');
    expect($('channel > atom\\:link').attr('href')).toBe('https://test.example.org/feeds/corrections.xml');
    const items = itemFields($, { ...ITEM, category: 'category' });
    expect(items).toEqual([
      {
        title: 'Correction to “Story two”: Note 1, on “later”',
        description: 'What was wrong: The text said later wrongly. What it says now: The text says later rightly.',
        link: 'https://test.example.org/corrections/#correction-later',
        pubDate: 'Mon, 02 Feb 2026 00:00:00 GMT',
        category: 'Story two',
      },
      {
        title: 'Correction to “Story one”: Note 1, on “earlier”',
        description: 'What was wrong: The text said earlier wrongly. What it says now: The text says earlier rightly.',
        link: 'https://test.example.org/corrections/#correction-earlier',
        pubDate: 'Thu, 01 Jan 2026 00:00:00 GMT',
        category: 'Story one',
      },
    ]);
  });
});
