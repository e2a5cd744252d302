import type { DatasetIndex } from "../dataset/dataset-index";
import { eventPrecision, type Actor, type Article, type Dataset, type TimelineEvent } from "../dataset/schema";

/** An event with its fields in the schema's order and its precision written out, as every export writes it. */
export function exportedEvent(event: TimelineEvent): TimelineEvent {
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    start: event.start,
    end: event.end,
    precision: eventPrecision(event),
    place: event.place,
    track: event.track,
    actors: event.actors,
    sources: event.sources,
    disputes: event.disputes,
  };
}

/** How many events one step of `shownDatasetSteps` handles: small enough to keep a page slice short. */
const STEP_EVENTS = 1000;

/**
 * The shown events as a dataset of their own: the same title, description and
 * range, the lanes they sit on in the lane order, and only the articles and
 * actors they use, in order of first use (an event's sources, then its
 * disputes; its actors as listed), so that a dataset read back from our CSV,
 * which meets them as the rows use them, is the same. Every export is written
 * from this. A generator that yields after every thousand events, so that the
 * page can build it in slices (see `buildBlobInSlices`); returns the dataset.
 */
export function* shownDatasetSteps(index: DatasetIndex, events: readonly TimelineEvent[]): Generator<void, Dataset> {
  const articles = new Set<string>();
  const actors = new Set<string>();
  const tracks = new Set<string>();
  const exported: TimelineEvent[] = [];
  for (let position = 0; position < events.length; position++) {
    const event = events[position]!;
    for (const source of event.sources) articles.add(source.article);
    for (const dispute of event.disputes) articles.add(dispute.article);
    for (const actor of event.actors) actors.add(actor);
    if (event.track !== undefined) tracks.add(event.track);
    exported.push(exportedEvent(event));
    if ((position + 1) % STEP_EVENTS === 0) yield;
  }
  const pick = <T,>(ids: Set<string>, byId: ReadonlyMap<string, T>): T[] => [...ids].map((id) => byId.get(id)!);
  const { title, description, range } = index.dataset;
  return {
    title,
    description,
    range,
    tracks: index.tracks.filter((track) => tracks.has(track)),
    articles: pick<Article>(articles, index.articlesById),
    actors: pick<Actor>(actors, index.actorsById),
    events: exported,
  };
}

/** `shownDatasetSteps` at once. */
export function shownDataset(index: DatasetIndex, events: readonly TimelineEvent[]): Dataset {
  const steps = shownDatasetSteps(index, events);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How many steps `shownDatasetSteps` yields for this many events, for progress. */
export function shownDatasetStepCount(events: number): number {
  return Math.floor(events / STEP_EVENTS);
}
