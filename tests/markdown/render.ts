import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownData } from '../../src/astro/config-data';
import { readContent } from '../../src/lib/content/read-fs';
import { markdownOptions } from '../../src/markdown/index';
import { pathToFileURL } from 'node:url';
import { fixtureRoot, SCO } from '../support/story';

// markdownData() gives the plugins no data at all when the content is broken (the build names the mistake later);
// reading the fixture first makes a broken fixture fail here, with its message, not as links that went missing.
readContent(fixtureRoot);

/** The site's own Markdown options, as astro.config.mjs builds them, with the data of the unit tests' own content. */
export const siteMarkdownOptions = markdownOptions(markdownData(fixtureRoot));

/**
 * Renders Markdown through Astro's own unified pipeline with the site's plugin
 * list, as a section file of the fixture's SCO story with the given frontmatter
 * would be rendered (the plugins take the story from the file's folder).
 */
export async function renderLikeAstro(markdown: string, frontmatter: Record<string, unknown> = {}) {
  const processor = await createMarkdownProcessor(siteMarkdownOptions);
  return processor.render(markdown, {
    frontmatter,
    fileURL: new URL(`content/stories/${SCO}/sections/rendered.md`, pathToFileURL(fixtureRoot)),
  });
}
