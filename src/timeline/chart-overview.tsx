import { useRef, type KeyboardEvent, type PointerEvent } from "react";
import type { BucketBar } from "./aggregate";
import { barsPath } from "./bars-path";
import { PLOT_MARGIN } from "./chart-model";
import { formatDay } from "./format-date";
import { timeScale } from "./scales";
import { computeAxis } from "./ticks";
import type { TimeInterval } from "../dataset/event-time";
import { panWindow } from "./zoom";

export interface ChartOverviewProps {
  bars: readonly BucketBar[];
  domain: TimeInterval;
  visible: TimeInterval;
  width: number;
  onWindowChange(visible: TimeInterval): void;
}

const HEIGHT = 44;
const BAR_TOP = 16;
const MIN_WINDOW_PX = 8;

/** "1 September 2015 to 31 December 2017" for a half-open window. */
export function describeWindow(visible: TimeInterval): string {
  return `${formatDay(visible.start)} to ${formatDay(Math.max(visible.start, visible.end - 1))}`;
}

/**
 * The whole domain with the visible window marked: drag the window (or press
 * anywhere) to move it; as a slider, arrow keys pan by a tenth, Page Up/Down by
 * a whole window, Home/End go to the ends.
 */
export function ChartOverview({ bars, domain, visible, width, onWindowChange }: ChartOverviewProps) {
  const plotWidth = Math.max(1, width - 2 * PLOT_MARGIN);
  const scale = timeScale(domain, plotWidth);
  const axis = computeAxis(domain, plotWidth);
  const labels = axis.context.length > 0 ? axis.context : axis.ticks;
  const maxCount = Math.max(1, ...bars.map((bar) => bar.count));
  const span = visible.end - visible.start;
  const x0 = scale(visible.start);
  const x1 = Math.max(scale(visible.end), x0 + MIN_WINDOW_PX);
  const drag = useRef<{ pointerX: number; visible: TimeInterval } | null>(null);

  const msAt = (clientX: number, target: Element) =>
    domain.start + ((clientX - target.getBoundingClientRect().left - PLOT_MARGIN) / plotWidth) * (domain.end - domain.start);

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.pointerType === "mouse" && event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const time = msAt(event.clientX, event.currentTarget);
    // Pressing outside the window jumps it there; pressing on it grabs it where it was pressed.
    const start = time >= visible.start && time < visible.end ? visible : panWindow(visible, time - (visible.start + span / 2), domain);
    if (start !== visible) onWindowChange(start);
    drag.current = { pointerX: event.clientX, visible: start };
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (!drag.current) return;
    const msPerPx = (domain.end - domain.start) / plotWidth;
    onWindowChange(panWindow(drag.current.visible, (event.clientX - drag.current.pointerX) * msPerPx, domain));
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, () => TimeInterval> = {
      ArrowLeft: () => panWindow(visible, -span / 10, domain),
      ArrowDown: () => panWindow(visible, -span / 10, domain),
      ArrowRight: () => panWindow(visible, span / 10, domain),
      ArrowUp: () => panWindow(visible, span / 10, domain),
      PageDown: () => panWindow(visible, -span, domain),
      PageUp: () => panWindow(visible, span, domain),
      Home: () => panWindow(visible, domain.start - visible.start, domain),
      End: () => panWindow(visible, domain.end - visible.end, domain),
    };
    const move = moves[event.key];
    if (!move) return;
    // preventDefault also tells the page that the key is taken, so ← and → do not step through events too.
    event.preventDefault();
    onWindowChange(move());
  };

  return (
    <svg
      role="slider"
      tabIndex={0}
      aria-label="Visible period"
      aria-orientation="horizontal"
      aria-valuemin={domain.start}
      aria-valuemax={domain.end - span}
      aria-valuenow={visible.start}
      aria-valuetext={describeWindow(visible)}
      width={width}
      height={HEIGHT}
      className="block cursor-grab touch-none rounded outline-none focus-visible:ring-2 focus-visible:ring-blue-700 dark:focus-visible:ring-yellow-300"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    >
      <g transform={`translate(${PLOT_MARGIN},0)`}>
        <rect x={0} y={BAR_TOP} width={plotWidth} height={HEIGHT - BAR_TOP - 2} className="fill-slate-100 dark:fill-slate-800" />
        {/* One path for all the bars: a filter changes every count, and one element restyles far faster than one per bar. */}
        <path
          d={barsPath(bars.map((bar) => ({ x: bar.x, width: Math.max(1, bar.width - 1), height: Math.max(1, ((HEIGHT - BAR_TOP - 4) * bar.count) / maxCount) })), HEIGHT - 2)}
          className="fill-slate-400 dark:fill-slate-500"
        />
        {labels.map((tick) =>
          tick.label === null ? null : (
            <text key={tick.time} x={tick.x + 3} y={11} aria-hidden="true" className="fill-slate-600 text-[10px] dark:fill-slate-300">
              {tick.label}
            </text>
          ),
        )}
        <rect
          x={x0}
          y={BAR_TOP - 2}
          width={x1 - x0}
          height={HEIGHT - BAR_TOP}
          rx={2}
          strokeWidth={2}
          className="fill-blue-600/20 stroke-blue-700 dark:fill-yellow-300/20 dark:stroke-yellow-300"
        />
      </g>
    </svg>
  );
}
