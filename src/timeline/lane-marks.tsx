import { LANE_HEADER_HEIGHT, ROW_HEIGHT, type MarksLane } from "./chart-model";
import { EventMark } from "./event-mark";
import { trackColor } from "./track-colors";

export interface LaneMarksProps {
  lane: MarksLane;
  selectedId: string | null;
  onSelect(id: string): void;
  onFocusChange(id: string | null): void;
}

/** Row centre of a mark below its lane's top. */
function rowOffset(row: number): number {
  return LANE_HEADER_HEIGHT + row * ROW_HEIGHT + ROW_HEIGHT / 2;
}

/** Row centre of a mark in a lane. */
export function rowCentre(lane: MarksLane, row: number): number {
  return lane.y + rowOffset(row);
}

/**
 * A lane's events, each its own button, in start order so Tab moves forward in time. The
 * lane is placed by one transform, so a lane above that grows or shrinks moves it without
 * touching its marks.
 */
export function LaneMarks({ lane, selectedId, onSelect, onFocusChange }: LaneMarksProps) {
  const color = trackColor(lane.order);
  return (
    <g role="group" aria-label={`${lane.name}: ${lane.marks.length} ${lane.marks.length === 1 ? "event" : "events"} in view`} transform={`translate(0 ${lane.y})`}>
      {lane.marks.map((mark) => (
        <EventMark
          key={mark.event.id}
          mark={mark}
          y={rowOffset(mark.row)}
          color={color}
          selected={mark.event.id === selectedId}
          onSelect={onSelect}
          onFocusChange={onFocusChange}
        />
      ))}
    </g>
  );
}
