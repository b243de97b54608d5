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
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) {
    return `"${text}" is not a real day: ${year}-${String(month).padStart(2, '0')} has ${daysInMonth} days.`;
  }
  const precision: DatePrecision = d !== undefined ? 'day' : m !== undefined ? 'month' : 'year';
  return { iso: text, precision, year, month, day };
}

/** Milliseconds since the epoch of the first day a date covers, for sorting. */
export function startOf(date: IsoDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

/** The last day a date covers: a year ends on 31 December, a month on its last day. */
export function endOf(date: IsoDate): number {
  if (date.precision === 'year') return Date.UTC(date.year, 11, 31);
  if (date.precision === 'month') return Date.UTC(date.year, date.month, 0);
  return startOf(date);
}

const formatters: Record<DatePrecision, Intl.DateTimeFormat> = {
  day: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  year: new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' }),
};
const weekdayFormatter = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });

/** "1 September 2025", "August 2025" or "2014", with the weekday in front when asked for. */
export function formatIsoDate(date: IsoDate, options: { weekday?: boolean } = {}): string {
  const text = formatters[date.precision].format(startOf(date));
  return options.weekday && date.precision === 'day' ? `${weekdayFormatter.format(startOf(date))} ${text}` : text;
}
