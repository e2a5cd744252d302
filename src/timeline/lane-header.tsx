import { LANE_NAME_X, type LaneModel } from "./chart-model";
import { trackColor } from "./track-colors";

/** The lane's name above its band, with a swatch in the lane's colour. */
export function LaneHeader({ lane, plotLeft }: { lane: LaneModel; plotLeft: number }) {
  const color = trackColor(lane.order);
  return (
    <g aria-hidden="true">
      <line x1={-plotLeft} x2="100%" y1={lane.y + 0.5} y2={lane.y + 0.5} className="stroke-slate-200 dark:stroke-slate-700" />
      <rect x={0} y={lane.y + 6} width={9} height={9} rx={2} className={color.fill} />
      <text x={LANE_NAME_X} y={lane.y + 14.5} paintOrder="stroke" strokeWidth={3} className="fill-slate-900 stroke-white text-[12px] font-semibold dark:fill-slate-50 dark:stroke-slate-900">
        {lane.label}
      </text>
    </g>
  );
}
