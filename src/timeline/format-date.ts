import { eventPrecision, type TimelineEvent } from "../dataset/schema";
import { dateStart } from "./event-time";

const DAY_MS = 86_400_000;

function utcDayStart(time: number): number {
  return Math.floor(time / DAY_MS) * DAY_MS;
}

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/** "March" for a UTC time. */
export function monthName(time: number): string {
  return MONTHS[new Date(time).getUTCMonth()]!;
}

/** "14 March 2016" for a UTC time. */
export function formatDay(time: number): string {
  const date = new Date(time);
  return `${date.getUTCDate()} ${monthName(time)} ${date.getUTCFullYear()}`;
}

/** "March 2016" for a UTC time. */
export function formatMonth(time: number): string {
  return `${monthName(time)} ${new Date(time).getUTCFullYear()}`;
}

/** "14–24 March 2016", "28 November – 14 December 2017": the days from `start` to `last`, inclusive. */
export function formatDayRange(start: number, last: number): string {
  if (utcDayStart(start) === utcDayStart(last)) return formatDay(start);
  const a = new Date(start);
  const b = new Date(last);
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${formatDay(start)} – ${formatDay(last)}`;
  if (a.getUTCMonth() !== b.getUTCMonth()) {
    return `${a.getUTCDate()} ${monthName(start)} – ${formatDay(last)}`;
  }
  return `${a.getUTCDate()}–${b.getUTCDate()} ${formatMonth(last)}`;
}

function formatMonthRange(start: number, last: number): string {
  const a = new Date(start);
  const b = new Date(last);
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${formatMonth(start)} – ${formatMonth(last)}`;
  return `${monthName(start)} – ${formatMonth(last)}`;
}

/**
 * The event's date as a reader says it, at the precision it is known to:
 * "14 March 2016", "March 2016", "28 November – 14 December 2017".
 */
export function formatEventDate(event: Pick<TimelineEvent, "start" | "end" | "precision">): string {
  const precision = eventPrecision(event);
  const start = dateStart(event.start, precision);
  const last = dateStart(event.end ?? event.start, precision);
  if (precision === "year") {
    const a = new Date(start).getUTCFullYear();
    const b = new Date(last).getUTCFullYear();
    return a === b ? `${a}` : `${a}–${b}`;
  }
  if (precision === "month") return start === last ? formatMonth(start) : formatMonthRange(start, last);
  return start === last ? formatDay(start) : formatDayRange(start, last);
}
