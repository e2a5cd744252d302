import type { Actor, ActorKind, TimelineEvent } from "../dataset/schema";

/** How several selected actors combine: an event with any of them, or with all of them. */
export type ActorMatch = "any" | "all";

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
  // Counted first and filled in place: at 100,000 events `filter` (a growing array) took ten times as long.
  let count = 0;
  for (let position = 0; position < events.length; position++) if (mask[position] === 1) count += 1;
  const kept = new Array<TimelineEvent>(count);
  let at = 0;
  for (let position = 0; position < events.length; position++) if (mask[position] === 1) kept[at++] = events[position]!;
  return kept;
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
  const listed = matches.slice(0, limit);
  const listedIds = new Set(listed.map((actor) => actor.id));
  const selectedSet = new Set(selected);
  const pinned = actors.filter((actor) => selectedSet.has(actor.id) && !listedIds.has(actor.id));
  return { actors: [...pinned, ...listed], hidden: matches.length - listed.length };
}
