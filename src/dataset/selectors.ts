import type { Actor, ActorKind, Dataset, TimelineEvent } from "./schema";

/** How several selected actors combine: an event with any of them, or with all of them. */
export type ActorMatch = "any" | "all";

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ISO dates sort as text, and a month ("2017-12") sorts before the days in it ("2017-12-01").
function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return compareText(a.start, b.start) || compareText(a.end ?? a.start, b.end ?? b.start) || compareText(a.id, b.id);
}

/** Events by start, then end, then id, so the order is the same on every load. */
export function sortEventsChronologically(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(compareEvents);
}

/** The events that involve the selected actors; every event when none is selected. */
export function filterEventsByActors(
  events: readonly TimelineEvent[],
  actorIds: readonly string[],
  match: ActorMatch,
): TimelineEvent[] {
  if (actorIds.length === 0) return [...events];
  if (match === "any") {
    const wanted = new Set(actorIds);
    return events.filter((event) => event.actors.some((actor) => wanted.has(actor)));
  }
  return events.filter((event) => {
    const present = new Set(event.actors);
    return actorIds.every((actor) => present.has(actor));
  });
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

/**
 * Which events the actor filter keeps, as 1s at their positions (from
 * `eventPositionsByActor` over the same events); every event when no actor is
 * selected. The same events as `filterEventsByActors`.
 */
export function actorFilterMask(
  positionsByActor: ReadonlyMap<string, readonly number[]>,
  eventCount: number,
  actorIds: readonly string[],
  match: ActorMatch,
): Uint8Array {
  const mask = new Uint8Array(eventCount);
  if (actorIds.length === 0) return mask.fill(1);
  const lists = [...new Set(actorIds)].map((actor) => positionsByActor.get(actor) ?? []);
  if (match === "any") {
    for (const list of lists) for (const position of list) mask[position] = 1;
    return mask;
  }
  // An event has all the actors when every actor's list names it.
  const hits = new Uint16Array(eventCount);
  for (const list of lists) for (const position of list) hits[position]! += 1;
  for (const position of lists[0]!) if (hits[position] === lists.length) mask[position] = 1;
  return mask;
}

/** The events whose position `mask` marks with 1, in order. */
export function eventsInMask(events: readonly TimelineEvent[], mask: Uint8Array): TimelineEvent[] {
  return events.filter((_, position) => mask[position] === 1);
}

/** The events each article reports, in the order given (pass them sorted); articles that report none are absent. */
export function eventsByArticle(events: readonly TimelineEvent[]): Map<string, TimelineEvent[]> {
  const byArticle = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    for (const article of new Set(event.sources.map((source) => source.article))) {
      const list = byArticle.get(article);
      if (list) list.push(event);
      else byArticle.set(article, [event]);
    }
  }
  return byArticle;
}

/** The events before and after `id` in an already sorted list; both null when `id` is not in it. */
export function adjacentEvents(
  sorted: readonly TimelineEvent[],
  id: string | null,
): { previous: TimelineEvent | null; next: TimelineEvent | null } {
  const index = id === null ? -1 : sorted.findIndex((event) => event.id === id);
  if (index < 0) return { previous: null, next: null };
  return { previous: sorted[index - 1] ?? null, next: sorted[index + 1] ?? null };
}

/** Lane order: the dataset's named tracks, then the other tracks in order of first use. */
export function trackList(dataset: Pick<Dataset, "tracks" | "events">): string[] {
  const tracks = new Set(dataset.tracks);
  for (const event of dataset.events) {
    if (event.track !== undefined) tracks.add(event.track);
  }
  return [...tracks];
}

/** Actors by kind, each group by event count (most first) then name. */
export function groupActorsByKind(
  actors: readonly Actor[],
  counts: ReadonlyMap<string, number>,
): { kind: ActorKind; actors: Actor[] }[] {
  const order: ActorKind[] = ["person", "state", "organization", "group"];
  const sorted = [...actors].sort(
    (a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.name.localeCompare(b.name),
  );
  return order
    .map((kind) => ({ kind, actors: sorted.filter((actor) => actor.kind === kind) }))
    .filter((group) => group.actors.length > 0);
}

/**
 * The actors a filter list shows: with a query, those whose name or alias contains it;
 * without, the most frequent. Selected actors always stay visible. Capped at `limit`
 * so datasets with thousands of actors stay quick; `hidden` says how many were left out.
 */
export function visibleActors(
  actors: readonly Actor[],
  counts: ReadonlyMap<string, number>,
  selected: readonly string[],
  query: string,
  limit: number,
): { actors: Actor[]; hidden: number } {
  const needle = query.trim().toLocaleLowerCase();
  const matches = needle
    ? actors.filter(
        (actor) =>
          actor.name.toLocaleLowerCase().includes(needle) ||
          actor.aliases.some((alias) => alias.toLocaleLowerCase().includes(needle)),
      )
    : [...actors];
  matches.sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.name.localeCompare(b.name));
  const shown = matches.slice(0, limit);
  const shownIds = new Set(shown.map((actor) => actor.id));
  const selectedSet = new Set(selected);
  const pinned = actors.filter((actor) => selectedSet.has(actor.id) && !shownIds.has(actor.id));
  return { actors: [...pinned, ...shown], hidden: matches.length - shown.length };
}
