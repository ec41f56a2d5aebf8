// Calendar arithmetic for the timeline. Dates travel through the app as "day numbers" (whole days since
// 1970-01-01, UTC) so that windows, buckets and ticks are plain integer ranges, free of time zones and
// of the browser's locale; formatting is done here, in English, the same on every machine.

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** Parses a YYYY-MM-DD date into a day number; throws on anything else, including impossible dates. */
export function parseDayNumber(iso: string): number {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new Error(`entente/dates: expected a date as YYYY-MM-DD, got ${JSON.stringify(iso)}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new Error(`entente/dates: no such date ${JSON.stringify(iso)}`);
  }
  return Math.round(ms / MS_PER_DAY);
}

/** The YYYY-MM-DD form of a day number. */
export function toIsoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

interface CalendarDay {
  year: number;
  /** 0-based month. */
  month: number;
  day: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
}

export function getCalendarDay(day: number): CalendarDay {
  const date = new Date(day * MS_PER_DAY);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth(),
    day: date.getUTCDate(),
    weekday: (date.getUTCDay() + 6) % 7,
  };
}

/** The Monday on or before a day (ISO weeks start on Monday). */
export function getWeekStart(day: number): number {
  return day - getCalendarDay(day).weekday;
}

/** The first day of the month a day falls in. */
export function getMonthStart(day: number): number {
  const { year, month } = getCalendarDay(day);
  return Math.round(Date.UTC(year, month, 1) / MS_PER_DAY);
}

/** The first day of the month after the one a day falls in. */
export function getNextMonthStart(day: number): number {
  const { year, month } = getCalendarDay(day);
  return Math.round(Date.UTC(year, month + 1, 1) / MS_PER_DAY);
}

export function getMonthName(month: number): string {
  return MONTHS[month] ?? '';
}

/** "3 Feb 2024", or "3 Feb" without the year. */
export function formatDay(day: number, options: { year?: boolean } = {}): string {
  const calendar = getCalendarDay(day);
  const base = `${calendar.day} ${getMonthName(calendar.month)}`;
  return options.year === false ? base : `${base} ${calendar.year}`;
}

/** "Feb 2024", or "Feb" without the year. */
export function formatMonth(day: number, options: { year?: boolean } = {}): string {
  const calendar = getCalendarDay(day);
  const base = getMonthName(calendar.month);
  return options.year === false ? base : `${base} ${calendar.year}`;
}

/**
 * An inclusive range of days, as people write it: "3 Feb – 8 Feb 2024" within a year,
 * "28 Dec 2023 – 3 Jan 2024" across years, and "3 Feb 2024" for a single day.
 */
export function formatDateRange(start: number, end: number): string {
  if (start === end) return formatDay(start);
  const [first, last] = start <= end ? [start, end] : [end, start];
  const sameYear = getCalendarDay(first).year === getCalendarDay(last).year;
  return `${formatDay(first, { year: !sameYear })} – ${formatDay(last)}`;
}
