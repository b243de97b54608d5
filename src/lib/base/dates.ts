import { Temporal } from 'temporal-polyfill';

/*
 * The site's one date model. Dates are parsed, checked and compared as Temporal dates (the polyfill until Node
 * ships Temporal); what stays here is what Temporal and Intl do not do for us: dates known only to the month or the
 * year, and the site's own ways of writing them.
 */

/** How precisely a date is known: a day, a month or only a year. */
export type DatePrecision = 'day' | 'month' | 'year';

export interface IsoDate {
  /** The date as written: "2025", "2025-08" or "2025-08-31". */
  iso: string;
  precision: DatePrecision;
  year: number;
  month: number;
  day: number;
}

const ISO_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Parses an ISO 8601 calendar date at year, month or day precision.
 * Returns an explanation instead of a date when the text is malformed or the
 * day does not exist (2025-02-30), so schemas can show it to an editor.
 */
export function parseIsoDate(text: string): IsoDate | string {
  const match = ISO_PATTERN.exec(text);
  if (!match) {
    return `"${text}" is not an ISO date: write YYYY-MM-DD, YYYY-MM or YYYY (for example 2025-09-01).`;
  }
  const [, y = '', m, d] = match;
  const year = Number(y);
  const month = m === undefined ? 1 : Number(m);
  const day = d === undefined ? 1 : Number(d);
  if (month < 1 || month > 12) {
    return `"${text}" has no month ${m}: months run from 01 to 12.`;
  }
  const { daysInMonth } = Temporal.PlainYearMonth.from({ year, month });
  if (day < 1 || day > daysInMonth) {
    return `"${text}" is not a real day: ${year}-${String(month).padStart(2, '0')} has ${daysInMonth} days.`;
  }
  const precision: DatePrecision = d !== undefined ? 'day' : m !== undefined ? 'month' : 'year';
  return { iso: text, precision, year, month, day };
}

/** The first day a date covers. */
export function startOf(date: IsoDate): Temporal.PlainDate {
  return Temporal.PlainDate.from({ year: date.year, month: date.month, day: date.day });
}

/** The last day a date covers: a year ends on 31 December, a month on its last day. */
export function endOf(date: IsoDate): Temporal.PlainDate {
  const first = startOf(date);
  if (date.precision === 'day') return first;
  return first.add(date.precision === 'month' ? { months: 1 } : { years: 1 }).subtract({ days: 1 });
}

/** Intl formats instants: a day's midnight in UTC, formatted in UTC, is that day. */
const instantOf = (day: Temporal.PlainDate) => Date.UTC(day.year, day.month - 1, day.day);

/** How long month names are: "September" in running prose, "Sept" where space is tight. */
export type MonthStyle = 'long' | 'short';

function formatter(precision: DatePrecision, month: MonthStyle): Intl.DateTimeFormat {
  if (precision === 'day') return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' });
  if (precision === 'month') return new Intl.DateTimeFormat('en-GB', { month, year: 'numeric', timeZone: 'UTC' });
  return new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' });
}

const formatters: Record<MonthStyle, Record<DatePrecision, Intl.DateTimeFormat>> = {
  long: { day: formatter('day', 'long'), month: formatter('month', 'long'), year: formatter('year', 'long') },
  short: { day: formatter('day', 'short'), month: formatter('month', 'short'), year: formatter('year', 'short') },
};
const weekdayFormatter = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });

export interface FormatOptions {
  /** Put the weekday in front ("Sunday 31 August 2025"); only a date known to the day has one. */
  weekday?: boolean;
  month?: MonthStyle;
}

/** "1 September 2025", "August 2025" or "2014", with the weekday in front when asked for. */
export function formatIsoDate(date: IsoDate, options: FormatOptions = {}): string {
  const text = formatters[options.month ?? 'long'][date.precision].format(instantOf(startOf(date)));
  return options.weekday && date.precision === 'day' ? `${weekdayFormatter.format(instantOf(startOf(date)))} ${text}` : text;
}

/** A span of time as a reader reads it, split so that each end can stand in its own `<time>`. */
export interface FormattedRange {
  /** The first end as shown, e.g. "14 July" in "14 July – 6 August 2025". */
  start: string;
  /** What stands between the ends: an en dash between thin spaces, as Intl writes it. */
  separator: string;
  /** The last end as shown, carrying what both ends share, e.g. "6 August 2025". */
  end: string;
}

/**
 * Formats a span with Intl's range formatting, which leaves out what both ends
 * share ("1 – 2 September 2025", not "1 September 2025 – 2 September 2025").
 * The ends are returned apart so that each can be marked up with its own date.
 * Both ends are shown at the coarser precision of the two.
 */
export function formatIsoRange(start: IsoDate, end: IsoDate, options: { month?: MonthStyle } = {}): FormattedRange {
  const rank: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };
  const precision = rank[start.precision] <= rank[end.precision] ? start.precision : end.precision;
  const parts = formatters[options.month ?? 'long'][precision].formatRangeToParts(instantOf(startOf(start)), instantOf(startOf(end)));
  const cut = parts.findIndex(
    (part, index) =>
      part.source === 'shared' && part.type === 'literal' && parts.slice(index + 1).some((later) => later.source === 'endRange'),
  );
  if (cut === -1) {
    // Intl collapses a span whose ends look the same at this precision ("2014 – 2014" → "2014").
    const text = parts.map((part) => part.value).join('');
    return { start: text, separator: '\u2009–\u2009', end: text };
  }
  const join = (from: number, to?: number) =>
    parts
      .slice(from, to)
      .map((part) => part.value)
      .join('');
  return { start: join(0, cut), separator: parts[cut]?.value ?? '\u2009–\u2009', end: join(cut + 1) };
}

/** The month names as the formatter writes them, January first: read from Intl, so that a check never disagrees with a page. */
function monthNames(month: MonthStyle): string[] {
  return Array.from(
    { length: 12 },
    (_, index) => formatters[month].month.formatToParts(Date.UTC(2025, index, 1)).find((part) => part.type === 'month')?.value ?? '',
  );
}
const LONG_MONTHS = monthNames('long');
const SHORT_MONTHS = monthNames('short');

/** A month's name (1 for January) as the site writes it: "September" in prose, "Sept" where space is tight. */
export function monthName(month: number, style: MonthStyle = 'short'): string {
  return (style === 'long' ? LONG_MONTHS : SHORT_MONTHS)[month - 1] ?? '';
}

/** A date in brackets at the end of a label, as source titles carry them: "(1 Sep 2025)", "(9–10 June 2018)", "(Nov 2025)". */
const LABEL_DATE = /\((?:\d{1,2}(?:[–-]\d{1,2})? )?(\p{Lu}\p{Ll}+)\.? \d{4}\)/gu;

/**
 * Dates in a label (a source's title) whose month is not written as the site writes short dates: "(1 Sep 2025)"
 * where the timeline's chips say "1 Sept 2025". Each comes with the wording to use instead, for the editor.
 */
export function labelDatesOutOfStyle(label: string): { written: string; expected: string }[] {
  return [...label.matchAll(LABEL_DATE)].flatMap((match) => {
    const [written, word = ''] = match;
    // A month by any of its usual names: "Sep", "Sept." and "September" all begin "September".
    const index = word.length >= 3 ? LONG_MONTHS.findIndex((name) => name.startsWith(word)) : -1;
    const short = SHORT_MONTHS[index];
    if (short === undefined || (written.includes(`${short} `) && !written.includes(`${short}.`))) return [];
    return [{ written, expected: written.replace(/\p{Lu}\p{Ll}+\.? /u, `${short} `) }];
  });
}

/** The day of the build, in UTC (YYYY-MM-DD): what "in the future", "a year old" and "not reviewed in 180 days" count from. */
export function buildDay(): string {
  return Temporal.Now.plainDateISO('UTC').toString();
}

/** True when `day` (YYYY-MM-DD) lies more than `months` calendar months before `today`. */
export function olderThan(day: string, today: string, { months = 0, days = 0 }: { months?: number; days?: number }): boolean {
  return Temporal.PlainDate.compare(Temporal.PlainDate.from(day).add({ months, days }), Temporal.PlainDate.from(today)) < 0;
}
