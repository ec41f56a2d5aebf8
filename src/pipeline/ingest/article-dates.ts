// Article date resolution for the ingest stage: finds datelines, bylines, dates written in the text and
// relative times ("5 hours ago"), infers missing years from the page and weekdays, and picks one date per
// article in a fixed priority order. Pure: no I/O, and never the current date.
import * as chrono from 'chrono-node';
import type { DateOrigin } from '../types.ts';

export interface MonthDay {
  month: number;
  day: number;
  year: number | null;
  /** 0 = Sunday ... 6 = Saturday, when the text ties a weekday to this date. */
  weekday: number | null;
}

export interface DatelineMatch {
  agency: string;
  date: MonthDay | null;
}

export interface BylineMatch {
  source: string;
  date: string;
}

export interface RelativeTime {
  amount: number;
  unit: 'second' | 'minute' | 'hour' | 'day' | 'week';
}

/** What one article says about its own date, before page-level inference. */
export interface DateClues {
  given?: string | null;
  dateline?: DatelineMatch | null;
  byline?: BylineMatch | null;
  textDate?: MonthDay | null;
  relative?: RelativeTime | null;
  /** Day of the week (0 = Sunday) of an "on Monday"-style mention, resolved against the reference date. */
  weekday?: number | null;
}

/** What the whole page (or file) says about dates: used to fill in missing years and relative times. */
export interface DateContext {
  /** Years of explicit full dates (day, month and year) on the page, with their counts. */
  anchorYears: Map<number, number>;
  /** Every plausible year mentioned on the page, with counts. */
  mentionedYears: Map<number, number>;
  /** YYYY-MM-DD that relative times resolve against, when known. */
  referenceDate: string | null;
}

export interface ResolvedDate {
  date: string | null;
  dateOrigin: DateOrigin;
}

const MIN_YEAR = 1800;
const MAX_YEAR = 2100;

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH_NAME =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY_NAME = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
// Datelines open a paragraph: "BEIJING, Feb. 8 (Xinhua) —", "June 24 (Reuters) -", "WASHINGTON (AP) -".
const DATELINE = new RegExp(
  `^(?:[A-Z][A-Za-z.'’/ -]{1,60}?,?\\s+)?(?:(${MONTH_NAME})\\s+${DAY}(?:,\\s*(\\d{4}))?\\s*)?\\(([A-Z][A-Za-z .&-]{1,40})\\)\\s*[-—–]`,
);
// "Reuters14-04-2025", "Reuters 14/04/2025": a source name glued to a day-month-year date.
const BYLINE = /^([A-Za-z][A-Za-z .&'’-]{0,40}?)\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const RELATIVE = /^(?:time\s*)?(\d+|an?|one)\s+(second|minute|hour|day|week)s?\s+ago$/i;
const MONTH_FIRST = new RegExp(
  `(?:\\b(${WEEKDAY_NAME}),?\\s+)?\\b(${MONTH_NAME})\\s+${DAY}\\b(?!\\d)(?:,?\\s+(\\d{4})\\b)?`,
  'g',
);
const DAY_FIRST = new RegExp(
  `(?:\\b(${WEEKDAY_NAME}),?\\s+)?\\b${DAY}\\s+(?:of\\s+)?(${MONTH_NAME})(?![a-z])(?:,?\\s+(\\d{4})\\b)?`,
  'g',
);
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const YEAR = /\b(1[89]\d\d|20\d\d|2100)\b/g;
const WEEKDAY_WORD = new RegExp(`\\b(${WEEKDAY_NAME})\\b`);

function toMonth(name: string): number | null {
  const key = name.toLowerCase().replace(/\.$/, '');
  return MONTHS[key] ?? MONTHS[key.slice(0, 3)] ?? null;
}

function toWeekday(name: string | undefined): number | null {
  if (!name) return null;
  const index = WEEKDAYS.indexOf(name.toLowerCase());
  return index < 0 ? null : index;
}

/** Formats a calendar date as YYYY-MM-DD, or null when the date does not exist (Feb 30) or is out of range. */
export function toIsoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return check.toISOString().slice(0, 10);
}

function getWeekday(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Shifts a YYYY-MM-DD date by a number of days. */
export function addDays(isoDate: string, days: number): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/** True for a YYYY-MM-DD string naming a real date between 1800 and 2100. */
export function isPlausibleIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match !== null && toIsoDate(Number(match[1]), Number(match[2]), Number(match[3])) === value;
}

/**
 * Reads a date given by the input itself (JSONL `date`, HTML meta). Accepts ISO dates and timestamps, and
 * other full dates chrono-node understands when they state day, month and year. Returns an error message
 * for anything else: a date guessed from a partial value would be worse than none.
 */
export function parseGivenDate(value: string): { date: string } | { error: string } {
  const trimmed = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(trimmed);
  if (iso) {
    const year = Number(iso[1]);
    if (year < MIN_YEAR || year > MAX_YEAR) return { error: `date "${value}" is out of range (1800-2100)` };
    const date = toIsoDate(year, Number(iso[2]), Number(iso[3]));
    return date ? { date } : { error: `date "${value}" is not a real calendar date` };
  }
  const [parsed] = chrono.strict.parse(trimmed, new Date(Date.UTC(2000, 0, 1)));
  if (parsed && ['year', 'month', 'day'].every((part) => parsed.start.isCertain(part as 'year'))) {
    const year = parsed.start.get('year') ?? 0;
    if (year < MIN_YEAR || year > MAX_YEAR) return { error: `date "${value}" is out of range (1800-2100)` };
    const date = toIsoDate(year, parsed.start.get('month') ?? 0, parsed.start.get('day') ?? 0);
    if (date) return { date };
  }
  return { error: `date "${value}" is not a recognisable full date` };
}

/** Reads a dateline at the start of a paragraph: agency, and the month and day when it gives them. */
export function findDateline(paragraph: string): DatelineMatch | null {
  const match = DATELINE.exec(paragraph);
  if (!match) return null;
  const [, monthName, day, year, agency] = match;
  let date: MonthDay | null = null;
  const month = monthName ? toMonth(monthName) : null;
  if (month && day) {
    const weekday = toWeekday(WEEKDAY_WORD.exec(paragraph)?.[1]);
    date = { month, day: Number(day), year: year ? Number(year) : null, weekday };
    if (!isValidMonthDay(date)) date = null;
  }
  return { agency: (agency ?? '').trim(), date };
}

/** Reads a byline such as "Reuters14-04-2025" (day-month-year). */
export function findByline(line: string): BylineMatch | null {
  const match = BYLINE.exec(line.trim());
  if (!match) return null;
  const [, source, day, month, year] = match;
  const date = toIsoDate(Number(year), Number(month), Number(day));
  if (!date || !source) return null;
  return { source: source.trim(), date };
}

/** Reads a relative time line such as "time5 hours ago" or "32 minutes ago". */
export function findRelativeTime(line: string): RelativeTime | null {
  const match = RELATIVE.exec(line.trim());
  if (!match) return null;
  const [, amount = '1', unit] = match;
  const count = /^\d+$/.test(amount) ? Number(amount) : 1;
  return { amount: count, unit: unit?.toLowerCase() as RelativeTime['unit'] };
}

function isValidMonthDay(date: MonthDay): boolean {
  // 2000 is a leap year, so Feb 29 passes here and is checked again once the year is known.
  return toIsoDate(date.year ?? 2000, date.month, date.day) !== null;
}

/**
 * The first date in the text that names a day ("On February 5, 2024", "on January 19", "Sunday 18
 * February", "2024-02-08"). Month-only mentions ("in December 2023") are not dates of a day.
 */
export function findFirstTextDate(text: string): MonthDay | null {
  // Each pattern stops at its first valid date; the earliest of those wins.
  const firsts: { index: number; date: MonthDay }[] = [];
  const readers: [RegExp, (match: RegExpExecArray) => MonthDay | null][] = [
    [MONTH_FIRST, ([, weekday, monthName = '', day, year]) => toMonthDay(monthName, day, year, weekday)],
    [DAY_FIRST, ([, weekday, day, monthName = '', year]) => toMonthDay(monthName, day, year, weekday)],
    [
      ISO_DATE,
      ([, year, month, day]) => ({
        month: Number(month),
        day: Number(day),
        year: Number(year),
        weekday: null,
      }),
    ],
  ];
  for (const [pattern, read] of readers) {
    for (const match of text.matchAll(pattern)) {
      const date = read(match);
      if (date && isValidMonthDay(date)) {
        firsts.push({ index: match.index, date });
        break;
      }
    }
  }
  firsts.sort((a, b) => a.index - b.index);
  return firsts[0]?.date ?? null;
}

function toMonthDay(
  monthName: string,
  day: string | undefined,
  year: string | undefined,
  weekday: string | undefined,
): MonthDay | null {
  const month = toMonth(monthName);
  if (!month || !day) return null;
  return { month, day: Number(day), year: year ? Number(year) : null, weekday: toWeekday(weekday) };
}

/** Counts the plausible years (1800-2100) mentioned in a text into `counts`. */
export function countYears(text: string, counts: Map<number, number> = new Map()): Map<number, number> {
  for (const match of text.matchAll(YEAR)) {
    const year = Number(match[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return counts;
}

/** Years of explicit full dates in the text (day, month and year), counted into `counts`. */
export function countAnchorYears(text: string, counts: Map<number, number> = new Map()): Map<number, number> {
  for (const pattern of [MONTH_FIRST, DAY_FIRST]) {
    for (const match of text.matchAll(pattern)) {
      const year = match[4] ? Number(match[4]) : null;
      if (year !== null && year >= MIN_YEAR && year <= MAX_YEAR)
        counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  for (const match of text.matchAll(ISO_DATE)) {
    const year = Number(match[1]);
    if (toIsoDate(year, Number(match[2]), Number(match[3]))) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return counts;
}

function byCountThenLatest(counts: Map<number, number>): number[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([year]) => year);
}

/**
 * Picks the year of a date written without one. Candidates, best first: years of full dates on the page,
 * the reference date's year (and the one before), then any year the page mentions. A weekday tied to the
 * date ("on Thursday", "Sunday 18 February") picks the first candidate it fits.
 */
export function inferYear(date: MonthDay, context: DateContext): number | null {
  const candidates: number[] = [...byCountThenLatest(context.anchorYears)];
  if (context.referenceDate) {
    const referenceYear = Number(context.referenceDate.slice(0, 4));
    const thisYear = toIsoDate(referenceYear, date.month, date.day);
    // The most recent such day on or before the reference date.
    const year = thisYear && thisYear <= context.referenceDate ? referenceYear : referenceYear - 1;
    candidates.push(year, year === referenceYear ? referenceYear - 1 : referenceYear);
  }
  candidates.push(...byCountThenLatest(context.mentionedYears));
  const valid = [...new Set(candidates)].filter((year) => toIsoDate(year, date.month, date.day) !== null);
  if (date.weekday !== null) {
    const fitting = valid.find((year) => getWeekday(year, date.month, date.day) === date.weekday);
    if (fitting !== undefined) return fitting;
  }
  return valid[0] ?? null;
}

/** Turns a month and day into YYYY-MM-DD, inferring the year when missing. */
export function resolveMonthDay(date: MonthDay, context: DateContext): string | null {
  const year = date.year ?? inferYear(date, context);
  return year === null ? null : toIsoDate(year, date.month, date.day);
}

/** How many whole days before the reference a relative time points to (hours and minutes: same day). */
export function getRelativeDays(relative: RelativeTime): number {
  if (relative.unit === 'day') return relative.amount;
  if (relative.unit === 'week') return relative.amount * 7;
  return 0;
}

/**
 * The absolute date an article states, ignoring relative times, in priority order:
 * given > dateline > byline > first full date in the text.
 */
export function resolveAbsoluteDate(clues: DateClues, context: DateContext): ResolvedDate {
  if (clues.given) return { date: clues.given, dateOrigin: 'given' };
  if (clues.dateline?.date) {
    const date = resolveMonthDay(clues.dateline.date, context);
    if (date) return { date, dateOrigin: 'dateline' };
  }
  if (clues.byline) return { date: clues.byline.date, dateOrigin: 'byline' };
  if (clues.textDate) {
    const date = resolveMonthDay(clues.textDate, context);
    if (date) return { date, dateOrigin: 'text' };
  }
  return { date: null, dateOrigin: 'none' };
}

/** The article's date: its absolute date when it has one, else its relative time against the reference. */
export function resolveArticleDate(clues: DateClues, context: DateContext): ResolvedDate {
  const absolute = resolveAbsoluteDate(clues, context);
  if (absolute.date) return absolute;
  if (clues.relative && context.referenceDate) {
    return { date: addDays(context.referenceDate, -getRelativeDays(clues.relative)), dateOrigin: 'relative' };
  }
  if (clues.weekday !== undefined && clues.weekday !== null && context.referenceDate) {
    // "On Monday" means the latest Monday up to the reference date, but only on a page of that time: a
    // page whose full dates are all from other years is an archive, and its "Monday" is not this week's.
    const referenceYear = Number(context.referenceDate.slice(0, 4));
    if (context.anchorYears.size === 0 || context.anchorYears.has(referenceYear)) {
      const referenceWeekday = new Date(`${context.referenceDate}T00:00:00Z`).getUTCDay();
      const back = (referenceWeekday - clues.weekday + 7) % 7;
      return { date: addDays(context.referenceDate, -back), dateOrigin: 'relative' };
    }
  }
  return { date: null, dateOrigin: 'none' };
}

/**
 * The weekday of the article's first "on Monday" / "last Tuesday" / "this Friday" mention in its opening
 * paragraphs (where news copy says when the event happened), or null.
 */
export function findWeekdayMention(text: string): number | null {
  const opening = text
    .split(/\n\s*\n/)
    .slice(0, 3)
    .join('\n');
  const match =
    /\b(?:on|last|this|since)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/i.exec(opening);
  return match ? WEEKDAYS.indexOf((match[1] as string).toLowerCase()) : null;
}

/**
 * Infers a page's reference date ("now" for its relative times) from an article that states both an
 * absolute date and a relative time: "June 24" and "5 hours ago" mean the page was captured on June 24.
 */
export function inferReferenceDate(cluesList: DateClues[], context: DateContext): string | null {
  for (const clues of cluesList) {
    if (!clues.relative) continue;
    const absolute = resolveAbsoluteDate(clues, context);
    if (absolute.date) return addDays(absolute.date, getRelativeDays(clues.relative));
  }
  return null;
}
