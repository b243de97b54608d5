import type { PagefindApi, PagefindFragment, PagefindResult } from './engine';

/*
 * Which stories a search covers. Each story page tells Pagefind its story
 * (a filter, the slug) and the story's headline (metadata), so that search on
 * a story page can keep to that story, and results from several stories can
 * say which story each comes from. Ranking and matching (engine.ts) know
 * nothing of stories: they search whatever Pagefind this module hands them.
 */

/** The Pagefind filter that holds a page's story slug. */
export const STORY_FILTER = 'story';
/** The Pagefind metadata key that holds a page's story headline. */
export const STORY_META = 'story_headline';

/**
 * The attributes of a story page's indexed element: Pagefind reads the filter
 * and the metadata from the element's own data attributes (its `key[attribute]`
 * form), so a headline with a comma or a colon is taken whole; the search
 * dialog reads the same attributes to know which story the reader is in.
 */
export function storyIndexAttributes(slug: string, headline: string): Record<string, string> {
  return {
    'data-pagefind-filter': `${STORY_FILTER}[data-search-story]`,
    'data-pagefind-meta': `${STORY_META}[data-search-story-headline]`,
    'data-search-story': slug,
    'data-search-story-headline': headline,
  };
}

/** The options of Pagefind's own `search` that scoping uses. */
export interface PagefindSearchOptions {
  filters?: Record<string, string | string[]>;
}

/** Pagefind's JS API as this module needs it: search with filters, and the filters' values with their page counts. */
export interface FilterablePagefind {
  search(term: string | null, options?: PagefindSearchOptions): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** A search over some stories: the API to hand to searchSite, and the story of each page it has read. */
export interface ScopedSearch {
  pagefind: PagefindApi;
  /** The headline of the story a result's page belongs to, once that page has been read; undefined otherwise. */
  storyOf(url: string): string | undefined;
}

/**
 * Pagefind kept to one story (by its slug), or to every story when `story`
 * is null. Pages are read through it, so it notes each page's headline.
 */
export function scopedSearch(pagefind: FilterablePagefind, story: string | null): ScopedSearch {
  const headlines = new Map<string, string>();
  const options: PagefindSearchOptions = story === null ? {} : { filters: { [STORY_FILTER]: story } };
  const noted = (result: PagefindResult): PagefindResult => ({
    ...result,
    async data(): Promise<PagefindFragment> {
      const fragment = await result.data();
      const headline = fragment.meta[STORY_META];
      if (headline) headlines.set(fragment.url, headline);
      return fragment;
    },
  });
  return {
    pagefind: {
      async search(term) {
        const response = await pagefind.search(term, options);
        return response && { ...response, results: response.results.map(noted) };
      },
    },
    storyOf: (url) => headlines.get(url.replace(/#.*$/, '')),
  };
}

/** How many stories the index holds, from the story filter's values. */
export async function storyCount(pagefind: FilterablePagefind): Promise<number> {
  return Object.keys((await pagefind.filters())[STORY_FILTER] ?? {}).length;
}
