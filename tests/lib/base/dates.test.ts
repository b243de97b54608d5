import { describe, expect, it } from 'vitest';
import {
  endOf,
  formatIsoDate,
  formatIsoRange,
  labelDatesOutOfStyle,
  monthName,
  parseIsoDate,
  startOf,
  type IsoDate,
} from '../../../src/lib/base/dates';

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
    expect(startOf(date('2025-08')).toString()).toBe('2025-08-01');
    expect(endOf(date('2025-02')).toString()).toBe('2025-02-28');
    expect(endOf(date('2024-02')).toString()).toBe('2024-02-29');
    expect(endOf(date('2014')).toString()).toBe('2014-12-31');
    expect(endOf(date('2025-09-01')).toString()).toBe('2025-09-01');
  });

  it('formats with short months where space is tight', () => {
    expect(formatIsoDate(date('2025-08-31'), { month: 'short' })).toBe('31 Aug 2025');
    expect(formatIsoDate(date('2022-02'), { month: 'short' })).toBe('Feb 2022');
    // British English abbreviates September to four letters; everything the site writes follows it.
    expect(formatIsoDate(date('2025-09-01'), { month: 'short' })).toBe('1 Sept 2025');
    expect(formatIsoDate(date('2018-06-09'), { month: 'short' })).toBe('9 Jun 2018');
  });

  it('finds dates in a label that are not written as the site writes them, with the wording to use', () => {
    expect(labelDatesOutOfStyle('Xinhua: Xi speaks (1 Sep 2025)')).toEqual([{ written: '(1 Sep 2025)', expected: '(1 Sept 2025)' }]);
    expect(labelDatesOutOfStyle('TASS: a report (2 September 2025) (title not verified)')).toEqual([
      { written: '(2 September 2025)', expected: '(2 Sept 2025)' },
    ]);
    expect(labelDatesOutOfStyle('ANI: talks (9–10 June 2018)')).toEqual([{ written: '(9–10 June 2018)', expected: '(9–10 Jun 2018)' }]);
    expect(labelDatesOutOfStyle('Reuters: (3 Sept. 2025)')).toEqual([{ written: '(3 Sept. 2025)', expected: '(3 Sept 2025)' }]);
  });

  it('accepts dates written as the site writes them, and brackets that hold no date', () => {
    for (const label of [
      'Xinhua: Xi speaks (1 Sept 2025)',
      'RSIS notice (Nov 2025)',
      'Guardian (15 Apr 2014)',
      'UN Charter (Chapter I of UN Charter)',
      'Report (Trump 2025)',
    ]) {
      expect(labelDatesOutOfStyle(label), label).toEqual([]);
    }
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

describe('month names', () => {
  it('writes a month as the dates write it: short, with “Sept” for September, or in full', () => {
    expect([1, 6, 7, 9, 12].map((month) => monthName(month))).toEqual(['Jan', 'Jun', 'Jul', 'Sept', 'Dec']);
    expect(monthName(9, 'long')).toBe('September');
  });
});
