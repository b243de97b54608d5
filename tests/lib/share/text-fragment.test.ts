import { describe, expect, it } from 'vitest';
import { encodeTextTerm, quoteUrl, textDirective, wholeWords } from '../../../src/lib/share/text-fragment';

const LONG_QUOTE =
  'The Beijing summit featured meticulously planned demonstrations of solidarity, including military bands performing national anthems and extensive dialogues on trade, energy, and defense collaboration.';

describe('text fragment links', () => {
  it('escapes the characters the text directive syntax reserves', () => {
    expect(encodeTextTerm('Xi, Putin & Modi – a well-timed push')).toBe('Xi%2C%20Putin%20%26%20Modi%20%E2%80%93%20a%20well%2Dtimed%20push');
  });

  it('puts a short quote into the link whole, with whitespace folded', () => {
    expect(textDirective('  The message   was clear:\tChina ')).toBe('text=The%20message%20was%20clear%3A%20China');
  });

  it('shortens a long quote to its first and last words', () => {
    expect(textDirective(LONG_QUOTE)).toBe('text=The%20Beijing%20summit,and%20defense%20collaboration.');
  });

  it('takes more words from the start until they occur only once on the page', () => {
    const page = `The Beijing summit opened on Sunday. ${LONG_QUOTE}`;
    expect(textDirective(LONG_QUOTE, page)).toBe('text=The%20Beijing%20summit%20featured,energy%2C%20and%20defense%20collaboration.');
  });

  it('matches the page case-insensitively, as browsers do', () => {
    const page = `the beijing summit opened. ${LONG_QUOTE}`;
    expect(textDirective(LONG_QUOTE, page)).toMatch(/^text=The%20Beijing%20summit%20featured,/);
  });

  it('uses a start and an end for a quote across paragraphs, which an exact match cannot cross', () => {
    expect(textDirective('as well as the friendship.\n\nThe deep personal rapport')).toBe('text=as%20well%20as,deep%20personal%20rapport');
  });

  it('drops words cut in half at either end of the selection', () => {
    expect(wholeWords('ussia and China aim', 'R', ' ')).toBe('and China aim');
    expect(wholeWords('China and Russia ai', ' ', 'm')).toBe('China and Russia');
    expect(wholeWords('China and Russia', ' ', '.')).toBe('China and Russia');
    expect(wholeWords('—it seeks', 'e', ' ')).toBe('—it seeks');
  });

  it('adds the directive to the section link', () => {
    expect(quoteUrl('https://example.org/#close-rapport', 'Close rapport')).toBe(
      'https://example.org/#close-rapport:~:text=Close%20rapport',
    );
  });

  it('falls back to the plain section link when no whole word is selected', () => {
    expect(quoteUrl('https://example.org/#opening', ' \n ')).toBe('https://example.org/#opening');
  });
});
