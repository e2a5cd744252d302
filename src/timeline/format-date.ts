import { formatDateSpan, MONTH_NAMES } from "../dataset/format-date";

function isoDayOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** "March" for a UTC time. */
export function monthName(time: number): string {
  return MONTH_NAMES[new Date(time).getUTCMonth()]!;
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
  return formatDateSpan(isoDayOf(start), isoDayOf(last));
}
