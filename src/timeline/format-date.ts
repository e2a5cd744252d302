import { MONTH_NAMES } from "../dataset/format-date";

const DAY_MS = 86_400_000;

function utcDayStart(time: number): number {
  return Math.floor(time / DAY_MS) * DAY_MS;
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
  if (utcDayStart(start) === utcDayStart(last)) return formatDay(start);
  const a = new Date(start);
  const b = new Date(last);
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${formatDay(start)} – ${formatDay(last)}`;
  if (a.getUTCMonth() !== b.getUTCMonth()) {
    return `${a.getUTCDate()} ${monthName(start)} – ${formatDay(last)}`;
  }
  return `${a.getUTCDate()}–${b.getUTCDate()} ${formatMonth(last)}`;
}
