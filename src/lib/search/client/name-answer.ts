import { GROUPS, type SearchHit, type SearchOutcome } from '../engine';
import { markParts, type ExcerptPart, type HighlightPlan } from '../match';
import { nameForms, namesForQuery, type SearchName, type StoryPlaces } from '../names';

/*
 * The answer to a name query from the names file and a story's places file
 * alone, shown while Pagefind is still loading on a slow connection: the
 * entry's card and the places of the story that name it, each with its
 * sentences, in page order. The full results (timeline and glossary passages
 * too, ranked) replace it when they come.
 */

const SEPARATOR: ExcerptPart = { text: ' … ', mark: false };

/**
 * The early answer to `query`, or null when it names no entry (an ordinary
 * word waits for Pagefind). Without `places` (a search of every story, or a
 * places file that failed to load) it is the entry's card alone.
 */
export function nameAnswer(query: string, names: readonly SearchName[], places: StoryPlaces = {}): SearchOutcome | null {
  const named = namesForQuery(query, names);
  if (named.length === 0) return null;
  const plan: HighlightPlan = { kind: 'names', forms: [...new Set(named.flatMap(nameForms))] };
  const hits = new Map<string, SearchHit>();
  // Own keys only: the file is parsed JSON, and an entry id may be a name of Object's prototype ("constructor").
  for (const place of named.flatMap((name) => (Object.hasOwn(places, name.id) ? (places[name.id] ?? []) : []))) {
    const hit = hits.get(place.url) ?? {
      url: place.url,
      anchor: place.anchor,
      kind: 'section',
      title: place.label,
      titleParts: [{ text: place.label, mark: false }],
      excerpt: [],
      matches: 0,
      plan,
    };
    for (const sentence of place.sentences) {
      hit.excerpt.push(...(hit.excerpt.length > 0 ? [SEPARATOR] : []), ...markParts(sentence.text, sentence.highlights));
      hit.matches += sentence.highlights.length;
    }
    hits.set(place.url, hit);
  }
  const list = [...hits.values()];
  const label = GROUPS.find((group) => group.kinds.includes('section'))?.label ?? '';
  return { query, names: named, groups: list.length > 0 ? [{ label, hits: list }] : [], count: list.length, unread: 0, suggestions: [] };
}
