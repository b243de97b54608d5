import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownData } from '../../src/lib/content/read';
import { markdownOptions } from '../../src/markdown/index';
import { projectRoot } from '../support/paths';

/** The site's own Markdown options, with the real content's data, as astro.config.mjs builds them. */
export const siteMarkdownOptions = markdownOptions(markdownData(projectRoot));

/**
 * Renders Markdown through Astro's own unified pipeline with the site's plugin
 * list, as a section file with the given frontmatter would be rendered.
 */
export async function renderLikeAstro(markdown: string, frontmatter: Record<string, unknown> = {}) {
  const processor = await createMarkdownProcessor(siteMarkdownOptions);
  return processor.render(markdown, { frontmatter });
}
