import { describe, expect, it } from 'vitest';
import {
  formatDateRange,
  formatDay,
  getMonthStart,
  getNextMonthStart,
  getWeekStart,
  parseDayNumber,
  toIsoDate,
} from './dates.ts';

describe('parseDayNumber', () => {
  it('rejects malformed and impossible dates, naming the input', () => {
    expect(() => parseDayNumber('2024-2-1')).toThrow(
      /entente\/dates: expected a date as YYYY-MM-DD, got "2024-2-1"/,
    );
    expect(() => parseDayNumber('2023-02-29')).toThrow(/no such date "2023-02-29"/);
  });

  it('counts whole days since 1970-01-01 and round-trips through toIsoDate', () => {
    expect(parseDayNumber('1970-01-02')).toBe(1);
    expect(parseDayNumber('2024-02-29') - parseDayNumber('2024-02-01')).toBe(28);
    expect(toIsoDate(parseDayNumber('1987-03-26'))).toBe('1987-03-26');
  });
});

describe('calendar helpers', () => {
  it('finds the Monday of a week and the first of a month', () => {
    expect(toIsoDate(getWeekStart(parseDayNumber('2024-02-08')))).toBe('2024-02-05');
    expect(toIsoDate(getWeekStart(parseDayNumber('2024-02-05')))).toBe('2024-02-05');
    expect(toIsoDate(getWeekStart(parseDayNumber('2024-02-04')))).toBe('2024-01-29');
    expect(toIsoDate(getMonthStart(parseDayNumber('2024-02-17')))).toBe('2024-02-01');
    expect(toIsoDate(getNextMonthStart(parseDayNumber('2023-12-31')))).toBe('2024-01-01');
  });
});

describe('formatDateRange', () => {
  const day = parseDayNumber;
  it('writes the year once within a year', () => {
    expect(formatDateRange(day('2024-02-03'), day('2024-02-08'))).toBe('3 Feb – 8 Feb 2024');
  });
  it('writes both years across a year boundary, and orders the ends', () => {
    expect(formatDateRange(day('2024-01-03'), day('2023-12-28'))).toBe('28 Dec 2023 – 3 Jan 2024');
  });
  it('writes a single day once', () => {
    expect(formatDateRange(day('1987-03-26'), day('1987-03-26'))).toBe('26 Mar 1987');
    expect(formatDay(day('1987-03-26'), { year: false })).toBe('26 Mar');
  });
});
