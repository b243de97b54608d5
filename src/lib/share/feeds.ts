import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { Correction } from '../../schemas/correction';
import type { SiteData } from '../../schemas/site';
import type { StoryData } from '../../schemas/story';
import { correctionHref } from '../corrections/corrections';
import { absoluteUrl, FEED_PATHS, storyPath } from '../routes';

/*
 * The site's two RSS feeds: its stories, and the corrections of every story.
 * This module says what they hold; the pages under src/pages/feeds/ only hand
 * it to @astrojs/rss, and every page's head announces both (Base.astro).
 */

/** One feed: where it is served, and its title, which starts with the site's name. */
export interface FeedLink {
  path: string;
  title: string;
}

/** The feeds, in the order every page's head lists them. */
export function feedLinks(site: Pick<SiteData, 'name'>): { stories: FeedLink; corrections: FeedLink } {
  return {
    stories: { path: FEED_PATHS.stories, title: `${site.name}: stories` },
    corrections: { path: FEED_PATHS.corrections, title: `${site.name}: corrections` },
  };
}

/** What the stories feed reads of a story. */
export interface FeedStory {
  slug: string;
  meta: Pick<StoryData, 'headline' | 'dek' | 'published'>;
  /** YYYY-MM-DD: when the story last changed. */
  updated: string;
}

/** What the corrections feed reads of a correction: the entry, what it corrected, and its story. */
export interface FeedCorrection extends Pick<Correction, 'id' | 'date' | 'wrong' | 'now'> {
  corrected: { label: string };
  story: { meta: Pick<StoryData, 'headline'> };
}

/** A day (YYYY-MM-DD) as the feed's date: RSS has no plain day, so midnight UTC. */
const dayDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** Namespaces of the elements the feeds add to RSS 2.0: a link to the feed itself, and an item's date of change. */
const XMLNS = { atom: 'http://www.w3.org/2005/Atom', dcterms: 'http://purl.org/dc/terms/' };

/**
 * The channel's own elements beside title, link and description: its language
 * and its own address (feed validators ask for both). Both come from checked
 * values: a language tag, and a URL whose href percent-encodes anything XML
 * would read as markup.
 */
function channelData(site: Pick<SiteData, 'language'>, feed: FeedLink, base: URL): string {
  return `<language>${site.language}</language><atom:link href="${new URL(feed.path, base).href}" rel="self" type="application/rss+xml"/>`;
}

/** Sorts after every real day, newest first: a draft has not gone out yet. */
const UNPUBLISHED = '9999-12-31';

/**
 * The stories, newest first by the day each went out (a draft, built by
 * `npm run dev` only, has none yet and comes first). The front page orders
 * them by the news they explain (the source's date); a feed announces what
 * is new on the site, and feed readers order by the item's date.
 */
export function storiesFeed(site: SiteData, stories: readonly FeedStory[], base: URL): RSSOptions {
  const feed = feedLinks(site).stories;
  const day = (story: FeedStory) => story.meta.published ?? UNPUBLISHED;
  const items = [...stories]
    .sort((a, b) => day(b).localeCompare(day(a)) || a.slug.localeCompare(b.slug))
    .map((story): RSSFeedItem => ({
      title: story.meta.headline,
      description: story.meta.dek,
      link: absoluteUrl(storyPath(story.slug), base),
      ...(story.meta.published ? { pubDate: dayDate(story.meta.published) } : {}),
      // RSS 2.0 has no date of change; Dublin Core's `modified` is the one feed readers and validators know.
      customData: `<dcterms:modified>${story.updated}</dcterms:modified>`,
    }));
  return { title: feed.title, description: site.description, site: base, items, xmlns: XMLNS, customData: channelData(site, feed, base) };
}

/** Every story's corrections, in the order given (the log's: newest first), each naming its story and linking to its entry on /corrections/. */
export function correctionsFeed(site: SiteData, corrections: readonly FeedCorrection[], base: URL): RSSOptions {
  const feed = feedLinks(site).corrections;
  const items = corrections.map((correction): RSSFeedItem => ({
    title: `Correction to “${correction.story.meta.headline}”: ${correction.corrected.label}`,
    description: `What was wrong: ${correction.wrong} What it says now: ${correction.now}`,
    // Absolute, so that @astrojs/rss keeps it as it is: it would put a slash after the fragment of a site path.
    link: absoluteUrl(correctionHref(correction.id), base),
    pubDate: dayDate(correction.date),
    categories: [correction.story.meta.headline],
  }));
  return {
    title: feed.title,
    description: `What we corrected in our own notes, timelines and glossary, in every story of ${site.name}, newest first.`,
    site: base,
    items,
    xmlns: XMLNS,
    customData: channelData(site, feed, base),
  };
}
