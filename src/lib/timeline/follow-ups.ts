import { Temporal } from 'temporal-polyfill';
import type { TimelineEvent } from '../../schemas/timeline';
import { ContentError } from '../base/content-error';
import { startOf } from '../base/dates';
import { eventDates } from './timeline';

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
