import { isWordCodePoint } from '../text/words';

/*
 * The page's visible text as a browser's find sees it, and where it places word
 * boundaries: what a text fragment (text-fragment.ts) is matched against.
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
