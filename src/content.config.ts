import { defineCollection } from 'astro:content';
import { sectionsLoader } from './astro/sections-loader';
import { sectionSchema } from './schemas/section';

// The sections are the one collection: Astro renders their Markdown. Everything else under content/ (the
// metadata, timeline, notes and glossary) is data that readContent() in src/lib/content/read-fs.ts reads and
// checks once, for the Markdown plugins, the loader below and the pages alike. The schemas live in
// src/schemas/, since astro.config.mjs needs them while it loads, before `astro:content` exists.
export const collections = {
  sections: defineCollection({
    loader: sectionsLoader(),
    // The loader has already checked each file's frontmatter against this schema; here it types the entries.
    schema: sectionSchema,
  }),
};
