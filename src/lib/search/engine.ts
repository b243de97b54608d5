import { cleanWord, splitWords, type ExcerptPart, type HighlightPlan, type WordSpan } from './match';
import { nameForms, namesForQuery, type SearchName } from './names';
import { hasWordCharacter } from '../text/words';
import { hitFor, passagesOf, textOf, type Passage } from './passages';

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
}

/** Queries longer than this are cut before searching: no passage is longer, and Pagefind's work grows with it. */
export const MAX_QUERY_LENGTH = 200;

interface LoadedPage {
  fragment: PagefindFragment;
  words: WordSpan[];
  passages: Passage[];
}

/** Reads a page's data; the costliest step of a search, so a search no longer wanted stops before it. */
async function load(result: PagefindResult, signal?: AbortSignal): Promise<LoadedPage> {
  signal?.throwIfAborted();
  const fragment = await result.data();
  const words = splitWords(fragment.content);
  return { fragment, words, passages: passagesOf(fragment, words.length) };
}

function passageAt(passages: readonly Passage[], location: number): Passage | undefined {
  return passages.find((passage) => location >= passage.from && location < passage.to);
}

/**
 * A name: search for every form of each entry, then keep the passages that
 * contain one as a whole word. So "Modi" never returns a passage that only
 * says "modified", and "Jinping" finds the passages that say "Xi".
 */
async function searchNames(pagefind: PagefindApi, names: readonly SearchName[], signal?: AbortSignal): Promise<SearchHit[]> {
  const forms = [...new Set(names.flatMap(nameForms))];
  const plan: HighlightPlan = { kind: 'names', forms };
  const pages = new Map<string, PagefindResult>();
  const responses = await Promise.all(forms.map((form) => pagefind.search(form)));
  signal?.throwIfAborted();
  for (const response of responses) {
    for (const result of response?.results ?? []) {
      if (!pages.has(result.id)) pages.set(result.id, result);
    }
  }
  const hits: SearchHit[] = [];
  for (const result of pages.values()) {
    const { fragment, words, passages } = await load(result, signal);
    for (const passage of passages) {
      const hit = hitFor(passage, fragment.content, words, plan);
      if (hit) hits.push(hit);
    }
  }
  return hits;
}

/** The words of a hyphenated token ("dual-use" → ["dual", "use"]). */
function hyphenParts(token: string): string[] {
  return token.split(/[-\u2010\u2011]+/).filter(Boolean);
}

/** True when the words at consecutive locations spell the parts, the last one as a prefix. */
function spellsAt(content: string, words: readonly WordSpan[], location: number, parts: readonly string[]): boolean {
  return parts.every((part, offset) => {
    const span = words[location + offset];
    const word = span ? cleanWord(content.slice(span.start, span.end)).toLowerCase() : '';
    return offset === parts.length - 1 ? word.startsWith(part) : word === part;
  });
}

/**
 * Ordinary words: Pagefind's own matching (every word a prefix, with
 * stemming), with the passages cut as above. Pagefind reads "dual-use" as
 * "dualuse", so a hyphenated word is also looked for as separate adjacent
 * words ("dual use").
 */
async function searchWords(pagefind: PagefindApi, query: string, signal?: AbortSignal): Promise<SearchHit[]> {
  const found = new Map<Passage['url'], { passage: Passage; page: LoadedPage; words: Set<string> }>();
  const collect = (page: LoadedPage, location: number, length = 1) => {
    const passage = passageAt(page.passages, location);
    if (!passage) return;
    const entry = found.get(passage.url) ?? { passage, page, words: new Set<string>() };
    const phrase = textOf(page.fragment.content, page.words, location, location + length)
      .split(/\s+/)
      .map(cleanWord)
      .join(' ')
      .trim();
    if (phrase) entry.words.add(phrase);
    found.set(passage.url, entry);
  };

  for (const result of (await pagefind.search(query))?.results ?? []) {
    const page = await load(result, signal);
    for (const location of result.words) collect(page, location);
  }

  const hyphenated = query
    .toLowerCase()
    .split(/\s+/)
    .map(hyphenParts)
    .filter((parts) => parts.length > 1);
  if (hyphenated.length > 0) {
    const spaced = query.replace(/[-\u2010\u2011]+/g, ' ');
    for (const result of (await pagefind.search(spaced))?.results ?? []) {
      const page = await load(result, signal);
      for (const location of result.words) {
        const parts = hyphenated.find((candidate) => spellsAt(page.fragment.content, page.words, location, candidate));
        if (parts) collect(page, location, parts.length);
      }
    }
  }

  const hits: SearchHit[] = [];
  for (const { passage, page, words } of found.values()) {
    const hit = hitFor(passage, page.fragment.content, page.words, { kind: 'words', words: [...words] });
    if (hit) hits.push(hit);
  }
  return hits;
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
  if (!hasWordCharacter(query)) return { query, names: named, groups: [], count: 0 };
  const hits = named.length > 0 ? await searchNames(pagefind, named, signal) : await searchWords(pagefind, query, signal);
  const groups = GROUPS.map(({ label, kinds }) => ({ label, hits: hits.filter((hit) => kinds.includes(hit.kind)) })).filter(
    (group) => group.hits.length > 0,
  );
  return { query, names: named, groups, count: hits.length };
}
