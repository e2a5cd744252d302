/** A visible window in epoch ms UTC, half-open (the same shape as the chart's TimeInterval). */
export interface MsWindow {
  start: number;
  end: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function dayStart(day: string): number {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, date);
}

function dayOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The window `from`–`to` (inclusive days) names, clamped to the domain; the domain when absent or outside it. */
export function windowFromDays(from: string | null, to: string | null, domain: MsWindow): MsWindow {
  if (from === null || to === null) return domain;
  const start = Math.max(dayStart(from), domain.start);
  const end = Math.min(dayStart(to) + DAY_MS, domain.end);
  return start < end ? { start, end } : domain;
}

/** The whole days a window touches, as `from`/`to`; null for both when it shows the whole domain. */
export function daysFromWindow(window: MsWindow, domain: MsWindow): { from: string | null; to: string | null } {
  if (window.start <= domain.start && window.end >= domain.end) return { from: null, to: null };
  return { from: dayOf(window.start), to: dayOf(Math.ceil(window.end / DAY_MS) * DAY_MS - DAY_MS) };
}
