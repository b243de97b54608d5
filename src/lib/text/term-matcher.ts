/**
 * Finds whole-word mentions of many terms in one pass over a text, whatever
 * the number of terms: an Aho-Corasick automaton over UTF-16 code units, with
 * word-boundary checks at each candidate and leftmost-longest selection. What
 * a word is comes from words.ts, which every other word search uses too.
 *
 * `npm run bench` measures it against one regular expression of all the
 * aliases (bench/regex-term-matcher.ts), on the real glossary and article and
 * at 1,000 and 10,000 terms; this is faster in each, so it stays.
 */
import { foldApostrophes, isWordCodePoint } from './words.ts';

/** One form to look for, and what it stands for (a glossary entry id, say). */
export interface MatcherTerm<Key> {
  alias: string;
  key: Key;
}

/** One mention found in a text. */
export interface TermMatch<Key> {
  key: Key;
  /** The alias as given to the matcher (the text may use ' where the alias has ’). */
  alias: string;
  /** Offset of the first code unit of the mention. */
  start: number;
  /** Offset just after the alias. */
  end: number;
  /** Offset just after a possessive ’s or 's that follows the alias, else `end`. */
  spanEnd: number;
}

const APOSTROPHE = 0x27; // '
const RIGHT_SINGLE_QUOTE = 0x2019; // ’, the article's apostrophe
const NONE = -1;

/** The code point that ends just before `offset`, or -1 at the start. */
function codePointBefore(text: string, offset: number): number {
  if (offset <= 0) return NONE;
  const low = text.charCodeAt(offset - 1);
  if (low >= 0xdc00 && low <= 0xdfff && offset >= 2) {
    const high = text.charCodeAt(offset - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** The code point that starts at `offset`, or -1 at the end. */
function codePointAt(text: string, offset: number): number {
  return offset < text.length ? (text.codePointAt(offset) ?? NONE) : NONE;
}

function isApostrophe(codeUnit: number): boolean {
  return codeUnit === APOSTROPHE || codeUnit === RIGHT_SINGLE_QUOTE;
}

/** Folds ' into ’ so that an alias written either way matches text written either way. */
function fold(codeUnit: number): number {
  return codeUnit === APOSTROPHE ? RIGHT_SINGLE_QUOTE : codeUnit;
}

/**
 * Whether a match may start at `start`: the text before it must end a word.
 * An apostrophe between two letters is inside a word ("O’Brien"), so it is
 * not a boundary.
 */
function startsWord(text: string, start: number): boolean {
  const before = codePointBefore(text, start);
  if (before === NONE) return true;
  if (isWordCodePoint(before)) return false;
  if (isApostrophe(before)) {
    const beforeThat = codePointBefore(text, start - 1);
    return beforeThat === NONE || !isWordCodePoint(beforeThat);
  }
  return true;
}

/**
 * Where a match that ends at `end` really ends, or -1 when it ends inside a
 * word. A possessive ’s or 's is allowed ("Russia’s") and included in the
 * returned offset; any other letter after an apostrophe ("Xi’an") is not.
 */
function wordEnd(text: string, end: number): number {
  const after = codePointAt(text, end);
  if (after === NONE) return end;
  if (isWordCodePoint(after)) return NONE;
  if (!isApostrophe(after)) return end;
  const next = codePointAt(text, end + 1);
  if (next === NONE || !isWordCodePoint(next)) return end;
  if (next !== 0x73 /* s */) return NONE;
  const afterS = codePointAt(text, end + 2);
  return afterS === NONE || !isWordCodePoint(afterS) ? end + 2 : NONE;
}

/** A candidate found by the automaton before overlaps are resolved. */
interface Candidate {
  pattern: number;
  start: number;
  end: number;
  spanEnd: number;
}

/**
 * A reusable matcher for a fixed set of aliases. Build it once (cost linear in
 * the total length of the aliases) and call `findAll` on any number of texts
 * (cost linear in the text's length plus the number of candidates).
 */
export class TermMatcher<Key> {
  readonly #goto: Map<number, number>[] = [new Map()];
  readonly #fail: number[] = [0];
  /** The pattern that ends at a node, or -1. */
  readonly #output: number[] = [NONE];
  /** The nearest node down the fail chain that ends a pattern, or -1. */
  readonly #dictionary: number[] = [NONE];
  readonly #patterns: { alias: string; key: Key; length: number; wordStart: boolean; wordEnd: boolean }[] = [];

  constructor(terms: Iterable<MatcherTerm<Key>>) {
    const seen = new Map<string, Key>();
    for (const { alias, key } of terms) {
      if (alias.length === 0) throw new Error('TermMatcher: an alias is empty.');
      const normalised = foldApostrophes(alias);
      const owner = seen.get(normalised);
      if (owner !== undefined) {
        if (owner !== key) throw new Error(`TermMatcher: the alias "${alias}" is given for two keys.`);
        continue;
      }
      seen.set(normalised, key);
      this.#add(alias, key);
    }
    this.#link();
  }

  /** How many distinct aliases the matcher knows. */
  get size(): number {
    return this.#patterns.length;
  }

  #add(alias: string, key: Key): void {
    let node = 0;
    for (let i = 0; i < alias.length; i++) {
      const unit = fold(alias.charCodeAt(i));
      let next = this.#goto[node]!.get(unit);
      if (next === undefined) {
        next = this.#goto.length;
        this.#goto.push(new Map());
        this.#fail.push(0);
        this.#output.push(NONE);
        this.#dictionary.push(NONE);
        this.#goto[node]!.set(unit, next);
      }
      node = next;
    }
    this.#output[node] = this.#patterns.length;
    this.#patterns.push({
      alias,
      key,
      length: alias.length,
      wordStart: isWordCodePoint(alias.codePointAt(0) ?? NONE),
      wordEnd: isWordCodePoint(codePointBefore(alias, alias.length)),
    });
  }

  /** Breadth-first pass that fills in the fail and dictionary links. */
  #link(): void {
    const queue: number[] = [];
    for (const child of this.#goto[0]!.values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const [unit, child] of this.#goto[node]!) {
        let fallback = this.#fail[node]!;
        while (fallback !== 0 && !this.#goto[fallback]!.has(unit)) fallback = this.#fail[fallback]!;
        const target = this.#goto[fallback]!.get(unit);
        const fail = target !== undefined && target !== child ? target : 0;
        this.#fail[child] = fail;
        this.#dictionary[child] = this.#output[fail] !== NONE ? fail : this.#dictionary[fail]!;
        queue.push(child);
      }
    }
  }

  /**
   * Every whole-word mention in `text`, left to right, never overlapping.
   * Where mentions overlap, the one that starts first wins, and of those the
   * longest: "Xi Jinping" is one mention, not "Xi" and then "Jinping".
   */
  findAll(text: string): TermMatch<Key>[] {
    const candidates: Candidate[] = [];
    const goto = this.#goto;
    const fail = this.#fail;
    const output = this.#output;
    const dictionary = this.#dictionary;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = fold(text.charCodeAt(i));
      let next = goto[node]!.get(unit);
      while (next === undefined && node !== 0) {
        node = fail[node]!;
        next = goto[node]!.get(unit);
      }
      node = next ?? 0;
      let hit = output[node] !== NONE ? node : dictionary[node]!;
      while (hit !== NONE) {
        const pattern = output[hit]!;
        this.#consider(text, pattern, i + 1, candidates);
        hit = dictionary[hit]!;
      }
    }
    return this.#resolve(candidates);
  }

  #consider(text: string, pattern: number, end: number, candidates: Candidate[]): void {
    const { length, wordStart, wordEnd: endsInWord } = this.#patterns[pattern]!;
    const start = end - length;
    if (wordStart && !startsWord(text, start)) return;
    const spanEnd = endsInWord ? wordEnd(text, end) : end;
    if (spanEnd === NONE) return;
    candidates.push({ pattern, start, end, spanEnd });
  }

  #resolve(candidates: Candidate[]): TermMatch<Key>[] {
    // Candidates arrive in order of their end; leftmost-longest wants start order.
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    const matches: TermMatch<Key>[] = [];
    let free = 0;
    for (const { pattern, start, end, spanEnd } of candidates) {
      if (start < free) continue;
      const { alias, key } = this.#patterns[pattern]!;
      matches.push({ key, alias, start, end, spanEnd });
      free = spanEnd;
    }
    return matches;
  }
}
