import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { fixtureStory } from '../../support/story.ts';
import { checkTimePhrases, impliedDates, type ImpliedDates } from '../../../src/lib/timeline/time-phrases';
import type { TimelineEvent } from '../../../src/schemas/timeline';

const content = fixtureStory();
const WHERE = { file: 'content/stories/sco-2025/timeline.yaml', publishedField: 'content/stories/sco-2025/story.yaml → source.published' };
const published = Temporal.PlainDate.from(content.meta.source.published);
const texts = content.sections.map((section) => ({ id: section.id, file: section.filePath, text: section.body }));
const eventOf = (id: string) => {
  const event = content.timeline.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`No event ${id} in tests/fixtures/content/stories/sco-2025/timeline.yaml`);
  return event;
};

/** The days the article's phrase of an event allows, as ISO text. */
function allowed(id: string): [string, string, string] {
  const event = eventOf(id);
  const implied = impliedDates(event.phrase ?? '', published, { ahead: event.ahead ?? false }) as ImpliedDates;
  expect(typeof implied).toBe('object');
  return [implied.kind, implied.first.toString(), implied.last.toString()];
}

describe('the date rules, on the article as the fixture keeps it (published Monday 1 September 2025)', () => {
  it('reads the publication date from the story’s story.yaml', () => {
    expect(content.meta.source.published).toBe('2025-09-01');
  });

  it('puts a named weekday within the six days before publication, or on the day itself', () => {
    expect(eventOf('welcome-banquet').phrase).toBe('Sunday evening');
    expect(allowed('welcome-banquet')).toEqual(['weekday', '2025-08-31', '2025-08-31']);
    expect(eventOf('xi-modi-talks').phrase).toBe('on Sunday');
    expect(allowed('xi-modi-talks')).toEqual(['weekday', '2025-08-31', '2025-08-31']);
    expect(eventOf('modi-putin-walk').phrase).toBe('On Monday');
    expect(allowed('modi-putin-walk')).toEqual(['weekday', '2025-09-01', '2025-09-01']);
  });

  it('puts a weekday still to come ("he’ll host on Wednesday") within the six days after publication', () => {
    expect(eventOf('military-parade')).toMatchObject({ phrase: 'on Wednesday', ahead: true });
    expect(allowed('military-parade')).toEqual(['weekday', '2025-09-03', '2025-09-03']);
    expect(impliedDates('on Wednesday', published)).toMatchObject({ first: Temporal.PlainDate.from('2025-08-27') });
  });

  it('reads "last week" and "just last week" as the previous calendar week, Monday to Sunday', () => {
    expect(eventOf('kyiv-attack').phrase).toBe('Just last week');
    expect(allowed('kyiv-attack')).toEqual(['last-week', '2025-08-25', '2025-08-31']);
    expect(eventOf('india-penalty-in-force').phrase).toBe('last week');
    expect(allowed('india-penalty-in-force')).toEqual(['last-week', '2025-08-25', '2025-08-31']);
  });

  it('reads a named month as that month; without a year, the latest one not after publication', () => {
    expect(eventOf('alaska-summit').phrase).toBe('in August');
    expect(allowed('alaska-summit')).toEqual(['month', '2025-08-01', '2025-08-31']);
    expect(eventOf('full-scale-invasion').phrase).toBe('in February 2022');
    expect(allowed('full-scale-invasion')).toEqual(['month', '2022-02-01', '2022-02-28']);
    expect(impliedDates('in October', published)).toMatchObject({ first: Temporal.PlainDate.from('2024-10-01') });
    expect(impliedDates('in September', published)).toMatchObject({ last: Temporal.PlainDate.from('2025-09-30') });
  });

  it('reads "earlier this summer" as June to August of the publication year', () => {
    expect(eventOf('trump-oil-tariff-threats').phrase).toBe('earlier this summer');
    expect(allowed('trump-oil-tariff-threats')).toEqual(['summer', '2025-06-01', '2025-08-31']);
  });

  it('reads "in seven years" as the year that many years back', () => {
    expect(eventOf('modi-china-2018').phrase).toBe('seven years');
    expect(allowed('modi-china-2018')).toEqual(['years-ago', '2018-01-01', '2018-12-31']);
    expect(impliedDates('in 3 years', published)).toMatchObject({ first: Temporal.PlainDate.from('2022-01-01') });
  });

  it('reads Putin’s "today and tomorrow" as the publication day and the next', () => {
    expect(eventOf('putin-bilaterals').phrase).toBe('today and tomorrow');
    expect(allowed('putin-bilaterals')).toEqual(['relative-day', '2025-09-01', '2025-09-02']);
  });

  it('checks every dated phrase of the fixture’s events, and leaves out only one that says why', () => {
    expect(() => checkTimePhrases(content.timeline, content.meta.source.published, texts, WHERE)).not.toThrow();
    const unchecked = content.timeline.filter((event) => event.phraseUnchecked !== undefined).map((event) => event.phrase);
    expect(unchecked).toEqual(['previously']);
  });
});

describe('the date rules, on wrong dates', () => {
  /** The fixture's event, with its date moved. */
  const moved = (id: string, fields: Partial<TimelineEvent>): TimelineEvent => ({ ...eventOf(id), ...fields });
  const failure = (event: TimelineEvent) => {
    try {
      checkTimePhrases([event], '2025-09-01', texts, WHERE);
    } catch (error) {
      return (error as Error).message;
    }
    return 'no error';
  };

  it('names the file, the event, the section and both dates for a weekday', () => {
    expect(failure(moved('welcome-banquet', { date: '2025-08-30' }))).toContain(
      'content/stories/sco-2025/timeline.yaml: entry "welcome-banquet" → date: the event falls on 2025-08-30 (Saturday 30 August 2025), but "Sunday evening" in content/stories/sco-2025/sections/03-close-rapport.md, published on 2025-09-01 (Monday 1 September 2025) (content/stories/sco-2025/story.yaml → source.published), means the last Sunday (within six days before publication, or that day): 2025-08-31 (Sunday 31 August 2025).',
    );
  });

  it('rejects a weekday still to come that is dated in the past week', () => {
    expect(failure(moved('military-parade', { date: '2025-08-27' }))).toContain(
      'entry "military-parade" → date: the event falls on 2025-08-27 (Wednesday 27 August 2025), but "on Wednesday" in content/stories/sco-2025/sections/08-diplomatic-push.md',
    );
  });

  it('rejects a date outside the previous week, month, summer or year', () => {
    expect(failure(moved('kyiv-attack', { date: '2025-08-21' }))).toContain(
      'means the previous calendar week (Monday to Sunday): 2025-08-25 – 2025-08-31',
    );
    expect(failure(moved('alaska-summit', { date: '2025-07-15' }))).toContain('2025-08-01 – 2025-08-31 (1\u2009–\u200931 August 2025)');
    expect(failure(moved('full-scale-invasion', { date: '2022-03-01' }))).toContain('falls on 2022-03-01 (Tuesday 1 March 2022)');
    expect(failure(moved('trump-oil-tariff-threats', { start: '2025-05-20' }))).toContain(
      'entry "trump-oil-tariff-threats" → start: the event falls on 2025-05-20 – 2025-08-06',
    );
    expect(failure(moved('modi-china-2018', { start: '2019-06-09', end: '2019-06-10' }))).toContain('2018-01-01 – 2018-12-31');
  });

  it('refuses a phrase it cannot read, unless it says why it is not checked', () => {
    const undated = moved('crimea-seized', {});
    delete undated.phraseUnchecked;
    expect(failure(undated)).toContain('entry "crimea-seized" → phrase: "previously" is not a time phrase the build can date.');
    expect(failure(moved('alaska-summit', { ahead: true }))).toContain('`ahead` only applies to a named weekday');
  });
});
