import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TermMatcher } from '../../../src/lib/text/term-matcher';
import { endsWithWord, hasWordCharacter, startsWithWord, trimToWord, wholeWordPattern } from '../../../src/lib/text/words';

const spans = (pattern: RegExp | null, text: string) =>
  pattern ? [...text.matchAll(pattern)].map((match) => `${match.index}-${match.index + match[0].length}`) : [];

describe('what a word is', () => {
  it('has word characters at its edges in any script, combining marks included', () => {
    expect(startsWithWord('Éa')).toBe(true);
    expect(startsWithWord('\u0301a')).toBe(true);
    expect(endsWithWord('ж')).toBe(true);
    expect(endsWithWord('𝐀')).toBe(true);
    expect(startsWithWord('“Xi')).toBe(false);
    expect(endsWithWord('Xi,')).toBe(false);
    expect(startsWithWord('')).toBe(false);
    expect(hasWordCharacter('— “…” —')).toBe(false);
    expect(hasWordCharacter('— 50% —')).toBe(true);
  });

  it('trims the punctuation around a word, never inside it', () => {
    expect(trimToWord('“(Modi’s)”,')).toBe('Modi’s');
    expect(trimToWord('dual-use.')).toBe('dual-use');
    expect(trimToWord('—')).toBe('');
  });
});

describe('whole-word patterns', () => {
  it('find a form only as whole words, never inside a longer word', () => {
    const pattern = wholeWordPattern(['Xi'], { caseSensitive: true });
    expect(spans(pattern, 'Xi Xinhua aXi Xi2 Xi\u0301 (Xi)')).toEqual(['0-2', '23-25']);
  });

  it('let the longest form win where forms overlap', () => {
    const pattern = wholeWordPattern(['Xi', 'Xi Jinping'], { caseSensitive: true });
    expect([...'Xi Jinping and Xi'.matchAll(pattern!)].map((match) => match[0])).toEqual(['Xi Jinping', 'Xi']);
  });

  it('treat the two apostrophes alike, allow a possessive and refuse a word joined by an apostrophe', () => {
    const pattern = wholeWordPattern(['People’s Republic', 'Xi'], { caseSensitive: true });
    expect(spans(pattern, "People's Republic")).toEqual(['0-17']);
    expect(spans(pattern, 'Xi’s visit')).toEqual(['0-2']);
    expect(spans(pattern, 'Xi’an and O’Xi')).toEqual([]);
  });

  it('match across any whitespace, or across hyphens too when asked', () => {
    expect(spans(wholeWordPattern(['hand in hand']), 'walked hand\nin  hand')).toEqual(['7-20']);
    expect(spans(wholeWordPattern(['dual-use']), 'dual use')).toEqual([]);
    expect(spans(wholeWordPattern(['dual-use'], { separators: 'space-or-hyphen' }), 'dual use, dual-use')).toEqual(['0-8', '10-18']);
  });

  it('ignore case unless asked, and then allow a capital at the start of a lower-case form', () => {
    expect(spans(wholeWordPattern(['modi']), 'MODI')).toEqual(['0-4']);
    const names = wholeWordPattern(['dual-use goods'], { caseSensitive: true, capitalStart: true, separators: 'space-or-hyphen' });
    expect(spans(names, 'Dual-use goods and DUAL-USE GOODS')).toEqual(['0-14']);
  });

  it('find nothing when there is nothing to look for', () => {
    expect(wholeWordPattern([])).toBeNull();
    expect(wholeWordPattern(['  '])).toBeNull();
  });

  it('agree with the glossary linker on every text, so a name is matched the same way everywhere', () => {
    const forms = ['Xi', 'Xi Jinping', 'Modi', 'U.S.', 'Russia', 'O', 'é'];
    const matcher = new TermMatcher(forms.map((alias) => ({ alias, key: alias })));
    const pattern = wholeWordPattern(forms, { caseSensitive: true })!;
    const pieces = fc.constantFrom(...forms, ' ', '-', '’', "'", 's', 'a', 'é', '\u0301', '.', 'X', 'i', '\u{1D400}', ',');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        const linked = matcher.findAll(text).map((match) => `${match.start}-${match.end}`);
        expect(spans(pattern, text)).toEqual(linked);
      }),
      { numRuns: 3000 },
    );
  });
});
