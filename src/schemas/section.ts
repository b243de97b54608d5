import { z } from 'astro/zod';
import { idSchema } from './common';

/** Frontmatter of one Markdown section of a story, under content/stories/<slug>/sections/. */
const sectionFields = z.strictObject({
  /** The section's anchor (/<slug>/#id) and share-page path. Never change it once published: links depend on it. */
  id: idSchema,
  /** True while an editor has still to write the summary (or the title): the importer marks every section so. */
  draft: z.literal(true).optional(),
  /** The heading readers see. Free to change: links use `id`, not the title. */
  title: z.string().trim(),
  /** Who wrote the heading: "article" for a sub-heading of the source text, "explainer" for one we added. */
  headingSource: z.enum(['article', 'explainer']),
  /** Order on the page, 1 for the first section. Each section has its own. */
  position: z.number().int().positive(),
  /** One sentence of our own saying what the section covers; used in the contents and link previews. */
  summary: z
    .string()
    .trim()
    .min(20, 'is too short: write one full sentence.')
    .max(200, 'is too long for a link preview: keep it under 200 characters.')
    .optional(),
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

/**
 * A finished section has a title and a summary; a draft may lack them, and
 * reads as an empty summary until an editor writes one (it never publishes:
 * see src/lib/content/drafts-fs.ts).
 */
export const sectionSchema = sectionFields
  .superRefine((section, context) => {
    if (section.draft) return;
    if (section.title === '') context.addIssue({ code: 'custom', path: ['title'], message: 'must not be empty.' });
    if (section.summary === undefined) {
      context.addIssue({ code: 'custom', path: ['summary'], message: 'is missing: write one sentence saying what the section covers.' });
    }
  })
  .transform(({ summary, ...section }) => ({ ...section, summary: summary ?? '' }));

export type SectionData = z.output<typeof sectionSchema>;
