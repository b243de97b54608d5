import { z } from 'astro/zod';
import { idSchema } from './common';

/** content/published-ids.yaml: the record of every section id that has ever been public. */
export const publishedIdsSchema = z.strictObject({
  /** Every section id ever published; never remove one, since links to it are out in the world. */
  ids: z
    .array(idSchema)
    .min(1, 'must list at least one id.')
    .superRefine((ids, context) => {
      const seen = new Set<string>();
      ids.forEach((id, index) => {
        if (seen.has(id)) context.addIssue({ code: 'custom', path: [index], message: `"${id}" is listed twice.` });
        seen.add(id);
      });
    }),
});

export type PublishedIds = z.infer<typeof publishedIdsSchema>;
