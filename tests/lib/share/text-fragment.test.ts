import { describe, expect, it } from 'vitest';
import { firstMatch } from '../../../src/lib/share/directive-match';
import { boundaryAt, pageText, type TextPiece } from '../../../src/lib/share/page-text';
import { quoteDirective } from '../../../src/lib/share/text-fragment';
import { encodeTextTerm, formatDirective } from '../../../src/lib/share/text-directive';

/** A page of blocks, each a list of pieces; a piece written "+[…]" is added by the explainer. */
function page(...blocks: string[][]): TextPiece[] {
  return blocks.flatMap((pieces, block) =>
    pieces.map((text) => (text.startsWith('+') ? { text: text.slice(1), added: true, block } : { text, added: false, block })),
  );
}

/** The directive for the `occurrence`-th (0-based) place where `words` stand in the page's text. */
function linkFor(pieces: TextPiece[], words: string, occurrence = 0): string | null {
  const text = pageText(pieces);
  let at = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) at = text.text.indexOf(words, at + 1);
  if (at === -1) throw new Error(`“${words}” is not in the page`);
  return quoteDirective(text, at, at + words.length);
}

const LONG_QUOTE =
  'The Beijing summit featured meticulously planned demonstrations of solidarity, including military bands performing national anthems and extensive dialogues on trade, energy, and defense collaboration.';

describe('the page text a browser searches', () => {
  it('folds whitespace, separates blocks and maps each point of a piece to its place', () => {
    const text = pageText(page(['  Xi  met ', 'Putin', '\n'], ['+[1 Sept]', ' in Tianjin.']));
    expect(text.text).toBe('Xi met Putin\n[1 Sept] in Tianjin.');
    expect(text.at({ piece: 1, offset: 0 })).toBe(7);
    expect(text.added.slice(13, 21).every(Boolean)).toBe(true);
    expect(text.added[22]).toBe(false);
  });

  it('puts word boundaries where browsers do, never inside “Putin’s”', () => {
    expect(boundaryAt('Putin’s visit', 5)).toBe(false);
    expect(boundaryAt('Putin’s visit', 6)).toBe(false);
    expect(boundaryAt('Putin’s visit', 7)).toBe(true);
    expect(boundaryAt('Russia and', 3)).toBe(false);
    expect(boundaryAt('“India', 1)).toBe(true);
  });
});

describe('where a browser highlights a directive', () => {
  const text = pageText(page(['The Russian leader praised India.'], ['Modi thanked his host and the Russian leader at the summit.']));
  const second = text.text.lastIndexOf('the Russian leader');

  it('takes the first whole-word, case-insensitive match', () => {
    expect(firstMatch(text, { start: 'the russian leader' })).toEqual([0, 18]);
    expect(firstMatch(text, { start: 'Russ' })).toBeNull();
  });

  it('takes the first match right after the prefix, or right before the suffix', () => {
    expect(firstMatch(text, { prefix: 'and', start: 'the Russian leader' })).toEqual([second, second + 18]);
    expect(firstMatch(text, { start: 'the Russian leader', suffix: 'at the' })).toEqual([second, second + 18]);
    expect(firstMatch(text, { prefix: 'host', start: 'the Russian leader' })).toBeNull();
  });

  it('spans from the start to the first end after it', () => {
    expect(firstMatch(text, { start: 'Modi thanked', end: 'leader' })).toEqual([text.text.indexOf('Modi'), second + 18]);
  });
});

describe('quote links', () => {
  it('escapes the characters the text directive syntax reserves', () => {
    expect(encodeTextTerm('Xi, Putin & Modi – a well-timed push')).toBe('Xi%2C%20Putin%20%26%20Modi%20%E2%80%93%20a%20well%2Dtimed%20push');
    expect(formatDirective({ prefix: 'and', start: 'the leader', end: 'at', suffix: 'the-summit' })).toBe(
      'text=and-,the%20leader,at,-the%2Dsummit',
    );
  });

  it('puts words that stand once on the page into the link whole, with no context', () => {
    expect(linkFor(page(['The message   was clear: China acts.']), 'The message was clear: China')).toBe(
      'text=The%20message%20was%20clear%3A%20China',
    );
  });

  it('adds the words before a quote that stands earlier on the page too (“the Russian leader”)', () => {
    const pieces = page(
      ['The Russian leader praised India.'],
      ['Observers said the Russian leader would stay.'],
      ['his host and the Russian leader at the summit'],
    );
    // Case-sensitive here, so occurrence 0 is the one after “said”: a browser also matches “The Russian leader”.
    expect(linkFor(pieces, 'the Russian leader', 0)).toBe('text=said-,the%20Russian%20leader');
    expect(linkFor(pieces, 'the Russian leader', 1)).toBe('text=and-,the%20Russian%20leader');
  });

  it('adds the words after a one-word quote when those before do not tell it apart', () => {
    const pieces = page(['Xi met Putin.'], ['Then Xi met Putin before the parade.']);
    expect(linkFor(pieces, 'Putin', 1)).toBe('text=Putin,-before');
    expect(linkFor(pieces, 'Putin', 0)).toBe('text=Putin');
  });

  it('builds the link from the article’s words only, skipping a note number inside the selection', () => {
    const pieces = page(['Xi, receiving Putin with significant formality'], ['+Note '], ['+1', ', emphasized that China views itself']);
    const text = pageText(pieces);
    const from = text.text.indexOf('significant');
    const to = text.text.indexOf('China') + 'China'.length;
    expect(quoteDirective(text, from, to)).toBe('text=significant%20formality,emphasized%20that%20China');
  });

  it('offers nothing for a selection of added words alone', () => {
    const pieces = page(['On Monday', '+ [1 Sept 2025]', ', Modi spoke.']);
    expect(linkFor(pieces, '[1 Sept 2025]')).toBeNull();
  });

  it('offers nothing where no context tells the selected words from an earlier place', () => {
    const pieces = page(['Xi met Putin.'], ['Xi met Putin.']);
    expect(linkFor(pieces, 'Xi met Putin.', 1)).toBeNull();
  });

  it('drops words cut in half at either end of the selection', () => {
    const text = pageText(page(['Russia and China aim high.']));
    expect(quoteDirective(text, 1, text.text.indexOf('aim') + 2)).toBe('text=and%20China');
  });

  it('shortens a long quote to its first and last words, taking more where the start stands earlier too', () => {
    expect(linkFor(page([LONG_QUOTE]), LONG_QUOTE)).toBe('text=The%20Beijing%20summit,and%20defense%20collaboration.');
    expect(linkFor(page(['The Beijing summit opened on Sunday.'], [LONG_QUOTE]), LONG_QUOTE)).toBe(
      'text=The%20Beijing%20summit%20featured,energy%2C%20and%20defense%20collaboration.',
    );
  });

  it('uses a start and an end for a quote across paragraphs, which one term cannot cross', () => {
    const pieces = page(['It grew as well as the friendship.'], ['The deep personal rapport began.']);
    const text = pageText(pieces);
    const from = text.text.indexOf('as well');
    const to = text.text.indexOf(' began');
    expect(quoteDirective(text, from, to)).toBe('text=as%20well%20as,deep%20personal%20rapport');
  });
});
