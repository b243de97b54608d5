import { Temporal } from 'temporal-polyfill';
import type { TimelineEvent } from '../../schemas/timeline';
import { ContentError } from '../base/content-error';
import { endOf, formatIsoDate, formatIsoRange, parseIsoDate, startOf, type IsoDate } from '../base/dates';
import { quote, type SectionText } from '../text/phrase';
import { eventDates, mentionSection } from './timeline';

/*
 * The date rules: what the article's time words mean, counted from the day it
 * was published. Calendar steps are Temporal's (the polyfill until Node ships
 * it) and day and month names are Intl's, so that no week or month length is
 * written out here.
 */

/** The kinds of time words the build can date. */
export type PhraseKind = 'weekday' | 'last-week' | 'month' | 'summer' | 'years-ago' | 'relative-day';

/** The days a time phrase allows, counted from the publication date. */
export interface ImpliedDates {
  kind: PhraseKind;
  /** What the words mean, for an editor: "the previous calendar week". */
  meaning: string;
  first: Temporal.PlainDate;
  last: Temporal.PlainDate;
}

/** The English name of every weekday (Monday = 1) and month (January = 1), from Intl rather than a hand-written list. */
const names = (count: number, nameOf: (index: number) => string) =>
  new Map(Array.from({ length: count }, (_, i) => [nameOf(i + 1).toLowerCase(), i + 1]));
// 1 January 2024 was a Monday, so its week gives the weekdays in ISO order.
const WEEKDAYS = names(7, (day) => Temporal.PlainDate.from({ year: 2024, month: 1, day }).toLocaleString('en-GB', { weekday: 'long' }));
const MONTHS = names(12, (month) => Temporal.PlainDate.from({ year: 2024, month, day: 1 }).toLocaleString('en-GB', { month: 'long' }));
/** Intl formats numbers in words in no locale, so the few a news report spells out are listed here. */
const NUMBER_WORDS = new Map(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map((word, i) => [word, i + 1]),
);
/** Days the article counts from its own day; "today and tomorrow" is Putin's, quoted from his speech of that day. */
const RELATIVE_DAYS = new Map<string, readonly [number, number]>([
  ['yesterday', [-1, -1]],
  ['today', [0, 0]],
  ['tomorrow', [1, 1]],
  ['today and tomorrow', [0, 1]],
]);

const PART_OF_DAY = /\s+(?:morning|afternoon|evening|night)$/u;

/** What the phrase-reading needs beyond the words: is the event still to come in the article? */
export interface PhraseOptions {
  ahead?: boolean;
}

/**
 * The days `phrase` allows, for an article published on `published`; an
 * explanation instead when the words are not a time phrase the build knows.
 *
 * - a named weekday ("Sunday evening", "on Monday"): that day within the six days before publication, or the
 *   publication day itself; with `ahead`, within the six days after it ("he'll host on Wednesday");
 * - "last week", "just last week": the previous calendar week, Monday to Sunday (ISO 8601);
 * - "in August", "in February 2022": that month; without a year, the latest one not after publication;
 * - "this summer", "earlier this summer": June to August of the publication year;
 * - "in seven years", "seven years": the year that many years before publication;
 * - "today", "tomorrow", "yesterday", "today and tomorrow": those days.
 */
export function impliedDates(phrase: string, published: Temporal.PlainDate, options: PhraseOptions = {}): ImpliedDates | string {
  const words = phrase.toLowerCase().replace(/\s+/gu, ' ').trim();
  const ahead = options.ahead ?? false;
  if (ahead && !WEEKDAYS.has(words.replace(/^on /u, '').replace(PART_OF_DAY, ''))) {
    return `\`ahead\` only applies to a named weekday ("on Wednesday"), not to ${quote(phrase)}.`;
  }

  const weekday = WEEKDAYS.get(words.replace(/^on /u, '').replace(PART_OF_DAY, ''));
  if (weekday !== undefined) {
    // The seven days that end (or, ahead, begin) on the publication day hold each weekday once.
    const days = Array.from({ length: 7 }, (_, i) => published.add({ days: ahead ? i : i - 6 }));
    const day = days.find((candidate) => candidate.dayOfWeek === weekday) ?? published;
    const name = [...WEEKDAYS].find(([, number]) => number === weekday)?.[0] ?? '';
    const meaning = ahead
      ? `the ${capitalise(name)} still to come (within six days after publication)`
      : `the last ${capitalise(name)} (within six days before publication, or that day)`;
    return { kind: 'weekday', meaning, first: day, last: day };
  }

  if (/^(?:just )?last week$/u.test(words)) {
    const monday = published.subtract({ days: published.dayOfWeek - 1 }).subtract({ weeks: 1 });
    return {
      kind: 'last-week',
      meaning: 'the previous calendar week (Monday to Sunday)',
      first: monday,
      last: monday.add({ days: monday.daysInWeek - 1 }),
    };
  }

  const month = /^(?:in )?([a-z]+)(?: (\d{4}))?$/u.exec(words);
  const monthNumber = month?.[1] === undefined ? undefined : MONTHS.get(month[1]);
  if (month && monthNumber !== undefined) {
    let yearMonth = Temporal.PlainYearMonth.from({ year: month[2] === undefined ? published.year : Number(month[2]), month: monthNumber });
    if (month[2] === undefined && Temporal.PlainYearMonth.compare(yearMonth, published.toPlainYearMonth()) > 0) {
      yearMonth = yearMonth.subtract({ years: 1 });
    }
    const meaning = month[2] === undefined ? 'that month, the latest one not after publication' : 'that month';
    return {
      kind: 'month',
      meaning,
      first: yearMonth.toPlainDate({ day: 1 }),
      last: yearMonth.toPlainDate({ day: yearMonth.daysInMonth }),
    };
  }

  if (/^(?:earlier )?this summer$/u.test(words)) {
    const june = Temporal.PlainYearMonth.from({ year: published.year, month: 6 });
    const august = june.add({ months: 2 });
    return {
      kind: 'summer',
      meaning: 'June to August of the publication year',
      first: june.toPlainDate({ day: 1 }),
      last: august.toPlainDate({ day: august.daysInMonth }),
    };
  }

  const years = /^(?:in )?(\d+|[a-z]+) years?$/u.exec(words);
  const count = years?.[1] === undefined ? undefined : /^\d+$/u.test(years[1]) ? Number(years[1]) : NUMBER_WORDS.get(years[1]);
  if (count !== undefined) {
    const year = published.subtract({ years: count }).year;
    const first = Temporal.PlainDate.from({ year, month: 1, day: 1 });
    return {
      kind: 'years-ago',
      meaning: `the year ${count} years before publication`,
      first,
      last: first.add({ years: 1 }).subtract({ days: 1 }),
    };
  }

  const relative = RELATIVE_DAYS.get(words);
  if (relative) {
    return {
      kind: 'relative-day',
      meaning: `counted from the publication day`,
      first: published.add({ days: relative[0] }),
      last: published.add({ days: relative[1] }),
    };
  }

  return (
    `${quote(phrase)} is not a time phrase the build can date. It knows named weekdays ("on Sunday", "Sunday evening"), ` +
    '"last week", named months ("in August", "in February 2022"), "earlier this summer", "in seven years" and "today"/"tomorrow".'
  );
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** "2025-08-25 – 2025-08-31 (25–31 August 2025)", with the site's date formatting. */
function describe(first: Temporal.PlainDate, last: Temporal.PlainDate): string {
  const [a, b] = [first, last].map((day) => parseIsoDate(day.toString()) as IsoDate) as [IsoDate, IsoDate];
  if (first.equals(last)) return `${a.iso} (${formatIsoDate(a, { weekday: true })})`;
  const range = formatIsoRange(a, b);
  return `${a.iso} – ${b.iso} (${range.start}${range.separator}${range.end})`;
}

/** The fields of an event the date check reads. */
type Checked = Pick<TimelineEvent, 'id' | 'date' | 'start' | 'end' | 'order' | 'phrase' | 'sectionIds' | 'ahead' | 'phraseUnchecked'>;

/**
 * Checks every event's phrase against its date: the event must fall wholly
 * within the days its words allow, counted from `published` (the source's
 * publication date, YYYY-MM-DD). A phrase the rules cannot read must say why
 * in `phraseUnchecked`. Throws one error naming the file, each event, its
 * date, the section file that holds the words and the dates they allow.
 */
export function checkTimePhrases(
  events: readonly Checked[],
  published: string,
  sections: readonly SectionText[],
  { file, publishedField }: { file: string; publishedField: string },
): void {
  const day = Temporal.PlainDate.from(published);
  const shown = describe(day, day);
  const problems: string[] = [];
  for (const event of events) {
    if (event.phrase === undefined) continue;
    if (event.phraseUnchecked !== undefined) {
      if (event.ahead) problems.push(`entry "${event.id}" → ahead: a phrase that is not checked cannot be ahead; drop one of the two.`);
      continue;
    }
    const implied = impliedDates(event.phrase, day, { ahead: event.ahead ?? false });
    const field = event.date !== undefined ? 'date' : 'start';
    if (typeof implied === 'string') {
      problems.push(
        `entry "${event.id}" → phrase: ${implied} Write it as one of those, or say in \`phraseUnchecked\` why it cannot be checked.`,
      );
      continue;
    }
    const { start, end } = eventDates(event);
    const [first, last] = [startOf(start), endOf(end ?? start)];
    if (Temporal.PlainDate.compare(first, implied.first) >= 0 && Temporal.PlainDate.compare(last, implied.last) <= 0) continue;
    const sectionId = mentionSection(event, sections);
    const where = sections.find((section) => section.id === sectionId)?.file ?? `section "${event.sectionIds[0] ?? ''}"`;
    problems.push(
      `entry "${event.id}" → ${field}: the event falls on ${describe(first, last)}, but ${quote(event.phrase)} in ${where}, ` +
        `published on ${shown} (${publishedField}), means ${implied.meaning}: ${describe(implied.first, implied.last)}.`,
    );
  }
  if (problems.length > 0) {
    throw new ContentError(
      file,
      problems.join('\n  '),
      'Correct the event’s date or its phrase; if the words are not counted from the publication day, say why in `phraseUnchecked`.',
    );
  }
}
