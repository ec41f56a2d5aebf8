import { describe, expect, it } from 'vitest';
import {
  createSeededRandom,
  dayToIsoDate,
  isoDateToDay,
  mean,
  median,
  percentile,
  randomWindows,
} from './stats.ts';

describe('percentile', () => {
  it('rejects a p outside 0..100 and gives NaN for no samples', () => {
    expect(() => percentile([1], 101)).toThrow(/not within 0\.\.100/);
    expect(() => percentile([1], -1)).toThrow(RangeError);
    expect(percentile([], 50)).toBeNaN();
  });

  it('interpolates linearly between ranks, whatever the input order', () => {
    const samples = [15, 20, 35, 40, 50];
    expect(percentile(samples, 0)).toBe(15);
    expect(percentile(samples, 100)).toBe(50);
    expect(percentile([50, 15, 40, 20, 35], 50)).toBe(35);
    expect(percentile(samples, 40)).toBe(29);
    expect(percentile(samples, 95)).toBeCloseTo(48);
    expect(percentile([7], 95)).toBe(7);
  });

  it('does not reorder its input', () => {
    const samples = [3, 1, 2];
    percentile(samples, 50);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('median and mean', () => {
  it('computes them on odd, even and empty samples', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(mean([1, 2, 3, 6])).toBe(3);
    expect(mean([])).toBeNaN();
  });
});

describe('UTC days', () => {
  it('round-trips dates, across a leap day', () => {
    expect(isoDateToDay('1970-01-02')).toBe(1);
    expect(isoDateToDay('2024-03-01') - isoDateToDay('2024-02-28')).toBe(2);
    expect(dayToIsoDate(isoDateToDay('2024-02-29') + 1)).toBe('2024-03-01');
    expect(() => isoDateToDay('2024-2-1')).toThrow(/not a YYYY-MM-DD date/);
  });
});

describe('createSeededRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = createSeededRandom(42);
    const b = createSeededRandom(42);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(createSeededRandom(43)()).not.toBe(first[0]);
    const c = createSeededRandom(1);
    for (let i = 0; i < 1000; i++) {
      const value = c();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe('randomWindows', () => {
  const range = { start: '2024-01-01', end: '2024-12-31' };

  it('rejects bad lengths and an empty range', () => {
    expect(() => randomWindows(range, 1, { seed: 1, minDays: 0, maxDays: 3 })).toThrow(/minDays/);
    expect(() => randomWindows(range, 1, { seed: 1, minDays: 5, maxDays: 3 })).toThrow(RangeError);
    expect(() =>
      randomWindows({ start: '2024-02-01', end: '2024-01-01' }, 1, { seed: 1, minDays: 1, maxDays: 3 }),
    ).toThrow(/is empty/);
  });

  it('places windows of 7..120 days inside the range, the same ones for a seed', () => {
    const windows = randomWindows(range, 100, { seed: 7, minDays: 7, maxDays: 120 });
    expect(windows).toHaveLength(100);
    expect(randomWindows(range, 100, { seed: 7, minDays: 7, maxDays: 120 })).toEqual(windows);
    const lengths = windows.map(({ start, end }) => isoDateToDay(end) - isoDateToDay(start) + 1);
    for (const [index, { start, end }] of windows.entries()) {
      expect(start >= range.start && end <= range.end).toBe(true);
      expect(lengths[index]).toBeGreaterThanOrEqual(7);
      expect(lengths[index]).toBeLessThanOrEqual(120);
    }
    // Spread over the allowed lengths, not stuck at one end.
    expect(Math.min(...lengths)).toBeLessThan(20);
    expect(Math.max(...lengths)).toBeGreaterThan(100);
  });

  it('gives the whole range when it is shorter than the window', () => {
    const short = { start: '2024-05-01', end: '2024-05-03' };
    expect(randomWindows(short, 2, { seed: 3, minDays: 7, maxDays: 10 })).toEqual([short, short]);
  });
});
