import { z } from 'astro/zod';
import { idSchema, isoDaySchema } from './common';

/** The kinds of our own text a correction can touch, each kept in its own file. */
export const CORRECTION_TARGETS = ['note', 'event', 'glossary'] as const;

/**
 * One entry of content/corrections.yaml: a change to our own added text (a
 * note, a timeline event or a glossary entry) after publication, shown on
 * /corrections/ and beside what it corrected. The quoted article is never
 * corrected; its words stay as the source has them.
 */
export const correctionSchema = z.strictObject({
  /** Stable id: the entry's anchor on /corrections/ (#correction-<id>). Never change it once published: links depend on it. */
  id: idSchema,
  /** The day the corrected text was published (YYYY-MM-DD). */
  date: isoDaySchema,
  /** What was corrected. */
  target: z.strictObject({
    /** Which kind of text: "note" (content/notes.yaml), "event" (content/timeline.yaml) or "glossary" (content/glossary.yaml). */
    kind: z.enum(CORRECTION_TARGETS),
    /** The id of that note, event or entry; it must exist. */
    id: idSchema,
  }),
  /** What the text said before, and why that was wrong, in a sentence or two. */
  wrong: z.string().trim().min(20, 'is too short: say what the text said and why it was wrong.'),
  /** What the text says now. */
  now: z.string().trim().min(20, 'is too short: say what the text says now.'),
});

export type Correction = z.infer<typeof correctionSchema>;
