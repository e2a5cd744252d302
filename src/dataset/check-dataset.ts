import { z } from "zod";
import { quoteValue } from "./quote-value";
import { readValidDataset, readValidEntry, type DatasetList, type EventPieces } from "./read-valid-dataset";
import { actorSchema, articleSchema, datasetSchema, eventSchema, isCalendarDay, isEventDate, type Dataset, type DatasetIssue } from "./schema";

export type DatasetCheck = { success: true; data: Dataset } | { success: false; issues: DatasetIssue[] };

/** Zod's wording replaced where the value tells the author more; the value quoted at most ~80 characters. */
const issueMessages: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === "invalid_type") {
    return issue.input === undefined ? "is missing" : `expected ${issue.expected}, got ${quoteValue(issue.input)}`;
  }
  if (issue.code === "invalid_value") {
    return `${quoteValue(issue.input)} is not one of ${issue.values.map((option) => quoteValue(option)).join(", ")}`;
  }
  return undefined;
};

// `abortEarly` is the flag zod's own `validate()` sets (zod 4.6, pinned): containers stop at the
// first aborting issue, so a reader's parse of a million bad events stops at the first one.
const FIRST_ISSUE = { error: issueMessages, abortEarly: true } as z.core.ParseContext<z.core.$ZodIssue>;
const EVERY_ISSUE: z.core.ParseContext<z.core.$ZodIssue> = { error: issueMessages };

/**
 * Validates a dataset: the structure first (a tight reader, then the zod
 * schema where the reader finds anything amiss), then one pass for the rules
 * across entries. By default it stops at the first issue (what a reader
 * needs, fast on hostile files); `every: true` collects them all, so an author
 * sees every problem in one run of the pipeline. It never throws on any input.
 * `pieces` hears the events the fast path has read so far (see EventPieces):
 * all of them when it reads them all, perhaps fewer when it gives up.
 */
export function checkDataset(input: unknown, { every = false, pieces }: { every?: boolean; pieces?: EventPieces } = {}): DatasetCheck {
  // The fast path gives what the schema would for a well-formed dataset; only a problem needs the schema's precise message.
  const read = readValidDataset(input, pieces);
  if (read) {
    const crossIssues = crossCheck(read, every);
    return crossIssues.length === 0 ? { success: true, data: read } : { success: false, issues: crossIssues };
  }
  const result = datasetSchema.safeParse(input, every ? EVERY_ISSUE : FIRST_ISSUE);
  const issues: DatasetIssue[] = result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
  if (issues.length > 0 && !every) return { success: false, issues };
  // After a failed structural check the raw input is cross-checked, as far as it is well formed.
  issues.push(...crossCheck(result.success ? result.data : input, every));
  return issues.length === 0 && result.success ? { success: true, data: result.data } : { success: false, issues };
}

const ENTRY_SCHEMAS = { articles: articleSchema, actors: actorSchema, events: eventSchema };

/**
 * One entry of a list, checked as checkDataset checks it within the whole
 * dataset: the fast path, then, where it gives up, the schema. The schema's
 * first issue has its path from the dataset's root (`events`, index, …);
 * null for a valid entry.
 */
export function checkDatasetEntry(list: DatasetList, index: number, input: unknown): DatasetIssue | null {
  if (readValidEntry(list, input)) return null;
  const result = ENTRY_SCHEMAS[list].safeParse(input, FIRST_ISSUE);
  if (result.success) return null;
  const { path, message } = result.error.issues[0]!;
  return { path: [list, index, ...path], message };
}

/** True where a top-level field's value passes the schema's check of that field. */
export function isValidDatasetField(key: keyof typeof datasetSchema.shape, input: unknown): boolean {
  return datasetSchema.shape[key].safeParse(input, FIRST_ISSUE).success;
}

type Loose = Record<string, unknown>;

function isRecord(value: unknown): value is Loose {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The rules across entries, in one pass. It reads only fields of the right
 * type, so it is safe on input that failed the structural check.
 */
function crossCheck(input: unknown, every: boolean): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const add = (path: PropertyKey[], message: string) => {
    issues.push({ path, message });
    return !every;
  };
  if (!isRecord(input)) return issues;
  const range = input.range;
  if (isRecord(range) && typeof range.start === "string" && typeof range.end === "string" && isCalendarDay(range.start) && isCalendarDay(range.end) && range.end < range.start) {
    if (add(["range", "end"], "is before range.start")) return issues;
  }
  const articles = uniqueIds(input.articles, "articles", add);
  const actors = articles && uniqueIds(input.actors, "actors", add);
  const eventIds = actors && uniqueIds(input.events, "events", add);
  const claimIds = eventIds && uniqueIds(input.claims, "claims", add);
  if (!articles || !actors || !eventIds || !claimIds) return issues;
  const events = Array.isArray(input.events) ? input.events : [];
  const lists = ["sources", "disputes"] as const;
  for (let eventIndex = 0; eventIndex < events.length; eventIndex++) {
    const event: unknown = events[eventIndex];
    if (!isRecord(event)) continue;
    const { start, end } = event;
    if (typeof start === "string" && typeof end === "string" && isEventDate(start) && isEventDate(end) && end < start) {
      if (add(["events", eventIndex, "end"], `${quoteValue(end)} is before start ${quoteValue(start)}`)) return issues;
    }
    const named = actors.complete && Array.isArray(event.actors) ? event.actors : [];
    for (let index = 0; index < named.length; index++) {
      const actor: unknown = named[index];
      if (typeof actor === "string" && !actors.ids.has(actor) && add(["events", eventIndex, "actors", index], `unknown actor ${quoteValue(actor)}`)) return issues;
    }
    for (const list of lists) {
      const entries = articles.complete && Array.isArray(event[list]) ? (event[list] as unknown[]) : [];
      for (let index = 0; index < entries.length; index++) {
        const entry = entries[index];
        if (!isRecord(entry) || typeof entry.article !== "string" || articles.ids.has(entry.article)) continue;
        if (add(["events", eventIndex, list, index, "article"], `unknown article ${quoteValue(entry.article)}`)) return issues;
      }
    }
  }
  const claims = Array.isArray(input.claims) ? input.claims : [];
  for (let claimIndex = 0; claimIndex < claims.length && articles.complete; claimIndex++) {
    const claim: unknown = claims[claimIndex];
    const sources = isRecord(claim) && Array.isArray(claim.sources) ? claim.sources : [];
    for (let index = 0; index < sources.length; index++) {
      const source: unknown = sources[index];
      if (!isRecord(source) || typeof source.article !== "string" || articles.ids.has(source.article)) continue;
      if (add(["claims", claimIndex, "sources", index, "article"], `unknown article ${quoteValue(source.article)}`)) return issues;
    }
  }
  if (eventIds.complete) reportParentProblems(events, add);
  return issues;
}

/**
 * The ids of a list's entries, reporting each repeat; `complete` is false when
 * an entry has no usable id, so references to the list cannot be judged.
 * Undefined when a repeat ends a first-issue check.
 */
function uniqueIds(list: unknown, key: string, add: (path: PropertyKey[], message: string) => boolean): { ids: Set<string>; complete: boolean } | undefined {
  const ids = new Set<string>();
  let complete = Array.isArray(list);
  const entries = Array.isArray(list) ? list : [];
  for (let index = 0; index < entries.length; index++) {
    const entry: unknown = entries[index];
    if (!isRecord(entry) || typeof entry.id !== "string") {
      complete = false;
      continue;
    }
    if (ids.has(entry.id) && add([key, index, "id"], `duplicate id ${quoteValue(entry.id)}`)) return undefined;
    ids.add(entry.id);
  }
  return { ids, complete };
}

type ParentLink = { id: string; start: string; end?: string; parent?: string };

function parentLink(value: unknown): ParentLink | undefined {
  if (!isRecord(value) || typeof value.id !== "string" || typeof value.start !== "string" || !isEventDate(value.start)) return undefined;
  const end = typeof value.end === "string" && isEventDate(value.end) ? value.end : undefined;
  const parent = typeof value.parent === "string" ? value.parent : undefined;
  return { id: value.id, start: value.start, end, parent };
}

/** A parent must exist, must not be the event or one of its descendants, and must hold the event's dates. */
function reportParentProblems(events: readonly unknown[], add: (path: PropertyKey[], message: string) => boolean): void {
  // Most datasets have no parents: then there is nothing to link.
  if (!events.some((event) => isRecord(event) && event.parent !== undefined)) return;
  const links = events.map(parentLink);
  const byId = new Map<string, ParentLink>();
  for (const link of links) if (link) byId.set(link.id, link);
  for (let eventIndex = 0; eventIndex < links.length; eventIndex++) {
    const event = links[eventIndex];
    if (!event || event.parent === undefined) continue;
    const path = ["events", eventIndex, "parent"];
    const parent = byId.get(event.parent);
    if (!parent) {
      if (add(path, `unknown event ${quoteValue(event.parent)}`)) return;
      continue;
    }
    const seen = new Set([event.id]);
    let cycle = false;
    for (let ancestor: ParentLink | undefined = parent; ancestor; ancestor = ancestor.parent === undefined ? undefined : byId.get(ancestor.parent)) {
      if (seen.has(ancestor.id)) {
        cycle = true;
        if (add(path, `${quoteValue(event.parent)} makes a cycle of parents (${[...seen, ancestor.id].join(" → ")})`)) return;
        break;
      }
      seen.add(ancestor.id);
    }
    if (cycle) continue;
    const [first, last] = [event.start, event.end ?? event.start];
    // Dates compare as text; a month ("2017-12") holds its days ("2017-12-05" starts with it).
    const parentLast = parent.end ?? parent.start;
    if (first.slice(0, parent.start.length) < parent.start || last.slice(0, parentLast.length) > parentLast) {
      if (add(path, `the event (${first} to ${last}) is not within its parent ${quoteValue(parent.id)} (${parent.start} to ${parentLast})`)) return;
    }
  }
}
