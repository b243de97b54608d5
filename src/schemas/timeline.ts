import { Temporal } from 'temporal-polyfill';
import { z } from 'astro/zod';
import { endOf, parseIsoDate, startOf } from '../lib/base/dates';
import { idSchema, isoDateSchema, isoDaySchema, overtakenBySchema, sourceSchema } from './common';

/**
 * One entry of content/timeline.yaml: a dated event the article mentions or
 * needs, placed on the timeline and linked from the words that refer to it.
 * Give either `date` or both `start` and `end`.
 */
export const timelineEventSchema = z
  .strictObject({
    /** Stable id: the event's anchor (#event-<id>). Never change it once published: links depend on it. */
    id: idSchema,
    /** When it happened, to the day, month or year: "2025-08-15", "2014-04" or "2001". */
    date: isoDateSchema.optional(),
    /** For an event that spans time: its first day, month or year. Goes with `end`, instead of `date`. */
    start: isoDateSchema.optional(),
    /** For an event that spans time: its last day, month or year; never before `start`. */
    end: isoDateSchema.optional(),
    /** Orders events that begin on the same day, lowest first, where the sources say which came first. */
    order: z.number().int().default(0),
    /** A short headline for the event, e.g. "Putin and Trump meet in Alaska". */
    title: z.string().trim().min(1, 'must not be empty.').max(90, 'is too long for a timeline headline: keep it under 90 characters.'),
    /** One sentence of our own saying what happened. */
    description: z.string().trim().min(20, 'is too short: write one full sentence.').max(320, 'is too long: keep it to one sentence.'),
    /** Ids of the sections that discuss the event; each must exist. The timeline links to them. */
    sectionIds: z.array(idSchema).min(1, 'needs at least one section id: which part of the article discusses this event?'),
    /**
     * The exact words in the article that refer to the event ("Sunday evening", "in August"). They must stand, verbatim
     * and once, in one of `sectionIds`, and become a link to the event. Keep it to the time expression: names inside a
     * link cannot be linked to the glossary. Leave it out when the article only implies the event.
     */
    phrase: z.string().trim().min(1, 'must not be empty: leave the field out when the article has no words for the event.').optional(),
    /**
     * True when the article speaks of the event as still to come ("he'll host on Wednesday"): the named weekday then
     * falls in the six days after publication, not before. Only for a weekday phrase.
     */
    ahead: z.boolean().optional(),
    /**
     * Why the build cannot date `phrase` from the publication day (it counts from another event, like "previously").
     * Without it, a phrase the date rules cannot read stops the build.
     */
    phraseUnchecked: z.string().trim().min(10, 'must say why the phrase cannot be checked.').optional(),
    /**
     * True for a follow-up: something that happened after the story's report (`source.published` in story.yaml), which
     * an editor adds so that the reader learns what came next. A field rather than a file of its own, so that a
     * follow-up is an event like any other (sourced, dated, ordered, on every timeline and open to corrections) and
     * an editor marks or unmarks one without moving it. Events after the report that the article itself looks forward
     * to (the parade) are not follow-ups. A follow-up has no `phrase`: the article could not know it.
     */
    followUp: z.boolean().optional(),
    /** For a follow-up: the day it was added to the site (YYYY-MM-DD), shown beside it; never before it happened. */
    added: isoDaySchema.optional(),
    /**
     * When a later follow-up of the story has overtaken the event (a truce "until 10 November 2025" replaced by a new
     * one): its id and the short line the reader sees. See overtakenBySchema.
     */
    overtakenBy: overtakenBySchema.optional(),
    /** Where the date and description come from: at least one public source. */
    sources: z.array(sourceSchema).min(1, 'needs at least one source.'),
  })
  .superRefine((event, context) => {
    const problem = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
    if (event.followUp === true) {
      if (event.added === undefined) problem('added', 'is missing: a follow-up says the day it was added to the site (YYYY-MM-DD).');
      if (event.phrase !== undefined)
        problem('phrase', 'a follow-up names no words of the article, which could not know of it: remove the phrase.');
    } else if (event.added !== undefined) {
      problem('added', 'is only for a follow-up: add `followUp: true`, or remove `added`.');
    }
    if (event.date !== undefined && (event.start !== undefined || event.end !== undefined)) {
      problem('date', 'give either `date` or `start` and `end`, not both.');
      return;
    }
    if (event.date === undefined) {
      if (event.start === undefined && event.end === undefined)
        return problem('date', 'is missing: give `date`, or `start` and `end` for a span.');
      if (event.start === undefined) return problem('start', 'is missing: a span needs both `start` and `end`.');
      if (event.end === undefined) return problem('end', 'is missing: a span needs both `start` and `end`.');
      const start = parseIsoDate(event.start);
      const end = parseIsoDate(event.end);
      // Malformed ends are already reported by their own field.
      if (typeof start === 'string' || typeof end === 'string') return;
      if (Temporal.PlainDate.compare(endOf(end), startOf(start)) < 0) {
        problem('end', `"${event.end}" is before start "${event.start}": a span cannot end before it begins.`);
      } else if (event.start === event.end) {
        problem('end', `is the same as start ("${event.start}"): write it as \`date\` instead.`);
      }
      return;
    }
  });

export type TimelineEvent = z.infer<typeof timelineEventSchema>;
