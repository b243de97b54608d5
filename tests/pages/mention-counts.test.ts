import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { type Browser } from 'playwright-core';
import { type StaticSite, useBrowserSite, useTab } from '../support/browser';
import { distDir } from '../../fixtures/paths';
import { builtPage } from '../support/site';

/*
 * A mention is every occurrence of an entry's name that its page highlights:
 * "New Delhi … India" in one sentence is two mentions of India. The glossary
 * index, the entry page, /search/'s list and the search card must all say that same number;
 * the story's who's who, compact, shows none.
 */

const entries = parse(readFileSync(new URL('../../content/glossary.yaml', import.meta.url), 'utf8')) as { id: string; term: string }[];
const names = JSON.parse(readFileSync(join(distDir, 'search/names.json'), 'utf8')) as { id: string; mentions: number }[];

/** The number in "14 mentions in the article", "1 mention…", or 0 for "Not named in the article". */
function countIn(text: string): number {
  const words = text.replace(/\s+/g, ' ').trim();
  if (words.startsWith('Not named in the article')) return 0;
  const match = /^(\d+) mentions? in the article/.exec(words);
  if (!match) throw new Error(`No count in “${words}”`);
  return Number(match[1]);
}

describe('mention counts', () => {
  const explainer = builtPage('/sco-2025/');
  const index = builtPage('/glossary/');
  // /search/ lists every name with its count for a reader without JavaScript: static HTML, what such a reader sees.
  const searchPage = builtPage('/search/');

  it('lists every entry on /search/, each once, for a reader without JavaScript', () => {
    const listed = searchPage('main li a')
      .map((_, link) => searchPage(link).attr('href'))
      .get();
    expect(listed.toSorted()).toEqual(entries.map(({ id }) => `/glossary/${id}/`).toSorted());
  });

  it('agree for every entry: glossary index, entry page, search card and the highlighted mentions', () => {
    for (const { id } of entries) {
      const page = builtPage(`/glossary/${id}/`);
      const highlighted = page('.mentions mark').length;
      const counts = {
        highlighted,
        entryPage: countIn(page('.count').text()),
        glossaryIndex: countIn(index(`a[href="/glossary/${id}/"]`).closest('li').find('.count').text()),
        searchPage: countIn(searchPage(`main li a[href="/glossary/${id}/"]`).closest('li').find('.search-page-count').text()),
        searchCard: names.find((name) => name.id === id)?.mentions,
      };
      expect(counts, id).toEqual({
        highlighted,
        entryPage: highlighted,
        glossaryIndex: highlighted,
        searchPage: highlighted,
        searchCard: highlighted,
      });
      // The story's who's who left its count to the entry's page, where the mentions are listed.
      expect(explainer(`h4#term-${id}`).nextUntil('h4').addBack().text(), id).not.toMatch(
        /mentions? in the article|Not named in the article/,
      );
    }
  });

  it('counts two mentions in one sentence twice (Putin, Ukraine, India with “New Delhi”)', () => {
    const count = (id: string) => countIn(builtPage(`/glossary/${id}/`)('.count').text());
    // As counted in the article by hand (issue 11): each sentence that names them twice counts twice.
    expect({ putin: count('vladimir-putin'), ukraine: count('ukraine'), india: count('india') }).toEqual({
      putin: 14,
      ukraine: 9,
      india: 5,
    });
  });
});

describe('the search card’s count in Chromium', () => {
  let browser: Browser;
  let site: StaticSite;
  useBrowserSite((live) => ({ browser, site } = live));
  const tab = useTab(() => ({ browser, site }));

  it('shows the count the entry page shows', async () => {
    const page = await tab.visit('/sco-2025/?q=Putin');
    const card = page.locator('.search-card', { hasText: 'Vladimir Putin' });
    await expect.poll(() => card.locator('.search-card-count').textContent()).toBe('14 mentions in the article');
    await tab.leave(page);
  });
});
