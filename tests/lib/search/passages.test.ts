import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PagefindApi, PagefindFragment } from '../../../src/lib/search/engine';
import {
  foundPages,
  headingLength,
  hitFor,
  load,
  passageAt,
  passagesOf,
  readBest,
  textOf,
  type LoadedPage,
} from '../../../src/lib/search/passages';
import { fixturePage, indexPages } from './pagefind-fixture';

/*
 * Pages indexed by the real Pagefind, cut into passages as search cuts them.
 * Pagefind ends every heading and paragraph with a full stop in its content:
 * "Explainer. The opening words. Talks. Modi met Xi. …".
 */
const PAGES = {
  '/explainer/': fixturePage(
    `<p>The opening words.</p>
<h2 id="talks">Talks</h2><p>Modi met Xi.</p>
<h2 id="empty"></h2><h3 id="event-banquet">The banquet</h3><p>Xi hosted.</p>
<h2>No id here</h2><p>Still the banquet.</p>
<h2 id="term-sco">SCO</h2><p>A bloc.</p>`,
    'Explainer',
  ),
  '/other/': fixturePage('<h2 id="part">Part</h2><p>Modi spoke.</p>', 'Other'),
};

let pagefind: PagefindApi;
let remove: () => void;
let page: LoadedPage;

beforeAll(async () => {
  ({ pagefind, remove } = await indexPages(PAGES));
  const [result] = (await pagefind.search('opening'))!.results;
  page = await load(result!);
});
afterAll(() => remove());

const passage = (anchor: string | null) => page.passages.find((one) => one.anchor === anchor)!;

describe('cutting a page into passages', () => {
  it('starts a passage at each heading with an id and words, and gives the words before the first to the page’s opening', () => {
    expect(page.passages.map(({ url, kind, title }) => [url, kind, title])).toEqual([
      ['/explainer/', 'intro', 'Explainer'],
      ['/explainer/#talks', 'section', 'Talks'],
      ['/explainer/#event-banquet', 'event', 'The banquet'],
      ['/explainer/#term-sco', 'term', 'SCO'],
    ]);
  });

  it('covers every word once, in order: a heading without an id stays in the passage before it', () => {
    expect(page.passages.map((one) => textOf(page.fragment.content, page.words, one.from, one.to))).toEqual([
      'Explainer. The opening words.',
      'Talks. Modi met Xi.',
      'The banquet. Xi hosted. No id here. Still the banquet.',
      'SCO. A bloc.',
    ]);
    expect(page.passages.at(-1)!.to).toBe(page.words.length);
  });

  it('keeps the later of two headings at one place, the one that holds the text', () => {
    const anchors: PagefindFragment['anchors'] = [
      { element: 'h2', id: 'outer', text: 'Outer', location: 2 },
      { element: 'h3', id: 'inner', text: 'Inner', location: 2 },
    ];
    const fragment: PagefindFragment = { url: '/x/', content: 'a b Inner c d', meta: { title: 'X' }, anchors };
    expect(passagesOf(fragment, 5).map((one) => [one.anchor, one.from, one.to])).toEqual([
      [null, 0, 2],
      ['inner', 2, 5],
    ]);
  });

  it('finds the passage that holds a word’s location, and none past the page', () => {
    expect(passageAt(page.passages, 0)?.anchor).toBeNull();
    expect(passageAt(page.passages, passage('talks').from)?.anchor).toBe('talks');
    expect(passageAt(page.passages, passage('talks').to)?.anchor).toBe('event-banquet');
    expect(passageAt(page.passages, page.words.length)).toBeUndefined();
  });
});

describe('a passage’s heading', () => {
  it('counts the heading’s words at the start of the passage, with the full stop Pagefind adds', () => {
    expect(headingLength(passage('talks'), page.fragment.content, page.words)).toBe(1);
    expect(headingLength(passage('event-banquet'), page.fragment.content, page.words)).toBe(2);
  });

  it('counts none when the passage does not start with its title', () => {
    // The opening's title is the page's title from its metadata; here the <h1> says the same, so count it too.
    expect(headingLength(passage(null), page.fragment.content, page.words)).toBe(1);
    const renamed = { ...passage('talks'), title: 'Negotiations' };
    expect(headingLength(renamed, page.fragment.content, page.words)).toBe(0);
  });
});

describe('the result for a passage', () => {
  it('marks the matches in its heading and its text, and counts both', () => {
    const hit = hitFor(passage('event-banquet'), page.fragment.content, page.words, { kind: 'words', words: ['banquet'] });
    expect(hit).toMatchObject({ url: '/explainer/#event-banquet', anchor: 'event-banquet', kind: 'event', matches: 2 });
    expect(hit!.titleParts).toEqual([
      { text: 'The ', mark: false },
      { text: 'banquet', mark: true },
    ]);
    expect(hit!.excerpt.filter((part) => part.mark).map((part) => part.text)).toEqual(['banquet']);
    expect(hit!.excerpt.map((part) => part.text).join('')).toBe('Xi hosted. No id here. Still the banquet.');
  });

  it('is none when the plan matches nowhere in the passage', () => {
    expect(hitFor(passage('term-sco'), page.fragment.content, page.words, { kind: 'names', forms: ['Modi'] })).toBeNull();
  });
});

describe('the pages a search reads', () => {
  it('merges the lookups into one entry per page, the pages that most lookups found first, with every word found', async () => {
    // "spoke" finds only the other page, which Pagefind therefore meets first; the explainer holds three of the words.
    const responses = await Promise.all(['spoke', 'modi', 'opening', 'talks'].map((word) => pagefind.search(word)));
    const { pages, unread } = await readBest(foundPages([...responses, null]));
    expect(unread).toBe(0);
    expect(pages.map(({ page: one }) => one.fragment.url)).toEqual(['/explainer/', '/other/']);
    const [explainer, other] = pages;
    const wordsAt = ({ page: one, locations }: (typeof pages)[number]) =>
      [...locations].toSorted((a, b) => a - b).map((at) => textOf(one.fragment.content, one.words, at, at + 1));
    expect(wordsAt(explainer!)).toEqual(['opening', 'Talks.', 'Modi']);
    expect(wordsAt(other!)).toEqual(['Modi', 'spoke.']);
  });

  it('counts how many lookups found each page', async () => {
    const responses = await Promise.all(['spoke', 'modi', 'opening', 'talks'].map((word) => pagefind.search(word)));
    expect(foundPages(responses).map(({ lookups }) => lookups)).toEqual([3, 2]);
  });
});
