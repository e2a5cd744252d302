import type { Article, Claim, Dataset, Dispute, EventSource, TimelineEvent } from "../dataset/schema";
import { csvRecord } from "./csv-field";
import { joinNames } from "./name-list";

/**
 * Our CSV: one row per event. The first columns are the ones a spreadsheet
 * reader works with; `sources`, `disputes`, `notes` and `actor_details` are
 * JSON cells that carry the rest of the evidence, and the first row's `claims`
 * and `dataset` cells hold the dataset's claims and own fields, so the file
 * opens back into the same dataset.
 */
export const OUR_CSV_COLUMNS = [
  "id",
  "title",
  "summary",
  "start",
  "end",
  "precision",
  "place",
  "track",
  "parent",
  "actors",
  "sources",
  "disputes",
  "notes",
  "actor_details",
  "claims",
  "dataset",
] as const;

export type OurCsvColumn = (typeof OUR_CSV_COLUMNS)[number];

/** A UTF-8 byte order mark: without it Excel reads a CSV in the machine's legacy code page and garbles non-Latin text. */
export const BYTE_ORDER_MARK = "\uFEFF";

/** The fields of the article a source or dispute names, as the cell writes them (defaults left out). */
export function articleFields(article: Article): Record<string, unknown> {
  return {
    outlet: article.outlet,
    headline: article.headline,
    published: article.published,
    url: article.url,
    ...(article.byline !== null ? { byline: article.byline } : {}),
    ...(article.publishedInferred ? { publishedInferred: true } : {}),
    ...(article.publishedNote !== undefined ? { publishedNote: article.publishedNote } : {}),
    ...(article.timezone !== undefined ? { timezone: article.timezone } : {}),
    ...(article.locale !== undefined ? { locale: article.locale } : {}),
  };
}

function sourceCell(source: EventSource, article: Article): Record<string, unknown> {
  return {
    article: source.article,
    ...articleFields(article),
    quote: source.quote,
    ...(source.datePhrase !== undefined ? { datePhrase: source.datePhrase } : {}),
    ...(source.resolution !== undefined ? { resolution: source.resolution } : {}),
  };
}

function disputeCell(dispute: Dispute, article: Article, citedInRow: boolean): Record<string, unknown> {
  return {
    article: dispute.article,
    // An article the row's sources already describe is named by id only.
    ...(citedInRow ? {} : articleFields(article)),
    note: dispute.note,
    ...(dispute.about !== undefined ? { about: dispute.about } : {}),
  };
}

/** A claim with each quoted article's fields in full, as a source cell gives them. */
function claimCell(claim: Claim, articles: ReadonlyMap<string, Article>): Record<string, unknown> {
  return {
    id: claim.id,
    topic: claim.topic,
    ...(claim.note !== undefined ? { note: claim.note } : {}),
    sources: claim.sources.map((source) => ({ article: source.article, ...articleFields(articles.get(source.article)!), quote: source.quote })),
  };
}

const jsonCell = (items: readonly unknown[]) => (items.length === 0 ? "" : JSON.stringify(items));

/** The dataset's own fields, in the first row's `dataset` cell. */
function datasetCell(dataset: Dataset): string {
  const { title, description, range, tracks } = dataset;
  return JSON.stringify({ title, ...(description !== undefined ? { description } : {}), range, tracks });
}

/** Writes a dataset as our CSV, a piece at a time: the header, then one row per event of `events`. */
export function* ourCsvPieces(dataset: Dataset, events: Iterable<TimelineEvent> = dataset.events): Generator<string> {
  const articles = new Map(dataset.articles.map((article) => [article.id, article]));
  const actors = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  yield BYTE_ORDER_MARK + csvRecord(OUR_CSV_COLUMNS);
  let first = true;
  for (const event of events) {
    const own = first ? { claims: jsonCell((dataset.claims ?? []).map((claim) => claimCell(claim, articles))), dataset: datasetCell(dataset) } : { claims: "", dataset: "" };
    yield csvRecord(ourCsvRow(event, articles, actors, own));
    first = false;
  }
}

function ourCsvRow(
  event: TimelineEvent,
  articles: ReadonlyMap<string, Article>,
  actors: ReadonlyMap<string, Dataset["actors"][number]>,
  own: { claims: string; dataset: string },
): string[] {
  const cited = new Set(event.sources.map((source) => source.article));
  const eventActors = event.actors.map((id) => actors.get(id)!);
  const row: Record<OurCsvColumn, string> = {
    id: event.id,
    title: event.title,
    summary: event.summary,
    start: event.start,
    end: event.end ?? "",
    precision: event.precision ?? "",
    place: event.place ?? "",
    track: event.track ?? "",
    parent: event.parent ?? "",
    actors: joinNames(eventActors.map((actor) => actor.name)),
    sources: jsonCell(event.sources.map((source) => sourceCell(source, articles.get(source.article)!))),
    disputes: jsonCell(event.disputes.map((dispute) => disputeCell(dispute, articles.get(dispute.article)!, cited.has(dispute.article)))),
    notes: jsonCell(event.notes ?? []),
    actor_details: jsonCell(
      eventActors.map((actor) => ({ id: actor.id, kind: actor.kind, ...(actor.aliases.length > 0 ? { aliases: actor.aliases } : {}) })),
    ),
    ...own,
  };
  return OUR_CSV_COLUMNS.map((column) => row[column]);
}
