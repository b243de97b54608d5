import stem from 'wink-porter2-stemmer';
import { trimToWord } from '../text/words';
import { IRREGULAR_VERBS, spellingsOf, SYNONYMS } from './vocabulary';

export { spellingsOf, SPELLING_VARIANTS, STOP_WORDS } from './vocabulary';

/*
 * What a word of a query or of the indexed text is to search, and when two
 * of them are the same word. Pagefind finds candidate words by prefix on its
 * Snowball English (Porter2) stems; this module keeps the ones that are the
 * query's word itself or one of its inflections, by comparing the same
 * Porter2 stems (wink-porter2-stemmer implements that algorithm), so "war"
 * keeps "wars" and drops "warm", and "to" never keeps "today".
 */

/** A percent, currency or degree sign written against a number is part of it: "50%" is not "50". */
const NUMBER_SIGN = /^(?:[$€£¥₹]\p{N}[\p{N}.,]*|\p{N}[\p{N}.,]*%)$/u;

/**
 * A word as search compares it: lower case, Unicode compatibility forms, no
 * punctuation around it, no possessive ’s, and ’ for '. A sign written
 * against a number stays ("50%").
 */
export function searchForm(raw: string): string {
  const text = raw.normalize('NFKC').toLowerCase().replaceAll("'", '’');
  const signed = /[$€£¥₹]?\p{N}[\p{N}.,]*%?/u.exec(text)?.[0]?.replace(/[.,]+$/, '');
  if (signed && NUMBER_SIGN.test(signed) && trimToWord(text) === signed.replace(/^[$€£¥₹]|%$/gu, '')) return signed;
  return trimToWord(text).replace(/’s$/, '');
}

const stems = new Map<string, string>();

/** Porter2 stem of a search form, as Pagefind stems words when it indexes them. */
export function stemOf(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = /^\p{L}/u.test(word) ? stem(word.replaceAll('’', "'")) : word;
    stems.set(word, stemmed);
  }
  return stemmed;
}

/**
 * Whether the indexed word is the query's word: the same word or an
 * inflection of it (the same Porter2 stem), or, for the word still being
 * typed, a word that starts with it.
 */
export function sameWord(queryWord: string, textWord: string, prefix: boolean): boolean {
  if (textWord === queryWord) return true;
  if (prefix && textWord.startsWith(queryWord)) return true;
  return stemOf(textWord) === stemOf(queryWord);
}

/**
 * A verb and its noun in "-sion", whose Porter2 stems differ in one letter: "invade" (invad) and "invasion" (invas),
 * "decide" and "decision", "conclude" and "conclusion". A reader's question uses the verb ("when did Russia invade
 * Ukraine?") where the article writes the noun ("a full scale invasion of Ukraine"), and the other way round.
 */
function verbOrNoun(word: string): string | undefined {
  const stemmed = stemOf(word);
  if (stemmed.length < 5) return undefined;
  if (/(?:de|des|ded|ding)$/.test(word) && /[^aeiou][aeiou]d$/.test(stemmed)) return `${stemmed.slice(0, -1)}sion`;
  if (/sions?$/.test(word) && /[^aeiou][aeiou]s$/.test(stemmed)) return `${stemmed.slice(0, -1)}de`;
  return undefined;
}

/** The groups of a list (IRREGULAR_VERBS, SYNONYMS) that hold the word or one of its inflections, flattened. */
function listedWith(word: string, groups: readonly (readonly string[])[]): string[] {
  const stemmed = stemOf(word);
  return groups.filter((group) => group.some((form) => form === word || stemOf(form) === stemmed)).flat();
}

/**
 * The word as the text may write it, itself first: its other spellings (vocabulary.ts) and the other forms of an
 * irregular verb ("said" for "say", "met" for "meeting"). Inflections need none of these: they share its stem
 * (sameWord).
 */
export function formsOf(word: string): string[] {
  return [...new Set([...spellingsOf(word), ...listedWith(word, IRREGULAR_VERBS)])];
}

/**
 * Other words that the text may use for the word: its listed synonyms ("trip" for "visit") and its verb or noun in
 * "-sion" ("invasion" for "invade"). They find a passage, which then ranks below one holding the word as the reader
 * wrote it (rank.ts).
 */
export function relatedOf(word: string): string[] {
  const forms = new Set(formsOf(word));
  const other = verbOrNoun(word);
  const stemmed = stemOf(word);
  return [...new Set([...listedWith(word, SYNONYMS), ...(other ? [other] : [])])].filter(
    (related) => !forms.has(related) && stemOf(related) !== stemmed,
  );
}
