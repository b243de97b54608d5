import { describe, expect, it } from 'vitest';
import { timelineEventSchema } from '../../src/schemas/timeline';

const valid = {
  id: 'alaska-summit',
  date: '2025-08-15',
  phrase: 'in August',
  title: 'Putin and Trump meet in Alaska',
  description: 'About three hours of talks in Anchorage end without an agreement.',
  sectionIds: ['since-alaska'],
  sources: [{ title: 'Kommersant: report on the Alaska summit', url: 'https://www.kommersant.ru/doc/8006322' }],
};

/** The messages the schema gives for `data`, as "field: message" lines. */
function problems(data: unknown): string[] {
  const result = timelineEventSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the timeline event schema', () => {
  it('accepts a dated event and defaults its order', () => {
    const parsed = timelineEventSchema.parse(valid);
    expect(parsed.order).toBe(0);
  });

  it('accepts a day, a month or a year, and a span with a start and an end', () => {
    expect(problems({ ...valid, date: '2014-04' })).toEqual([]);
    expect(problems({ ...valid, date: '2001' })).toEqual([]);
    const { date: _date, ...undated } = valid;
    expect(problems({ ...undated, start: '2014-02-27', end: '2014-03-18' })).toEqual([]);
  });

  it('rejects a malformed date, naming the field', () => {
    expect(problems({ ...valid, date: '15 August 2025' })).toEqual([
      'date: "15 August 2025" is not an ISO date: write YYYY-MM-DD, YYYY-MM or YYYY (for example 2025-09-01).',
    ]);
  });

  it('rejects a day that does not exist', () => {
    expect(problems({ ...valid, date: '2025-02-30' })).toEqual(['date: "2025-02-30" is not a real day: 2025-02 has 28 days.']);
  });

  it('rejects a span that ends before it starts', () => {
    const { date: _date, ...undated } = valid;
    expect(problems({ ...undated, start: '2025-08-06', end: '2025-07-14' })).toEqual([
      'end: "2025-07-14" is before start "2025-08-06": a span cannot end before it begins.',
    ]);
  });

  it('compares a span’s ends by the days they cover, whatever their precision', () => {
    const { date: _date, ...undated } = valid;
    expect(problems({ ...undated, start: '2014-02-27', end: '2014-02' })).toEqual([]);
    expect(problems({ ...undated, start: '2014-03-01', end: '2014-02' })[0]).toMatch(/^end: "2014-02" is before start/);
  });

  it('asks for either a date or a span, not both and not neither', () => {
    const { date: _date, ...undated } = valid;
    expect(problems(undated)).toEqual(['date: is missing: give `date`, or `start` and `end` for a span.']);
    expect(problems({ ...valid, start: '2025-08-14', end: '2025-08-16' })).toEqual([
      'date: give either `date` or `start` and `end`, not both.',
    ]);
    expect(problems({ ...undated, start: '2025-08-14' })).toEqual(['end: is missing: a span needs both `start` and `end`.']);
  });

  it('takes no weekday from the editor: the timeline derives it from the date', () => {
    expect(problems({ ...valid, weekday: true })).toEqual([': Unrecognized key: "weekday"']);
  });

  it('rejects a source whose date is not written as the site writes dates, naming the field', () => {
    expect(problems({ ...valid, sources: [{ title: 'Xinhua: Xi at the summit (1 Sep 2025)', url: 'https://example.org/' }] })).toEqual([
      'sources.0.title: writes the date (1 Sep 2025); write (1 Sept 2025), as the site writes short dates everywhere.',
    ]);
  });

  it('requires at least one source', () => {
    expect(problems({ ...valid, sources: [] })).toEqual(['sources: needs at least one source.']);
    const { sources: _sources, ...unsourced } = valid;
    expect(problems(unsourced)[0]).toMatch(/^sources:/);
  });

  it('requires at least one section, and ids that are safe anchors', () => {
    expect(problems({ ...valid, sectionIds: [] })[0]).toMatch(/^sectionIds: needs at least one section id/);
    expect(problems({ ...valid, id: 'Alaska Summit' })[0]).toMatch(/^id: must be lowercase letters/);
  });

  it('lets an event the article only implies go without a phrase, but not with an empty one', () => {
    const { phrase: _phrase, ...implied } = valid;
    expect(problems(implied)).toEqual([]);
    expect(problems({ ...valid, phrase: ' ' })[0]).toMatch(/^phrase: must not be empty/);
  });

  it('rejects unknown fields, so a misspelt field is never silently ignored', () => {
    expect(problems({ ...valid, sectionId: 'since-alaska' })[0]).toMatch(/sectionId/);
  });
});
