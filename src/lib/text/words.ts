/**
 * What a word is, for every part of the site that looks for words: the
 * glossary linker, the phrases of notes and timeline events, search
 * highlighting and quote links. Letters, digits and combining marks of any
 * script are word characters; everything else (spaces, punctuation, hyphens,
 * apostrophes) separates words, with two rules for apostrophes: one between
 * two letters is inside a word ("O’Brien", "Xi’an"), and a possessive ’s may
 * follow a word ("Russia’s"). ' and ’ count as the same character.
 *
 * Imports nothing, so that the benchmarks can load it with Node's own type
 * stripping.
 */

/** One word character, as a regular-expression class (use with the `u` flag). */
export const WORD_CHARACTER = String.raw`[\p{L}\p{N}\p{M}]`;

/** One character that is not part of a word. */
export const NON_WORD_CHARACTER = String.raw`[^\p{L}\p{N}\p{M}]`;

const WORD = new RegExp(`^${WORD_CHARACTER}$`, 'u');
const ANY_WORD = new RegExp(WORD_CHARACTER, 'u');
const NON_WORD_EDGES = new RegExp(`^${NON_WORD_CHARACTER}+|${NON_WORD_CHARACTER}+$`, 'gu');

/** Whether `text` holds a word character anywhere: a query of punctuation alone has nothing to look for. */
export function hasWordCharacter(text: string): boolean {
  return ANY_WORD.test(text);
}

/** A word without the punctuation around it: "“(Modi)" → "Modi", "Alaska,”" → "Alaska". */
export function trimToWord(text: string): string {
  return text.replace(NON_WORD_EDGES, '');
}

/** Whether the code point is part of a word; -1 (no code point) is not. */
export function isWordCodePoint(codePoint: number): boolean {
  if (codePoint < 0) return false;
  if (codePoint < 0x80) {
    return (codePoint >= 0x30 && codePoint <= 0x39) || (codePoint >= 0x41 && codePoint <= 0x5a) || (codePoint >= 0x61 && codePoint <= 0x7a);
  }
  return WORD.test(String.fromCodePoint(codePoint));
}

/** Whether `text` starts with a word character. */
export function startsWithWord(text: string): boolean {
  return isWordCodePoint(text.codePointAt(0) ?? -1);
}

/** Whether `text` ends with a word character. */
export function endsWithWord(text: string): boolean {
  const last = Array.from(text.slice(-2)).at(-1);
  return last !== undefined && isWordCodePoint(last.codePointAt(0) ?? -1);
}

/** Folds ' into ’, the article's apostrophe, so that a form written either way matches text written either way. */
export function foldApostrophes(text: string): string {
  return text.replaceAll("'", '’');
}

/** Escapes a text for use inside a regular expression (outside a character class, with the `u` flag). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How the words of a form may be separated in the text. */
export type Separators =
  /** Any run of whitespace: a phrase may be wrapped across lines of Markdown. */
  | 'whitespace'
  /** Whitespace or a hyphen: "dual-use" also finds "dual use", and the reverse. */
  | 'space-or-hyphen';

export interface WholeWordOptions {
  /** Case-sensitive matching, as glossary forms are; by default case does not matter. */
  caseSensitive?: boolean;
  /** With `caseSensitive`, a form written in lower case ("dual-use goods") may also start a sentence with a capital. */
  capitalStart?: boolean;
  separators?: Separators;
}

const W = WORD_CHARACTER;
const APOSTROPHES = `['’]`;
const SEPARATOR_SOURCE: Record<Separators, string> = {
  whitespace: String.raw`\s+`,
  'space-or-hyphen': String.raw`(?:\s*[-\u2010\u2011]\s*|\s+)`,
};
const SEPARATOR_SPLIT: Record<Separators, RegExp> = {
  whitespace: /\s+/u,
  'space-or-hyphen': /[\s\-\u2010\u2011]+/u,
};
/** Not preceded by a word, nor by a word and an apostrophe ("O’|Brien"). */
const WORD_START = `(?<!${W})(?<!${W}${APOSTROPHES})`;
/** Not followed by a word, nor by an apostrophe and a word other than a possessive ’s ("Xi|’an" but "Xi|’s"). */
const WORD_END = `(?!${W})(?!${APOSTROPHES}(?!s(?!${W}))${W})`;

/** One form as an alternative: its words escaped and joined by the separator, ' and ’ alike, word edges checked. */
function alternative(form: string, options: WholeWordOptions): string {
  const separators = options.separators ?? 'whitespace';
  const words = form.trim().split(SEPARATOR_SPLIT[separators]).filter(Boolean);
  const [first] = words;
  if (first === undefined) return '';
  const sources = words.map((word) => escapeRegExp(foldApostrophes(word)).replaceAll('’', APOSTROPHES));
  const head = first.charAt(0);
  if (options.caseSensitive && options.capitalStart && head !== head.toUpperCase()) {
    sources[0] = `[${head}${head.toUpperCase()}]${sources[0]!.slice(escapeRegExp(head).length)}`;
  }
  const joined = sources.join(SEPARATOR_SOURCE[separators]);
  return `${startsWithWord(form.trim()) ? WORD_START : ''}${joined}${endsWithWord(form.trim()) ? WORD_END : ''}`;
}

/**
 * One pattern that finds any of `forms` as whole words, or null when there is
 * nothing to look for. Alternatives go longest first, so that where forms
 * overlap, the longest wins at the leftmost place ("Xi Jinping", not "Xi").
 * A possessive ’s after a match is left out of it.
 */
export function wholeWordPattern(forms: Iterable<string>, options: WholeWordOptions = {}): RegExp | null {
  const unique = [...new Set([...forms].map((form) => form.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const alternatives = unique.map((form) => alternative(form, options)).filter(Boolean);
  if (alternatives.length === 0) return null;
  return new RegExp(alternatives.join('|'), options.caseSensitive ? 'gu' : 'giu');
}

/** A possessive ’s or 's right at `offset` of `text`, as words.ts allows after a word. */
export function possessiveAt(text: string, offset: number): boolean {
  return /^['’]s$/u.test(text.slice(offset, offset + 2)) && !isWordCodePoint(text.codePointAt(offset + 2) ?? -1);
}
