import type { SiteData } from '../../schemas/site';
import type { StoryData } from '../../schemas/story';
import { absoluteUrl, previewImagePath, storyPath } from '../routes';

/*
 * A story's structured data: a schema.org NewsArticle in JSON-LD, which search
 * engines and news aggregators read. The explainer is our article; the report
 * it quotes in full is what it is based on (isBasedOn).
 */

/** What the structured data reads of a story. */
export interface StructuredStory {
  slug: string;
  meta: Pick<StoryData, 'headline' | 'dek' | 'published' | 'source'>;
  /** YYYY-MM-DD: when the story last changed. */
  updated: string;
}

/** A JSON-LD node: its schema.org type and properties, nested nodes included. */
export type JsonLd = { '@type': string } & { [property: string]: string | JsonLd };

/** An organisation by its name (and its address, when we know it). */
const organization = (name: string, url?: string): JsonLd => ({ '@type': 'Organization', name, ...(url ? { url } : {}) });

/** The story's NewsArticle, with absolute URLs from `base` (the site's address). */
export function storyStructuredData(story: StructuredStory, site: Pick<SiteData, 'publisher' | 'language' | 'url'>, base: URL | string) {
  const { meta } = story;
  const source: JsonLd = {
    '@type': 'NewsArticle',
    headline: meta.source.headline,
    publisher: organization(meta.source.outlet),
    datePublished: meta.source.published,
    // Only a confirmed address: a guessed one would send readers and crawlers to the wrong page.
    ...(meta.source.url ? { url: meta.source.url } : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: meta.headline,
    description: meta.dek,
    url: absoluteUrl(storyPath(story.slug), base),
    image: absoluteUrl(previewImagePath(story.slug), base),
    inLanguage: site.language,
    // A draft (built by `npm run dev` only) has not gone out yet, so it has no publication date.
    ...(meta.published ? { datePublished: meta.published } : {}),
    dateModified: story.updated,
    publisher: organization(site.publisher, site.url),
    isBasedOn: source,
  } satisfies JsonLd & { '@context': string };
}

/**
 * The JSON for a `<script type="application/ld+json">` block. JSON may hold
 * "</script>" or "<!--" inside a string, which would end or change the block;
 * written as \u003c, "<" reads the same to a JSON parser and never to HTML.
 * JSON.stringify has no option for it, and one replace needs no library.
 */
export function jsonLdBlock(data: object): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
