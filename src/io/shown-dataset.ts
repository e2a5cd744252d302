import type { DatasetIndex } from "../dataset/dataset-index";
import { publicDataset, publicEvent } from "../dataset/public-format";
import type { Actor, Article, Dataset, TimelineEvent } from "../dataset/schema";
import { eventPrecision } from "../dataset/dataset-rules";

/**
 * An event as every export writes it: the public format with its precision
 * written out, and its `parent` only where the parent is exported too (a link
 * to an event the file does not hold would make it invalid).
 */
export function exportedEvent(event: TimelineEvent, exported: ReadonlySet<string>): TimelineEvent {
  const parent = event.parent !== undefined && exported.has(event.parent) ? event.parent : undefined;
  return publicEvent({ ...event, precision: eventPrecision(event), parent });
}

/** How many events one step of `shownDatasetSteps` handles: small enough to keep a page slice short. */
const STEP_EVENTS = 1000;

/**
 * The shown events as a dataset of their own (`dataset`, its `events` left empty) and those
 * events as the file writes them (`events`), made one at a time as a format writes it, so
 * that an export of 100,000 events never holds a copy of them all (whose garbage made the
 * page's longest tasks): the same title, description and
 * range, the lanes they sit on in the lane order, every claim (a claim belongs
 * to no event, so no filter leaves it out), and only the articles and actors
 * the events and claims use, in order of first use (an event's sources, then
 * its disputes, then the claims' sources; its actors as listed), so that a
 * dataset read back from our CSV, which meets them as the rows use them, is
 * the same. Every export is written from this. A generator that yields after
 * every thousand events, so that the page can build it in slices (see
 * `buildBlobInSlices`); returns the dataset and its events.
 */
export function* shownDatasetSteps(index: DatasetIndex, events: readonly TimelineEvent[]): Generator<void, ShownDataset> {
  const ids = new Set<string>();
  for (let position = 0; position < events.length; position++) {
    ids.add(events[position]!.id);
    if ((position + 1) % STEP_EVENTS === 0) yield;
  }
  const articles = new Set<string>();
  const actors = new Set<string>();
  const tracks = new Set<string>();
  for (let position = 0; position < events.length; position++) {
    const event = events[position]!;
    for (const source of event.sources) articles.add(source.article);
    for (const dispute of event.disputes) articles.add(dispute.article);
    for (const actor of event.actors) actors.add(actor);
    if (event.track !== undefined) tracks.add(event.track);
    if ((position + 1) % STEP_EVENTS === 0) yield;
  }
  const { title, description, range, claims } = index.dataset;
  for (const claim of claims ?? []) for (const source of claim.sources) articles.add(source.article);
  const pick = <T,>(ids: Set<string>, byId: ReadonlyMap<string, T>): T[] => [...ids].map((id) => byId.get(id)!);
  const fields = {
    title,
    description,
    range,
    tracks: index.tracks.filter((track) => tracks.has(track)),
    articles: pick<Article>(articles, index.articlesById),
    actors: pick<Actor>(actors, index.actorsById),
    claims,
  };
  const exported = function* () {
    for (const event of events) yield exportedEvent(event, ids);
  };
  return { dataset: publicDataset(fields, []), events: { [Symbol.iterator]: exported } };
}

/** The shown dataset without its events, and its events made as they are read (see `shownDatasetSteps`). */
export interface ShownDataset {
  dataset: Dataset;
  events: Iterable<TimelineEvent>;
}

/** `shownDatasetSteps` at once, its events made up front. */
export function shownDataset(index: DatasetIndex, events: readonly TimelineEvent[]): Dataset {
  const steps = shownDatasetSteps(index, events);
  for (;;) {
    const step = steps.next();
    if (step.done) return publicDataset(step.value.dataset, [...step.value.events]);
  }
}

/** How many steps `shownDatasetSteps` yields for this many events, for progress. */
export function shownDatasetStepCount(events: number): number {
  return 2 * Math.floor(events / STEP_EVENTS);
}
