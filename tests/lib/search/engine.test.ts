import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefindNode from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  groupHits,
  MAX_QUERY_LENGTH,
  searchSite,
  type PagefindApi,
  type SearchHit,
  type SearchOutcome,
} from '../../../src/lib/search/engine';
import { statusParts } from '../../../src/lib/search/client/results';
import type { SearchName } from '../../../src/lib/search/names';
import { loadPagefind } from '../../../fixtures/pagefind';
import { MODI_NAME } from '../../support/glossary-entries';
import { XI } from './names-fixture';

/*
 * A small page full of Pagefind's prefix traps, indexed by the real Pagefind
 * and searched through its real JS API: "Modi" in "modified", "Xi" in
 * "Xinhua", "SCO" in "score" and "Scottish".
 */
const PAGE = `<!doctype html><html lang="en"><head><title>Fixture</title></head><body>
<nav>Modi Xi SCO in the navigation</nav>
<main data-pagefind-body>
<h1>Prefix traps</h1>
<p>The opening names nobody.</p>
<h2 id="modi">Talks in Tianjin</h2><p>Narendra Modi met the host. Modi’s visit was his first in years.</p>
<h2 id="modified">Changed plans</h2><p>The plan was modified after Xinhua reported a record score for the Scottish side.</p>
<h2 id="xi">The host</h2><p>Xi hosted the banquet.</p>
<h2 id="sco">The bloc</h2><p>The SCO met; the Shanghai Cooperation Organisation has ten members.</p>
<h2 id="goods">Goods</h2><p>Exports of dual use goods grew.</p>
<h2 id="furniture">Furniture</h2><p>Plain words here. <span data-pagefind-ignore>Modi hidden from the index</span></p>
</main></body></html>`;

const NAMES: SearchName[] = [
  MODI_NAME,
  { ...XI, aliases: ['Xi', 'President Xi'], mentions: 0, stories: 0 },
  {
    id: 'sco',
    term: 'Shanghai Cooperation Organisation (SCO)',
    kind: 'organisation',
    aliases: ['SCO', 'Shanghai Cooperation Organisation'],
    definition: 'A Eurasian bloc.',
    url: '/glossary/sco/',
    mentions: 0,
    stories: 0,
    context: false,
  },
];

let bundle: string;
let pagefind: PagefindApi;

beforeAll(async () => {
  bundle = mkdtempSync(join(tmpdir(), 'search-engine-'));
  try {
    const { index } = await pagefindNode.createIndex({});
    await index!.addHTMLFile({ url: '/', content: PAGE });
    await index!.writeFiles({ outputPath: bundle });
  } finally {
    await pagefindNode.close();
  }
  pagefind = await loadPagefind(bundle);
});
afterAll(() => rmSync(bundle, { recursive: true, force: true }));

const anchors = (outcome: SearchOutcome) => outcome.groups.flatMap((group) => group.hits.map((hit) => hit.anchor));
const search = (query: string) => searchSite(pagefind, query, NAMES);

describe('search over a real Pagefind index', () => {
  it('shows why names need care: Pagefind alone matches "Modi" inside "modified"', async () => {
    const [page] = (await pagefind.search('Modi'))!.results;
    const fragment = await page!.data();
    const matched = page!.words.map((location) => fragment.content.split(/\s+/)[location]);
    expect(matched).toContain('modified');
  });

  it('finds a name only where it stands as a whole word', async () => {
    expect(anchors(await search('Modi'))).toEqual(['modi']);
    expect(anchors(await search('Xi'))).toEqual(['xi']);
    expect(anchors(await search('SCO'))).toEqual(['sco']);
  });

  it('finds the passages that use another form of the name', async () => {
    expect(anchors(await search('Jinping'))).toEqual(['xi']);
    expect(anchors(await search('shanghai cooperation organisation'))).toEqual(['sco']);
  });

  it('shows the glossary card for a name, in any case', async () => {
    expect((await search('modi')).names.map((name) => name.id)).toEqual(['narendra-modi']);
    expect((await search('Modi')).names.map((name) => name.id)).toEqual(['narendra-modi']);
  });

  it('highlights the whole name, never part of a word', async () => {
    const [hit] = (await search('Modi')).groups[0]!.hits;
    expect(hit!.excerpt.filter((part) => part.mark).map((part) => part.text)).toEqual(['Narendra Modi', 'Modi']);
    expect(hit!.title).toBe('Talks in Tianjin');
    expect(hit!.url).toBe('/#modi');
  });

  it('keeps prefix matching for ordinary words as the reader types', async () => {
    expect(anchors(await search('Mod'))).toEqual(['modi', 'modified']);
    expect(anchors(await search('Scot'))).toEqual(['modified']);
  });

  it('asks for the name that a word still being typed can only become, and for nothing else', async () => {
    // "Narend" starts "Narendra" alone: Modi's card, and his passages by any form of his name.
    const outcome = await search('Narend');
    expect(outcome.names.map((name) => name.id)).toEqual(['narendra-modi']);
    expect(anchors(outcome)).toEqual(['modi']);
    // "Modif" starts "modified", no name; "Mod" starts "Modi" and "modified": both stay ordinary words.
    expect((await search('Modif')).names).toEqual([]);
    expect((await search('Mod')).names).toEqual([]);
  });

  it('finds a hyphenated word written with a space', async () => {
    const outcome = await search('dual-use');
    expect(anchors(outcome)).toEqual(['goods']);
    expect(outcome.groups[0]!.hits[0]!.excerpt.filter((part) => part.mark).map((part) => part.text)).toEqual(['dual use']);
  });

  it('never returns furniture or ignored text', async () => {
    expect(anchors(await search('navigation'))).toEqual([]);
    expect(anchors(await search('hidden'))).toEqual([]);
  });

  it('stops a search the reader has typed past before it reads any page', async () => {
    const typedOn = new AbortController();
    let pagesRead = 0;
    // The real index; the reader types on while Pagefind looks the query up.
    const watched: PagefindApi = {
      async search(term) {
        const response = await pagefind.search(term);
        typedOn.abort();
        const results = (response?.results ?? []).map((result) => ({
          ...result,
          data() {
            pagesRead += 1;
            return result.data();
          },
        }));
        return { results };
      },
    };
    for (const query of ['Modi', 'plans']) {
      await expect(searchSite(watched, query, NAMES, typedOn.signal)).rejects.toThrow(/abort/i);
    }
    expect(pagesRead).toBe(0);
    expect(anchors(await searchSite(watched, 'Modi', NAMES))).toEqual(['modi']);
  });

  it('answers hostile or odd queries with text, never an error', async () => {
    // The fixture page decides each count: no passage holds "img", "alert", an emoji or Arabic script,
    // and a bidirectional override in front of "modi" is not part of the word, so it still finds Modi.
    const expected: [query: string, count: number][] = [
      ['<img src=x onerror=alert(1)>', 0],
      ['"', 0],
      ['"""', 0],
      ['x'.repeat(2000), 0],
      ['🦊🇨🇳', 0],
      ['مودي', 0],
      ['   ', 0],
      ['\u202Emodi', 1],
    ];
    for (const [query, count] of expected) {
      const outcome = await search(query);
      const label = JSON.stringify(query.slice(0, 20));
      expect(outcome.query.length, label).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      expect(outcome.count, label).toBe(count);
      expect(anchors(outcome), label).toHaveLength(count);
    }
  });
});

describe('grouping the hits', () => {
  const hit = (anchor: string | null, kind: SearchHit['kind']): SearchHit => ({
    url: `/#${anchor}`,
    anchor,
    kind,
    title: anchor ?? 'Opening',
    titleParts: [],
    excerpt: [],
    matches: 1,
    plan: { kind: 'words', words: [] },
  });

  it('lists each place under one heading, the places in the order of their best hit, each keeping the order of relevance', () => {
    const groups = groupHits([
      hit('event-a', 'event'),
      hit('opening', 'section'),
      hit(null, 'intro'),
      hit('event-b', 'event'),
      hit('term-c', 'term'),
      hit('term-d', 'term'),
    ]);
    expect(groups.map((group) => [group.label, group.hits.map((one) => one.anchor)])).toEqual([
      ['Timeline', ['event-a', 'event-b']],
      ['In the article', ['opening', null]],
      ['Glossary', ['term-c', 'term-d']],
    ]);
  });

  it('lists a section that matches only in its notes apart from the article, and the status line counts each place', () => {
    const hits = [hit('opening', 'section'), hit('event-a', 'event'), { ...hit('ukraine-war', 'section'), inNotesOnly: true as const }];
    const groups = groupHits(hits);
    expect(groups.map((group) => [group.label, group.hits.map((one) => one.anchor)])).toEqual([
      ['In the article', ['opening']],
      ['Timeline', ['event-a']],
      ['In the explainer’s notes', ['ukraine-war']],
    ]);
    const outcome = { query: 'Modi', names: [MODI_NAME], groups, count: 3, unread: 0, suggestions: [] };
    expect(statusParts(outcome)).toEqual([
      '3 passages mention Narendra Modi: 1 in the article, 1 in the timeline and 1 in the explainer’s notes.',
    ]);
    expect(statusParts({ ...outcome, groups: groups.slice(0, 1), count: 1 })).toEqual([
      '1 passage mentions Narendra Modi, in the article.',
    ]);
  });
});
