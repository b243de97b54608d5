import { describe, expect, it } from 'vitest';
import {
  cleanWord,
  excerptParts,
  markParts,
  matchRanges,
  splitWords,
  type ExcerptPart,
  type HighlightPlan,
} from '../../../src/lib/search/match';

const names = (...forms: string[]): HighlightPlan => ({ kind: 'names', forms });
const words = (...list: string[]): HighlightPlan => ({ kind: 'words', words: list });
const found = (text: string, plan: HighlightPlan) => matchRanges(text, plan).map(([start, end]) => text.slice(start, end));
const render = (parts: ExcerptPart[]) => parts.map((part) => (part.mark ? `[${part.text}]` : part.text)).join('');

describe('matching names in text', () => {
  it('matches whole words only', () => {
    expect(found('Modi modified the Modi plan', names('Modi'))).toEqual(['Modi', 'Modi']);
    expect(found('Xinhua said Xi, not Xia', names('Xi'))).toEqual(['Xi']);
    expect(found('the SCO score, Scottish', names('SCO'))).toEqual(['SCO']);
  });

  it('counts possessives and words in brackets or quotes as mentions', () => {
    expect(found("Putin’s war, “(Putin)”, Putin's", names('Putin'))).toEqual(['Putin', 'Putin', 'Putin']);
  });

  it('keeps the glossary’s case, except a lower-case name may start a sentence', () => {
    expect(found('sco and SCO', names('SCO'))).toEqual(['SCO']);
    expect(found('Dual-use goods and dual-use goods', names('dual-use goods'))).toEqual(['Dual-use goods', 'dual-use goods']);
  });

  it('treats spaces and hyphens between words alike', () => {
    expect(found('dual use goods and dual-use items', names('dual-use'))).toEqual(['dual use', 'dual-use']);
  });

  it('prefers the longest form', () => {
    expect(found('Xi Jinping met President Xi and Xi', names('Xi', 'Xi Jinping', 'President Xi'))).toEqual([
      'Xi Jinping',
      'President Xi',
      'Xi',
    ]);
  });

  it('matches words in any case, and matches letters beyond ASCII', () => {
    expect(found('Tariffs, tariffs and TARIFFS', words('tariffs'))).toEqual(['Tariffs', 'tariffs', 'TARIFFS']);
    expect(found('Ceasefire in Kyiv; Kyivan', words('Kyiv'))).toEqual(['Kyiv']);
  });

  it('treats every character of hostile input literally', () => {
    expect(found('a (b) c.*', words('(b)'))).toEqual(['(b)']);
    expect(found('<img src=x onerror=alert(1)>', words('<img'))).toEqual(['<img']);
    expect(found('aaa a* .+', words('a*', '.+'))).toEqual(['a*', '.+']);
    expect(matchRanges('anything', words())).toEqual([]);
  });
});

describe('words as Pagefind counts them', () => {
  it('splits on whitespace, keeping punctuation on the word', () => {
    const content = 'Xi, receiving  Putin.\nModi';
    expect(splitWords(content).map(({ start, end }) => content.slice(start, end))).toEqual(['Xi,', 'receiving', 'Putin.', 'Modi']);
  });

  it('strips punctuation around a word but not inside it', () => {
    expect(cleanWord('“(Modi)')).toBe('Modi');
    expect(cleanWord('Alaska,”')).toBe('Alaska');
    expect(cleanWord('dual-use')).toBe('dual-use');
  });
});

describe('excerpts', () => {
  it('cuts text into plain and marked parts', () => {
    expect(
      render(
        markParts('Xi met Modi', [
          [0, 2],
          [7, 11],
        ]),
      ),
    ).toBe('[Xi] met [Modi]');
  });

  it('shows a short text whole', () => {
    const text = 'On Monday, Modi highlighted his ties.';
    expect(render(excerptParts(text, matchRanges(text, names('Modi'))))).toBe('On Monday, [Modi] highlighted his ties.');
  });

  it('centres a long text on its densest matches, with context before and ellipses', () => {
    const filler = Array.from({ length: 40 }, (_, index) => `w${index}`).join(' ');
    const text = `Modi once. ${filler} Then Xi and Modi and Modi again. ${filler}`;
    const excerpt = render(excerptParts(text, matchRanges(text, names('Modi')), 12));
    expect(excerpt).toBe('… w39 Then Xi and [Modi] and [Modi] again. w0 w1 w2 w3 …');
  });

  it('gives up context before the first match rather than cut off the last one', () => {
    const words = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => `${prefix}${index}`).join(' ');
    const text = `${words('a', 20)} Beijing ${words('b', 20)} Beijing ${words('c', 20)}`;
    const excerpt = render(excerptParts(text, matchRanges(text, names('Beijing')), 26));
    expect(excerpt).toBe(`… a17 a18 a19 [Beijing] ${words('b', 20)} [Beijing] c0 …`);
  });

  it('starts at the beginning when nothing matches', () => {
    expect(render(excerptParts('one two three four', [], 2))).toBe('one two …');
  });
});
