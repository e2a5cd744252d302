import * as chrono from "chrono-node";
import {
  MONTH_NAMES,
  dayNumber,
  dayNumberOf,
  firstDayOfMonth,
  formatDay,
  formatDaySpan,
  formatMonth,
  isoDay,
  isoMonth,
  lastDayOf,
  lastDayOfMonth,
  publicationDay,
  weekStartOf,
  weekdayOf,
  yearMonthOf,
} from "./calendar";
import { ISO_WEEK, type WeekConvention } from "./week-convention";

/**
 * How a date phrase was read: one day; an exact span of days ("on Tuesday and
 * Wednesday"); a vague period ("next week", "last September") that only says
 * roughly when; or a bound ("by Friday", "Friday at the latest", "no later
 * than 15 December") that only says when at the latest.
 */
export type ResolvedPhrase = (
  | {
      kind: "day" | "span" | "period";
      /** YYYY-MM-DD, or YYYY-MM for a whole month. */
      start: string;
      end?: string;
    }
  | {
      kind: "bound";
      /** The article's own day for a limit still ahead of it; absent for a limit it looks back on. */
      start?: string;
      /** The last day the phrase allows. */
      end: string;
      /** Which of the event's days the limit is on: its end, or its start where the phrase says it begins. */
      limits: "start" | "end";
    }
) & {
  /** The reading in words, e.g. "Mon 11 Dec 2017". */
  reading: string;
  /** "'on Monday' in an article of Wed 13 Dec 2017 → Mon 11 Dec 2017". */
  explanation: string;
};

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A phrase read, before the explanation is written (omitted from each kind, so `kind` still narrows). */
type Reading = DistributiveOmit<ResolvedPhrase, "explanation">;

/** What a phrase is read against, besides its words. */
export type PhraseContext = {
  /** The article's publication day, as a day number (see calendar.ts). */
  day: number;
  /** Which day starts a week for the article's readers. */
  week: WeekConvention;
};

/** How an article's phrases are read: its time zone (for a date-time's calendar day) and its week convention. */
export type ArticleConventions = { timezone?: string | null; week?: WeekConvention };

/** A rule returns undefined when the phrase is not its form, UNREADABLE when it is but makes no sense. */
const UNREADABLE = "unreadable";
type RuleResult = Reading | typeof UNREADABLE | undefined;
type Rule = (text: string, context: PhraseContext) => RuleResult;

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTH_WORD =
  "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
const QUALIFIER_WORDS = "early|mid|late|(?:the )?(?:beginning|start|middle|end) of";
const QUALIFIER = `(${QUALIFIER_WORDS})`;
const PART_OF_DAY: Record<string, string> = {
  late: "late in the day",
  early: "early in the day",
  morning: "in the morning",
  afternoon: "in the afternoon",
  evening: "in the evening",
  night: "at night",
};
const THIRD_LABEL = { early: "the first ten days", mid: "the middle ten days", late: "the last days" } as const;

type Third = keyof typeof THIRD_LABEL;

/**
 * Reads a date phrase the way the article's readers would on its publication
 * day (`published`: ISO date or date-time, read in the article's `timezone`
 * where it has one), with weeks as its readers count them (ISO weeks unless
 * `week` says otherwise). Returns null for a phrase it cannot read.
 */
export function resolveDatePhrase(phrase: string, published: string, conventions: ArticleConventions = {}): ResolvedPhrase | null {
  const context: PhraseContext = {
    day: dayNumber(publicationDay(published, conventions.timezone ?? null)),
    week: conventions.week ?? ISO_WEEK,
  };
  const reading = readPhrase(normalisePhrase(phrase), context);
  if (reading === undefined || reading === UNREADABLE) return null;
  return { ...reading, explanation: `'${phrase.trim()}' in an article of ${formatDay(context.day)} → ${reading.reading}` };
}

function readPhrase(text: string, context: PhraseContext, rules: readonly Rule[] = RULES): RuleResult {
  for (const rule of rules) {
    const reading = rule(text, context);
    if (reading !== undefined) return reading;
  }
  return undefined;
}

/** Lower case, ASCII apostrophes, no possessive "'s", single spaces. */
function normalisePhrase(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u00b4`]/g, "'")
    .replace(/'s\b/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function third(qualifier: string): Third {
  if (qualifier === "early" || /beginning|start/.test(qualifier)) return "early";
  if (qualifier === "mid" || qualifier.includes("middle")) return "mid";
  return "late";
}

function monthIndex(word: string): number {
  return MONTH_NAMES.findIndex((name) => name.toLowerCase().startsWith(word.slice(0, 3))) + 1;
}

/** The year that puts the month nearest to the publication month (a tie goes to the past). */
function nearestYear(month: number, publishedDay: number): number {
  const published = yearMonthOf(publishedDay);
  const here = published.year * 12 + published.month;
  const candidates = [published.year - 1, published.year, published.year + 1];
  return candidates.reduce((best, year) =>
    Math.abs(year * 12 + month - here) < Math.abs(best * 12 + month - here) ? year : best,
  );
}

function periodOfDays(first: number, last: number, note?: string): Reading {
  const span = formatDaySpan(first, last);
  return { kind: "period", start: isoDay(first), end: isoDay(last), reading: note ? `${span} (${note})` : span };
}

function monthPeriod(year: number, month: number): Reading {
  const value = isoMonth(year, month);
  return { kind: "period", start: value, reading: formatMonth(value) };
}

function thirdOfMonth(year: number, month: number, part: Third): Reading {
  const value = isoMonth(year, month);
  const first = firstDayOfMonth(value);
  const last = lastDayOfMonth(value);
  const bounds = { early: [first, first + 9], mid: [first + 10, first + 19], late: [first + 20, last] }[part];
  return periodOfDays(bounds[0]!, bounds[1]!, `${THIRD_LABEL[part]} of ${formatMonth(value)}`);
}

/** "since early 2016" → January–April 2016; mid → May–August; late → September–December. */
function readQualifiedYear(text: string): RuleResult {
  const match = new RegExp(`\\b${QUALIFIER}[- ](\\d{4})\\b`).exec(text);
  if (!match) return undefined;
  const part = third(match[1]!);
  const year = Number(match[2]);
  const months = { early: [1, 4, "January–April"], mid: [5, 8, "May–August"], late: [9, 12, "September–December"] } as const;
  const [firstMonth, lastMonth, label] = months[part];
  return periodOfDays(
    dayNumberOf(year, firstMonth, 1),
    lastDayOfMonth(isoMonth(year, lastMonth)),
    `${part} ${year}, read as ${label}`,
  );
}

/** "late September", "early March 2016". */
function readQualifiedMonthName(text: string, { day: publishedDay }: PhraseContext): RuleResult {
  const match = new RegExp(`\\b${QUALIFIER}[- ]${MONTH_WORD}(?: (\\d{4}))?\\b`).exec(text);
  if (!match) return undefined;
  const month = monthIndex(match[2]!);
  const year = match[3] ? Number(match[3]) : nearestYear(month, publishedDay);
  return thirdOfMonth(year, month, third(match[1]!));
}

/** "at the beginning of this month", "earlier this month", "late last month". */
function readQualifiedRelativeMonth(text: string, { day: publishedDay }: PhraseContext): RuleResult {
  const match = new RegExp(`\\b(earlier|later|${QUALIFIER_WORDS}) (this|last|next) month\\b`).exec(text);
  if (!match) return undefined;
  const { year, month } = yearMonthOf(publishedDay);
  const offset = { last: -1, this: 0, next: 1 }[match[2] as "last" | "this" | "next"];
  const value = isoMonth(year, month + offset);
  if (match[1] === "earlier" && offset === 0) {
    const first = firstDayOfMonth(value);
    if (publishedDay === first) return UNREADABLE;
    return periodOfDays(first, publishedDay - 1, `earlier in ${formatMonth(value)} than the article`);
  }
  if (match[1] === "later" && offset === 0) {
    const last = lastDayOfMonth(value);
    if (publishedDay === last) return UNREADABLE;
    return periodOfDays(publishedDay + 1, last, `later in ${formatMonth(value)} than the article`);
  }
  const part = match[1] === "earlier" ? "early" : match[1] === "later" ? "late" : third(match[1]!);
  const [valueYear, valueMonth] = value.split("-").map(Number) as [number, number];
  return thirdOfMonth(valueYear, valueMonth, part);
}

/** "last week" (Monday to Sunday, or Sunday to Saturday where the article's readers count so), "next month", "this year". */
function readRelativePeriod(text: string, { day: publishedDay, week }: PhraseContext): RuleResult {
  const match = /\b(last|this|next) (week|month|year)\b/.exec(text);
  if (!match) return undefined;
  const offset = { last: -1, this: 0, next: 1 }[match[1] as "last" | "this" | "next"];
  const { year, month } = yearMonthOf(publishedDay);
  if (match[2] === "week") {
    const first = weekStartOf(publishedDay, week.firstDay) + offset * 7;
    return periodOfDays(first, first + 6, week.description);
  }
  if (match[2] === "month") return monthPeriod(year, month + offset);
  const value = year + offset;
  return { kind: "period", start: isoMonth(value, 1), end: isoMonth(value, 12), reading: `the year ${value}` };
}

/** "last September" is the most recent September before the article's month; chrono reads it forward. */
function readRelativeMonthName(text: string, { day: publishedDay }: PhraseContext): RuleResult {
  const match = new RegExp(`\\b(last|this|next) ${MONTH_WORD}(?= |$)`).exec(text);
  if (!match) return undefined;
  const month = monthIndex(match[2]!);
  const published = yearMonthOf(publishedDay);
  const year =
    match[1] === "this"
      ? published.year
      : match[1] === "last"
        ? month < published.month ? published.year : published.year - 1
        : month > published.month ? published.year : published.year + 1;
  return monthPeriod(year, month);
}

function dayReading(day: number, note?: string): Reading {
  return { kind: "day", start: isoDay(day), reading: note ? `${formatDay(day)} (${note})` : formatDay(day) };
}

function readDayWord(text: string, { day: publishedDay }: PhraseContext): RuleResult {
  const match = /\b(today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening))\b/.exec(text);
  if (!match) return undefined;
  const offset = match[1] === "yesterday" ? -1 : match[1] === "tomorrow" ? 1 : 0;
  return dayReading(publishedDay + offset);
}

/** Month-name dates, which chrono reads well: "Dec. 11, 2017", "on Monday, Dec. 11, 2017", "November 20", "March 2016". */
function readCalendarDate(text: string, { day: publishedDay }: PhraseContext): RuleResult {
  const reference = new Date(`${isoDay(publishedDay)}T12:00:00Z`);
  const result = chrono.parse(text, { instant: reference, timezone: 0 }).find((parsed) => parsed.start.isCertain("month"));
  if (!result) return undefined;
  const { start, end } = result;
  if (!start.isCertain("day")) {
    const month = start.get("month")!;
    const year = start.isCertain("year") ? start.get("year")! : nearestYear(month, publishedDay);
    return monthPeriod(year, month);
  }
  const first = dayNumberOf(start.get("year")!, start.get("month")!, start.get("day")!);
  // A phrase whose weekday contradicts its date ("Monday, Dec. 12, 2017") is a typo we must not guess past.
  if (start.isCertain("weekday") && start.get("weekday") !== weekdayOf(first)) return UNREADABLE;
  if (end?.isCertain("day")) {
    const last = dayNumberOf(end.get("year")!, end.get("month")!, end.get("day")!);
    if (last > first) return { kind: "span", start: isoDay(first), end: isoDay(last), reading: formatDaySpan(first, last) };
  }
  return dayReading(first);
}

/**
 * A bare weekday is the nearest such day, up to three days either side of
 * publication (the day itself included): news copy says "on Monday" for the
 * Monday of this week, and "Friday" for the coming one.
 */
function readWeekdays(text: string, { day: publishedDay }: PhraseContext): RuleResult {
  const pattern = new RegExp(
    `\\b(?:(last|next|this|late|early) )?(${WEEKDAYS.join("|")})\\b(?: (morning|afternoon|evening|night))?`,
    "g",
  );
  const matches = [...text.matchAll(pattern)];
  if (matches.length === 0) return undefined;
  if (matches.length > 2) return UNREADABLE;
  const first = matches[0]!;
  const day = weekdayNear(publishedDay, WEEKDAYS.indexOf(first[2]!), first[1]);
  if (matches.length === 2) {
    const second = matches[1]!;
    const between = text.slice(first.index + first[0].length, second.index);
    if (!/^ ?(?:and|to|through|-|–)(?: on)? ?$/.test(between)) return UNREADABLE;
    const last = day + ((WEEKDAYS.indexOf(second[2]!) - weekdayOf(day) + 7) % 7);
    if (last === day) return UNREADABLE;
    return { kind: "span", start: isoDay(day), end: isoDay(last), reading: formatDaySpan(day, last) };
  }
  const note = PART_OF_DAY[first[1] ?? ""] ?? PART_OF_DAY[first[3] ?? ""];
  return dayReading(day, note);
}

/** A phrase that names a beginning: a bound on it limits the event's first day, not its last. */
const BEGINNING = /\b(begin|began|begun|start|started|open|opened|resume|resumed|convene|convened|arrive|arrived)s?\b/;

/**
 * "by Friday", "Friday at the latest", "no later than 15 December": an
 * interval that ends on the last day the rest of the phrase means. A limit
 * still ahead of the article runs from the article's day; one it looks back
 * on has no first day.
 */
function readBound(text: string, context: PhraseContext): RuleResult {
  const latest = /^(.+?),? at the latest$/.exec(text);
  const limited = latest ? null : /^(?:(.*?) )?(?:by|no later than|not later than) (.+)$/.exec(text);
  if (!latest && !limited) return undefined;
  const rest = latest ? latest[1]! : limited![1] ? `${limited![1]} ${limited![2]}` : limited![2]!;
  const inner = readPhrase(rest, context, RULES.filter((rule) => rule !== readBound));
  if (inner === undefined || inner === UNREADABLE) return inner;
  const last = lastDayOf(inner.end ?? inner.start!);
  const limits = BEGINNING.test(rest) ? "start" : "end";
  const limit = `no later than ${formatDay(last)}`;
  if (last < context.day) return { kind: "bound", end: isoDay(last), limits, reading: `${limit} (on or before it)` };
  return {
    kind: "bound",
    start: isoDay(context.day),
    end: isoDay(last),
    limits,
    reading: last === context.day ? `${limit} (the article's own day)` : `${limit} (${formatDaySpan(context.day, last)}, from the article's day)`,
  };
}

// Most specific forms first: chrono would read "early 2016" or "last September" without their qualifier.
const RULES: Rule[] = [
  readBound,
  readQualifiedYear,
  readQualifiedMonthName,
  readQualifiedRelativeMonth,
  readRelativePeriod,
  readRelativeMonthName,
  readDayWord,
  readCalendarDate,
  readWeekdays,
  readYear,
];

function weekdayNear(publishedDay: number, weekday: number, modifier: string | undefined): number {
  const ahead = (weekday - weekdayOf(publishedDay) + 7) % 7;
  if (modifier === "last") return publishedDay + (ahead === 0 ? -7 : ahead - 7);
  if (modifier === "next") return publishedDay + (ahead === 0 ? 7 : ahead);
  return publishedDay + (ahead > 3 ? ahead - 7 : ahead);
}

/** "in 2016": the whole year, as a vague period. */
function readYear(text: string): RuleResult {
  const match = /\b(19\d\d|20\d\d)\b/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  return { kind: "period", start: isoMonth(year, 1), end: isoMonth(year, 12), reading: `the year ${year}` };
}
