// @ts-check
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentWatch from './src/integrations/content-watch.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { markdownData, siteAddress, sitemapFilter } from './src/astro/config-data.ts';
import { markdownOptions } from './src/markdown/index.ts';
import pagefind from './src/integrations/pagefind.ts';

const root = fileURLToPath(new URL('./', import.meta.url));
const site = siteAddress(root);

export default defineConfig({
  // The address is content (content/site.yaml); while that file is broken, the build stops on it with its own error.
  ...(site ? { site } : {}),
  // Duplicate content ids fail the build instead of one entry silently replacing another.
  prerenderConflictBehavior: 'error',
  // No syntax highlighting: the site has no code, and Shiki's inline styles would need 'unsafe-inline'.
  markdown: { processor: unified(markdownOptions(markdownData(root))), syntaxHighlight: false },
  // Scripts stay in files, never inline. Each page's CSS, only what its own components use, is inlined in its head:
  // linked, it waited for the parser on a slow phone, since Chromium holds the preloads of HTML that carries a CSP
  // <meta> until the parser has applied it, and the first paint waited for a second round trip after the whole HTML
  // (docs/figures.md, "The first screen on a slow phone"). Astro hashes each block into the page's policy; the
  // security-headers integration keeps there only the page's own hash, and gives _headers one policy with them all.
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: true } },
  build: { inlineStylesheets: 'always' },
  // Scoped styles mark their elements with a class rather than a data-astro-cid-* attribute on every element.
  scopedStyleStrategy: 'class',
  devToolbar: { enabled: false },
  integrations: [contentWatch(), pagefind(), securityHeaders(), sitemap({ filter: sitemapFilter(root) })],
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // Pagefind compiles its WebAssembly search engine in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
