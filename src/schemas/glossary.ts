import { z } from 'astro/zod';
import { asOfSchema, coordinatesSchema, idSchema, overtakenBySchema, sourceSchema } from './common';

/** What kind of thing a glossary entry names; the glossary is grouped by it. */
export const glossaryKinds = ['person', 'organisation', 'place', 'event', 'concept'] as const;

/** One entry of content/glossary.yaml: a person, organisation, place, event or idea the reader meets. */
export const glossaryEntrySchema = z
  .strictObject({
    /** Stable id: the anchor (#term-<id>) and the page /glossary/<id>/. Never change it once published. */
    id: idSchema,
    /** The name as the glossary shows it, e.g. "Narendra Modi". */
    term: z.string().trim().min(1, 'must not be empty.'),
    /** Person, organisation, place, event or concept. */
    kind: z.enum(glossaryKinds),
    /** Every other form the article uses or a reader might search for ("Modi", "PM Modi"). Matched whole-word, case-sensitively. */
    aliases: z.array(z.string().trim().min(1)).default([]),
    /**
     * The name as written in the person's or place's own script ("习近平", "Путин", "नरेन्द्र मोदी"), so that a search
     * in that script finds the entry. Never shown; each spelling is checked against a public source in that language.
     */
    otherScripts: z.array(z.string().trim().min(1)).optional(),
    /** One neutral sentence saying what or who this is. */
    definition: z.string().trim().min(1, 'must not be empty: write one neutral sentence.'),
    /** For people: their role at the time of the article. */
    role: z.string().trim().min(1).optional(),
    /** An optional longer note, shown on the entry's page. */
    note: z.string().trim().min(1).optional(),
    /** When the definition, role or note describes a state of affairs (a role, a membership count, a tariff in force): the day it was true. See asOfSchema. */
    asOf: asOfSchema.optional(),
    /** When a follow-up (an event after a story's report) has overtaken what the entry says: its id and the short line the reader sees. See overtakenBySchema. */
    overtakenBy: overtakenBySchema.optional(),
    /** True for an entry the article never names but the notes or timeline need (e.g. Tianjin). */
    context: z.boolean().default(false),
    /** For a context entry: the slugs of the stories whose who's who shows it, since no article names it. */
    contextFor: z.array(idSchema).default([]),
    /** Where the definition comes from: at least one public source. */
    sources: z.array(sourceSchema).min(1, 'needs at least one source.'),
    /**
     * For a place: where it is, as the maps mark it (a city or a region as a point). A map that shows the place needs
     * it, unless the place has an `outline`.
     */
    coordinates: coordinatesSchema.optional(),
    /**
     * For a country: its ISO 3166-1 numeric code ("156" for China), the id of its outline in Natural Earth's map data
     * (the world-atlas package), which the maps shade.
     */
    outline: z
      .string()
      .regex(/^\d{3}$/, 'must be a three-digit ISO 3166-1 numeric code, like "156" for China.')
      .optional(),
  })
  .superRefine((entry, context) => {
    for (const field of ['coordinates', 'outline'] as const) {
      if (entry[field] !== undefined && entry.kind !== 'place') {
        context.addIssue({ code: 'custom', path: [field], message: `only a place is drawn on a map; this entry is a ${entry.kind}.` });
      }
    }
  });

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
