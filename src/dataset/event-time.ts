import { quoteValue } from "./quote-value";
import type { TimelineEvent } from "./schema";
import { eventPrecision, type Precision } from "./dataset-rules";

/** A half-open time interval [start, end) in epoch milliseconds, UTC: an event's extent, a visible window, a domain. */
export interface TimeInterval {
  start: number;
  end: number;
}

/** One UTC day in milliseconds. */
export const DAY_MS = 86_400_000;

/** Widening order: a coarser unit always contains a finer one. */
const UNIT_RANK: Record<Precision, number> = { day: 0, month: 1, year: 2 };

function digits(value: string, from: number, to: number): number {
  let number = 0;
  for (let i = from; i < to; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    number = number * 10 + digit;
  }
  return number;
}

// Called twice for every event of a 100,000-event dataset, so it reads digits in place.
function parseDate(value: string): { year: number; month: number; day: number; unit: Precision } {
  const hasDay = value.length === 10 && value[7] === "-";
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7) - 1;
  const day = hasDay ? digits(value, 8, 10) : 1;
  if ((value.length !== 7 && !hasDay) || value[4] !== "-" || Number.isNaN(year + month + day)) {
    throw new Error(`${quoteValue(value)} is not a date (YYYY-MM-DD or YYYY-MM)`);
  }
  return { year, month, day, unit: hasDay ? "day" : "month" };
}

function coarser(a: Precision, b: Precision): Precision {
  return UNIT_RANK[a] >= UNIT_RANK[b] ? a : b;
}

/** 400 Gregorian years are exactly 146,097 days. */
const FOUR_CENTURIES_MS = 146_097 * DAY_MS;

/**
 * `Date.UTC` for every year from 0000: `Date.UTC` itself reads years 0–99 as
 * 1900–1999, so those are computed 400 years later and moved back.
 */
export function utcTime(year: number, monthIndex: number, day: number): number {
  return year >= 0 && year < 100 ? Date.UTC(year + 400, monthIndex, day) - FOUR_CENTURIES_MS : Date.UTC(year, monthIndex, day);
}

function unitStart(year: number, month: number, day: number, unit: Precision): number {
  if (unit === "year") return utcTime(year, 0, 1);
  if (unit === "month") return utcTime(year, month, 1);
  return utcTime(year, month, day);
}

function unitEnd(year: number, month: number, day: number, unit: Precision): number {
  if (unit === "year") return utcTime(year + 1, 0, 1);
  if (unit === "month") return utcTime(year, month + 1, 1);
  return utcTime(year, month, day + 1);
}

/**
 * A number that orders date strings as text does: YYYYMMDD, a month
 * (YYYY-MM, which sorts before its days) with day 00. Comparing numbers
 * is much quicker than comparing text when sorting 100,000 events.
 */
export function dateOrderKey(value: string): number {
  const date = parseDate(value);
  return date.year * 10_000 + (date.month + 1) * 100 + (date.unit === "day" ? date.day : 0);
}

/** The first instant a date string can mean, widened to `precision`. */
export function dateStart(value: string, precision: Precision = "day"): number {
  const date = parseDate(value);
  return unitStart(date.year, date.month, date.day, coarser(date.unit, precision));
}

/** The instant after the last one a date string can mean, widened to `precision`. */
export function dateEnd(value: string, precision: Precision = "day"): number {
  const date = parseDate(value);
  return unitEnd(date.year, date.month, date.day, coarser(date.unit, precision));
}

/**
 * Every instant the event may cover: a day-precision date is that UTC day, a
 * month-precision date is its whole month, and a span runs to the end of its last day.
 */
export function eventInterval(event: Pick<TimelineEvent, "start" | "end" | "precision">): TimeInterval {
  return intervalAtPrecision(event, eventPrecision(event));
}

/** `eventInterval` when the caller already knows the event's precision (indexing 100,000 events). */
export function intervalAtPrecision(event: Pick<TimelineEvent, "start" | "end">, precision: Precision): TimeInterval {
  return { start: dateStart(event.start, precision), end: dateEnd(event.end ?? event.start, precision) };
}

/** True when the event has an end distinct from its start (e.g. a round of talks). */
export function isSpanEvent(event: Pick<TimelineEvent, "start" | "end">): boolean {
  return event.end !== undefined && event.end !== event.start;
}

/** The dataset's `range` (inclusive days) as a half-open window. */
export function rangeWindow(range: { start: string; end: string }): TimeInterval {
  return { start: dateStart(range.start), end: dateEnd(range.end) };
}
