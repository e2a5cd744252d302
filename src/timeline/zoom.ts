/** A visible window or a domain, epoch ms UTC, half-open. */
export interface TimeWindow {
  start: number;
  end: number;
}

/** The narrowest window a reader can zoom to: one day. */
export const MIN_SPAN_MS = 24 * 60 * 60 * 1000;

function minSpan(domain: TimeWindow): number {
  return Math.min(MIN_SPAN_MS, domain.end - domain.start);
}

/** Moves a window of a given span so it lies inside the domain; never wider than the domain. */
function placeInDomain(start: number, span: number, domain: TimeWindow): TimeWindow {
  const domainSpan = domain.end - domain.start;
  const width = Math.min(Math.max(span, minSpan(domain)), domainSpan);
  const clampedStart = Math.min(Math.max(start, domain.start), domain.end - width);
  return { start: clampedStart, end: clampedStart + width };
}

/**
 * Scales the window's span by `factor` (below 1 zooms in) keeping the time at
 * `anchor` where it was on screen, then clamps to the domain and to a one-day span.
 */
export function zoomWindow(window: TimeWindow, factor: number, anchor: number, domain: TimeWindow): TimeWindow {
  const span = window.end - window.start;
  const domainSpan = domain.end - domain.start;
  const nextSpan = Math.min(Math.max(span * factor, minSpan(domain)), domainSpan);
  const anchorShare = span > 0 ? (anchor - window.start) / span : 0.5;
  return placeInDomain(anchor - anchorShare * nextSpan, nextSpan, domain);
}

/** Shifts the window by `deltaMs` (positive moves later), stopping at the domain's edges. */
export function panWindow(window: TimeWindow, deltaMs: number, domain: TimeWindow): TimeWindow {
  return placeInDomain(window.start + deltaMs, window.end - window.start, domain);
}

/** The same window when `time` is in view; otherwise one of the same span centred on `time`. */
export function windowAround(time: number, window: TimeWindow, domain: TimeWindow): TimeWindow {
  if (time >= window.start && time < window.end) return window;
  const span = window.end - window.start;
  return placeInDomain(time - span / 2, span, domain);
}

/** A window showing `interval` with a margin on both sides, for "zoom into this bucket". */
export function windowFor(interval: TimeWindow, domain: TimeWindow, margin = 0.05): TimeWindow {
  const span = interval.end - interval.start;
  return placeInDomain(interval.start - span * margin, span * (1 + 2 * margin), domain);
}
