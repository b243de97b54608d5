import { describe, expect, it } from 'vitest';
import { foldName, nameForms, namesForQuery, searchNames, type SearchName } from '../../../src/lib/search/names';

const NAMES: SearchName[] = searchNames(
  [
    {
      id: 'xi-jinping',
      term: 'Xi Jinping',
      kind: 'person',
      aliases: ['Xi', 'President Xi'],
      definition: 'President of China.',
      context: false,
      contextFor: [],
      sources: [{ title: 'Source', url: 'https://example.org/' }],
    },
    {
      id: 'sco',
      term: 'Shanghai Cooperation Organisation (SCO)',
      kind: 'organisation',
      aliases: ['SCO', 'Shanghai Cooperation Organization'],
      definition: 'A Eurasian bloc.',
      context: false,
      contextFor: [],
      sources: [{ title: 'Source', url: 'https://example.org/' }],
    },
    {
      id: 'kim-jong-un',
      term: 'Kim Jong Un',
      kind: 'person',
      aliases: [],
      definition: 'Leader of North Korea.',
      context: false,
      contextFor: [],
      sources: [{ title: 'Source', url: 'https://example.org/' }],
    },
  ],
  () => ({ mentions: 0, stories: 0 }),
);

const ids = (query: string) => namesForQuery(query, NAMES).map((name) => name.id);

describe('search names', () => {
  it('emits each entry with its page link, without its sources and without the places that name it', () => {
    expect(NAMES[0]).toEqual({
      id: 'xi-jinping',
      term: 'Xi Jinping',
      kind: 'person',
      aliases: ['Xi', 'President Xi'],
      definition: 'President of China.',
      url: '/glossary/xi-jinping/',
      mentions: 0,
      stories: 0,
      context: false,
    });
  });

  it('folds case, quotes, possessives, hyphens and spaces', () => {
    expect(foldName('  MODI’s ')).toBe('modi');
    expect(foldName('dual-use   goods')).toBe('dual use goods');
    expect(foldName('“SCO”')).toBe('sco');
  });

  it('lists the term, the term without its qualifier and the aliases as forms, never the qualifier alone', () => {
    expect(nameForms(NAMES[1]!)).toEqual([
      'Shanghai Cooperation Organisation (SCO)',
      'SCO',
      'Shanghai Cooperation Organization',
      'Shanghai Cooperation Organisation',
    ]);
    // "(India)" says which ministry is meant: a query for India is not a query for the ministry.
    const ministry = searchNames(
      [
        {
          id: 'india-mea',
          term: 'Ministry of External Affairs (India)',
          kind: 'organisation',
          aliases: ['MEA'],
          definition: 'India’s foreign ministry.',
          context: false,
          contextFor: [],
          sources: [{ title: 'Source', url: 'https://example.org/' }],
        },
      ],
      () => ({ mentions: 1, stories: 1 }),
    );
    expect(nameForms(ministry[0]!)).toEqual(['Ministry of External Affairs (India)', 'MEA', 'Ministry of External Affairs']);
    expect(namesForQuery('India', ministry)).toEqual([]);
  });

  it('recognises a term or an alias in any case', () => {
    expect(ids('xi')).toEqual(['xi-jinping']);
    expect(ids('PRESIDENT XI')).toEqual(['xi-jinping']);
    expect(ids('sco')).toEqual(['sco']);
    expect(ids('shanghai cooperation organisation')).toEqual(['sco']);
    expect(ids('Shanghai Cooperation Organization')).toEqual(['sco']);
  });

  it('recognises a person by one part of their name', () => {
    expect(ids('jinping')).toEqual(['xi-jinping']);
    expect(ids('Jong')).toEqual(['kim-jong-un']);
  });

  it('leaves ordinary words, partial names and short name parts to ordinary search', () => {
    expect(ids('president')).toEqual([]);
    expect(ids('Shanghai')).toEqual([]);
    expect(ids('Jinp')).toEqual([]);
    expect(ids('un')).toEqual([]);
    expect(ids('   ')).toEqual([]);
  });
});
