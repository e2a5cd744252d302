import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval as CalendarUnit } from "d3-time";
import { formatDay, formatMonth, monthName } from "./format-date";
import { timeScale } from "./scales";
import { DAY_MS, type TimeInterval } from "../dataset/event-time";

/** Estimated width of one character of axis text (11–12 px system font), generous so labels never touch. */
const CHAR_WIDTH = 7;
const LABEL_GAP = 12;
const LABEL_INSET = 3;

/** One step of the axis: how ticks fall, how they read, and what the coarser row says. */
export interface TickLevel {
  name: "day" | "week" | "month" | "quarter" | "year" | "years";
  interval: CalendarUnit;
  /** The shortest a step can be, to decide whether labels fit. */
  minStepMs: number;
  /** Characters in the longest minor label. */
  labelChars: number;
  minorLabel(time: number): string;
  context: { interval: CalendarUnit; label(time: number): string } | null;
  /** How a time bucket of this level is named, e.g. "March 2016". */
  bucketLabel(start: number, end: number): string;
}

const year = (time: number) => `${new Date(time).getUTCFullYear()}`;
const shortMonth = (time: number) => monthName(time).slice(0, 3);
const monthContext = { interval: utcMonth, label: formatMonth };
const yearContext = { interval: utcYear, label: year };

function yearsLevel(step: number): TickLevel {
  return {
    name: "years",
    interval: (utcYear as CountableTimeInterval).every(step)!,
    minStepMs: step * 365 * DAY_MS,
    labelChars: 4,
    minorLabel: year,
    context: null,
    bucketLabel: (start, end) => `${year(start)}–${year(end - 1)}`,
  };
}

/** Finest first; the axis takes the first whose labels fit. */
export const TICK_LEVELS: readonly TickLevel[] = [
  {
    name: "day",
    interval: utcDay,
    minStepMs: DAY_MS,
    labelChars: 2,
    minorLabel: (time) => `${new Date(time).getUTCDate()}`,
    context: monthContext,
    bucketLabel: (start) => formatDay(start),
  },
  {
    name: "week",
    interval: utcMonday,
    minStepMs: 7 * DAY_MS,
    labelChars: 2,
    minorLabel: (time) => `${new Date(time).getUTCDate()}`,
    context: monthContext,
    bucketLabel: (start) => `week of ${formatDay(start)}`,
  },
  {
    name: "month",
    interval: utcMonth,
    minStepMs: 28 * DAY_MS,
    labelChars: 3,
    minorLabel: shortMonth,
    context: yearContext,
    bucketLabel: (start) => formatMonth(start),
  },
  {
    name: "quarter",
    interval: utcMonth.every(3)!,
    minStepMs: 89 * DAY_MS,
    labelChars: 3,
    minorLabel: shortMonth,
    context: yearContext,
    bucketLabel: (start, end) => `${monthName(start)} – ${formatMonth(utcMonth.offset(new Date(end), -1).getTime())}`,
  },
  {
    name: "year",
    interval: utcYear,
    minStepMs: 365 * DAY_MS,
    labelChars: 4,
    minorLabel: year,
    context: null,
    bucketLabel: (start) => year(start),
  },
  ...[2, 5, 10, 20, 50, 100].map(yearsLevel),
];

/** Pixel width an axis label of `chars` characters needs. */
export function labelWidth(chars: number): number {
  return chars * CHAR_WIDTH;
}

/** The finest level whose labels fit between their ticks at this zoom. */
export function tickLevel(visible: TimeInterval, plotWidth: number): TickLevel {
  const pixelsPerMs = plotWidth / Math.max(1, visible.end - visible.start);
  return (
    TICK_LEVELS.find((level) => level.minStepMs * pixelsPerMs >= labelWidth(level.labelChars) + LABEL_GAP) ??
    TICK_LEVELS[TICK_LEVELS.length - 1]!
  );
}

/** Narrowest a count bucket is drawn, so the bars read as a histogram rather than noise. */
const MIN_BUCKET_PX = 20;

/**
 * The level whose periods become count buckets: the finest at least 20 px
 * wide, usually finer than the axis labels, so density shows its shape.
 */
export function bucketLevel(visible: TimeInterval, plotWidth: number): TickLevel {
  const pixelsPerMs = plotWidth / Math.max(1, visible.end - visible.start);
  return TICK_LEVELS.find((level) => level.minStepMs * pixelsPerMs >= MIN_BUCKET_PX) ?? TICK_LEVELS[TICK_LEVELS.length - 1]!;
}

/** A tick line at `x`; `label` is null where the text would run off the plot. */
export interface AxisTick {
  time: number;
  x: number;
  label: string | null;
}

/** Minor ticks with short labels and a context row naming the month or year they sit in. */
export interface AxisModel {
  level: TickLevel["name"];
  ticks: AxisTick[];
  context: AxisTick[];
}

function labelled(times: Date[], x: (time: number) => number, label: (time: number) => string, plotWidth: number): AxisTick[] {
  return times.map((date) => {
    const time = date.getTime();
    const text = label(time);
    const tickX = x(time);
    const fits = tickX + LABEL_INSET + labelWidth(text.length) <= plotWidth;
    return { time, x: tickX, label: fits ? text : null };
  });
}

/** Ticks and labels for the visible window, recomputed as the reader zooms. */
export function computeAxis(visible: TimeInterval, plotWidth: number): AxisModel {
  const level = tickLevel(visible, plotWidth);
  const scale = timeScale(visible, plotWidth);
  const x = (time: number) => scale(time);
  const ticks = labelled(level.interval.range(new Date(visible.start), new Date(visible.end)), x, level.minorLabel, plotWidth);
  if (!level.context) return { level: level.name, ticks, context: [] };

  const { interval, label } = level.context;
  const context = labelled(interval.range(new Date(visible.start), new Date(visible.end)), x, label, plotWidth);
  // The window usually starts mid-month or mid-year: name that period at the left edge too,
  // unless the next boundary's label is too close.
  const leading = interval.floor(new Date(visible.start)).getTime();
  if (leading < visible.start) {
    const text = label(leading);
    const nextX = context[0]?.x ?? Infinity;
    if (LABEL_INSET + labelWidth(text.length) + LABEL_GAP <= nextX && labelWidth(text.length) <= plotWidth) {
      context.unshift({ time: leading, x: 0, label: text });
    }
  }
  return { level: level.name, ticks, context };
}

/** Where a label starts relative to its tick. */
export const AXIS_LABEL_INSET = LABEL_INSET;
