import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { multiStoryDist, multiStoryRoot } from '../support/multi-story-site';
import { projectRoot } from '../../fixtures/paths';
import { builtPage, readableText } from '../support/site';

/*
 * The pages that bring several stories together, on the multi-story fixture
 * (the SCO story and three synthetic ones, built by the global setup), and the
 * front page of the real site, which has one story.
 */

/** The fixture's stories as the front page must list them, newest first, written out from their story.yaml files. */
const STORIES = [
  {
    slug: 'synthetic-alpha',
    headline: 'Synthetic test story synthetic-alpha: not news',
    published: '2026-03-10',
    date: '10 March 2026',
  },
  {
    slug: 'synthetic-beta',
    headline: 'Synthetic test story synthetic-beta: not news',
    published: '2025-11-20',
    date: '20 November 2025',
  },
  {
    slug: 'sco-2025',
    headline: 'Xi hosts Putin and Modi: the 2025 SCO summit, explained',
    published: '2025-09-01',
    date: '1 September 2025',
  },
  {
    slug: 'synthetic-gamma',
    headline: 'Synthetic test story synthetic-gamma: not news',
    published: '2024-06-05',
    date: '5 June 2024',
  },
];
const SYNTHETIC_DEK = 'A synthetic story that the tests and the benchmark generate; its text is filler, not news.';
const SCO_DEK =
  'The full text of one news report on the Shanghai Cooperation Organisation summit in Tianjin, with its people, places and dates explained beside it.';

const pages = new Map<string, CheerioAPI>();
/** A page of the fixture, parsed once. */
const page = (path: string) => pages.get(path) ?? pages.set(path, builtPage(path, multiStoryDist())).get(path)!;
/** A story's words as the editor wrote them: its section files, read straight from the fixture's content. */
const storyText = (slug: string) => {
  const folder = join(multiStoryRoot(), 'content/stories', slug, 'sections');
  return readdirSync(folder)
    .map((file) => readFileSync(join(folder, file), 'utf8').replace(/^---[\s\S]*?---/, ''))
    .join('\n');
};
const hrefs = ($: CheerioAPI, selector: string) =>
  $(selector)
    .map((_, a) => $(a).attr('href'))
    .get();

describe('the front page of a site with several stories', () => {
  const $ = page('/');
  const cards = $('ol.stories > li.story');

  it('lists every story, newest first, each with its headline linking to it, its dek and its date', () => {
    expect(cards.map((_, card) => $(card).find('h2 a').text()).get()).toEqual(STORIES.map((story) => story.headline));
    expect(hrefs($, 'ol.stories h2 a')).toEqual(STORIES.map((story) => `/${story.slug}/`));
    expect(cards.map((_, card) => $(card).find('.dek').text()).get()).toEqual([SYNTHETIC_DEK, SYNTHETIC_DEK, SCO_DEK, SYNTHETIC_DEK]);
    cards.each((index, card) => {
      const time = $(card).find('time');
      expect(time.attr('datetime')).toBe(STORIES[index]!.published);
      expect(time.text()).toBe(STORIES[index]!.date);
    });
  });

  it('shows each story’s locator map where its page has one, from files the build wrote, and no picture where it has none', () => {
    const images = cards.map((_, card) => $(card).find('picture > img').attr('src') ?? 'none').get();
    expect(images).toEqual(
      STORIES.map((story) => (page(`/${story.slug}/`)('figure.story-map').length > 0 ? `/${story.slug}/map-light.svg` : 'none')),
    );
    expect(images.filter((image) => image !== 'none').length).toBeGreaterThan(0);
    for (const image of images.filter((image) => image !== 'none')) expect(existsSync(join(multiStoryDist(), image)), image).toBe(true);
  });

  it('leads to the who’s who and the timeline of every story', () => {
    expect(hrefs($, 'nav.more a')).toEqual(['/glossary/', '/timeline/', '/corrections/']);
  });
});

describe('a glossary entry named in several stories', () => {
  const $ = page('/glossary/narendra-modi/');
  const groups = $('section.story-mentions');

  it('groups its mentions by story, newest story first, each group linking to the story', () => {
    expect(groups.map((_, group) => $(group).find('h3.story-name').text()).get()).toEqual(STORIES.map((story) => story.headline));
    expect(hrefs($, 'h3.story-name a')).toEqual(STORIES.map((story) => `/${story.slug}/#term-narendra-modi`));
  });

  it('counts the mentions in each story, and in all of them', () => {
    // The synthetic text names him only as "Modi", each time a mention; the SCO story counts as on the real site, its only story.
    const real = readableText(builtPage('/glossary/narendra-modi/'), '#mentions + .count');
    const counts = STORIES.map((story) =>
      story.slug === 'sco-2025'
        ? Number(/^(\d+) mentions in the article\.$/.exec(real)![1])
        : storyText(story.slug).split('Modi').length - 1,
    );
    expect(groups.map((_, group) => $(group).children('.count').text()).get()).toEqual(
      counts.map((count) => `${count} mentions in the article.`),
    );
    expect(readableText($, '#mentions + .count')).toBe(`${counts.reduce((a, b) => a + b, 0)} mentions in 4 stories.`);
  });
});

describe('the glossary index of a site with several stories', () => {
  it('says how often, and in how many stories, each entry is named', () => {
    const $ = page('/glossary/');
    const item = $('ul.entries li').filter((_, li) => $(li).find('.term a').attr('href') === '/glossary/narendra-modi/');
    const entryPage = page('/glossary/narendra-modi/');
    expect(item.find('.count').text()).toBe(readableText(entryPage, '#mentions + .count').replace(/\.$/, ''));
    expect(item.find('.count').text()).toMatch(/^\d+ mentions in 4 stories$/);
  });
});

describe('the timeline of every story', () => {
  const $ = page('/timeline/');
  const events = $('ol.periods li.event');
  const scoData = parse(readFileSync(join(projectRoot, 'content/stories/sco-2025/timeline.yaml'), 'utf8')) as {
    id: string;
    followUp?: boolean;
  }[];
  const scoEvents = scoData.map((event) => event.id);
  const followUps = new Set(scoData.filter((event) => event.followUp === true).map((event) => `event-${event.id}`));
  // The SCO story's own order, which tests/pages/timeline.test.ts checks against a list worked out by hand: its
  // compact timeline, then its follow-ups, which come after its report, in "Since this report" at the top of its page.
  const scoPage = page('/sco-2025/');
  const ids = (selector: string) =>
    scoPage(selector)
      .map((_, element) => scoPage(element).attr('id'))
      .get();
  const scoOrder = [...ids('#timeline ~ .periods li.event > h4[id]'), ...ids('.since-report li[id]')];

  it('lists every story’s events in date order: the synthetic ones fall after 2022 and in late 2025 and 2026', () => {
    const anchors = $('.site-timeline > ol.periods li.event')
      .map((_, event) => $(event).children('.event-heading').attr('id'))
      .get();
    const sco = scoOrder.filter((anchor) => !followUps.has(anchor)).map((anchor) => `sco-2025--${anchor}`);
    const beforeGamma = scoOrder.findIndex((anchor) => anchor === 'event-full-scale-invasion') + 1;
    expect(scoOrder).toHaveLength(scoEvents.length);
    expect(anchors).toEqual([
      ...sco.slice(0, beforeGamma),
      'synthetic-gamma--event-synthetic-gamma-event',
      ...sco.slice(beforeGamma),
      'synthetic-beta--event-synthetic-beta-event',
      'synthetic-alpha--event-synthetic-alpha-event',
    ]);
  });

  it('sets the follow-ups of each story apart after them, in date order', () => {
    expect(readableText($, '#since-this-report')).toBe('Since each report');
    expect($('#since-this-report a').attr('aria-label')).toBe('Link to “Since each report”');
    expect(
      $('section.follow-ups li.event > .event-heading')
        .map((_, heading) => $(heading).attr('id'))
        .get(),
    ).toEqual(scoOrder.filter((anchor) => followUps.has(anchor)).map((anchor) => `sco-2025--${anchor}`));
  });

  it('names each event’s story and links to the event in the story’s page', () => {
    events.each((_, event) => {
      const link = $(event).find('.event-story a');
      const href = link.attr('href')!;
      const [path, anchor] = href.split('#');
      expect(STORIES.find((story) => `/${story.slug}/` === path)?.headline, href).toBe(link.text());
      expect(page(path!)(`[id="${anchor}"]`), href).toHaveLength(1);
    });
  });

  it('offers a filter by story, each choice a page of its own that lists only that story’s events', () => {
    const filter = $('nav.filter a');
    expect(hrefs($, 'nav.filter a')).toEqual(['/timeline/', ...STORIES.map((story) => `/timeline/${story.slug}/`)]);
    expect(filter.first().attr('aria-current')).toBe('page');
    expect(readableText($, 'nav.filter li:first-child')).toBe(`All stories (${scoEvents.length + 3} events)`);
    const beta = page('/timeline/synthetic-beta/');
    expect(beta('nav.filter a[aria-current="page"]').attr('href')).toBe('/timeline/synthetic-beta/');
    expect(hrefs(beta, 'li.event .event-story a')).toEqual(['/synthetic-beta/#event-synthetic-beta-event']);
    const sco = page('/timeline/sco-2025/');
    expect(sco('li.event').length).toBe(scoEvents.length);
    expect(new Set(hrefs(sco, 'li.event .event-story a'))).toEqual(new Set(scoEvents.map((id) => `/sco-2025/#event-${id}`)));
  });

  it('is linked from each story’s own timeline', () => {
    for (const story of STORIES) expect(hrefs(page(`/${story.slug}/`), '#timeline ~ .intro a')).toContain('/timeline/');
  });
});

describe('the sitemap of a site with several stories', () => {
  it('lists every story, and the timeline of every story', () => {
    const xml = readFileSync(join(multiStoryDist(), 'sitemap-0.xml'), 'utf8');
    const pages = [...xml.matchAll(/<loc>https?:\/\/[^/]+([^<]+)<\/loc>/g)].map((match) => match[1]);
    for (const story of STORIES) {
      expect(pages).toContain(`/${story.slug}/`);
      expect(pages).toContain(`/timeline/${story.slug}/`);
    }
    expect(pages).toContain('/timeline/');
  });
});

describe('the front page of the real site', () => {
  it('lists its one story', () => {
    const $ = builtPage('/');
    expect($('ol.stories > li.story')).toHaveLength(1);
    expect($('ol.stories h2 a').attr('href')).toBe('/sco-2025/');
    expect($('ol.stories h2 a').text()).toBe(STORIES[2]!.headline);
  });
});

describe('the header of the real story', () => {
  const $ = builtPage('/sco-2025/');

  it('shows the day of its last review beside Updated, from story.yaml', () => {
    const reviewed = $('.article-header .facts time.reviewed');
    expect(reviewed.attr('datetime')).toBe('2026-12-07');
    expect(reviewed.text().trim()).toBe('7 December 2026');
    expect(reviewed.closest('div').children('dt').text()).toBe('Reviewed');
    expect(reviewed.closest('div').prev('div').children('dt').text()).toBe('Updated');
  });

  it('says in one line at the top that its report, of 1 September 2025, is more than a year old', () => {
    // Every build from 2 September 2026 on is more than a year after the report; this one runs in December 2026 or later.
    const line = $('.article-header > p.source-age');
    expect(line.text().trim()).toBe('This report is from 1 September 2025, more than a year ago.');
    expect(line.next().is('h1')).toBe(true);
  });
});
