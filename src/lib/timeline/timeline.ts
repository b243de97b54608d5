import { Temporal } from 'temporal-polyfill';
import type { TimelineEvent } from '../../schemas/timeline';
import { ContentError } from '../base/content-error';
import { endOf, formatIsoDate, formatIsoRange, parseIsoDate, startOf, type IsoDate, type MonthStyle } from '../base/dates';
import { countPhrase, quote, type SectionText } from '../text/phrase';

/** The anchor of an event on the timeline: its heading's id. */
export const eventAnchor = (eventId: string) => `event-${eventId}`;
/**
 * The anchor of an event on a timeline that holds its story's events apart from the story's page (the site's
 * timeline and each story's view of it): the slug comes first, since two stories may use one event id.
 */
export const storyEventAnchor = (slug: string, eventId: string) => `${slug}--${eventAnchor(eventId)}`;
/** The anchor of the words in the article that refer to an event. */
export const mentionAnchor = (eventId: string) => `event-${eventId}-mention`;

/** The fields of an event that ordering and dating need. */
type Dated = Pick<TimelineEvent, 'id' | 'date' | 'start' | 'end' | 'order'>;

function parsed(text: string, event: Dated): IsoDate {
  const date = parseIsoDate(text);
  if (typeof date === 'string') throw new ContentError('timeline', `entry "${event.id}" → ${date}`);
  return date;
}

/** An event's first and, for a span, last date. The schema has checked that they exist and are real. */
export function eventDates(event: Dated): { start: IsoDate; end?: IsoDate } {
  if (event.date !== undefined) return { start: parsed(event.date, event) };
  if (event.start === undefined || event.end === undefined) {
    throw new ContentError('timeline', `entry "${event.id}" → date: is missing: give \`date\`, or \`start\` and \`end\`.`);
  }
  return { start: parsed(event.start, event), end: parsed(event.end, event) };
}

/**
 * Chronological order: by first day; then a single day before a span that
 * begins on it; then by `order`, where sources say which came first; then by
 * id, so that the order never depends on the data file.
 */
export function compareEvents(a: Dated, b: Dated): number {
  const [da, db] = [eventDates(a), eventDates(b)];
  return (
    Temporal.PlainDate.compare(startOf(da.start), startOf(db.start)) ||
    Temporal.PlainDate.compare(endOf(da.end ?? da.start), endOf(db.end ?? db.start)) ||
    a.order - b.order ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Events in chronological order, whatever their order in the data file. */
export function sortEvents<T extends Dated>(events: readonly T[]): T[] {
  return [...events].sort(compareEvents);
}

/** One end of a date as shown: its text and its machine-readable value for `<time datetime>`. */
export interface DatePart {
  text: string;
  datetime: string;
}

/** A date or span as shown, split so that each end gets its own `<time>`. */
export interface DateLabel {
  start: DatePart;
  /** For a span: what stands between the ends, and the last end. */
  range?: { separator: string; end: DatePart };
}

/**
 * How an event's date reads: "Sunday 31 August 2025", "14 July – 6 August 2025", or with short months and no weekday
 * "31 Aug 2025". Every event known to the day names its weekday, derived from the date, so that a list of events
 * reads one way (and the article's "Sunday" can be checked against any of them); a span or a month has none.
 */
export function dateLabel(event: Dated, options: { month?: MonthStyle; weekday?: boolean } = {}): DateLabel {
  const { start, end } = eventDates(event);
  const month = options.month ?? 'long';
  if (!end) {
    return { start: { text: formatIsoDate(start, { month, weekday: options.weekday ?? true }), datetime: start.iso } };
  }
  const text = formatIsoRange(start, end, { month });
  return {
    start: { text: text.start, datetime: start.iso },
    range: { separator: text.separator, end: { text: text.end, datetime: end.iso } },
  };
}

/** A date label as one line of text. */
export function dateLabelText(label: DateLabel): string {
  return label.range ? `${label.start.text}${label.range.separator}${label.range.end.text}` : label.start.text;
}

/** A stretch of the timeline under one heading: a year, or a month of a busy year. */
export interface TimelinePeriod<T> {
  /** "2014" or "2025-08". */
  id: string;
  /** "2014" or "August 2025". */
  label: string;
  events: T[];
}

/**
 * Groups events, already in order, by year; a year with `busyYear` events or
 * more is split into months, so that the weeks around the summit stay
 * readable beside the single events of 2001 or 2014. A span belongs to the
 * period in which it begins.
 */
export function groupByPeriod<T extends Dated>(sorted: readonly T[], { busyYear = 4 } = {}): TimelinePeriod<T>[] {
  const perYear = new Map<number, number>();
  for (const event of sorted) {
    const year = eventDates(event).start.year;
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  const periods: TimelinePeriod<T>[] = [];
  for (const event of sorted) {
    const { start } = eventDates(event);
    const byMonth = (perYear.get(start.year) ?? 0) >= busyYear && start.precision !== 'year';
    const id = byMonth ? `${start.year}-${String(start.month).padStart(2, '0')}` : String(start.year);
    let period = periods.at(-1);
    if (period?.id !== id) {
      const label = byMonth ? formatIsoDate({ ...start, precision: 'month' }) : String(start.year);
      period = { id, label, events: [] };
      periods.push(period);
    }
    period.events.push(event);
  }
  return periods;
}

/** The section in which an event's phrase stands: the first of its sections that holds it. */
export function mentionSection(event: Pick<TimelineEvent, 'phrase' | 'sectionIds'>, sections: readonly SectionText[]): string | undefined {
  const { phrase } = event;
  if (phrase === undefined) return undefined;
  return event.sectionIds.find((id) => {
    const section = sections.find((candidate) => candidate.id === id);
    return section !== undefined && countPhrase(section.text, phrase) > 0;
  });
}

/** What the timeline-links plugin needs to turn the words for an event into a link to it. */
export interface TimelineMention {
  eventId: string;
  /** The section whose text holds the phrase. */
  sectionId: string;
  phrase: string;
  /** The absolute date shown after the phrase, with short months. */
  date: DateLabel;
}

/**
 * The mentions of events in the article, for the Markdown plugin. When a
 * phrase stands in none of its sections, the mention is placed in the first
 * one, where the plugin then fails and says so.
 */
export function timelineMentions(events: readonly TimelineEvent[], sections: readonly SectionText[]): TimelineMention[] {
  return events.flatMap((event) => {
    const [first] = event.sectionIds;
    if (event.phrase === undefined || first === undefined) return [];
    const sectionId = mentionSection(event, sections) ?? first;
    return [{ eventId: event.id, sectionId, phrase: event.phrase, date: dateLabel(event, { month: 'short', weekday: false }) }];
  });
}

/**
 * Checks what the schema cannot see, because it spans files: every section id
 * exists, every phrase stands once in one of its sections, no two events claim
 * the same words, no id is used twice. Throws one error naming the file, and
 * each entry and field at fault.
 */
export function checkTimeline(events: readonly TimelineEvent[], sections: readonly SectionText[], file: string): void {
  const problems: string[] = [];
  const at = (event: TimelineEvent, field: string, message: string) => problems.push(`entry "${event.id}" → ${field}: ${message}`);
  const known = sections.map((section) => section.id);
  const ids = new Set<string>();
  const claimed = new Map<string, string>();
  for (const event of events) {
    if (ids.has(event.id)) at(event, 'id', `"${event.id}" is used by another entry too. Ids must be unique.`);
    ids.add(event.id);
    event.sectionIds.forEach((id, index) => {
      if (!known.includes(id)) at(event, `sectionIds[${index}]`, `"${id}" is not a section id. Known ids: ${known.join(', ')}.`);
      else if (event.sectionIds.indexOf(id) !== index) at(event, `sectionIds[${index}]`, `"${id}" is listed twice.`);
    });
    const { phrase } = event;
    if (phrase === undefined) continue;
    const sectionId = mentionSection(event, sections);
    const section = sections.find((candidate) => candidate.id === sectionId);
    if (!section) {
      const where = sections
        .filter((candidate) => event.sectionIds.includes(candidate.id))
        .map((candidate) => `section "${candidate.id}" (${candidate.file})`);
      at(
        event,
        'phrase',
        `${quote(phrase)} does not stand in ${where.length ? where.join(' or ') : 'any of its sections'}. Copy the words verbatim from the article, or fix sectionIds.`,
      );
      continue;
    }
    const count = countPhrase(section.text, phrase);
    if (count > 1)
      at(
        event,
        'phrase',
        `${quote(phrase)} stands ${count} times in ${section.id} (${section.file}); lengthen it so that it points at one place.`,
      );
    const key = `${section.id}\u0000${phrase}`;
    const other = claimed.get(key);
    if (other)
      at(
        event,
        'phrase',
        `${quote(phrase)} in ${section.id} already links to entry "${other}"; the same words can refer to one event only.`,
      );
    claimed.set(key, event.id);
  }
  if (problems.length > 0) throw new ContentError(file, `\n  ${problems.join('\n  ')}`);
}
