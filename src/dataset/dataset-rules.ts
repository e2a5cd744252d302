import { hasCredentials, safeHttpUrl } from "./safe-url";
import type { TimelineEvent } from "./schema";

/**
 * The rules of the public timeline format that need no schema library: the
 * predicates the schema (schema.ts) and its fast path (read-valid-dataset.ts)
 * share, the enumerations, and how an issue is written. Apart from schema.ts so
 * that the page, which checks datasets with the fast path, does not load zod.
 */

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Leap years of the proleptic Gregorian calendar, which has a year 0 (1 BC), as ISO 8601 does. */
function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** The number the ASCII digits of value[from, to) write, or -1 when one of them is not a digit. */
function digitsAt(value: string, from: number, to: number): number {
  let number = 0;
  for (let index = from; index < to; index++) {
    const digit = value.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

// Read character by character rather than with a regular expression: every event's dates are checked, several times.

/** True for a real calendar day written YYYY-MM-DD, any year 0000–9999 (rejects 2017-13-01 and 2017-02-30). */
export function isCalendarDay(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!);
}

/** True for a real month written YYYY-MM. */
export function isCalendarMonth(value: string): boolean {
  if (value.length !== 7 || value.charCodeAt(4) !== 45 || digitsAt(value, 0, 4) < 0) return false;
  const month = digitsAt(value, 5, 7);
  return month >= 1 && month <= 12;
}

/** A day (YYYY-MM-DD) or, for month-precision events, a month (YYYY-MM). */
export function isEventDate(value: string): boolean {
  return isCalendarDay(value) || isCalendarMonth(value);
}

/** Hours 00–23, minutes and seconds 00–59, an offset of at most ±23:59 (RFC 3339). */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?$/;

/** A publication date: an ISO date, or an ISO date-time with an optional offset. */
export function isPublishedDate(value: string): boolean {
  return isCalendarDay(value) || (ISO_DATE_TIME.test(value) && isCalendarDay(value.slice(0, 10)));
}

/** True for a (trimmed) link the schema keeps: http(s), without credentials. */
export function isHttpLink(value: string): boolean {
  return !hasCredentials(value) && safeHttpUrl(value) !== null;
}

/** The form of an id of an article, actor or event. */
export const IDENTIFIER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export function isLocale(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

export const actorKinds = ["person", "state", "organization", "group"] as const;

export const disputeKinds = ["date", "fact"] as const;

export const noteBases = ["record", "inference"] as const;

export const precisions = ["day", "month", "year"] as const;

/** A problem found in a dataset: where (`["events", 3, "start"]`) and what. */
export interface DatasetIssue {
  path: PropertyKey[];
  message: string;
}

export type Precision = (typeof precisions)[number];

/** The precision an event's date is known to: explicit, or implied by the form of its start. */
export function eventPrecision(event: Pick<TimelineEvent, "start" | "precision">): Precision {
  return event.precision ?? (isCalendarMonth(event.start) ? "month" : "day");
}

/** `events[3].start "2017-13-01" is not a date …`, `events[3].actors[0]: unknown actor "x"`: a path and its message as one line. */
export function formatIssue({ path, message }: DatasetIssue): string {
  const field = formatIssuePath(path);
  if (field === "") return message;
  return /^("|is )/.test(message) ? `${field} ${message}` : `${field}: ${message}`;
}

/** "events[3].sources[0].quote" for a zod issue path. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === "number") return `${text}[${key}]`;
    return text === "" ? String(key) : `${text}.${String(key)}`;
  }, "");
}
