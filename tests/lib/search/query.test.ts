import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/lib/search/query';
import { compareKeys, rankKey } from '../../../src/lib/search/rank';
import { suggestNames } from '../../../src/lib/search/suggest';
import { formsOf, relatedOf, sameWord, searchForm, spellingsOf } from '../../../src/lib/search/words';
import type { SearchName } from '../../../src/lib/search/names';

const words = (query: string) =>
  parseQuery(query).units.map((unit) => unit.words.map((word) => `${word.word}${word.prefix ? '*' : ''}`).join(' '));

describe('reading a query', () => {
  it('leaves stop words out unless the whole query is made of them', () => {
    expect(words('shoulder to shoulder')).toEqual(['shoulder', 'shoulder*']);
    expect(words('to the')).toEqual(['to', 'the*']);
  });

  it('leaves out the words that make a question, which the answer need not hold', () => {
    expect(words('when did Russia take Crimea?')).toEqual(['russia', 'take', 'crimea*']);
    expect(words('how do Xi and Putin criticise the West?')).toEqual(['xi', 'putin', 'criticise', 'west*']);
    expect(words('why does Putin need China')).toEqual(['putin', 'need', 'china*']);
    expect(words('what did Modi say')).toEqual(['modi', 'say*']);
  });

  it('keeps the stop words of a quoted phrase, and requires the phrase', () => {
    const [unit] = parseQuery('"shoulder to shoulder"').units;
    expect(unit!.words.map((word) => word.word)).toEqual(['shoulder', 'to', 'shoulder']);
    expect(unit!.required).toBe(true);
  });

  it('lets only the last word, from three letters, match as a prefix, and not once a space follows it', () => {
    expect(words('xi pu')).toEqual(['xi', 'pu']);
    expect(words('modi put')).toEqual(['modi', 'put*']);
    expect(words('modi put ')).toEqual(['modi', 'put']);
  });

  it('reads a hyphenated word as a phrase of its parts, and keeps a sign against a number', () => {
    expect(words('dual-use')).toEqual(['dual use*']);
    expect(words('50%')).toEqual(['50%']);
    expect(searchForm('“50%.')).toBe('50%');
    expect(searchForm('Russia’s')).toBe('russia');
  });
});

describe('telling words apart', () => {
  it('keeps inflections and drops longer words', () => {
    expect(sameWord('war', 'wars', false)).toBe(true);
    expect(sameWord('penalties', 'penalty', false)).toBe(true);
    expect(sameWord('war', 'warm', false)).toBe(false);
    expect(sameWord('to', 'today', false)).toBe(false);
    expect(sameWord('li', 'link', false)).toBe(false);
    expect(sameWord('shou', 'shoulder', true)).toBe(true);
  });

  it('finds British and American spellings from the listed set only', () => {
    expect(spellingsOf('defence')).toEqual(['defence', 'defense']);
    expect(spellingsOf('organizations')).toEqual(['organizations', 'organisations']);
    expect(spellingsOf('recognise')).toEqual(['recognise', 'recognize']);
    expect(spellingsOf('programme')).toEqual(['programme', 'program']);
    expect(spellingsOf('size')).toEqual(['size']);
  });

  it('finds the other forms of an irregular verb as the same word', () => {
    expect(formsOf('say')).toEqual(['say', 'said']);
    expect(formsOf('meeting')).toEqual(['meeting', 'meet', 'met']);
    expect(formsOf('defence')).toEqual(['defence', 'defense']);
    expect(formsOf('visit')).toEqual(['visit']);
  });

  it('finds listed synonyms and a verb’s noun in “-sion”, and back, as related words', () => {
    expect(relatedOf('visits')).toEqual(['trip']);
    expect(relatedOf('invade')).toEqual(['invasion']);
    expect(relatedOf('decisions')).toEqual(['decide']);
    expect(relatedOf('say')).toEqual([]);
    // No verb in "-de" ("period" is no verb), nor a noun in "-sion" whose stem keeps the ending ("vision").
    expect(relatedOf('period')).toEqual([]);
    expect(relatedOf('vision')).toEqual([]);
  });
});

describe('ranking', () => {
  const key = (hits: number[][], run = 0, order = 0, written = hits.filter((list) => list.length > 0).length) =>
    rankKey({ hits, written, heading: [0, 0], length: 50, run, order }, [1, 3], 50);

  it('puts all the words before some, a phrase before scattered words, rare words before common ones', () => {
    expect(compareKeys(key([[5], [9]]), key([[5, 6, 7], []]))).toBeLessThan(0);
    expect(compareKeys(key([[5], [6]], 2), key([[5], [40]]))).toBeLessThan(0);
    expect(compareKeys(key([[], [5]]), key([[5], []]))).toBeLessThan(0);
  });

  it('puts the words as the reader wrote them before related words, even close together', () => {
    expect(compareKeys(key([[5], [40]], 0, 2, 2), key([[5], [6]], 0, 1, 1))).toBeLessThan(0);
  });

  it('breaks ties by page order only', () => {
    expect(compareKeys(key([[5], [9]], 0, 1), key([[5], [9]], 0, 2))).toBeLessThan(0);
  });
});

describe('suggestions', () => {
  const NAMES: SearchName[] = [
    {
      id: 'xi-jinping',
      term: 'Xi Jinping',
      kind: 'person',
      aliases: ['Xi'],
      definition: '',
      url: '',
      mentions: 12,
      stories: 1,
      context: false,
    },
    {
      id: 'narendra-modi',
      term: 'Narendra Modi',
      kind: 'person',
      aliases: ['Modi'],
      definition: '',
      url: '',
      mentions: 6,
      stories: 1,
      context: false,
    },
  ];

  it('offers the names within a small edit distance, nearest first', () => {
    expect(suggestNames('Jinpin', NAMES).map((name) => name.id)).toEqual(['xi-jinping']);
    expect(suggestNames('Mody', NAMES).map((name) => name.id)).toEqual(['narendra-modi']);
    expect(suggestNames('Jinpimg', NAMES).map((name) => name.id)).toEqual(['xi-jinping']);
  });

  it('allows one edit up to five letters and two from six on', () => {
    // "Jinpmg" (six letters) and "Jnpng" (five) are each two edits from "Jinping".
    expect(suggestNames('Jinpmg', NAMES).map((name) => name.id)).toEqual(['xi-jinping']);
    expect(suggestNames('Jnpng', NAMES)).toEqual([]);
    // "Modj" (four letters) is one edit from "Modi".
    expect(suggestNames('Modj', NAMES).map((name) => name.id)).toEqual(['narendra-modi']);
  });

  it('offers nothing for a word far from every name, or too short to judge', () => {
    expect(suggestNames('tariffs', NAMES)).toEqual([]);
    expect(suggestNames('Mdoi', NAMES)).toEqual([]);
    expect(suggestNames('Xo', NAMES)).toEqual([]);
  });
});
