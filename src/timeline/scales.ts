import { scaleUtc, type ScaleTime } from "d3-scale";
import type { TimeInterval } from "../dataset/event-time";

/** Maps the visible window onto [0, plotWidth] pixels. */
export function timeScale(visible: TimeInterval, plotWidth: number): ScaleTime<number, number> {
  return scaleUtc().domain([visible.start, visible.end]).range([0, plotWidth]);
}
