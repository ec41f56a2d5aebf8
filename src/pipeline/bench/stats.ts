// Pure helpers for the browser bench: percentiles and means of latency samples, UTC day arithmetic on
// YYYY-MM-DD dates, and a seeded generator of random time windows so that every run measures the same ones.

const MS_PER_DAY = 86_400_000;

/**
 * The p-th percentile (0..100) of the samples, interpolating linearly between the two nearest ranks
 * (the definition numpy and most spreadsheets use by default). NaN for no samples.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`bench/stats: percentile ${p} is not within 0..100.`);
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (rank - lower);
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** The arithmetic mean; NaN for no samples. */
export function mean(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  return samples.reduce((sum, value) => sum + value, 0) / samples.length;
}

/** Days since 1970-01-01 (UTC) of a YYYY-MM-DD date. */
export function isoDateToDay(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`bench/stats: "${iso}" is not a YYYY-MM-DD date.`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
}

/** The YYYY-MM-DD date (UTC) of a day number from isoDateToDay. */
export function dayToIsoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * A seeded pseudo-random generator (mulberry32) returning floats in [0, 1). Small and fast; the bench only
 * needs the same sequence on every run, not statistical quality.
 */
export function createSeededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DateWindow {
  /** First day, YYYY-MM-DD, inclusive. */
  start: string;
  /** Last day, YYYY-MM-DD, inclusive. */
  end: string;
}

/**
 * `count` windows inside `range` (both inclusive), each `minDays..maxDays` days long (inclusive) and
 * placed uniformly at random. A range shorter than a window's length yields the whole range for it.
 */
export function randomWindows(
  range: DateWindow,
  count: number,
  options: { seed: number; minDays: number; maxDays: number },
): DateWindow[] {
  if (options.minDays < 1 || options.maxDays < options.minDays)
    throw new RangeError('bench/stats: randomWindows needs 1 <= minDays <= maxDays.');
  const first = isoDateToDay(range.start);
  const last = isoDateToDay(range.end);
  if (last < first) throw new RangeError(`bench/stats: range ${range.start}..${range.end} is empty.`);
  const random = createSeededRandom(options.seed);
  const windows: DateWindow[] = [];
  for (let index = 0; index < count; index++) {
    const wanted = options.minDays + Math.floor(random() * (options.maxDays - options.minDays + 1));
    const length = Math.min(wanted, last - first + 1);
    const start = first + Math.floor(random() * (last - first + 2 - length));
    windows.push({ start: dayToIsoDate(start), end: dayToIsoDate(start + length - 1) });
  }
  return windows;
}
