import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownData } from '../../src/astro/config-data';
import { markdownOptions } from '../../src/markdown/index';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../../fixtures/paths';
import { SCO } from '../support/story';

/** The site's own Markdown options, with the real content's data, as astro.config.mjs builds them. */
export const siteMarkdownOptions = markdownOptions(markdownData(projectRoot));

/**
 * Renders Markdown through Astro's own unified pipeline with the site's plugin
 * list, as a section file of the SCO story with the given frontmatter would be
 * rendered (the plugins take the story from the file's folder).
 */
export async function renderLikeAstro(markdown: string, frontmatter: Record<string, unknown> = {}) {
  const processor = await createMarkdownProcessor(siteMarkdownOptions);
  return processor.render(markdown, {
    frontmatter,
    fileURL: new URL(`content/stories/${SCO}/sections/rendered.md`, pathToFileURL(projectRoot)),
  });
}
