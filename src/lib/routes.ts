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

/** The items before and after `index`, where there are any. */
export function neighbours<T>(items: readonly T[], index: number): { previous: T | undefined; next: T | undefined } {
  return { previous: index > 0 ? items[index - 1] : undefined, next: items[index + 1] };
}

/** The site's timeline of every story, or, filtered to one story, that story's events on it. */
export function timelinePath(slug?: string): string {
  return slug === undefined ? '/timeline/' : `/timeline/${slug}/`;
}
