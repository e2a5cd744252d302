import { eventPrecision, type Actor, type Article, type Dataset, type TimelineEvent } from "./schema";
import { dateStart, rangeWindow, type TimeInterval } from "./event-time";

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
  articlesById: ReadonlyMap<string, Article>;
  actorsById: ReadonlyMap<string, Actor>;
  /** Lane order: the dataset's named tracks, then the others in order of first use. */
  tracks: readonly string[];
  /** The dataset's range as a half-open interval: everything the chart can show. */
  domain: TimeInterval;
  /** Each parent's parts (events naming it as `parent`), chronologically; events without parts are absent. */
  partsById: ReadonlyMap<string, readonly TimelineEvent[]>;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Events by the first instant they can mean, then by start, end and id as written, so the
 * order is the same on every load and a month ("2017-12") comes before the days in it.
 * The chart's lanes and culling rely on the starts being in order, so nothing sorts again.
 */
export function sortEventsChronologically(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events
    .map((event) => ({ event, start: dateStart(event.start, eventPrecision(event)) }))
    .sort(
      (a, b) =>
        a.start - b.start ||
        compareText(a.event.start, b.event.start) ||
        compareText(a.event.end ?? a.event.start, b.event.end ?? b.event.start) ||
        compareText(a.event.id, b.event.id),
    )
    .map(({ event }) => event);
}

/**
 * For each actor, the positions in `events` of the events it takes part in,
 * ascending and once each; actors without events are absent. Built once per
 * dataset, so filtering is a pass over the selected actors' lists, not over
 * every event.
 */
export function eventPositionsByActor(events: readonly TimelineEvent[]): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  events.forEach((event, position) => {
    for (const actor of event.actors) {
      const list = positions.get(actor);
      if (!list) positions.set(actor, [position]);
      else if (list[list.length - 1] !== position) list.push(position);
    }
  });
  return positions;
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

/** Sorts and indexes a validated dataset once. */
export function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  const events = sortEventsChronologically(dataset.events);
  const positionsByActor = eventPositionsByActor(events);
  return {
    dataset,
    events,
    positionById: new Map(events.map((event, position) => [event.id, position])),
    positionsByActor,
    actorCounts: new Map([...positionsByActor].map(([actor, positions]) => [actor, positions.length])),
    articlesById: new Map(dataset.articles.map((article) => [article.id, article])),
    actorsById: new Map(dataset.actors.map((actor) => [actor.id, actor])),
    tracks: trackList(dataset),
    domain: rangeWindow(dataset.range),
    partsById: partsByParent(events),
  };
}

/** The event with this id, or null. */
export function eventById(index: DatasetIndex, id: string | null): TimelineEvent | null {
  const position = id === null ? undefined : index.positionById.get(id);
  return position === undefined ? null : index.events[position]!;
}
