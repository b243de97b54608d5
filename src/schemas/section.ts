import { z } from 'astro/zod';
import { idSchema } from './common';

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

export type SectionData = z.infer<typeof sectionSchema>;
