/**
 * The story every bench measures: the seed article's, the one real story. Both this site and the Starlight peer
 * serve it at the same address, so that one URL serves both in every side-by-side measure.
 */
export const BENCH_STORY = 'sco-2025';

/** The story's folder in a project, relative to its root. */
export const BENCH_STORY_FOLDER = `content/stories/${BENCH_STORY}`;

/** The story page's address on the site served at `origin`. */
export const storyPageUrl = (origin: string): string => `${origin}/${BENCH_STORY}/`;
