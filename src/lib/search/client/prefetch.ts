import { PRELOAD_FILE, type PagefindFiles } from '../pagefind-files';
import { NAMES_FILE_PATH, placesFilePath } from '../../routes';

/*
 * On intent, everything the first query needs starts downloading at once:
 * Pagefind's script, the names file, the page's story's places and, as soon
 * as the short list of Pagefind's files arrives, its entry, metadata, wasm,
 * index chunks, fragments and filters. Left to itself, Pagefind asks
 * for each only after the one before it has arrived, which on a slow phone
 * costs a round trip each. Preload links (rather than fetch()) because the
 * browser hands a preloaded response to the first request for the same
 * address: Pagefind's own fetch() then waits for the download already under
 * way instead of starting another. The places are read by the dialog as
 * soon as it attaches (dialog.ts), so their preload is always used, as a
 * preload must be within seconds or draw a console warning; left to the
 * dialog, they started only once its code and that code's own imports had
 * arrived, two round trips after intent, on the way to a name's first answer.
 */

const PAGEFIND = '/pagefind/';

/** The story of the page, from the attributes of its indexed article (scope.ts); null on a page of no one story. */
export function pageStory(): string | null {
  return document.querySelector<HTMLElement>('[data-search-story]')?.dataset['searchStory'] ?? null;
}

function preloadFetch(href: string): void {
  if (document.head.querySelector(`link[rel="preload"][href="${CSS.escape(href)}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  // fetch() requests are CORS-mode; a preload without this attribute would not be matched to them.
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

let started: Promise<string | undefined> | undefined;

/**
 * Starts the downloads; resolves to Pagefind's cache tag (undefined when the
 * list is missing, as under `astro dev` before a build: Pagefind then loads as
 * it would alone).
 */
export function prefetchSearch(): Promise<string | undefined> {
  started ??= (async () => {
    preloadFetch(NAMES_FILE_PATH);
    const story = pageStory();
    if (story !== null) preloadFetch(placesFilePath(story));
    try {
      // Fresh each time: the list names the current build's files.
      const response = await fetch(PAGEFIND + PRELOAD_FILE, { cache: 'no-cache' });
      if (!response.ok) return undefined;
      const list = (await response.json()) as PagefindFiles;
      for (const file of list.files) preloadFetch(file);
      return list.tag;
    } catch {
      return undefined;
    }
  })();
  return started;
}
