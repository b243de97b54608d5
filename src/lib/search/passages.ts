import type { PagefindAnchor, PagefindFragment, PagefindResult, PassageKind, SearchHit } from './hits';
import { excerptParts, markParts, matchRanges, cleanWord, splitWords, type HighlightPlan, type WordSpan } from './match';
import { FOLLOW_UPS_ANCHOR } from '../routes';

/*
 * A page of Pagefind's index cut into the passages that its headings mark
 * (the sections, timeline events and glossary entries), and the result for
 * each passage that really matches.
 */

export interface Passage {
  url: string;
  anchor: string | null;
  kind: PassageKind;
  title: string;
  /** First and one-past-last word of the passage, heading included. */
  from: number;
  to: number;
}

function kindOf(anchor: string | null): PassageKind {
  if (anchor === null) return 'intro';
  if (anchor.startsWith('event-') || anchor === FOLLOW_UPS_ANCHOR) return 'event';
  if (anchor.startsWith('term-')) return 'term';
  return 'section';
}

/**
 * Cuts a page into passages at the same headings, with the same rules, as
 * Pagefind's sub-results: a heading with an id and some text starts one.
 */
export function passagesOf(fragment: PagefindFragment, wordCount: number): Passage[] {
  const anchors = fragment.anchors
    .filter((anchor) => /\S/.test(anchor.title ?? '') || (/^h\d$/i.test(anchor.element) && /\S/.test(anchor.text ?? '')))
    .sort((a, b) => a.location - b.location);
  const starts: { anchor: PagefindAnchor | null; location: number }[] = [{ anchor: null, location: 0 }];
  for (const anchor of anchors) {
    const last = starts.at(-1);
    // Headings without words in between share a location: the later one holds the text.
    if (last && last.location === anchor.location) starts.pop();
    starts.push({ anchor, location: anchor.location });
  }
  return starts.flatMap(({ anchor, location }, index) => {
    const to = starts[index + 1]?.location ?? wordCount;
    if (to <= location) return [];
    const id = anchor?.id ?? null;
    return [
      {
        url: id === null ? fragment.url : `${fragment.url}#${id}`,
        anchor: id,
        kind: kindOf(id),
        title: (anchor ? anchor.title || anchor.text : fragment.meta['title']) ?? fragment.url,
        from: location,
        to,
      },
    ];
  });
}

/** Text of words [from, to) of the content. */
export function textOf(content: string, words: readonly WordSpan[], from: number, to: number): string {
  const first = words[from];
  const last = words[to - 1];
  return first && last ? content.slice(first.start, last.end) : '';
}

/** The number of leading words of a passage that are its heading. */
export function headingLength(passage: Passage, content: string, words: readonly WordSpan[]): number {
  // Word for word as Pagefind splits it: a dash between dates ("9 – 10 June") is one of the heading's words.
  const heading = passage.title.trim().split(/\s+/).map(cleanWord);
  const lead = textOf(content, words, passage.from, Math.min(passage.to, passage.from + heading.length));
  // Pagefind may end a heading with a full stop that the heading itself lacks.
  return lead.split(/\s+/).map(cleanWord).join(' ') === heading.join(' ') ? heading.length : 0;
}

/** Builds the result for a passage, or null when the plan matches nowhere in it. */
export function hitFor(passage: Passage, content: string, words: readonly WordSpan[], plan: HighlightPlan): SearchHit | null {
  const titleRanges = matchRanges(passage.title, plan);
  const skip = headingLength(passage, content, words);
  const body = textOf(content, words, passage.from + skip, passage.to);
  const bodyRanges = matchRanges(body, plan);
  const matches = bodyRanges.length + (skip > 0 ? titleRanges.length : 0);
  if (matches === 0) return null;
  return {
    url: passage.url,
    anchor: passage.anchor,
    kind: passage.kind,
    title: passage.title,
    titleParts: markParts(passage.title, titleRanges),
    excerpt: excerptParts(body, bodyRanges),
    matches,
    plan,
  };
}

export interface LoadedPage {
  fragment: PagefindFragment;
  words: WordSpan[];
  passages: Passage[];
  /** The words [from, to) that are the explainer's fact notes, inside the article's sections (noteRanges). */
  notes: [number, number][];
}

/** An anchor that ends a note: the next note, a heading, or a block with an id (the credit line after the notes). */
const BLOCK = /^(h\d|li|div|section|aside)$/i;

/**
 * The words of a page that are the explainer's fact notes rather than the article's text. A section's notes follow
 * its paragraphs in one passage; each note is a list item whose id starts "note-", and runs to the next block.
 */
export function noteRanges(fragment: PagefindFragment, wordCount: number): [number, number][] {
  const anchors = [...fragment.anchors].sort((a, b) => a.location - b.location);
  return anchors.flatMap((anchor, index): [number, number][] => {
    if (anchor.element.toLowerCase() !== 'li' || !anchor.id.startsWith('note-')) return [];
    const next = anchors.slice(index + 1).find((later) => later.location > anchor.location && BLOCK.test(later.element));
    return [[anchor.location, next?.location ?? wordCount]];
  });
}

/** Whether word `location` of the page is the article's own text: in one of its sections, outside the notes. */
export function inArticle(page: LoadedPage, location: number): boolean {
  return passageAt(page.passages, location)?.kind === 'section' && !page.notes.some(([from, to]) => location >= from && location < to);
}

/** The stretches [from, to) of a passage that are the article's own text: a section's words, its notes left out. */
export function articleSpans(page: LoadedPage, passage: Passage): [number, number][] {
  if (passage.kind !== 'section') return [];
  const spans: [number, number][] = [];
  let from = passage.from;
  for (const [noteFrom, noteTo] of page.notes) {
    if (noteTo <= from || noteFrom >= passage.to) continue;
    if (noteFrom > from) spans.push([from, noteFrom]);
    from = Math.max(from, noteTo);
  }
  if (from < passage.to) spans.push([from, passage.to]);
  return spans;
}

/** Reads a page's data; the costliest step of a search, so a search no longer wanted stops before it. */
export async function load(result: PagefindResult, signal?: AbortSignal): Promise<LoadedPage> {
  signal?.throwIfAborted();
  const fragment = await result.data();
  const words = splitWords(fragment.content);
  return { fragment, words, passages: passagesOf(fragment, words.length), notes: noteRanges(fragment, words.length) };
}

/**
 * How many pages a search reads at most. Pagefind ranks whole pages, and each indexed page is one story: reading
 * them all made the first result wait for every story that names the query (on a site of 1,000 stories that all
 * name "Modi", a thousand fragments, read one after another). A reader who needs more than the best stories
 * narrows the query or widens it on the entry page.
 */
export const PAGE_LIMIT = 10;

/** One page that a search found, with the locations of the words its lookups matched in it. */
export interface FoundPage {
  result: PagefindResult;
  locations: Set<number>;
  /** How many of the lookups found the page. */
  lookups: number;
}

/**
 * Merges the results of a search's lookups into one entry per page, the pages that most lookups found first, then
 * in Pagefind's order.
 */
export function foundPages(responses: readonly ({ results: PagefindResult[] } | null)[]): FoundPage[] {
  const pages = new Map<string, FoundPage>();
  for (const response of responses) {
    for (const result of response?.results ?? []) {
      const page = pages.get(result.id) ?? { result, locations: new Set<number>(), lookups: 0 };
      page.lookups += 1;
      for (const location of result.words) page.locations.add(location);
      pages.set(result.id, page);
    }
  }
  // Array sorting is stable: pages that tie keep Pagefind's order.
  return [...pages.values()].sort((a, b) => b.lookups - a.lookups);
}

/** Reads the best PAGE_LIMIT pages at once; `unread` counts the pages that matched beyond them. */
export async function readBest(
  pages: readonly FoundPage[],
  signal?: AbortSignal,
): Promise<{ pages: { page: LoadedPage; locations: Set<number> }[]; unread: number }> {
  const best = pages.slice(0, PAGE_LIMIT);
  const loaded = await Promise.all(best.map(async ({ result, locations }) => ({ page: await load(result, signal), locations })));
  signal?.throwIfAborted();
  return { pages: loaded, unread: pages.length - best.length };
}

export function passageAt(passages: readonly Passage[], location: number): Passage | undefined {
  return passages.find((passage) => location >= passage.from && location < passage.to);
}
