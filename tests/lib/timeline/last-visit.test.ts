import { describe, expect, it } from 'vitest';
import { dayText, newSince, sinceLastVisit, storedDay, updatesLine, type Linked, type Update } from '../../../src/lib/timeline/last-visit';

const updates: Update[] = [
  { kind: 'follow-up', day: '2026-11-30' },
  { kind: 'follow-up', day: '2026-12-07' },
  { kind: 'correction', day: '2026-12-01' },
  { kind: 'correction', day: '2025-09-02' },
];

describe('what is new since the last visit', () => {
  it('is nothing on a first visit', () => {
    expect(newSince(updates, undefined)).toEqual([]);
  });

  it('is what reached the site after the day of the last visit, not on it, in the page’s order', () => {
    expect(newSince(updates, '2026-11-30')).toEqual([
      { kind: 'follow-up', day: '2026-12-07' },
      { kind: 'correction', day: '2026-12-01' },
    ]);
    expect(newSince(updates, '2026-12-07')).toEqual([]);
  });

  it('compares days across months and years as the calendar does', () => {
    expect(newSince([{ kind: 'correction', day: '2027-01-02' }], '2026-12-31')).toHaveLength(1);
    expect(newSince([{ kind: 'correction', day: '2026-09-30' }], '2026-10-01')).toHaveLength(0);
  });
});

describe('the stored day', () => {
  it('is read only when it is a day written YYYY-MM-DD', () => {
    expect(storedDay('2026-11-30')).toBe('2026-11-30');
    expect(storedDay(null)).toBeUndefined();
    expect(storedDay('')).toBeUndefined();
    expect(storedDay('30/11/2026')).toBeUndefined();
    expect(storedDay('2026-11-30T10:00:00Z')).toBeUndefined();
  });
});

describe('the line that says so', () => {
  it('counts the updates, names the day of the last visit, and counts each kind', () => {
    expect(updatesLine(newSince(updates, '2026-11-29'), '2026-11-29')).toEqual({
      lead: '3 updates since your last visit on 29 November 2026: ',
      parts: [
        { kind: 'follow-up', text: '2 follow-ups' },
        { kind: 'correction', text: '1 correction' },
      ],
    });
    expect(updatesLine([{ kind: 'correction', day: '2026-12-01' }], '2026-11-30')).toEqual({
      lead: '1 update since your last visit on 30 November 2026: ',
      parts: [{ kind: 'correction', text: '1 correction' }],
    });
  });

  it('writes a day as the site does', () => {
    expect(dayText('2026-11-30')).toBe('30 November 2026');
    expect(dayText('2025-09-01')).toBe('1 September 2025');
    expect(dayText('2026-01-09')).toBe('9 January 2026');
  });
});

describe('what a visit shows', () => {
  // In the page's order: the follow-ups of "Since this report", then the corrected items as the page reads.
  const found: Linked[] = [
    { kind: 'follow-up', day: '2026-12-07', href: '#event-busan-truce' },
    { kind: 'follow-up', day: '2026-11-30', href: '#event-putin-india-visit' },
    { kind: 'follow-up', day: '2026-12-07', href: '#event-section-122-tariff' },
    { kind: 'correction', day: '2026-12-01', href: '#event-crimea-seized' },
    { kind: 'correction', day: '2026-12-07', href: '#event-kyiv-attack' },
  ];

  it('is nothing on a first visit, nor when nothing reached the site since', () => {
    expect(sinceLastVisit(found, undefined)).toBeUndefined();
    expect(sinceLastVisit(found, '2026-12-07')).toBeUndefined();
    expect(sinceLastVisit([], '2026-11-01')).toBeUndefined();
  });

  it('marks what is new and links each kind the line counts to the first new one of that kind on the page', () => {
    expect(sinceLastVisit(found, '2026-11-30')).toEqual({
      news: [found[0], found[2], found[3], found[4]],
      lead: '4 updates since your last visit on 30 November 2026: ',
      links: [
        { href: '#event-busan-truce', text: '2 follow-ups' },
        { href: '#event-crimea-seized', text: '2 corrections' },
      ],
    });
  });

  it('gives no link to a kind with nothing new', () => {
    expect(sinceLastVisit(found, '2026-12-01')?.links).toEqual([
      { href: '#event-busan-truce', text: '2 follow-ups' },
      { href: '#event-kyiv-attack', text: '1 correction' },
    ]);
    expect(sinceLastVisit(found.slice(3), '2026-11-30')?.links).toEqual([{ href: '#event-crimea-seized', text: '2 corrections' }]);
  });
});
