import type { Actor, Article, Claim, Dataset, DateResolution, Dispute, EventNote, EventSource, TimelineEvent } from "../../src/dataset/schema";

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Events by (start, end, id), where an event without an end ends on its start; a month sorts before its days. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return compareText(a.start, b.start) || compareText(a.end ?? a.start, b.end ?? b.start) || compareText(a.id, b.id);
}

const byId = (a: { id: string }, b: { id: string }) => compareText(a.id, b.id);

/**
 * The public timeline.json: fixed key order, events sorted by (start, end, id),
 * articles and actors sorted by id, 2-space indent and a final newline, so the
 * same data always gives the same bytes whatever order the YAML lists it in.
 */
export function serializeDataset(dataset: Dataset): string {
  const output = {
    title: dataset.title,
    description: dataset.description,
    range: { start: dataset.range.start, end: dataset.range.end },
    tracks: [...dataset.tracks],
    articles: [...dataset.articles].sort(byId).map(articleOutput),
    actors: [...dataset.actors].sort(byId).map(actorOutput),
    events: [...dataset.events].sort(compareEvents).map(eventOutput),
    claims: dataset.claims && [...dataset.claims].sort(byId).map(claimOutput),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}

function articleOutput(article: Article) {
  return {
    id: article.id,
    outlet: article.outlet,
    headline: article.headline,
    published: article.published,
    publishedInferred: article.publishedInferred,
    publishedNote: article.publishedNote,
    byline: article.byline,
    url: article.url,
    timezone: article.timezone,
    locale: article.locale,
  };
}

function actorOutput(actor: Actor) {
  return { id: actor.id, name: actor.name, kind: actor.kind, aliases: [...actor.aliases] };
}

function eventOutput(event: TimelineEvent) {
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    start: event.start,
    end: event.end,
    precision: event.precision,
    place: event.place,
    track: event.track,
    parent: event.parent,
    actors: [...event.actors],
    sources: event.sources.map(sourceOutput),
    disputes: event.disputes.map(disputeOutput),
    notes: event.notes?.map(noteOutput),
  };
}

function noteOutput(note: EventNote) {
  return { basis: note.basis, about: note.about, note: note.note, record: note.record };
}

function claimOutput(claim: Claim) {
  return { id: claim.id, topic: claim.topic, note: claim.note, sources: claim.sources.map((source) => ({ article: source.article, quote: source.quote })) };
}

function sourceOutput(source: EventSource) {
  return {
    article: source.article,
    quote: source.quote,
    datePhrase: source.datePhrase,
    resolution: source.resolution && resolutionOutput(source.resolution),
  };
}

function resolutionOutput(resolution: DateResolution) {
  return { start: resolution.start, end: resolution.end, explanation: resolution.explanation, agrees: resolution.agrees };
}

function disputeOutput(dispute: Dispute) {
  return { article: dispute.article, note: dispute.note, about: dispute.about };
}
