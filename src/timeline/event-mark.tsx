import type { KeyboardEvent } from "react";
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

/** One event: a diamond (dated), a bar (span) or a dashed band with a dot (known to the month), with its label. */
export function EventMark({ mark, y, color, selected, onSelect, onFocusChange }: EventMarkProps) {
  const { event, kind, x, x0, x1, label } = mark;
  const onKeyDown = (keyEvent: KeyboardEvent) => {
    if (keyEvent.key === "Enter" || keyEvent.key === " ") {
      keyEvent.preventDefault();
      onSelect(event.id);
    }
  };
  const hitA = Math.min(x0, x - MARK_RADIUS, label ? (label.anchor === "start" ? label.x : label.x - label.width) : Infinity) - 2;
  const hitB = Math.max(x1, x + MARK_RADIUS, label ? (label.anchor === "start" ? label.x + label.width : label.x) : -Infinity) + 2;
  const emphasis = selected ? "stroke-slate-950 dark:stroke-white" : HALO;

  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={`${event.title}, ${event.dateText}`}
      aria-pressed={selected}
      className="group cursor-pointer outline-none"
      onClick={() => onSelect(event.id)}
      onKeyDown={onKeyDown}
      onFocus={() => onFocusChange(event.id)}
      onBlur={() => onFocusChange(null)}
    >
      <title>{`${event.title} — ${event.dateText}`}</title>
      <rect x={hitA} y={y - 11} width={hitB - hitA} height={22} rx={4} className="fill-transparent" />
      <rect
        x={hitA - 1}
        y={y - 12}
        width={hitB - hitA + 2}
        height={24}
        rx={5}
        strokeWidth={2}
        className="fill-none stroke-transparent group-focus:stroke-blue-700 dark:group-focus:stroke-yellow-300"
      />
      {event.approximate && (
        <rect
          x={x0}
          y={y - BAND_HEIGHT / 2}
          width={Math.max(1, x1 - x0)}
          height={BAND_HEIGHT}
          rx={2}
          fillOpacity={0.18}
          strokeDasharray="3 2"
          className={`${color.fill} ${color.stroke}`}
        />
      )}
      {kind === "span" && !event.approximate && (
        <rect
          x={x0}
          y={y - BAR_HEIGHT / 2}
          width={x1 - x0}
          height={BAR_HEIGHT}
          rx={3}
          strokeWidth={selected ? 2.5 : 1}
          className={`${color.fill} ${emphasis}`}
        />
      )}
      {kind === "point" && !event.approximate && (
        <path
          d={`M${x} ${y - MARK_RADIUS}L${x + MARK_RADIUS} ${y}L${x} ${y + MARK_RADIUS}L${x - MARK_RADIUS} ${y}Z`}
          strokeWidth={selected ? 2.5 : 1}
          className={`${color.fill} ${emphasis}`}
        />
      )}
      {event.approximate && (
        <circle cx={x} cy={y} r={4.5} strokeWidth={selected ? 2.5 : 1} className={`${color.fill} ${emphasis}`} />
      )}
      {label?.onBar && (
        <text
          x={label.x}
          y={y}
          dominantBaseline="central"
          className={`text-[12px] ${event.approximate ? "fill-slate-900 dark:fill-slate-50" : "fill-white dark:fill-slate-950"} ${selected ? "font-bold" : ""} group-hover:underline`}
        >
          {label.text}
        </text>
      )}
      {label && !label.onBar && (
        <text
          x={label.x}
          y={y}
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
}
