import type { DatasetIndex } from "../dataset/dataset-index";
import type { Actor, Article, TimelineEvent } from "../dataset/schema";
import { tokenize, tokensMatchTerm, type SearchQuery } from "../text/search-text";
import { incrementalSort, type IncrementalSort } from "./incremental-sort";

/**
 * An inverted index of the events' words, built once per dataset: each folded token
 * with the positions of the events that contain it, and the tokens sorted so that a
 * prefix is a binary search. A query is then a pass over the matching tokens' lists,
 * never over every event's text. For phrases, each event's words are also kept in
 * order, as numbers, so a phrase is checked by comparing integers, not by re-reading text.
 */
export interface SearchIndex {
  /** Distinct tokens, sorted. */
  tokens: readonly string[];
  /** Token i's events are `positions[offsets[i]]` up to `positions[offsets[i + 1]]`, ascending. */
  offsets: Uint32Array;
  positions: Uint32Array;
  eventCount: number;
  /**
   * The event at position p's words in order, as indexes into `tokens`, from `wordStarts[p]` up to
   * `wordStarts[p + 1]`; FIELD_BREAK between its fields (`searchableFields`), so a phrase never spans two.
   */
  words: Uint32Array;
  wordStarts: Uint32Array;
}

/** Stands between two fields in `SearchIndex.words`: never a token's index. */
const FIELD_BREAK = 0xffffffff;

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
  // Each event's words in order, by token id until the tokens are sorted, then by their index in `tokens`.
  let words = new Uint32Array(Math.max(1024, events.length * 16));
  let wordCount = 0;
  const wordStarts = new Uint32Array(events.length + 1);
  const append = (id: number) => {
    if (wordCount === words.length) {
      const grown = new Uint32Array(words.length * 2);
      grown.set(words);
      words = grown;
    }
    words[wordCount++] = id;
  };
  const add = (position: number, found: readonly number[]) => {
    for (const id of found) {
      append(id);
      if (lastPosition[id] === position) continue;
      lastPosition[id] = position;
      lists[id]!.push(position);
      positionCount += 1;
    }
    append(FIELD_BREAK);
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
    wordStarts[position + 1] = wordCount;
  };

  let next = 0;
  // After the events: the tokens sorted, then their lists packed, then the words renumbered, each in
  // slices too (at 100,000 events, 100,000 tokens and 2.4 million positions: 180 ms and 100 ms done at once).
  let sort: IncrementalSort | null = null;
  let packing: { tokens: string[]; offsets: Uint32Array; positions: Uint32Array; indexOfId: Uint32Array; at: number } | null = null;
  let renumbered = 0;
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
      packing = {
        tokens,
        offsets: new Uint32Array(tokens.length + 1),
        positions: new Uint32Array(positionCount),
        indexOfId: new Uint32Array(tokens.length),
        at: 0,
      };
    }
    const { tokens, offsets, positions, indexOfId } = packing;
    while (packing.at < tokens.length) {
      const at = packing.at++;
      const id = ids.get(tokens[at]!)!;
      const list = lists[id]!;
      positions.set(list, offsets[at]!);
      offsets[at + 1] = offsets[at]! + list.length;
      indexOfId[id] = at;
      if ((at & 255) === 0 && performance.now() >= until) return false;
    }
    while (renumbered < wordCount) {
      const id = words[renumbered]!;
      if (id !== FIELD_BREAK) words[renumbered] = indexOfId[id]!;
      renumbered += 1;
      if ((renumbered & 65535) === 0 && performance.now() >= until) return false;
    }
    built = { tokens, offsets, positions, eventCount: events.length, words: words.slice(0, wordCount), wordStarts };
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

/** The indexes in `tokens` of the tokens a word matches, from `start` up to `end`: all that begin with it, or (exact) only itself. */
function matchingTokens(tokens: readonly string[], word: string, exact: boolean): { start: number; end: number } {
  const start = lowerBound(tokens, word);
  if (exact) return { start, end: tokens[start] === word ? start + 1 : start };
  let end = start;
  while (end < tokens.length && tokens[end]!.startsWith(word)) end++;
  return { start, end };
}

/** True when the event at `position` has the phrase's words in a row within one field: `exact` the indexes of all but its last word, the last one any token from `last.start` up to `last.end`. */
function hasPhrase(index: SearchIndex, position: number, exact: readonly number[], last: { start: number; end: number }): boolean {
  const { words } = index;
  const end = index.wordStarts[position + 1]! - exact.length;
  next: for (let at = index.wordStarts[position]!; at < end; at++) {
    for (let offset = 0; offset < exact.length; offset++) if (words[at + offset] !== exact[offset]) continue next;
    const word = words[at + exact.length]!;
    if (word >= last.start && word < last.end) return true;
  }
  return false;
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
  // The posting lists say which events have every word; the words in order then say which have each phrase.
  const phrases: { exact: number[]; last: { start: number; end: number } }[] = [];
  for (const term of query.terms) {
    const last = term.words.length - 1;
    const matches = term.words.map((word, offset) => matchingTokens(index.tokens, word, offset < last));
    for (const { start, end } of matches) {
      for (let at = start; at < end; at++) {
        for (let p = index.offsets[at]!; p < index.offsets[at + 1]!; p++) {
          const position = index.positions[p]!;
          if (hits[position] === required) hits[position] = required + 1;
        }
      }
      required += 1;
    }
    if (last > 0) phrases.push({ exact: matches.slice(0, last).map((match) => match.start), last: matches[last]! });
  }
  const mask = new Uint8Array(index.eventCount);
  for (let position = 0; position < index.eventCount; position++) {
    if (hits[position] !== required) continue;
    if (!phrases.every(({ exact, last }) => hasPhrase(index, position, exact, last))) continue;
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
