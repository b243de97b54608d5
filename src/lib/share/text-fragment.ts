import { isWordCodePoint } from '../text/words';

/**
 * Text fragments (https://wicg.github.io/scroll-to-text-fragment/): a URL
 * ending in "#id:~:text=prefix-,start,end,-suffix" opens the page with the
 * quoted words highlighted in browsers that support them; the others see
 * "#id" and land on the section.
 *
 * A browser looks for the words in the page's visible text, case-insensitively,
 * as whole words, and highlights the FIRST place they match. So the link is
 * built here against a model of that text (PageText), and given just enough
 * context (prefix, suffix, more words) that its first match is the reader's
 * selection. No library builds directives against a given text; Chromium's
 * own generator is not exposed to pages.
 */

/** One text node of the page as a browser's find sees it. */
export interface TextPiece {
  text: string;
  /** Inside something the explainer added to the article's words (`data-added`): a note number, a date, a notes list. */
  added: boolean;
  /** Pieces with the same number follow each other inside one block; a new number starts a new block. */
  block: number;
}

/** A place in the pieces: which piece, and the offset in its text. */
export interface PiecePoint {
  piece: number;
  offset: number;
}

/** The visible text, whitespace folded to single spaces and blocks separated by "\n", as the find of a browser sees it. */
export interface PageText {
  text: string;
  /** Lower-cased text of the same length, for case-insensitive matching. */
  folded: string;
  /** Whether each character of `text` is added by the explainer. */
  added: boolean[];
  /** Where a point of the pieces falls in `text`. */
  at(point: PiecePoint): number;
}

export function pageText(pieces: readonly TextPiece[]): PageText {
  let text = '';
  let folded = '';
  const added: boolean[] = [];
  const starts: number[][] = [];
  let block: number | undefined;
  const push = (char: string, isAdded: boolean) => {
    text += char;
    const lower = char.toLowerCase();
    folded += lower.length === char.length ? lower : char;
    added.push(isAdded);
  };
  pieces.forEach((piece, index) => {
    if (block !== undefined && piece.block !== block && text !== '') {
      if (text.endsWith(' ')) {
        text = text.slice(0, -1);
        folded = folded.slice(0, -1);
        added.pop();
      }
      if (!text.endsWith('\n')) push('\n', false);
    }
    block = piece.block;
    const offsets: number[] = [];
    for (const char of piece.text.split('')) {
      offsets.push(text.length);
      if (/\s/u.test(char)) {
        if (text !== '' && !text.endsWith(' ') && !text.endsWith('\n')) push(' ', piece.added);
      } else {
        push(char, piece.added);
      }
    }
    offsets.push(text.length);
    starts[index] = offsets;
  });
  return {
    text,
    folded,
    added,
    at: ({ piece, offset }) => starts[piece]?.[Math.min(offset, (starts[piece]?.length ?? 1) - 1)] ?? text.length,
  };
}

const isWord = (text: string, index: number) => isWordCodePoint(text.codePointAt(index) ?? -1);
const isApostrophe = (text: string, index: number) => text[index] === '’' || text[index] === "'";

/**
 * Whether a word boundary lies before `index`, as the Unicode word rules that
 * browsers use place them: not between two word characters, nor around an
 * apostrophe inside a word ("Putin’s" is one word).
 */
export function boundaryAt(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return true;
  if (isWord(text, index - 1) && isWord(text, index)) return false;
  if (isApostrophe(text, index - 1) && isWord(text, index - 2) && isWord(text, index)) return false;
  if (isApostrophe(text, index) && isWord(text, index - 1) && isWord(text, index + 1)) return false;
  return true;
}

/** The parts of a text directive, unencoded. */
export interface Directive {
  prefix?: string | undefined;
  start: string;
  end?: string | undefined;
  suffix?: string | undefined;
}

/**
 * Percent-encodes one term of a text directive. Beyond what
 * encodeURIComponent escapes, the syntax reserves "-" (prefix and suffix
 * markers); "&" and "," are already escaped.
 */
export function encodeTextTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** "text=prefix-,start,end,-suffix", with the parts a directive has. */
export function formatDirective({ prefix, start, end, suffix }: Directive): string {
  const terms = [prefix === undefined ? '' : `${encodeTextTerm(prefix)}-,`, encodeTextTerm(start)];
  if (end !== undefined) terms.push(`,${encodeTextTerm(end)}`);
  if (suffix !== undefined) terms.push(`,-${encodeTextTerm(suffix)}`);
  return `text=${terms.join('')}`;
}

/** The first whole-word match of `term` at or after `from`; with `exactlyAt`, only one that starts there. */
function findTerm(page: PageText, term: string, from: number, exactlyAt?: number): [number, number] | null {
  const needle = term.toLowerCase();
  for (let at = page.folded.indexOf(needle, exactlyAt ?? from); at !== -1; at = page.folded.indexOf(needle, at + 1)) {
    if (exactlyAt !== undefined && at !== exactlyAt) return null;
    const end = at + needle.length;
    if (boundaryAt(page.text, at) && boundaryAt(page.text, end)) return [at, end];
    if (exactlyAt !== undefined) return null;
  }
  return null;
}

/** Past the whitespace (and block breaks) at `index`. */
function skipSpace(page: PageText, index: number): number {
  let at = index;
  while (at < page.text.length && /\s/u.test(page.text[at]!)) at += 1;
  return at;
}

/**
 * Where a browser would highlight `directive` in `page`, following the
 * spec's order: the first start (after its prefix), then the first end after
 * it, each followed by its suffix; null where nothing matches.
 */
export function firstMatch(page: PageText, { prefix, start, end, suffix }: Directive): [number, number] | null {
  const suffixAfter = (index: number) => suffix === undefined || findTerm(page, suffix, 0, skipSpace(page, index)) !== null;
  for (let from = 0; from <= page.text.length;) {
    let found: [number, number] | null;
    if (prefix !== undefined) {
      const before = findTerm(page, prefix, from);
      if (!before) return null;
      from = before[0] + 1;
      found = findTerm(page, start, 0, skipSpace(page, before[1]));
      if (!found) continue;
    } else {
      found = findTerm(page, start, from);
      if (!found) return null;
      from = found[0] + 1;
    }
    if (end === undefined) {
      if (suffixAfter(found[1])) return found;
      continue;
    }
    for (let last = findTerm(page, end, found[1]); last; last = findTerm(page, end, last[0] + 1)) {
      if (suffixAfter(last[1])) return [found[0], last[1]];
    }
    if (suffix === undefined) return null;
  }
  return null;
}

/** Up to this many characters of a one-run quote go into the link whole. */
const MAX_EXACT_LENGTH = 120;
/** Words taken from each end of a longer quote: enough to find it, few enough to keep the link short. */
const MIN_EDGE_WORDS = 3;
const MAX_EDGE_WORDS = 8;
/** Words of context tried on each side. */
const MAX_CONTEXT_WORDS = 5;

/**
 * The runs of the article's own words in [from, to): cut wherever something
 * added or a block boundary intervenes, since a term of a directive must
 * stand unbroken in one block; runs without a word are dropped.
 */
function quoteRuns(page: PageText, from: number, to: number): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let index = from; index <= to; index += 1) {
    const inRun = index < to && !page.added[index] && page.text[index] !== '\n';
    if (inRun && start === -1) start = index;
    if (!inRun && start !== -1) {
      let [a, b] = [start, index];
      while (a < b && page.text[a] === ' ') a += 1;
      while (b > a && page.text[b - 1] === ' ') b -= 1;
      if (/[\p{L}\p{N}]/u.test(page.text.slice(a, b))) runs.push([a, b]);
      start = -1;
    }
  }
  return runs;
}

/**
 * Up to `count` of the article's words right before (or after) `index`, with
 * at most a space between, in the same block; none across an addition,
 * whose words may change (a note's number, a date's style).
 */
function contextWords(page: PageText, index: number, side: 'before' | 'after', count: number): string | undefined {
  const open = (at: number) => at >= 0 && at < page.text.length && !page.added[at] && page.text[at] !== '\n';
  let [a, b] = [index, index];
  if (side === 'before') {
    if (page.text[b - 1] === ' ') b -= 1;
    a = b;
    while (open(a - 1)) a -= 1;
  } else {
    if (page.text[a] === ' ') a += 1;
    b = a;
    while (open(b)) b += 1;
  }
  const words = page.text.slice(a, b).split(' ').filter(Boolean);
  const taken = (side === 'before' ? words.slice(-count) : words.slice(0, count)).join(' ');
  return /[\p{L}\p{N}]/u.test(taken) ? taken : undefined;
}

/**
 * The directive for the selection [from, to) of `page`, built from the
 * article's own words only, whose first match is exactly those words; null
 * when no link would find them (nothing but added text selected, or words
 * that cannot be told apart from an earlier occurrence).
 */
export function quoteDirective(page: PageText, from: number, to: number): string | null {
  let start = from;
  let end = to;
  while (start < end && !boundaryAt(page.text, start)) start += 1;
  while (end > start && !boundaryAt(page.text, end)) end -= 1;
  const runs = quoteRuns(page, start, end);
  const first = runs[0];
  const last = runs.at(-1);
  if (!first || !last) return null;
  const wanted = `${first[0]}:${last[1]}`;
  const firstText = page.text.slice(...first);
  const lastText = page.text.slice(...last);

  const candidates: Directive[] = [];
  if (runs.length === 1 && firstText.length <= MAX_EXACT_LENGTH) candidates.push({ start: firstText });
  for (let count = MIN_EDGE_WORDS; count <= MAX_EDGE_WORDS; count += 1) {
    const startWords = firstText.split(' ');
    const endWords = lastText.split(' ');
    if (runs.length === 1 && startWords.length <= count * 2) {
      if (firstText.length > MAX_EXACT_LENGTH) candidates.push({ start: firstText });
      break;
    }
    candidates.push({ start: startWords.slice(0, count).join(' '), end: endWords.slice(-count).join(' ') });
  }

  for (const candidate of candidates) {
    for (let words = 0; words <= MAX_CONTEXT_WORDS; words += 1) {
      const prefix = words === 0 ? undefined : contextWords(page, first[0], 'before', words);
      const suffix = words === 0 ? undefined : contextWords(page, last[1], 'after', words);
      const options: Directive[] =
        words === 0
          ? [candidate]
          : [
              { ...candidate, prefix },
              { ...candidate, suffix },
              { ...candidate, prefix, suffix },
            ];
      for (const option of options) {
        if (words > 0 && option.prefix === undefined && option.suffix === undefined) continue;
        const match = firstMatch(page, option);
        if (match && `${match[0]}:${match[1]}` === wanted) return formatDirective(option);
      }
    }
  }
  return null;
}
