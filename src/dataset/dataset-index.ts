import type { Actor, Article, Dataset, TimelineEvent } from "./schema";
import { eventPrecision } from "./dataset-rules";
import { DAY_MS, dateOrderKey, intervalAtPrecision, rangeWindow, type TimeInterval } from "./event-time";

/** What the app derives from a dataset, built once when it loads and never per frame or per filter. */
export interface DatasetIndex {
  dataset: Dataset;
  /** Every event, chronologically (see `sortEventsChronologically`); positions below index this array. */
  events: readonly TimelineEvent[];
  positionById: ReadonlyMap<string, number>;
  /** Each actor's event positions, ascending; actors without events are absent. */
  positionsByActor: ReadonlyMap<string, readonly number[]>;
  /** How many events each actor takes part in. */
  actorCounts: ReadonlyMap<string, number>;
  /** Each facet value's event positions, ascending (see `eventPositionsByFacet`). */
  facets: FacetPositions;
  articlesById: ReadonlyMap<string, Article>;
  actorsById: ReadonlyMap<string, Actor>;
  /** Lane order: the dataset's named tracks, then the others in order of first use. */
  tracks: readonly string[];
  /** The dataset's range as a half-open interval: everything the chart can show. */
  domain: TimeInterval;
  /** Each parent's parts (events naming it as `parent`), chronologically; events without parts are absent. */
  partsById: ReadonlyMap<string, readonly TimelineEvent[]>;
  /** Each event's `eventInterval`, in `events` order. */
  extents: EventExtents;
}

/** The `eventInterval` of each of a list of events, in its order: starts and ends in epoch milliseconds. */
export interface EventExtents {
  starts: Float64Array;
  ends: Float64Array;
}

/** The extents of `events`, in their order. */
function eventExtents(events: readonly TimelineEvent[]): EventExtents {
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  events.forEach((event, position) => {
    const { start, end } = intervalAtPrecision(event, eventPrecision(event));
    starts[position] = start;
    ends[position] = end;
  });
  return { starts, ends };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The positions of `events` in chronological order: by the first instant each
 * can mean, then by start, end and id as written, so the order is the same on
 * every load and a month ("2017-12") comes before the days in it. The chart's
 * lanes and culling rely on the starts being in order, so nothing sorts again.
 */
export function chronologicalOrder(events: readonly TimelineEvent[], extents: EventExtents = eventExtents(events)): Uint32Array {
  // Keys in flat arrays, read once in the events' order: the comparator must not chase objects,
  // and dates compare as numbers, since text scattered over the heap is slow to compare in sorted order.
  const count = events.length;
  // The first instant each can mean.
  const instants = extents.starts;
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const ids: string[] = [];
  events.forEach((event, position) => {
    starts[position] = dateOrderKey(event.start);
    ends[position] = event.end === undefined ? starts[position]! : dateOrderKey(event.end);
    ids.push(event.id);
  });
  const compare = (i: number, j: number) => instants[i]! - instants[j]! || starts[i]! - starts[j]! || ends[i]! - ends[j]! || compareText(ids[i]!, ids[j]!);
  if (count > POSITIONS_PER_DAY) return Uint32Array.from(Array.from(events.keys()).sort(compare));
  // By day first, with a typed-array sort of numbers (day · 2^21 + position) that needs no comparator,
  // then each day's events with the comparator: the same order as sorting all with it, several times quicker.
  const keys = new Float64Array(count);
  for (let position = 0; position < count; position++) keys[position] = (instants[position]! / DAY_MS + DAYS_BEFORE_1970) * POSITIONS_PER_DAY + position;
  keys.sort();
  const order = new Uint32Array(count);
  for (let place = 0; place < count; place++) order[place] = keys[place]! % POSITIONS_PER_DAY;
  for (let first = 0, place = 1; place <= count; place++) {
    if (place < count && instants[order[place]!] === instants[order[first]!]) continue;
    // A plain array sorts several times quicker with a comparator than a typed array does.
    if (place - first > 1) order.set(Array.from(order.subarray(first, place)).sort(compare), first);
    first = place;
  }
  return order;
}

/** Days from 0000-01-01, the format's first day, to 1970-01-01: every date is a whole UTC day this many days before 1970 or later. */
const DAYS_BEFORE_1970 = 719_528;
/** More positions than a day key leaves room for (2^21, over 2 million events), and the events are sorted by the comparator alone. */
const POSITIONS_PER_DAY = 2 ** 21;

/** The events in chronological order (see `chronologicalOrder`); the input is left as it is. */
export function sortEventsChronologically(events: readonly TimelineEvent[]): TimelineEvent[] {
  return Array.from(chronologicalOrder(events), (position) => events[position]!);
}

/**
 * For each actor, the positions of the events it takes part in, ascending and
 * once each; actors without events are absent. Built once per dataset, so
 * filtering is a pass over the selected actors' lists, not over every event.
 */
export function eventPositionsByActor(events: readonly TimelineEvent[]): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  events.forEach((event, position) => {
    for (const actor of event.actors) addPosition(positions, actor, position);
  });
  return positions;
}

/**
 * Lists of positions by key, packed in typed arrays a worker transfers without
 * copying: key k's positions are `positions[offsets[k]]` up to `positions[offsets[k + 1]]`.
 */
export interface PackedPositions {
  keys: string[];
  offsets: Uint32Array;
  positions: Uint32Array;
}

/** Packs lists of positions in `events`, each turned into its place once sorted (`rank`), ascending. */
function packRanked(lists: ReadonlyMap<string, readonly number[]>, rank: Uint32Array): PackedPositions {
  const keys = [...lists.keys()];
  const offsets = new Uint32Array(keys.length + 1);
  let total = 0;
  keys.forEach((key, k) => {
    offsets[k] = total;
    total += lists.get(key)!.length;
  });
  offsets[keys.length] = total;
  const positions = new Uint32Array(total);
  keys.forEach((key, k) => {
    let at = offsets[k]!;
    for (const position of lists.get(key)!) positions[at++] = rank[position]!;
    // A typed array sorts numbers without a comparator, far quicker than a list does with one.
    positions.subarray(offsets[k]!, at).sort();
  });
  return { keys, offsets, positions };
}

function unpackPositions({ keys, offsets, positions }: PackedPositions): Map<string, number[]> {
  return new Map(keys.map((key, k) => [key, Array.from(positions.subarray(offsets[k]!, offsets[k + 1]!))]));
}

/**
 * What indexing needs that can be worked out off the page: the chronological
 * order, and in it each actor's and each facet value's event positions.
 */
export interface PreparedIndex {
  order: Uint32Array;
  /** The events' extents in chronological order. */
  extents: EventExtents;
  actors: PackedPositions;
  tracks: PackedPositions;
  outlets: PackedPositions;
  places: PackedPositions;
  disputed: Uint32Array;
}

/** The buffers of a PreparedIndex, to transfer rather than copy. */
export function preparedBuffers(prepared: PreparedIndex): ArrayBuffer[] {
  const packed = [prepared.actors, prepared.tracks, prepared.outlets, prepared.places];
  return [prepared.order, prepared.extents.starts, prepared.extents.ends, prepared.disputed, ...packed.flatMap((lists) => [lists.offsets, lists.positions])].map((array) => array.buffer as ArrayBuffer);
}

/** The inverse of `order`: where each event lands once sorted. */
function ranks(order: Uint32Array): Uint32Array {
  const rank = new Uint32Array(order.length);
  order.forEach((position, place) => (rank[position] = place));
  return rank;
}

/** Works out a PreparedIndex. Events are read in their own order, which is much quicker than jumping about in sorted order. */
export function prepareIndex({ events, articles }: Pick<Dataset, "events" | "articles">): PreparedIndex {
  const extents = eventExtents(events);
  const order = chronologicalOrder(events, extents);
  const rank = ranks(order);
  const facets = eventPositionsByFacet(events, new Map(articles.map((article) => [article.id, article])));
  return {
    order,
    extents: { starts: Float64Array.from(order, (position) => extents.starts[position]!), ends: Float64Array.from(order, (position) => extents.ends[position]!) },
    actors: packRanked(eventPositionsByActor(events), rank),
    tracks: packRanked(facets.tracks, rank),
    outlets: packRanked(facets.outlets, rank),
    places: packRanked(facets.places, rank),
    disputed: Uint32Array.from(facets.disputed, (position) => rank[position]!).sort(),
  };
}

/** The lane (and track facet value) of events that name no track. */
export const DEFAULT_TRACK = "Events";
/** The outlet facet value of articles that name no outlet. */
export const UNKNOWN_OUTLET = "Unknown outlet";

/** The facets beside the actor filter, by their name in the address. */
export const facetNames = ["tracks", "outlets", "places"] as const;
export type FacetName = (typeof facetNames)[number];

/** For each facet, each value's event positions (ascending, once each), plus the events the sources dispute. */
export interface FacetPositions {
  tracks: ReadonlyMap<string, readonly number[]>;
  /** By the outlet of each source's article (`UNKNOWN_OUTLET` for none). */
  outlets: ReadonlyMap<string, readonly number[]>;
  places: ReadonlyMap<string, readonly number[]>;
  /** Events with at least one dispute. */
  disputed: readonly number[];
}

function addPosition(map: Map<string, number[]>, key: string, position: number) {
  const list = map.get(key);
  if (!list) map.set(key, [position]);
  else if (list[list.length - 1] !== position) list.push(position);
}

/** Indexes the events by track, by source outlet, by place and by being disputed, once per dataset. */
export function eventPositionsByFacet(events: readonly TimelineEvent[], articlesById: ReadonlyMap<string, Article>): FacetPositions {
  const tracks = new Map<string, number[]>();
  const outlets = new Map<string, number[]>();
  const places = new Map<string, number[]>();
  const disputed: number[] = [];
  events.forEach((event, position) => {
    addPosition(tracks, event.track ?? DEFAULT_TRACK, position);
    for (const source of event.sources) {
      const article = articlesById.get(source.article);
      if (article) addPosition(outlets, article.outlet ?? UNKNOWN_OUTLET, position);
    }
    const place = event.place?.trim();
    if (place) addPosition(places, place, position);
    if (event.disputes.length > 0) disputed.push(position);
  });
  return { tracks, outlets, places, disputed };
}

/** Lane order: the dataset's named tracks, then the other tracks in order of first use. */
export function trackList(dataset: Pick<Dataset, "tracks" | "events">): string[] {
  const tracks = new Set(dataset.tracks);
  for (const event of dataset.events) {
    if (event.track !== undefined) tracks.add(event.track);
  }
  return [...tracks];
}

/** Each parent's parts, in the order of `events`; events without parts are absent. */
export function partsByParent(events: readonly TimelineEvent[]): Map<string, TimelineEvent[]> {
  const parts = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    if (event.parent === undefined) continue;
    const list = parts.get(event.parent);
    if (list) list.push(event);
    else parts.set(event.parent, [event]);
  }
  return parts;
}

/** Indexes a validated dataset once, from a PreparedIndex where the parsing worker sent one. */
export function buildDatasetIndex(dataset: Dataset, prepared: PreparedIndex = prepareIndex(dataset)): DatasetIndex {
  const { order, actors } = prepared;
  const rank = ranks(order);
  const positionById = new Map<string, number>();
  dataset.events.forEach((event, index) => positionById.set(event.id, rank[index]!));
  const events = Array.from(order, (position) => dataset.events[position]!);
  return {
    dataset,
    events,
    positionById,
    positionsByActor: unpackPositions(actors),
    actorCounts: new Map(actors.keys.map((actor, k) => [actor, actors.offsets[k + 1]! - actors.offsets[k]!])),
    facets: { tracks: unpackPositions(prepared.tracks), outlets: unpackPositions(prepared.outlets), places: unpackPositions(prepared.places), disputed: Array.from(prepared.disputed) },
    articlesById: new Map(dataset.articles.map((article) => [article.id, article])),
    actorsById: new Map(dataset.actors.map((actor) => [actor.id, actor])),
    tracks: trackList(dataset),
    domain: rangeWindow(dataset.range),
    partsById: partsByParent(events),
    extents: prepared.extents,
  };
}

/** The event with this id, or null. */
export function eventById(index: DatasetIndex, id: string | null): TimelineEvent | null {
  const position = id === null ? undefined : index.positionById.get(id);
  return position === undefined ? null : index.events[position]!;
}
