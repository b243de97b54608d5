import { searchWords } from './find-words';
import type { HighlightPlan } from './match';
import type { PagefindApi, PassageKind, SearchHit } from './hits';
import { completedName, nameForms, namesForQuery, type SearchName } from './names';
import { hasWordCharacter } from '../text/words';
import { articleSpans, foundPages, hitFor, readBest } from './passages';
import { compareKeys, rankKey } from './rank';
import { suggestNames } from './suggest';

/*
 * Search over Pagefind's index, run the same way in the browser and in the
 * Node tests. Pagefind finds the candidate pages and the words it matched;
 * this module cuts each page into the passages that Pagefind's headings mark
 * (the sections, timeline events and glossary entries), keeps only the
 * passages that really match, and builds each excerpt from plain text.
 */

export type { PagefindAnchor, PagefindApi, PagefindFragment, PagefindResult, PassageKind, SearchHit } from './hits';

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
  articleFirst: boolean,
  signal?: AbortSignal,
): Promise<{ hits: SearchHit[]; unread: number }> {
  const forms = [...new Set(names.flatMap(nameForms))];
  const plan: HighlightPlan = { kind: 'names', forms };
  const responses = await Promise.all(forms.map((form) => pagefind.search(form)));
  signal?.throwIfAborted();
  const { pages, unread } = await readBest(foundPages(responses), signal);
  const found: { hit: SearchHit; length: number; order: number; article: boolean }[] = [];
  let lengths = 0;
  let passageCount = 0;
  for (const { page } of pages) {
    const { fragment, words, passages } = page;
    for (const passage of passages) {
      lengths += passage.to - passage.from;
      passageCount += 1;
      const hit = hitFor(passage, fragment.content, words, plan);
      if (!hit) continue;
      // The article names the entry itself, not only a note on it.
      const article = articleSpans(page, passage).some(
        ([from, to]) => hitFor({ ...passage, from, to }, fragment.content, words, plan) !== null,
      );
      const listed = passage.kind === 'section' && !article ? { ...hit, inNotesOnly: true as const } : hit;
      found.push({ hit: listed, length: passage.to - passage.from, order: found.length, article });
    }
  }
  // One unit, the name: then passages that name it in their heading, then by how much of the passage is about it.
  const averageLength = lengths / Math.max(1, passageCount);
  // The entry's own glossary passage ranks first (so the page's opening must name it as well to be listed), but is not
  // listed: the card above the results shows that entry, and a result repeating it read as a second answer.
  const entries = new Set(names.map((name) => `term-${name.id}`));
  const keyed = found.map(({ hit, length, order, article }) => {
    const inHeading = hit.titleParts.some((part) => part.mark);
    const own = hit.anchor !== null && entries.has(hit.anchor);
    const positions = Array.from({ length: hit.matches }, (_, index) => (inHeading && index === 0 ? 0 : index + 1));
    const key = [
      own ? 1 : 0,
      inHeading ? 1 : 0,
      ...rankKey({ hits: [positions], written: 1, heading: [0, 1], length, run: 0, order }, [1], averageLength),
    ];
    return { hit, key, own, order: articleFirst ? [article ? 1 : 0, ...key] : key };
  });
  keyed.sort((a, b) => compareKeys(a.order, b.order));
  // The page's opening is listed only when it names the entry as the best passage does: as its own entry, in its heading.
  // The best by the key alone: on a story page the article's passages are listed first, but need not name it best.
  const best = keyed
    .filter(({ hit }) => hit.kind !== 'intro')
    .map(({ key }) => key)
    .sort(compareKeys)[0];
  const hits = keyed
    .filter(({ hit, key }) => hit.kind !== 'intro' || !best || (key[0]! >= best[0]! && key[1]! >= best[1]!))
    .filter(({ own }) => !own)
    .map(({ hit }) => hit);
  return { hits, unread };
}

/** The places results are listed under; `where` is how the status line says each. */
export const GROUPS: readonly { label: string; kinds: readonly PassageKind[]; where: string }[] = [
  { label: 'In the article', kinds: ['intro', 'section'], where: 'in the article' },
  { label: 'Timeline', kinds: ['event'], where: 'in the timeline' },
  { label: 'Glossary', kinds: ['term'], where: 'in the glossary' },
];

/** Sections that match only in the explainer's notes: not "in the article", whose mentions the name's card counts. */
export const NOTES_GROUP = { label: 'In the explainer’s notes', where: 'in the explainer’s notes' } as const;

/** The heading a hit is listed under. */
export function groupOf(hit: SearchHit): string {
  if (hit.inNotesOnly) return NOTES_GROUP.label;
  return GROUPS.find(({ kinds }) => kinds.includes(hit.kind))!.label;
}

/**
 * Groups the hits by place, each place under one heading: "Glossary, Timeline, Glossary" read as three lists to
 * count. The groups come in the order of their best hit (on a story page the article's, which rank first), and
 * each keeps its hits in the order of relevance.
 */
export function groupHits(hits: readonly SearchHit[]): SearchGroup[] {
  const groups = new Map<string, SearchGroup>();
  for (const hit of hits) {
    const label = groupOf(hit);
    const group = groups.get(label);
    if (group) group.hits.push(hit);
    else groups.set(label, { label, hits: [hit] });
  }
  return [...groups.values()];
}

/** Where a search runs. */
export interface SearchPlace {
  /**
   * On a story page, searching that story alone: a reader there is looking for the story, so the article's sections
   * that hold as many of the query's words as any passage does (in the article's text, not in a note on it) come
   * before the timeline's events and the who's who's entries (issue 24). Off a story page (false), every passage is ranked alike, across stories.
   */
  articleFirst?: boolean;
}

/**
 * Runs one query: the glossary cards it names and the matching passages, grouped. Once `signal` is aborted (the
 * reader typed on), the search stops at its next step and rejects with the signal's reason.
 */
export async function searchSite(
  pagefind: PagefindApi,
  rawQuery: string,
  names: readonly SearchName[],
  signal?: AbortSignal,
  { articleFirst = false }: SearchPlace = {},
): Promise<SearchOutcome> {
  // Invisible format characters (a pasted bidirectional override, a zero-width space) are not part of any word.
  const query = rawQuery
    .replace(/\p{Cf}/gu, '')
    .slice(0, MAX_QUERY_LENGTH)
    .trim();
  let named = namesForQuery(query, names);
  if (!hasWordCharacter(query)) return { query, names: named, groups: [], count: 0, unread: 0, suggestions: [] };
  let hits: SearchHit[];
  let unread: number;
  let complete = true;
  if (named.length > 0) ({ hits, unread } = await searchNames(pagefind, named, articleFirst, signal));
  else {
    const words = await searchWords(pagefind, query, names, signal, articleFirst);
    ({ hits, complete, unread } = words);
    // One word still being typed that can only become a name ("Jinpin" → "Jinping") asks for that entry.
    const completed = !complete && !/\s/.test(query) ? completedName(words.completions, names) : undefined;
    if (completed) {
      named = [completed];
      ({ hits, unread } = await searchNames(pagefind, named, articleFirst, signal));
      complete = true;
    }
  }
  const groups = groupHits(hits);
  // Nothing found, or only words that start like a last word that is no word of the text ("Jinpin"): offer near names.
  const suggestions = named.length === 0 && (hits.length === 0 || !complete) ? suggestNames(query, names) : [];
  return { query, names: named, groups, count: hits.length, unread, suggestions };
}
