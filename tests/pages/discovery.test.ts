import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { multiStoryRoot, SYNTHETIC_STORIES } from '../support/multi-story-site';
import { distDir, projectRoot } from '../../fixtures/paths';
import { SECTION_IDS } from '../support/sections';

const SITE = 'https://sco-2025.example.org';
const built = (file: string, dist = distDir) => readFileSync(join(dist, file), 'utf8');
/** The addresses a sitemap lists, read by an XML parser. */
const locations = (xml: string) => {
  const $ = load(xml, { xml: true });
  return $('loc')
    .map((_, loc) => $(loc).text())
    .get();
};

describe('what search engines find', () => {
  const glossaryIds = (parse(readFileSync(join(projectRoot, 'content/glossary.yaml'), 'utf8')) as { id: string }[]).map(
    (entry) => entry.id,
  );

  it('robots.txt allows everything and names the sitemap', () => {
    expect(built('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap-index.xml\n`);
  });

  it('the 404 page, served for any unknown address, names no address of its own and is not indexed', () => {
    const notFound = built('404.html');
    expect(notFound).not.toContain('rel="canonical"');
    expect(notFound).toContain('<meta name="robots" content="noindex">');
  });

  it('the sitemap lists every page a reader can open, and nothing else', () => {
    expect(locations(built('sitemap-index.xml'))).toEqual([`${SITE}/sitemap-0.xml`]);
    const pages = locations(built('sitemap-0.xml'));
    const expected = [
      '/',
      '/corrections/',
      '/glossary/',
      '/sco-2025/',
      ...glossaryIds.map((id) => `/glossary/${id}/`),
      ...SECTION_IDS.map((id) => `/sco-2025/s/${id}/`),
      '/search/',
      '/timeline/',
      '/timeline/sco-2025/',
    ].map((path) => `${SITE}${path}`);
    expect([...pages].sort()).toEqual([...expected].sort());
    for (const page of pages) expect(existsSync(join(distDir, page.slice(SITE.length), 'index.html')), page).toBe(true);
  });

  it('the sitemap of a site of several stories lists each story’s page and share pages, and no redirect page', () => {
    const dist = join(multiStoryRoot(), 'dist');
    const pages = locations(built('sitemap-0.xml', dist)).map((page) => page.slice(SITE.length));
    for (const { slug } of SYNTHETIC_STORIES) {
      expect(pages, slug).toContain(`/${slug}/`);
      // The synthetic stories' sections are part-1, part-2, … (fixtures/synthetic-stories.ts).
      expect(pages, slug).toContain(`/${slug}/s/part-1/`);
    }
    expect(pages).toContain('/sco-2025/');
    // /s/<id>/ only forwards the links of before the site held several stories.
    expect(pages.filter((page) => page.startsWith('/s/'))).toEqual([]);
    expect(existsSync(join(dist, 's', SECTION_IDS[0]!, 'index.html'))).toBe(true);
  });
});
