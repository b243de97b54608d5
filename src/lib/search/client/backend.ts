import type { SearchName, StoryPlaces } from '../names';
import { storyCount, type FilterablePagefind } from '../scope';
import { NAMES_FILE_PATH, placesFilePath } from '../../routes';

/*
 * Loading what search needs, once the reader shows intent: Pagefind's script,
 * its wasm and metadata, the glossary's names and the page's story's places.
 */

const PAGEFIND_URL = '/pagefind/pagefind.js';

interface PagefindModule {
  createInstance(options: {
    basePath: string;
    baseUrl: string;
    noWorker: boolean;
    metaCacheTag?: string;
  }): FilterablePagefind & { init(): Promise<void> };
}

export interface Backend {
  pagefind: FilterablePagefind;
  names: SearchName[];
  /** How many stories the index holds: with more than one, a story page offers to search them all. */
  stories: number;
}

let backend: Promise<Backend> | undefined;
let names: Promise<SearchName[]> | undefined;
const places = new Map<string, Promise<StoryPlaces>>();
let ready = false;
/** Whether the reader has typed a query yet. */
let queried = false;

/** Whether Pagefind is running, so that a query is answered without a loading notice. */
export const isReady = () => ready;

/** Notes that the reader has typed a query: from then on, their queries warm Pagefind up instead. */
export function markQueried(): void {
  queried = true;
}

/** The JSON at `url`, or `missing` when it cannot be had. */
async function fetchJson<T>(url: string, missing: T): Promise<T> {
  try {
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as T) : missing;
  } catch {
    return missing;
  }
}

/** The glossary's names, which arrive well before Pagefind is running: enough to answer a name query with its card. */
export function loadNames(): Promise<SearchName[]> {
  // Without the names, search still works; it only loses the cards and the whole-name matching.
  return (names ??= fetchJson<SearchName[]>(NAMES_FILE_PATH, []));
}

/** Where a story's page names each entry, for the early answer to a name query on that page. */
export function loadPlaces(story: string): Promise<StoryPlaces> {
  // Without them, the early answer is the card alone, and the full results come as ever.
  const loading = places.get(story) ?? fetchJson<StoryPlaces>(placesFilePath(story), {});
  places.set(story, loading);
  return loading;
}

/**
 * Resolves once Pagefind's wasm is running. Pagefind's `init()` resolves
 * before its wasm has loaded, and it has no readiness event of its own; a
 * search is answered as soon as Pagefind's own check finds the engine ready.
 */
function whenRunning(pagefind: FilterablePagefind): Promise<unknown> {
  return pagefind.search('');
}

/**
 * Loads Pagefind (script, wasm, metadata) and the glossary's names, with the
 * cache tag of the files the launcher preloaded (prefetch.ts), then, in
 * the background, runs one throwaway search so that the index chunk and the
 * page data are in memory before the first real query (unless that query is
 * already waiting). Pagefind's
 * main-thread mode is used: for an index this small a worker only adds a
 * 43 kB download and a hop.
 */
export function preload(cacheTag: Promise<string | undefined> = Promise.resolve(undefined)): Promise<Backend> {
  backend ??= (async () => {
    // The names load beside Pagefind's own files rather than before them.
    const glossary = loadNames();
    const [module, metaCacheTag] = await Promise.all([import(/* @vite-ignore */ PAGEFIND_URL) as Promise<PagefindModule>, cacheTag]);
    // With the tag, Pagefind asks for its entry file at the address the launcher has already preloaded.
    const pagefind = module.createInstance({
      basePath: '/pagefind/',
      baseUrl: '/',
      noWorker: true,
      ...(metaCacheTag ? { metaCacheTag } : {}),
    });
    await pagefind.init();
    await whenRunning(pagefind);
    const stories = await storyCount(pagefind);
    ready = true;
    // Once the reader has typed, their own query loads the same files; a warm-up would only compete with it.
    if (!queried) {
      void pagefind
        .search('the')
        .then((warm) => warm?.results[0]?.data())
        .catch(() => {});
    }
    return { pagefind, names: await glossary, stories };
  })();
  backend.catch(() => {
    // Let the next attempt try again (the reader may have come back online).
    backend = undefined;
  });
  return backend;
}
