import { dateEnd, dateStart, DAY_MS } from "../dataset/event-time";
import { isCalendarDay, isCalendarMonth, type Precision } from "../dataset/dataset-rules";

interface DatedEvent {
  start: string;
  end?: string | undefined;
  precision?: Precision | undefined;
}

const isEventDate = (value: string | undefined): value is string => value !== undefined && (isCalendarDay(value) || isCalendarMonth(value));
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * The first and last day the events cover, for a file that states no range of
 * its own. Dates that are not valid are left out here: the schema reports them
 * with their rows. Without any valid date, the day of the Unix epoch stands in.
 */
export function eventsRange(events: readonly DatedEvent[]): { start: string; end: string } {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const event of events) {
    if (!isEventDate(event.start)) continue;
    const precision = event.precision ?? "day";
    first = Math.min(first, dateStart(event.start, precision));
    // An end before the start is the schema's to report, at its row; the range still covers the start.
    last = Math.max(last, dateEnd(event.start, precision), isEventDate(event.end) ? dateEnd(event.end, precision) : last);
  }
  if (!Number.isFinite(first)) return { start: "1970-01-01", end: "1970-01-01" };
  return { start: isoDay(first), end: isoDay(last - DAY_MS) };
}
