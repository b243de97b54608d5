import { describe, expect, it } from 'vitest';
import { endOf, formatIsoDate, formatIsoRange, parseIsoDate, startOf, type IsoDate } from '../../../src/lib/content/iso-date';

const date = (text: string) => parseIsoDate(text) as IsoDate;

describe('ISO dates at mixed precision', () => {
  it('knows how precisely each date is given', () => {
    expect(date('2025-09-01').precision).toBe('day');
    expect(date('2025-08').precision).toBe('month');
    expect(date('2014').precision).toBe('year');
  });

  it('accepts 29 February only in a leap year', () => {
    expect(typeof parseIsoDate('2024-02-29')).toBe('object');
    expect(parseIsoDate('2025-02-29')).toMatch(/not a real day/);
  });

  it('formats dates in British English, with the weekday on request', () => {
    expect(formatIsoDate(date('2025-09-01'), { weekday: true })).toBe('Monday 1 September 2025');
    expect(formatIsoDate(date('2025-08'))).toBe('August 2025');
    expect(formatIsoDate(date('2014'), { weekday: true })).toBe('2014');
  });

  it('gives the first and last day a date covers, for sorting and ranges', () => {
    expect(new Date(startOf(date('2025-08'))).toISOString().slice(0, 10)).toBe('2025-08-01');
    expect(new Date(endOf(date('2025-02'))).toISOString().slice(0, 10)).toBe('2025-02-28');
    expect(new Date(endOf(date('2014'))).toISOString().slice(0, 10)).toBe('2014-12-31');
  });

  it('formats with short months where space is tight', () => {
    expect(formatIsoDate(date('2025-08-31'), { month: 'short' })).toBe('31 Aug 2025');
    expect(formatIsoDate(date('2022-02'), { month: 'short' })).toBe('Feb 2022');
  });

  it('formats a span once for what both ends share, and returns the ends apart', () => {
    expect(formatIsoRange(date('2025-07-14'), date('2025-08-06'))).toEqual({
      start: '14 July',
      separator: '\u2009–\u2009',
      end: '6 August 2025',
    });
    expect(formatIsoRange(date('2025-09-01'), date('2025-09-02'), { month: 'short' })).toEqual({
      start: '1',
      separator: '\u2009–\u2009',
      end: '2 Sept 2025',
    });
    expect(formatIsoRange(date('2014-02-27'), date('2015-03-18'))).toEqual({
      start: '27 February 2014',
      separator: '\u2009–\u2009',
      end: '18 March 2015',
    });
  });

  it('shows both ends of a span at the coarser precision of the two', () => {
    expect(formatIsoRange(date('2014-02'), date('2014-03-18'))).toEqual({
      start: 'February',
      separator: '\u2009–\u2009',
      end: 'March 2014',
    });
  });
});
