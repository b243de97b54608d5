import { describe, expect, it } from 'vitest';
import { scoStory } from '../support/story.ts';

// readContent() reads and checks every content file: that it returns at all means the real content passes.
const content = scoStory();
const { timeline: events, notes } = content;
const byId = new Map(events.map((event) => [event.id, event]));

describe('the timeline data', () => {
  it('passes its schema and every check against the article', () => {
    expect(content.sections.map((section) => section.id)).toHaveLength(8);
    expect(events.length).toBeGreaterThan(20);
  });

  it('dates the events the story turns on, as the sources give them', () => {
    const dates = (id: string) => {
      const event = byId.get(id);
      return event?.date ?? `${event?.start}/${event?.end}`;
    };
    expect(dates('sco-founded')).toBe('2001-06-15');
    expect(dates('crimea-seized')).toBe('2014-02-27/2014-03-18');
    expect(dates('modi-china-2018')).toBe('2018-06-09/2018-06-10');
    expect(dates('full-scale-invasion')).toBe('2022-02-24');
    expect(dates('alaska-summit')).toBe('2025-08-15');
    expect(dates('india-penalty-ordered')).toBe('2025-08-06');
    expect(dates('india-penalty-in-force')).toBe('2025-08-27');
    expect(dates('kyiv-attack')).toBe('2025-08-28');
    expect(dates('xi-modi-talks')).toBe('2025-08-31');
    expect(dates('welcome-banquet')).toBe('2025-08-31');
    expect(dates('sco-council-session')).toBe('2025-09-01');
    expect(dates('modi-putin-talks')).toBe('2025-09-01');
    expect(dates('modi-putin-walk')).toBe('2025-09-01');
    expect(dates('military-parade')).toBe('2025-09-03');
    expect(dates('xi-modi-kazan')).toBe('2024-10-23');
    expect(dates('xi-state-visit-moscow')).toBe('2025-05-07/2025-05-10');
    expect(dates('india-reciprocal-tariff')).toBe('2025-08-07');
    expect(dates('us-china-truce-extended')).toBe('2025-08-11');
    expect(dates('modi-arrives-tianjin')).toBe('2025-08-30');
    expect(dates('tianjin-declaration-adopted')).toBe('2025-09-01');
    expect(dates('xi-putin-beijing-talks')).toBe('2025-09-02');
    expect(dates('power-of-siberia-2-memorandum')).toBe('2025-09-02');
  });

  it('ties the article’s relative time words to their events', () => {
    const phrases = Object.fromEntries(events.filter((e) => e.phrase).map((e) => [e.phrase, e.id]));
    expect(phrases).toMatchObject({
      'Sunday evening': 'welcome-banquet',
      'on Sunday': 'xi-modi-talks',
      'On Monday': 'modi-putin-walk',
      'on Wednesday': 'military-parade',
      'Just last week': 'kyiv-attack',
      'last week': 'india-penalty-in-force',
      'in August': 'alaska-summit',
      'in February 2022': 'full-scale-invasion',
      'seven years': 'modi-china-2018',
      'earlier this summer': 'trump-oil-tariff-threats',
    });
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
