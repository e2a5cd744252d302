import { useCallback, useRef, useState, type JSX } from "react";
import type { TimelineEvent } from "../dataset/schema";
import { PLOT_MARGIN } from "./chart-model";
import { ChartLegend } from "./chart-legend";
import { ChartOverview, describeWindow } from "./chart-overview";
import { LaneAggregate } from "./lane-aggregate";
import { LaneHeader } from "./lane-header";
import { LaneMarks, rowCentre } from "./lane-marks";
import { floatingLabel } from "./layout";
import { TimeAxis } from "./time-axis";
import { useChartGestures } from "./use-chart-gestures";
import { useChartModel } from "./use-chart-model";
import { useElementWidth } from "./use-element-width";
import type { TimeInterval } from "../dataset/event-time";
import { MIN_SPAN_MS, windowFor, ZOOM_STEP_FACTOR, zoomAnchor, zoomWindow } from "./zoom";

export interface TimelineChartProps {
  /** Sorted by start. */
  events: readonly TimelineEvent[];
  /**
   * Which of `events` to draw: 1 at the position of each event the filter keeps;
   * all of them when absent. A filter change then does not index the events again.
   */
  filterMask?: Uint8Array;
  /** Lane order: track names; events with no track go to a lane named "Events". */
  tracks: readonly string[];
  /** The full dataset range; does not change with zoom. */
  domain: TimeInterval;
  /** The visible window (controlled). */
  visible: TimeInterval;
  onWindowChange(visible: TimeInterval): void;
  selectedId: string | null;
  /** Click, tap, Enter or Space on a mark. */
  onSelect(id: string): void;
  /** The mark that has keyboard focus, or null, e.g. so the page's + and − keys zoom about it. */
  onFocusChange?(id: string | null): void;
}

/**
 * The timeline: lanes by track, zoomable with the wheel, drag, pinch and
 * buttons, with an overview strip to move the window (the page owns the + and − keys). Lanes too dense to
 * draw event by event show counts per period instead.
 */
export function TimelineChart(props: TimelineChartProps): JSX.Element {
  const { events, filterMask, tracks, domain, visible, onWindowChange, selectedId, onSelect, onFocusChange } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<SVGSVGElement>(null);
  const width = useElementWidth(containerRef);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const focusChange = (id: string | null) => {
    setFocusedId(id);
    onFocusChange?.(id);
  };
  const { model, overview } = useChartModel(events, filterMask, tracks, width, visible.start, visible.end, domain.start, domain.end, selectedId);

  useChartGestures(plotRef, { visible, domain, plotLeft: PLOT_MARGIN, plotWidth: model.plotWidth, onWindowChange });

  // Like the page's + and − keys, the buttons zoom about the selected event while it is in view, so it stays there.
  const selectedStart = selectedId === null ? null : (findMark(model.lanes, selectedId)?.mark.event.start ?? null);
  const zoomBy = (factor: number) => onWindowChange(zoomWindow(visible, factor, zoomAnchor(visible, [selectedStart]), domain));
  const openBucket = useCallback((bucket: TimeInterval) => onWindowChange(windowFor(bucket, domain)), [domain, onWindowChange]);

  const showsAll = visible.start <= domain.start && visible.end >= domain.end;
  const atMinimum = visible.end - visible.start <= Math.min(MIN_SPAN_MS, domain.end - domain.start);
  const focused = focusedId === null ? null : hiddenLabelMark(model.lanes, focusedId);
  const button =
    "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:opacity-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700 dark:focus-visible:outline-yellow-300";

  return (
    <section aria-label="Timeline" className="min-w-0 rounded-lg border border-slate-200 bg-white text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100" >
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 px-3 py-2 dark:border-slate-700">
        <div role="group" aria-label="Zoom" className="flex gap-2">
          <button type="button" className={button} onClick={() => zoomBy(1 / ZOOM_STEP_FACTOR)} disabled={atMinimum} aria-keyshortcuts="+">
            Zoom in
          </button>
          <button type="button" className={button} onClick={() => zoomBy(ZOOM_STEP_FACTOR)} disabled={showsAll} aria-keyshortcuts="-">
            Zoom out
          </button>
          <button type="button" className={button} onClick={() => onWindowChange(domain)} disabled={showsAll}>
            Show all
          </button>
        </div>
        <p className="text-sm tabular-nums text-slate-700 dark:text-slate-300">{describeWindow(visible)}</p>
      </div>
      <div ref={containerRef} className="w-full overflow-hidden">
        {/* touch-action pan-y: on a phone the chart is taller than the screen, so a vertical
            swipe still scrolls the page; horizontal drags and pinches come to the chart. */}
        <svg
          ref={plotRef}
          role="group"
          aria-label={`Events from ${describeWindow(visible)}. Scroll or pinch to zoom, drag to pan, + and − keys zoom.`}
          aria-roledescription="timeline chart"
          width={width}
          height={model.height}
          className="block touch-pan-y select-none"
        >
          <g transform={`translate(${PLOT_MARGIN},0)`}>
            <TimeAxis axis={model.axis} height={model.height} />
            {model.lanes.map((lane) => (
              <LaneHeader key={`header-${lane.name}`} lane={lane} plotLeft={PLOT_MARGIN} />
            ))}
            {model.lanes.map((lane) =>
              lane.mode === "marks" ? (
                <LaneMarks key={lane.name} lane={lane} selectedId={selectedId} onSelect={onSelect} onFocusChange={focusChange} />
              ) : (
                <LaneAggregate key={lane.name} lane={lane} onOpenBucket={openBucket} />
              ),
            )}
            {focused && <FocusedLabel {...focused} plotWidth={model.plotWidth} />}
          </g>
        </svg>
      </div>
      <div className="border-t border-slate-200 px-0 py-1 dark:border-slate-700">
        <ChartOverview bars={overview} domain={domain} visible={visible} width={width} onWindowChange={onWindowChange} />
      </div>
      <div className="border-t border-slate-200 px-3 py-2 dark:border-slate-700">
        <ChartLegend />
      </div>
    </section>
  );
}

type Lanes = ReturnType<typeof useChartModel>["model"]["lanes"];

function findMark(lanes: Lanes, id: string) {
  for (const lane of lanes) {
    if (lane.mode !== "marks") continue;
    const mark = lane.marks.find((candidate) => candidate.event.id === id);
    if (mark) return { lane, mark };
  }
  return null;
}

/** The mark with this id and where to draw its label, if layout had to hide the label. */
function hiddenLabelMark(lanes: Lanes, id: string) {
  const found = findMark(lanes, id);
  return found && !found.mark.label ? { mark: found.mark, y: rowCentre(found.lane, found.mark.row) } : null;
}

/** The focused mark's label when layout had to hide it, drawn over the others on a background. */
function FocusedLabel({ mark, y, plotWidth }: NonNullable<ReturnType<typeof hiddenLabelMark>> & { plotWidth: number }) {
  const label = floatingLabel(mark, plotWidth);
  const left = label.anchor === "start" ? label.x : label.x - label.width;
  return (
    <g aria-hidden="true" className="pointer-events-none">
      <rect x={left - 3} y={y - 10} width={label.width + 6} height={20} rx={3} className="fill-white stroke-slate-400 dark:fill-slate-800 dark:stroke-slate-500" />
      <text x={label.x} y={y} dominantBaseline="central" textAnchor={label.anchor} className="fill-slate-900 text-[12px] dark:fill-slate-50">
        {label.text}
      </text>
    </g>
  );
}
