// The timeline index: the bundle's interactions as day-sorted columns (see bundle-codec.ts), with every
// node's interactions at hand, so that any time window is two binary searches away and a panel finds an
// entity's interactions without scanning the rest; plus the histogram buckets and date ticks drawn under
// the graph, and the window arithmetic of the timeline's controls.
import { pairKey } from './bundle.ts';
import { UNDATED, type GraphColumns } from './bundle-codec.ts';
import {
  formatDay,
  formatMonth,
  getCalendarDay,
  getMonthStart,
  getNextMonthStart,
  getWeekStart,
  parseDayNumber,
} from './dates.ts';
import { getWindowPositions } from './window-counter.ts';

/** An inclusive range of day numbers. */
export interface TimeWindow {
  start: number;
  end: number;
}

export interface TimelineIndex {
  columns: GraphColumns;
  nodeIndex: ReadonlyMap<string, number>;
  /** Graph edge key of each pair. */
  pairKeys: readonly string[];
  /** The dated span of the bundle (its date range widened to every dated interaction), null if none. */
  range: TimeWindow | null;
  /** Positions of each node's interactions: `nodePositions[nodeOffsets[n], nodeOffsets[n + 1])`. */
  nodeOffsets: Uint32Array;
  nodePositions: Uint32Array;
}

export type BucketUnit = 'day' | 'week' | 'month';

export interface HistogramBucket {
  /** First and last day of the bucket, clipped to the timeline's range. */
  start: number;
  end: number;
  count: number;
}

export interface DateTick {
  day: number;
  label: string;
}

/** Indexes the columns by node; `dateRange` is the bundle's own (articles may reach beyond interactions). */
export function createTimelineIndex(
  columns: GraphColumns,
  dateRange: { start: string; end: string } | null,
): TimelineIndex {
  const { nodeKeys, pairSources, pairTargets, pairs, days, dated } = columns;
  const nodeIndex = new Map(nodeKeys.map((key, index) => [key, index]));
  const pairKeys = Array.from(pairSources, (source, pair) =>
    pairKey(nodeKeys[source] as string, nodeKeys[pairTargets[pair] as number] as string),
  );
  // Counting sort of positions by node: two passes, no per-node arrays.
  const nodeOffsets = new Uint32Array(nodeKeys.length + 1);
  for (let position = 0; position < pairs.length; position += 1) {
    const pair = pairs[position] as number;
    const source = (pairSources[pair] as number) + 1;
    const target = (pairTargets[pair] as number) + 1;
    nodeOffsets[source] = (nodeOffsets[source] as number) + 1;
    nodeOffsets[target] = (nodeOffsets[target] as number) + 1;
  }
  for (let node = 0; node < nodeKeys.length; node += 1) {
    nodeOffsets[node + 1] = (nodeOffsets[node + 1] as number) + (nodeOffsets[node] as number);
  }
  const nodePositions = new Uint32Array(pairs.length * 2);
  const cursor = nodeOffsets.slice(0, nodeKeys.length);
  for (let position = 0; position < pairs.length; position += 1) {
    const pair = pairs[position] as number;
    for (const node of [pairSources[pair] as number, pairTargets[pair] as number]) {
      nodePositions[cursor[node] as number] = position;
      cursor[node] = (cursor[node] as number) + 1;
    }
  }
  let first = dateRange ? parseDayNumber(dateRange.start) : Infinity;
  let last = dateRange ? parseDayNumber(dateRange.end) : -Infinity;
  if (dated > 0) {
    first = Math.min(first, days[0] as number);
    last = Math.max(last, days[dated - 1] as number);
  }
  const range = Number.isFinite(first) && Number.isFinite(last) ? { start: first, end: last } : null;
  return { columns, nodeIndex, pairKeys, range, nodeOffsets, nodePositions };
}

/** Calls `visit` with the position of each interaction the window (and the undated choice) lets through. */
export function forEachInWindow(
  index: TimelineIndex,
  window: TimeWindow,
  includeUndated: boolean,
  visit: (position: number) => void,
): void {
  const { columns } = index;
  const [from, to] = getWindowPositions(columns.days, columns.dated, window.start, window.end);
  for (let position = from; position < to; position++) visit(position);
  if (includeUndated)
    for (let position = columns.dated; position < columns.days.length; position++) visit(position);
}

export function isInWindow(
  index: TimelineIndex,
  position: number,
  window: TimeWindow,
  includeUndated: boolean,
): boolean {
  const day = index.columns.days[position] as number;
  if (day === UNDATED) return includeUndated;
  return day >= window.start && day <= window.end;
}

/** Positions of the interactions touching a node, in bundle (day) order. */
export function getNodePositions(index: TimelineIndex, node: string): Uint32Array {
  const at = index.nodeIndex.get(node);
  if (at === undefined) return new Uint32Array(0);
  return index.nodePositions.subarray(index.nodeOffsets[at] as number, index.nodeOffsets[at + 1] as number);
}

/** Day buckets up to about three months, weeks up to about two years, months beyond. */
export function getBucketUnit(range: TimeWindow): BucketUnit {
  const span = range.end - range.start + 1;
  if (span <= 92) return 'day';
  if (span <= 731) return 'week';
  return 'month';
}

function getBucketStart(day: number, unit: BucketUnit): number {
  if (unit === 'day') return day;
  if (unit === 'week') return getWeekStart(day);
  return getMonthStart(day);
}

function getNextBucketStart(bucketStart: number, unit: BucketUnit): number {
  if (unit === 'day') return bucketStart + 1;
  if (unit === 'week') return bucketStart + 7;
  return getNextMonthStart(bucketStart);
}

/** Dated interactions per day, week or month across the range (undated ones are never bucketed). */
export function getHistogram(index: TimelineIndex, unit: BucketUnit): HistogramBucket[] {
  const range = index.range;
  if (!range) return [];
  const buckets: HistogramBucket[] = [];
  let position = 0;
  for (
    let start = getBucketStart(range.start, unit);
    start <= range.end;
    start = getNextBucketStart(start, unit)
  ) {
    const next = getNextBucketStart(start, unit);
    const from = position;
    const { days, dated } = index.columns;
    while (position < dated && (days[position] as number) < next) position++;
    buckets.push({
      start: Math.max(start, range.start),
      end: Math.min(next - 1, range.end),
      count: position - from,
    });
  }
  return buckets;
}

const TICK_STEPS = [
  { unit: 'day', every: 1 },
  { unit: 'day', every: 2 },
  { unit: 'week', every: 1 },
  { unit: 'week', every: 2 },
  { unit: 'month', every: 1 },
  { unit: 'month', every: 3 },
  { unit: 'month', every: 6 },
  { unit: 'month', every: 12 },
] as const;

/**
 * Date ticks for the range: the finest step (days, Mondays, month starts…) that yields at most `maxTicks`.
 * Day ticks read "5 Feb"; month ticks read "Mar", with the year on January and on the first tick.
 */
export function getDateTicks(range: TimeWindow, maxTicks: number): DateTick[] {
  for (const step of TICK_STEPS) {
    const days = getTickDays(range, step.unit, step.every);
    if (days.length <= Math.max(1, maxTicks)) return labelTicks(days, step.unit);
  }
  const [firstTick] = getTickDays(range, 'month', 12);
  return firstTick === undefined ? [] : labelTicks([firstTick], 'month');
}

function getTickDays(range: TimeWindow, unit: BucketUnit, every: number): number[] {
  const ticks: number[] = [];
  if (unit === 'day') {
    for (let day = range.start; day <= range.end; day += every) ticks.push(day);
    return ticks;
  }
  if (unit === 'week') {
    let monday = getWeekStart(range.start);
    if (monday < range.start) monday += 7;
    for (let day = monday; day <= range.end; day += 7 * every) ticks.push(day);
    return ticks;
  }
  let month = getMonthStart(range.start);
  if (month < range.start) month = getNextMonthStart(month);
  for (; month <= range.end; month = getNextMonthStart(month)) {
    const calendar = getCalendarDay(month);
    if ((calendar.year * 12 + calendar.month) % every === 0) ticks.push(month);
  }
  return ticks;
}

function labelTicks(days: number[], unit: BucketUnit): DateTick[] {
  return days.map((day, position) => {
    if (unit !== 'month') return { day, label: formatDay(day, { year: false }) };
    const showYear = position === 0 || getCalendarDay(day).month === 0;
    return { day, label: formatMonth(day, { year: showYear }) };
  });
}

/** Clamps a window into the range and puts its ends in order. */
export function clampWindow(window: TimeWindow, range: TimeWindow): TimeWindow {
  const clamp = (day: number): number => Math.min(range.end, Math.max(range.start, Math.round(day)));
  const [start, end] = [clamp(window.start), clamp(window.end)];
  return start <= end ? { start, end } : { start: end, end: start };
}

export function isFullWindow(window: TimeWindow, range: TimeWindow | null): boolean {
  return range === null || (window.start <= range.start && window.end >= range.end);
}

export type PlaybackStep = 'day' | 'week' | 'month';
export const PLAYBACK_STEPS: readonly PlaybackStep[] = ['day', 'week', 'month'];
export type PlaybackSpeed = 0.5 | 1 | 2 | 4;
export const PLAYBACK_SPEEDS: readonly PlaybackSpeed[] = [0.5, 1, 2, 4];
/** Milliseconds between two playback steps at 1×. */
export const PLAYBACK_INTERVAL = 900;

function advanceDay(day: number, step: PlaybackStep): number {
  if (step === 'day') return day + 1;
  if (step === 'week') return day + 7;
  // A month step keeps the day of the month where it can ("15 Jan" → "15 Feb"), else lands on the 1st.
  const offset = day - getMonthStart(day);
  const next = getNextMonthStart(day);
  return Math.min(next + offset, getNextMonthStart(next) - 1);
}

function getStepDays(step: PlaybackStep): number {
  return step === 'day' ? 1 : step === 'week' ? 7 : 30;
}

/**
 * The window playback starts from: the current one, unless it covers the whole range (nothing would move),
 * in which case a sixth of the range (at least one step) at its start; a window already at the end of the
 * range starts over from the beginning with the same length.
 */
export function getPlaybackStartWindow(
  window: TimeWindow,
  range: TimeWindow,
  step: PlaybackStep,
): TimeWindow {
  const span = range.end - range.start + 1;
  if (isFullWindow(window, range)) {
    const length = Math.min(span, Math.max(getStepDays(step), Math.round(span / 6)));
    return { start: range.start, end: range.start + length - 1 };
  }
  if (window.end >= range.end) return { start: range.start, end: range.start + (window.end - window.start) };
  return window;
}

/** The window one playback step later, same length, or null once it already touches the end of the range. */
export function getNextPlaybackWindow(
  window: TimeWindow,
  range: TimeWindow,
  step: PlaybackStep,
): TimeWindow | null {
  if (window.end >= range.end) return null;
  const length = window.end - window.start;
  const end = Math.min(range.end, Math.max(window.end + 1, advanceDay(window.end, step)));
  return { start: Math.max(range.start, end - length), end };
}

/** The window moved by `days` (negative: earlier), kept whole inside the range. */
export function shiftWindow(window: TimeWindow, range: TimeWindow, days: number): TimeWindow {
  const length = window.end - window.start;
  const start = Math.min(range.end - length, Math.max(range.start, window.start + days));
  return { start, end: start + length };
}

/** The window with its end moved by `days`, never shorter than one day nor past the range. */
export function resizeWindow(window: TimeWindow, range: TimeWindow, days: number): TimeWindow {
  const end = Math.min(range.end, Math.max(window.start, window.end + days));
  return { start: window.start, end };
}

/**
 * The window after a key press on the timeline: arrows move it by one bar (a day, a week or 30 days),
 * shift+arrows move its end instead, Page Up/Down move it by its own length, Home/End send it to the
 * ends of the range; null for any other key.
 */
export function getKeyedWindow(
  key: string,
  shiftKey: boolean,
  window: TimeWindow,
  range: TimeWindow,
  unit: BucketUnit,
): TimeWindow | null {
  const length = window.end - window.start + 1;
  const bar = unit === 'day' ? 1 : unit === 'week' ? 7 : 30;
  if (key === 'ArrowLeft' || key === 'ArrowDown' || key === 'ArrowRight' || key === 'ArrowUp') {
    const days = (key === 'ArrowLeft' || key === 'ArrowDown' ? -1 : 1) * bar;
    return shiftKey ? resizeWindow(window, range, days) : shiftWindow(window, range, days);
  }
  if (key === 'PageUp' || key === 'PageDown')
    return shiftWindow(window, range, (key === 'PageUp' ? 1 : -1) * length);
  if (key === 'Home') return shiftWindow(window, range, range.start - window.start);
  if (key === 'End') return shiftWindow(window, range, range.end - window.end);
  return null;
}
