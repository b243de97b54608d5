/*
 * What is new since a reader's last visit to a story's page, worked out in the reader's browser
 * (client/last-visit.ts) from what the page carries: the day each follow-up was added, and the day of each
 * correction. Days are ISO strings ("2026-11-30"), which compare as strings in the order of time, so no date library
 * comes to the page: the script must stay under 1.5 kB gzip.
 */

/** Something that reached the site on a day: a follow-up by the day it was added, a correction by its date. */
export interface Update {
  kind: 'follow-up' | 'correction';
  /** YYYY-MM-DD. */
  day: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The day a stored value records, or undefined for nothing stored or anything else (an old format, a hand edit). */
export function storedDay(value: string | null): string | undefined {
  return value !== null && DAY.test(value) ? value : undefined;
}

/** The updates that reached the site after `lastVisit`, in the page's order; none on a first visit. */
export function newSince<T extends Update>(updates: readonly T[], lastVisit: string | undefined): T[] {
  return lastVisit === undefined ? [] : updates.filter((update) => update.day > lastVisit);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "30 November 2026", as the site writes a day, for a YYYY-MM-DD the caller has checked. */
export function dayText(day: string): string {
  const [year, month, date] = day.split('-');
  return `${Number(date)} ${MONTHS[Number(month) - 1]} ${year}`;
}

/** "1 update", "2 updates"; "1 follow-up", "3 corrections". */
export function count(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

/** The line's words: "2 updates since your last visit on 30 November 2026:", then what each kind counts, in order. */
export function updatesLine(news: readonly Update[], lastVisit: string): { lead: string; parts: { kind: Update['kind']; text: string }[] } {
  const kinds = (['follow-up', 'correction'] as const).flatMap((kind) => {
    const n = news.filter((update) => update.kind === kind).length;
    return n > 0 ? [{ kind, text: count(n, kind) }] : [];
  });
  return { lead: `${count(news.length, 'update')} since your last visit on ${dayText(lastVisit)}: `, parts: kinds };
}

/** An update as the page finds it, with where the line's link for its kind leads: a follow-up's line, a corrected item. */
export interface Linked extends Update {
  href: string;
}

/**
 * What a visit shows: the updates to mark, then the line's words and one link per kind counted, to the first of that
 * kind in the page's order; nothing on a first visit or when nothing is new.
 */
export function sinceLastVisit<T extends Linked>(
  found: readonly T[],
  lastVisit: string | undefined,
): { news: T[]; lead: string; links: { href: string; text: string }[] } | undefined {
  const news = newSince(found, lastVisit);
  if (lastVisit === undefined || news.length === 0) return undefined;
  const { lead, parts } = updatesLine(news, lastVisit);
  // A part counts at least one update of its kind, so there is one to link to.
  return { news, lead, links: parts.map(({ kind, text }) => ({ href: news.find((update) => update.kind === kind)!.href, text })) };
}
