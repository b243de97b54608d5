import type { RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import { readValidatedList } from '../lib/content-loaders';
import { checkGlossary } from '../lib/glossary';
import { glossaryEntrySchema } from '../schemas/glossary';
import rehypeHeadingPermalinks from './rehype-heading-permalinks';
import rehypeScopedHeadingIds from './rehype-scoped-heading-ids';
import remarkGlossaryLinks from './remark-glossary-links';
import remarkRejectRawHtml from './remark-reject-raw-html';

const GLOSSARY_FILE = 'content/glossary.yaml';
const glossary = readValidatedList(GLOSSARY_FILE, glossaryEntrySchema);
checkGlossary(glossary, GLOSSARY_FILE);

/**
 * The one list of Markdown plugins: astro.config.mjs renders the site with it
 * and the tests render fixtures with it, so both run the same pipeline.
 */
export const markdownOptions = {
  // The glossary linker stays last: it links the text as every other plugin has left it.
  remarkPlugins: [remarkRejectRawHtml, [remarkGlossaryLinks, { entries: glossary }]] satisfies RemarkPlugins,
  rehypePlugins: [rehypeSlug, rehypeScopedHeadingIds, rehypeHeadingPermalinks],
  // SmartyPants would rewrite the quoted text's punctuation; the article must stay verbatim.
  smartypants: false,
};
