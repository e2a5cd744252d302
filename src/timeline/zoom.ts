import { DAY_MS, type TimeInterval } from "../dataset/event-time";

/** The narrowest window a reader can zoom to: one day. */
export const MIN_SPAN_MS = DAY_MS;

function minSpan(domain: TimeInterval): number {
  return Math.min(MIN_SPAN_MS, domain.end - domain.start);
}

/** Moves a window of a given span so it lies inside the domain; never wider than the domain. */
function placeInDomain(start: number, span: number, domain: TimeInterval): TimeInterval {
  const domainSpan = domain.end - domain.start;
  const width = Math.min(Math.max(span, minSpan(domain)), domainSpan);
  const clampedStart = Math.min(Math.max(start, domain.start), domain.end - width);
  return { start: clampedStart, end: clampedStart + width };
}

/**
 * Scales the window's span by `factor` (below 1 zooms in) keeping the time at
 * `anchor` where it was on screen, then clamps to the domain and to a one-day span.
 */
export function zoomWindow(visible: TimeInterval, factor: number, anchor: number, domain: TimeInterval): TimeInterval {
  const span = visible.end - visible.start;
  const domainSpan = domain.end - domain.start;
  const nextSpan = Math.min(Math.max(span * factor, minSpan(domain)), domainSpan);
  const anchorShare = span > 0 ? (anchor - visible.start) / span : 0.5;
  return placeInDomain(anchor - anchorShare * nextSpan, nextSpan, domain);
}

/** Shifts the window by `deltaMs` (positive moves later), stopping at the domain's edges. */
export function panWindow(visible: TimeInterval, deltaMs: number, domain: TimeInterval): TimeInterval {
  return placeInDomain(visible.start + deltaMs, visible.end - visible.start, domain);
}

/** The same window when `time` is in view; otherwise one of the same span centred on `time`. */
export function windowAround(time: number, visible: TimeInterval, domain: TimeInterval): TimeInterval {
  if (time >= visible.start && time < visible.end) return visible;
  const span = visible.end - visible.start;
  return placeInDomain(time - span / 2, span, domain);
}

/** A window showing `interval` with a margin on both sides, for "zoom into this bucket". */
export function windowFor(interval: TimeInterval, domain: TimeInterval, margin = 0.05): TimeInterval {
  const span = interval.end - interval.start;
  return placeInDomain(interval.start - span * margin, span * (1 + 2 * margin), domain);
}

/** How much one press of a zoom button or key changes the span: zooming in halves it, zooming out doubles it. */
export const ZOOM_STEP_FACTOR = 2;

/**
 * Where a zoom by button or key holds still: the first of `times` (e.g. the focused
 * event's start, then the selected one's) that is in view, so it stays there; else the centre.
 */
export function zoomAnchor(visible: TimeInterval, times: readonly (number | null)[]): number {
  const inView = times.find((time) => time !== null && time >= visible.start && time < visible.end);
  return inView ?? (visible.start + visible.end) / 2;
}
