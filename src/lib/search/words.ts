import stem from 'wink-porter2-stemmer';
import { trimToWord } from '../text/words';

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
