/** The list of Pagefind's first-search files, written beside Pagefind's bundle by src/integrations/pagefind.ts. */
export const PRELOAD_FILE = 'first-search.json';

/** What the list holds. */
export interface PagefindFiles {
  /** Pagefind's `metaCacheTag`: the entry file is requested as `pagefind-entry.json?ts=<tag>`. */
  tag: string;
  /** Site paths, exactly as Pagefind requests them. */
  files: string[];
}
