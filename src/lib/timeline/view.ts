import type { Source } from '../../schemas/common';
import type { Correction } from '../../schemas/correction';
import type { TimelineEvent } from '../../schemas/timeline';
import { correctedMark, type CorrectedMark } from '../corrections/corrections';
import { storyAnchorPath, storyPath, timelineAnchorPath } from '../routes';
import type { SectionText } from '../text/phrase';
import {
  compareEvents,
  dateLabel,
  eventAnchor,
  groupByPeriod,
  mentionAnchor,
  mentionSection,
  sortEvents,
  storyEventAnchor,
  type DateLabel,
  type DatePart,
  type TimelinePeriod,
} from './timeline';
import { isFollowUp, type OvertakenMark } from './follow-ups';
import { formatIsoDate, parseIsoDate, type IsoDate } from '../base/dates';

/* What the Timeline components render: a story's timeline in its page, and several stories' merged on the site's timeline. */

/** A link from an event to the article. */
export interface ArticleLink {
  href: string;
  title: string;
}

/** The story an event belongs to, named on a timeline that shows several stories' events. */
export interface TimelineStory {
  slug: string;
  headline: string;
}

/** One event as the Timeline component shows it. */
export interface TimelineEventView {
  id: string;
  anchor: string;
  date: DateLabel;
  title: string;
  description: string;
  /** The words in the article that refer to the event, linked, and the section they stand in. */
  mention?: { href: string; phrase: string; section: ArticleLink };
  /** The sections that discuss the event, apart from the one holding the mention. */
  sections: ArticleLink[];
  sources: Source[];
  /** When the event was last corrected, from content/corrections.yaml. */
  corrected?: CorrectedMark;
  /** On the site's timeline, outside the story's page: its story, and the link to the event there. */
  story?: { headline: string; href: string };
  /** For a follow-up, an event after the story's report: the day it was added to the site. */
  added?: DatePart;
  /** When a follow-up has overtaken the event: the editor's line, linking to the follow-up on the same page. */
  overtaken?: OvertakenMark;
}

/**
 * One event as the story's page shows it: what a reader needs beside the article (when, what, and the way back to
 * the words), with a link to the event on the story's timeline page, which keeps its sources and every section
 * that discusses it.
 */
export interface CompactEventView extends Pick<
  TimelineEventView,
  'id' | 'anchor' | 'date' | 'title' | 'description' | 'mention' | 'corrected' | 'overtaken' | 'added'
> {
  /** The event on the story's timeline page. */
  details: string;
}

/** What one story gives a timeline: its events, the sections they point at and its corrections. */
export interface StoryTimeline {
  events: readonly TimelineEvent[];
  sections: readonly (SectionText & { title: string })[];
  corrections?: readonly Correction[];
}

/**
 * How each event of a story is shown. Inside the story's page, its links are
 * anchors of that page; given the story, they lead to the story's page and the
 * event's own anchor names the story, since two stories may use one event id.
 */
function eventView({ sections, corrections = [] }: StoryTimeline, story?: TimelineStory): (event: TimelineEvent) => TimelineEventView {
  const page = story ? storyPath(story.slug) : '';
  const link = (id: string): ArticleLink => ({ href: `${page}#${id}`, title: sections.find((section) => section.id === id)?.title ?? id });
  return (event) => {
    const mentionIn = mentionSection(event, sections);
    const corrected = correctedMark(corrections, 'event', event.id);
    return {
      id: event.id,
      anchor: story ? storyEventAnchor(story.slug, event.id) : eventAnchor(event.id),
      date: dateLabel(event),
      title: event.title,
      description: event.description,
      ...(mentionIn && event.phrase !== undefined
        ? { mention: { href: `${page}#${mentionAnchor(event.id)}`, phrase: event.phrase, section: link(mentionIn) } }
        : {}),
      sections: event.sectionIds.filter((id) => id !== mentionIn).map(link),
      sources: event.sources,
      ...(corrected ? { corrected } : {}),
      ...(story ? { story: { headline: story.headline, href: storyAnchorPath(story.slug, eventAnchor(event.id)) } } : {}),
      ...(isFollowUp(event) ? { added: { text: formatIsoDate(parseIsoDate(event.added) as IsoDate), datetime: event.added } } : {}),
      ...(event.overtakenBy
        ? {
            overtaken: {
              label: event.overtakenBy.label,
              href: `#${story ? storyEventAnchor(story.slug, event.overtakenBy.id) : eventAnchor(event.overtakenBy.id)}`,
            },
          }
        : {}),
    };
  };
}

/** A story's timeline, in order and grouped by period, ready to render in its page. */
export function timelineView(
  events: readonly TimelineEvent[],
  sections: readonly (SectionText & { title: string })[],
  corrections: readonly Correction[] = [],
): TimelinePeriod<TimelineEventView>[] {
  const view = eventView({ events, sections, corrections });
  return groupByPeriod(sortEvents(events)).map((period) => ({ ...period, events: period.events.map(view) }));
}

/**
 * A story's timeline as its own page shows it: each event without its sources or the other sections that
 * discuss it, linking instead to itself on the story's timeline page, where they stand. The story's page is for
 * reading the story; the reference lives on the pages built for it.
 */
export function compactTimelineView(
  periods: readonly TimelinePeriod<TimelineEventView>[],
  slug: string,
): TimelinePeriod<CompactEventView>[] {
  return periods.map((period) => ({
    ...period,
    events: period.events.map(({ id, anchor, date, title, description, mention, corrected, overtaken, added }) => ({
      id,
      anchor,
      date,
      title,
      description,
      ...(mention ? { mention } : {}),
      ...(corrected ? { corrected } : {}),
      ...(overtaken ? { overtaken } : {}),
      ...(added ? { added } : {}),
      details: timelineAnchorPath(slug, storyEventAnchor(slug, id)),
    })),
  }));
}

/**
 * Several stories' timelines merged into one, for the site's timeline: in
 * chronological order, and where events of different stories fall alike, in
 * the order the stories are given (newest story first). Each event names its
 * story and links to itself in the story's page.
 */
export function mergedTimelineView(stories: readonly (StoryTimeline & { story: TimelineStory })[]): TimelinePeriod<TimelineEventView>[] {
  const events = stories.flatMap((timeline, rank) => {
    const view = eventView(timeline, timeline.story);
    return timeline.events.map((event) => ({ ...event, rank, view: () => view(event) }));
  });
  const sorted = events.sort((a, b) => compareEvents(a, b) || a.rank - b.rank);
  return groupByPeriod(sorted).map((period) => ({ ...period, events: period.events.map((event) => event.view()) }));
}

/** "1 event", "35 events": how a count of events reads. */
export function eventsPhrase(count: number): string {
  return count === 1 ? '1 event' : `${count} events`;
}

/** How many events a timeline shows. */
export function eventCount(periods: readonly TimelinePeriod<unknown>[]): number {
  return periods.reduce((total, period) => total + period.events.length, 0);
}

/**
 * A timeline split for a timeline page or a story's page: the events of the reports' own time, by period, and the follow-ups
 * (what happened after a report) apart, in order, so that they can stand in a group of their own.
 */
export function withoutFollowUps<Event extends Pick<TimelineEventView, 'added'>>(
  periods: readonly TimelinePeriod<Event>[],
): {
  periods: TimelinePeriod<Event>[];
  followUps: Event[];
} {
  return {
    periods: periods
      .map((period) => ({ ...period, events: period.events.filter((event) => event.added === undefined) }))
      .filter((period) => period.events.length > 0),
    followUps: periods.flatMap((period) => period.events.filter((event) => event.added !== undefined)),
  };
}
