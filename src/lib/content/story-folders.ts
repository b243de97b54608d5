/*
 * Where each kind of content lives, relative to the project root: the one
 * place that knows the layout of content/. Every reader of content and every
 * error message takes its paths from here.
 */

/** The folder of all content. */
export const CONTENT_FOLDER = 'content';
/** The site's own settings. */
export const SITE_FILE = 'content/site.yaml';
/** The who's who, shared by every story. */
export const GLOSSARY_FILE = 'content/glossary.yaml';
/** Every story slug ever published, so that a story's links are never lost. */
export const PUBLISHED_STORIES_FILE = 'content/published-stories.yaml';
/** One folder per story, named by its slug. */
export const STORIES_FOLDER = 'content/stories';

/** The files of one story's folder. */
export interface StoryFolder {
  slug: string;
  folder: string;
  story: string;
  sections: string;
  timeline: string;
  notes: string;
  publishedIds: string;
  corrections: string;
}

/** The paths of the story `slug`. */
export function storyFolder(slug: string): StoryFolder {
  const folder = `${STORIES_FOLDER}/${slug}`;
  return {
    slug,
    folder,
    story: `${folder}/story.yaml`,
    sections: `${folder}/sections`,
    timeline: `${folder}/timeline.yaml`,
    notes: `${folder}/notes.yaml`,
    publishedIds: `${folder}/published-ids.yaml`,
    corrections: `${folder}/corrections.yaml`,
  };
}

const SECTION_FILE = /(?:^|[\\/])content[\\/]stories[\\/]([^\\/]+)[\\/]sections[\\/]/;

/** The slug of the story a section file belongs to, from its path (absolute or relative); undefined outside a story. */
export function storySlugOfFile(path: string): string | undefined {
  return SECTION_FILE.exec(path)?.[1];
}

/**
 * Top-level paths the site itself uses: a story with one of these slugs
 * would collide with a page, a feed or the search index.
 */
export const RESERVED_SLUGS = ['glossary', 'timeline', 'corrections', 'search', 's', 'og', 'pagefind', '_astro', 'feeds', '404'];
