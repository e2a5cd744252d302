import { z } from "zod";
import { quoteValue } from "./quote-value";
import { hasCredentials, safeHttpUrl } from "./safe-url";

/**
 * The one schema for the public timeline format. The preprocessing step
 * (`npm run data`) runs it before it writes `timeline.json`; the app runs it
 * after it fetches any dataset. Every field beyond the public format is
 * optional with a default, so any file in the public format loads.
 */

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Leap years of the proleptic Gregorian calendar, which has a year 0 (1 BC), as ISO 8601 does. */
function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** True for a real calendar day written YYYY-MM-DD, any year 0000–9999 (rejects 2017-13-01 and 2017-02-30). */
export function isCalendarDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!);
}

/** True for a real month written YYYY-MM. */
export function isCalendarMonth(value: string): boolean {
  const match = MONTH_PATTERN.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  return month >= 1 && month <= 12;
}

/** A day (YYYY-MM-DD) or, for month-precision events, a month (YYYY-MM). */
function isEventDate(value: string): boolean {
  return isCalendarDay(value) || isCalendarMonth(value);
}

// Every check aborts: a value that fails one is not checked further, and a
// first-issue parse (see checkDataset) stops there.
const calendarDay = z
  .string()
  .refine(isCalendarDay, { abort: true, error: (issue) => `${quoteValue(issue.input)} is not a date (YYYY-MM-DD)` });

const eventDate = z
  .string()
  .refine(isEventDate, { abort: true, error: (issue) => `${quoteValue(issue.input)} is not a date (YYYY-MM-DD or YYYY-MM)` });

/** Hours 00–23, minutes and seconds 00–59, an offset of at most ±23:59 (RFC 3339). */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?$/;

/** A publication date: an ISO date, or an ISO date-time with an optional offset. */
const publishedDate = z.string().refine(
  (value) => isCalendarDay(value) || (ISO_DATE_TIME.test(value) && isCalendarDay(value.slice(0, 10))),
  { abort: true, error: (issue) => `${quoteValue(issue.input)} is not an ISO date or date-time` },
);

/** Only http(s) links without credentials are ever rendered as links; surrounding spaces are trimmed. */
const httpUrl = z
  .string()
  .trim()
  .refine((value) => !hasCredentials(value), { abort: true, error: (issue) => `${quoteValue(issue.input)} must not hold a user name or password` })
  .refine((value) => safeHttpUrl(value) !== null, { abort: true, error: (issue) => `${quoteValue(issue.input)} is not an http(s) URL` });

/** An id of an article, actor or event. */
export const identifier = z
  .string()
  .min(1, { abort: true, error: "must not be empty" })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, { abort: true, error: "must be letters, digits, '.', '_', ':' or '-'" });

const text = z.string().trim().min(1, { abort: true, error: "must not be empty" });

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function isLocale(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/** An IANA time zone such as "America/New_York". */
const timeZone = z.string().refine(isTimeZone, { error: (issue) => `${quoteValue(issue.input)} is not an IANA time zone (e.g. "Europe/Berlin")` });

/** A BCP 47 language tag such as "en-US". */
const locale = z.string().refine(isLocale, { error: (issue) => `${quoteValue(issue.input)} is not a BCP 47 locale (e.g. "en-US")` });

export const articleSchema = z.object({
  id: identifier,
  outlet: z.string().nullable(),
  headline: text,
  /** Publication date in the outlet's calendar, as ISO date or date-time. */
  published: publishedDate,
  url: httpUrl.nullable(),
  /** True where the article prints no date and `published` was inferred from its content. */
  publishedInferred: z.boolean().default(false),
  /** How an inferred publication date was worked out. */
  publishedNote: z.string().optional(),
  byline: z.string().nullable().default(null),
  /** The outlet's time zone: a date-time `published` is read as a day of its calendar. */
  timezone: timeZone.nullable().optional(),
  /** The outlet's locale (language and region): week-relative phrases ("this week") are read with its first day of the week. */
  locale: locale.nullable().optional(),
});

const actorKinds = ["person", "state", "organization", "group"] as const;

export const actorSchema = z.object({
  id: identifier,
  name: text,
  kind: z.enum(actorKinds),
  /** Other names the articles use for the actor. */
  aliases: z.array(z.string()).default([]),
});

/** How a source's date phrase became a calendar date (written by `npm run data`). */
const dateResolutionSchema = z.object({
  /** The first day (or month) the phrase can mean; absent for a limit with no first day ("by Monday", looking back). */
  start: eventDate.optional(),
  /** The last day (or month) the phrase can mean, where it names a span, a vague period ("next week") or a limit ("Friday at the latest"). */
  end: eventDate.optional(),
  /** A sentence a reader can check, e.g. "'on Monday' in an article of Wed 13 Dec 2017 → Mon 11 Dec 2017". */
  explanation: text,
  /** Whether the resolved date agrees with the event's date; where it does not, the event has a dispute from that article. */
  agrees: z.boolean(),
});

export const sourceSchema = z.object({
  article: identifier,
  /** A verbatim quotation from the article, one sentence or less. */
  quote: text,
  /** The words the article uses for the date, e.g. "on Monday", "last September". */
  datePhrase: z.string().optional(),
  resolution: dateResolutionSchema.optional(),
});

const disputeKinds = ["date", "fact"] as const;

export const disputeSchema = z.object({
  article: identifier,
  /** What the article says, what the established record says, and which value the event keeps. */
  note: text,
  /** What the article gets differently: the event's date, or another fact. Only a date dispute excuses a date phrase that disagrees with the event. */
  about: z.enum(disputeKinds).optional(),
});

const noteBases = ["record", "inference"] as const;

/**
 * Where a summary or date goes beyond the event's quotations: `record`, from the
 * public record (named in `record`, e.g. "Russian Ministry of Defence statement,
 * 15 March 2016"), not from the articles; `inference`, our reading of the
 * articles (e.g. a date worked out from the article's own words).
 */
export const noteSchema = z
  .object({
    basis: z.enum(noteBases),
    /** What the note is about: the event's date, or another fact of its summary. */
    about: z.enum(disputeKinds).optional(),
    /** What the summary or date takes from outside the event's quotations, in our words. */
    note: text,
    /** For `basis: record`: the public record, in words, e.g. "Kremlin statement, 21 November 2017". */
    record: text.optional(),
  })
  .refine((note) => note.basis !== "record" || note.record !== undefined, {
    path: ["record"],
    error: "is missing: a note from the record names the record",
  });

const precisions = ["day", "month", "year"] as const;

export const eventSchema = z.object({
  id: identifier,
  title: text,
  summary: text,
  start: eventDate,
  end: eventDate.optional(),
  /** Defaults to "month" for a YYYY-MM start and "day" otherwise. */
  precision: z.enum(precisions).optional(),
  place: z.string().optional(),
  /** The lane the event sits on; events without one share a lane. */
  track: z.string().optional(),
  actors: z.array(identifier).default([]),
  sources: z.array(sourceSchema).default([]),
  disputes: z.array(disputeSchema).default([]),
  /** What the summary or date takes from the record or infers, beyond the quotations. */
  notes: z.array(noteSchema).optional(),
  /** The process this event is a part of (a round of talks, a phase of a round), by id; its dates lie within the parent's. */
  parent: identifier.optional(),
});

/** One article's words on a claim. */
export const claimSourceSchema = z.object({
  article: identifier,
  /** A verbatim quotation from the article, one sentence or less. */
  quote: text,
});

/** A fact that belongs to no single event, on which the articles differ (e.g. the war's death toll). */
export const claimSchema = z.object({
  id: identifier,
  /** What the claim is about, e.g. "The war's death toll". */
  topic: text,
  /** Each article's words on it; a disagreement takes at least two. */
  sources: z.array(claimSourceSchema).min(2, { error: "must list at least two articles' quotations" }),
  /** What the record says, where it settles the question. */
  note: z.string().optional(),
});

const rangeSchema = z.object({ start: calendarDay, end: calendarDay });

/**
 * The dataset's structure: every field's type and format. The rules across
 * entries (unique ids, known actors and articles, ends after starts) are
 * checked by `checkDataset` in one pass after it; parse datasets with that.
 */
export const datasetSchema = z.object({
  title: text,
  /** Optional one-paragraph description of the dataset. */
  description: z.string().optional(),
  range: rangeSchema,
  /** Ordered list of track names, for lane order; tracks not named here follow in order of first use. */
  tracks: z.array(z.string()).default([]),
  articles: z.array(articleSchema),
  actors: z.array(actorSchema),
  events: z.array(eventSchema),
  /** Facts outside any one event on which the articles disagree. */
  claims: z.array(claimSchema).optional(),
});

/** A problem found in a dataset: where (`["events", 3, "start"]`) and what. */
export interface DatasetIssue {
  path: PropertyKey[];
  message: string;
}

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
 * Validates a dataset: the structure first, then one pass for the rules
 * across entries. By default it stops at the first issue (what a reader
 * needs, fast on hostile files); `every: true` collects them all, so an author
 * sees every problem in one run of the pipeline. It never throws on any input.
 */
export function checkDataset(input: unknown, { every = false } = {}): DatasetCheck {
  const result = datasetSchema.safeParse(input, every ? EVERY_ISSUE : FIRST_ISSUE);
  const issues: DatasetIssue[] = result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
  if (issues.length > 0 && !every) return { success: false, issues };
  // After a failed structural check the raw input is cross-checked, as far as it is well formed.
  issues.push(...crossCheck(result.success ? result.data : input, every));
  return issues.length === 0 && result.success ? { success: true, data: result.data } : { success: false, issues };
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
  for (let eventIndex = 0; eventIndex < events.length; eventIndex++) {
    const event: unknown = events[eventIndex];
    if (!isRecord(event)) continue;
    const path = ["events", eventIndex];
    const { start, end } = event;
    if (typeof start === "string" && typeof end === "string" && isEventDate(start) && isEventDate(end) && end < start) {
      if (add([...path, "end"], `${quoteValue(end)} is before start ${quoteValue(start)}`)) return issues;
    }
    const named = actors.complete && Array.isArray(event.actors) ? event.actors : [];
    for (let index = 0; index < named.length; index++) {
      const actor: unknown = named[index];
      if (typeof actor === "string" && !actors.ids.has(actor) && add([...path, "actors", index], `unknown actor ${quoteValue(actor)}`)) return issues;
    }
    for (const list of ["sources", "disputes"] as const) {
      const entries = articles.complete && Array.isArray(event[list]) ? (event[list] as unknown[]) : [];
      for (let index = 0; index < entries.length; index++) {
        const entry = entries[index];
        if (!isRecord(entry) || typeof entry.article !== "string" || articles.ids.has(entry.article)) continue;
        if (add([...path, list, index, "article"], `unknown article ${quoteValue(entry.article)}`)) return issues;
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

export type Dataset = z.infer<typeof datasetSchema>;
/** The public format as authors write it, before defaults are applied. */
export type DatasetInput = z.input<typeof datasetSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type ActorKind = Actor["kind"];
export type TimelineEvent = z.infer<typeof eventSchema>;
export type EventSource = z.infer<typeof sourceSchema>;
export type Dispute = z.infer<typeof disputeSchema>;
export type EventNote = z.infer<typeof noteSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type DateResolution = z.infer<typeof dateResolutionSchema>;
export type Precision = (typeof precisions)[number];

/** The precision an event's date is known to: explicit, or implied by the form of its start. */
export function eventPrecision(event: Pick<TimelineEvent, "start" | "precision">): Precision {
  return event.precision ?? (isCalendarMonth(event.start) ? "month" : "day");
}

/** `events[3].start "2017-13-01" is not a date …`, `events[3].actors[0]: unknown actor "x"`: a path and its message as one line. */
export function formatIssue({ path, message }: DatasetIssue): string {
  const field = formatIssuePath(path);
  if (field === "") return message;
  return /^("|is )/.test(message) ? `${field} ${message}` : `${field}: ${message}`;
}

/** "events[3].sources[0].quote" for a zod issue path. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === "number") return `${text}[${key}]`;
    return text === "" ? String(key) : `${text}.${String(key)}`;
  }, "");
}
