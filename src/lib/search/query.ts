import { formsOf, relatedOf, searchForm, STOP_WORDS } from './words';

/*
 * A reader's query, read into the words and phrases that search looks for.
 * - Words are compared whole (inflections included, words.ts); only the last
 *   word, the one still being typed, also matches as a prefix, from three
 *   letters on.
 * - Stop words ("to", "and") are left out unless the whole query is made of
 *   them; inside quotes they count, as part of the phrase.
 * - "…" asks for the exact phrase; a hyphenated word ("dual-use") is a phrase
 *   of its parts, so it finds "dual use" too.
 */

/** Where the word still being typed starts to match as a prefix. */
export const PREFIX_FROM = 3;

/** One word to look for: the words that stand for it in the text, and whether it may be a prefix. */
export interface QueryWord {
  /** The word as search compares it ("defence", "50%"). */
  word: string;
  /** The word, its other spellings and its other forms (formsOf: "defense", "said" for "say"). */
  spellings: string[];
  /** Other words for it (relatedOf: "trip" for "visit"), which rank below the word itself. */
  related: string[];
  prefix: boolean;
}

/** What a passage is matched against: one word, or a phrase whose words must stand in order, side by side. */
export interface QueryUnit {
  words: QueryWord[];
  /** A quoted phrase: a passage without it is not a result. */
  required: boolean;
}

export interface ParsedQuery {
  units: QueryUnit[];
  /**
   * Every word of the unquoted query in the reader's order, stop words
   * included: a passage holding a longer run of them side by side ranks
   * higher ("shoulder to shoulder").
   */
  sequence: QueryWord[];
}

const QUOTES = /["“”„]/u;

function wordOf(word: string, prefix: boolean): QueryWord {
  return { word, spellings: formsOf(word), related: relatedOf(word), prefix: prefix && word.length >= PREFIX_FROM && /^\p{L}/u.test(word) };
}

/** The words of one token: a hyphenated token is several ("dual-use" → dual, use). */
function tokenWords(token: string): string[] {
  return token
    .split(/[-\u2010\u2011\u2013\u2014/]+/u)
    .map(searchForm)
    .filter(Boolean);
}

export function parseQuery(query: string): ParsedQuery {
  const pieces = query.split(QUOTES);
  // An odd piece is inside quotes; a quote still open while the reader types counts as closed at the end.
  const quoted = pieces.filter((_, index) => index % 2 === 1).map((piece) => piece.split(/\s+/).flatMap(tokenWords));
  const loose = pieces.filter((_, index) => index % 2 === 0).flatMap((piece) => piece.split(/\s+/).filter(Boolean));
  const typing = !/[\s"“”„]$/u.test(query) && pieces.length % 2 === 1;
  const looseGroups = loose.map(tokenWords).filter((words) => words.length > 0);
  const lastGroup = looseGroups.length - 1;
  const sequence = looseGroups.flatMap((group, index) =>
    group.map((word, at) => wordOf(word, typing && index === lastGroup && at === group.length - 1)),
  );

  const allStop = [...looseGroups.flat(), ...quoted.flat()].every((word) => STOP_WORDS.has(word));
  const units: QueryUnit[] = [];
  const seen = new Set<string>();
  const add = (words: QueryWord[], required: boolean) => {
    const key = words.map((word) => `${word.word}${word.prefix ? '*' : ''}`).join(' ');
    if (words.length === 0 || seen.has(key)) return;
    seen.add(key);
    units.push({ words, required });
  };
  for (const phrase of quoted)
    add(
      phrase.map((word) => wordOf(word, false)),
      true,
    );
  looseGroups.forEach((group, index) => {
    const last = typing && index === lastGroup;
    const kept = group.map((word, at) => wordOf(word, last && at === group.length - 1));
    if (group.length > 1) add(kept, false);
    else if (allStop || !STOP_WORDS.has(group[0]!)) add(kept, false);
  });
  return { units, sequence };
}
