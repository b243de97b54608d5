import { scaleLinear } from 'd3-scale';
import { Temporal } from 'temporal-polyfill';
import type { TimelineEvent } from '../../schemas/timeline';
import { endOf, monthName, startOf } from '../base/dates';
import { isFollowUp } from './follow-ups';
import { dateLabel, dateLabelText, eventDates, sortEvents } from './timeline';

/*
 * A story's time drawn to scale: the events as marks along one axis. A story's events bunch (a week of summit
 * beside a founding 24 years before), so one scale would make the week a dot. The axis is broken instead: a stretch
 * of more than `gapDays` with no event under way is cut out and drawn as a break, and each piece left (a segment)
 * gets its own scale. Lengths are along the axis, in pixels from its start, whichever way it is drawn.
 */

/** Days since 1 January 1970: one number per day, so that lengths of time are differences. */
const EPOCH = Temporal.PlainDate.from('1970-01-01');
const dayNumber = (date: Temporal.PlainDate) => EPOCH.until(date).days;
const dayDate = (day: number) => EPOCH.add({ days: day });

/** An event as the axis sees it: the days it covers (a month-precise date covers its month), and whether it followed the report. */
export interface AxisEvent {
  id: string;
  first: number;
  last: number;
  followUp: boolean;
  /** What a pointer over its mark shows: "31 Aug 2025: Putin arrives". */
  title: string;
}

/** A piece of the axis between two breaks: its first and last days and its events, in order. */
export interface AxisSegment {
  first: number;
  last: number;
  events: AxisEvent[];
}

export function axisEvents(events: readonly TimelineEvent[]): AxisEvent[] {
  return sortEvents(events).map((event) => {
    const { start, end } = eventDates(event);
    const followUp = isFollowUp(event);
    const when = dateLabelText(dateLabel(event, { month: 'short', weekday: false }));
    return {
      id: event.id,
      first: dayNumber(startOf(start)),
      last: dayNumber(endOf(end ?? start)),
      followUp,
      title: `${when}: ${event.title}${followUp ? ' (since the report)' : ''}`,
    };
  });
}

/**
 * Splits the events, in order, where more than `gapDays` pass with no event under way (counted from the last day
 * of everything before to the first day of what follows): the rule that decides where the axis breaks.
 */
export function axisSegments(events: readonly AxisEvent[], { gapDays = 31 } = {}): AxisSegment[] {
  const segments: AxisSegment[] = [];
  for (const event of events) {
    const current = segments.at(-1);
    if (current && event.first - current.last <= gapDays) {
      current.events.push(event);
      current.last = Math.max(current.last, event.last);
    } else {
      segments.push({ first: event.first, last: event.last, events: [event] });
    }
  }
  return segments;
}

/** A mark: where its event starts and, for a span, ends along the axis, and the row it stands in when marks crowd. */
export interface AxisMark {
  id: string;
  title: string;
  followUp: boolean;
  at: number;
  /** For an event of more than one day: where it ends. */
  to?: number;
  /** 0 next to the axis; marks that would overlap stand in rows further out. */
  row: number;
}

/** A labelled point of the axis: a year where one begins on the axis, otherwise a month. */
export interface AxisTick {
  at: number;
  label: string;
}

export interface AxisLayout {
  length: number;
  /** Each segment's extent along the axis, and its first and last days (YYYY-MM-DD). */
  segments: { from: number; to: number; first: string; last: string }[];
  /** The middle of each break between two segments. */
  breaks: number[];
  marks: AxisMark[];
  ticks: AxisTick[];
  /** How many rows the marks take. */
  rows: number;
  /** Where the report's day stands, when it falls inside a segment. */
  report?: number;
}

export interface AxisOptions {
  /** The axis' length in pixels. */
  length: number;
  /** The room a break takes. */
  breakLength?: number;
  /** The least room a segment takes, enough for its mark and its label. */
  minSegment?: number;
  /** The size of a mark: marks closer than this stand in different rows. */
  markSize?: number;
  /** The least distance between two labels' anchors, so that they do not collide. */
  labelGap?: number;
  gapDays?: number;
}

/** The first days of the months that begin strictly inside a segment. */
function monthStarts(first: number, last: number): Temporal.PlainDate[] {
  const starts: Temporal.PlainDate[] = [];
  let month = dayDate(first).toPlainYearMonth().add({ months: 1 }).toPlainDate({ day: 1 });
  while (dayNumber(month) <= last) {
    starts.push(month);
    month = month.add({ months: 1 });
  }
  return starts;
}

/**
 * Lays the events out along an axis of `length` pixels. Each segment gets `minSegment`, and the room left is shared
 * by the segments in proportion to their events beyond the first, so that the busy stretches get the room; inside a
 * segment, days are to one scale, which spans at least `gapDays`. Labels: each segment is labelled at its first event with its year, or its month
 * when the segment before ended in the same year; months that begin inside a segment are labelled too (January by its
 * year) where there is room. Where labels would come closer than `labelGap`, segment labels win, then the earlier.
 */
export function layoutAxis(
  events: readonly TimelineEvent[],
  { length, breakLength = 16, minSegment = 48, markSize = 10, labelGap = 44, gapDays = 31 }: AxisOptions,
  report?: string,
): AxisLayout {
  const segments = axisSegments(axisEvents(events), { gapDays });
  const room = length - breakLength * Math.max(0, segments.length - 1);
  const base = Math.min(minSegment, room / Math.max(1, segments.length));
  const weights = segments.map((segment) => segment.events.length - 1);
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const spare = room - base * segments.length;
  const pad = markSize / 2 + 1;
  const laid: AxisLayout['segments'] = [];
  const breaks: number[] = [];
  const marks: AxisMark[] = [];
  const candidates: (AxisTick & { rank: number })[] = [];
  const rowEnds: number[] = [];
  let reportAt: number | undefined;
  const reportDay = report === undefined ? undefined : dayNumber(Temporal.PlainDate.from(report));
  let from = 0;
  segments.forEach((segment, index) => {
    const size = base + (totalWeight > 0 ? (spare * (weights[index] ?? 0)) / totalWeight : spare / segments.length);
    const to = from + size;
    // A segment's scale spans at least `gapDays`, centred on its events: otherwise a two-day visit alone in its year
    // would be stretched across the segment and read as long as the busy month beside it.
    const middle = (segment.first + segment.last) / 2;
    const half = Math.max(segment.last - segment.first, gapDays) / 2;
    const at = scaleLinear([middle - half, middle + half], [from + pad, to - pad]);
    laid.push({ from, to, first: dayDate(segment.first).toString(), last: dayDate(segment.last).toString() });
    if (index > 0) breaks.push(from - breakLength / 2);
    for (const event of segment.events) {
      const start = at(event.first);
      const end = event.last > event.first ? at(event.last) : undefined;
      let row = rowEnds.findIndex((taken) => taken + markSize <= start);
      if (row === -1) row = rowEnds.length;
      rowEnds[row] = end ?? start;
      marks.push({ id: event.id, title: event.title, followUp: event.followUp, at: start, ...(end === undefined ? {} : { to: end }), row });
    }
    const firstDate = dayDate(segment.first);
    const before = segments[index - 1];
    const sameYear = before !== undefined && dayDate(before.last).year === firstDate.year;
    candidates.push({ at: at(segment.first), label: sameYear ? monthName(firstDate.month) : String(firstDate.year), rank: 0 });
    for (const month of monthStarts(segment.first, segment.last)) {
      candidates.push({ at: at(dayNumber(month)), label: month.month === 1 ? String(month.year) : monthName(month.month), rank: 1 });
    }
    if (reportDay !== undefined && reportDay >= segment.first && reportDay <= segment.last) reportAt = at(reportDay);
    from = to + breakLength;
  });
  const ticks: AxisTick[] = [];
  for (const candidate of [...candidates].sort((a, b) => a.rank - b.rank || a.at - b.at)) {
    if (ticks.every((tick) => Math.abs(tick.at - candidate.at) >= labelGap)) ticks.push({ at: candidate.at, label: candidate.label });
  }
  ticks.sort((a, b) => a.at - b.at);
  return { length, segments: laid, breaks, marks, ticks, rows: rowEnds.length, ...(reportAt === undefined ? {} : { report: reportAt }) };
}

/** The axis across a wide screen: 912 pixels, with its margins the 60rem it is shown at, labels side by side. */
export const AXIS_ACROSS: AxisOptions = { length: 912 };
/** The axis down a phone's screen, labels one under the other: they need only a line's height between them. */
export const AXIS_DOWN: AxisOptions = { length: 720, breakLength: 14, minSegment: 28, labelGap: 20 };
