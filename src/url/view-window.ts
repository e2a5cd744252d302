import { dateEnd, dateStart, DAY_MS, type TimeInterval } from "../dataset/event-time";

function dayOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The window `from`–`to` (inclusive days) names, clamped to the domain; the domain when absent or outside it. */
export function windowFromDays(from: string | null, to: string | null, domain: TimeInterval): TimeInterval {
  if (from === null || to === null) return domain;
  const start = Math.max(dateStart(from), domain.start);
  const end = Math.min(dateEnd(to), domain.end);
  return start < end ? { start, end } : domain;
}

/** The whole days a window touches, as `from`/`to`; null for both when it shows the whole domain. */
export function daysFromWindow(visible: TimeInterval, domain: TimeInterval): { from: string | null; to: string | null } {
  if (visible.start <= domain.start && visible.end >= domain.end) return { from: null, to: null };
  return { from: dayOf(visible.start), to: dayOf(Math.ceil(visible.end / DAY_MS) * DAY_MS - DAY_MS) };
}
