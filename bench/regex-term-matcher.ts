import type { MatcherTerm, TermMatch } from '../src/lib/text/term-matcher.ts';
import { foldApostrophes, possessiveAt, wholeWordPattern } from '../src/lib/text/words.ts';

const spaced = (text: string) => foldApostrophes(text).replace(/\s+/gu, ' ');

/**
 * What the benchmark measures the Aho-Corasick matcher against: one regular
 * expression of every alias, longest first, built by src/lib/text/words.ts.
 * It finds the same mentions (the benchmark checks that both count the
 * same), but compiles and scans slowly once there are many aliases.
 */
export class RegexTermMatcher<Key> {
  readonly #pattern: RegExp | null;
  readonly #terms = new Map<string, { alias: string; key: Key }>();

  constructor(terms: Iterable<MatcherTerm<Key>>) {
    for (const { alias, key } of terms) {
      if (alias.length === 0) throw new Error('TermMatcher: an alias is empty.');
      const normalised = spaced(alias);
      const owner = this.#terms.get(normalised);
      if (owner !== undefined) {
        if (owner.key !== key) throw new Error(`TermMatcher: the alias "${alias}" is given for two keys.`);
        continue;
      }
      this.#terms.set(normalised, { alias, key });
    }
    this.#pattern = wholeWordPattern(
      [...this.#terms.values()].map(({ alias }) => alias),
      { caseSensitive: true },
    );
  }

  /** How many distinct aliases the matcher knows. */
  get size(): number {
    return this.#terms.size;
  }

  /** Every whole-word mention in `text`, left to right, never overlapping. */
  findAll(text: string): TermMatch<Key>[] {
    if (!this.#pattern) return [];
    const matches: TermMatch<Key>[] = [];
    for (const found of text.matchAll(this.#pattern)) {
      const term = this.#terms.get(spaced(found[0]));
      if (!term) continue;
      const start = found.index;
      const end = start + found[0].length;
      matches.push({ key: term.key, alias: term.alias, start, end, spanEnd: possessiveAt(text, end) ? end + 2 : end });
    }
    return matches;
  }
}
