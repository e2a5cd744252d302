import { scaleUtc, type ScaleTime } from "d3-scale";
import type { TimeWindow } from "./zoom";

/** Maps the visible window onto [0, plotWidth] pixels. */
export function timeScale(window: TimeWindow, plotWidth: number): ScaleTime<number, number> {
  return scaleUtc().domain([window.start, window.end]).range([0, plotWidth]);
}
