import type { DatasetIndex } from "../dataset/dataset-index";
import type { Actor, Article, TimelineEvent } from "../dataset/schema";
import { tokenize, tokensMatchTerm, type SearchQuery, type SearchTerm } from "../text/search-text";
import { incrementalSort, type IncrementalSort } from "./incremental-sort";

/**
 * An inverted index of the events' words, built once per dataset: each folded token
 * with the positions of the events that contain it, and the tokens sorted so that a
 * prefix is a binary search. A query is then a pass over the matching tokens' lists,
 * never over every event's text; only phrases re-read their candidates' fields.
 */
export interface SearchIndex {
  /** Distinct tokens, sorted. */
  tokens: readonly string[];
  /** Token i's events are `positions[offsets[i]]` up to `positions[offsets[i + 1]]`, ascending. */
  offsets: Uint32Array;
  positions: Uint32Array;
  eventCount: number;
  /** The searchable fields of the event at a position, as written (for phrases). */
  fieldsAt(position: number): string[];
}

/** What is searched for each event: title, summary, place, track, actors' names and aliases, and each source's quotation, outlet and headline, and each dispute's note. */
export function searchableFields(
  event: TimelineEvent,
  actorsById: ReadonlyMap<string, Actor>,
  articlesById: ReadonlyMap<string, Article>,
): string[] {
  const fields = [event.title, event.summary];
  if (event.place) fields.push(event.place);
  if (event.track) fields.push(event.track);
  for (const id of event.actors) {
    const actor = actorsById.get(id);
    if (actor) fields.push(actor.name, ...actor.aliases);
  }
  for (const source of event.sources) {
    fields.push(source.quote);
    const article = articlesById.get(source.article);
    if (article) {
      if (article.outlet) fields.push(article.outlet);
      fields.push(article.headline);
    }
  }
  for (const dispute of event.disputes) fields.push(dispute.note);
  return fields;
}

/** Builds the index in steps, so a large dataset can be indexed in idle time without a long task. */
export interface SearchIndexBuilder {
  /** Indexes events (then sorts and packs the words) until about `budgetMs` have passed; true once the index is built. */
  step(budgetMs: number): boolean;
  /** Indexes what is left and returns the index (the same one on every call). */
  finish(): SearchIndex;
}

/** A builder for the index over `events` (in the order positions refer to). */
export function createSearchIndexBuilder(
  events: readonly TimelineEvent[],
  actorsById: ReadonlyMap<string, Actor>,
  articlesById: ReadonlyMap<string, Article>,
): SearchIndexBuilder {
  const ids = new Map<string, number>();
  const lists: number[][] = [];
  // The position that last added each token, so an event lists a token once.
  const lastPosition: number[] = [];
  let positionCount = 0;
  const tokenIds = (text: string): number[] =>
    tokenize(text).map((token) => {
      let id = ids.get(token);
      if (id === undefined) {
        id = lists.length;
        ids.set(token, id);
        lists.push([]);
        lastPosition.push(-1);
      }
      return id;
    });
  // Actors, articles, places and tracks repeat across events: tokenize each of those texts once.
  const cache = new Map<string, number[]>();
  const shared = (text: string): number[] => {
    let known = cache.get(text);
    if (!known) cache.set(text, (known = tokenIds(text)));
    return known;
  };
  const add = (position: number, found: readonly number[]) => {
    for (const id of found) {
      if (lastPosition[id] === position) continue;
      lastPosition[id] = position;
      lists[id]!.push(position);
      positionCount += 1;
    }
  };
  const indexEvent = (position: number) => {
    const event = events[position]!;
    add(position, tokenIds(event.title));
    add(position, tokenIds(event.summary));
    if (event.place) add(position, shared(event.place));
    if (event.track) add(position, shared(event.track));
    for (const id of event.actors) {
      const actor = actorsById.get(id);
      if (!actor) continue;
      add(position, shared(actor.name));
      for (const alias of actor.aliases) add(position, shared(alias));
    }
    for (const source of event.sources) {
      add(position, tokenIds(source.quote));
      const article = articlesById.get(source.article);
      if (!article) continue;
      if (article.outlet) add(position, shared(article.outlet));
      add(position, shared(article.headline));
    }
    for (const dispute of event.disputes) add(position, tokenIds(dispute.note));
  };

  let next = 0;
  // After the events: the tokens sorted, then their lists packed, each in slices too (at 100,000
  // events, 100,000 tokens and 2.4 million positions: 180 ms and 100 ms done at once).
  let sort: IncrementalSort | null = null;
  let packing: { tokens: string[]; offsets: Uint32Array; positions: Uint32Array; at: number } | null = null;
  let built: SearchIndex | null = null;
  const step = (budgetMs: number) => {
    const until = performance.now() + budgetMs;
    while (next < events.length) {
      indexEvent(next++);
      // Reading the clock costs more than indexing an event; look every 128.
      if ((next & 127) === 0 && performance.now() >= until) return false;
    }
    if (built) return true;
    sort ??= incrementalSort([...ids.keys()]);
    if (!sort.step(until)) return false;
    if (!packing) {
      const tokens = sort.result();
      packing = { tokens, offsets: new Uint32Array(tokens.length + 1), positions: new Uint32Array(positionCount), at: 0 };
    }
    const { tokens, offsets, positions } = packing;
    while (packing.at < tokens.length) {
      const at = packing.at++;
      const list = lists[ids.get(tokens[at]!)!]!;
      positions.set(list, offsets[at]!);
      offsets[at + 1] = offsets[at]! + list.length;
      if ((at & 255) === 0 && performance.now() >= until) return false;
    }
    built = {
      tokens,
      offsets,
      positions,
      eventCount: events.length,
      fieldsAt: (position) => searchableFields(events[position]!, actorsById, articlesById),
    };
    return true;
  };
  const finish = () => {
    step(Number.POSITIVE_INFINITY);
    return built!;
  };
  return { step, finish };
}

/** Builds the whole index at once. */
export function buildSearchIndex(
  events: readonly TimelineEvent[],
  actorsById: ReadonlyMap<string, Actor>,
  articlesById: ReadonlyMap<string, Article>,
): SearchIndex {
  return createSearchIndexBuilder(events, actorsById, articlesById).finish();
}

/** The first index in the sorted `tokens` not before `prefix`. */
function lowerBound(tokens: readonly string[], prefix: string): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (tokens[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The posting lists of the tokens a word matches: all that start with it, or (exact) only itself. */
function postingsFor(index: SearchIndex, word: string, exact: boolean): Uint32Array[] {
  const lists: Uint32Array[] = [];
  for (let at = lowerBound(index.tokens, word); at < index.tokens.length && index.tokens[at]!.startsWith(word); at++) {
    if (exact && index.tokens[at] !== word) break;
    lists.push(index.positions.subarray(index.offsets[at]!, index.offsets[at + 1]!));
  }
  return lists;
}

/**
 * Which events match every term of `query`, as 1s at their positions; null for an empty
 * query (nothing to filter). A word matches a token it begins; a phrase's words must
 * follow each other within one field.
 */
export function searchMask(index: SearchIndex, query: SearchQuery): Uint8Array | null {
  if (query.terms.length === 0) return null;
  // hits[p] = how many of the requirements so far event p meets; each requirement raises it by one at most.
  const hits = new Uint16Array(index.eventCount);
  let required = 0;
  // The index knows which words an event has, not where: phrases are checked against the candidates' fields.
  const phrases: SearchTerm[] = [];
  for (const term of query.terms) {
    const last = term.words.length - 1;
    term.words.forEach((word, offset) => {
      for (const list of postingsFor(index, word, offset < last)) {
        for (const position of list) if (hits[position] === required) hits[position] = required + 1;
      }
      required += 1;
    });
    if (term.words.length > 1) phrases.push(term);
  }
  const mask = new Uint8Array(index.eventCount);
  for (let position = 0; position < index.eventCount; position++) {
    if (hits[position] !== required) continue;
    if (phrases.length > 0 && !fieldsMatchQuery(index.fieldsAt(position), { terms: phrases })) continue;
    mask[position] = 1;
  }
  return mask;
}

/** True when the fields (one event's, as `searchableFields` lists them) match every term: the single-event form of `searchMask`. */
export function fieldsMatchQuery(fields: readonly string[], query: SearchQuery): boolean {
  if (query.terms.length === 0) return true;
  // Tokenized only as far as needed: most candidates match in their title, and tokenizing every quotation of thousands is a long task.
  const tokenized: (string[] | undefined)[] = [];
  return query.terms.every((term) => fields.some((field, at) => tokensMatchTerm((tokenized[at] ??= tokenize(field)), term)));
}

const builders = new WeakMap<DatasetIndex, SearchIndexBuilder>();

function builderFor(index: DatasetIndex): SearchIndexBuilder {
  let builder = builders.get(index);
  if (!builder) {
    builder = createSearchIndexBuilder(index.events, index.actorsById, index.articlesById);
    builders.set(index, builder);
  }
  return builder;
}

/** The dataset's search index: built once per dataset, on first use or in idle time (`warmSearchIndex`), whichever comes first. */
export function searchIndexFor(index: DatasetIndex): SearchIndex {
  return builderFor(index).finish();
}

/** Slices of indexing in idle time: at least this long, and no longer than the idle period, up to a bound well under a long task (50 ms). */
const MIN_SLICE_MS = 12;
const MAX_SLICE_MS = 35;

/**
 * Builds the dataset's search index in idle time, a slice at a time, so the first search
 * finds it ready and no task blocks the page; returns a function that stops the work.
 */
export function warmSearchIndex(index: DatasetIndex): () => void {
  const builder = builderFor(index);
  let stopped = false;
  let handle: ReturnType<typeof setTimeout> | number | undefined;
  const idle = typeof requestIdleCallback === "function";
  const schedule = () => {
    handle = idle ? requestIdleCallback(run, { timeout: 500 }) : setTimeout(() => run(), 0);
  };
  // An idle period lasts up to 50 ms, and comes once per frame or every 50 ms: a fixed small slice of it left the index unbuilt for seconds.
  const run = (deadline?: IdleDeadline) => {
    if (stopped) return;
    const budget = Math.min(MAX_SLICE_MS, Math.max(MIN_SLICE_MS, (deadline?.timeRemaining() ?? 0) - 2));
    if (builder.step(budget)) builder.finish();
    else schedule();
  };
  schedule();
  return () => {
    stopped = true;
    if (handle === undefined) return;
    if (idle) cancelIdleCallback(handle as number);
    else clearTimeout(handle);
  };
}
