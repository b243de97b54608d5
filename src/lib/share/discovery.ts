import { ContentError } from '../base/content-error';
import { formerIdRedirects } from '../content/id-history';
import { readContent } from '../content/read-fs';
import { firstStorySharePath, sharePath } from '../routes';

/** The sitemap's filter: every page but the given redirect pages (site paths). */
export function withoutRedirects(redirects: Iterable<string>): (page: string) => boolean {
  const moved = new Set(redirects);
  return (page) => !moved.has(new URL(page).pathname);
}

/**
 * The sitemap's filter for the project at `root`: redirect pages only send
 * readers on to a section's page of today, so they are not listed: those of
 * former section ids, and the first story's share pages of before the site
 * held several stories. Broken content lists every page: the build stops on
 * it anyway, with its own error.
 */
export function sitemapFilter(root: string): (page: string) => boolean {
  try {
    const { stories, site } = readContent(root);
    const first = stories.find((story) => story.slug === site.firstStory);
    return withoutRedirects([
      ...stories.flatMap((story) => formerIdRedirects(story.sections).map(({ from }) => sharePath(story.slug, from))),
      ...(first?.sections ?? []).flatMap((section) => [section.data.id, ...section.data.formerIds]).map(firstStorySharePath),
    ]);
  } catch (error) {
    if (error instanceof ContentError) return () => true;
    throw error;
  }
}

/** robots.txt: everything may be crawled, and the sitemap says what there is. */
export function robotsTxt(site: URL): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', site).href}\n`;
}
