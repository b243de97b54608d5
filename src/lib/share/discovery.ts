import { ContentError } from '../content/content-error';
import { formerIdRedirects } from '../content/id-history';
import { readContent } from '../content/read';
import { sharePath } from './links';

/** The sitemap's filter: every page but the redirect pages of the given former section ids. */
export function withoutRedirects(formerIds: Iterable<string>): (page: string) => boolean {
  const moved = new Set([...formerIds].map(sharePath));
  return (page) => !moved.has(new URL(page).pathname);
}

/**
 * The sitemap's filter for the project at `root`: redirect pages only send
 * readers on to a section's page of today, so they are not listed. Broken
 * content lists every page: the build stops on it anyway, with its own error.
 */
export function sitemapFilter(root: string): (page: string) => boolean {
  try {
    return withoutRedirects(formerIdRedirects(readContent(root).sections).map(({ from }) => from));
  } catch (error) {
    if (error instanceof ContentError) return () => true;
    throw error;
  }
}

/** robots.txt: everything may be crawled, and the sitemap says what there is. */
export function robotsTxt(site: URL): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', site).href}\n`;
}
