import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError } from './content-error';
import { CONTENT, readContent } from './read';

/*
 * The content layer's loader. It reads nothing itself: it takes the sections
 * from readContent(), the one read of content/ that the Markdown plugins and
 * the pages use too, so every file is read and checked once per build.
 */

const rootOf = (context: LoaderContext) => fileURLToPath(context.config.root);

/** In `astro dev`, loads again when a file under content/ changes (readContent notices what changed). */
function reloadOnChange(context: LoaderContext, load: () => Promise<void>): void {
  const folder = `${rootOf(context)}${CONTENT.folder}/`;
  context.watcher?.add(folder);
  context.watcher?.on('all', (_event, path) => {
    if (path.startsWith(folder)) void load().catch((error: unknown) => context.logger.error(String(error)));
  });
}

/** The article's sections, in reading order, each rendered by Astro's Markdown pipeline with the site's plugins. */
export function sectionsLoader(): Loader {
  return {
    name: 'explainer-sections',
    async load(context) {
      const sync = async () => {
        const { sections } = readContent(rootOf(context));
        const kept = new Set<string>();
        for (const section of sections) {
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
