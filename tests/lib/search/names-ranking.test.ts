import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchSite, type PagefindApi } from '../../../src/lib/search/engine';
import { MODI_NAME } from '../../support/glossary-entries';
import { fixturePage, indexPages } from './pagefind-fixture';

/*
 * How the passages that name a glossary entry are ordered and which are listed (engine.ts, searchNames), each case
 * on a page of its own, so that one figure decides and removing it shows. The expected orders are read off the text.
 */

interface Index {
  pagefind: PagefindApi;
  remove: () => void;
}

let ownEntry: Index;
let opening: Index;
let storyPage: Index;

beforeAll(async () => {
  // The entry's own passage names him in its heading, and so does the page's opening, in the page's title.
  ownEntry = await indexPages({
    '/own/': fixturePage(
      `<p>Plain words.</p><h2 id="term-narendra-modi">Narendra Modi</h2><p>Prime Minister of India.</p>
<h2 id="talks">Talks</h2><p>Modi spoke.</p>`,
      'Modi abroad',
    ),
  });
  // The best passage names him in its heading; the page's opening only in its text.
  opening = await indexPages({
    '/opening/': fixturePage(`<p>Modi came.</p><h2 id="visit">Modi visits</h2><p>Plain words.</p>`),
  });
  // An event named after him comes first in page order and names him in its heading; a section only in its text.
  storyPage = await indexPages({
    '/story/': fixturePage(`<p>Plain words.</p><h2 id="event-trip">Modi travels</h2><p>Plain words.</p>
<h2 id="talks">Talks</h2><p>Modi spoke.</p>`),
  });
});
afterAll(() => {
  for (const index of [ownEntry, opening, storyPage]) index.remove();
});

const anchors = async ({ pagefind }: Index, articleFirst = false) =>
  (await searchSite(pagefind, 'Modi', [MODI_NAME], undefined, { articleFirst })).groups.flatMap((group) =>
    group.hits.map((hit) => hit.anchor),
  );

describe('the passages that name an entry', () => {
  it('never lists the page’s opening beside the entry’s own passage, which its card shows', async () => {
    expect(await anchors(ownEntry)).toEqual(['talks']);
  });

  it('lists the page’s opening only when it names the entry in its heading, as the best passage does', async () => {
    expect(await anchors(opening)).toEqual(['visit']);
  });

  it('lists, on a story page, the article’s passages before an event whose heading names the entry', async () => {
    expect(await anchors(storyPage)).toEqual(['event-trip', 'talks']);
    expect(await anchors(storyPage, true)).toEqual(['talks', 'event-trip']);
  });
});
