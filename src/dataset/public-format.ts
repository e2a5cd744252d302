import type { Actor, Article, Claim, Dataset, DateResolution, Dispute, EventNote, EventSource, TimelineEvent } from "./schema";

/**
 * The public format as it is written: every field of the schema in the
 * schema's order, absent optional fields left undefined (so JSON leaves them
 * out). The pipeline writes timeline.json with these and Export writes its
 * JSON and CSV from them, so a field the schema gains is written everywhere or
 * nowhere.
 */

export function publicArticle(article: Article): Article {
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

export function publicActor(actor: Actor): Actor {
  return { id: actor.id, name: actor.name, kind: actor.kind, aliases: [...actor.aliases] };
}

export function publicEvent(event: TimelineEvent): TimelineEvent {
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
    sources: event.sources.map(publicSource),
    disputes: event.disputes.map(publicDispute),
    notes: event.notes?.map(publicNote),
  };
}

export function publicNote(note: EventNote): EventNote {
  return { basis: note.basis, about: note.about, note: note.note, record: note.record };
}

export function publicClaim(claim: Claim): Claim {
  return { id: claim.id, topic: claim.topic, note: claim.note, sources: claim.sources.map((source) => ({ article: source.article, quote: source.quote })) };
}

export function publicSource(source: EventSource): EventSource {
  return {
    article: source.article,
    quote: source.quote,
    datePhrase: source.datePhrase,
    resolution: source.resolution && publicResolution(source.resolution),
  };
}

function publicResolution(resolution: DateResolution): DateResolution {
  return { start: resolution.start, end: resolution.end, explanation: resolution.explanation, agrees: resolution.agrees };
}

export function publicDispute(dispute: Dispute): Dispute {
  return { article: dispute.article, note: dispute.note, about: dispute.about };
}

/**
 * A dataset in the public format's order, with these events, each already
 * written with `publicEvent` (Export writes a long list of them in steps).
 */
export function publicDataset(dataset: Omit<Dataset, "events">, events: TimelineEvent[]): Dataset {
  return {
    title: dataset.title,
    description: dataset.description,
    range: { start: dataset.range.start, end: dataset.range.end },
    tracks: [...dataset.tracks],
    articles: dataset.articles.map(publicArticle),
    actors: dataset.actors.map(publicActor),
    events,
    claims: dataset.claims?.map(publicClaim),
  };
}
