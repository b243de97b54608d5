import { trimToWord, wholeWordPattern } from '../text/words';

/**
 * Text matching for search, shared by the result excerpts, the highlight on
 * the landing section and the Node tests. It works on plain text only: the
 * results are built as DOM text nodes and <mark> elements, never as HTML.
 */

/** A span of text, as [start, end) character offsets. */
export type TextRange = readonly [start: number, end: number];

/**
 * What to highlight for a result.
 * - `names`: every form of a glossary entry, whole words only, in the case
 *   the glossary writes them ("Xi" never lights up inside "Xinhua").
 * - `words`: the words Pagefind matched, whole words, in any case.
 */
export type HighlightPlan = { kind: 'names'; forms: string[] } | { kind: 'words'; words: string[] };

/** A run of excerpt text, highlighted or not. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * The pattern for a plan, or null when there is nothing to look for. Spaces
 * and hyphens between words are interchangeable, so "dual-use" also finds
 * "dual use". A name written in lower case ("dual-use goods") may start a
 * sentence in upper case.
 */
export function patternFor(plan: HighlightPlan): RegExp | null {
  const names = plan.kind === 'names';
  return wholeWordPattern(names ? plan.forms : plan.words, { caseSensitive: names, capitalStart: names, separators: 'space-or-hyphen' });
}

/** Every whole-word match of the plan in the text, in order, never overlapping. */
export function matchRanges(text: string, plan: HighlightPlan): TextRange[] {
  const pattern = patternFor(plan);
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length] as const);
}

/** A word of Pagefind's content with its offsets. */
export interface WordSpan {
  start: number;
  end: number;
}

/**
 * Splits indexed content into words exactly as Pagefind counts them (on any
 * whitespace except U+FEFF), so that its word locations index this array.
 */
export function splitWords(content: string): WordSpan[] {
  const words: WordSpan[] = [];
  const separator = /[^\S\uFEFF]+/g;
  let start = 0;
  for (const match of content.matchAll(separator)) {
    words.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  words.push({ start, end: content.length });
  return words;
}

/** A word as Pagefind stores it ("“(Modi)", "Alaska,”") without the punctuation around it. */
export const cleanWord = trimToWord;

/** Cuts text into plain and highlighted parts. */
export function markParts(text: string, ranges: readonly TextRange[]): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end <= start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), mark: false });
    parts.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}

/**
 * A short excerpt of the text around its densest run of matches, with a few
 * words of context before the first one, and "…" where text was left out.
 */
export function excerptParts(text: string, ranges: readonly TextRange[], length = 30, lead = 4): ExcerptPart[] {
  const words = [...text.matchAll(/\S+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  if (words.length === 0) return [];
  const hits = words.map(({ start, end }) => ranges.filter(([from]) => from >= start && from < end).length);
  // The window of `length` words holding most matches; the first such window wins.
  let densest = 0;
  let most = 0;
  let inWindow = 0;
  hits.forEach((value, index) => {
    inWindow += value - (index >= length ? (hits[index - length] ?? 0) : 0);
    if (inWindow > most) {
      most = inWindow;
      densest = Math.max(0, index - length + 1);
    }
  });
  const inDensest = (index: number) => index >= densest && index < densest + length && (hits[index] ?? 0) > 0;
  const firstHit = most > 0 ? hits.findIndex((_, index) => inDensest(index)) : 0;
  const lastHit = most > 0 ? hits.findLastIndex((_, index) => inDensest(index)) : 0;
  // A few words of context before the first match, as long as the last one stays in view.
  const wanted = Math.min(firstHit, Math.max(firstHit - lead, lastHit + 2 - length));
  const from = Math.max(0, Math.min(wanted, words.length - length));
  const to = Math.min(words.length, from + length);
  const start = words[from]?.start ?? 0;
  const end = words[to - 1]?.end ?? text.length;
  const inside = ranges
    .filter(([rangeStart, rangeEnd]) => rangeStart >= start && rangeEnd <= end)
    .map(([rangeStart, rangeEnd]) => [rangeStart - start, rangeEnd - start] as const);
  const parts = markParts(text.slice(start, end), inside);
  if (from > 0) parts.unshift({ text: '… ', mark: false });
  if (to < words.length) parts.push({ text: ' …', mark: false });
  return parts;
}
