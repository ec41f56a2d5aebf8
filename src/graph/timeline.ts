// The timeline index: the bundle's interactions sorted by day, so that any time window can be turned
// into what is visible (edge counts, weighted degrees, totals) with two binary searches and one pass over
// the interactions inside it, plus the histogram buckets and date ticks drawn under the graph.
import { pairKey, type Bundle, type BundleInteraction } from './bundle.ts';
import {
  formatDay,
  formatMonth,
  getCalendarDay,
  getMonthStart,
  getNextMonthStart,
  getWeekStart,
  parseDayNumber,
} from './dates.ts';

/** An inclusive range of day numbers. */
export interface TimeWindow {
  start: number;
  end: number;
}

export interface TimelineIndex {
  interactions: readonly BundleInteraction[];
  /** Graph edge key of each interaction (same order as `interactions`). */
  edgeKeys: readonly string[];
  /** Day number of each interaction, or null when undated. */
  days: readonly (number | null)[];
  /** Indices of dated interactions sorted by day, and their days alongside. */
  datedOrder: Int32Array;
  datedDays: Int32Array;
  /** Indices of the undated interactions. */
  undated: readonly number[];
  /** The dated span of the bundle (its date range widened to every dated interaction), null if none. */
  range: TimeWindow | null;
  /** Interaction indices per node id. */
  byNode: ReadonlyMap<string, readonly number[]>;
}

/** What a time window leaves on screen. */
export interface Visibility {
  /** Interactions in the window, per graph edge key; edges missing here are hidden. */
  edgeCounts: ReadonlyMap<string, number>;
  /** Weighted degree (interactions) per node in the window; nodes missing here fade out. */
  nodeDegrees: ReadonlyMap<string, number>;
  interactions: number;
  /** How many of `interactions` are undated. */
  undated: number;
  edges: number;
  entities: number;
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

/** Indexes a validated bundle's interactions by day and by node. */
export function createTimelineIndex(bundle: Bundle): TimelineIndex {
  const edgeKeyByPair = new Map<string, string>();
  for (const edge of bundle.graph.edges) edgeKeyByPair.set(pairKey(edge.source, edge.target), edge.key);

  const interactions = bundle.interactions;
  const edgeKeys: string[] = [];
  const days: (number | null)[] = [];
  const undated: number[] = [];
  const byNode = new Map<string, number[]>();
  let first = bundle.meta.dateRange ? parseDayNumber(bundle.meta.dateRange.start) : Infinity;
  let last = bundle.meta.dateRange ? parseDayNumber(bundle.meta.dateRange.end) : -Infinity;

  interactions.forEach((interaction, index) => {
    const key = edgeKeyByPair.get(pairKey(interaction.source, interaction.target));
    if (key === undefined) {
      throw new Error(`entente/timeline: interaction ${interaction.id} has no graph edge`);
    }
    edgeKeys.push(key);
    const day = interaction.date === null ? null : parseDayNumber(interaction.date);
    days.push(day);
    if (day === null) undated.push(index);
    else {
      first = Math.min(first, day);
      last = Math.max(last, day);
    }
    for (const node of [interaction.source, interaction.target]) {
      const list = byNode.get(node);
      if (list) list.push(index);
      else byNode.set(node, [index]);
    }
  });

  const dated = days.flatMap((day, index) => (day === null ? [] : [index]));
  dated.sort((a, b) => (days[a] as number) - (days[b] as number) || a - b);
  const datedOrder = Int32Array.from(dated);
  const datedDays = Int32Array.from(dated, (index) => days[index] as number);
  const range = Number.isFinite(first) && Number.isFinite(last) ? { start: first, end: last } : null;
  return { interactions, edgeKeys, days, datedOrder, datedDays, undated, range, byNode };
}

/** First position in a sorted array whose value is >= target. */
function lowerBound(sorted: Int32Array, target: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Calls `visit` with the index of each interaction the window (and the undated choice) lets through. */
export function forEachInWindow(
  index: TimelineIndex,
  window: TimeWindow,
  includeUndated: boolean,
  visit: (interaction: number, dated: boolean) => void,
): void {
  const from = lowerBound(index.datedDays, window.start);
  const to = lowerBound(index.datedDays, window.end + 1);
  for (let position = from; position < to; position++) visit(index.datedOrder[position] as number, true);
  if (includeUndated) for (const interaction of index.undated) visit(interaction, false);
}

/** Edge counts, weighted degrees and totals for a window; undated interactions count only when included. */
export function getVisibility(index: TimelineIndex, window: TimeWindow, includeUndated: boolean): Visibility {
  const edgeCounts = new Map<string, number>();
  const nodeDegrees = new Map<string, number>();
  let interactions = 0;
  let undated = 0;
  forEachInWindow(index, window, includeUndated, (position, dated) => {
    const interaction = index.interactions[position] as BundleInteraction;
    const key = index.edgeKeys[position] as string;
    interactions++;
    if (!dated) undated++;
    edgeCounts.set(key, (edgeCounts.get(key) ?? 0) + 1);
    nodeDegrees.set(interaction.source, (nodeDegrees.get(interaction.source) ?? 0) + 1);
    nodeDegrees.set(interaction.target, (nodeDegrees.get(interaction.target) ?? 0) + 1);
  });
  return {
    edgeCounts,
    nodeDegrees,
    interactions,
    undated,
    edges: edgeCounts.size,
    entities: nodeDegrees.size,
  };
}

/** A node's interactions in the window, newest first, undated ones last; ties keep bundle order. */
export function getNodeInteractions(
  index: TimelineIndex,
  node: string,
  window: TimeWindow,
  includeUndated: boolean,
): BundleInteraction[] {
  const positions = (index.byNode.get(node) ?? []).filter((position) => {
    const day = index.days[position];
    if (day === null || day === undefined) return includeUndated;
    return day >= window.start && day <= window.end;
  });
  const dayOf = (position: number): number => index.days[position] ?? -Infinity;
  positions.sort((a, b) => dayOf(b) - dayOf(a) || a - b);
  return positions.map((position) => index.interactions[position] as BundleInteraction);
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
    while (position < index.datedDays.length && (index.datedDays[position] as number) < next) position++;
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
