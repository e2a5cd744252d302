import type { TimelineEvent } from "../dataset/schema";
import { eventPrecision } from "../dataset/dataset-rules";
import { intervalAtPrecision, isSpanEvent } from "../dataset/event-time";
import type { TimeInterval } from "../dataset/event-time";
import { DEFAULT_TRACK, type EventExtents } from "../dataset/dataset-index";

/** What the chart needs of an event, computed once per event set. */
export interface IndexedEvent {
  id: string;
  /** Where the event is in the array the index was built from, for filtering by mask. */
  position: number;
  title: string;
  /** The event as given, for wording its date only when it is drawn. */
  source: TimelineEvent;
  start: number;
  end: number;
  span: boolean;
  approximate: boolean;
  /** Higher keeps its label when labels would collide. */
  priority: number;
  /** The event's parent when it is in the same lane (the chart draws the parent as a bracket over it), else null. */
  parentId: string | null;
  /** How many of its ancestors share its lane: parents are stacked before, and above, their parts. */
  depth: number;
  /** Has parts in its lane: drawn as a thin bracket over them rather than a bar. */
  bracket: boolean;
}

/**
 * One lane's events sorted by start, with arrays that make culling a binary search.
 * Read it through `countStarting` and `eventsInWindow`, which see only the events the
 * filter (if any) keeps.
 */
export interface LaneIndex {
  name: string;
  /** Every event of the lane, whether the filter keeps it or not. */
  events: readonly IndexedEvent[];
  /** Every event's position, start and end, in `events` order, so a filter reads no event objects. */
  columns: { positions: Uint32Array; starts: Float64Array; ends: Float64Array };
  /** The indices in `events` of the events kept, in start order; null when every event is. */
  kept: Uint32Array | null;
  /** The kept events' starts, in order. */
  starts: Float64Array;
  /** `maxEnds[i]` is the latest end among kept events 0..i; non-decreasing, so it can be searched too. */
  maxEnds: Float64Array;
}

export interface TimelineIndex {
  lanes: readonly LaneIndex[];
}

/** Spans and well-sourced events keep their labels first. */
function labelPriority(event: TimelineEvent, span: boolean): number {
  return event.sources.length + (span ? 2 : 0);
}

type Nesting = Pick<IndexedEvent, "parentId" | "depth" | "bracket">;

/** For each event id, its same-lane parent, how deep it is nested in its lane, and whether it has parts there. */
function laneNesting(events: readonly TimelineEvent[]): Map<string, Nesting> {
  const byId = new Map(events.map((event) => [event.id, event]));
  const trackOf = (event: TimelineEvent) => event.track ?? DEFAULT_TRACK;
  const sameLaneParent = (event: TimelineEvent) => {
    const parent = event.parent === undefined ? undefined : byId.get(event.parent);
    return parent && trackOf(parent) === trackOf(event) ? parent : undefined;
  };
  const nesting = new Map<string, Nesting>();
  const brackets = new Set<string>();
  for (const event of events) {
    const parent = sameLaneParent(event);
    if (parent) brackets.add(parent.id);
  }
  for (const event of events) {
    let depth = 0;
    // The schema rules out cycles; the bound keeps a hand-made index from looping.
    for (let ancestor = sameLaneParent(event); ancestor && depth < events.length; ancestor = sameLaneParent(ancestor)) depth += 1;
    nesting.set(event.id, { parentId: sameLaneParent(event)?.id ?? null, depth, bracket: brackets.has(event.id) });
  }
  return nesting;
}

const NOT_NESTED: Nesting = { parentId: null, depth: 0, bracket: false };

function indexEvent(event: TimelineEvent, position: number, nesting: Nesting, extents: EventExtents | undefined): IndexedEvent {
  const precision = eventPrecision(event);
  const { start, end } = extents ? { start: extents.starts[position]!, end: extents.ends[position]! } : intervalAtPrecision(event, precision);
  const span = isSpanEvent(event);
  return {
    id: event.id,
    position,
    title: event.title,
    source: event,
    start,
    end,
    span,
    approximate: precision !== "day",
    priority: labelPriority(event, span),
    ...nesting,
  };
}

/**
 * Lanes in `tracks` order, then unlisted tracks in order of first use; every listed track keeps its lane.
 * `events` come sorted by start (`sortEventsChronologically`), so each lane is in order without sorting again.
 * `extents`, where known (the parsing worker works them out), saves working out every event's interval again.
 */
export function buildTimelineIndex(events: readonly TimelineEvent[], tracks: readonly string[], extents?: EventExtents): TimelineIndex {
  const byTrack = new Map<string, IndexedEvent[]>(tracks.map((track) => [track, []]));
  const nesting = events.some((event) => event.parent !== undefined) ? laneNesting(events) : null;
  events.forEach((event, position) => {
    const track = event.track ?? DEFAULT_TRACK;
    let lane = byTrack.get(track);
    if (!lane) {
      lane = [];
      byTrack.set(track, lane);
    }
    lane.push(indexEvent(event, position, nesting?.get(event.id) ?? NOT_NESTED, extents));
  });
  const lanes = [...byTrack].map(([name, laneEvents]) => laneIndex(name, laneEvents));
  return { lanes };
}

const builtIndexes = new WeakMap<readonly TimelineEvent[], { tracks: readonly string[]; index: TimelineIndex }>();

/**
 * `buildTimelineIndex`, once per event set and tracks: a load builds it in a task of its own,
 * with the extents the worker sent (see loadDataset), so the chart's first render finds it ready
 * instead of indexing every event.
 */
export function timelineIndexFor(events: readonly TimelineEvent[], tracks: readonly string[], extents?: EventExtents): TimelineIndex {
  const known = builtIndexes.get(events);
  if (known?.tracks === tracks) return known.index;
  const index = buildTimelineIndex(events, tracks, extents);
  builtIndexes.set(events, { tracks, index });
  return index;
}

/**
 * The index cut down to the events whose position `mask` marks with 1; every lane keeps
 * its place, even when left empty. Typed arrays of indices into the full lanes, not new
 * lanes: a search at 100,000 events runs this on every keystroke, and copying the lanes'
 * events cost tens of milliseconds and as much again in garbage collection.
 */
export function filterTimelineIndex(index: TimelineIndex, mask: Uint8Array): TimelineIndex {
  return {
    lanes: index.lanes.map((lane) => {
      const { positions, starts: allStarts, ends } = lane.columns;
      let count = 0;
      for (let i = 0; i < positions.length; i++) if (mask[positions[i]!] === 1) count += 1;
      const kept = new Uint32Array(count);
      const starts = new Float64Array(count);
      const maxEnds = new Float64Array(count);
      let at = 0;
      let maxEnd = -Infinity;
      for (let i = 0; i < positions.length; i++) {
        if (mask[positions[i]!] !== 1) continue;
        maxEnd = Math.max(maxEnd, ends[i]!);
        kept[at] = i;
        starts[at] = allStarts[i]!;
        maxEnds[at++] = maxEnd;
      }
      return { ...lane, kept, starts, maxEnds };
    }),
  };
}

/** A lane over events already sorted by start, all of them kept. */
function laneIndex(name: string, laneEvents: readonly IndexedEvent[]): LaneIndex {
  const positions = new Uint32Array(laneEvents.length);
  const starts = new Float64Array(laneEvents.length);
  const ends = new Float64Array(laneEvents.length);
  const maxEnds = new Float64Array(laneEvents.length);
  let maxEnd = -Infinity;
  laneEvents.forEach((event, i) => {
    positions[i] = event.position;
    starts[i] = event.start;
    ends[i] = event.end;
    maxEnd = Math.max(maxEnd, event.end);
    maxEnds[i] = maxEnd;
  });
  return { name, events: laneEvents, columns: { positions, starts, ends }, kept: null, starts, maxEnds };
}

/** First index whose value is ≥ `value` (or > `value` when `strict`) in a non-decreasing array. */
export function lowerBound(values: Float64Array, value: number, strict = false): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (strict ? values[mid]! <= value : values[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Number of the lane's (kept) events that start inside [start, end). */
export function countStarting(lane: LaneIndex, start: number, end: number): number {
  return lowerBound(lane.starts, end) - lowerBound(lane.starts, start);
}

/** The lane's (kept) events that overlap the window, in start order: O(log n + what they scan). */
export function eventsInWindow(lane: LaneIndex, visible: TimeInterval): IndexedEvent[] {
  const from = lowerBound(lane.maxEnds, visible.start, true);
  const startsInside = lowerBound(lane.starts, visible.start);
  const to = lowerBound(lane.starts, visible.end);
  const at = (i: number) => lane.events[lane.kept ? lane.kept[i]! : i]!;
  const inView: IndexedEvent[] = [];
  for (let i = from; i < startsInside; i++) {
    if (at(i).end > visible.start) inView.push(at(i));
  }
  for (let i = startsInside; i < to; i++) inView.push(at(i));
  return inView;
}
