/** The sitemap's filter: every page but the given redirect pages (site paths). */
export function withoutRedirects(redirects: Iterable<string>): (page: string) => boolean {
  const moved = new Set(redirects);
  return (page) => !moved.has(new URL(page).pathname);
}

/** robots.txt: everything may be crawled, and the sitemap says what there is. */
export function robotsTxt(site: URL): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', site).href}\n`;
}
