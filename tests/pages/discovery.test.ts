import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { distDir, projectRoot } from '../support/paths';
import { SECTION_IDS } from '../support/sections';

const SITE = 'https://sco-2025.example.org';
const built = (file: string) => readFileSync(join(distDir, file), 'utf8');
const locations = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);

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
      ...glossaryIds.map((id) => `/glossary/${id}/`),
      ...SECTION_IDS.map((id) => `/sco-2025/s/${id}/`),
      '/search/',
      '/timeline/',
      '/timeline/sco-2025/',
    ].map((path) => `${SITE}${path}`);
    expect([...pages].sort()).toEqual([...expected].sort());
    for (const page of pages) expect(existsSync(join(distDir, page.slice(SITE.length), 'index.html')), page).toBe(true);
  });
});
