import { wholeWordPattern } from './words';

/** A section's text as the cross-file checks search it: its id, its file and its Markdown body. */
export interface SectionText {
  id: string;
  /** The Markdown file, named in error messages. */
  file: string;
  text: string;
}

/**
 * A pattern that finds `phrase` as whole words, whatever whitespace separates
 * them in the source (a soft line break inside a paragraph is "\n"). Apart
 * from whitespace and the two apostrophes the match is exact: case, quotes and
 * dashes must agree.
 */
export function phrasePattern(phrase: string): RegExp {
  return wholeWordPattern([phrase], { caseSensitive: true }) ?? /(?!)/gu;
}

/** Where `phrase` first stands in `text` as whole words, or undefined. */
export function findPhrase(text: string, phrase: string): { index: number; match: string } | undefined {
  const found = phrasePattern(phrase).exec(text);
  return found ? { index: found.index, match: found[0] } : undefined;
}

/** How many times `phrase` stands in `text` as whole words. */
export function countPhrase(text: string, phrase: string): number {
  return [...text.matchAll(phrasePattern(phrase))].length;
}

/** Shortens a phrase for an error message. */
export function quote(phrase: string): string {
  return JSON.stringify(phrase.length > 70 ? `${phrase.slice(0, 70)}…` : phrase);
}
