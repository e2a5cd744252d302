import { z } from "zod";
import { quoteValue } from "./quote-value";
import { hasCredentials, safeHttpUrl } from "./safe-url";
import { actorKinds, disputeKinds, IDENTIFIER_PATTERN, isCalendarDay, isEventDate, isLocale, isPublishedDate, isTimeZone, noteBases, precisions } from "./dataset-rules";

/**
 * The one schema for the public timeline format. The preprocessing step
 * (`npm run data`) runs it before it writes `timeline.json`; the app runs it
 * after it fetches any dataset. Every field beyond the public format is
 * optional with a default, so any file in the public format loads.
 */

// Every check aborts: a value that fails one is not checked further, and a
// first-issue parse (see checkDataset) stops there. The predicates are exported
// for the fast path (read-valid-dataset.ts), which must agree with the schema.
const calendarDay = z
  .string()
  .refine(isCalendarDay, { abort: true, error: (issue) => `${quoteValue(issue.input)} is not a date (YYYY-MM-DD)` });

const eventDate = z
  .string()
  .refine(isEventDate, { abort: true, error: (issue) => `${quoteValue(issue.input)} is not a date (YYYY-MM-DD or YYYY-MM)` });

const publishedDate = z.string().refine(isPublishedDate, { abort: true, error: (issue) => `${quoteValue(issue.input)} is not an ISO date or date-time` });

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
  .regex(IDENTIFIER_PATTERN, { abort: true, error: "must be letters, digits, '.', '_', ':' or '-'" });

const text = z.string().trim().min(1, { abort: true, error: "must not be empty" });

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

export const disputeSchema = z.object({
  article: identifier,
  /** What the article says, what the established record says, and which value the event keeps. */
  note: text,
  /** What the article gets differently: the event's date, or another fact. Only a date dispute excuses a date phrase that disagrees with the event. */
  about: z.enum(disputeKinds).optional(),
});

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

