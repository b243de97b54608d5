/*
 * The site's route table: every address a page links to or a script fetches, built in one place. The pages
 * themselves sit where Astro's file-based routing puts them (src/pages/); these functions must agree with it,
 * which tests/pages checks by reading dist/.
 */

/** A story's page. */
export function storyPath(slug: string): string {
  return `/${slug}/`;
}

/** A place in a story's page: a section, an event, a note or an entry of its who's who. */
export function storyAnchorPath(slug: string, anchor: string): string {
  return `/${slug}/#${anchor}`;
}

/** The path of a section's share page, whose link previews show that section. */
export function sharePath(slug: string, id: string): string {
  return `/${slug}/s/${id}/`;
}

/**
 * The share page of a section of the site's first story, as it was published
 * before the site held several stories: it now redirects to sharePath().
 */
export function firstStorySharePath(id: string): string {
  return `/s/${id}/`;
}

/** The link-preview image of a section's share page, or of the story itself when no id is given. */
export function previewImagePath(slug: string, id?: string): string {
  return id === undefined ? `/og/${slug}.png` : `/og/${slug}/s/${id}.png`;
}

/** The link-preview image of a glossary entry's page. */
export function glossaryPreviewImagePath(id: string): string {
  return `/og/glossary/${id}.png`;
}

/** An absolute URL for a site path: link previews and copied links must work outside the site. */
export function absoluteUrl(path: string, base: URL | string): string {
  return new URL(path, base).href;
}

/** The site's timeline of every story, or, filtered to one story, that story's events on it. */
export function timelinePath(slug?: string): string {
  return slug === undefined ? '/timeline/' : `/timeline/${slug}/`;
}

/** A place on a story's timeline page: an event, with its sources and every section that discusses it. */
export function timelineAnchorPath(slug: string, anchor: string): string {
  return `${timelinePath(slug)}#${anchor}`;
}

/** The who's who of every story, or an entry's own page listing every sentence that names it. */
export function glossaryPath(id?: string): string {
  return id === undefined ? '/glossary/' : `/glossary/${id}/`;
}

/** The corrections log of every story. */
export const CORRECTIONS_PATH = '/corrections/';

/** The feeds of new stories and of corrections. */
export const FEED_PATHS = { stories: '/feeds/stories.xml', corrections: '/feeds/corrections.xml' } as const;

/** The search page: full-text search with JavaScript, the list of names without it. */
export const SEARCH_PATH = '/search/';

/** The glossary's names, for the cards and the early answer (src/pages/search/names.json.ts). */
export const NAMES_FILE_PATH = '/search/names.json';

/** A story's places file, where its page names each entry (src/pages/search/places/[story].json.ts). */
export function placesFilePath(slug: string): string {
  return `/search/places/${slug}.json`;
}

/** A story's locator map, drawn for the light or the dark colour scheme, for a wide column or a phone's. */
export function storyMapPath(slug: string, scheme: 'light' | 'dark', layout: 'wide' | 'narrow' = 'wide'): string {
  return `/${slug}/map-${scheme}${layout === 'narrow' ? '-narrow' : ''}.svg`;
}

/** The small locator globe of a place's glossary entry, for the light or the dark colour scheme. */
export function placeLocatorPath(id: string, scheme: 'light' | 'dark'): string {
  return `/glossary/${id}/locator-${scheme}.svg`;
}

/**
 * The anchor of "Since this report", the follow-ups of a story on its page and on its timeline page. Search lists what
 * matches there with the timeline's events, which they are, never as the article's words.
 */
export const FOLLOW_UPS_ANCHOR = 'since-this-report';
