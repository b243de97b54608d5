import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefindNode from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchSite, type PagefindApi, type SearchOutcome } from '../../../src/lib/search/engine';
import type { SearchName } from '../../../src/lib/search/names';
import { statusParts } from '../../../src/lib/search/client/results';
import { loadPagefind } from '../../../fixtures/pagefind';
import { MODI_NAME } from '../../support/glossary-entries';

/*
 * A site of thirteen story pages that all name Modi and all speak of talks,
 * indexed by the real Pagefind: search reads the ten best pages only, and
 * says how many more match.
 */
const STORIES = 13;

const page = (story: number) => {
  // The last story is the only one about grain, and a long one, so that Pagefind ranks it low for "talks".
  const body =
    story === STORIES
      ? `<p>Modi joined the talks. ${'Filler words about ports and railways and markets. '.repeat(40)}Grain was on the table.</p>`
      : `<p>Modi joined the talks. The talks went on; talks about talks.</p>`;
  return `<!doctype html><html lang="en"><head><title>Story ${story}</title></head><body>
<main data-pagefind-body><h1>Story ${story}</h1><h2 id="part-1">Part one</h2>${body}</main></body></html>`;
};

const NAMES: SearchName[] = [MODI_NAME];

let bundle: string;
let pagefind: PagefindApi;
let pagesRead = 0;

beforeAll(async () => {
  bundle = mkdtempSync(join(tmpdir(), 'search-page-limit-'));
  try {
    const { index } = await pagefindNode.createIndex({});
    for (let story = 1; story <= STORIES; story += 1) await index!.addHTMLFile({ url: `/story-${story}/`, content: page(story) });
    await index!.writeFiles({ outputPath: bundle });
  } finally {
    await pagefindNode.close();
  }
  const real = await loadPagefind(bundle);
  // The real index; only counting the pages whose data search reads.
  pagefind = {
    async search(term) {
      const response = await real.search(term);
      if (!response) return response;
      return {
        results: response.results.map((result) => ({
          ...result,
          data() {
            pagesRead += 1;
            return result.data();
          },
        })),
      };
    },
  };
});
afterAll(() => rmSync(bundle, { recursive: true, force: true }));

const storiesOf = (outcome: SearchOutcome) =>
  new Set(outcome.groups.flatMap((group) => group.hits.map((hit) => new URL(hit.url, 'https://x').pathname)));

async function search(query: string): Promise<SearchOutcome> {
  pagesRead = 0;
  return searchSite(pagefind, query, NAMES);
}

describe('a query that thirteen stories match', () => {
  it('reads ten of them for a name, and counts the three left', async () => {
    const outcome = await search('Modi');
    expect(pagesRead).toBe(10);
    expect(storiesOf(outcome).size).toBe(10);
    expect(outcome.unread).toBe(3);
  });

  it('reads ten of them for an ordinary word, and counts the three left', async () => {
    const outcome = await search('talks');
    expect(pagesRead).toBe(10);
    expect(storiesOf(outcome).size).toBe(10);
    expect(outcome.unread).toBe(3);
  });

  it('reads the story that holds every word of the query first, wherever Pagefind ranks it for one word', async () => {
    const outcome = await search('talks grain');
    expect(storiesOf(outcome)).toContain(`/story-${STORIES}/`);
    expect(outcome.groups[0]!.hits[0]!.url).toBe(`/story-${STORIES}/#part-1`);
  });

  it('tells the reader how many more stories match', async () => {
    expect(statusParts(await search('Modi'))).toEqual([
      '10 passages mention Narendra Modi, all in the article.',
      ' 3 more stories match too.',
    ]);
  });
});
