import { defineCollection } from 'astro:content';
import { strictGlob, yamlDocument, yamlEntries } from './lib/content/loaders';
import { explainerSchema } from './schemas/explainer';
import { glossaryEntrySchema } from './schemas/glossary';
import { publishedIdsSchema } from './schemas/published-ids';
import { factNoteSchema } from './schemas/fact-note';
import { sectionSchema } from './schemas/section';
import { timelineEventSchema } from './schemas/timeline';

// Each collection's schema, with a comment on every field, lives in src/schemas/:
// the Markdown plugins need some of them while astro.config.mjs loads, and a
// module that imports `astro:content` cannot be loaded then.
export const collections = {
  sections: defineCollection({
    loader: strictGlob({
      base: './content/sections',
      pattern: '**/*.md',
      // The frontmatter id, not the file name, is the anchor; a missing one falls
      // back to the file name so that the schema reports "id" as missing.
      generateId: ({ entry, data }) => (typeof data['id'] === 'string' ? data['id'] : entry),
    }),
    schema: sectionSchema,
  }),
  explainer: defineCollection({
    loader: yamlDocument('content/explainer.yaml', 'explainer'),
    schema: explainerSchema,
  }),
  publishedIds: defineCollection({
    loader: yamlDocument('content/published-ids.yaml', 'published-ids'),
    schema: publishedIdsSchema,
  }),
  timeline: defineCollection({
    loader: yamlEntries('content/timeline.yaml'),
    schema: timelineEventSchema,
  }),
  notes: defineCollection({
    loader: yamlEntries('content/notes.yaml'),
    schema: factNoteSchema,
  }),
  glossary: defineCollection({
    loader: yamlEntries('content/glossary.yaml'),
    schema: glossaryEntrySchema,
  }),
};
