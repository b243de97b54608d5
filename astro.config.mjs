// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { markdownOptions } from './src/markdown/index.ts';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  site: 'https://sco-2025.example.org',
  // Duplicate content ids fail the build instead of one entry silently replacing another.
  prerenderConflictBehavior: 'error',
  markdown: { processor: unified(markdownOptions) },
  devToolbar: { enabled: false },
  integrations: [pagefind()],
});
