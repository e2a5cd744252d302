/**
 * Calendar arithmetic on whole UTC days, with fixed English names so that
 * explanations never depend on the machine's locale or time zone.
 */

import { dateEnd, dateStart, DAY_MS, utcTime } from "../../src/dataset/event-time";
import { MONTH_NAMES } from "../../src/dataset/format-date";

const WEEKDAY_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTH_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
export { MONTH_NAMES };

/** Days since 1970-01-01 for a YYYY-MM-DD string. */
export function dayNumber(isoDay: string): number {
  return dateStart(isoDay) / DAY_MS;
}

export function dayNumberOf(year: number, month: number, day: number): number {
  return utcTime(year, month - 1, day) / DAY_MS;
}

/** YYYY-MM-DD for a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

/** The first day of the week that holds the day, for weeks starting on `firstDay` (0 = Sunday … 6 = Saturday). */
export function weekStartOf(day: number, firstDay: number): number {
  return day - ((weekdayOf(day) - firstDay + 7) % 7);
}

export function yearMonthOf(day: number): { year: number; month: number } {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/** YYYY-MM, normalising a month outside 1..12 into the neighbouring years. */
export function isoMonth(year: number, month: number): string {
  const index = year * 12 + (month - 1);
  const normalisedYear = Math.floor(index / 12);
  return `${String(normalisedYear).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export function firstDayOfMonth(isoMonthValue: string): number {
  return firstDayOf(isoMonthValue);
}

export function lastDayOfMonth(isoMonthValue: string): number {
  return lastDayOf(isoMonthValue);
}

/** First day of a YYYY-MM-DD or YYYY-MM date. */
export function firstDayOf(date: string): number {
  return dateStart(date) / DAY_MS;
}

/** Last day of a YYYY-MM-DD or YYYY-MM date. */
export function lastDayOf(date: string): number {
  return dateEnd(date) / DAY_MS - 1;
}

/** "Wed 13 Dec 2017". */
export function formatDay(day: number): string {
  const date = new Date(day * DAY_MS);
  return `${WEEKDAY_NAMES[date.getUTCDay()]} ${date.getUTCDate()} ${MONTH_SHORT[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "Mon 27 Nov – Sun 3 Dec 2017"; the first year is left out when both days share it. */
export function formatDaySpan(first: number, last: number): string {
  const start = formatDay(first);
  const end = formatDay(last);
  const sameYear = start.slice(-4) === end.slice(-4);
  return `${sameYear ? start.slice(0, -5) : start} – ${end}`;
}

/** "September 2015" for 2015-09. */
export function formatMonth(isoMonthValue: string): string {
  const [year, month] = isoMonthValue.split("-").map(Number) as [number, number];
  return `${MONTH_NAMES[month - 1]} ${year}`;
}

const OFFSET_PATTERN = /(Z|[+-]\d{2}:\d{2})$/;

/**
 * The outlet's calendar day (YYYY-MM-DD) of a publication date: a date as
 * written; a date-time in the article's time zone when it has one and the
 * date-time carries an offset (so "2017-12-14T03:00:00Z" is 13 Dec in New
 * York); otherwise the date-time's own date part, which is local time.
 */
export function publicationDay(published: string, timezone: string | null = null): string {
  if (timezone === null || published.length === 10 || !OFFSET_PATTERN.test(published)) return published.slice(0, 10);
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: timezone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(new Date(published));
  const part = (type: string) => parts.find((item) => item.type === type)!.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}
