import { z } from "zod";
import { safeHttpUrl } from "./safe-url";

/**
 * The one schema for the public timeline format. The preprocessing step
 * (`npm run data`) runs it before it writes `timeline.json`; the app runs it
 * after it fetches any dataset. Every field beyond the public format is
 * optional with a default, so any file in the public format loads.
 */

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (rejects 2017-13-01 and 2017-02-30). */
export function isCalendarDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** True for a real month written YYYY-MM. */
export function isCalendarMonth(value: string): boolean {
  const match = MONTH_PATTERN.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  return month >= 1 && month <= 12;
}

const calendarDay = z
  .string()
  .refine(isCalendarDay, { error: (issue) => `${JSON.stringify(issue.input)} is not a date (YYYY-MM-DD)` });

/** A day (YYYY-MM-DD) or, for month-precision events, a month (YYYY-MM). */
const eventDate = z
  .string()
  .refine((value) => isCalendarDay(value) || isCalendarMonth(value), {
    error: (issue) => `${JSON.stringify(issue.input)} is not a date (YYYY-MM-DD or YYYY-MM)`,
  });

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** A publication date: an ISO date, or an ISO date-time with an optional offset. */
const publishedDate = z.string().refine(
  (value) => isCalendarDay(value) || (ISO_DATE_TIME.test(value) && isCalendarDay(value.slice(0, 10))),
  { error: (issue) => `${JSON.stringify(issue.input)} is not an ISO date or date-time` },
);

/** Only http(s) links are ever rendered as links. */
const httpUrl = z
  .string()
  .refine((value) => safeHttpUrl(value) !== null, { error: (issue) => `${JSON.stringify(issue.input)} is not an http(s) URL` });

/** An id of an article, actor or event. */
export const identifier = z
  .string()
  .min(1, { error: "must not be empty" })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, { error: "must be letters, digits, '.', '_', ':' or '-'" });

const text = z.string().trim().min(1, { error: "must not be empty" });

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
const timeZone = z.string().refine(isTimeZone, { error: (issue) => `${JSON.stringify(issue.input)} is not an IANA time zone (e.g. "Europe/Berlin")` });

/** A BCP 47 language tag such as "en-US". */
const locale = z.string().refine(isLocale, { error: (issue) => `${JSON.stringify(issue.input)} is not a BCP 47 locale (e.g. "en-US")` });

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

export const datasetSchema = z
  .object({
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
  })
  .superRefine((dataset, context) => {
    reportDuplicateIds(dataset.articles, ["articles"], context);
    reportDuplicateIds(dataset.actors, ["actors"], context);
    reportDuplicateIds(dataset.events, ["events"], context);
    reportDuplicateIds(dataset.claims ?? [], ["claims"], context);
    if (dataset.range.end < dataset.range.start) {
      context.addIssue({ code: "custom", path: ["range", "end"], message: "is before range.start" });
    }
    const articleIds = new Set(dataset.articles.map((article) => article.id));
    const actorIds = new Set(dataset.actors.map((actor) => actor.id));
    dataset.events.forEach((event, eventIndex) => {
      const path = ["events", eventIndex];
      if (event.end !== undefined && event.end < event.start) {
        context.addIssue({ code: "custom", path: [...path, "end"], message: `${JSON.stringify(event.end)} is before start ${JSON.stringify(event.start)}` });
      }
      event.actors.forEach((actor, index) => {
        if (!actorIds.has(actor)) {
          context.addIssue({ code: "custom", path: [...path, "actors", index], message: `unknown actor ${JSON.stringify(actor)}` });
        }
      });
      event.sources.forEach((source, index) => {
        if (!articleIds.has(source.article)) {
          context.addIssue({ code: "custom", path: [...path, "sources", index, "article"], message: `unknown article ${JSON.stringify(source.article)}` });
        }
      });
      event.disputes.forEach((dispute, index) => {
        if (!articleIds.has(dispute.article)) {
          context.addIssue({ code: "custom", path: [...path, "disputes", index, "article"], message: `unknown article ${JSON.stringify(dispute.article)}` });
        }
      });
    });
    reportParentProblems(dataset.events, context);
    (dataset.claims ?? []).forEach((claim, claimIndex) => {
      claim.sources.forEach((source, index) => {
        if (!articleIds.has(source.article)) {
          context.addIssue({ code: "custom", path: ["claims", claimIndex, "sources", index, "article"], message: `unknown article ${JSON.stringify(source.article)}` });
        }
      });
    });
  }, { when: ({ value }) => hasCheckableShape(value) });

type ParentLink = Pick<z.infer<typeof eventSchema>, "id" | "start" | "end" | "parent">;

/** A parent must exist, must not be the event or one of its descendants, and must hold the event's dates. */
function reportParentProblems(events: readonly ParentLink[], context: z.RefinementCtx) {
  const byId = new Map(events.map((event) => [event.id, event]));
  events.forEach((event, eventIndex) => {
    if (event.parent === undefined) return;
    const path = ["events", eventIndex, "parent"];
    const parent = byId.get(event.parent);
    if (!parent) {
      context.addIssue({ code: "custom", path, message: `unknown event ${JSON.stringify(event.parent)}` });
      return;
    }
    const seen = new Set([event.id]);
    for (let ancestor: ParentLink | undefined = parent; ancestor; ancestor = ancestor.parent === undefined ? undefined : byId.get(ancestor.parent)) {
      if (seen.has(ancestor.id)) {
        context.addIssue({ code: "custom", path, message: `${JSON.stringify(event.parent)} makes a cycle of parents (${[...seen, ancestor.id].join(" → ")})` });
        return;
      }
      seen.add(ancestor.id);
    }
    const [first, last] = [event.start, event.end ?? event.start];
    // Dates compare as text; a month ("2017-12") holds its days ("2017-12-05" starts with it).
    const parentLast = parent.end ?? parent.start;
    if (first.slice(0, parent.start.length) < parent.start || last.slice(0, parentLast.length) > parentLast) {
      context.addIssue({ code: "custom", path, message: `the event (${first} to ${last}) is not within its parent ${JSON.stringify(parent.id)} (${parent.start} to ${parentLast})` });
    }
  });
}

/**
 * Zod skips a refinement once any field fails; the cross-reference checks
 * only need ids and lists, so they run whenever those are well formed and an
 * author sees every problem in one pass.
 */
function hasCheckableShape(value: unknown): boolean {
  const isObject = (item: unknown): item is Record<string, unknown> => typeof item === "object" && item !== null;
  const listOf = (items: unknown, check: (item: Record<string, unknown>) => boolean) =>
    Array.isArray(items) && items.every((item) => isObject(item) && check(item));
  const hasId = (item: Record<string, unknown>) => typeof item.id === "string";
  const hasArticle = (item: Record<string, unknown>) => typeof item.article === "string";
  return (
    isObject(value) &&
    isObject(value.range) &&
    listOf(value.articles, hasId) &&
    listOf(value.actors, hasId) &&
    listOf(value.events, (event) =>
      hasId(event) &&
      typeof event.start === "string" &&
      Array.isArray(event.actors) &&
      listOf(event.sources, hasArticle) &&
      listOf(event.disputes, hasArticle),
    ) &&
    (value.claims === undefined || listOf(value.claims, (claim) => hasId(claim) && listOf(claim.sources, hasArticle)))
  );
}

function reportDuplicateIds(items: readonly { id: string }[], path: (string | number)[], context: z.RefinementCtx) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      context.addIssue({ code: "custom", path: [...path, index, "id"], message: `duplicate id ${JSON.stringify(item.id)}` });
    }
    seen.add(item.id);
  });
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

/** "events[3].sources[0].quote" for a zod issue path. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === "number") return `${text}[${key}]`;
    return text === "" ? String(key) : `${text}.${String(key)}`;
  }, "");
}
