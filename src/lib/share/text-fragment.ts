import { firstMatch } from './directive-match';
import { boundaryAt, type PageText } from './page-text';
import { formatDirective, type Directive } from './text-directive';

/**
 * The link to a reader's quote: the text directive whose first match is exactly
 * the selected words.
 *
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
