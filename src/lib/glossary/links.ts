import type { GlossaryEntry } from '../../schemas/glossary';
import { glossaryMatcher } from './glossary';
import type { TermMatcher } from '../text/term-matcher';

/** A run of text: plain, or the mention of an entry that becomes a link. */
export type Segment = { text: string; entryId?: undefined } | { text: string; entryId: string };

/** What linking needs: the entries by id and one matcher for all of them, built once. */
export interface GlossaryLinker {
  entries: ReadonlyMap<string, GlossaryEntry>;
  matcher: TermMatcher<string>;
}

export function createLinker(entries: readonly GlossaryEntry[]): GlossaryLinker {
  return { entries: new Map(entries.map((entry) => [entry.id, entry])), matcher: glossaryMatcher(entries) };
}

/**
 * Splits a text into plain runs and links: the first mention of each entry
 * not yet in `linked` becomes a link, and is added to `linked`, so a caller
 * that shares one set across the texts of a section links each entry once
 * per section. Returns undefined when nothing is linked, so that callers
 * leave the text untouched.
 */
export function linkSegments(text: string, matcher: TermMatcher<string>, linked: Set<string>): Segment[] | undefined {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const match of matcher.findAll(text)) {
    if (linked.has(match.key)) continue;
    linked.add(match.key);
    if (match.start > cursor) segments.push({ text: text.slice(cursor, match.start) });
    segments.push({ text: text.slice(match.start, match.end), entryId: match.key });
    cursor = match.end;
  }
  if (segments.length === 0) return undefined;
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}

/** The entries that the first mentions in `text` link to, in order: the definitions a page holding that text needs. */
export function linkedEntryIds(text: string, matcher: GlossaryLinker['matcher']): string[] {
  return (linkSegments(text, matcher, new Set()) ?? []).flatMap(({ entryId }) => (entryId === undefined ? [] : [entryId]));
}
