import { searchWords } from './find-words';
import type { ExcerptPart, HighlightPlan } from './match';
import { nameForms, namesForQuery, type SearchName } from './names';
import { hasWordCharacter } from '../text/words';
import { foundPages, hitFor, readBest } from './passages';
import { compareKeys, rankKey } from './rank';
import { suggestNames } from './suggest';

/*
 * Search over Pagefind's index, run the same way in the browser and in the
 * Node tests. Pagefind finds the candidate pages and the words it matched;
 * this module cuts each page into the passages that Pagefind's headings mark
 * (the sections, timeline events and glossary entries), keeps only the
 * passages that really match, and builds each excerpt from plain text.
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
}

export interface SearchGroup {
  label: string;
  hits: SearchHit[];
}

export interface SearchOutcome {
  query: string;
  /** Glossary entries the query names; their cards go above the results. */
  names: SearchName[];
  groups: SearchGroup[];
  /** Number of passages found. */
  count: number;
  /** Pages (stories) that match too but were not read: only the best PAGE_LIMIT are (passages.ts). */
  unread: number;
  /** When nothing matches: the glossary names nearest to the query, offered as new queries. */
  suggestions: SearchName[];
}

/** Queries longer than this are cut before searching: no passage is longer, and Pagefind's work grows with it. */
export const MAX_QUERY_LENGTH = 200;

/**
 * A name: search for every form of each entry, then keep the passages that
 * contain one as a whole word. So "Modi" never returns a passage that only
 * says "modified", and "Jinping" finds the passages that say "Xi".
 */
async function searchNames(
  pagefind: PagefindApi,
  names: readonly SearchName[],
  signal?: AbortSignal,
): Promise<{ hits: SearchHit[]; unread: number }> {
  const forms = [...new Set(names.flatMap(nameForms))];
  const plan: HighlightPlan = { kind: 'names', forms };
  const responses = await Promise.all(forms.map((form) => pagefind.search(form)));
  signal?.throwIfAborted();
  const { pages, unread } = await readBest(foundPages(responses), signal);
  const found: { hit: SearchHit; length: number; order: number }[] = [];
  let lengths = 0;
  let passageCount = 0;
  for (const { page } of pages) {
    const { fragment, words, passages } = page;
    for (const passage of passages) {
      lengths += passage.to - passage.from;
      passageCount += 1;
      const hit = hitFor(passage, fragment.content, words, plan);
      if (hit) found.push({ hit, length: passage.to - passage.from, order: found.length });
    }
  }
  // One unit, the name: then passages that name it in their heading, then by how much of the passage is about it.
  const averageLength = lengths / Math.max(1, passageCount);
  // The entry the reader asked for comes first: its own glossary passage answers "who is this?".
  const entries = new Set(names.map((name) => `term-${name.id}`));
  const keyed = found.map(({ hit, length, order }) => {
    const inHeading = hit.titleParts.some((part) => part.mark);
    const own = hit.anchor !== null && entries.has(hit.anchor);
    const positions = Array.from({ length: hit.matches }, (_, index) => (inHeading && index === 0 ? 0 : index + 1));
    return {
      hit,
      key: [own ? 1 : 0, inHeading ? 1 : 0, ...rankKey({ hits: [positions], heading: [0, 1], length, run: 0, order }, [1], averageLength)],
    };
  });
  return { hits: keyed.sort((a, b) => compareKeys(a.key, b.key)).map(({ hit }) => hit), unread };
}

const GROUPS: readonly { label: string; kinds: readonly PassageKind[] }[] = [
  { label: 'In the article', kinds: ['intro', 'section'] },
  { label: 'Timeline', kinds: ['event'] },
  { label: 'Glossary', kinds: ['term'] },
];

/**
 * Runs one query: the glossary cards it names and the matching passages, grouped. Once `signal` is aborted (the
 * reader typed on), the search stops at its next step and rejects with the signal's reason.
 */
export async function searchSite(
  pagefind: PagefindApi,
  rawQuery: string,
  names: readonly SearchName[],
  signal?: AbortSignal,
): Promise<SearchOutcome> {
  // Invisible format characters (a pasted bidirectional override, a zero-width space) are not part of any word.
  const query = rawQuery
    .replace(/\p{Cf}/gu, '')
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
  const named = namesForQuery(query, names);
  if (!hasWordCharacter(query)) return { query, names: named, groups: [], count: 0, unread: 0, suggestions: [] };
  const { hits, complete, unread } =
    named.length > 0
      ? { ...(await searchNames(pagefind, named, signal)), complete: true }
      : await searchWords(pagefind, query, names, signal);
  // Hits come best first; each group keeps that order, and the group holding the best hit comes first.
  const groups = GROUPS.map(({ label, kinds }) => ({ label, hits: hits.filter((hit) => kinds.includes(hit.kind)) }))
    .filter((group) => group.hits.length > 0)
    .sort((a, b) => hits.indexOf(a.hits[0]!) - hits.indexOf(b.hits[0]!));
  // Nothing found, or only words that start like a last word that is no word of the text ("Jinpin"): offer near names.
  const suggestions = named.length === 0 && (hits.length === 0 || !complete) ? suggestNames(query, names) : [];
  return { query, names: named, groups, count: hits.length, unread, suggestions };
}
