import type { TimelineEvent } from "./schema";
import { eventPrecision } from "./dataset-rules";

/** English month names, January first. */
export const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

interface DateParts {
  year: number;
  month: string;
  day: number | null;
}

function parts(date: string): DateParts {
  const [year, month, day] = date.slice(0, 10).split("-").map(Number) as [number, number, number | undefined];
  return { year, month: MONTH_NAMES[month - 1]!, day: day ?? null };
}

/** "14 March 2016" for a day, "December 2017" for a month. */
export function formatCalendarDate(date: string): string {
  const { year, month, day } = parts(date);
  return day === null ? `${month} ${year}` : `${day} ${month} ${year}`;
}

/** "28 November – 14 December 2017", "28–30 November 2017", "30 December 2016 – 2 January 2017". */
export function formatDateSpan(start: string, end: string): string {
  const a = parts(start);
  const b = parts(end);
  if (start === end) return formatCalendarDate(start);
  if (a.year !== b.year) return `${formatCalendarDate(start)} – ${formatCalendarDate(end)}`;
  const head = a.day === null ? a.month : a.month === b.month && b.day !== null ? `${a.day}` : `${a.day} ${a.month}`;
  const separator = a.month === b.month && a.day !== null && b.day !== null ? "–" : " – ";
  return `${head}${separator}${formatCalendarDate(end)}`;
}

/** An event's date as a reader says it, with its precision when it is not a day. */
export function formatEventDate(event: Pick<TimelineEvent, "start" | "end" | "precision">): string {
  const precision = eventPrecision(event);
  // A day written for a month- or year-precision event is shown only as far as it is known.
  const length = precision === "year" ? 4 : precision === "month" ? 7 : 10;
  const start = event.start.slice(0, length);
  const end = event.end?.slice(0, length);
  const text =
    precision === "year"
      ? end !== undefined && end !== start ? `${start} – ${end}` : start
      : end !== undefined ? formatDateSpan(start, end) : formatCalendarDate(start);
  return precision === "day" ? text : `${text} (${precision} precision)`;
}

/** "13 December 2017" for a publication date or date-time (its calendar day as printed). */
export function formatPublished(published: string): string {
  return formatCalendarDate(published.slice(0, 10));
}
