import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownOptions } from '../../src/markdown/index';

/**
 * Renders Markdown through Astro's own unified pipeline with the site's plugin
 * list, as a section file with the given frontmatter would be rendered.
 */
export async function renderLikeAstro(markdown: string, frontmatter: Record<string, unknown> = {}) {
  const processor = await createMarkdownProcessor(markdownOptions);
  return processor.render(markdown, { frontmatter });
}
