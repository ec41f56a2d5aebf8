import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDayNumber, toIsoDate } from './dates.ts';
import { indexTestBundle } from './test-bundle.ts';
import {
  clampWindow,
  forEachInWindow,
  getBucketUnit,
  getDateTicks,
  getHistogram,
  getKeyedWindow,
  getNextPlaybackWindow,
  getNodePositions,
  getPlaybackStartWindow,
  isFullWindow,
  isInWindow,
  resizeWindow,
  shiftWindow,
  type TimeWindow,
} from './timeline.ts';

const day = parseDayNumber;
const window = (start: string, end: string) => ({ start: day(start), end: day(end) });

describe('createTimelineIndex', () => {
  it('keeps interactions in day order with undated ones last, and indexes them by node', () => {
    const index = indexTestBundle();
    const { days, dated } = index.columns;
    expect([...days.subarray(0, dated)].map(toIsoDate)).toEqual([
      '2024-02-01',
      '2024-02-03',
      '2024-02-03',
      '2024-02-08',
      '2024-02-10',
    ]);
    expect(days.length - dated).toBe(1);
    expect(index.range).toEqual(window('2024-02-01', '2024-02-10'));
    expect(index.pairKeys).toContain('putin|xi');
    expect([...getNodePositions(index, 'CHN')]).toEqual([2, 3, 5]);
    expect([...getNodePositions(index, 'nobody')]).toEqual([]);
  });
});

describe('forEachInWindow', () => {
  const index = indexTestBundle();
  const positions = (start: string, end: string, includeUndated: boolean) => {
    const seen: number[] = [];
    forEachInWindow(index, window(start, end), includeUndated, (position) => seen.push(position));
    return seen;
  };

  it('visits the interactions inside the inclusive window, and undated ones only when asked', () => {
    expect(positions('2024-02-03', '2024-02-08', false)).toEqual([1, 2, 3]);
    expect(positions('2024-02-10', '2024-02-10', true)).toEqual([4, 5]);
    expect(positions('2024-02-11', '2024-02-20', false)).toEqual([]);
  });

  it('agrees with isInWindow on every window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2, max: 12 }),
        fc.integer({ min: 0, max: 12 }),
        fc.boolean(),
        (a, length, undated) => {
          const start = day('2024-02-01') + a;
          const span = { start, end: start + length };
          const seen: number[] = [];
          forEachInWindow(index, span, undated, (position) => seen.push(position));
          const expected = [...index.columns.days.keys()].filter((position) =>
            isInWindow(index, position, span, undated),
          );
          expect(seen).toEqual(expected);
        },
      ),
    );
  });
});

describe('histogram', () => {
  it('picks days for short spans, weeks up to two years, months beyond', () => {
    expect(getBucketUnit(window('2024-02-01', '2024-02-21'))).toBe('day');
    expect(getBucketUnit(window('1987-02-01', '1987-10-20'))).toBe('week');
    expect(getBucketUnit(window('1985-01-01', '1989-01-01'))).toBe('month');
  });

  it('buckets dated interactions per day across the whole range, empty days included', () => {
    const index = indexTestBundle();
    const buckets = getHistogram(index, 'day');
    expect(buckets).toHaveLength(10);
    expect(buckets.map((bucket) => bucket.count)).toEqual([1, 0, 2, 0, 0, 0, 0, 1, 0, 1]);
  });

  it('buckets per ISO week, clipping the first and last weeks to the range', () => {
    const index = indexTestBundle();
    const buckets = getHistogram(index, 'week');
    expect(buckets.map((bucket) => [toIsoDate(bucket.start), toIsoDate(bucket.end), bucket.count])).toEqual([
      ['2024-02-01', '2024-02-04', 3],
      ['2024-02-05', '2024-02-10', 2],
    ]);
  });
});

describe('getDateTicks', () => {
  it('uses daily ticks when they fit', () => {
    const ticks = getDateTicks(window('2024-02-01', '2024-02-05'), 10);
    expect(ticks.map((tick) => tick.label)).toEqual(['1 Feb', '2 Feb', '3 Feb', '4 Feb', '5 Feb']);
  });
  it('falls back to Mondays, then to months with the year on the first and on January', () => {
    expect(getDateTicks(window('2024-02-01', '2024-02-21'), 4).map((tick) => tick.label)).toEqual([
      '5 Feb',
      '12 Feb',
      '19 Feb',
    ]);
    const months = getDateTicks(window('1987-11-15', '1988-03-02'), 5).map((tick) => tick.label);
    expect(months).toEqual(['Dec 1987', 'Jan 1988', 'Feb', 'Mar']);
  });
  it('never returns more ticks than asked for', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 2, max: 30 }), (span, maxTicks) => {
        const start = day('1985-01-01');
        return getDateTicks({ start, end: start + span }, maxTicks).length <= maxTicks;
      }),
    );
  });
});

describe('windows', () => {
  it('clamps into the range and orders the ends', () => {
    const range = window('2024-02-01', '2024-02-10');
    expect(clampWindow({ start: day('2024-02-12'), end: day('2024-01-01') }, range)).toEqual(range);
    expect(isFullWindow(range, range)).toBe(true);
    expect(isFullWindow(window('2024-02-02', '2024-02-10'), range)).toBe(false);
  });
});

describe('playback and keyboard windows', () => {
  const range = window('2024-01-01', '2024-03-31');

  it('starts from a sixth of the range when the window covers it all', () => {
    expect(getPlaybackStartWindow(range, range, 'day')).toEqual({
      start: range.start,
      end: range.start + 14,
    });
  });

  it('starts over from the beginning when the window already touches the end', () => {
    const atEnd = window('2024-03-25', '2024-03-31');
    expect(getPlaybackStartWindow(atEnd, range, 'week')).toEqual({
      start: range.start,
      end: range.start + 6,
    });
    const middle = window('2024-02-01', '2024-02-07');
    expect(getPlaybackStartWindow(middle, range, 'week')).toBe(middle);
  });

  it('steps by a day, a week or a calendar month, keeping the length, and stops at the end', () => {
    const start = window('2024-01-10', '2024-01-15');
    expect(getNextPlaybackWindow(start, range, 'day')).toEqual(window('2024-01-11', '2024-01-16'));
    expect(getNextPlaybackWindow(start, range, 'week')).toEqual(window('2024-01-17', '2024-01-22'));
    expect(getNextPlaybackWindow(start, range, 'month')).toEqual(window('2024-02-10', '2024-02-15'));
    expect(getNextPlaybackWindow(window('2024-01-01', '2024-01-31'), range, 'month')).toEqual(
      window('2024-01-30', '2024-02-29'),
    );
    expect(getNextPlaybackWindow(window('2024-03-28', '2024-03-30'), range, 'week')).toEqual(
      window('2024-03-29', '2024-03-31'),
    );
    expect(getNextPlaybackWindow(window('2024-03-29', '2024-03-31'), range, 'day')).toBeNull();
  });

  it('moves a window whole inside the range, and resizes it from its end', () => {
    const middle = window('2024-02-01', '2024-02-07');
    expect(shiftWindow(middle, range, 3)).toEqual(window('2024-02-04', '2024-02-10'));
    expect(shiftWindow(middle, range, -100)).toEqual(window('2024-01-01', '2024-01-07'));
    expect(resizeWindow(middle, range, 2)).toEqual(window('2024-02-01', '2024-02-09'));
    expect(resizeWindow(middle, range, -30)).toEqual(window('2024-02-01', '2024-02-01'));
    expect(resizeWindow(middle, range, 100).end).toBe(range.end);
  });

  it('reaches the end of any range in a finite number of steps', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom('day' as const, 'week' as const, 'month' as const),
        (span, length, step) => {
          const bounds = { start: 1000, end: 1000 + span };
          let current: TimeWindow | null = { start: 1000, end: Math.min(bounds.end, 1000 + length) };
          let steps = 0;
          while (current && steps < 1000) {
            expect(current.end - current.start).toBe(Math.min(span, length));
            current = getNextPlaybackWindow(current, bounds, step);
            steps++;
          }
          return current === null;
        },
      ),
    );
  });
});

describe('getKeyedWindow', () => {
  const range = window('2024-01-01', '2024-12-31');
  const week = window('2024-03-04', '2024-03-10');

  it('moves by a bar, resizes with shift, pages by its length and jumps to the ends', () => {
    expect(getKeyedWindow('ArrowRight', false, week, range, 'day')).toEqual(
      window('2024-03-05', '2024-03-11'),
    );
    expect(getKeyedWindow('ArrowLeft', false, week, range, 'week')).toEqual(
      window('2024-02-26', '2024-03-03'),
    );
    expect(getKeyedWindow('ArrowRight', true, week, range, 'day')).toEqual(
      window('2024-03-04', '2024-03-11'),
    );
    expect(getKeyedWindow('ArrowLeft', true, week, range, 'day')).toEqual(window('2024-03-04', '2024-03-09'));
    expect(getKeyedWindow('PageUp', false, week, range, 'day')).toEqual(window('2024-03-11', '2024-03-17'));
    expect(getKeyedWindow('Home', false, week, range, 'day')).toEqual(window('2024-01-01', '2024-01-07'));
    expect(getKeyedWindow('End', false, week, range, 'month')).toEqual(window('2024-12-25', '2024-12-31'));
    expect(getKeyedWindow('a', false, week, range, 'day')).toBeNull();
  });
});
