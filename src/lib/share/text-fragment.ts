import { endsWithWord, startsWithWord } from '../text/words';

/**
 * Text fragments (https://wicg.github.io/scroll-to-text-fragment/): a URL
 * ending in "#id:~:text=…" opens the page with the quoted words highlighted in
 * browsers that support them; the others see "#id" and land on the section.
 */

/** Up to this many characters of a one-paragraph quote go into the link whole. */
const MAX_EXACT_LENGTH = 120;
/** Words taken from each end of a longer quote: enough to be unique, few enough to keep the link short. */
const MIN_EDGE_WORDS = 3;
const MAX_EDGE_WORDS = 8;

/** Folds runs of whitespace to one space, as the page shows them. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Percent-encodes one term of a text directive. Beyond what
 * encodeURIComponent escapes, the syntax reserves "-" (prefix and suffix
 * markers); "&" and "," are already escaped.
 */
export function encodeTextTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * Drops a word cut in half at either end of a selection: browsers match
 * text fragments on whole words only, so "ussia and China" would match
 * nothing. `before` and `after` are the characters just outside the selection.
 */
export function wholeWords(selection: string, before = '', after = ''): string {
  let text = selection;
  if (endsWithWord(before) && startsWithWord(text)) {
    text = text.replace(/^\S*\s*/u, '');
  }
  if (startsWithWord(after) && endsWithWord(text)) {
    text = text.replace(/\s*\S*$/u, '');
  }
  return text;
}

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count += 1;
  return count;
}

/**
 * The `text=` directive for a quote, or null when nothing quotable is left.
 * A short quote within one paragraph goes in whole. A longer one, or one that
 * spans paragraphs (an exact match cannot cross a block), becomes
 * "text=start,end", with as few words from each end as make the start unique
 * in `pageText` (the page's visible text), so that the match begins at the
 * reader's quote and not at an earlier use of the same words.
 */
export function textDirective(quote: string, pageText = ''): string | null {
  const blocks = quote.split(/\n+/u).map(foldWhitespace).filter(Boolean);
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  if (first === undefined || last === undefined) return null;
  if (blocks.length === 1 && first.length <= MAX_EXACT_LENGTH) return `text=${encodeTextTerm(first)}`;

  const startWords = first.split(' ');
  const endWords = last.split(' ');
  const page = foldWhitespace(pageText).toLocaleLowerCase();
  let count = MIN_EDGE_WORDS;
  while (count < MAX_EDGE_WORDS && occurrences(page, startWords.slice(0, count).join(' ').toLocaleLowerCase()) > 1) {
    count += 1;
  }
  if (blocks.length === 1 && startWords.length <= count * 2) return `text=${encodeTextTerm(first)}`;
  const start = startWords.slice(0, count).join(' ');
  const end = endWords.slice(-count).join(' ');
  return `text=${encodeTextTerm(start)},${encodeTextTerm(end)}`;
}

/**
 * A link to a quote: the section link with a text directive after it, or
 * the plain section link when the quote has no whole word in it.
 */
export function quoteUrl(sectionUrl: string, quote: string, pageText = ''): string {
  const directive = textDirective(quote, pageText);
  return directive === null ? sectionUrl : `${sectionUrl}:~:${directive}`;
}
