import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import type { MarkdownData } from '../astro/config-data';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { autolinkOptions } from './markup/permalink';
import rehypeScopedHeadingIds from './rehype-scoped-heading-ids';
import remarkFactNotes from './remark-fact-notes';
import remarkGlossaryLinks from './remark-glossary-links';
import remarkRejectRawHtml from './remark-reject-raw-html';
import remarkTimelineLinks from './remark-timeline-links';

/**
 * The one list of Markdown plugins: astro.config.mjs renders the site with it
 * and the tests render fixtures with it, so both run the same pipeline.
 *
 * Data-driven plugins take their data as options in `[plugin, options]` form,
 * from the content that readContent() has read and checked: Astro digests the
 * options with its config, so an edit to a data file re-renders the cached
 * Markdown instead of serving stale links.
 */
export function markdownOptions({ stories, glossary }: MarkdownData) {
  return {
    remarkPlugins: [
      remarkRejectRawHtml,
      // Notes first: they wrap words without linking them, so the timeline can still link a time inside a noted phrase.
      [remarkFactNotes, { stories }],
      // Then timeline links.
      [remarkTimelineLinks, { stories }],
      // The glossary linker stays last: it links the text as every other plugin has left it, never inside a link.
      [remarkGlossaryLinks, { entries: glossary }],
    ] satisfies RemarkPlugins,
    // Ids first (rehype-slug, then scoped to the section), so that the permalinks link to the final ids.
    rehypePlugins: [rehypeSlug, rehypeScopedHeadingIds, [rehypeAutolinkHeadings, autolinkOptions]] satisfies RehypePlugins,
    // SmartyPants would rewrite the quoted text's punctuation; the article must stay verbatim.
    smartypants: false,
  };
}
