import { distance } from 'fastest-levenshtein';
import { askedAs, foldName, type SearchName } from './names';

/*
 * Suggestions after a search without results: the glossary names nearest to
 * what the reader typed, within a small edit distance, so that a slip of a
 * letter ("Jinpin", "Mody") still leads to the person.
 */

/** At most this many suggestions are offered. */
export const MAX_SUGGESTIONS = 3;

/** Edits allowed for a query of this many letters: one for a short word, two from six letters on. */
export function allowedEdits(length: number): number {
  if (length < 3) return 0;
  return length < 6 ? 1 : 2;
}

/** The entries whose names lie within the allowed edits of the query, nearest first (then in glossary order). */
export function suggestNames(query: string, names: readonly SearchName[]): SearchName[] {
  const folded = foldName(query);
  const allowed = allowedEdits([...folded].length);
  if (allowed === 0) return [];
  const nearest = names
    .map((name, order) => ({
      name,
      order,
      edits: Math.min(...[...askedAs(name)].map((form) => distance(folded, form))),
    }))
    .filter(({ edits }) => edits > 0 && edits <= allowed);
  nearest.sort((a, b) => a.edits - b.edits || a.order - b.order);
  return nearest.slice(0, MAX_SUGGESTIONS).map(({ name }) => name);
}
