import { useLayoutEffect, useMemo, useRef } from "react";
import type { TimelineEvent } from "../dataset/schema";
import { overviewBars } from "./aggregate";
import { computeChartModel, markRows, PLOT_MARGIN } from "./chart-model";
import { filterTimelineIndex, timelineIndexFor } from "./timeline-index";

/**
 * The chart's drawing model. The index (per-lane sorted arrays) is built once
 * per event set and only cut down by the filter's mask; zooming and panning
 * only cull, project and stack what is in view, memoised on plain numbers.
 */
export function useChartModel(
  events: readonly TimelineEvent[],
  filterMask: Uint8Array | undefined,
  tracks: readonly string[],
  width: number,
  windowStart: number,
  windowEnd: number,
  domainStart: number,
  domainEnd: number,
  selectedId: string | null,
) {
  const fullIndex = useMemo(() => timelineIndexFor(events, tracks), [events, tracks]);
  const index = useMemo(() => (filterMask ? filterTimelineIndex(fullIndex, filterMask) : fullIndex), [fullIndex, filterMask]);
  // The rows of the frame on screen, so a zoom or pan keeps marks in their rows. Written after
  // commit only; a render reads the last committed frame's rows, as a double render in StrictMode does.
  const committedRows = useRef<ReadonlyMap<string, number>>(new Map());
  const model = useMemo(
    () => computeChartModel(index, width, { start: windowStart, end: windowEnd }, selectedId, committedRows.current),
    [index, width, windowStart, windowEnd, selectedId],
  );
  useLayoutEffect(() => {
    committedRows.current = markRows(model);
  }, [model]);
  const overview = useMemo(
    () => overviewBars(index, { start: domainStart, end: domainEnd }, Math.max(1, width - 2 * PLOT_MARGIN)),
    [index, width, domainStart, domainEnd],
  );
  return { model, overview };
}
