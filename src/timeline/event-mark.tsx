import { memo, type KeyboardEvent } from "react";
import { formatEventDate } from "./format-date";
import { MARK_RADIUS, type MarkLayout } from "./layout";
import type { TRACK_COLORS } from "./track-colors";

export interface EventMarkProps {
  mark: MarkLayout;
  /** Vertical centre of the mark's row. */
  y: number;
  color: (typeof TRACK_COLORS)[number];
  selected: boolean;
  onSelect(id: string): void;
  onFocusChange(id: string | null): void;
}

const BAR_HEIGHT = 16;
const BAND_HEIGHT = 14;
const HALO = "stroke-white dark:stroke-slate-900";
const DIAMOND = `M0 ${-MARK_RADIUS}L${MARK_RADIUS} 0L0 ${MARK_RADIUS}L${-MARK_RADIUS} 0Z`;

/**
 * One event: a diamond (a dated event), a bar (a span) or a dashed band with a
 * dot (known only to the month), with its label. Kept to few elements, as a
 * zoomed-in dense dataset draws hundreds of these on every frame.
 */
export const EventMark = memo(function EventMark({ mark, y, color, selected, onSelect, onFocusChange }: EventMarkProps) {
  const { event, kind, x, label } = mark;
  // Children are drawn relative to the mark's centre, so that while zooming a point
  // mark only its transform changes, which keeps style and layout work per frame small.
  const x0 = mark.x0 - x;
  const x1 = mark.x1 - x;
  const dateText = formatEventDate(event.source);
  const onKeyDown = (keyEvent: KeyboardEvent) => {
    if (keyEvent.key === "Enter" || keyEvent.key === " ") {
      keyEvent.preventDefault();
      onSelect(event.id);
    }
  };
  const labelX = label ? label.x - x : 0;
  const labelLeft = label ? (label.anchor === "start" ? labelX : labelX - label.width) : Infinity;
  const labelRight = label ? (label.anchor === "start" ? labelX + label.width : labelX) : -Infinity;
  const hitA = Math.min(x0, -MARK_RADIUS, labelLeft) - 3;
  const hitB = Math.max(x1, MARK_RADIUS, labelRight) + 3;
  const emphasis = selected ? "stroke-slate-950 dark:stroke-white" : HALO;
  const shapeStroke = selected ? 2.5 : 1;

  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={`${event.title}, ${dateText}`}
      aria-pressed={selected}
      transform={`translate(${x} ${y})`}
      className="group cursor-pointer outline-none"
      onClick={() => onSelect(event.id)}
      onKeyDown={onKeyDown}
      onFocus={() => onFocusChange(event.id)}
      onBlur={() => onFocusChange(null)}
    >
      {label?.text !== event.title && <title>{`${event.title} — ${dateText}`}</title>}
      {/* The hit area, which is also the focus ring. */}
      <rect
        x={hitA}
        y={-12}
        width={hitB - hitA}
        height={24}
        rx={5}
        strokeWidth={2}
        className="fill-transparent stroke-transparent group-focus:stroke-blue-700 dark:group-focus:stroke-yellow-300"
      />
      {event.approximate && (
        <rect
          x={x0}
          y={-BAND_HEIGHT / 2}
          width={Math.max(1, x1 - x0)}
          height={BAND_HEIGHT}
          rx={2}
          fillOpacity={0.18}
          strokeDasharray="3 2"
          className={`${color.fill} ${color.stroke}`}
        />
      )}
      {event.approximate ? (
        <circle r={4.5} strokeWidth={shapeStroke} className={`${color.fill} ${emphasis}`} />
      ) : kind === "span" ? (
        <rect x={x0} y={-BAR_HEIGHT / 2} width={x1 - x0} height={BAR_HEIGHT} rx={3} strokeWidth={shapeStroke} className={`${color.fill} ${emphasis}`} />
      ) : (
        <path d={DIAMOND} strokeWidth={shapeStroke} className={`${color.fill} ${emphasis}`} />
      )}
      {label?.onBar && (
        <text
          x={labelX}
          dominantBaseline="central"
          className={`text-[12px] ${event.approximate ? "fill-slate-900 dark:fill-slate-50" : "fill-white dark:fill-slate-950"} ${selected ? "font-bold" : ""} group-hover:underline`}
        >
          {label.text}
        </text>
      )}
      {label && !label.onBar && (
        <text
          x={labelX}
          dominantBaseline="central"
          textAnchor={label.anchor}
          paintOrder="stroke"
          strokeWidth={3}
          strokeLinejoin="round"
          className={`text-[12px] ${HALO} ${selected ? "fill-slate-950 font-bold dark:fill-white" : "fill-slate-800 dark:fill-slate-100"} group-hover:underline`}
        >
          {label.text}
        </text>
      )}
    </g>
  );
});
