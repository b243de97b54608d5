import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { syntheticHeadline } from '../../fixtures/synthetic-stories.ts';
import { distFiles } from '../support/dist-files';
import { multiStoryRoot } from '../support/multi-story-site';
import { distDir } from '../../fixtures/paths';
import { schemaOrgProblems } from '../support/schema-org';

const SITE = 'https://sco-2025.example.org';

/** The JSON-LD blocks of a built page, parsed. */
function jsonLd(dist: string, page: string): unknown[] {
  const $ = load(readFileSync(join(dist, page), 'utf8'));
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((script) => JSON.parse($(script).text()) as unknown);
}

/** The day a story page shows as Updated. */
const updatedOn = (dist: string, slug: string) =>
  load(readFileSync(join(dist, slug, 'index.html'), 'utf8'))('dt:contains("Updated") + dd time').attr('datetime');

describe('structured data on the real site', () => {
  it('the story page describes itself as a NewsArticle based on the CNN report, which has no confirmed address', () => {
    expect(jsonLd(distDir, 'sco-2025/index.html')).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Xi hosts Putin and Modi: the 2025 SCO summit, explained',
        description:
          'The full text of one news report on the Shanghai Cooperation Organisation summit in Tianjin, with its people, places and dates explained beside it.',
        url: `${SITE}/sco-2025/`,
        image: `${SITE}/og/sco-2025.png`,
        inLanguage: 'en-GB',
        datePublished: '2026-11-28',
        dateModified: updatedOn(distDir, 'sco-2025'),
        publisher: { '@type': 'Organization', name: 'SCO 2025 explained', url: SITE },
        isBasedOn: {
          '@type': 'NewsArticle',
          headline: 'China’s Xi rolls out the red carpet for Putin and Modi as Trump upends global relations',
          publisher: { '@type': 'Organization', name: 'CNN' },
          datePublished: '2025-09-01',
        },
      },
    ]);
    expect(existsSync(join(distDir, 'og/sco-2025.png'))).toBe(true);
  });

  it('only story pages carry it', () => {
    const carrying = distFiles('.html').filter((page) => jsonLd(distDir, page).length > 0);
    expect(carrying).toEqual(['sco-2025/index.html']);
  });

  it('uses only schema.org types, and properties within their types’ domains', () => {
    expect(schemaOrgProblems(jsonLd(distDir, 'sco-2025/index.html'))).toEqual([[]]);
  });
});

describe('structured data on a site of several stories', () => {
  const dist = () => join(multiStoryRoot(), 'dist');
  const SLUGS = ['synthetic-alpha', 'synthetic-beta', 'synthetic-gamma'];

  it('each story page describes its own story, dated by the day it went out', () => {
    const published = { 'synthetic-alpha': '2026-03-10', 'synthetic-beta': '2025-11-20', 'synthetic-gamma': '2024-06-05' };
    for (const slug of SLUGS) {
      expect(jsonLd(dist(), `${slug}/index.html`), slug).toEqual([
        expect.objectContaining({
          '@type': 'NewsArticle',
          headline: syntheticHeadline(slug),
          url: `${SITE}/${slug}/`,
          image: `${SITE}/og/${slug}.png`,
          datePublished: published[slug as keyof typeof published],
          dateModified: updatedOn(dist(), slug),
          isBasedOn: {
            '@type': 'NewsArticle',
            headline: `Synthetic source headline of ${slug}`,
            publisher: { '@type': 'Organization', name: 'Synthetic Test Wire' },
            datePublished: published[slug as keyof typeof published],
          },
        }),
      ]);
    }
  });

  it('every story’s data passes the schema.org check', () => {
    const documents = ['sco-2025', ...SLUGS].flatMap((slug) => jsonLd(dist(), `${slug}/index.html`));
    expect(documents).toHaveLength(4);
    expect(schemaOrgProblems(documents)).toEqual([[], [], [], []]);
  });
});
