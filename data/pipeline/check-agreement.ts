import type { TimelineEvent } from "../../src/dataset/schema";
import { eventPrecision } from "../../src/dataset/dataset-rules";
import { dayNumberOf, firstDayOf, lastDayOf } from "./calendar";
import type { ResolvedPhrase } from "./resolve-date-phrase";

type EventDates = Pick<TimelineEvent, "start" | "end" | "precision">;

function firstDayOfDate(date: string, yearPrecision: boolean): number {
  return yearPrecision ? dayNumberOf(Number(date.slice(0, 4)), 1, 1) : firstDayOf(date);
}

function lastDayOfDate(date: string, yearPrecision: boolean): number {
  return yearPrecision ? dayNumberOf(Number(date.slice(0, 4)), 12, 31) : lastDayOf(date);
}

type Resolved =
  | Pick<Extract<ResolvedPhrase, { kind: "day" | "span" | "period" }>, "kind" | "start" | "end">
  | Pick<Extract<ResolvedPhrase, { kind: "bound" }>, "kind" | "start" | "end" | "limits">;

/**
 * Whether a source's resolved date phrase agrees with its event's date. A day
 * agrees if it falls within the event; an exact span must equal the event's
 * start and end; a vague period need only overlap the event's start (the
 * start day, or its whole month or year at coarser precision); a bound holds
 * when the day it limits (the event's last day, or its first where the phrase
 * says it begins) lies inside the bound's interval.
 */
export function checkAgreement(resolved: Resolved, event: EventDates): boolean {
  const yearPrecision = eventPrecision(event) === "year";
  const eventFirst = firstDayOfDate(event.start, yearPrecision);
  const eventLast = lastDayOfDate(event.end ?? event.start, yearPrecision);
  if (resolved.kind === "bound") {
    const limited = resolved.limits === "start" ? eventFirst : eventLast;
    return (resolved.start === undefined || limited >= firstDayOf(resolved.start)) && limited <= lastDayOf(resolved.end);
  }
  const first = firstDayOf(resolved.start);
  const last = lastDayOf(resolved.end ?? resolved.start);
  switch (resolved.kind) {
    case "day":
      return first >= eventFirst && first <= eventLast;
    case "span":
      return first === eventFirst && last === eventLast;
    case "period":
      return first <= lastDayOfDate(event.start, yearPrecision) && last >= eventFirst;
  }
}
