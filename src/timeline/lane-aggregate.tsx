import { onActivationKey } from "../ui/activation-key";
import { countText } from "./aggregate";
import { barsPath } from "./bars-path";
import { AGGREGATE_HEIGHT, LANE_HEADER_HEIGHT, type AggregateLane } from "./chart-model";
import { trackColor } from "./track-colors";

export interface LaneAggregateProps {
  lane: AggregateLane;
  /** Zooms to the bucket. */
  onOpenBucket(bucket: { start: number; end: number }): void;
}

const COUNT_ROW = 14;
const BAR_SPACE = AGGREGATE_HEIGHT - COUNT_ROW - 2;
const numberFormat = new Intl.NumberFormat("en-US");

/**
 * A lane with too many events to draw one by one: a bar per time bucket, each a button that
 * zooms into it. The lane is placed by one transform, so a lane above that grows moves it
 * without touching its bars; the buttons' hit areas and focus rings do not depend on the
 * counts, so a new filter changes only the path, the count texts and the names.
 */
export function LaneAggregate({ lane, onOpenBucket }: LaneAggregateProps) {
  const color = trackColor(lane.order);
  const top = LANE_HEADER_HEIGHT;
  const total = lane.bars.reduce((sum, bar) => sum + bar.count, 0);
  const columns = lane.bars.map((bar) => ({
    x: bar.x + 0.5,
    width: Math.max(1, bar.width - 1),
    height: Math.max(2, (BAR_SPACE * bar.count) / Math.max(1, lane.maxCount)),
  }));
  return (
    <g role="group" aria-label={`${lane.name}: ${numberFormat.format(total)} events, shown as counts; zoom in to see them`} transform={`translate(0 ${lane.y})`}>
      <path d={barsPath(columns, top + AGGREGATE_HEIGHT)} fillOpacity={0.75} className={color.fill} />
      {lane.bars.map((bar) => {
        const text = countText(bar.count, bar.width);
        const open = () => onOpenBucket(bar);
        const onKeyDown = onActivationKey(open);
        const name = `${numberFormat.format(bar.count)} ${bar.count === 1 ? "event" : "events"} in ${lane.name}, ${bar.period}`;
        return (
          <g key={bar.start} role="button" tabIndex={0} aria-label={name} className="group cursor-zoom-in outline-none" onClick={open} onKeyDown={onKeyDown}>
            <title>{`${name} — activate to zoom in`}</title>
            <rect x={bar.x} y={top} width={bar.width} height={AGGREGATE_HEIGHT} className="fill-transparent" />
            {text && (
              <text x={bar.x + bar.width / 2} y={top + COUNT_ROW - 3} textAnchor="middle" className="fill-slate-700 text-[11px] tabular-nums dark:fill-slate-200">
                {text}
              </text>
            )}
            <rect
              x={bar.x - 1}
              y={top - 1}
              width={bar.width + 2}
              height={AGGREGATE_HEIGHT + 2}
              rx={3}
              strokeWidth={2}
              className="fill-none stroke-transparent group-focus:stroke-blue-700 dark:group-focus:stroke-yellow-300"
            />
          </g>
        );
      })}
    </g>
  );
}
