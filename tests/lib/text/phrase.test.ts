import { describe, expect, it } from 'vitest';
import { countPhrase, findPhrase } from '../../../src/lib/text/phrase';

describe('finding the article’s words', () => {
  it('finds a phrase as whole words only', () => {
    expect(findPhrase('Putin’s summit with Trump in Alaska in August – and', 'in August')).toEqual({ index: 36, match: 'in August' });
    expect(findPhrase('a trip in Augusta', 'in August')).toBeUndefined();
    expect(findPhrase('resummit', 'summit')).toBeUndefined();
  });

  it('matches across a line break inside a paragraph, and returns the words as written', () => {
    expect(findPhrase('on show Sunday\nevening, when', 'Sunday evening')).toEqual({ index: 8, match: 'Sunday\nevening' });
  });

  it('is exact about case, quotes and symbols', () => {
    expect(findPhrase('Just last week, Moscow', 'just last week')).toBeUndefined();
    expect(findPhrase('Trump’s whopping 50% tariff on India', '50% tariff')?.index).toBe(17);
    expect(findPhrase('its “normal trade” with', '“normal trade”')?.index).toBe(4);
    expect(findPhrase('a (b) c', '(b)')?.index).toBe(2);
  });

  it('counts how often a phrase stands in a text', () => {
    expect(countPhrase('last week and just last week', 'last week')).toBe(2);
    expect(countPhrase('nothing here', 'last week')).toBe(0);
  });
});
