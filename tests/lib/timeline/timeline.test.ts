import { describe, expect, it } from 'vitest';
import type { SectionText } from '../../../src/lib/text/phrase';
import {
  checkTimeline,
  dateLabel,
  dateLabelText,
  groupByPeriod,
  mentionSection,
  sortEvents,
  timelineMentions,
} from '../../../src/lib/timeline/timeline';
import { compactTimelineView, eventCount, eventsPhrase, mergedTimelineView, timelineView } from '../../../src/lib/timeline/view';
import type { TimelineEvent } from '../../../src/schemas/timeline';

const TIMELINE = 'content/stories/sco-2025/timeline.yaml';
const source = { title: 'A source', url: 'https://example.org/a' };

/** A valid event; tests override what they are about. */
function event(id: string, fields: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    date: '2025-08-15',
    order: 0,
    title: `Event ${id}`,
    description: 'Something happened that the article mentions.',
    sectionIds: ['since-alaska'],
    sources: [source],
    ...fields,
  };
}

const sections: (SectionText & { title: string })[] = [
  {
    id: 'close-rapport',
    file: 'content/stories/sco-2025/sections/03-close-rapport.md',
    title: 'Close rapport',
    text: 'The rapport was on show Sunday evening, when Xi hosted.',
  },
  {
    id: 'since-alaska',
    file: 'content/stories/sco-2025/sections/04-since-alaska.md',
    title: 'First meeting since Alaska',
    text: 'Putin’s summit with Trump in Alaska in August.\n\nJust last week, an attack. In detail during a lunch on Sunday.',
  },
];

describe('ordering the timeline', () => {
  it('sorts by date whatever the order in the data file', () => {
    const sorted = sortEvents([
      event('parade', { date: '2025-09-03' }),
      event('sco', { date: '2001-06-15' }),
      event('crimea', { date: '2014' }),
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['sco', 'crimea', 'parade']);
  });

  it('puts a single day before a span that begins on it, and uses `order` then the id for the same day', () => {
    const sorted = sortEvents([
      event('span', { date: undefined, start: '2025-09-01', end: '2025-09-02' }),
      event('zeta', { date: '2025-09-01' }),
      event('alpha', { date: '2025-09-01' }),
      event('first', { date: '2025-09-01', order: -1 }),
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['first', 'alpha', 'zeta', 'span']);
  });

  it('places a month or a year at its first day', () => {
    const sorted = sortEvents([event('day', { date: '2014-04-07' }), event('month', { date: '2014-04' }), event('year', { date: '2014' })]);
    expect(sorted.map((e) => e.id)).toEqual(['year', 'month', 'day']);
  });
});

describe('grouping the timeline by period', () => {
  it('keeps quiet years whole and splits a busy year into months', () => {
    const sorted = sortEvents([
      event('sco', { date: '2001-06-15' }),
      event('crimea', { date: '2014-02-27' }),
      event('donbas', { date: '2014-04' }),
      event('threat', { date: undefined, start: '2025-07-14', end: '2025-08-06' }),
      event('alaska', { date: '2025-08-15' }),
      event('banquet', { date: '2025-08-31' }),
      event('parade', { date: '2025-09-03' }),
    ]);
    const periods = groupByPeriod(sorted);
    expect(periods.map((p) => [p.id, p.label, p.events.map((e) => e.id)])).toEqual([
      ['2001', '2001', ['sco']],
      ['2014', '2014', ['crimea', 'donbas']],
      ['2025-07', 'July 2025', ['threat']],
      ['2025-08', 'August 2025', ['alaska', 'banquet']],
      ['2025-09', 'September 2025', ['parade']],
    ]);
  });
});

describe('dating an event', () => {
  it('names the weekday of every single day, from the date, and of no span or month', () => {
    expect(dateLabelText(dateLabel(event('banquet', { date: '2025-08-31' })))).toBe('Sunday 31 August 2025');
    expect(dateLabelText(dateLabel(event('parade', { date: '2025-09-03' })))).toBe('Wednesday 3 September 2025');
    expect(dateLabelText(dateLabel(event('tariffs', { date: '2025-08' })))).toBe('August 2025');
    expect(dateLabelText(dateLabel(event('span', { date: undefined, start: '2025-08-31', end: '2025-09-01' })))).toBe(
      '31 August\u2009–\u20091 September 2025',
    );
  });

  it('leaves the weekday out of the short dates beside the article’s words', () => {
    expect(dateLabelText(dateLabel(event('banquet', { date: '2025-08-31' }), { month: 'short', weekday: false }))).toBe('31 Aug 2025');
    expect(dateLabelText(dateLabel(event('parade', { date: '2025-09-03' }), { month: 'short', weekday: false }))).toBe('3 Sept 2025');
  });

  it('gives each end of a span its own machine-readable date', () => {
    const label = dateLabel(event('threat', { date: undefined, start: '2025-07-14', end: '2025-08-06' }), { month: 'short' });
    expect(label).toEqual({
      start: { text: '14 Jul', datetime: '2025-07-14' },
      range: { separator: '\u2009–\u2009', end: { text: '6 Aug 2025', datetime: '2025-08-06' } },
    });
  });
});

describe('linking events to the article', () => {
  it('finds the phrase in the first of its sections that holds it', () => {
    expect(mentionSection(event('banquet', { phrase: 'Sunday evening', sectionIds: ['since-alaska', 'close-rapport'] }), sections)).toBe(
      'close-rapport',
    );
    expect(mentionSection(event('x', { phrase: 'nowhere' }), sections)).toBeUndefined();
  });

  it('gives the Markdown plugin each mention with a short absolute date, and none for an event without words', () => {
    const mentions = timelineMentions([event('alaska', { phrase: 'in August' }), event('implied')], sections);
    expect(mentions).toEqual([
      {
        eventId: 'alaska',
        sectionId: 'since-alaska',
        phrase: 'in August',
        date: { start: { text: '15 Aug 2025', datetime: '2025-08-15' } },
      },
    ]);
  });

  it('sends a phrase found nowhere to its first section, where the plugin reports it', () => {
    expect(timelineMentions([event('lost', { phrase: 'in Augustt' })], sections)[0]?.sectionId).toBe('since-alaska');
  });

  it('links each event back to its words and to the other sections that discuss it', () => {
    const [period] = timelineView(
      [event('banquet', { date: '2025-08-31', phrase: 'Sunday evening', sectionIds: ['close-rapport', 'since-alaska'] })],
      sections,
    );
    expect(period?.events[0]).toMatchObject({
      anchor: 'event-banquet',
      mention: { href: '#event-banquet-mention', phrase: 'Sunday evening', section: { href: '#close-rapport', title: 'Close rapport' } },
      sections: [{ href: '#since-alaska', title: 'First meeting since Alaska' }],
    });
  });
});

describe('the compact timeline of a story’s page', () => {
  const [period] = compactTimelineView(
    timelineView(
      [event('banquet', { date: '2025-08-31', phrase: 'Sunday evening', sectionIds: ['close-rapport', 'since-alaska'] })],
      sections,
    ),
    'sco-2025',
  );

  it('keeps each event’s anchor, date, title, description and way back to its words', () => {
    expect(period?.label).toBe('2025');
    expect(period?.events[0]).toMatchObject({
      anchor: 'event-banquet',
      date: { start: { datetime: '2025-08-31', text: 'Sunday 31 August 2025' } },
      title: 'Event banquet',
      description: 'Something happened that the article mentions.',
      mention: { href: '#event-banquet-mention', phrase: 'Sunday evening' },
    });
  });

  it('leaves the sources and the other sections to the event on the story’s timeline page, which it links to', () => {
    const compact = period?.events[0];
    expect(compact?.details).toBe('/timeline/sco-2025/#sco-2025--event-banquet');
    expect(compact).not.toHaveProperty('sources');
    expect(compact).not.toHaveProperty('sections');
  });

  it('links to the anchor that the story’s timeline page gives the event', () => {
    const [onTimelinePage] = mergedTimelineView([
      { story: { slug: 'sco-2025', headline: 'The story' }, events: [event('banquet', { date: '2025-08-31' })], sections },
    ]);
    expect(period?.events[0]?.details).toBe(`/timeline/sco-2025/#${onTimelinePage?.events[0]?.anchor}`);
  });
});

describe('merging several stories’ timelines', () => {
  const newer = { slug: 'newer', headline: 'The newer story' };
  const older = { slug: 'older', headline: 'The older story' };
  const periods = mergedTimelineView([
    {
      story: newer,
      events: [event('banquet', { date: '2025-08-31', phrase: 'Sunday evening', sectionIds: ['close-rapport', 'since-alaska'] })],
      sections,
    },
    // The older story uses the id "banquet" too, and has an event on the same day.
    { story: older, events: [event('banquet', { date: '2025-08-31' }), event('alaska', { date: '2025-08-15' })], sections },
  ]);

  it('puts every story’s events in date order, the newer story first on a shared day', () => {
    expect(periods.flatMap((period) => period.events.map((e) => `${e.story?.headline} ${e.id}`))).toEqual([
      'The older story alaska',
      'The newer story banquet',
      'The older story banquet',
    ]);
    expect(eventCount(periods)).toBe(3);
  });

  it('names each event’s story and links it, its words and its sections to the story’s page', () => {
    const banquet = periods[0]?.events[1];
    expect(banquet).toMatchObject({
      anchor: 'newer--event-banquet',
      story: { headline: 'The newer story', href: '/newer/#event-banquet' },
      mention: { href: '/newer/#event-banquet-mention', section: { href: '/newer/#close-rapport' } },
      sections: [{ href: '/newer/#since-alaska', title: 'First meeting since Alaska' }],
    });
    expect(periods[0]?.events[2]?.anchor).toBe('older--event-banquet');
  });

  it('says how many events, in the singular for one', () => {
    expect([eventsPhrase(1), eventsPhrase(2), eventsPhrase(0)]).toEqual(['1 event', '2 events', '0 events']);
  });

  it('names no story on a story’s own page', () => {
    expect(timelineView([event('alaska')], sections)[0]?.events[0]?.story).toBeUndefined();
  });
});

describe('checking the timeline against the article', () => {
  const check = (events: TimelineEvent[]) => () => checkTimeline(events, sections, TIMELINE);

  it('accepts events whose sections exist and whose words stand once in them', () => {
    expect(
      check([event('alaska', { phrase: 'in August' }), event('attack', { phrase: 'Just last week' }), event('implied')]),
    ).not.toThrow();
  });

  it('names the file, entry and field of an unknown section id', () => {
    expect(check([event('alaska', { sectionIds: ['since-alaska', 'since-alaksa'] })])).toThrow(
      'content/stories/sco-2025/timeline.yaml: \n  entry "alaska" → sectionIds[1]: "since-alaksa" is not a section id. Known ids: close-rapport, since-alaska.',
    );
  });

  it('names the file, entry and field of a phrase that is not in its sections', () => {
    expect(check([event('alaska', { phrase: 'in Augustt' })])).toThrow(
      'entry "alaska" → phrase: "in Augustt" does not stand in section "since-alaska" (content/stories/sco-2025/sections/04-since-alaska.md). Copy the words verbatim from the article, or fix sectionIds.',
    );
  });

  it('rejects words that stand twice, since they could point at either place', () => {
    const twice: SectionText[] = [{ id: 'since-alaska', file: 'a.md', text: 'last week and last week' }];
    expect(() => checkTimeline([event('week', { phrase: 'last week' })], twice, TIMELINE)).toThrow(
      'entry "week" → phrase: "last week" stands 2 times in since-alaska (a.md); lengthen it so that it points at one place.',
    );
  });

  it('rejects two events claiming the same words', () => {
    expect(check([event('one', { phrase: 'in August' }), event('two', { phrase: 'in August' })])).toThrow(
      'entry "two" → phrase: "in August" in since-alaska already links to entry "one"',
    );
  });

  it('rejects a duplicate id', () => {
    expect(check([event('alaska'), event('alaska')])).toThrow(
      'entry "alaska" → id: "alaska" is used by another entry too. Ids must be unique.',
    );
  });

  it('reports every problem at once', () => {
    try {
      checkTimeline([event('a', { sectionIds: ['nope'] }), event('b', { phrase: 'missing words' })], sections, TIMELINE);
      expect.unreachable();
    } catch (error) {
      expect(String(error)).toContain('entry "a" → sectionIds[0]');
      expect(String(error)).toContain('entry "b" → phrase');
    }
  });
});
