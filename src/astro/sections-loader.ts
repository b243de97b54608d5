import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError } from '../lib/base/content-error';
import { readContent } from '../lib/content/read-fs';
import { REVIEW_INTERVAL_DAYS, storiesDueForReview } from '../lib/content/checks';
import { buildDay } from '../lib/base/dates';
import { CONTENT_FOLDER } from '../lib/content/story-folders';

/*
 * The content layer's loader. It reads nothing itself: it takes the sections
 * from readContent(), the one read of content/ that the Markdown plugins and
 * the pages use too, so every file is read and checked once per build.
 */

const rootOf = (context: LoaderContext) => fileURLToPath(context.config.root);

/** In `astro dev`, loads again when a file under content/ changes (readContent notices what changed). */
function reloadOnChange(context: LoaderContext, load: () => Promise<void>): void {
  const folder = `${rootOf(context)}${CONTENT_FOLDER}/`;
  context.watcher?.add(folder);
  context.watcher?.on('all', (_event, path) => {
    if (path.startsWith(folder)) void load().catch((error: unknown) => context.logger.error(String(error)));
  });
}

/** The id of a section in the collection: section ids are unique within a story only. */
export function sectionEntryId(storySlug: string, sectionId: string): string {
  return `${storySlug}/${sectionId}`;
}

/**
 * Every story's sections, each rendered by Astro's Markdown pipeline with the
 * site's plugins. A production build says here which drafts it leaves out and
 * why: nothing is dropped without a word.
 */
export function sectionsLoader(): Loader {
  return {
    name: 'story-sections',
    async load(context) {
      const sync = async () => {
        const { stories, heldBack } = readContent(rootOf(context));
        for (const draft of heldBack) {
          context.logger.warn(`Draft not published: ${draft.folder}/\n  ${draft.reasons.join('\n  ')}`);
        }
        // A reminder, not a failure: the site stays right about its report's day, only its context may have aged.
        for (const due of storiesDueForReview(stories, buildDay())) {
          context.logger.warn(
            `Not reviewed in ${REVIEW_INTERVAL_DAYS} days: ${due.folder}/ (last on ${due.since}). Check its context against the news and set \`reviewed\` in story.yaml.`,
          );
        }
        const kept = new Set<string>();
        for (const section of stories.flatMap((story) =>
          story.sections.map((section) => ({ ...section, id: sectionEntryId(story.slug, section.id) })),
        )) {
          kept.add(section.id);
          const digest = context.generateDigest(section.source);
          if (context.store.get(section.id)?.digest === digest) continue;
          let rendered: Awaited<ReturnType<LoaderContext['renderMarkdown']>>;
          try {
            // The whole file, so that the plugins see the frontmatter (the section's id) as Astro gives it to them.
            rendered = await context.renderMarkdown(section.source, { fileURL: new URL(section.filePath, context.config.root) });
          } catch (error) {
            throw new ContentError(section.filePath, error instanceof Error ? error.message : String(error));
          }
          context.store.set({ id: section.id, data: section.data, body: section.body, filePath: section.filePath, digest, rendered });
        }
        for (const id of context.store.keys()) if (!kept.has(id)) context.store.delete(id);
      };
      await sync();
      reloadOnChange(context, sync);
    },
  };
}
