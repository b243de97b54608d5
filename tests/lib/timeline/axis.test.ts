import { describe, expect, it } from 'vitest';
import { fixtureStory } from '../../support/story.ts';
import { AXIS_ACROSS, axisEvents, axisSegments, layoutAxis } from '../../../src/lib/timeline/axis';
import type { TimelineEvent } from '../../../src/schemas/timeline';

const source = { title: 'A source', url: 'https://example.org/a' };

/** An event on a given day or span; the rest is what the schema requires. */
function event(id: string, when: string | [string, string], fields: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    ...(typeof when === 'string' ? { date: when } : { start: when[0], end: when[1] }),
    order: 0,
    title: `Event ${id}`,
    description: 'Something happened.',
    sectionIds: ['a-section'],
    sources: [source],
    ...fields,
  };
}

const ids = (segment: { events: { id: string }[] }) => segment.events.map((e) => e.id);

describe('where the axis breaks', () => {
  it('keeps events 31 days apart in one segment and breaks between events 32 days apart', () => {
    const close = axisSegments(axisEvents([event('a', '2020-01-01'), event('b', '2020-02-01')]));
    expect(close.map(ids)).toEqual([['a', 'b']]);
    const apart = axisSegments(axisEvents([event('a', '2020-01-01'), event('b', '2020-02-02')]));
    expect(apart.map(ids)).toEqual([['a'], ['b']]);
  });

  it('counts a gap from the end of what is under way, so that an event inside a long span does not start a segment', () => {
    const segments = axisSegments(axisEvents([event('span', ['2020-01-01', '2020-03-31']), event('after', '2020-04-20')]));
    expect(segments.map(ids)).toEqual([['span', 'after']]);
  });

  it('takes a date known to the month as the whole month', () => {
    // 2014-04 covers 1 to 30 April: 31 May is 31 days after its last day, 1 June 32.
    expect(axisSegments(axisEvents([event('month', '2014-04'), event('may', '2014-05-31')])).map(ids)).toEqual([['month', 'may']]);
    expect(axisSegments(axisEvents([event('month', '2014-04'), event('june', '2014-06-01')])).map(ids)).toEqual([['month'], ['june']]);
  });

  it('breaks the SCO story (frozen in tests/fixtures) between 2014, 2018, 2022, its summer of 2025 and the follow-up of October', () => {
    const segments = axisSegments(axisEvents(fixtureStory().timeline));
    // By hand from tests/fixtures/content/stories/sco-2025/timeline.yaml: Crimea ends on 18 March 2014 and the
    // Donbas fighting begins in April (14 days); 15 August to 27 August 2025 is 12 days; 3 September to the Busan
    // truce of 30 October is 57.
    expect(segments.map((segment) => [ids(segment)])).toEqual([
      [['crimea-seized', 'donbas-war']],
      [['modi-china-2018']],
      [['full-scale-invasion']],
      [
        [
          'trump-oil-tariff-threats',
          'india-reciprocal-tariff',
          'alaska-summit',
          'india-penalty-in-force',
          'kyiv-attack',
          // Both on 31 August: the banquet followed the talks (its `order`).
          'xi-modi-talks',
          'welcome-banquet',
          'modi-putin-walk',
          'putin-bilaterals',
          'military-parade',
        ],
      ],
      [['busan-truce']],
    ]);
  });
});

describe('laying the axis out', () => {
  // Two segments on a 200-pixel axis, a break of 20 between them: 180 pixels, 40 to each, and the 100 left to the
  // second, which holds every event beyond the first of a segment. Marks are 10 wide, so a segment's scale runs
  // from 6 pixels inside its ends.
  const events = [
    event('a', ['2020-01-01', '2020-01-11']),
    event('b', '2020-06-01'),
    event('c', '2020-06-11'),
    event('e', '2020-06-11'),
    event('d', '2020-07-11', { followUp: true, added: '2020-07-12' }),
  ];
  const layout = layoutAxis(events, { length: 200, breakLength: 20, minSegment: 40, markSize: 10 }, '2020-06-15');

  it('gives each segment its least room and shares the rest by events', () => {
    expect(layout.segments).toEqual([
      { from: 0, to: 40, first: '2020-01-01', last: '2020-01-11' },
      { from: 60, to: 200, first: '2020-06-01', last: '2020-07-11' },
    ]);
    expect(layout.breaks).toEqual([50]);
  });

  it('puts each event where its day falls on its segment’s scale, and stacks marks of one day', () => {
    // Second segment: 40 days over 66 to 194 pixels, 3.2 a day. First: 10 days, less than a month, so its scale
    // spans 31 days around 6 January, 28 pixels (6 to 34): the span runs from 20 − 5 × 28/31 to 20 + 5 × 28/31.
    const marks = layout.marks.map(({ id, at, to, row }) => ({ id, at, to, row }));
    expect(marks).toEqual([
      { id: 'a', at: expect.closeTo(15.484, 3), to: expect.closeTo(24.516, 3), row: 0 },
      { id: 'b', at: expect.closeTo(66, 6), to: undefined, row: 0 },
      { id: 'c', at: expect.closeTo(98, 6), to: undefined, row: 0 },
      { id: 'e', at: expect.closeTo(98, 6), to: undefined, row: 1 },
      { id: 'd', at: expect.closeTo(194, 6), to: undefined, row: 0 },
    ]);
    expect(layout.rows).toBe(2);
  });

  it('marks the follow-ups and names each event with its date', () => {
    expect(layout.marks.filter((mark) => mark.followUp).map((mark) => mark.id)).toEqual(['d']);
    expect(layout.marks.map((mark) => mark.title)).toEqual([
      '1\u2009–\u200911 Jan 2020: Event a',
      '1 Jun 2020: Event b',
      '11 Jun 2020: Event c',
      '11 Jun 2020: Event e',
      '11 Jul 2020: Event d (since the report)',
    ]);
  });

  it('places the report’s day on its segment', () => {
    // 15 June is 14 days after 1 June: 66 + 14 × 3.2.
    expect(layout.report).toBeCloseTo(110.8, 6);
  });

  it('labels a segment by its year, one in the same year by its month, and the months that begin inside it', () => {
    expect(layout.ticks).toEqual([
      { at: expect.closeTo(15.484, 3), label: '2020' },
      { at: expect.closeTo(66, 6), label: 'Jun' },
      { at: expect.closeTo(162, 6), label: 'Jul' },
    ]);
  });

  it('labels January by its year', () => {
    // One segment of 31 days over 6 to 194 pixels; 1 January is 12 days after 20 December: 6 + 12 × 188/31.
    const across = layoutAxis([event('g', '2020-12-20'), event('h', '2021-01-20')], { length: 200 });
    expect(across.ticks).toEqual([
      { at: expect.closeTo(6, 6), label: '2020' },
      { at: expect.closeTo(78.774, 3), label: '2021' },
    ]);
  });

  it('drops a month’s label that would come closer than the least gap to another', () => {
    // On 120 pixels the second segment has 60 (66 to 114 for 40 days): July would stand 36 pixels after June.
    const short = layoutAxis(events, { length: 120, breakLength: 20, minSegment: 40, markSize: 10 });
    expect(short.ticks.map((tick) => tick.label)).toEqual(['2020', 'Jun']);
  });

  it('labels the SCO story (frozen) by its years, the months of its summer and the follow-up’s month, and finds its report', () => {
    const sco = fixtureStory();
    const across = layoutAxis(sco.timeline, AXIS_ACROSS, sco.meta.source.published);
    // 2014's segment is 108.8 pixels for 62 days: March would stand 3 pixels from "2014", April 51.5.
    expect(across.ticks.map((tick) => tick.label)).toEqual(['2014', 'Apr', '2018', '2022', '2025', 'Aug', 'Sept', 'Oct']);
    // The summer's segment: 14 July to 3 September, 51 days over 258.8 to 842 pixels; 1 September is day 49.
    expect(across.report).toBeCloseTo(258.8 + (49 * 583.2) / 51, 6);
    expect(across.marks.filter((mark) => mark.followUp).map((mark) => mark.id)).toEqual(['busan-truce']);
  });
});
