// Tests for date resolution: datelines, bylines, dates in text, year inference from the page and weekdays,
// relative times, and the priority between them.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  findByline,
  findDateline,
  findFirstTextDate,
  findRelativeTime,
  inferReferenceDate,
  inferYear,
  isPlausibleIsoDate,
  parseGivenDate,
  resolveArticleDate,
  findWeekdayMention,
  toIsoDate,
} from './article-dates.ts';
import type { DateContext } from './article-dates.ts';

const emptyContext = (): DateContext => ({
  anchorYears: new Map(),
  mentionedYears: new Map(),
  referenceDate: null,
});

describe('findDateline', () => {
  it('reads agency, month and day, and a weekday in the same paragraph', () => {
    expect(
      findDateline('BEIJING, Feb. 8 (Xinhua) — China and Russia withstood many tests, said Xi on Thursday.'),
    ).toEqual({ agency: 'Xinhua', date: { month: 2, day: 8, year: null, weekday: 4 } });
    expect(findDateline('BEIJING/SHANGHAI, June 24 (Reuters) - China’s auto industry')).toEqual({
      agency: 'Reuters',
      date: { month: 6, day: 24, year: null, weekday: null },
    });
    expect(findDateline('June 24 (Reuters) - Text')?.date?.day).toBe(24);
  });

  it('reads an agency without a date and rejects ordinary sentences', () => {
    expect(findDateline('WASHINGTON (AP) — Lawmakers met.')).toEqual({ agency: 'AP', date: null });
    expect(findDateline('The Presidents of China and Russia exchanged greetings.')).toBeNull();
    expect(findDateline('Ukraine (the country) - said nothing')).toBeNull();
  });
});

describe('findByline', () => {
  it('reads a source glued to a day-month-year date', () => {
    expect(findByline('Reuters14-04-2025')).toEqual({ source: 'Reuters', date: '2025-04-14' });
    expect(findByline('The National 03/02/2024')).toEqual({ source: 'The National', date: '2024-02-03' });
  });

  it('rejects impossible dates and other lines', () => {
    expect(findByline('Reuters31-02-2025')).toBeNull();
    expect(findByline('Reuters said on 14 April')).toBeNull();
  });
});

describe('findRelativeTime', () => {
  it('reads scraped relative times', () => {
    expect(findRelativeTime('time32 minutes ago')).toEqual({ amount: 32, unit: 'minute' });
    expect(findRelativeTime('5 hours ago')).toEqual({ amount: 5, unit: 'hour' });
    expect(findRelativeTime('a day ago')).toEqual({ amount: 1, unit: 'day' });
    expect(findRelativeTime('He left 5 hours ago.')).toBeNull();
  });
});

describe('findFirstTextDate', () => {
  it('finds the first date that names a day, in either order', () => {
    expect(findFirstTextDate('On February 5, 2024, Wang Yi held talks.')).toEqual({
      month: 2,
      day: 5,
      year: 2024,
      weekday: null,
    });
    expect(findFirstTextDate('visited on Sunday 18 February and on March 3')).toEqual({
      month: 2,
      day: 18,
      year: null,
      weekday: 0,
    });
    expect(findFirstTextDate('died on Sunday February 4, 2024, aged 82')?.weekday).toBe(0);
    expect(findFirstTextDate('The delegation came on January 18th.')?.day).toBe(18);
  });

  it('ignores month-only mentions and impossible days', () => {
    expect(findFirstTextDate('in December 2023, and by November 2023')).toBeNull();
    expect(findFirstTextDate('on February 30 nothing happened')).toBeNull();
    expect(findFirstTextDate('the 78th United Nations General Assembly')).toBeNull();
  });
});

describe('inferYear', () => {
  it('prefers the years of full dates on the page', () => {
    const context = {
      ...emptyContext(),
      anchorYears: new Map([
        [2024, 4],
        [2023, 1],
      ]),
    };
    expect(inferYear({ month: 1, day: 16, year: null, weekday: null }, context)).toBe(2024);
  });

  it('uses a weekday to choose among candidate years', () => {
    const context = {
      ...emptyContext(),
      mentionedYears: new Map([
        [2023, 5],
        [2024, 1],
      ]),
    };
    // Feb 8 2024 was a Thursday; Feb 8 2023 a Wednesday.
    expect(inferYear({ month: 2, day: 8, year: null, weekday: 4 }, context)).toBe(2024);
    expect(inferYear({ month: 2, day: 8, year: null, weekday: null }, context)).toBe(2023);
  });

  it('places a yearless date on or before the reference date', () => {
    const context = { ...emptyContext(), referenceDate: '2025-03-01' };
    expect(inferYear({ month: 12, day: 20, year: null, weekday: null }, context)).toBe(2024);
    expect(inferYear({ month: 2, day: 20, year: null, weekday: null }, context)).toBe(2025);
  });

  it('gives up without any year on the page or reference date', () => {
    expect(inferYear({ month: 2, day: 8, year: null, weekday: null }, emptyContext())).toBeNull();
  });

  it('skips candidate years in which the day does not exist', () => {
    const context = {
      ...emptyContext(),
      anchorYears: new Map([
        [2023, 3],
        [2024, 1],
      ]),
    };
    expect(inferYear({ month: 2, day: 29, year: null, weekday: null }, context)).toBe(2024);
  });
});

describe('resolveArticleDate', () => {
  const context: DateContext = { ...emptyContext(), anchorYears: new Map([[2024, 1]]) };
  const dateline = { agency: 'Xinhua', date: { month: 2, day: 8, year: null, weekday: null } };
  const textDate = { month: 1, day: 19, year: null, weekday: null };
  const byline = { source: 'Reuters', date: '2024-02-07' };

  it('follows the priority given > dateline > byline > text > relative', () => {
    const all = {
      given: '2024-03-01',
      dateline,
      byline,
      textDate,
      relative: { amount: 2, unit: 'day' as const },
    };
    expect(resolveArticleDate(all, context)).toEqual({ date: '2024-03-01', dateOrigin: 'given' });
    expect(resolveArticleDate({ ...all, given: null }, context)).toEqual({
      date: '2024-02-08',
      dateOrigin: 'dateline',
    });
    expect(resolveArticleDate({ byline, textDate }, context)).toEqual({
      date: '2024-02-07',
      dateOrigin: 'byline',
    });
    expect(resolveArticleDate({ textDate }, context)).toEqual({ date: '2024-01-19', dateOrigin: 'text' });
  });

  it('resolves relative times against the reference date, days back and hours to the same day', () => {
    const withReference = { ...context, referenceDate: '2025-06-24' };
    expect(resolveArticleDate({ relative: { amount: 2, unit: 'day' } }, withReference)).toEqual({
      date: '2025-06-22',
      dateOrigin: 'relative',
    });
    expect(resolveArticleDate({ relative: { amount: 7, unit: 'hour' } }, withReference).date).toBe(
      '2025-06-24',
    );
  });

  it('leaves an article with nothing to go on undated, never today', () => {
    expect(resolveArticleDate({ relative: { amount: 7, unit: 'hour' } }, context)).toEqual({
      date: null,
      dateOrigin: 'none',
    });
    expect(resolveArticleDate({}, context)).toEqual({ date: null, dateOrigin: 'none' });
  });
});

describe('inferReferenceDate', () => {
  it('pins the reference date from an article with both an absolute and a relative date', () => {
    const context: DateContext = { ...emptyContext(), anchorYears: new Map([[2025, 1]]) };
    const clues = [
      { relative: { amount: 32, unit: 'minute' as const } },
      {
        dateline: { agency: 'Reuters', date: { month: 6, day: 24, year: null, weekday: null } },
        relative: { amount: 5, unit: 'hour' as const },
      },
    ];
    expect(inferReferenceDate(clues, context)).toBe('2025-06-24');
    expect(
      inferReferenceDate(
        [{ byline: { source: 'X', date: '2025-06-20' }, relative: { amount: 3, unit: 'day' } }],
        context,
      ),
    ).toBe('2025-06-23');
    expect(inferReferenceDate([{ relative: { amount: 5, unit: 'hour' } }], context)).toBeNull();
  });
});

describe('parseGivenDate', () => {
  it('accepts ISO dates and timestamps and full written dates', () => {
    expect(parseGivenDate('2024-02-08')).toEqual({ date: '2024-02-08' });
    expect(parseGivenDate('2024-02-08T10:30:00+08:00')).toEqual({ date: '2024-02-08' });
    expect(parseGivenDate('February 8, 2024')).toEqual({ date: '2024-02-08' });
  });

  it('rejects unreal, absurd and partial dates with a reason', () => {
    expect(parseGivenDate('2024-02-30')).toEqual({ error: 'date "2024-02-30" is not a real calendar date' });
    expect(parseGivenDate('0999-01-01')).toEqual({ error: 'date "0999-01-01" is out of range (1800-2100)' });
    expect(parseGivenDate('3024-01-01')).toEqual({ error: 'date "3024-01-01" is out of range (1800-2100)' });
    expect(parseGivenDate('February 8')).toEqual({
      error: 'date "February 8" is not a recognisable full date',
    });
    expect(parseGivenDate('soon')).toHaveProperty('error');
  });
});

describe('calendar helpers', () => {
  it('validate and shift dates', () => {
    expect(toIsoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(toIsoDate(2023, 2, 29)).toBeNull();
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(isPlausibleIsoDate('2024-13-01')).toBe(false);
    expect(isPlausibleIsoDate('1987-02-26')).toBe(true);
  });
});

describe('weekday mentions', () => {
  const context = (referenceDate: string | null, anchors: [number, number][] = []) => ({
    anchorYears: new Map(anchors),
    mentionedYears: new Map(),
    referenceDate,
  });

  it('finds "on Monday" in the opening paragraphs', () => {
    expect(findWeekdayMention('On Monday, Modi visited Moscow.')).toBe(1);
    expect(findWeekdayMention('Talks resumed last Friday in Geneva.')).toBe(5);
    expect(findWeekdayMention('Nothing here about days.')).toBeNull();
  });

  it('resolves to the latest such weekday up to the reference date', () => {
    // 2024-07-10 was a Wednesday: the Monday before is 2024-07-08, and "on Wednesday" is the same day.
    expect(resolveArticleDate({ weekday: 1 }, context('2024-07-10'))).toEqual({
      date: '2024-07-08',
      dateOrigin: 'relative',
    });
    expect(resolveArticleDate({ weekday: 3 }, context('2024-07-10'))).toEqual({
      date: '2024-07-10',
      dateOrigin: 'relative',
    });
  });

  it('never guesses without a reference date, or on a page whose dates are from other years', () => {
    expect(resolveArticleDate({ weekday: 1 }, context(null))).toEqual({ date: null, dateOrigin: 'none' });
    expect(resolveArticleDate({ weekday: 1 }, context('2025-06-24', [[2024, 5]]))).toEqual({
      date: null,
      dateOrigin: 'none',
    });
  });
});
