import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { distDir } from '../../fixtures/paths';
import { builtFile, builtPage } from '../support/site';
import { pngSize } from '../support/png';
import { SECTION_IDS } from '../support/sections';

const SITE = 'https://sco-2025.example.org';
const IDS = SECTION_IDS;

function meta($: ReturnType<typeof builtPage>, key: string): string | undefined {
  return $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
}

/** The site path of an absolute URL on the site, to find the built file behind it. */
function sitePath(url: string | undefined): string {
  expect(url, 'a URL is missing').toBeDefined();
  expect(url!.startsWith(`${SITE}/`), `${url} is not on the site`).toBe(true);
  return url!.slice(SITE.length);
}

describe('share pages', () => {
  it('exist for every section and for nothing else', () => {
    expect(readdirSync(join(distDir, 'sco-2025/s')).sort()).toEqual([...IDS].sort());
    // The first story's share pages of before the site held several stories only redirect (tests/browser/old-links).
    expect(readdirSync(join(distDir, 's')).sort()).toEqual([...IDS].sort());
  });

  for (const id of IDS) {
    it(`give /sco-2025/s/${id}/ its own title, description, canonical URL and link-preview tags`, () => {
      const $ = builtPage(`/sco-2025/s/${id}/`);
      const heading = $(`h2#${id}`).clone();
      heading.find('a').remove();
      const title = heading.text().trim();
      const description = meta($, 'description');
      expect($('title').text()).toBe(`${title} · SCO 2025 explained`);
      expect(description?.length).toBeGreaterThan(20);
      expect($('link[rel="canonical"]').attr('href')).toBe(`${SITE}/sco-2025/s/${id}/`);
      expect(meta($, 'og:title')).toBe(title);
      expect(meta($, 'og:description')).toBe(description);
      expect(meta($, 'og:url')).toBe(`${SITE}/sco-2025/s/${id}/`);
      expect(meta($, 'og:type')).toBe('article');
      expect(meta($, 'og:site_name')).toBe('SCO 2025 explained');
      expect(meta($, 'og:image')).toBe(`${SITE}/og/sco-2025/s/${id}.png`);
      expect(meta($, 'og:image:width')).toBe('1200');
      expect(meta($, 'og:image:height')).toBe('630');
      expect(meta($, 'og:image:alt')).toContain(title);
      expect(meta($, 'twitter:card')).toBe('summary_large_image');
      expect(meta($, 'twitter:title')).toBe(title);
      expect(meta($, 'twitter:description')).toBe(description);
      expect(meta($, 'twitter:image')).toBe(meta($, 'og:image'));
    });

    it(`draws /sco-2025/s/${id}/'s preview as a valid 1200 × 630 PNG`, () => {
      const png = readFileSync(builtFile(sitePath(meta(builtPage(`/sco-2025/s/${id}/`), 'og:image'))));
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    });
  }

  it('show the section, with links to its neighbours and into the full explainer', () => {
    const $ = builtPage('/sco-2025/s/close-rapport/');
    expect($('section[data-section="close-rapport"] .prose').text()).toContain('welcome banquet');
    expect($('a[rel="prev"]').attr('href')).toBe('/sco-2025/s/tactical-alliance/');
    expect($('a[rel="next"]').attr('href')).toBe('/sco-2025/s/since-alaska/');
    expect($('a[href="/sco-2025/#close-rapport"]').text()).toContain('full explainer');
  });

  it('link only forward from the first section and only back from the last', () => {
    expect(builtPage('/sco-2025/s/opening/')('a[rel="prev"]').length).toBe(0);
    expect(builtPage('/sco-2025/s/diplomatic-push/')('a[rel="next"]').length).toBe(0);
  });

  it('stay out of the site search and out of search engines', () => {
    for (const id of IDS) {
      const $ = builtPage(`/sco-2025/s/${id}/`);
      expect($('[data-pagefind-body]').length, id).toBe(0);
      expect(meta($, 'robots'), id).toBe('noindex, follow');
    }
    expect(builtPage('/sco-2025/')('[data-pagefind-body]').length).toBe(1);
  });
});

describe('the explainer page', () => {
  it('has full link-preview tags and its own image', () => {
    const $ = builtPage('/sco-2025/');
    expect(meta($, 'og:title')).toBe($('h1').text().trim());
    expect(meta($, 'og:description')).toBe(meta($, 'description'));
    expect(meta($, 'og:url')).toBe(`${SITE}/sco-2025/`);
    expect(meta($, 'og:image')).toBe(`${SITE}/og/sco-2025.png`);
    expect(meta($, 'twitter:card')).toBe('summary_large_image');
    expect(meta($, 'twitter:image')).toBe(`${SITE}/og/sco-2025.png`);
    expect(pngSize(readFileSync(builtFile('/og/sco-2025.png')))).toEqual({ width: 1200, height: 630 });
  });

  it('gives every section Copy link and Share buttons, hidden until a script can make them work', () => {
    const $ = builtPage('/sco-2025/');
    for (const id of IDS) {
      const tools = $(`section[data-section="${id}"] [data-section-tools]`);
      expect(tools.attr('hidden'), id).toBeDefined();
      expect(tools.attr('data-pagefind-ignore'), id).toBeDefined();
      expect(tools.attr('data-share-path'), id).toBe(`/sco-2025/s/${id}/`);
      expect(tools.find('button[data-copy-link]').text(), id).toContain('Copy link');
      expect(tools.find('[role="status"]').length, id).toBe(1);
    }
  });
});

describe('the glossary entry pages', () => {
  const entries = parse(readFileSync(join(distDir, '..', 'content', 'glossary.yaml'), 'utf8')) as {
    id: string;
    term: string;
    definition: string;
  }[];

  it('each have link-preview tags pointing at their own 1200 × 630 card', () => {
    expect(entries.length).toBeGreaterThan(30);
    for (const { id, term, definition } of entries) {
      const $ = builtPage(`/glossary/${id}/`);
      expect(meta($, 'og:image'), id).toBe(`${SITE}/og/glossary/${id}.png`);
      expect(meta($, 'twitter:image'), id).toBe(`${SITE}/og/glossary/${id}.png`);
      expect(meta($, 'twitter:card')).toBe('summary_large_image');
      expect(meta($, 'og:image:width')).toBe('1200');
      expect(meta($, 'og:image:height')).toBe('630');
      expect(meta($, 'og:url')).toBe(`${SITE}/glossary/${id}/`);
      expect(meta($, 'og:description')).toBe(definition);
      expect(meta($, 'og:image:alt')).toContain(term);
      expect(pngSize(readFileSync(builtFile(sitePath(meta($, 'og:image')))))).toEqual({ width: 1200, height: 630 });
    }
    expect(meta(builtPage('/glossary/narendra-modi/'), 'og:image:alt')).toBe('Person: Narendra Modi. Prime Minister of India.');
  });
});
