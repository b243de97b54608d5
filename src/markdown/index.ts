import rehypeSlug from 'rehype-slug';
import rehypeHeadingPermalinks from './rehype-heading-permalinks';
import rehypeScopedHeadingIds from './rehype-scoped-heading-ids';
import remarkRejectRawHtml from './remark-reject-raw-html';

/**
 * The one list of Markdown plugins: astro.config.mjs renders the site with it
 * and the tests render fixtures with it, so both run the same pipeline.
 */
export const markdownOptions = {
  remarkPlugins: [remarkRejectRawHtml],
  rehypePlugins: [rehypeSlug, rehypeScopedHeadingIds, rehypeHeadingPermalinks],
  // SmartyPants would rewrite the quoted text's punctuation; the article must stay verbatim.
  smartypants: false,
};
