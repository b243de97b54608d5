import { describe, expect, it } from 'vitest';
import {
  alphabetical,
  byProminence,
  checkGlossary,
  formsOf,
  glossaryMatcher,
  groupByKind,
  type GlossaryEntryLike,
} from '../../../src/lib/glossary/glossary';
import { mentionSummary } from '../../../src/lib/glossary/mention-summary';

const entry = (id: string, term: string, kind: GlossaryEntryLike['kind'], aliases: string[] = []): GlossaryEntryLike => ({
  id,
  term,
  kind,
  aliases,
});

const sample = [
  entry('xi-jinping', 'Xi Jinping', 'person', ['Xi']),
  entry('sco', 'Shanghai Cooperation Organisation (SCO)', 'organisation', ['SCO']),
  entry('dual-use-goods', 'Dual-use goods', 'concept', ['dual-use goods']),
  entry('alaska-summit', 'Alaska summit', 'event', ['Alaska']),
  entry('narendra-modi', 'Narendra Modi', 'person', ['Modi']),
  entry('crimea', 'Crimea', 'place'),
];

describe('glossary checks', () => {
  it('accepts entries whose forms are all their own', () => {
    expect(() => checkGlossary(sample, 'content/glossary.yaml')).not.toThrow();
  });

  it('names the file, both entries and the form when two entries claim one alias', () => {
    const clash = [...sample, entry('xi-mingze', 'Xi Mingze', 'person', ['Xi'])];
    expect(() => checkGlossary(clash, 'content/glossary.yaml')).toThrow(
      'content/glossary.yaml: \n  entry "xi-mingze" → aliases: "Xi" is already claimed by entry "xi-jinping".',
    );
  });

  it('treats an alias that repeats another entry’s term as a clash too', () => {
    expect(() => checkGlossary([...sample, entry('crimean', 'Crimean peninsula', 'place', ['Crimea'])], 'g.yaml')).toThrow(
      '"Crimea" is already claimed by entry "crimea"',
    );
  });

  it('treats the two apostrophes as one when it looks for clashes, as the matcher does', () => {
    const clash = [entry('a', 'People’s Republic', 'place'), entry('b', 'B', 'place', ["People's Republic"])];
    expect(() => checkGlossary(clash, 'g.yaml')).toThrow('entry "b" → aliases: "People\'s Republic" is already claimed by entry "a"');
  });

  it('reports a duplicate id and every problem at once', () => {
    const broken = [...sample, entry('crimea', 'Krym', 'place'), entry('modi-2', 'Modi', 'person')];
    expect(() => checkGlossary(broken, 'g.yaml')).toThrow(
      /entry "crimea" → id: is used by another entry too[\s\S]*entry "modi-2" → aliases: "Modi"/,
    );
  });

  it('rejects a role that repeats the definition, naming the file, the entry and both fields', () => {
    const modi = {
      ...entry('narendra-modi', 'Narendra Modi', 'person', ['Modi']),
      role: 'Prime Minister of India',
      definition: 'Prime Minister of India.',
    };
    expect(() => checkGlossary([modi], 'content/glossary.yaml')).toThrow(
      'content/glossary.yaml: \n  entry "narendra-modi" → role: "Prime Minister of India" says what the definition says ("Prime Minister of India.")',
    );
    expect(() => checkGlossary([{ ...modi, role: 'Host of the 2018 SCO summit' }], 'g.yaml')).not.toThrow();
  });

  it('lets one entry list a form twice, or repeat its term among its aliases', () => {
    expect(() => checkGlossary([entry('crimea', 'Crimea', 'place', ['Crimea', 'Crimea'])], 'g.yaml')).not.toThrow();
    expect(formsOf(entry('crimea', 'Crimea', 'place', ['Crimea', 'Krym']))).toEqual(['Crimea', 'Krym']);
  });
});

describe('the glossary matcher', () => {
  it('finds every entry by its term or any alias, keyed by id', () => {
    const text = 'Xi Jinping and Modi met at the SCO; Crimea; dual-use goods; Alaska.';
    expect(
      glossaryMatcher(sample)
        .findAll(text)
        .map((match) => match.key),
    ).toEqual(['xi-jinping', 'narendra-modi', 'sco', 'crimea', 'dual-use-goods', 'alaska-summit']);
  });
});

describe('grouping and ordering', () => {
  it('groups entries by kind, people first and ideas last, keeping the given order inside a group', () => {
    const groups = groupByKind(sample);
    expect(groups.map((group) => group.heading)).toEqual(['People', 'Organisations', 'Places', 'Events', 'Ideas']);
    expect(groups[0]!.entries.map((item) => item.id)).toEqual(['xi-jinping', 'narendra-modi']);
  });

  it('orders a group most-named first, then alphabetically, when asked to', () => {
    const counts: Record<string, number> = { 'xi-jinping': 14, 'narendra-modi': 6, crimea: 1 };
    const people = [
      entry('darya-tarasova', 'Darya Tarasova', 'person'),
      ...sample.filter((item) => item.kind === 'person'),
      entry('a', 'Anon', 'person'),
    ];
    const [group] = groupByKind(
      people,
      byProminence((item) => counts[item.id] ?? 0),
    );
    expect(group!.entries.map((item) => item.term)).toEqual(['Xi Jinping', 'Narendra Modi', 'Anon', 'Darya Tarasova']);
  });

  it('leaves out a kind with no entries', () => {
    expect(groupByKind([sample[0]!, sample[5]!]).map((group) => group.kind)).toEqual(['person', 'place']);
  });

  it('sorts an index alphabetically, ignoring case', () => {
    const sorted = alphabetical([entry('b', 'beijing', 'place'), entry('a', 'Alaska summit', 'event'), entry('c', 'CNN', 'organisation')]);
    expect(sorted.map((item) => item.term)).toEqual(['Alaska summit', 'beijing', 'CNN']);
  });

  it('says how often the article names an entry', () => {
    expect(mentionSummary(1, false)).toBe('1 mention in the article');
    expect(mentionSummary(14, false)).toBe('14 mentions in the article');
    expect(mentionSummary(0, true)).toBe('Not named in the article; included for context');
  });
});
