import type { Actor, Article, Claim, Dataset, DateResolution, Dispute, EventNote, EventSource, TimelineEvent } from "./schema";
import { actorKinds, disputeKinds, IDENTIFIER_PATTERN, isCalendarDay, isEventDate, isHttpLink, isLocale, isPublishedDate, isTimeZone, noteBases, precisions } from "./dataset-rules";

/**
 * The fast path of checkDataset: reads a dataset the way `datasetSchema`
 * parses it (the same checks, defaults, trimming and key order, unknown keys
 * dropped), in one tight pass without zod's per-value machinery, and gives up
 * (null) at the first thing it does not accept. It says nothing about what is
 * wrong: then checkDataset runs the schema, whose messages are the only ones.
 * It must never accept what the schema refuses; read-valid-dataset.test.ts
 * checks the two agree on the fuzz suite's datasets.
 */
export function readValidDataset(input: unknown, pieces?: EventPieces): Dataset | null {
  try {
    return dataset(input, pieces);
  } catch {
    // NOT_VALID, or anything a hostile value could raise: the schema will say what it is.
    return null;
  }
}

/**
 * Hands over the events in pieces of `size` as they are read, so a caller can
 * send them on while the rest is checked. Each piece is as the schema gives
 * those events; whether the whole dataset is valid is known only at the end.
 */
export interface EventPieces {
  size: number;
  onPiece: (events: TimelineEvent[]) => void;
}

/** The dataset's lists, which can be read entry by entry. */
export type DatasetList = "articles" | "actors" | "events";

/** An entry of each list. */
export type DatasetEntry<List extends DatasetList> = { articles: Article; actors: Actor; events: TimelineEvent }[List];

/** One entry of a list, read as readValidDataset reads it there; null where it gives up. */
export function readValidEntry<List extends DatasetList>(list: List, value: unknown): DatasetEntry<List> | null {
  try {
    return (ENTRY_READERS[list] as (value: unknown) => DatasetEntry<List>)(value);
  } catch {
    return null;
  }
}

const NOT_VALID = new Error("not valid");

function fail(): never {
  throw NOT_VALID;
}

type Loose = Record<string, unknown>;

function record(value: unknown): Loose {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail();
  return value as Loose;
}

function list(value: unknown): unknown[] {
  if (!Array.isArray(value)) fail();
  return value;
}

function string(value: unknown): string {
  if (typeof value !== "string") fail();
  return value;
}

function boolean(value: unknown): boolean {
  if (typeof value !== "boolean") fail();
  return value;
}

/** Non-empty once trimmed; the trimmed text, as the schema keeps it. */
function text(value: unknown): string {
  const trimmed = string(value).trim();
  if (trimmed === "") fail();
  return trimmed;
}

function identifier(value: unknown): string {
  if (typeof value !== "string" || !IDENTIFIER_PATTERN.test(value)) fail();
  return value;
}

function matching(value: unknown, test: (value: string) => boolean): string {
  if (typeof value !== "string" || !test(value)) fail();
  return value;
}

function oneOf<T extends string>(value: unknown, options: readonly T[]): T {
  if (!options.includes(value as T)) fail();
  return value as T;
}

function strings(value: unknown): string[] {
  const items = list(value);
  const copy = new Array<string>(items.length);
  for (let index = 0; index < items.length; index++) copy[index] = string(items[index]);
  return copy;
}

function entries<T>(value: unknown, read: (entry: Loose) => T): T[] {
  const items = list(value);
  const copy = new Array<T>(items.length);
  for (let index = 0; index < items.length; index++) copy[index] = read(record(items[index]));
  return copy;
}

/** Each entry of a list, read by the functions the dataset's reader uses, one at a time (readValidEntry). */
const ENTRY_READERS = {
  articles: (value: unknown): Article => article(record(value)),
  actors: (value: unknown): Actor => actor(record(value)),
  events: (value: unknown): TimelineEvent => event(record(value)),
};

/**
 * Sets an optional field as the schema does: left out when absent, kept
 * (as undefined) when present but undefined, which JSON never writes.
 */
function optional<T>(target: Loose, from: Loose, key: string, read: (value: unknown) => T): void {
  const value = from[key];
  if (value !== undefined) target[key] = read(value);
  else if (key in from) target[key] = undefined;
}

function nullable<T>(read: (value: unknown) => T): (value: unknown) => T | null {
  return (value) => (value === null ? null : read(value));
}

const httpLink = (value: unknown) => matching(string(value).trim(), isHttpLink);

function article(from: Loose): Article {
  const out: Loose = {
    id: identifier(from.id),
    outlet: from.outlet === null ? null : string(from.outlet),
    headline: text(from.headline),
    published: matching(from.published, isPublishedDate),
    url: from.url === null ? null : httpLink(from.url),
    publishedInferred: from.publishedInferred === undefined ? false : boolean(from.publishedInferred),
  };
  optional(out, from, "publishedNote", string);
  out.byline = from.byline === undefined || from.byline === null ? null : string(from.byline);
  optional(out, from, "timezone", nullable((value) => matching(value, isTimeZone)));
  optional(out, from, "locale", nullable((value) => matching(value, isLocale)));
  return out as unknown as Article;
}

function actor(from: Loose): Actor {
  return {
    id: identifier(from.id),
    name: text(from.name),
    kind: oneOf(from.kind, actorKinds),
    aliases: from.aliases === undefined ? [] : strings(from.aliases),
  };
}

function resolution(value: unknown): DateResolution {
  const from = record(value);
  const out: Loose = {};
  optional(out, from, "start", (date) => matching(date, isEventDate));
  optional(out, from, "end", (date) => matching(date, isEventDate));
  out.explanation = text(from.explanation);
  out.agrees = boolean(from.agrees);
  return out as unknown as DateResolution;
}

function source(from: Loose): EventSource {
  const out: Loose = { article: identifier(from.article), quote: text(from.quote) };
  // Written out, not with `optional`: this and `event` run for every event, and named stores are quicker.
  if (from.datePhrase !== undefined) out.datePhrase = string(from.datePhrase);
  else if ("datePhrase" in from) out.datePhrase = undefined;
  if (from.resolution !== undefined) out.resolution = resolution(from.resolution);
  else if ("resolution" in from) out.resolution = undefined;
  return out as unknown as EventSource;
}

function dispute(from: Loose): Dispute {
  const out: Loose = { article: identifier(from.article), note: text(from.note) };
  optional(out, from, "about", (about) => oneOf(about, disputeKinds));
  return out as unknown as Dispute;
}

function note(from: Loose): EventNote {
  const out: Loose = { basis: oneOf(from.basis, noteBases) };
  optional(out, from, "about", (about) => oneOf(about, disputeKinds));
  out.note = text(from.note);
  optional(out, from, "record", text);
  // A note from the record names the record.
  if (out.basis === "record" && out.record === undefined) fail();
  return out as unknown as EventNote;
}

function event(from: Loose): TimelineEvent {
  const out: Loose = {
    id: identifier(from.id),
    title: text(from.title),
    summary: text(from.summary),
    start: matching(from.start, isEventDate),
  };
  if (from.end !== undefined) out.end = matching(from.end, isEventDate);
  else if ("end" in from) out.end = undefined;
  if (from.precision !== undefined) out.precision = oneOf(from.precision, precisions);
  else if ("precision" in from) out.precision = undefined;
  if (from.place !== undefined) out.place = string(from.place);
  else if ("place" in from) out.place = undefined;
  if (from.track !== undefined) out.track = string(from.track);
  else if ("track" in from) out.track = undefined;
  out.actors = from.actors === undefined ? [] : identifiers(from.actors);
  out.sources = from.sources === undefined ? [] : entries(from.sources, source);
  out.disputes = from.disputes === undefined ? [] : entries(from.disputes, dispute);
  if (from.notes !== undefined) out.notes = entries(from.notes, note);
  else if ("notes" in from) out.notes = undefined;
  if (from.parent !== undefined) out.parent = identifier(from.parent);
  else if ("parent" in from) out.parent = undefined;
  return out as unknown as TimelineEvent;
}

function identifiers(value: unknown): string[] {
  const items = list(value);
  const copy = new Array<string>(items.length);
  for (let index = 0; index < items.length; index++) copy[index] = identifier(items[index]);
  return copy;
}

function claim(from: Loose): Claim {
  const out: Loose = {
    id: identifier(from.id),
    topic: text(from.topic),
    sources: entries(from.sources, (entry) => ({ article: identifier(entry.article), quote: text(entry.quote) })),
  };
  if ((out.sources as unknown[]).length < 2) fail();
  optional(out, from, "note", string);
  return out as unknown as Claim;
}

function eventList(value: unknown, pieces: EventPieces | undefined): TimelineEvent[] {
  const items = list(value);
  const events = new Array<TimelineEvent>(items.length);
  let sent = 0;
  for (let index = 0; index < items.length; index++) {
    events[index] = event(record(items[index]));
    if (pieces && index + 1 - sent === pieces.size) {
      pieces.onPiece(events.slice(sent, index + 1));
      sent = index + 1;
    }
  }
  if (pieces && sent < events.length) pieces.onPiece(events.slice(sent));
  return events;
}

function dataset(input: unknown, pieces: EventPieces | undefined): Dataset {
  const from = record(input);
  const out: Loose = { title: text(from.title) };
  optional(out, from, "description", string);
  const range = record(from.range);
  out.range = { start: matching(range.start, isCalendarDay), end: matching(range.end, isCalendarDay) };
  out.tracks = from.tracks === undefined ? [] : strings(from.tracks);
  out.articles = entries(from.articles, article);
  out.actors = entries(from.actors, actor);
  out.events = eventList(from.events, pieces);
  optional(out, from, "claims", (claims) => entries(claims, claim));
  return out as unknown as Dataset;
}
