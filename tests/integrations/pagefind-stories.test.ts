import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchSite, type PagefindApi, type SearchHit } from '../../src/lib/search/engine';
import { mentionSummary } from '../../src/lib/glossary/mention-summary';
import type { SearchName } from '../../src/lib/search/names';
import { scopedSearch, type FilterablePagefind } from '../../src/lib/search/scope';
import { multiStoryRoot, NAME_IN_EVERY_STORY } from '../support/multi-story-site';
import { loadPagefind } from '../../fixtures/pagefind';

/*
 * Search across stories, over the real Pagefind index of the multi-story
 * fixture (the SCO story and three synthetic ones): each story page carries
 * its story as a Pagefind filter and its headline as metadata, a story's
 * search keeps to it, and a wide search finds the right story.
 */

const SCO = 'Xi hosts Putin and Modi: the 2025 SCO summit, explained';
/** Each story's headline, as content/stories/sco-2025/story.yaml and fixtures/synthetic-stories.ts write them. */
const HEADLINES: Record<string, string> = {
  'sco-2025': SCO,
  'synthetic-alpha': 'Synthetic test story synthetic-alpha: not news',
  'synthetic-beta': 'Synthetic test story synthetic-beta: not news',
  'synthetic-gamma': 'Synthetic test story synthetic-gamma: not news',
};
const ALL = Object.keys(HEADLINES).toSorted();

let pagefind: PagefindApi & FilterablePagefind;
let names: SearchName[];
let dist: string;

beforeAll(async () => {
  dist = join(multiStoryRoot(), 'dist');
  pagefind = await loadPagefind(join(dist, 'pagefind'));
  names = JSON.parse(readFileSync(join(dist, 'search/names.json'), 'utf8')) as SearchName[];
});

/** The story a result's address belongs to: its first path segment. */
const storyOfUrl = (url: string) => url.split('/')[1];
const listed = (hits: { groups: { hits: SearchHit[] }[] }) => hits.groups.flatMap((group) => group.hits);

async function searchIn(story: string | null, query: string) {
  const scoped = scopedSearch(pagefind, story);
  const outcome = await searchSite(scoped.pagefind, query, names);
  return { hits: listed(outcome), storyOf: scoped.storyOf };
}

describe('the story filter of the multi-story index', () => {
  it('holds one page for each story', async () => {
    expect(await pagefind.filters()).toEqual({
      story: { 'sco-2025': 1, 'synthetic-alpha': 1, 'synthetic-beta': 1, 'synthetic-gamma': 1 },
    });
  });

  it('keeps a story to its own page, which carries the story’s headline', async () => {
    for (const [slug, headline] of Object.entries(HEADLINES)) {
      const { results } = (await pagefind.search(null, { filters: { story: slug } }))!;
      const pages = await Promise.all(results.map((result) => result.data()));
      expect(pages.map((page) => [page.url, page.meta['story_headline']])).toEqual([[`/${slug}/`, headline]]);
    }
  });
});

describe('queries that must find the right story', () => {
  it(`finds "${NAME_IN_EVERY_STORY}", a name in every story, in all four stories once widened`, async () => {
    const { hits, storyOf } = await searchIn(null, NAME_IN_EVERY_STORY);
    expect(new Set(hits.map((hit) => storyOfUrl(hit.url)))).toEqual(new Set(ALL));
    // Each result is named by its own story's headline.
    for (const hit of hits) expect(storyOf(hit.url)).toBe(HEADLINES[storyOfUrl(hit.url)!]);
  });

  it(`finds "${NAME_IN_EVERY_STORY}" in synthetic-beta only, scoped to synthetic-beta`, async () => {
    const { hits } = await searchIn('synthetic-beta', NAME_IN_EVERY_STORY);
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((hit) => storyOfUrl(hit.url)))).toEqual(new Set(['synthetic-beta']));
  });

  it('finds a story’s timeline event first among all stories', async () => {
    const { hits } = await searchIn(null, 'Synthetic event of synthetic-gamma');
    expect(hits[0]?.url).toBe('/synthetic-gamma/#event-synthetic-gamma-event');
  });

  it('finds the SCO story’s own quote among all stories, and nothing of it in a synthetic story', async () => {
    const wide = await searchIn(null, 'shoulder to shoulder');
    expect(wide.hits[0]?.url).toBe('/sco-2025/#shoulder-to-shoulder');
    const elsewhere = await searchIn('synthetic-alpha', 'shoulder to shoulder');
    expect(elsewhere.hits.filter((hit) => storyOfUrl(hit.url) !== 'synthetic-alpha')).toEqual([]);
  });

  it('finds the note phrase that only the synthetic stories carry in those three, not in the SCO story', async () => {
    const { hits } = await searchIn(null, '"marker phrase"');
    expect(new Set(hits.map((hit) => storyOfUrl(hit.url)))).toEqual(new Set(['synthetic-alpha', 'synthetic-beta', 'synthetic-gamma']));
  });
});

describe('the names file across stories', () => {
  it(`counts the stories that name ${NAME_IN_EVERY_STORY}, and the card says what the entry page says`, () => {
    const modi = names.find((name) => name.aliases.includes(NAME_IN_EVERY_STORY))!;
    expect(modi.stories).toBe(4);
    const $ = load(readFileSync(join(dist, `glossary/${modi.id}/index.html`), 'utf8'));
    const pageCount = $('#mentions').nextAll('p.count').first().text().trim();
    expect(`${mentionSummary(modi.mentions, modi.context, modi.stories)}.`).toBe(pageCount);
    expect(pageCount).toMatch(/ in 4 stories\.$/);
  });
});
