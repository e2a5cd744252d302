import { memo } from "react";
import { onActivationKey } from "../ui/activation-key";
import { formatEventDate } from "../dataset/format-date";
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
/** The bracket's line sits low in its row, its turned-down ends reach toward the parts in the row below. */
const BRACKET_LINE = 6;
const BRACKET_TIP = 12;
const HALO = "stroke-white dark:stroke-slate-900";
const DIAMOND = `M0 ${-MARK_RADIUS}L${MARK_RADIUS} 0L0 ${MARK_RADIUS}L${-MARK_RADIUS} 0Z`;

/** Offset from the mark's centre, rounded so float noise does not defeat the memo while panning. */
function relative(value: number, origin: number): number {
  return Math.round((value - origin) * 10) / 10;
}

/**
 * One event: a diamond (a dated event), a bar (a span) or a dashed band with a
 * dot (known only to the month), with its label, as a button. The outer group
 * is moved by a transform and its drawing is relative to the mark's centre, so
 * while panning a point mark only the transform changes and the drawing is not
 * re-rendered at all.
 */
export function EventMark({ mark, y, color, selected, onSelect, onFocusChange }: EventMarkProps) {
  const { event, kind, x, label } = mark;
  const dateText = formatEventDate(event.source);
  const onKeyDown = onActivationKey(() => onSelect(event.id));
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={`${event.title}, ${dateText}`}
      aria-pressed={selected}
      data-row={mark.row}
      data-kind={kind}
      transform={`translate(${x} ${y})`}
      className="group cursor-pointer outline-none"
      onClick={() => onSelect(event.id)}
      onKeyDown={onKeyDown}
      onFocus={() => onFocusChange(event.id)}
      onBlur={() => onFocusChange(null)}
    >
      <MarkDrawing
        kind={kind}
        approximate={event.approximate}
        selected={selected}
        color={color}
        x0={relative(mark.x0, x)}
        x1={relative(mark.x1, x)}
        labelText={label?.text ?? null}
        labelX={label ? relative(label.x, x) : 0}
        labelAnchor={label?.anchor ?? "start"}
        labelWidth={label?.width ?? 0}
        labelOnBar={label?.onBar ?? false}
        tooltip={label?.text === event.title ? null : `${event.title} — ${dateText}`}
      />
    </g>
  );
}

interface MarkDrawingProps {
  kind: MarkLayout["kind"];
  approximate: boolean;
  selected: boolean;
  color: (typeof TRACK_COLORS)[number];
  /** Extent of the bar or band, relative to the mark's centre. */
  x0: number;
  x1: number;
  labelText: string | null;
  labelX: number;
  labelAnchor: "start" | "end";
  labelWidth: number;
  labelOnBar: boolean;
  /** The full title and date where the label is shortened or hidden. */
  tooltip: string | null;
}

/** Plain values only, so memo skips it whenever the mark merely moved. */
const MarkDrawing = memo(function MarkDrawing(props: MarkDrawingProps) {
  const { kind, approximate, selected, color, x0, x1, labelText, labelX, labelAnchor, labelWidth, labelOnBar, tooltip } = props;
  const labelLeft = labelText === null ? Infinity : labelAnchor === "start" ? labelX : labelX - labelWidth;
  const labelRight = labelText === null ? -Infinity : labelAnchor === "start" ? labelX + labelWidth : labelX;
  const hitA = Math.min(x0, -MARK_RADIUS, labelLeft) - 3;
  const hitB = Math.max(x1, MARK_RADIUS, labelRight) + 3;
  const emphasis = selected ? "stroke-slate-950 dark:stroke-white" : HALO;
  const shapeStroke = selected ? 2.5 : 1;
  return (
    <>
      {tooltip !== null && <title>{tooltip}</title>}
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
      {approximate && (
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
      {kind === "bracket" ? (
        <>
          {/* A thin bracket over the parts below it: a line with its ends turned down. */}
          <path
            d={`M${x0} ${BRACKET_TIP}V${BRACKET_LINE}H${x1}V${BRACKET_TIP}`}
            fill="none"
            strokeWidth={selected ? 3.5 : 2}
            strokeLinejoin="round"
            className={color.stroke}
          />
          {selected && <path d={`M${x0} ${BRACKET_LINE}H${x1}`} fill="none" strokeWidth={1} className="stroke-slate-950 dark:stroke-white" />}
        </>
      ) : approximate ? (
        <circle r={4.5} strokeWidth={shapeStroke} className={`${color.fill} ${emphasis}`} />
      ) : kind === "span" ? (
        <rect x={x0} y={-BAR_HEIGHT / 2} width={x1 - x0} height={BAR_HEIGHT} rx={3} strokeWidth={shapeStroke} className={`${color.fill} ${emphasis}`} />
      ) : (
        <path d={DIAMOND} strokeWidth={shapeStroke} className={`${color.fill} ${emphasis}`} />
      )}
      {labelText !== null && labelOnBar && kind === "bracket" && (
        <text
          x={labelX}
          y={-3}
          dominantBaseline="central"
          paintOrder="stroke"
          strokeWidth={3}
          strokeLinejoin="round"
          className={`text-[12px] ${HALO} ${selected ? "fill-slate-950 font-bold dark:fill-white" : "fill-slate-800 dark:fill-slate-100"} group-hover:underline`}
        >
          {labelText}
        </text>
      )}
      {labelText !== null && labelOnBar && kind !== "bracket" && (
        <text
          x={labelX}
          dominantBaseline="central"
          className={`text-[12px] ${approximate ? "fill-slate-900 dark:fill-slate-50" : "fill-white dark:fill-slate-950"} ${selected ? "font-bold" : ""} group-hover:underline`}
        >
          {labelText}
        </text>
      )}
      {labelText !== null && !labelOnBar && (
        <text
          x={labelX}
          dominantBaseline="central"
          textAnchor={labelAnchor}
          paintOrder="stroke"
          strokeWidth={3}
          strokeLinejoin="round"
          className={`text-[12px] ${HALO} ${selected ? "fill-slate-950 font-bold dark:fill-white" : "fill-slate-800 dark:fill-slate-100"} group-hover:underline`}
        >
          {labelText}
        </text>
      )}
    </>
  );
});
