import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { strictGlob, yamlDocument } from './lib/content-loaders';
import { parseIsoDate } from './lib/iso-date';

/** An ISO calendar date ("2025-09-01", "2025-08" or "2025"), checked to be a real day. */
export const isoDateSchema = z.string().superRefine((text, context) => {
  const parsed = parseIsoDate(text);
  if (typeof parsed === 'string') context.addIssue({ code: 'custom', message: parsed });
});

/** An ISO date at day precision only, for publication and update dates. */
export const isoDaySchema = isoDateSchema.refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text), {
  message: 'needs a full day: write YYYY-MM-DD.',
});

/** A lowercase, hyphenated id that is safe in a URL fragment and a path. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens, like "close-rapport".');

/** Frontmatter of one Markdown section of the article under content/sections/. */
export const sectionSchema = z.strictObject({
  /** The section's anchor (/#id) and share-page path. Never change it once published: links depend on it. */
  id: idSchema,
  /** The heading readers see. Free to change: links use `id`, not the title. */
  title: z.string().trim().min(1, 'must not be empty.'),
  /** Who wrote the heading: "article" for a sub-heading of the source text, "explainer" for one we added. */
  headingSource: z.enum(['article', 'explainer']),
  /** Order on the page, 1 for the first section. Each section has its own. */
  position: z.number().int().positive(),
  /** One sentence of our own saying what the section covers; used in the contents and link previews. */
  summary: z
    .string()
    .trim()
    .min(20, 'is too short: write one full sentence.')
    .max(200, 'is too long for a link preview: keep it under 200 characters.'),
  /** Ids this section was published under before; old links to them still land here. */
  formerIds: z.array(idSchema).default([]),
  /** A video that ran with the article at the start of this section: its caption and running time. */
  video: z
    .strictObject({
      /** The video's caption, verbatim from the source. */
      caption: z.string().trim().min(1),
      /** Running time as m:ss, verbatim from the source (e.g. "0:39"). */
      duration: z.string().regex(/^\d+:[0-5]\d$/, 'must be a running time like 0:39.'),
    })
    .optional(),
});

/** content/explainer.yaml: the explainer's own metadata. */
export const explainerSchema = z.strictObject({
  /** Our headline, the page's h1. */
  headline: z.string().trim().min(1),
  /** One or two sentences under the headline. */
  dek: z.string().trim().min(1),
  /** When an editor last changed the explainer (YYYY-MM-DD). */
  updated: isoDaySchema,
  /** The news report this explainer quotes in full. */
  source: z.strictObject({
    /** The source article's headline, verbatim. */
    headline: z.string().trim().min(1),
    /** Who published it. */
    outlet: z.string().trim().min(1),
    /** Its publication date (YYYY-MM-DD). */
    published: isoDaySchema,
    /** How the publication date is known, shown next to it (e.g. inferred from the text). */
    publishedNote: z.string().trim().optional(),
    /** Id of the section before which the headline stands in the source text. */
    headlineBefore: idSchema,
    /** The source's credit line, verbatim. */
    credit: z.string().trim().min(1),
  }),
});

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
};
