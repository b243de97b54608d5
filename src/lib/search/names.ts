import type { GlossaryEntry } from '../../schemas/glossary';
import { glossaryPath } from '../routes';

/** What search knows about one glossary entry: enough for its card and for name matching. */
export interface SearchName {
  id: string;
  term: string;
  kind: GlossaryEntry['kind'];
  aliases: string[];
  /** The name in its own script (习近平), for queries in that script only: the article never writes it. */
  otherScripts?: string[];
  definition: string;
  /** The entry's own page, which lists every mention. */
  url: string;
  /** How many times the stories name it, all stories together, as its page counts them (mentionCount). */
  mentions: number;
  /** How many stories name it, so that the card can say "12 mentions in 3 stories". */
  stories: number;
  /** Included for context: the article need not name it. */
  context: boolean;
}

/** One place of the article that names an entry, with each sentence that does and the spans naming it. */
export interface NamePlace {
  /** The story page's address of the place, with its anchor. */
  url: string;
  anchor: string;
  /** What a reader sees as the place, such as the section's title. */
  label: string;
  sentences: { text: string; highlights: [number, number][] }[];
}

/**
 * One story's places file: each entry the story names, by id, with the places
 * of its page that name it, in page order; enough to answer a name query
 * before Pagefind has loaded (client/name-answer.ts). Kept out of the names
 * file, which would otherwise grow with every story's mentions: a story page
 * downloads its own story's places alone.
 */
export type StoryPlaces = Record<string, NamePlace[]>;

/** How often an entry is named across the stories: its mentions, and the number of stories they are in. */
export interface NameCounts {
  mentions: number;
  stories: number;
}

/**
 * The names file that the build emits for the search dialog (a few hundred
 * bytes per entry, however many stories name it). `counts` gives each entry's
 * counts, from mentionCount.
 */
export function searchNames(entries: readonly GlossaryEntry[], counts: (entryId: string) => NameCounts): SearchName[] {
  return entries.map(({ id, term, kind, aliases, otherScripts, definition, context }) => ({
    id,
    term,
    kind,
    aliases: [...aliases],
    ...(otherScripts ? { otherScripts: [...otherScripts] } : {}),
    definition,
    url: glossaryPath(id),
    ...counts(id),
    context,
  }));
}

/** A label for the entry's kind, as the card shows it. */
export function kindLabel(kind: SearchName['kind']): string {
  return { person: 'Person', organisation: 'Organisation', place: 'Place', event: 'Event', concept: 'Idea' }[kind];
}

/**
 * Folds a query or a name to the form in which they are compared: Unicode
 * compatibility forms, lower case, no quotes or possessive "’s", hyphens and
 * runs of spaces as one space. "Modi’s", " MODI " and "modi" all become "modi".
 */
export function foldName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .trim()
    .replace(/[\u2018\u2019\u201C\u201D"`]/g, "'")
    .replace(/'s$/, '')
    .replace(/['.,;:!?()]+/g, ' ')
    .replace(/[\s\-\u2010\u2011\u2013]+/g, ' ')
    .trim();
}

/**
 * Every written form of an entry that its mentions can take: the term, the
 * term without its qualifier, and the aliases. A qualifier in parentheses,
 * "(India)" or "(SCO)", says which one is meant and is not a name of its own:
 * "India" is not a name of India's foreign ministry. An abbreviation that is
 * a name is listed among the aliases.
 */
export function nameForms(name: SearchName): string[] {
  const forms = new Set<string>([name.term, ...name.aliases]);
  const bracket = /^(.*?)\s*\([^)]+\)$/.exec(name.term);
  if (bracket?.[1]) forms.add(bracket[1]);
  return [...forms].filter((form) => form.trim() !== '');
}

/**
 * The ways a reader may ask for an entry. Besides its forms, a person can be
 * asked for by one part of their name ("Jinping", "Narendra"): people are
 * often searched for by a surname the article never uses. Parts shorter than
 * three letters ("Un") are left out; they are too often ordinary words.
 */
export function askedAs(name: SearchName): Set<string> {
  const asked = new Set([...nameForms(name), ...(name.otherScripts ?? [])].map(foldName));
  if (name.kind === 'person') {
    for (const part of [name.term, ...(name.otherScripts ?? [])].flatMap((form) => foldName(form).split(' '))) {
      if ([...part].length >= 3) asked.add(part);
    }
  }
  asked.delete('');
  return asked;
}

/** The glossary entries a query names, compared case-insensitively; none for an ordinary word. */
export function namesForQuery(query: string, names: readonly SearchName[]): SearchName[] {
  const folded = foldName(query);
  if (folded === '') return [];
  return names.filter((name) => askedAs(name).has(folded));
}

/**
 * The entry a word still being typed can only become: every word of the text
 * that it starts ("Jinpin" starts "Jinping" alone) is one of the ways to ask
 * for the same entry. Undefined when it may still become an ordinary word
 * ("Mod": "Modi", "modern") or another entry's name.
 */
export function completedName(completions: readonly string[], names: readonly SearchName[]): SearchName | undefined {
  if (completions.length === 0) return undefined;
  const folded = completions.map(foldName);
  const entries = names.filter((name) => {
    const asked = askedAs(name);
    return folded.every((word) => asked.has(word));
  });
  return entries.length === 1 ? entries[0] : undefined;
}
