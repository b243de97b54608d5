import { describe, expect, it } from 'vitest';
import { endOf, formatIsoDate, parseIsoDate, startOf, type IsoDate } from '../../src/lib/iso-date';

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
});
