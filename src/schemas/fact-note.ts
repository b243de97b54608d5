import { z } from 'astro/zod';
import { asOfSchema, idSchema, overtakenBySchema, sourceSchema } from './common';

/** The `sectionId` of a note on the source's credit line, which stands after the last section. */
export const CREDIT_LINE = 'credit';

/**
 * One entry of content/notes.yaml: the explainer's correction or context for
 * a few words of the article. The quoted text is never changed; the note is
 * numbered and attached to the words, like a footnote.
 */
export const factNoteSchema = z.strictObject({
  /** Stable id: the note's anchor (#note-<id>). Never change it once published: links depend on it. */
  id: idSchema,
  /** The id of the section whose words the note is about, or "credit" for the source's credit line. */
  sectionId: idSchema,
  /** The exact words the note is about; they must stand, verbatim and once, in that section. The note number follows them. */
  phrase: z.string().trim().min(1, 'must not be empty: copy the words the note is about from the article.'),
  /** The note itself: the correction or context, in the explainer's voice. Plain text. */
  text: z.string().trim().min(20, 'is too short: write at least one full sentence.'),
  /** When the note describes a state of affairs (a tariff in force): the day it was true. See asOfSchema. */
  asOf: asOfSchema.optional(),
  /** When a follow-up of the story has overtaken what the note says: its id and the short line the reader sees. See overtakenBySchema. */
  overtakenBy: overtakenBySchema.optional(),
  /** Where the note's facts come from: at least one public source. */
  sources: z.array(sourceSchema).min(1, 'needs at least one source.'),
});

export type FactNote = z.infer<typeof factNoteSchema>;
