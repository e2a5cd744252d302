import { aggregateLane, type BucketBar } from "./aggregate";
import { layoutLane, MAX_ROWS, truncateLabel, type MarkLayout } from "./layout";
import { timeScale } from "./scales";
import { bucketLevel, computeAxis, type AxisModel } from "./ticks";
import { countStarting, eventsInWindow, type TimelineIndex } from "./timeline-index";
import { DAY_MS, type TimeInterval } from "../dataset/event-time";

/** Space either side of the plot inside the SVG, so edge marks and focus rings are not cut off. */
export const PLOT_MARGIN = 12;
export const AXIS_HEIGHT = 40;
/** The lane's name sits above its band, so it costs no width on a phone. */
export const LANE_HEADER_HEIGHT = 20;
export const ROW_HEIGHT = 24;
export const AGGREGATE_HEIGHT = 44;
const LANE_PADDING = 6;
/** Where the lane's name starts, after its swatch, and an estimated width of one character of it (12 px semibold, generous). */
export const LANE_NAME_X = 14;
const LANE_NAME_CHAR_WIDTH = 7.2;
/** Below this span a crowded lane keeps its marks: same-day events cannot be pulled apart by zooming. */
const SEPARABLE_SPAN_MS = 4 * DAY_MS;

/**
 * Above this many events in the window a lane shows counts per time bucket
 * instead of marks: about one mark per 8 px, between 30 and 150. More would
 * not be readable in a lane's rows, and would slow every frame of a zoom.
 */
export function markLimit(plotWidth: number): number {
  return Math.min(150, Math.max(30, Math.round(plotWidth / 8)));
}

interface LaneBase {
  name: string;
  /** The name as the header draws it: cut short with an ellipsis where it is wider than the chart. */
  label: string;
  /** Position of the lane in `tracks` order, for its colour. */
  order: number;
  y: number;
  height: number;
}

/** A lane drawn as individual marks stacked into rows. */
export interface MarksLane extends LaneBase {
  mode: "marks";
  marks: MarkLayout[];
  rows: number;
}

/** A lane drawn as counts per time bucket. */
export interface AggregateLane extends LaneBase {
  mode: "aggregate";
  bars: BucketBar[];
  /** The largest count among the bars, for their heights. */
  maxCount: number;
}

export type LaneModel = MarksLane | AggregateLane;

/** Everything the chart draws for one width and window, as plain numbers and strings. */
export interface ChartModel {
  plotWidth: number;
  axis: AxisModel;
  lanes: LaneModel[];
  height: number;
}

/** The row each drawn mark is in, by event id: what the next frame's layout keeps where it can. */
export function markRows(model: ChartModel): Map<string, number> {
  const rows = new Map<string, number>();
  for (const lane of model.lanes) if (lane.mode === "marks") for (const mark of lane.marks) rows.set(mark.event.id, mark.row);
  return rows;
}

export function computeChartModel(
  index: TimelineIndex,
  width: number,
  visible: TimeInterval,
  pinnedId: string | null,
  previousRows?: ReadonlyMap<string, number>,
): ChartModel {
  const plotWidth = Math.max(1, width - 2 * PLOT_MARGIN);
  const scale = timeScale(visible, plotWidth);
  const level = bucketLevel(visible, plotWidth);
  const limit = markLimit(plotWidth);
  let y = AXIS_HEIGHT;
  // A lane whose marks overflow its rows reads better as counts, while zooming in can still separate them.
  const canSeparate = visible.end - visible.start > SEPARABLE_SPAN_MS;
  const lanes = index.lanes.map((lane, order): LaneModel => {
    const base = { name: lane.name, label: truncateLabel(lane.name, Math.floor((plotWidth + PLOT_MARGIN - LANE_NAME_X) / LANE_NAME_CHAR_WIDTH)), order, y };
    const layout = countStarting(lane, visible.start, visible.end) > limit ? null : layoutLane(eventsInWindow(lane, visible), scale, plotWidth, pinnedId, previousRows);
    if (!layout || (layout.overflow > 0 && canSeparate)) {
      const bars = aggregateLane(lane, visible, plotWidth, level);
      const height = LANE_HEADER_HEIGHT + AGGREGATE_HEIGHT + LANE_PADDING;
      y += height;
      return { ...base, height, mode: "aggregate", bars, maxCount: Math.max(0, ...bars.map((bar) => bar.count)) };
    }
    const height = LANE_HEADER_HEIGHT + Math.max(1, Math.min(MAX_ROWS, layout.rows)) * ROW_HEIGHT + LANE_PADDING;
    y += height;
    return { ...base, height, mode: "marks", marks: layout.marks, rows: layout.rows };
  });
  return { plotWidth, axis: computeAxis(visible, plotWidth), lanes, height: y };
}
