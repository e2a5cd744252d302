import { formatDayRange } from "./format-date";
import { LABEL_CHAR_WIDTH } from "./layout";
import { bucketLevel, type TickLevel } from "./ticks";
import { countStarting, type LaneIndex, type TimelineIndex } from "./timeline-index";
import { timeScale } from "./scales";
import type { TimeInterval } from "../dataset/event-time";

/** One time bucket of a lane (cut to the window), counted by event start. */
export interface BucketBar {
  start: number;
  end: number;
  count: number;
  /** Pixel extent on the plot. */
  x: number;
  width: number;
  /** The bucket as a reader names it, e.g. "March 2016". */
  period: string;
}

/**
 * Counts the lane's events per bucket of `level` across the window: one
 * binary search per bucket boundary, so the cost does not grow with the
 * events. The buckets at the window's edges are cut to the window (and named
 * by their days), so the counts add up to the events that start in view.
 * Empty buckets are left out.
 */
export function aggregateLane(lane: LaneIndex, visible: TimeInterval, plotWidth: number, level: TickLevel): BucketBar[] {
  const scale = timeScale(visible, plotWidth);
  const first = level.interval.floor(new Date(visible.start));
  const boundaries = [first, ...level.interval.range(new Date(first.getTime() + 1), new Date(visible.end))];
  const bars: BucketBar[] = [];
  for (const [i, boundary] of boundaries.entries()) {
    const periodStart = boundary.getTime();
    const periodEnd = (boundaries[i + 1] ?? level.interval.offset(boundary, 1)).getTime();
    const start = Math.max(periodStart, visible.start);
    const end = Math.min(periodEnd, visible.end);
    const count = countStarting(lane, start, end);
    if (count === 0) continue;
    const whole = start === periodStart && end === periodEnd;
    const x = scale(start);
    bars.push({
      start,
      end,
      count,
      x,
      width: scale(end) - x,
      period: whole ? level.bucketLabel(periodStart, periodEnd) : formatDayRange(start, end - 1),
    });
  }
  return bars;
}

/** Counts of all lanes' events per bucket across the whole domain, for the overview strip. */
export function overviewBars(index: TimelineIndex, domain: TimeInterval, plotWidth: number): BucketBar[] {
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
