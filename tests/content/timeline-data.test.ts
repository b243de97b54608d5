import { describe, expect, it } from 'vitest';
import { scoStory } from '../support/story.ts';
import { checkTimePhrases } from '../../src/lib/timeline/time-phrases';

/*
 * The SCO story's own timeline and notes, checked by the rules a reader relies on rather than by their values, so that
 * an editor's correct edit passes. readContent() already checks every field, and every phrase's date against the
 * publication date (src/lib/timeline/time-phrases.ts): that scoStory() returns at all means the content passes those.
 */
const content = scoStory();
const { timeline: events, notes, sections } = content;

/** The article's time words that a reader cannot date alone. Months count only with a capital, so "may" is a verb. */
const TIME_WORDS = new RegExp(
  [
    '(?:(?:on|just) )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?',
    '(?:just )?last week',
    '(?:in )?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \\d{4})?',
    '(?:earlier )?this summer',
    '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) years',
    'today',
    'tomorrow',
    'yesterday',
  ]
    .map((pattern) => `\\b${pattern}\\b`)
    .join('|'),
  'giu',
);

describe('the timeline data', () => {
  it('passes its schema and every check against the article', () => {
    expect(sections.length).toBeGreaterThan(0);
    expect(events.length).toBeGreaterThan(0);
    const sectionIds = new Set(sections.map((section) => section.id));
    for (const event of events) for (const id of event.sectionIds) expect(sectionIds, `${event.id} → ${id}`).toContain(id);
  });

  it('dates every relative time word of the article: each is an event’s phrase in its section, or a note’s', () => {
    const undated: string[] = [];
    for (const section of sections) {
      const phrases = [
        ...events.filter((event) => event.sectionIds.includes(section.id)).map((event) => event.phrase),
        ...notes.filter((note) => note.sectionId === section.id).map((note) => note.phrase),
      ].flatMap((phrase) => (phrase === undefined ? [] : [phrase.toLowerCase()]));
      for (const [words] of section.body.matchAll(TIME_WORDS)) {
        if (!phrases.some((phrase) => phrase.includes(words.toLowerCase()))) undated.push(`${section.id}: "${words}"`);
      }
    }
    expect(undated).toEqual([]);
  });

  it('checks every dated phrase of the article, and leaves out only one that says why', () => {
    const texts = sections.map((section) => ({ id: section.id, file: section.filePath, text: section.body }));
    const where = { file: content.files.timeline, publishedField: `${content.files.story} → source.published` };
    expect(() => checkTimePhrases(events, content.meta.source.published, texts, where)).not.toThrow();
    const unchecked = events.filter((event) => event.phraseUnchecked !== undefined).map((event) => event.phrase);
    expect(unchecked).toEqual(['previously']);
  });

  it('finds the time words it looks for in the article, so that the rule above has words to check', () => {
    expect(sections.flatMap((section) => [...section.body.matchAll(TIME_WORDS)]).length).toBeGreaterThan(0);
  });
});

describe('the fact notes data', () => {
  it('passes its schema and every check against the article and the credit line', () => {
    expect(notes.map((note) => note.number)).toEqual(notes.map((_, index) => index + 1));
  });

  it('annotates the words the issue asks about', () => {
    expect(notes.map((note) => [note.sectionId, note.phrase])).toEqual(
      expect.arrayContaining([
        ['opening', 'Beijing summit'],
        ['since-alaska', 'during a lunch on Sunday'],
        ['since-alaska', 'second largest aerial attack to date'],
        ['credit', 'Xenixnews'],
        ['ukraine-war', 'earlier this summer'],
        ['ukraine-war', '50% tariff'],
      ]),
    );
  });
});
