import type { GlossaryEntry } from '../schemas/glossary';
import type { NumberedNote } from '../lib/notes/fact-notes';
import type { TimelineMention } from '../lib/timeline/timeline';
import { ContentError } from '../lib/base/content-error';
import { readContent } from '../lib/content/read-fs';
import { formerIdRedirects } from '../lib/content/id-history';
import { firstStorySharePath, sharePath } from '../lib/routes';
import { withoutRedirects } from '../lib/share/discovery';

/*
 * What astro.config.mjs takes from the content while it loads: the Markdown
 * plugins' data, the site's address and the sitemap's filter. Broken content
 * gives each its fallback: a content error thrown while Astro loads its config
 * would read as "Unable to load your Astro config". The sections loader then
 * reads the same content and stops the build with the error where it belongs,
 * before anything renders.
 */

/** What `read` gives from the content, or `fallback` while the content is broken. */
function fromContent<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ContentError) return fallback;
    throw error;
  }
}

/** What the Markdown plugins take as options: the glossary, and each story's notes and timeline mentions by slug. */
export interface MarkdownData {
  glossary: readonly GlossaryEntry[];
  stories: Record<string, MarkdownStoryData>;
}

/** One story's data for the Markdown plugins, with the files they name in their errors. */
export interface MarkdownStoryData {
  notesFile: string;
  notes: readonly NumberedNote[];
  timelineFile: string;
  timelineMentions: readonly TimelineMention[];
}

/** The Markdown plugins' data, for astro.config.mjs; none while the content is broken. */
export function markdownData(root: string): MarkdownData {
  return fromContent(
    (): MarkdownData => {
      const { stories, glossary } = readContent(root);
      return {
        glossary: glossary.entries,
        stories: Object.fromEntries(
          stories.map((story) => [
            story.slug,
            {
              notesFile: story.files.notes,
              notes: story.notes,
              timelineFile: story.files.timeline,
              timelineMentions: story.timelineMentions,
            },
          ]),
        ),
      };
    },
    { glossary: [], stories: {} },
  );
}

/** The site's address from content/site.yaml, for astro.config.mjs; undefined while the file is broken (the build then names the mistake). */
export function siteAddress(root: string): string | undefined {
  return fromContent((): string | undefined => readContent(root).site.url, undefined);
}

/**
 * The sitemap's filter for the project at `root`: redirect pages only send
 * readers on to a section's page of today, so they are not listed: those of
 * former section ids, and the first story's share pages of before the site
 * held several stories. Broken content lists every page.
 */
export function sitemapFilter(root: string): (page: string) => boolean {
  return fromContent(
    () => {
      const { stories, site } = readContent(root);
      const first = stories.find((story) => story.slug === site.firstStory);
      return withoutRedirects([
        ...stories.flatMap((story) => formerIdRedirects(story.sections).map(({ from }) => sharePath(story.slug, from))),
        ...(first?.sections ?? []).flatMap((section) => [section.data.id, ...section.data.formerIds]).map(firstStorySharePath),
      ]);
    },
    () => true,
  );
}
