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
  lastDayOfMonth,
  mondayOf,
  weekdayOf,
  yearMonthOf,
} from "./calendar";

/**
 * How a date phrase was read: one day; an exact span of days ("on Tuesday and
 * Wednesday"); or a vague period ("next week", "last September") that only
 * says roughly when.
 */
export type ResolvedPhrase = {
  kind: "day" | "span" | "period";
  /** YYYY-MM-DD, or YYYY-MM for a whole month. */
  start: string;
  end?: string;
  /** The reading in words, e.g. "Mon 11 Dec 2017". */
  reading: string;
  /** "'on Monday' in an article of Wed 13 Dec 2017 → Mon 11 Dec 2017". */
  explanation: string;
};

type Reading = Omit<ResolvedPhrase, "explanation">;

/** A rule returns undefined when the phrase is not its form, UNREADABLE when it is but makes no sense. */
const UNREADABLE = "unreadable";
type RuleResult = Reading | typeof UNREADABLE | undefined;
type Rule = (text: string, publishedDay: number) => RuleResult;

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
 * day (`published`: ISO date or date-time; its first 10 characters are the
 * outlet's calendar day). Returns null for a phrase it cannot read.
 */
export function resolveDatePhrase(phrase: string, published: string): ResolvedPhrase | null {
  const publishedDay = dayNumber(published.slice(0, 10));
  const text = normalisePhrase(phrase);
  let reading: RuleResult = undefined;
  for (const rule of RULES) {
    reading = rule(text, publishedDay);
    if (reading !== undefined) break;
  }
  if (reading === undefined || reading === UNREADABLE) return null;
  return { ...reading, explanation: `'${phrase.trim()}' in an article of ${formatDay(publishedDay)} → ${reading.reading}` };
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
function readQualifiedMonthName(text: string, publishedDay: number): RuleResult {
  const match = new RegExp(`\\b${QUALIFIER}[- ]${MONTH_WORD}(?: (\\d{4}))?\\b`).exec(text);
  if (!match) return undefined;
  const month = monthIndex(match[2]!);
  const year = match[3] ? Number(match[3]) : nearestYear(month, publishedDay);
  return thirdOfMonth(year, month, third(match[1]!));
}

/** "at the beginning of this month", "earlier this month", "late last month". */
function readQualifiedRelativeMonth(text: string, publishedDay: number): RuleResult {
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

/** "last week" (Monday to Sunday), "next month", "this year". */
function readRelativePeriod(text: string, publishedDay: number): RuleResult {
  const match = /\b(last|this|next) (week|month|year)\b/.exec(text);
  if (!match) return undefined;
  const offset = { last: -1, this: 0, next: 1 }[match[1] as "last" | "this" | "next"];
  const { year, month } = yearMonthOf(publishedDay);
  if (match[2] === "week") {
    const monday = mondayOf(publishedDay) + offset * 7;
    return periodOfDays(monday, monday + 6);
  }
  if (match[2] === "month") return monthPeriod(year, month + offset);
  const value = year + offset;
  return { kind: "period", start: isoMonth(value, 1), end: isoMonth(value, 12), reading: `the year ${value}` };
}

/** "last September" is the most recent September before the article's month; chrono reads it forward. */
function readRelativeMonthName(text: string, publishedDay: number): RuleResult {
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

function readDayWord(text: string, publishedDay: number): RuleResult {
  const match = /\b(today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening))\b/.exec(text);
  if (!match) return undefined;
  const offset = match[1] === "yesterday" ? -1 : match[1] === "tomorrow" ? 1 : 0;
  return dayReading(publishedDay + offset);
}

/** Month-name dates, which chrono reads well: "Dec. 11, 2017", "on Monday, Dec. 11, 2017", "November 20", "March 2016". */
function readCalendarDate(text: string, publishedDay: number): RuleResult {
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
function readWeekdays(text: string, publishedDay: number): RuleResult {
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

// Most specific forms first: chrono would read "early 2016" or "last September" without their qualifier.
const RULES: Rule[] = [
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
