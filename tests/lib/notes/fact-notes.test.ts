import { describe, expect, it } from 'vitest';
import { checkNotes, numberNotes, segmentByNotes } from '../../../src/lib/notes/fact-notes';
import type { SectionText } from '../../../src/lib/text/phrase';
import type { FactNote } from '../../../src/schemas/fact-note';

const source = { title: 'A source', url: 'https://example.org/a' };
const note = (id: string, sectionId: string, phrase: string): FactNote => ({
  id,
  sectionId,
  phrase,
  text: 'The explainer’s note on these words.',
  sources: [source],
});

const texts: SectionText[] = [
  {
    id: 'opening',
    file: 'content/stories/sco-2025/sections/01-opening.md',
    text: 'Xi, receiving Putin with formality. The Beijing summit featured bands.',
  },
  {
    id: 'since-alaska',
    file: 'content/stories/sco-2025/sections/04-since-alaska.md',
    text: 'Their second largest aerial attack to date. During a lunch on Sunday.',
  },
  {
    id: 'credit',
    file: 'content/stories/sco-2025/story.yaml → source.credit',
    text: 'CNN’s Xenixnews Darya Tarasova contributed reporting.',
  },
];

describe('numbering notes', () => {
  it('numbers notes in reading order: by section, then by where their words stand', () => {
    const numbered = numberNotes(
      [
        note('credit', 'credit', 'Xenixnews'),
        note('lunch', 'since-alaska', 'lunch on Sunday'),
        note('beijing', 'opening', 'Beijing summit'),
        note('formality', 'opening', 'receiving Putin'),
      ],
      texts,
    );
    expect(numbered.map((n) => [n.number, n.id])).toEqual([
      [1, 'formality'],
      [2, 'beijing'],
      [3, 'lunch'],
      [4, 'credit'],
    ]);
  });

  it('puts a note it cannot place last, for the checks to report', () => {
    expect(numberNotes([note('lost', 'nowhere', 'x'), note('beijing', 'opening', 'Beijing summit')], texts).map((n) => n.id)).toEqual([
      'beijing',
      'lost',
    ]);
  });
});

describe('checking notes against the article', () => {
  const check = (notes: FactNote[]) => () => checkNotes(notes, texts, 'content/stories/sco-2025/notes.yaml');

  it('accepts notes whose words stand once in their section or in the credit line', () => {
    expect(check([note('beijing', 'opening', 'Beijing summit'), note('credit', 'credit', 'Xenixnews')])).not.toThrow();
  });

  it('names the file, entry and field of an unknown section id', () => {
    expect(check([note('beijing', 'openning', 'Beijing summit')])).toThrow(
      'content/stories/sco-2025/notes.yaml: \n  entry "beijing" → sectionId: "openning" is not a section id. Known ids: opening, since-alaska, or "credit" for the credit line.',
    );
  });

  it('names the file, entry and field of words that are not in the section', () => {
    expect(check([note('beijing', 'since-alaska', 'Beijing summit')])).toThrow(
      'entry "beijing" → phrase: "Beijing summit" does not stand in section "since-alaska" (content/stories/sco-2025/sections/04-since-alaska.md). Copy the words verbatim from the article.',
    );
  });

  it('rejects words that stand twice, and two notes on overlapping words', () => {
    const twice: SectionText[] = [{ id: 'opening', file: 'a.md', text: 'summit and summit' }];
    expect(() => checkNotes([note('s', 'opening', 'summit')], twice, 'content/stories/sco-2025/notes.yaml')).toThrow(
      'entry "s" → phrase: "summit" stands 2 times in opening (a.md)',
    );
    expect(check([note('a', 'opening', 'Beijing summit'), note('b', 'opening', 'summit featured')])).toThrow(
      'entry "b" → phrase: "summit featured" overlaps the phrase of entry "a"; two notes cannot share words.',
    );
  });

  it('rejects a duplicate id', () => {
    expect(check([note('a', 'opening', 'Beijing summit'), note('a', 'since-alaska', 'lunch on Sunday')])).toThrow(
      'entry "a" → id: "a" is used by another entry too.',
    );
  });
});

describe('attaching notes to text outside the Markdown', () => {
  it('cuts the credit line around each note’s words without changing a character', () => {
    const credit = texts[2]!.text;
    const segments = segmentByNotes(credit, [{ phrase: 'Xenixnews', id: 'x' }]);
    expect(segments).toEqual([
      { text: 'CNN’s ' },
      { text: 'Xenixnews', note: { phrase: 'Xenixnews', id: 'x' } },
      { text: ' Darya Tarasova contributed reporting.' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(credit);
  });

  it('leaves a text without notes whole', () => {
    expect(segmentByNotes('Plain.', [])).toEqual([{ text: 'Plain.' }]);
  });
});
