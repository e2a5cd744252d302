import { z } from "zod";
import { quoteValue } from "./quote-value";
import { hasCredentials, safeHttpUrl } from "./safe-url";

/**
 * The one schema for the public timeline format. The preprocessing step
 * (`npm run data`) runs it before it writes `timeline.json`; the app runs it
 * after it fetches any dataset. Every field beyond the public format is
 * optional with a default, so any file in the public format loads.
 */

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Leap years of the proleptic Gregorian calendar, which has a year 0 (1 BC), as ISO 8601 does. */
function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** The number the ASCII digits of value[from, to) write, or -1 when one of them is not a digit. */
function digitsAt(value: string, from: number, to: number): number {
  let number = 0;
  for (let index = from; index < to; index++) {
    const digit = value.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

// Read character by character rather than with a regular expression: every event's dates are checked, several times.

/** True for a real calendar day written YYYY-MM-DD, any year 0000–9999 (rejects 2017-13-01 and 2017-02-30). */
export function isCalendarDay(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!);
}

/** True for a real month written YYYY-MM. */
export function isCalendarMonth(value: string): boolean {
  if (value.length !== 7 || value.charCodeAt(4) !== 45 || digitsAt(value, 0, 4) < 0) return false;
  const month = digitsAt(value, 5, 7);
  return month >= 1 && month <= 12;
}

/** A day (YYYY-MM-DD) or, for month-precision events, a month (YYYY-MM). */
export function isEventDate(value: string): boolean {
  return isCalendarDay(value) || isCalendarMonth(value);
}

// Every check aborts: a value that fails one is not checked further, and a
// first-issue parse (see checkDataset) stops there. The predicates are exported
// for the fast path (read-valid-dataset.ts), which must agree with the schema.
const calendarDay = z
  .string()
  .refine(isCalendarDay, { abort: true, error: (issue) => `${quoteValue(issue.input)} is not a date (YYYY-MM-DD)` });

const eventDate = z
  .string()
  .refine(isEventDate, { abort: true, error: (issue) => `${quoteValue(issue.input)} is not a date (YYYY-MM-DD or YYYY-MM)` });

/** Hours 00–23, minutes and seconds 00–59, an offset of at most ±23:59 (RFC 3339). */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?$/;

/** A publication date: an ISO date, or an ISO date-time with an optional offset. */
export function isPublishedDate(value: string): boolean {
  return isCalendarDay(value) || (ISO_DATE_TIME.test(value) && isCalendarDay(value.slice(0, 10)));
}

const publishedDate = z.string().refine(isPublishedDate, { abort: true, error: (issue) => `${quoteValue(issue.input)} is not an ISO date or date-time` });

/** True for a (trimmed) link the schema keeps: http(s), without credentials. */
export function isHttpLink(value: string): boolean {
  return !hasCredentials(value) && safeHttpUrl(value) !== null;
}

/** Only http(s) links without credentials are ever rendered as links; surrounding spaces are trimmed. */
const httpUrl = z
  .string()
  .trim()
  .refine((value) => !hasCredentials(value), { abort: true, error: (issue) => `${quoteValue(issue.input)} must not hold a user name or password` })
  .refine((value) => safeHttpUrl(value) !== null, { abort: true, error: (issue) => `${quoteValue(issue.input)} is not an http(s) URL` });

/** The form of an id of an article, actor or event. */
export const IDENTIFIER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** An id of an article, actor or event. */
export const identifier = z
  .string()
  .min(1, { abort: true, error: "must not be empty" })
  .regex(IDENTIFIER_PATTERN, { abort: true, error: "must be letters, digits, '.', '_', ':' or '-'" });

const text = z.string().trim().min(1, { abort: true, error: "must not be empty" });

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export function isLocale(value: string): boolean {
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

export const actorKinds = ["person", "state", "organization", "group"] as const;

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

export const disputeKinds = ["date", "fact"] as const;

export const disputeSchema = z.object({
  article: identifier,
  /** What the article says, what the established record says, and which value the event keeps. */
  note: text,
  /** What the article gets differently: the event's date, or another fact. Only a date dispute excuses a date phrase that disagrees with the event. */
  about: z.enum(disputeKinds).optional(),
});

export const noteBases = ["record", "inference"] as const;

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

export const precisions = ["day", "month", "year"] as const;

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
