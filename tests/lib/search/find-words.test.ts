import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PagefindApi } from '../../../src/lib/search/engine';
import { searchWords } from '../../../src/lib/search/find-words';
import type { SearchName } from '../../../src/lib/search/names';
import { XI } from './names-fixture';
import { fixturePage, indexPages } from './pagefind-fixture';

/*
 * Small pages, each built so that one figure of the ranking (rank.ts) decides
 * the order of its passages and every figure before it ties. The later passage
 * in page order is the one that must come first, so that a figure that stops
 * counting shows as the page order. The expected orders are read off the text.
 */

/** Words that no query asks for, to give passages the same length. */
const filler = (count: number) => Array.from({ length: count }, (_, index) => `filler${String.fromCharCode(97 + (index % 26))}`).join(' ');

const PAGES = {
  // Both passages hold "timber" and "docks", never side by side, in 22 words each: only the distance differs.
  '/proximity/': fixturePage(
    `<h2 id="far">Harbour one</h2><p>Timber ${filler(20)} docks.</p>
<h2 id="near">Harbour two</h2><p>${filler(19)} docks and timber.</p>`,
  ),
  // "silk" once in the heading of a long passage, twice in the text of a short one: only the heading counts it higher.
  '/heading/': fixturePage(
    `<h2 id="trade">Trade</h2><p>Silk and more silk.</p>
<h2 id="road">Silk road</h2><p>${filler(40)}.</p>`,
  ),
  // "talks" ends one passage and "Grain" starts the next heading: the phrase "talks grain" is in neither.
  '/boundary/': fixturePage(
    `<h2 id="monday">Monday</h2><p>The ports hosted the talks</p>
<h2 id="exports">Grain exports</h2><p>Exports rose.</p>
<h2 id="tuesday">Tuesday</h2><p>Ports heard the talks grain traders wanted.</p>`,
  ),
  // The same words, side by side in one passage and scattered in the other.
  '/run/': fixturePage(
    `<h2 id="scattered">Scattered</h2><p>Cotton ${filler(3)} mills.</p>
<h2 id="together">Together</h2><p>${filler(3)} cotton mills.</p>`,
  ),
  // All the words beat some: "wheat" alone many times loses to "wheat" and "barley" once each.
  '/all-words/': fixturePage(
    `<h2 id="some">Some</h2><p>Wheat, wheat and wheat.</p>
<h2 id="all">All</h2><p>Barley ${filler(2)} wheat.</p>`,
  ),
  // A rare word counts for more than a common one: "tea" is in three passages, "coffee" in one.
  '/rarity/': fixturePage(
    `<h2 id="tea-one">Cups</h2><p>Tea here.</p>
<h2 id="tea-two">Mugs</h2><p>Tea there.</p>
<h2 id="tea-three">Pots</h2><p>Tea everywhere.</p>
<h2 id="coffee">Beans</h2><p>Coffee here.</p>`,
  ),
  // "war" is a whole word of the text, and also the start of "warm" and "warned".
  '/prefix/': fixturePage(
    `<h2 id="weather">Weather</h2><p>A warm day; they warned of rain.</p>
<h2 id="conflict">Conflict</h2><p>The war went on.</p>`,
  ),
  // "dual-use" is written with a hyphen; "Xi" is a name that "Jinping" asks for.
  '/forms/': fixturePage(
    `<h2 id="goods">Goods</h2><p>Exports of dual-use goods grew.</p>
<h2 id="host">Host</h2><p>Xi hosted the banquet.</p>`,
  ),
  // Words a reader's question puts otherwise: "said" for "say", "invasion" for "invade", "trip" for "visit"; "visit"
  // itself in a longer passage after "trip", so that only holding the word as written puts it first.
  '/other-forms/': fixturePage(
    `<h2 id="quote">Quote</h2><p>The minister said no.</p>
<h2 id="attack">Attack</h2><p>The invasion began at dawn.</p>
<h2 id="travel">Travel</h2><p>Her first trip abroad.</p>
<h2 id="tour">Tour</h2><p>Her first visit was planned by the ministry staff for the spring.</p>`,
  ),
  // On a story page: the same words in an event and, later, in a section; every other figure ties or favours the event.
  '/article-first/': fixturePage(
    `<h2 id="event-quay">Quay</h2><p>Gantries rusted slowly.</p>
<h2 id="wharf">Wharf</h2><p>Gantries rusted slowly.</p>`,
  ),
  // On a story page: "bollards" only in a note of the section, in the text of the event; every later figure favours the
  // section, which comes first in page order.
  '/article-words/': fixturePage(
    `<h2 id="pier">Pier</h2><p>Forklifts waited there.</p><ol><li id="note-pier">Bollards gleamed.</li></ol>
<h2 id="event-berth">Berth</h2><p>Forklifts waited there. Bollards gleamed.</p>`,
  ),
};

let pagefind: PagefindApi;
let remove: () => void;

beforeAll(async () => {
  ({ pagefind, remove } = await indexPages(PAGES));
});
afterAll(() => remove());

/** The URLs of the passages found, best first; `articleFirst` as on a story page. */
const order = async (query: string, names: SearchName[] = [], articleFirst = false) =>
  (await searchWords(pagefind, query, names, undefined, articleFirst)).hits.map((hit) => hit.url);

describe('ranking the passages that hold the query', () => {
  it('ranks words close together above the same words far apart', async () => {
    expect(await order('timber docks ')).toEqual(['/proximity/#near', '/proximity/#far']);
  });

  it('ranks a passage whose heading holds the word above one that only says it in its text, more often', async () => {
    expect(await order('silk ')).toEqual(['/heading/#road', '/heading/#trade']);
  });

  it('ranks the words side by side, in the reader’s order, above the same words scattered', async () => {
    expect(await order('cotton mills ')).toEqual(['/run/#together', '/run/#scattered']);
  });

  it('ranks a passage with every word above one with some, however often it says them', async () => {
    expect(await order('wheat barley ')).toEqual(['/all-words/#all', '/all-words/#some']);
  });

  it('ranks a passage with a rare word above passages with a common one', async () => {
    expect(await order('tea coffee ')).toEqual(['/rarity/#coffee', '/rarity/#tea-one', '/rarity/#tea-two', '/rarity/#tea-three']);
  });
});

describe('ranking on a story page', () => {
  it('ranks a section above an event that holds as many of the query’s words', async () => {
    expect(await order('gantries rusted ', [], true)).toEqual(['/article-first/#wharf', '/article-first/#event-quay']);
  });

  it('counts only the words of a section’s article text, not those of its notes', async () => {
    expect(await order('forklifts bollards ', [], true)).toEqual(['/article-words/#event-berth', '/article-words/#pier']);
  });
});

describe('matching words and phrases', () => {
  it('never lets a phrase run from the end of one passage into the heading of the next', async () => {
    expect(await order('"talks grain" ports ')).toEqual(['/boundary/#tuesday']);
  });

  it('highlights the words found, as the text writes them', async () => {
    const [hit] = (await searchWords(pagefind, '"talks grain" ports ', [])).hits;
    expect(hit!.excerpt.filter((part) => part.mark).map((part) => part.text)).toEqual(['Ports', 'talks grain']);
  });

  it('takes a whole word of the text as that word, never as the start of longer ones', async () => {
    const outcome = await searchWords(pagefind, 'war', []);
    expect(outcome.hits.map((hit) => hit.url)).toEqual(['/prefix/#conflict']);
    expect(outcome.complete).toBe(true);
  });

  it('takes a word still being typed that no word of the text is as a prefix, and lists the words it starts', async () => {
    const outcome = await searchWords(pagefind, 'weath', []);
    expect(outcome.hits.map((hit) => hit.url)).toEqual(['/prefix/#weather']);
    expect(outcome.complete).toBe(false);
    expect(outcome.completions).toEqual(['weather']);
  });

  it('finds a hyphenated word written with a space, and the word written with a hyphen', async () => {
    expect(await order('dual use ')).toEqual(['/forms/#goods']);
    expect(await order('dual-use ')).toEqual(['/forms/#goods']);
  });

  it('finds the passages that name a glossary entry by another of its one-word forms', async () => {
    expect(await order('Jinping banquet ', [XI])).toEqual(['/forms/#host']);
    expect(await order('Jinping banquet ')).toEqual(['/forms/#host']);
  });

  it('finds the other forms of an irregular verb, a listed synonym, and a verb’s noun in “-sion”', async () => {
    expect(await order('say ')).toEqual(['/other-forms/#quote']);
    expect(await order('invade ')).toEqual(['/other-forms/#attack']);
    // The word as written first, then the synonym.
    expect(await order('visit ')).toEqual(['/other-forms/#tour', '/other-forms/#travel']);
  });

  it('finds nothing for a query of no words', async () => {
    expect(await searchWords(pagefind, '  ', [])).toEqual({ hits: [], complete: false, completions: [], unread: 0 });
  });
});
