import { AXIS_HEIGHT } from "./chart-model";
import { AXIS_LABEL_INSET, type AxisModel } from "./ticks";

export interface TimeAxisProps {
  axis: AxisModel;
  /** Height of the lanes below, for the grid lines. */
  height: number;
}

const CONTEXT_Y = 14;
const TICK_LABEL_Y = 31;

/** Two rows of labels (the period, then its steps) and grid lines through the lanes. */
export function TimeAxis({ axis, height }: TimeAxisProps) {
  return (
    <g aria-hidden="true" data-part="axis" className="text-slate-600 dark:text-slate-300">
      {axis.ticks.map((tick) => (
        <g key={tick.time}>
          <line x1={tick.x} x2={tick.x} y1={AXIS_HEIGHT - 20} y2={height} className="stroke-slate-200 dark:stroke-slate-700" />
          {tick.label !== null && (
            <text x={tick.x + AXIS_LABEL_INSET} y={TICK_LABEL_Y} className="fill-current text-[11px]">
              {tick.label}
            </text>
          )}
        </g>
      ))}
      {axis.context.map((tick) => (
        <g key={`context-${tick.time}`}>
          {tick.x > 0 && (
            <line x1={tick.x} x2={tick.x} y1={2} y2={height} className="stroke-slate-400 dark:stroke-slate-500" />
          )}
          {tick.label !== null && (
            <text x={tick.x + AXIS_LABEL_INSET} y={CONTEXT_Y} className="fill-slate-800 text-[12px] font-semibold dark:fill-slate-100">
              {tick.label}
            </text>
          )}
        </g>
      ))}
      <line x1={0} x2="100%" y1={AXIS_HEIGHT - 0.5} y2={AXIS_HEIGHT - 0.5} className="stroke-slate-300 dark:stroke-slate-600" />
    </g>
  );
}
