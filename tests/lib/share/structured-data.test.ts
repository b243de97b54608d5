import { beforeAll, describe, expect, it } from 'vitest';
import { jsonLdBlock, storyStructuredData, type StructuredStory } from '../../../src/lib/share/structured-data';
import { schemaOrgProblems } from '../../support/schema-org';

const SITE = { publisher: 'Test Publisher', language: 'en-GB', url: 'https://test.example.org' };

const STORY: StructuredStory = {
  slug: 'a-story',
  meta: {
    headline: 'Our headline',
    dek: 'Our dek.',
    published: '2026-02-01',
    source: { headline: 'The report’s headline', outlet: 'Test Wire', published: '2026-01-31', credit: '' },
  },
  updated: '2026-03-01',
};

describe('a story’s structured data', () => {
  it('is a NewsArticle with our headline, dek, dates, publisher, language, address and preview image, based on the source report', () => {
    expect(storyStructuredData(STORY, SITE, SITE.url)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Our headline',
      description: 'Our dek.',
      url: 'https://test.example.org/a-story/',
      image: 'https://test.example.org/og/a-story.png',
      inLanguage: 'en-GB',
      datePublished: '2026-02-01',
      dateModified: '2026-03-01',
      publisher: { '@type': 'Organization', name: 'Test Publisher', url: 'https://test.example.org' },
      isBasedOn: {
        '@type': 'NewsArticle',
        headline: 'The report’s headline',
        publisher: { '@type': 'Organization', name: 'Test Wire' },
        datePublished: '2026-01-31',
      },
    });
  });

  it('points at the source report’s address only when story.yaml gives one', () => {
    const withUrl = { ...STORY, meta: { ...STORY.meta, source: { ...STORY.meta.source, url: 'https://wire.example.org/report' } } };
    expect(storyStructuredData(withUrl, SITE, SITE.url).isBasedOn).toMatchObject({ url: 'https://wire.example.org/report' });
    expect(storyStructuredData(STORY, SITE, SITE.url).isBasedOn).not.toHaveProperty('url');
  });

  it('gives a draft, which has not gone out, no publication date', () => {
    const draft = { ...STORY, meta: { ...STORY.meta, published: undefined } };
    expect(storyStructuredData(draft, SITE, SITE.url)).not.toHaveProperty('datePublished');
  });

  it('is written so that no headline can end its script block, and reads back the same', () => {
    const hostile = { ...STORY, meta: { ...STORY.meta, headline: 'A </script><script>alert(1)</script> <!-- headline' } };
    const block = jsonLdBlock(storyStructuredData(hostile, SITE, SITE.url));
    expect(block).not.toContain('<');
    expect(JSON.parse(block)).toMatchObject({ headline: 'A </script><script>alert(1)</script> <!-- headline' });
  });
});

describe('the schema.org check', () => {
  const valid = storyStructuredData(STORY, SITE, SITE.url);
  const withUrl = { ...valid, isBasedOn: { ...valid.isBasedOn, url: 'https://wire.example.org/report' } };
  let problems: string[][] = [];
  // One run of the compiler for every case: each run takes seconds.
  beforeAll(() => {
    problems = schemaOrgProblems([
      valid,
      withUrl,
      { ...valid, headlnie: 'x' },
      { ...valid, publisher: { '@type': 'Organization', name: 'P', dateline: 'Beijing' } },
      { ...valid, isBasedOn: { '@type': 'NewsArticle', headlnie: 'x' } },
      { ...valid, '@type': 'NewsArticel' },
      { ...valid, '@type': undefined },
    ]);
  });

  it('passes the story’s NewsArticle, with and without a source address', () => {
    expect(problems.slice(0, 2)).toEqual([[], []]);
  });

  it('fails a misspelt property, a property outside its type’s domain and an unknown type, nested ones too', () => {
    const [misspelt, outsideDomain, nestedMisspelt, unknownType, noType] = problems.slice(2).map((found) => found.join('\n'));
    expect(misspelt).toMatch(/'"headlnie"' does not exist in type 'NewsArticleLeaf/);
    expect(outsideDomain).toMatch(/'"dateline"' does not exist in type 'IdReference \| OrganizationLeaf/);
    expect(nestedMisspelt).toMatch(/'"headlnie"' does not exist/);
    expect(unknownType).toContain("has no exported member named 'NewsArticel'");
    expect(noType).toContain("is not assignable to type 'never'");
  });
});
