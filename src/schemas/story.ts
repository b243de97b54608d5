import { z } from 'astro/zod';
import { coordinatesSchema, isoDaySchema, idSchema } from './common';

/** content/stories/<slug>/story.yaml: one explainer's own metadata. */
export const storySchema = z
  .strictObject({
    /** True while the story is being prepared: it builds under `npm run dev` only, and `npm run build` says why it is held back. */
    draft: z.boolean().default(false),
    /** Our headline, the story page's h1. */
    headline: z.string().trim(),
    /** One or two sentences under the headline, also shown on the front page. */
    dek: z.string().trim(),
    /**
     * The day this explainer first went out (YYYY-MM-DD): the publication date of the feeds and of the structured
     * data. Not the source's date (source.published), nor "Updated" (worked out from the changes). A draft may leave
     * it out; a story cannot publish without it.
     */
    published: isoDaySchema.optional(),
    /**
     * The day an editor last checked the story's context (its timeline, notes and who's who) against the news
     * (YYYY-MM-DD), shown beside "Updated". Never before `published`. `npm run build` lists the stories not reviewed
     * in 180 days, counting from `published` for a story never reviewed.
     */
    reviewed: isoDaySchema.optional(),
    /** The news report this explainer quotes in full. */
    source: z.strictObject({
      /** The source article's headline, verbatim. */
      headline: z.string().trim().min(1),
      /** Who published it. */
      outlet: z.string().trim(),
      /** The source article's public address, when one is known (it is what the structured data's `isBasedOn` points at). */
      url: z.url({ protocol: /^https$/, error: 'must be an https address.' }).optional(),
      /** Its publication date (YYYY-MM-DD). */
      published: isoDaySchema,
      /** How the publication date is known, shown next to it (e.g. inferred from the text). */
      publishedNote: z.string().trim().optional(),
      /** Id of the section before which the headline stands in the source text. */
      headlineBefore: idSchema.optional(),
      /** The source's credit line, verbatim; empty when the article has none. */
      credit: z.string().trim().default(''),
    }),
    /**
     * Places the story's map marks that have no glossary entry of their own (a capital the article uses to mean its
     * government, the region of a summit), each with sourced coordinates. The map also shows every place of the
     * glossary the story names.
     */
    mapPlaces: z
      .array(
        z.strictObject({
          /** Its name as the map labels it. */
          name: z.string().trim().min(1, 'must not be empty.'),
          coordinates: coordinatesSchema,
        }),
      )
      .default([]),
  })
  .superRefine((story, context) => {
    // Day-precision ISO dates compare as strings.
    if (story.reviewed !== undefined && story.published !== undefined && story.reviewed < story.published) {
      context.addIssue({
        code: 'custom',
        path: ['reviewed'],
        message: `"${story.reviewed}" is before published ("${story.published}"): a story is reviewed once it is out.`,
      });
    }
  });

export type StoryData = z.infer<typeof storySchema>;

/** What keeps a story from publishing: the fields an editor has still to write. Empty when it can go out. */
export function storyDraftReasons(story: StoryData): string[] {
  return [
    ...(story.draft ? ['draft: true (remove it when the story is ready)'] : []),
    ...(story.headline === '' ? ['headline: is empty'] : []),
    ...(story.dek === '' ? ['dek: is empty'] : []),
    ...(story.published === undefined ? ['published: is missing (the day the story goes out, YYYY-MM-DD)'] : []),
    ...(story.source.outlet === '' ? ['source.outlet: is empty'] : []),
  ];
}
