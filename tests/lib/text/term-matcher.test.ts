import { describe, expect, it } from 'vitest';
import { TermMatcher, type TermMatch } from '../../../src/lib/text/term-matcher';
import { isWordCodePoint } from '../../../src/lib/text/words';

function matcherFor(aliases: Record<string, string[]>): TermMatcher<string> {
  return new TermMatcher(Object.entries(aliases).flatMap(([key, forms]) => forms.map((alias) => ({ alias, key }))));
}

/** The matched words and their keys, as a reader would check them. */
function found(matcher: TermMatcher<string>, text: string): string[] {
  return matcher.findAll(text).map((match: TermMatch<string>) => `${text.slice(match.start, match.end)}→${match.key}`);
}

const people = matcherFor({
  xi: ['Xi Jinping', 'Xi', 'President Xi'],
  sco: ['SCO', 'Shanghai Cooperation Organisation'],
  modi: ['Modi', 'Narendra Modi'],
  russia: ['Russia'],
  moscow: ['Moscow'],
  us: ['US', 'U.S.'],
  delhi: ['New Delhi'],
});

describe('the term matcher', () => {
  it('finds every whole-word mention, left to right, with its key and offsets', () => {
    const text = 'Xi met Modi. Then Modi left.';
    expect(people.findAll(text)).toEqual([
      { key: 'xi', alias: 'Xi', start: 0, end: 2, spanEnd: 2 },
      { key: 'modi', alias: 'Modi', start: 7, end: 11, spanEnd: 11 },
      { key: 'modi', alias: 'Modi', start: 18, end: 22, spanEnd: 22 },
    ]);
  });

  it('never matches inside a longer word', () => {
    expect(found(people, 'Xinhua reported a record score for SCOs and Modify in Moscovia; XiXi; aXi')).toEqual([]);
    expect(found(people, 'the SCOring system, Russian troops, Russias')).toEqual([]);
  });

  it('is case-sensitive, as the glossary’s aliases are', () => {
    expect(found(people, 'xi, sco, modi and MODI')).toEqual([]);
  });

  it('treats letters of any script, digits and combining marks as parts of words', () => {
    expect(found(people, 'Xié Xi2 Xi٣ 2Xi éXi Xi\u0301')).toEqual([]);
    expect(found(people, '«Xi», (Xi) “Xi” Xi— Xi-led Xi/Modi')).toEqual([
      'Xi→xi',
      'Xi→xi',
      'Xi→xi',
      'Xi→xi',
      'Xi→xi',
      'Xi→xi',
      'Modi→modi',
    ]);
  });

  it('handles letters outside the Basic Multilingual Plane next to a term', () => {
    // U+1D400 (mathematical bold A) is a letter made of two UTF-16 code units.
    expect(found(people, '\u{1D400}Xi Xi\u{1D400} Xi \u{1F600}Xi')).toEqual(['Xi→xi', 'Xi→xi']);
  });

  it('lets the longest alias win where mentions overlap', () => {
    expect(found(people, 'Xi Jinping and President Xi met Narendra Modi in New Delhi')).toEqual([
      'Xi Jinping→xi',
      'President Xi→xi',
      'Narendra Modi→modi',
      'New Delhi→delhi',
    ]);
  });

  it('prefers the mention that starts first, then the longest', () => {
    const overlapping = matcherFor({ a: ['New York'], b: ['York Times'], c: ['New York Times'] });
    expect(found(overlapping, 'the New York Times')).toEqual(['New York Times→c']);
    const chained = matcherFor({ a: ['New York'], b: ['York Times'] });
    expect(found(chained, 'the New York Times')).toEqual(['New York→a']);
  });

  it('counts possessives with either apostrophe, and keeps them outside the mention', () => {
    const text = "Russia’s troops and Modi's visit and Moscow’s forces";
    expect(found(people, text)).toEqual(['Russia→russia', 'Modi→modi', 'Moscow→moscow']);
    expect(people.findAll(text)[0]).toMatchObject({ end: 6, spanEnd: 8 });
  });

  it('does not take a word joined by an apostrophe for a possessive', () => {
    const cities = matcherFor({ xi: ['Xi'], brien: ['Brien'], on: ['O'] });
    expect(found(cities, "Xi’an, Xi'an, O’Brien, Xi’sa")).toEqual([]);
    expect(found(cities, "Xi’s, ’Xi’, 'Xi'")).toEqual(['Xi→xi', 'Xi→xi', 'Xi→xi']);
  });

  it('matches an alias written with one apostrophe in text written with the other', () => {
    const republic = matcherFor({ china: ['People’s Republic of China'], korea: ["People's Republic of Korea"] });
    expect(found(republic, "the People's Republic of China and the People’s Republic of Korea")).toEqual([
      "People's Republic of China→china",
      'People’s Republic of Korea→korea',
    ]);
  });

  it('needs no word boundary where an alias begins or ends with punctuation', () => {
    expect(found(people, 'U.S.-led, the U.S. and the US')).toEqual(['U.S.→us', 'U.S.→us', 'US→us']);
    const bracketed = matcherFor({ sco: ['(SCO)'] });
    expect(found(bracketed, 'Organisation(SCO)s')).toEqual(['(SCO)→sco']);
  });

  it('finds mentions at the very start and end of the text, and in an empty text none', () => {
    expect(found(people, 'Xi')).toEqual(['Xi→xi']);
    expect(found(people, 'Modi’s')).toEqual(['Modi→modi']);
    expect(found(people, '')).toEqual([]);
  });

  it('recovers after a partial match, as an automaton with fail links must', () => {
    const fallback = matcherFor({ a: ['one two three'], b: ['two four'] });
    expect(found(fallback, 'one two four')).toEqual(['two four→b']);
    const nested = matcherFor({ a: ['abcd'], b: ['bc'] });
    expect(found(nested, 'ab bc abcd')).toEqual(['bc→b', 'abcd→a']);
    const repeated = matcherFor({ a: ['aa aa'], b: ['aa'] });
    expect(found(repeated, 'aa aa aa')).toEqual(['aa aa→a', 'aa→b']);
  });

  it('ignores an alias given twice for the same key and refuses one given for two keys', () => {
    expect(matcherFor({ xi: ['Xi', 'Xi'] }).size).toBe(1);
    expect(() => matcherFor({ xi: ['Xi'], other: ['Xi'] })).toThrow('"Xi" is given for two keys');
    expect(() => matcherFor({ a: ["People's"], b: ['People’s'] })).toThrow('given for two keys');
    expect(() => matcherFor({ xi: [''] })).toThrow('empty');
  });

  it('finds the same mentions with a thousand other terms loaded', () => {
    const many = new TermMatcher([
      ...Array.from({ length: 1000 }, (_, index) => ({ alias: `Term${index} Name`, key: `t${index}` })),
      { alias: 'Xi', key: 'xi' },
      { alias: 'Xi Jinping', key: 'xi' },
    ]);
    expect(found(many, 'Xi Jinping met Term12 Name and Term999 Name, not Term1000 Name or Term12 Names; Xi left.')).toEqual([
      'Xi Jinping→xi',
      'Term12 Name→t12',
      'Term999 Name→t999',
      'Xi→xi',
    ]);
  });
});

describe('word characters', () => {
  it('are letters, digits and marks of any script', () => {
    for (const char of ['a', 'Z', '0', 'é', 'ж', '中', '٣', '\u0301']) expect(isWordCodePoint(char.codePointAt(0)!), char).toBe(true);
    for (const char of [' ', '-', '’', "'", '.', '(', '—', '_', '\u00a0']) expect(isWordCodePoint(char.codePointAt(0)!), char).toBe(false);
  });
});
