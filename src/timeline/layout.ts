import type { ScaleTime } from "d3-scale";
import type { IndexedEvent } from "./timeline-index";

/** Half the width of a point mark. */
export const MARK_RADIUS = 6;
/** Estimated width of one character of a 12 px event label; generous so labels never touch. */
export const LABEL_CHAR_WIDTH = 6.2;
/** Longest label drawn, by plot width; the full title is in the mark's accessible name and tooltip. */
function maxLabelChars(plotWidth: number): number {
  if (plotWidth >= 800) return 56;
  if (plotWidth >= 600) return 42;
  return 32;
}
const MIN_LABEL_CHARS = 10;
const LABEL_PAD = 4;
const GAP = 3;
/** Rows a lane may stack into. Labels use all but the last, where marks that fit nowhere else may overlap. */
export const MAX_ROWS = 8;

/** Where an event's label is drawn: `start` anchors its left end, `end` its right. */
export interface MarkLabel {
  text: string;
  x: number;
  anchor: "start" | "end";
  /** Estimated drawn width, for hit areas and backgrounds. */
  width: number;
  /** Written on a span's bar rather than beside the mark. */
  onBar: boolean;
}

/** One event drawn in a lane: a point mark at `x`, a bar from `x0` to `x1`, or a bracket over its parts, in row `row`. */
export interface MarkLayout {
  event: IndexedEvent;
  kind: "point" | "span" | "bracket";
  /** Centre of the point mark (or of the span bar). */
  x: number;
  /** Bar extent for spans, the uncertainty band for approximate dates, the diamond for dated points. Clipped near the plot. */
  x0: number;
  x1: number;
  row: number;
  label: MarkLabel | null;
}

/** A lane's marks in start order (the keyboard order) and the rows they use. */
export interface LaneLayout {
  marks: MarkLayout[];
  rows: number;
  /** Marks that fitted in no row and overlap others in the last one. */
  overflow: number;
}

/** The text cut to `maxChars` characters, its last one an ellipsis, where it is longer. */
export function truncateLabel(title: string, maxChars: number): string {
  if (title.length <= maxChars) return title;
  return `${title.slice(0, maxChars - 1).trimEnd()}…`;
}

function textWidth(text: string): number {
  return text.length * LABEL_CHAR_WIDTH;
}

const NO_ROWS: ReadonlyMap<string, number> = new Map();

/** Occupied intervals of one row, sorted and disjoint, so a fit test is a binary search. */
class Row {
  private readonly spans: [number, number][] = [];

  fits(a: number, b: number): boolean {
    const i = this.firstEndingAfter(a - GAP);
    return i === this.spans.length || this.spans[i]![0] >= b + GAP;
  }

  take(a: number, b: number): void {
    this.spans.splice(this.firstEndingAfter(a), 0, [a, b]);
  }

  private firstEndingAfter(value: number): number {
    let low = 0;
    let high = this.spans.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.spans[mid]![1] <= value) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

interface Placement {
  label: MarkLabel | null;
  a: number;
  b: number;
}

/** Label positions to try, best first: inside a wide bar, right of the mark, left of it, then shortened. */
function labelPlacements(event: IndexedEvent, kind: MarkLayout["kind"], a: number, b: number, plotWidth: number): Placement[] {
  const text = truncateLabel(event.title, maxLabelChars(plotWidth));
  const width = textWidth(text);
  const placements: Placement[] = [];
  const visibleA = Math.max(a, 0);
  const visibleB = Math.min(b, plotWidth);
  if (kind !== "point" && visibleB - visibleA >= width + 2 * LABEL_PAD) {
    placements.push({ label: { text, x: visibleA + LABEL_PAD, anchor: "start", width, onBar: true }, a, b });
  }
  if (b + LABEL_PAD + width <= plotWidth) {
    placements.push({ label: { text, x: b + LABEL_PAD, anchor: "start", width, onBar: false }, a, b: b + LABEL_PAD + width });
  }
  if (a - LABEL_PAD - width >= 0) {
    placements.push({ label: { text, x: a - LABEL_PAD, anchor: "end", width, onBar: false }, a: a - LABEL_PAD - width, b });
  }
  if (placements.length === 0) {
    const right = plotWidth - b - LABEL_PAD;
    const left = a - LABEL_PAD;
    const chars = Math.floor(Math.max(right, left) / LABEL_CHAR_WIDTH);
    if (chars >= MIN_LABEL_CHARS) {
      const short = truncateLabel(event.title, chars);
      const shortWidth = textWidth(short);
      placements.push(
        right >= left
          ? { label: { text: short, x: b + LABEL_PAD, anchor: "start", width: shortWidth, onBar: false }, a, b: b + LABEL_PAD + shortWidth }
          : { label: { text: short, x: a - LABEL_PAD, anchor: "end", width: shortWidth, onBar: false }, a: a - LABEL_PAD - shortWidth, b },
      );
    }
  }
  return placements;
}

function markGeometry(event: IndexedEvent, scale: ScaleTime<number, number>, plotWidth: number) {
  const kind: MarkLayout["kind"] = event.bracket ? "bracket" : event.span ? "span" : "point";
  // Keep far-off ends near the plot so numbers stay small and labels can still be placed.
  const clip = (x: number) => Math.min(Math.max(x, -MARK_RADIUS * 2), plotWidth + MARK_RADIUS * 2);
  let x0 = clip(scale(event.start));
  let x1 = clip(scale(event.end));
  const x = (x0 + x1) / 2;
  // A dated point is its diamond however wide its day is drawn; only an uncertain date keeps its band.
  if (kind === "point" && !event.approximate) {
    x0 = x - MARK_RADIUS;
    x1 = x + MARK_RADIUS;
  }
  if (x1 - x0 < 2 * MARK_RADIUS && kind !== "point") {
    x0 = x - MARK_RADIUS;
    x1 = x + MARK_RADIUS;
  }
  const a = Math.min(x0, x - MARK_RADIUS);
  const b = Math.max(x1, x + MARK_RADIUS);
  return { kind, x, x0, x1, a, b };
}

/**
 * Stacks a lane's visible events into rows so no two marks and no two labels
 * overlap. Events are placed by priority (the `pinnedId`, e.g. the selected
 * event, first), each taking the first row where it fits with its label, else
 * without it; a label is hidden rather than drawn over another. Only in a lane
 * too crowded for its rows do unlabelled marks overlap, in the last row.
 * An event in `previousRows` (where the last frame drew it) stays in that row,
 * with its label or without, wherever it still fits, so marks do not jump
 * between rows while the reader zooms or pans; where keeping rows would leave
 * marks with no row at all, the lane is stacked afresh.
 */
export function layoutLane(
  events: readonly IndexedEvent[],
  scale: ScaleTime<number, number>,
  plotWidth: number,
  pinnedId: string | null = null,
  previousRows: ReadonlyMap<string, number> = NO_ROWS,
): LaneLayout {
  const rows: Row[] = Array.from({ length: MAX_ROWS }, () => new Row());
  const order = events
    .map((event, index) => ({ event, index }))
    .sort(
      (p, q) =>
        // A parent is placed before its parts, so its bracket takes a row above theirs.
        p.event.depth - q.event.depth ||
        Number(q.event.id === pinnedId) - Number(p.event.id === pinnedId) ||
        q.event.priority - p.event.priority ||
        p.event.start - q.event.start,
    );
  const marks: MarkLayout[] = new Array(events.length);
  let rowsUsed = events.length > 0 ? 1 : 0;
  let overflow = 0;
  const placedRows = new Map<string, number>();

  for (const { event, index } of order) {
    const geometry = markGeometry(event, scale, plotWidth);
    const bare: Placement = { label: null, a: geometry.a, b: geometry.b };
    const placements = [...labelPlacements(event, geometry.kind, geometry.a, geometry.b, plotWidth), bare];
    // The last row takes unlabelled marks only, so overflow drawn there never covers a label.
    const parentRow = event.parentId === null ? undefined : placedRows.get(event.parentId);
    const firstRow = parentRow === undefined ? 0 : parentRow + 1;
    const usable = (placement: Placement, row: number) =>
      row >= firstRow && row < (placement.label ? MAX_ROWS - 1 : MAX_ROWS) && rows[row]!.fits(placement.a, placement.b);
    let chosen: { placement: Placement; row: number } | null = null;
    const previous = previousRows.get(event.id);
    if (previous !== undefined) {
      const kept = placements.find((placement) => usable(placement, previous));
      if (kept) chosen = { placement: kept, row: previous };
    }
    for (const placement of chosen ? [] : placements) {
      const row = rows.findIndex((_, index) => usable(placement, index));
      if (row !== -1) {
        chosen = { placement, row };
        break;
      }
    }
    const row = chosen ? chosen.row : MAX_ROWS - 1;
    if (chosen) rows[row]!.take(chosen.placement.a, chosen.placement.b);
    else overflow += 1;
    placedRows.set(event.id, row);
    rowsUsed = Math.max(rowsUsed, row + 1);
    marks[index] = {
      event,
      kind: geometry.kind,
      x: geometry.x,
      x0: geometry.x0,
      x1: geometry.x1,
      row,
      label: chosen?.placement.label ?? null,
    };
  }
  // Kept rows must not cost a crowded lane its room: then the lane is stacked afresh.
  if (overflow > 0 && previousRows.size > 0) return layoutLane(events, scale, plotWidth, pinnedId);
  return { marks, rows: rowsUsed, overflow };
}

/**
 * A label for a mark whose own label was hidden (drawn over the others, on a
 * background, while the mark has focus): right of the mark, or left where the
 * right side has less room, shortened to fit.
 */
export function floatingLabel(mark: MarkLayout, plotWidth: number): MarkLabel {
  const a = Math.min(mark.x0, mark.x - MARK_RADIUS);
  const b = Math.max(mark.x1, mark.x + MARK_RADIUS);
  const right = plotWidth - b - LABEL_PAD;
  const left = a - LABEL_PAD;
  const room = Math.max(right, left, MIN_LABEL_CHARS * LABEL_CHAR_WIDTH);
  const text = truncateLabel(mark.event.title, Math.min(maxLabelChars(plotWidth), Math.floor(room / LABEL_CHAR_WIDTH)));
  const width = textWidth(text);
  return right >= left || right >= width
    ? { text, x: b + LABEL_PAD, anchor: "start", width, onBar: false }
    : { text, x: a - LABEL_PAD, anchor: "end", width, onBar: false };
}
