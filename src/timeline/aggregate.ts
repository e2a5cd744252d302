import { LABEL_CHAR_WIDTH } from "./layout";
import { bucketLevel, type TickLevel } from "./ticks";
import { countStarting, type LaneIndex, type TimelineIndex } from "./timeline-index";
import { timeScale } from "./scales";
import type { TimeWindow } from "./zoom";

/** One time bucket of a lane, counted by event start. */
export interface BucketBar {
  start: number;
  end: number;
  count: number;
  /** Pixel extent on the plot, clipped to it. */
  x: number;
  width: number;
  /** The bucket as a reader names it, e.g. "March 2016". */
  period: string;
}

/**
 * Counts the lane's events per bucket of the axis level across the window: one
 * binary search per bucket boundary, so the cost does not grow with the events.
 * Buckets are whole periods (the first and last may reach past the window's edges);
 * empty buckets are left out.
 */
export function aggregateLane(lane: LaneIndex, window: TimeWindow, plotWidth: number, level: TickLevel): BucketBar[] {
  const scale = timeScale(window, plotWidth);
  const first = level.interval.floor(new Date(window.start));
  const boundaries = [first, ...level.interval.range(new Date(first.getTime() + 1), new Date(window.end))];
  const bars: BucketBar[] = [];
  for (const [i, boundary] of boundaries.entries()) {
    const start = boundary.getTime();
    const end = (boundaries[i + 1] ?? level.interval.offset(boundary, 1)).getTime();
    const count = countStarting(lane, start, end);
    if (count === 0) continue;
    const x0 = Math.max(0, scale(start));
    const x1 = Math.min(plotWidth, scale(end));
    bars.push({ start, end, count, x: x0, width: Math.max(0, x1 - x0), period: level.bucketLabel(start, end) });
  }
  return bars;
}

/** Counts of all lanes' events per bucket across the whole domain, for the overview strip. */
export function overviewBars(index: TimelineIndex, domain: TimeWindow, plotWidth: number): BucketBar[] {
  const level = bucketLevel(domain, plotWidth);
  const totals = new Map<number, BucketBar>();
  for (const lane of index.lanes) {
    for (const bar of aggregateLane(lane, domain, plotWidth, level)) {
      const total = totals.get(bar.start);
      if (total) total.count += bar.count;
      else totals.set(bar.start, { ...bar });
    }
  }
  return [...totals.values()].sort((a, b) => a.start - b.start);
}

const fullFormat = new Intl.NumberFormat("en-US");
const compactFormat = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

/** The count as text that fits the bar's width, or null where even "1.2K" does not. */
export function countText(count: number, width: number): string | null {
  for (const text of [fullFormat.format(count), compactFormat.format(count)]) {
    if (text.length * LABEL_CHAR_WIDTH * 0.92 <= width - 2) return text;
  }
  return null;
}
