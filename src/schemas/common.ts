import { z } from 'astro/zod';
import { labelDatesOutOfStyle, parseIsoDate } from '../lib/base/dates';
import { sourceUrlProblem } from '../lib/base/source-url';

/** An ISO calendar date ("2025-09-01", "2025-08" or "2025"), checked to be a real day. */
export const isoDateSchema = z.string().superRefine((text, context) => {
  const parsed = parseIsoDate(text);
  if (typeof parsed === 'string') context.addIssue({ code: 'custom', message: parsed });
});

/** An ISO date at day precision only, for publication and update dates. */
export const isoDaySchema = isoDateSchema.refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text), {
  message: 'needs a full day: write YYYY-MM-DD.',
});

/**
 * The day (or month) on which a claim about a state of affairs was true, shown to the reader ("as of 1 September
 * 2025") so that a role or a tariff that has since changed is not read as today's. Never after the day of the build:
 * the content checks refuse a date in the future.
 */
export const asOfSchema = isoDateSchema;

/** A lowercase, hyphenated id that is safe in a URL fragment and a path. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens, like "close-rapport".');

/**
 * That a follow-up has overtaken what an entry, event or note says (a penalty since revoked, a truce since replaced):
 * the claim stays as it was written, true on its day, and the reader sees beside it a short line linking to the
 * follow-up. The content checks make sure the id names a follow-up (an event with `followUp: true`): of the same story
 * for an event or a note, of any story for a glossary entry.
 */
export const overtakenBySchema = z.strictObject({
  /** The id of the follow-up in a story's timeline.yaml, e.g. "india-penalty-revoked". */
  id: idSchema,
  /**
   * What the reader sees, the link to the follow-up: a few words saying what changed and when, taken from the
   * follow-up itself, e.g. "Revoked from 7 February 2026" or "Overtaken: new truce in Busan, 30 October 2025".
   */
  label: z
    .string()
    .trim()
    .min(10, 'is too short: say what changed and when.')
    .max(70, 'is too long: keep it to a few words, the follow-up says the rest.'),
});

export type OvertakenBy = z.infer<typeof overtakenBySchema>;

/** A public source for a fact: what it is and where to read it. */
export const sourceSchema = z.strictObject({
  /** The source's title or publisher and headline, as a reader would cite it; a date in brackets at its end is written as the site writes short dates ("(1 Sept 2025)"). */
  title: z
    .string()
    .trim()
    .min(1, 'must not be empty.')
    .superRefine((title, context) => {
      for (const { written, expected } of labelDatesOutOfStyle(title)) {
        context.addIssue({
          code: 'custom',
          message: `writes the date ${written}; write ${expected}, as the site writes short dates everywhere.`,
        });
      }
    }),
  /** Its public address: https, unless its host is listed in HTTP_ONLY_HOSTS (src/lib/base/source-url.ts). */
  url: z.string().superRefine((text, context) => {
    const problem = sourceUrlProblem(text);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  }),
});

export type Source = z.infer<typeof sourceSchema>;

/**
 * Where a place is, for the maps: decimal degrees (WGS 84, as GeoNames and Wikipedia give them), north and east
 * positive, with the page they were read from.
 */
export const coordinatesSchema = z.strictObject({
  /** Latitude: degrees north of the equator, south negative (Singapore 1.283, Washington 38.907). */
  lat: z
    .number()
    .min(-90, 'must be -90 or more: degrees north, with south negative.')
    .max(90, 'must be 90 or less: degrees north, with south negative.'),
  /** Longitude: degrees east of Greenwich, west negative (Beijing 116.407, Washington -77.037). */
  lon: z
    .number()
    .min(-180, 'must be -180 or more: degrees east, with west negative.')
    .max(180, 'must be 180 or less: degrees east, with west negative.'),
  /** The page the coordinates were read from. */
  source: sourceSchema,
});

export type Coordinates = z.infer<typeof coordinatesSchema>;
