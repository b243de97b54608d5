import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchSite, type PagefindApi, type SearchHit } from '../../src/lib/search/engine';
import type { SearchName } from '../../src/lib/search/names';
import { parse } from 'yaml';
import { distDir, projectRoot } from '../../fixtures/paths';
import { loadPagefind } from '../../fixtures/pagefind';
import { SECTION_IDS, type SectionId } from '../support/sections';
import { builtPage } from '../support/site';

const SECTIONS = SECTION_IDS;

/*
 * The sections each query finds, every one and no other, in reading order, read off the
 * article's text and the explainer's notes. "not-alone" ends with the
 * source's headline ("…for Putin and Modi…"), which the page shows between it
 * and the next section; the note on "Beijing summit" in "opening" says where
 * the SCO summit met.
 */
const CASES: { query: string; names: string[]; sections: readonly SectionId[] }[] = [
  {
    query: 'Modi',
    names: ['narendra-modi'],
    sections: ['not-alone', 'ukraine-war', 'shoulder-to-shoulder'],
  },
  {
    query: 'SCO',
    names: ['sco'],
    sections: ['opening', 'since-alaska', 'shoulder-to-shoulder'],
  },
  {
    query: 'Shanghai Cooperation Organisation',
    names: ['sco'],
    sections: ['opening', 'since-alaska', 'shoulder-to-shoulder'],
  },
  // Every section: the article's own words name him in all but "ukraine-war", where the note on "slow-rolled that threat" does.
  { query: 'Putin', names: ['vladimir-putin'], sections: [...SECTIONS] },
  { query: 'Xi', names: ['xi-jinping'], sections: [...SECTIONS] },
  { query: 'Jinping', names: ['xi-jinping'], sections: [...SECTIONS] },
  {
    query: 'dual-use',
    names: [],
    sections: ['not-alone', 'ukraine-war'],
  },
  // "Alaska" names the Alaska summit in the glossary.
  // The article names Alaska in "since-alaska"; the note on "slow-rolled that threat" in "ukraine-war" does too.
  { query: 'Alaska', names: ['alaska-summit'], sections: ['since-alaska', 'ukraine-war'] },
  // A context entry: the article never names Bessent, but the note on "earlier this summer" in "ukraine-war" does.
  { query: 'Bessent', names: ['scott-bessent'], sections: ['ukraine-war'] },
];

/** The glossary as its editors write it, read apart from the code under test. */
const GLOSSARY = parse(readFileSync(join(projectRoot, 'content/glossary.yaml'), 'utf8')) as {
  id: string;
  term: string;
  aliases?: string[];
}[];

let pagefind: PagefindApi;
let names: SearchName[];

beforeAll(async () => {
  pagefind = await loadPagefind();
  names = JSON.parse(readFileSync(join(distDir, 'search/names.json'), 'utf8')) as SearchName[];
});

const marked = (hit: SearchHit) => [...hit.titleParts, ...hit.excerpt].filter((part) => part.mark).map((part) => part.text);
const fold = (text: string) => text.replace(/[\s\-\u2010\u2011]+/g, ' ');

describe('the built search index', () => {
  it('indexes the explainer page only: share, glossary and search pages never repeat its passages', async () => {
    const everything = (await pagefind.search(null))!;
    const urls = await Promise.all(everything.results.map(async (result) => (await result.data()).url));
    expect(urls).toEqual(['/sco-2025/']);
  });

  it('gives every section its own anchor', async () => {
    const fragment = await (await pagefind.search('the'))!.results[0]!.data();
    const ids = fragment.anchors.filter((anchor) => /^h\d$/.test(anchor.element)).map((anchor) => anchor.id);
    expect(ids).toEqual(expect.arrayContaining([...SECTIONS]));
  });

  it('leaves page furniture out of the index', async () => {
    const fragment = await (await pagefind.search('the'))!.results[0]!.data();
    for (const furniture of ['Skip to the article', 'Contents', 'An independent explainer', 'Part 1 of 8', 'Link to']) {
      expect(fragment.content).not.toContain(furniture);
    }
    const $ = builtPage('/sco-2025/');
    expect($('.site-header').attr('data-pagefind-ignore')).toBe('');
    expect($('.site-footer').attr('data-pagefind-ignore')).toBe('');
    expect($('#search-dialog').attr('data-pagefind-ignore')).toBe('');
  });

  it('writes the names file with every glossary entry and its page', () => {
    const glossaryIds = GLOSSARY.map((entry) => entry.id);
    expect(names.map((name) => name.id).toSorted()).toEqual(glossaryIds.toSorted());
    for (const name of names) {
      expect(name.url).toBe(`/glossary/${name.id}/`);
      expect(name.definition.trim()).not.toBe('');
    }
  });

  it('ships none of the Pagefind UI bundles that the site does not use', () => {
    const files = readdirSync(join(distDir, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files.filter((file) => /ui|highlight|worker/.test(file))).toEqual([]);
  });
});

describe('searching the real index', () => {
  for (const { query, names: expectedNames, sections } of CASES) {
    it(`finds "${query}" in exactly the right sections`, async () => {
      const outcome = await searchSite(pagefind, query, names);
      const found = new Set(outcome.groups.flatMap((group) => group.hits).map((hit) => hit.anchor));
      expect(SECTIONS.filter((id) => found.has(id))).toEqual(sections);
      expect(outcome.names.map((entry) => entry.id)).toEqual(expectedNames);
    });
  }

  for (const { query, names: entryIds } of CASES.filter(({ names: named }) => named.length > 0)) {
    it(`never returns a passage for "${query}" without the name or one of its forms`, async () => {
      const outcome = await searchSite(pagefind, query, names);
      // The forms as the glossary writes them: the term, the term without its qualifier in brackets, the aliases.
      const forms = new Set(
        GLOSSARY.filter((entry) => entryIds.includes(entry.id))
          .flatMap((entry) => [entry.term, entry.term.replace(/\s*\([^)]*\)$/, ''), ...(entry.aliases ?? [])])
          .map(fold),
      );
      expect(outcome.count).toBeGreaterThan(0);
      for (const hit of outcome.groups.flatMap((group) => group.hits)) {
        const marks = marked(hit);
        expect(marks.length, `${hit.url} shows no mention`).toBeGreaterThan(0);
        for (const mark of marks) expect(forms, `${hit.url} marks "${mark}"`).toContain(fold(mark));
      }
    });
  }

  it('links every result to an anchor that exists on the page', async () => {
    const $ = builtPage('/sco-2025/');
    for (const query of ['Modi', 'tariffs', 'Xi']) {
      const hits = (await searchSite(pagefind, query, names)).groups.flatMap((group) => group.hits);
      const anchored = hits.filter((hit) => hit.anchor !== null);
      expect(anchored.length, query).toBeGreaterThan(0);
      for (const hit of anchored) expect($(`[id="${hit.anchor}"]`).length, hit.url).toBe(1);
      // A passage before the first heading is the top of the page itself.
      for (const hit of hits.filter((hit) => hit.anchor === null)) expect(hit.url).toBe('/sco-2025/');
    }
  });

  it('builds the index in the build, without a separate step', () => {
    expect(existsSync(join(distDir, 'pagefind/pagefind-entry.json'))).toBe(true);
  });
});
