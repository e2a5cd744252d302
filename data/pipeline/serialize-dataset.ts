import { publicDataset, publicEvent } from "../../src/dataset/public-format";
import type { Dataset, TimelineEvent } from "../../src/dataset/schema";

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Events by (start, end, id), where an event without an end ends on its start; a month sorts before its days. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return compareText(a.start, b.start) || compareText(a.end ?? a.start, b.end ?? b.start) || compareText(a.id, b.id);
}

const byId = (a: { id: string }, b: { id: string }) => compareText(a.id, b.id);

/**
 * The public timeline.json: the public format's key order (see
 * `publicDataset`), events sorted by (start, end, id), articles, actors and
 * claims sorted by id, 2-space indent and a final newline, so the same data
 * always gives the same bytes whatever order the YAML lists it in.
 */
export function serializeDataset(dataset: Dataset): string {
  const sorted = {
    ...dataset,
    articles: [...dataset.articles].sort(byId),
    actors: [...dataset.actors].sort(byId),
    claims: dataset.claims && [...dataset.claims].sort(byId),
  };
  return `${JSON.stringify(publicDataset(sorted, [...dataset.events].sort(compareEvents).map(publicEvent)), null, 2)}\n`;
}
