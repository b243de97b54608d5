import type { ExcerptPart, HighlightPlan } from './match';

/*
 * What Pagefind hands search, and what search hands back: the types that the
 * engine, the passage reader and the word finder share, kept apart so that
 * none of them imports another for its types.
 */

/** A heading with an id, as Pagefind records it in a page's data. */
export interface PagefindAnchor {
  element: string;
  id: string;
  location: number;
  text?: string;
  title?: string;
}

/** The part of a page's data (`result.data()`) that search reads. */
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: PagefindAnchor[];
}

/** One page that Pagefind found, with the locations of the words it matched. */
export interface PagefindResult {
  id: string;
  words: number[];
  data(): Promise<PagefindFragment>;
}

/** The part of Pagefind's JS API that search uses. */
export interface PagefindApi {
  /** A null term lists every indexed page. */
  search(term: string | null): Promise<{ results: PagefindResult[] } | null>;
}

/** Where in the explainer a passage sits, which decides the group it is listed under. */
export type PassageKind = 'intro' | 'section' | 'event' | 'term';

/** One passage that matched: a section, a timeline event, a glossary entry or a page's opening. */
export interface SearchHit {
  /** Where choosing the result goes: the page, with the passage's heading id as the hash. */
  url: string;
  /** The heading id, or null for the opening of a page. */
  anchor: string | null;
  kind: PassageKind;
  title: string;
  titleParts: ExcerptPart[];
  excerpt: ExcerptPart[];
  /** How many times the passage matches, heading included. */
  matches: number;
  /** What to highlight in the passage once the reader lands on it. */
  plan: HighlightPlan;
  /** A section of the article whose own text does not match, only the explainer's notes in it (noteRanges). */
  inNotesOnly?: true;
}
