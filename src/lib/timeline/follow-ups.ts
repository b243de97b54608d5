import { Temporal } from 'temporal-polyfill';
import type { TimelineEvent } from '../../schemas/timeline';
import { ContentError } from '../base/content-error';
import { startOf } from '../base/dates';
import { eventDates } from './timeline';
import type { OvertakenBy } from '../../schemas/common';

/*
 * Follow-ups: events an editor adds after the report, to say what happened
 * next. The schema has checked each alone (it has `added`, and no phrase);
 * here they are checked against the story's report, in another file.
 */

/** A follow-up: an event marked `followUp`, whose `added` the schema has made sure of. */
export type FollowUp = TimelineEvent & { followUp: true; added: string };

export function isFollowUp(event: TimelineEvent): event is FollowUp {
  return event.followUp === true && event.added !== undefined;
}

/**
 * Fails, naming each entry and field, when a follow-up began before the report it follows (`published`, the source's
 * day), or was added to the site before it began. An event still under way on the day of the report is no follow-up.
 */
export function checkFollowUps(
  events: readonly TimelineEvent[],
  published: string,
  { file, publishedField }: { file: string; publishedField: string },
): void {
  const report = Temporal.PlainDate.from(published);
  const problems = events.filter(isFollowUp).flatMap((event) => {
    const first = startOf(eventDates(event).start);
    const field = event.date === undefined ? 'start' : 'date';
    const when = event.date ?? event.start;
    const found: string[] = [];
    if (Temporal.PlainDate.compare(first, report) < 0) {
      found.push(
        `entry "${event.id}" → ${field}: "${when}" is before the report, published on ${published} (${publishedField}); a follow-up tells what happened after it. Correct the date, or remove \`followUp\`.`,
      );
    }
    if (Temporal.PlainDate.compare(Temporal.PlainDate.from(event.added), first) < 0) {
      found.push(
        `entry "${event.id}" → added: "${event.added}" is before the event began ("${when}"); a follow-up is added once it has happened.`,
      );
    }
    return found;
  });
  if (problems.length > 0) throw new ContentError(file, `\n  ${problems.join('\n  ')}`);
}

/** What an entry, event or note that a follow-up has overtaken shows: the editor's line, linking to the follow-up. */
export interface OvertakenMark {
  label: string;
  href: string;
}

/** The ids of a story's follow-ups, which `overtakenBy` may name. */
export function followUpIds(events: readonly TimelineEvent[]): string[] {
  return events.filter(isFollowUp).map((event) => event.id);
}

/**
 * Fails, naming the file, each entry and the field, when an `overtakenBy` names no follow-up: an id that is no event
 * in `timelineFile`, or an event there that is not a follow-up, which could not have overtaken anything.
 */
export function checkOvertakenBy(
  entries: readonly { id: string; overtakenBy?: OvertakenBy | undefined }[],
  events: readonly TimelineEvent[],
  { file, timelineFile }: { file: string; timelineFile: string },
): void {
  const followUps = followUpIds(events);
  const problems = entries.flatMap(({ id, overtakenBy }) => {
    if (overtakenBy === undefined || followUps.includes(overtakenBy.id)) return [];
    const event = events.some((candidate) => candidate.id === overtakenBy.id);
    return [
      `entry "${id}" → overtakenBy.id: "${overtakenBy.id}" ${event ? 'is an event but not a follow-up' : 'is not the id of a follow-up'} in ${timelineFile}; name an event marked \`followUp: true\`${followUps.length > 0 ? ` (${followUps.join(', ')})` : ''}.`,
    ];
  });
  if (problems.length > 0) throw new ContentError(file, `\n  ${problems.join('\n  ')}`);
}
