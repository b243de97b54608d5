import { z } from 'astro/zod';
import { isoDaySchema, idSchema } from './common';

/** content/explainer.yaml: the explainer's own metadata. */
export const explainerSchema = z.strictObject({
  /** Our headline, the page's h1. */
  headline: z.string().trim().min(1),
  /** One or two sentences under the headline. */
  dek: z.string().trim().min(1),
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

export type ExplainerData = z.infer<typeof explainerSchema>;
